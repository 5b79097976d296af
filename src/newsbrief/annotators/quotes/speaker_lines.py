"""A broadcast transcript's or an interview's turns printed without quotation marks, each line
opening with who speaks and a colon (``SARA ROE: Good morning.``, ``Mere Tawhiri: We're
fishing ...``): the interviewee's answers are their words.

A line is a turn only in an exchange: at least two speakers take turns, one of them more than
once. The interviewer's turns are no one's quotation: a speaker labelled as the programme's
staff (``A MARTÍNEZ, HOST:``, ``DEVIN ROE, BYLINE:``; the language's ``[quotes]
transcript_staff`` words) or one whose turns are mostly questions. A surname alone
(``ROE:``) is the speaker an earlier label names in full.
"""

from __future__ import annotations

import re

import attrs

from newsbrief.annotators.quotes.language_words import quote_words

__all__ = ["SpeakerLine", "speaker_lines"]

# A line's label: a name in capitals (``SARA GUNNARSDÓTTIR``, ``ROE``) or two to four
# capitalised words (``Mere Tawhiri``), perhaps a role after a comma (``, HOST``), a colon,
# then the turn's words on the same line (or none: ``A MARTÍNEZ, HOST:`` over its words).
_LABEL = re.compile(
    r"^(?P<name>[^\W\d_][\w’'.\-]*(?:[ \u00a0][^\W\d_][\w’'.\-]*){0,3})"
    r"(?:,[ \u00a0](?P<role>[^\W\d_][\w’' \u00a0\-]{1,40}))?:"
    r"(?:[ \u00a0]+(?P<words>\S[^\n]*)|[ \u00a0]*)$",
    re.MULTILINE,
)
#: Marks that make a line a quotation's (read by the quotation rules instead).
_MARKS = '"“”‘’«»„‚‹›'
#: A turn holds at least this many words (``Photo: RNZ`` is a credit).
_TURN_WORDS = 2


@attrs.frozen
class SpeakerLine:
    """One interviewee's turn: the words after the label, and who the label names."""

    start: int
    end: int
    name: str
    label_start: int
    label_end: int


def _name_like(name: str) -> bool:
    """A label that names a person: in capitals, or two to four capitalised words."""
    words = name.split()
    if name.isupper():
        return any(len(w) > 1 for w in words)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def speaker_lines(text: str, code: str | None) -> list[SpeakerLine]:
    """The interviewees' turns of ``text``'s transcript, in text order (none when the
    language has no ``transcript_staff`` words or the text no exchange)."""
    staff = quote_words(code or "en", "transcript_staff")
    if not staff:
        return []
    labels = [m for m in _LABEL.finditer(text) if _name_like(m.group("name"))]
    turns = [m for m in labels if len((m.group("words") or "").split()) >= _TURN_WORDS]
    if not turns:
        return []
    # Each speaker keyed by the last word of their name: ``ROE`` is ``SARA ROE``.
    full: dict[str, str] = {}
    interviewer: set[str] = set()
    counts: dict[str, list[bool]] = {}
    for m in labels:
        name = " ".join(m.group("name").split())
        key = name.split()[-1].lower()
        if len(name) > len(full.get(key, "")):
            full[key] = name
        role = m.group("role")
        if role is not None and role.lower().strip() in staff:
            interviewer.add(key)
    for m in turns:
        key = " ".join(m.group("name").split()).split()[-1].lower()
        counts.setdefault(key, []).append(m.group("words").rstrip().endswith("?"))
    if len(counts) < 2 or all(len(asked) < 2 for asked in counts.values()):
        return []
    interviewer |= {key for key, asked in counts.items() if 2 * sum(asked) >= len(asked)}
    lines: list[SpeakerLine] = []
    for m in turns:
        key = " ".join(m.group("name").split()).split()[-1].lower()
        words = m.group("words").rstrip()
        if key in interviewer or any(mark in words for mark in _MARKS):
            continue
        written = _as_written(text, full[key])
        if written is None:
            continue
        start = m.start("words")
        lines.append(
            SpeakerLine(start, start + len(words), written, m.start("name"), m.end("name"))
        )
    return lines


def _as_written(text: str, name: str) -> str | None:
    """A name as the text writes it outside the labels: a name in capitals (``SARA ROE``) as
    the capitalised words it is elsewhere (``Sara Roe``); ``None`` when it is nowhere else
    (``VERDICT:``, ``CLAIM:`` are a fact check's headings, no one's name)."""
    if not name.isupper():
        return name
    for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
        written = found.group()
        if not written.isupper() and all(w[:1].isupper() for w in written.split()):
            return written
    return None
