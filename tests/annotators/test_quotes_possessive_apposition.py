"""A cue inverted before a possessive's noun and a name in apposition (``"...," said his wife,
Mary Okoro``): the name speaks and the noun is the role; ``her`` there is a possessive, not the
object pronoun that made the reading give up (session 31 review).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``{words: (speaker, role)}`` of every quotation of ``text``."""
    metadata = Metadata(language="en", published=dt.date(2026, 12, 6))
    document = Document.from_text(text, id="t", metadata=metadata)
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    return {
        q.text: (q.attributes["speaker"], q.attributes.get("role"))
        for q in document.annotations_of(AnnotationKind.QUOTE)
    }


def test_a_kin_noun_after_his_names_the_speaker_in_apposition() -> None:
    text = (
        "Fisherman missing off Galway coast\n\n"
        "Search teams looked for Declan Roche for a third day on Sunday.\n\n"
        '"He knows that water better than anyone," said his brother, Eamon Roche.\n'
    )
    found = _speakers(text)
    assert found["He knows that water better than anyone"] == ("Eamon Roche", "brother")


def test_a_role_noun_after_her_names_the_speaker_in_apposition() -> None:
    text = (
        "Sprinter breaks national record\n\n"
        "Ama Boateng ran 10.91 seconds in Zurich on Friday.\n\n"
        '"She trained through a broken wrist," said her coach, Daniel Mensah.\n'
    )
    found = _speakers(text)
    assert found["She trained through a broken wrist"] == ("Daniel Mensah", "coach")
