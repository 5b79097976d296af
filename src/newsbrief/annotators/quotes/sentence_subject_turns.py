"""A quotation that opens its sentence after a sentence about someone new (French, Spanish,
German and the other languages but English).

A web page whose paragraphs are one line each is one paragraph to the segmenter (only a blank
line parts paragraphs), so the last speaker of that "paragraph" reaches every later quotation
without a cue of its own. News writing names the next speaker in the sentence before their
words: ``L'avocat général, Jean-Baptiste Delaunay, n'a pas cru à cette thèse. « ... »``,
``Baudezernent Jörg Hallstein gibt sich gelassen. „...“``. When
that sentence comes after the last quotation and its subject is a person other than the last
speaker, the quotation is theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.annotators.quotes.speakers import Attributor, Speaker

__all__ = ["subject_between"]

#: Anything but masked quotation, spaces and punctuation: prose.
_PROSE = re.compile(r"[^§ \u00a0.,;:\n]")


def subject_between(
    last: Speaker,
    span: QuoteSpan,
    previous: QuoteSpan,
    first: int,
    sentences: Sequence[tuple[int, int, int]],
    attributor: Attributor,
) -> Speaker | None:
    """The person other than ``last`` (the speaker of the quotation ``previous``) whose
    sentence, written between ``previous`` and ``span``, stands right before ``span``'s
    sentence (``sentences[first]``), when ``span`` opens that sentence; ``None`` otherwise
    (English: its own rules carry the last speaker)."""
    if attributor.cues.profile is None or first == 0:
        return None
    start = sentences[first][0]
    if _PROSE.search(attributor.masked, start, span.open) is not None:
        return None  # words before the quotation in its sentence: its own rules read them
    before_start, before_end, paragraph = sentences[first - 1]
    if paragraph != sentences[first][2] or before_start < previous.close:
        return None
    subject = attributor.subject(before_start, before_end, people_only=True)
    if subject is None or subject.name == last.name:
        return None
    return subject
