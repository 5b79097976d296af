"""A capitalised occupation opening a sentence before a name the first-name table does not know
(session 31, issue #16): ``Jockey Mayank Deo said`` is Mayank Deo's, the occupation his role;
a hyphenated occupation is read by its last part (``Off-spinner``), and a compound's ending is
no occupation (``Jusman Syafii Djamal`` keeps his first name) (annotators/quotes/attribution/
names.py ``_descriptor_words``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2026, 12, 6)


def _quotes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``{words: (speaker, role)}`` of every quotation of ``text``."""
    document = Document.from_text(text, id="t", metadata=Metadata(language="en", published=DAY))
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return {q.text: (q.attributes["speaker"], q.attributes.get("role")) for q in found}


def test_an_occupation_before_an_unknown_first_name_is_the_role() -> None:
    text = 'The race was run in heavy rain.\n\nJockey Mayank Deo said the going was "like soup."\n'
    assert _quotes(text)["like soup."] == ("Mayank Deo", "Jockey")


def test_a_hyphenated_occupation_is_read_by_its_last_part() -> None:
    text = 'India won by five wickets.\n\nOff-spinner Mayank Deo said: "I just kept it simple."\n'
    assert _quotes(text)["I just kept it simple."][0] == "Mayank Deo"


def test_a_compound_s_ending_is_no_occupation() -> None:
    text = (
        "Indonesia will not buy European aircraft while the ban lasts.\n\n"
        'Jusman Syafii Djamal said: "We do not need to buy aircraft from Europe."\n'
    )
    assert _quotes(text)["We do not need to buy aircraft from Europe."][0] == (
        "Jusman Syafii Djamal"
    )
