"""A body speaking under the whole name its sentence gives it, where the entity annotator typed
only a part (``The Quebec Maple Syrup Producers, which ..., said``: not ``Quebec``; ``Water
UK said``: not the United Kingdom; ``The Lebanese army said``: not ``Lebanese``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    CLAUSE_OPENERS,
    DEFINITE,
    DETERMINERS,
    EN,
    FUNCTION_WORDS,
    LONE_NOT_NAMES,
    ROLE_NOUNS,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker

__all__ = ["whole_subject"]

#: At most this many words open a sentence before its subject and a comma.
_OPENING_WORDS = 8

_LINKS = plain_alternation(EN.words("quotes", "issuer_name_links"))
_THE = plain_alternation(DEFINITE, case="title")
_BODY_NOUNS = plain_alternation(gz.ORGANISATION_ROLE_NOUNS)

# The whole subject of a cue, where its clause opens (after ``The``): capitalised words,
# linking words and a number between or after them (``Fraternal Order of Police Lodge 44``),
# or a name or nationality and a lower-case body's noun, a lower-case word before it (``Lebanese
# army``, ``Bristol city council``).
_SUBJECT = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?,][ \u00a0]))(?:(?:{_THE})[ \u00a0]+)?(?P<name>"
    r"[A-Z][\w&’'\-]*(?:[ \u00a0]+(?:(?:" + _LINKS + r")[ \u00a0]+)?(?:[A-Z][\w&’'\-]*|\d+))+"
    rf"|[A-Z][\w’'\-]*(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:{_BODY_NOUNS})"
    r")$"
)


def _opening_phrase(head: str) -> bool:
    """Whether the sentence before a subject, ``head`` (ending with its comma), is an opening
    phrase only (``In a statement on Monday,``): a function word, a few words, no stop."""
    sentence = re.split(r"[.!?\n]\s", head)[-1].split()
    return 0 < len(sentence) <= _OPENING_WORDS and sentence[0].lower() in FUNCTION_WORDS


def whole_subject(
    masked: str, text: str, start: int, end: int, found: Speaker, within: Sequence[Mention]
) -> Speaker | None:
    """``found`` (a body or a place the cue's subject holds) under the whole subject ending at
    ``end`` as written, when that subject holds more than the mention and no person; ``start``
    bounds the look back. ``within`` are the mentions between ``start`` and ``end``."""
    match = _SUBJECT.search(masked, start, end)
    if match is None:
        return None
    at, stop = match.span("name")
    if not (at <= found.start and found.end <= stop and stop - at > found.end - found.start):
        return None
    head = masked[start : match.start()].rstrip()
    if head.endswith(",") and not _opening_phrase(head):
        return None  # ``Ann Roe, Director of the Seismologic Service said``: an apposition
    words = match.group("name").split()
    if (
        words[0] in LONE_NOT_NAMES
        or words[0].lower() in DETERMINERS
        or words[0].lower() in CLAUSE_OPENERS
        or words[0] in gz.CALENDAR
        or words[0].lower() in ROLE_NOUNS
        or any(gz.first_name_gender(w) in ("male", "female") for w in words[:-1])
        or words[-1] in gz.ROLE_WORDS
        or words[-1].lower() in ROLE_NOUNS
    ):
        # A title or a first name: a person's name and role, not a body's; a role closing
        # the subject (``The Apple CEO said``) makes it a person's, whom the body is not.
        return None
    inside = [m for m in within if m.start < stop and m.end > at]
    if not inside and found.name not in gz.DEMONYMS:
        return None  # (a nationality is read by its word, no mention: ``Lebanese army``)
    if any(m.type == "person" for m in inside):
        return None
    if any(m.start < at or m.end > stop for m in inside):
        return None  # a name running past the subject: not its part
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (at, stop):
        return None
    if words[-1].islower() and any(m.type != "place" for m in inside):
        return None  # ``the FDA union``: a body named, its kind after it; a place's is kept
    name = " ".join(text[at:stop].split())
    return attrs.evolve(found, name=name, mention=text[at:stop], start=at, end=stop)
