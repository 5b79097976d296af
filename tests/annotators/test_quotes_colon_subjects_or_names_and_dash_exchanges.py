"""A person after a preposition is not the subject a colon closes, an article after ``, or``
opens another name, not speech, and a dash exchange whose paragraphs a blank line separates
keeps its introduction: three wrong outputs a final read of session 30 found."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.annotators.dates import DateAnnotator
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _quotes(language: str, text: str) -> list[tuple[str, object]]:
    document = Document.from_text(
        text, id="t", metadata=Metadata(language=language, published=dt.date(2025, 3, 14))
    )
    (done,) = QuoteAnnotator().annotate(
        DateAnnotator().annotate(EntityAnnotator().annotate([document]))
    )
    return [
        (text[q.start : q.end], q.attributes.get("speaker"))
        for q in done.annotations_of(AnnotationKind.QUOTE)
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El abogado de Marta Ríos reaccionó: «Mi clienta no sabía nada de esas cuentas»."),
        ("de", "Das Verfahren gegen Karl Brenner ist beendet: „Zwei Jahre auf Bewährung.“"),
        ("fr", "La requête contre Paul Girard est limpide : « Abus de biens sociaux. »"),
    ],
)
def test_a_person_after_a_preposition_is_no_colon_subject(language: str, text: str) -> None:
    quotes = _quotes(language, text)
    assert len(quotes) == 1
    assert quotes[0][1] is None


def test_the_person_opening_the_clause_still_speaks() -> None:
    text = "Le gardien lyonnais Marc Vidal, lui, exultait : « On a tenu jusqu'au bout. »"
    assert _quotes("fr", text)[0][1] == "Marc Vidal"


def test_an_article_after_comma_or_opens_another_name() -> None:
    text = 'Crews lifted the cockpit voice recorder, or "the black box," out of the river.'
    assert _quotes("en", text) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dash_exchange_is_introduced_across_blank_lines(gap: str) -> None:
    lines = [
        "Тренерка Оксана Гнатюк відповіла на запитання журналістів після гри.",
        "— Чим задоволені?",
        "— Захистом, дівчата не дали суперницям жодного шансу.",
        "— А що далі?",
        "— Відновлення і підготовка до кубка.",
    ]
    speakers = {speaker for _, speaker in _quotes("uk", gap.join(lines))}
    assert speakers == {"Оксана Гнатюк"}


def test_the_introduction_of_a_dash_exchange_skips_blank_lines() -> None:
    from newsbrief.annotators.quotes.marks import introduction

    text = "Тренер Іван Бойко відповів журналістам.\n\n— Як гра?\n\n— Добре."
    start, end = introduction(text, text.index("— Добре"))
    assert text[start:end] == "Тренер Іван Бойко відповів журналістам."
