"""A speaker named after a genitive cue (``по словам``, ``за словами``) keeps the mention as the
text writes it: ``speaker_mention`` is the text at ``speaker_start:speaker_end`` whatever spaces
stand between the name's words; the name is still given in the nominative.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import pytest

from newsbrief.annotators.dates import DateAnnotator
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.annotators.quotes import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "По словам Анны  Петровой, «ремонт моста закончат к осени».", "Анна Петрова"),
        ("ru", "По словам Анны\u00a0Петровой, «ремонт моста закончат к осени».", "Анна Петрова"),
        ("uk", "За словами Олени  Коваль, «міст відкриють восени».", "Олена Коваль"),
    ],
)
def test_a_genitive_speakers_mention_is_the_text_at_its_offsets(
    language: str, text: str, speaker: str
) -> None:
    document = Document.from_text(text, id="g", metadata=Metadata(language=language))
    annotators = (EntityAnnotator(), DateAnnotator(), QuoteAnnotator())
    for annotator in annotators:
        (document,) = annotator.annotate([document])
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    found = quote.attributes
    assert found["speaker"] == speaker
    assert found["speaker_mention"] == text[found["speaker_start"] : found["speaker_end"]]
