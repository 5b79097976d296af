"""A cue and a colon closing the line before a quotation that opens its own line.

Articles written one sentence a line make the whole text one paragraph, so the rule for a
cue and a colon closing the paragraph before (``Its chair Ann Roe wrote:`` then the quotation
as a paragraph of its own) never sees them: the quotation would inherit the last speaker of
the paragraph instead (``Сопредседатель партии Алиса Вайдель заявила:`` on one line,
``«Мы ...»`` on the next, credited to the body whose quotation came before). Here the line
before is read as that paragraph would be. Other languages only: the English rules were
measured without it.
"""

from __future__ import annotations

import bisect

from newsbrief.annotators.quotes.attribution.speaker_types import Speaker
from newsbrief.annotators.quotes.speakers import Attributor

__all__ = ["line_colon_speaker"]

#: How far back the start of the quotation's line is looked for (characters): only spaces
#: (an indent) may stand between a line's start and its opening mark.
_INDENT = 8
#: How many spaces may follow the colon at the end of the line before.
_TRAILING = 4


def line_colon_speaker(
    open_at: int,
    para_start: int,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    attributor: Attributor,
) -> Speaker | None:
    """The speaker of the cue before a colon closing the line before the quotation opening at
    ``open_at`` (``Її голова Тетяна Шевчук написала у Facebook:`` then ``«...»`` on a line of
    its own), read from the colon's sentence on that line, else the person that sentence
    opens with as its subject; ``None`` when the quotation does not open its line, the line
    before does not close with a colon, or neither is found."""
    if attributor.cues.profile is None:
        return None
    masked = attributor.masked
    newline = masked.rfind("\n", max(para_start, open_at - _INDENT), open_at)
    if newline <= para_start or masked[newline + 1 : open_at].strip(" \u00a0\t"):
        return None
    colon = newline - 1
    while colon > para_start and newline - colon <= _TRAILING and masked[colon] in " \u00a0\t":
        colon -= 1
    if masked[colon] != ":":
        return None
    line_start = masked.rfind("\n", para_start, colon) + 1 or para_start
    sentence = max(bisect.bisect_right(starts, colon) - 1, 0)
    low = max(sentences[sentence][0], line_start, para_start)
    # No cue verb (``Капітан команди Віктор Гайдученко в Instagram вибачився перед
    # уболівальниками:``): the person the clause opens with introduces the words, as a colon
    # before a quotation on the same line does.
    return (
        attributor.before(low, colon)
        or attributor.subject(low, colon, people_only=True)
        or attributor.colon_person(low, colon)
    )
