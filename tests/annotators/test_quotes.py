"""Quotations and their speakers: marks, cue verbs, pronouns, role nouns, anonymous sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotators.base import Annotator
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.annotators.quotes import QuoteAnnotator
from newsbrief.model import Annotation, AnnotationKind, Document, Quote
from newsbrief.sections.quotes import MIN_KEY_WORDS, collect_quotes

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"
KEY = HERE / "seed_quotes.json"


def annotate_all(documents: list[Document]) -> list[Document]:
    return QuoteAnnotator().annotate(EntityAnnotator().annotate(documents))


@pytest.fixture(scope="module")
def seed_documents() -> list[Document]:
    return annotate_all(list(newsbrief.load(str(SEEDS)).documents))


def quotes_of(text: str) -> list[Annotation]:
    (document,) = annotate_all([Document.from_text(text, id="t")])
    return list(document.annotations_of(AnnotationKind.QUOTE))


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.attributes["speaker"]) for q in quotes_of(text)]


def seed_quote(documents: list[Document], doc_prefix: str, words: str, nth: int = 0) -> Annotation:
    document = next(d for d in documents if d.id.startswith(doc_prefix))
    found = [q for q in document.annotations_of(AnnotationKind.QUOTE) if words in q.text]
    return found[nth]


def _normal(name: str | None) -> str | None:
    if name is None:
        return None
    name = name.lower().strip()
    for article in ("a ", "an ", "the "):
        name = name.removeprefix(article)
    return name


def key_accuracy(documents: list[Document]) -> tuple[float, list[str]]:
    """Share of the dev key's quotations found with the right speaker, and the misses."""
    key: list[dict[str, Any]] = json.loads(KEY.read_text(encoding="utf-8"))["quotes"]
    by_id = {d.id: d for d in documents}
    misses = []
    for item in key:
        document = by_id[item["doc"]]
        start = -1
        for _ in range(item.get("occurrence", 0) + 1):
            start = document.text.index(item["text"], start + 1)
        end = start + len(item["text"])
        found = [
            q
            for q in document.annotations_of(AnnotationKind.QUOTE)
            if min(end, q.end) - max(start, q.start) >= len(item["text"]) / 2
        ]
        got = found[0].attributes["speaker"] if found else "(quotation not found)"
        if not found or _normal(got) != _normal(item["speaker"]):
            misses.append(f"{item['doc']} {item['text'][:40]!r}: {got!r} != {item['speaker']!r}")
    return 1 - len(misses) / len(key), misses


def test_it_is_an_annotator_after_entities() -> None:
    annotator = QuoteAnnotator()
    assert isinstance(annotator, Annotator)
    assert (annotator.name, annotator.requires) == ("quotes", ("entities",))


def test_speaker_accuracy_on_the_dev_key(seed_documents: list[Document]) -> None:
    accuracy, misses = key_accuracy(seed_documents)
    print(f"\nspeaker accuracy on tests/annotators/seed_quotes.json: {accuracy:.3f}")
    assert accuracy >= 0.85, misses


def test_every_seed_quotation_is_found_verbatim(seed_documents: list[Document]) -> None:
    key = json.loads(KEY.read_text(encoding="utf-8"))["quotes"]
    found = sum(len(d.annotations_of(AnnotationKind.QUOTE)) for d in seed_documents)
    # Nothing from titles, link lists or reader comments; the key's one quotation with neither
    # a speaker nor a cue (``is "inherently escalatory."``) is a quoted judgement after a copula.
    assert found == len(key)
    for document in seed_documents:
        for quote in document.annotations_of(AnnotationKind.QUOTE):
            assert document.text[quote.start : quote.end] == quote.text
            assert quote.text == quote.text.strip() and not quote.text.endswith(",")
            assert quote.text[0] not in '"“”‘’'


def test_pronouns_resolve_to_the_nearest_person_of_fitting_gender(
    seed_documents: list[Document],
) -> None:
    # Seed 000: "she emphasized" skips Joe Biden, named closer, for Sabrina Singh.
    she = seed_quote(seed_documents, "000", "The secretary just had a call")
    assert (she.attributes["speaker"], she.attributes["speaker_mention"]) == (
        "Sabrina Singh",
        "she",
    )
    # Seed 003: "he added" after Goncharenko told AFP.
    he = seed_quote(seed_documents, "003", "After all, Russian missiles")
    assert (he.attributes["speaker"], he.attributes["speaker_mention"]) == (
        "Oleksiy Goncharenko",
        "he",
    )
    assert he.attributes["cue"] == "added"


def test_role_nouns_resolve_to_the_person_holding_the_role(seed_documents: list[Document]) -> None:
    spokesperson = seed_quote(seed_documents, "000", "That would be involving us")
    assert spokesperson.attributes["speaker"] == "Sabrina Singh"
    assert spokesperson.attributes["speaker_mention"] == "the Pentagon's deputy spokesperson"
    assert spokesperson.attributes["cue"] == "stated"
    leader = seed_quote(seed_documents, "004", "entitled")
    assert (leader.attributes["speaker"], leader.attributes["speaker_mention"]) == (
        "Vladimir Putin",
        "The Kremlin leader",
    )
    alliance = seed_quote(seed_documents, "004", "During the meeting")
    assert alliance.attributes["speaker"] == "NATO"


def test_speaker_offsets_point_at_the_speaker_mention(seed_documents: list[Document]) -> None:
    for document in seed_documents:
        for quote in document.annotations_of(AnnotationKind.QUOTE):
            start, end = quote.attributes["speaker_start"], quote.attributes["speaker_end"]
            if quote.attributes["speaker"] is None:
                assert start is None and end is None
            else:
                assert document.text[start:end] == quote.attributes["speaker_mention"]


def test_anonymous_sources_are_kept_as_described(seed_documents: list[Document]) -> None:
    first = seed_quote(seed_documents, "003", "In the energy sector")
    assert first.attributes["speaker"] == "a senior Ukrainian security official"
    assert first.attributes["anonymous"] is True
    later = seed_quote(seed_documents, "003", "makes this process slow")
    assert later.attributes["speaker"] == "a senior Ukrainian security official"
    assert later.attributes["speaker_mention"] == "the official"
    pronoun = seed_quote(seed_documents, "003", "sense of guilt")
    assert pronoun.attributes["speaker"] == "a Ukrainian diplomatic source"


def test_partial_quotes_inside_a_sentence(seed_documents: list[Document]) -> None:
    madness = seed_quote(seed_documents, "004", "the latest bout of Russian madness")
    assert madness.attributes["speaker"] == "Volodymyr Zelenskyy"
    assert madness.attributes["cue"] == "called"
    higher = seed_quote(seed_documents, "002", "considerably higher")
    assert higher.attributes["speaker"] == "U.N. officials"


def test_no_speaker_when_there_is_none(seed_documents: list[Document]) -> None:
    # A quoted judgement after a copula, with neither a speaker nor a cue: speech, nobody's.
    document = next(d for d in seed_documents if d.id.startswith("003"))
    found = document.annotations_of(AnnotationKind.QUOTE)
    judgement = [q for q in found if "inherently escalatory" in q.text]
    assert [q.attributes["speaker"] for q in judgement] == [None]
    assert speakers('The plan was described as "ambitious but vague" by nobody in particular.') == [
        ("ambitious but vague", None)
    ]
    # A lone word that nobody is said to say is a scare quote.
    assert speakers('The plan was described as "ambitious" by nobody in particular.') == []


def test_unquoted_statements_with_an_attribution(seed_documents: list[Document]) -> None:
    document = next(d for d in seed_documents if d.id.startswith("001"))
    found = document.annotations_of(AnnotationKind.QUOTE)
    assert [(q.attributes["speaker"], q.attributes["quoted"]) for q in found] == [
        ("Sabrina Singh", False),
        ("Volodymyr Zelenskyy", False),
    ]
    assert found[0].text.startswith("We are talking") and found[0].text.endswith("battlefield")
    assert found[1].text.endswith("quite effective tactics")
    # Reported speech in the third person is not a quotation.
    assert quotes_of("Allies may act next week, the official said.") == []


def test_quote_before_cue_with_inverted_subject() -> None:
    assert speakers(
        "“I don’t understand why,” said lawmaker Oleksiy Goncharenko. "
        '"The chances are close to zero," said a Ukrainian diplomatic source.'
    ) == [
        ("I don’t understand why", "Oleksiy Goncharenko"),
        ("The chances are close to zero", "a Ukrainian diplomatic source"),
    ]


def test_ap_dateline_and_he_said() -> None:
    text = (
        "KYIV, Ukraine (AP) — Ukraine's president said Tuesday that the country would hold.\n\n"
        '"We will not give up," President Volodymyr Zelenskyy said in a video address. '
        '"Our soldiers are holding the line."\n\n'
        "Russian Foreign Minister Sergey Lavrov spoke later.\n\n"
        '"There is no progress," he said.'
    )
    assert speakers(text) == [
        ("We will not give up", "Volodymyr Zelenskyy"),
        ("Our soldiers are holding the line.", "Volodymyr Zelenskyy"),
        ("There is no progress", "Sergey Lavrov"),
    ]


def test_em_dash_said_and_byline() -> None:
    text = (
        "By Jane Smith\n\n“We will respond to any provocation” —said Kremlin spokesman Dmitry "
        "Peskov.\n\n“This is unacceptable,” —Peskov said."
    )
    assert [s for _, s in speakers(text)] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_british_single_quotes_and_apostrophes() -> None:
    text = (
        "LONDON — Britain’s defence secretary Grant Shapps spoke on Monday.\n\n"
        "‘We won’t be intimidated by Russia’s threats,’ he said. ‘Our support is unwavering.’\n\n"
        "Mr Shapps’ critics called the policy ‘long overdue’, the newspaper’s editor wrote."
    )
    assert speakers(text)[:2] == [
        ("We won’t be intimidated by Russia’s threats", "Grant Shapps"),
        ("Our support is unwavering.", "Grant Shapps"),
    ]
    assert speakers(text)[2][0] == "long overdue"


def test_according_to() -> None:
    assert speakers(
        'According to Sabrina Singh, the two are "very different landscapes and battlefields."'
    ) == [("very different landscapes and battlefields.", "Sabrina Singh")]


def test_quotes_spanning_paragraphs_continue() -> None:
    text = (
        '"This is the first paragraph of a long statement," said Maria Zakharova. "It goes on.\n\n'
        '"And this paragraph continues it."\n\n'
        "Analysts disagreed."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "This is the first paragraph of a long statement",
        "It goes on.",
        "And this paragraph continues it.",
    ]
    assert {q.attributes["speaker"] for q in found} == {"Maria Zakharova"}
    assert found[2].attributes["continues"] is True


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker(
    seed_documents: list[Document],
) -> None:
    statement = seed_quote(seed_documents, "004", "The attack, which targeted Dnipro")
    assert statement.attributes["speaker"] == "NATO"


def test_collect_quotes_lists_all_and_flags_key_ones(seed_documents: list[Document]) -> None:
    quotes = collect_quotes(seed_documents)
    assert all(isinstance(q, Quote) for q in quotes)
    assert len(quotes) == sum(len(d.annotations_of(AnnotationKind.QUOTE)) for d in seed_documents)
    order = {d.id: i for i, d in enumerate(seed_documents)}
    assert [(order[q.doc_id], q.start) for q in quotes] == sorted(
        (order[q.doc_id], q.start) for q in quotes
    )
    key = [q for q in quotes if q.key]
    assert 1 <= len(key) <= 5
    assert all(q.speaker and len(q.text.split()) >= MIN_KEY_WORDS for q in key)
    assert len({q.speaker for q in key}) == len(key)
    # Seed 003 repeats Goncharenko's words: they are shown once at most.
    assert len([q for q in key if "I don’t understand" in q.text]) <= 1


def test_key_quotes_leave_out_what_the_summary_shows(seed_documents: list[Document]) -> None:
    # Issue 17: nothing is said twice while something else can be said.
    from newsbrief.model import Sentence, SummaryItem

    alone = [q for q in collect_quotes(seed_documents) if q.key]
    assert alone
    quote = alone[0]
    sentence = Sentence(quote.doc_id, 0, quote.start, quote.end, quote.text)
    key = [q for q in collect_quotes(seed_documents, [SummaryItem(sentence, 1.0)]) if q.key]
    assert len(key) == len(alone)  # another quote takes its place
    assert not any((q.doc_id, q.start) == (quote.doc_id, quote.start) for q in key)


_PIECES = st.sampled_from(
    [" ", "\n", "\n\n", '"', "“", "”", "‘", "’", "'", ",", ".", "—", " said ", " he ", " she ",
     "According to ", "Sabrina Singh", "Zelenskyy", "the official", "a senior official", "Kyiv",
     "NATO", "(AP)", "Mr.", "President", "We", "told", "«", "»", "„", "s"]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join))
# A lone name after a cue had its offsets from the wrong group of the pattern: two characters
# early, or on the age (``34-yea``) when an age noun stood before the name.
@example("According to Zelenskyy“ said ")
@example("“We are ready,” said 34-year-old Martin.")
def test_annotators_never_crash_and_keep_offsets_valid(text: str) -> None:
    (document,) = annotate_all([Document.from_text(text, id="h")])
    for annotation in document.annotations:
        assert annotation.text == text[annotation.start : annotation.end]
        if annotation.kind == AnnotationKind.QUOTE:
            start = annotation.attributes["speaker_start"]
            end = annotation.attributes["speaker_end"]
            if start is not None:
                assert 0 <= start <= end <= len(text)
                assert text[start:end] == annotation.attributes["speaker_mention"]


@pytest.mark.parametrize(
    "text",
    ["“We won,” said 19-year-old Kellan.", "“The rule held,” asked Brannigan."],
)
def test_a_lone_name_after_a_cue_is_the_speaker_mention_at_its_offsets(text: str) -> None:
    (document,) = annotate_all([Document.from_text(text, id="t")])
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    start, end = quote.attributes["speaker_start"], quote.attributes["speaker_end"]
    assert text[start:end] == quote.attributes["speaker_mention"] == quote.attributes["speaker"]
