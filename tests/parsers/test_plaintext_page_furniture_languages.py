"""Page furniture in other languages (``[page]`` of each data file, languages/page.py): the
plain-text parser drops a scraped page's furniture lines (``Anzeige``, ``Lire aussi``,
``Читайте также``...) and the entity annotator refuses them as names, while an ordinary sentence
holding the same word stays article text. The pages are invented for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities.furniture import refused
from newsbrief.languages import language
from newsbrief.model import SpanKind
from newsbrief.nlp.candidates import Candidate, candidate_fields
from newsbrief.parsers.plaintext.analysis import analyze

#: Per language: a scraped page, its furniture lines, and lines holding the same words that
#: are article text.
PAGES = {
    "de": (
        "Bahnstreik legt den Fernverkehr lahm\n\n"
        "Die Gewerkschaft hat am Montag den Fernverkehr der Bahn bestreikt, sagte ein Sprecher.\n"
        "Anzeige\n"
        "Foto: Michael Kappeler/dpa\n"
        "Lesen Sie auch\n"
        "Die Verhandlungen sollen am Freitag in Frankfurt fortgesetzt werden.\n"
        "Werbung\n"
        "Die Anzeige gegen den Vorstand wurde am Dienstag zurückgezogen, teilte das Gericht mit.\n"
        "Lesen Sie auch, was der Minister am Abend dazu gesagt hat.\n"
        "Teilen\n"
        "Kommentare\n"
        "Hans M. — Das ist doch ein Skandal.\n",
        ["Anzeige", "Foto: Michael Kappeler/dpa", "Lesen Sie auch", "Werbung", "Teilen"],
        [
            "Die Anzeige gegen den Vorstand wurde am Dienstag zurückgezogen",
            "Lesen Sie auch, was der Minister am Abend dazu gesagt hat.",
        ],
    ),
    "fr": (
        "La grève paralyse les trains\n\n"
        "Le syndicat a appelé lundi à la grève dans les transports, a indiqué un porte-parole.\n"
        "Publicité\n"
        "Photo : AFP\n"
        "Lire aussi :\n"
        "Les négociations doivent reprendre vendredi à Lyon.\n"
        "La publicité pour les paris sportifs sera interdite l'an prochain, selon le ministre.\n"
        "Partager\n",
        ["Publicité", "Photo : AFP", "Lire aussi :", "Partager"],
        ["La publicité pour les paris sportifs sera interdite"],
    ),
    "es": (
        "La huelga paraliza los trenes\n\n"
        "El sindicato convocó el lunes una huelga en el transporte, según un portavoz.\n"
        "Publicidad\n"
        "Foto: EFE\n"
        "Lee también\n"
        "Las negociaciones se reanudarán el viernes en Sevilla.\n"
        "La publicidad de las apuestas quedará prohibida el año próximo, dijo el ministro.\n"
        "Compartir\n",
        ["Publicidad", "Foto: EFE", "Lee también", "Compartir"],
        ["La publicidad de las apuestas quedará prohibida"],
    ),
    "ru": (
        "Забастовка остановила поезда\n\n"
        "Профсоюз в понедельник объявил забастовку на транспорте, сообщил представитель.\n"
        "Реклама\n"
        "Фото: РИА Новости\n"
        "Читайте также:\n"
        "Переговоры возобновятся в пятницу в Казани.\n"
        "Реклама азартных игр будет запрещена со следующего года, заявил министр.\n"
        "Поделиться\n",
        ["Реклама", "Фото: РИА Новости", "Читайте также:", "Поделиться"],
        ["Реклама азартных игр будет запрещена"],
    ),
    "uk": (
        "Страйк зупинив потяги\n\n"
        "Профспілка в понеділок оголосила страйк на транспорті, повідомив речник.\n"
        "Реклама\n"
        "Фото: Укрінформ\n"
        "Читайте також\n"
        "Переговори відновляться в п'ятницю у Львові.\n"
        "Реклама азартних ігор буде заборонена з наступного року, заявив міністр.\n"
        "Поділитися\n",
        ["Реклама", "Фото: Укрінформ", "Читайте також", "Поділитися"],
        ["Реклама азартних ігор буде заборонена"],
    ),
}


def _removed_lines(text: str) -> set[str]:
    """The lines of ``text`` that the parser's analysis sets aside whole."""
    removed = analyze(text).removed
    lines = set()
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        if line and any(s.start <= start and end <= s.end for s in removed):
            lines.add(line)
        offset = end + 1
    return lines


@pytest.mark.parametrize("code", sorted(PAGES))
def test_furniture_lines_are_dropped_and_sentences_with_the_same_words_kept(code: str) -> None:
    text, furniture, prose = PAGES[code]
    removed = _removed_lines(text)
    assert set(furniture) <= removed, (set(furniture) - removed, removed)
    for sentence in prose:
        line = next(line for line in text.split("\n") if line.startswith(sentence))
        assert line not in removed, (line, removed)


def test_reader_comments_under_a_german_header_are_set_aside() -> None:
    text = PAGES["de"][0]
    comments = [s for s in analyze(text).removed if s.kind is SpanKind.COMMENT]
    assert comments and text[comments[0].start :].startswith("Kommentare"), comments


@pytest.mark.parametrize("code", sorted(PAGES))
def test_furniture_lines_are_no_entities(code: str) -> None:
    text, furniture, _ = PAGES[code]
    found = typed(text, code)
    assert not set(found) & set(furniture), found


def _candidate(text: str, name: str, code: str) -> tuple[tuple[int, int, tuple[object, ...]], bool]:
    start = text.index(name)
    fields = candidate_fields(
        Candidate(start, start + len(name), name, "organisation", language=code)
    )
    return ((start, start + len(name), fields), False)


@pytest.mark.parametrize(
    ("code", "phrase", "name"),
    [
        ("de", "Anzeige", "Deutsche Bahn"),
        ("fr", "Publicité", "Air France"),
        ("es", "Publicidad", "Banco Santander"),
        ("ru", "Реклама", "Газпром"),
        ("uk", "Реклама", "Укрзалізниця"),
        ("it", "Pubblicità", "Ferrovie dello Stato"),
        ("pl", "Reklama", "Orlen"),
        ("nl", "Advertentie", "Philips"),
        ("pt", "Publicidade", "Petrobras"),
    ],
)
def test_the_entity_filter_refuses_a_furniture_phrase_and_keeps_a_name(
    code: str, phrase: str, name: str
) -> None:
    text = f"{phrase} {name}"
    here = [_candidate(text, phrase, code), _candidate(text, name, code)]
    kept = refused(text, 0, len(text), here, language(code).stopwords, code)
    assert [read[0][2][0] for read in kept] == [name]


@pytest.mark.parametrize(
    ("code", "label"), [("de", "POLITIK"), ("fr", "ÉCONOMIE"), ("ru", "ПОЛИТИКА"), ("uk", "СПОРТ")]
)
def test_a_section_label_in_capitals_is_no_entity(code: str, label: str) -> None:
    here = [_candidate(label, label, code)]
    assert refused(label, 0, len(label), here, language(code).stopwords, code) == []
