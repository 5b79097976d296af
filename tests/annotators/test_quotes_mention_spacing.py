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
