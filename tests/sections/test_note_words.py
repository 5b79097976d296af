"""Coverage notes in words, in the briefing's language: the kinds of page furniture set aside
and the date window's notes come from the ``[templates]`` of the language data files."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import attrs
import pytest

import newsbrief
from newsbrief.model import Briefing, Span
from newsbrief.pipeline.compose import coverage_notes, removed_kinds
from newsbrief.pipeline.corpus import Corpus
from newsbrief.pipeline.window import Filtered, within

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Words of each language for the seeds' furniture (one kind shown with its count).
FURNITURE_WORDS = {
    "en": "13 metadata lines",
    "uk": "13 рядків метаданих",
    "ru": "13 строк метаданных",
    "de": "13 Metadatenzeilen",
    "fr": "13 lignes de métadonnées",
    "es": "13 líneas de metadatos",
}
#: How each language says an article was left out as published before ``--since``.
FILTERED_WORDS = {
    "en": "published 2022-03-02, before --since 2024-07-01",
    "uk": "опубліковано 2022-03-02, раніше за --since 2024-07-01",
    "ru": "опубликовано 2022-03-02, раньше --since 2024-07-01",
    "de": "veröffentlicht am 2022-03-02, vor --since 2024-07-01",
    "fr": "publié le 2022-03-02, avant --since 2024-07-01",
    "es": "publicado el 2022-03-02, antes de --since 2024-07-01",
}
#: How each language says the undated article was kept for a window with both bounds.
UNDATED_WORDS = {
    "en": "[1] has no publication date: kept, though the briefing covers articles published "
    "from 2024-07-01 to 2024-12-31.",
    "uk": "[1] не має дати публікації: залишено, хоча брифінг охоплює статті, опубліковані "
    "з 2024-07-01 по 2024-12-31.",
    "ru": "У [1] нет даты публикации: оставлено, хотя брифинг охватывает статьи, "
    "опубликованные с 2024-07-01 по 2024-12-31.",
    "de": "[1] hat kein Veröffentlichungsdatum: behalten, obwohl das Briefing Artikel abdeckt, "
    "die vom 2024-07-01 bis 2024-12-31 veröffentlicht wurden.",
    "fr": "[1] n’a pas de date de publication : conservé, bien que le briefing couvre les "
    "articles publiés du 2024-07-01 au 2024-12-31.",
    "es": "[1] no tiene fecha de publicación: se conserva, aunque el briefing cubre artículos "
    "publicados del 2024-07-01 al 2024-12-31.",
}
#: An identifier as the code spells it (``link_list``): never in a note.
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return newsbrief.load(str(SEEDS))


def _in_language(corpus: Corpus, code: str) -> Corpus:
    documents = [attrs.evolve(d, metadata=attrs.evolve(d.metadata, language=code)) for d in corpus]
    return Corpus(documents, corpus.skipped)


def _furniture_note(corpus: Corpus, code: str | None) -> str:
    notes = coverage_notes(corpus.documents, (), language=code)
    return next(note.message for note in notes if note.kind == "removed")


def test_the_seed_furniture_is_counted_in_words(corpus: Corpus) -> None:
    message = _furniture_note(corpus, "en")
    kinds = Counter(str(span.kind) for d in corpus for span in d.removed if span.kind != "comment")
    assert not IDENTIFIER.search(message), message
    words = message.split("(", 1)[1].rstrip(").")
    counts = [int(part.split()[0]) for part in words.split(", ")]
    # One count per kind, most frequent first, adding up to the note's total.
    assert counts == sorted(kinds.values(), reverse=True)
    assert message.startswith(f"{sum(counts)} passages of page furniture")
    assert "1 language menu" in words and "1 list of related links" in words


@pytest.mark.parametrize("code", sorted(FURNITURE_WORDS))
def test_the_kinds_take_the_briefings_language(corpus: Corpus, code: str) -> None:
    message = _furniture_note(_in_language(corpus, code), code)
    assert FURNITURE_WORDS[code] in message
    assert not IDENTIFIER.search(message), message


def test_plural_forms_and_fallbacks() -> None:
    assert [removed_kinds(["byline"] * n, "uk") for n in (1, 2, 5, 21)] == [
        "1 рядок про автора",
        "2 рядки про автора",
        "5 рядків про автора",
        "21 рядок про автора",
    ]
    assert removed_kinds(["caption", "caption"], "de") == "2 Bildunterschriften"
    # A language without the words (no data file: Swahili) takes English's; a kind no template
    # names (a plugin's) keeps its identifier, counted.
    assert removed_kinds(["link_list"], "sw") == "1 list of related links"
    assert removed_kinds(["link_list"], "pl") == "1 lista powiązanych linków"
    assert removed_kinds(["cookie_banner", "promo", "cookie_banner"], "fr") == (
        "cookie_banner (2), 1 encart promotionnel"
    )


def test_a_plugin_kind_in_a_seed_note(corpus: Corpus) -> None:
    first = corpus.documents[0]
    odd = attrs.evolve(first, removed=(*first.removed, Span(0, 1, "cookie_banner")))
    message = _furniture_note(Corpus([odd, *corpus.documents[1:]]), "en")
    assert "cookie_banner (1)" in message


@pytest.mark.parametrize("code", sorted(FILTERED_WORDS))
def test_the_date_window_notes_take_the_briefings_language(corpus: Corpus, code: str) -> None:
    briefing: Briefing = newsbrief.build_briefing(
        _in_language(corpus, code),
        since=dt.date(2024, 7, 1),
        until=dt.date(2024, 12, 31),
        annotators=(),
    )
    skipped = [n.message for n in briefing.notes if n.kind == "skipped"]
    assert len(skipped) == 1 and FILTERED_WORDS[code] in skipped[0]
    assert "002_202fb73025d70099.txt" in skipped[0]
    undated = [n.message for n in briefing.notes if n.kind == "undated"]
    assert undated == [UNDATED_WORDS[code]]


def test_the_stderr_reason_stays_english(corpus: Corpus) -> None:
    cut = within(_in_language(corpus, "uk"), None, dt.date(2024, 7, 1))
    assert {type(item) for item in cut.filtered} == {Filtered}
    item = next(item for item in cut.filtered if "004_" in item.input)
    assert item.kind == "filtered"
    assert str(item).endswith(": published 2024-11-26, after --until 2024-07-01")
    assert item.words("uk").endswith(": опубліковано 2024-11-26, пізніше за --until 2024-07-01.")
