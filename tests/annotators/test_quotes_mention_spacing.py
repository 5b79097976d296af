"""A speaker's mention is the text at its offsets, spaces and all: a press phrase written with
two spaces or a figure space (``un  haut gradé``) keeps them in the mention, while the speaker's
name, a description, collapses them."""

from __future__ import annotations

import pytest

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.annotators.quotes import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("fr", "« Nous sommes prêts », a assuré un  haut gradé.", "un haut gradé"),
        ("es", "«Estamos listos», dijo un  alto cargo.", "un alto cargo"),
        ("de", "„Wir sind bereit“, sagte ein  Sprecher.", "ein Sprecher"),
        ("ru", "— Всё хорошо, — сказал глава\u2007 министра.", "глава министра"),
    ],
)
def test_a_press_phrase_with_doubled_spaces_is_the_mention_as_written(
    code: str, text: str, name: str | None
) -> None:
    document = Document.from_text(text, id="t", metadata=Metadata(language=code))
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    start, end = quote.attributes["speaker_start"], quote.attributes["speaker_end"]
    assert start is not None
    assert document.text[start:end] == quote.attributes["speaker_mention"]
    if name is not None:
        assert quote.attributes["speaker"] == name


def test_a_speaker_chosen_by_score_keeps_the_short_mention_it_was_named_by() -> None:
    # No cue: the scorer chooses the person the paragraph names, by a first name only there.
    text = (
        "Ann Roe runs the shelter in Leeds.\n\nThe shelter has forty beds and a kitchen.\n\n"
        'On cold nights Ann walks along the beds. "Every one of them is taken before midnight'
        ' now, and we turn people away at the door."'
    )
    document = Document.from_text(text, id="t", metadata=Metadata(language="en"))
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    start, end = quote.attributes["speaker_start"], quote.attributes["speaker_end"]
    assert quote.attributes["speaker"] == "Ann Roe"
    assert (document.text[start:end], quote.attributes["speaker_mention"]) == ("Ann", "Ann")
