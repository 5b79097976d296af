"""A quotation standing alone after a sentence whose subject is a pronoun (session 31, issue
#16): ``Asked about the budget, he smiled.`` then ``"We will find the money."`` is the words of
the man ``he`` points back to, as after ``Okafor smiled.`` (annotators/quotes/speakers.py
``pronoun_subject``).

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


def test_a_quotation_after_a_pronoun_s_sentence_is_that_person_s() -> None:
    text = (
        "Mayor Daniel Okafor presented the city's budget on Tuesday.\n\n"
        '"Every school gets a new roof," Okafor said.\n\n'
        "Asked how the city would pay for it, he smiled.\n\n"
        '"We will find the money. We always do."\n'
    )
    assert _speakers(text)["We will find the money. We always do."] == "Daniel Okafor"
