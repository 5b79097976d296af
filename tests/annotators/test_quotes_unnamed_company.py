"""A company's statement when the article never names the company (session 31, issue #16):
``In a statement, the carrier said: "..."`` is ``the carrier``'s, as written, the way ``the
festival said`` is (annotators/quotes/attribution/speaker_phrases.py ``phrase_before``); a
company the article names is still the one ``the company`` points back to.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2026, 12, 6)


def _speakers(text: str) -> dict[str, str | None]:
    """``{words: speaker}`` of every quotation of ``text``."""
    document = Document.from_text(text, id="t", metadata=Metadata(language="en", published=DAY))
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return {q.text: q.attributes["speaker"] for q in found}


def test_an_unnamed_carrier_s_statement_is_the_carrier_s() -> None:
    text = (
        "A Lisbon-bound flight turned back to Porto on Friday after a cabin pressure alert, "
        "officials said.\n\n"
        'In a statement, the carrier said: "The aircraft landed safely and is being inspected."\n'
    )
    assert _speakers(text)["The aircraft landed safely and is being inspected."] == "the carrier"


def test_a_named_company_is_still_the_one_the_company_points_back_to() -> None:
    text = (
        "Harwell Foods recalled two brands of crisps on Monday.\n\n"
        'In a statement, the company said: "We are sorry for any worry this has caused."\n'
    )
    assert _speakers(text)["We are sorry for any worry this has caused."] == "Harwell Foods"


def test_the_carrier_of_a_statement_is_the_airline_named_above() -> None:
    # ``carrier`` says what kind of body is meant, as ``airline`` does: the one named above
    # speaks, not ``the carrier`` as written (session 31 review).
    text = (
        "Coral Sea Airways grounded six jets on Friday after an engine fault. Engineers "
        "worked overnight. Passengers were rebooked.\n\n"
        'In a statement, the carrier said: "Safety comes before the timetable."\n'
    )
    assert _speakers(text)["Safety comes before the timetable."] == "Coral Sea Airways"
