"""A speaker's relative clause (session 31, issue #16): ``X, who wrote "A Title" ... in Leeds,
said`` is X's, the title of a work inside the clause no end of it (annotators/quotes/
attribution/english_words.py ``RELATIVE``).

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


def test_a_title_inside_a_relative_clause_does_not_end_it() -> None:
    text = (
        "A debut novel has won this year's prize.\n\n"
        "Marta Quill, 41, who wrote “Salt and Iron” at night while working as a nurse in "
        "Leeds, said she “never expected to win.”\n"
    )
    assert _speakers(text)["never expected to win."] == "Marta Quill"
