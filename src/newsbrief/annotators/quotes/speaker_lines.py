"""A broadcast transcript's or an interview's turns printed without quotation marks, each line
opening with who speaks and a colon (``SARA ROE: Good morning.``, ``Mere Tawhiri: We're
fishing ...``): the interviewee's answers are their words.

A line is a turn only in an exchange: at least two speakers take turns, one of them more than
once. The interviewer's turns are no one's quotation: a speaker labelled as the programme's
staff (``A MARTÍNEZ, HOST:``, ``DEVIN ROE, BYLINE:``; the language's ``[quotes]
transcript_staff`` words) or one whose turns are mostly questions. A surname alone
(``ROE:``) is the speaker a label names in full; two full labels ending alike (``Prep Time:``,
``Cook Time:``; ``Leeds United:``, ``Newcastle United:``) are two labels, not one speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
#: An exchange has at most this many speakers: hundreds of ``NAME: ...`` lines are a list (a
#: directory, a log), and each speaker's name is looked up in the whole text once.
_MOST_SPEAKERS = 40


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
    key = _speaker_keys(labels)
    full: dict[str, str] = {}
    interviewer: set[str] = set()
    counts: dict[str, list[bool]] = {}
    for m in labels:
        name = " ".join(m.group("name").split())
        if len(name) > len(full.get(key(m), "")):
            full[key(m)] = name
        role = m.group("role")
        if role is not None and role.lower().strip() in staff:
            interviewer.add(key(m))
    for m in turns:
        counts.setdefault(key(m), []).append(m.group("words").rstrip().endswith("?"))
    if not 2 <= len(counts) <= _MOST_SPEAKERS or all(len(a) < 2 for a in counts.values()):
        return []
    interviewer |= {key for key, asked in counts.items() if 2 * sum(asked) >= len(asked)}
    lines: list[SpeakerLine] = []
    written_as: dict[str, str | None] = {}
    for m in turns:
        words = m.group("words").rstrip()
        if key(m) in interviewer or any(mark in words for mark in _MARKS):
            continue
        if key(m) not in written_as:
            written_as[key(m)] = _as_written(text, full[key(m)])
        written = written_as[key(m)]
        if written is None:
            continue
        start = m.start("words")
        lines.append(
            SpeakerLine(start, start + len(words), written, m.start("name"), m.end("name"))
        )
    return lines


def _speaker_keys(labels: list[re.Match[str]]) -> Callable[[re.Match[str]], str]:
    """Who a label names: its full name (lower case), a surname alone (``ROE:``) the one full
    name ending with it (``SARA ROE:``), or itself when no full name or several end with it."""
    fulls: dict[str, set[str]] = {}
    for m in labels:
        words = m.group("name").lower().split()
        if len(words) > 1:
            fulls.setdefault(words[-1], set()).add(" ".join(words))

    def key(m: re.Match[str]) -> str:
        name = " ".join(m.group("name").lower().split())
        named = fulls.get(name, set())
        return next(iter(named)) if len(named) == 1 else name

    return key


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
