"""The body an unnamed spokesperson or a statement speaks for.

``a spokesperson for the Dunmoor Borough Council said``, ``an Ardley County spokeswoman said``, ``a
Velmore statement said``: the words are the body's, and the body is the speaker, under the
fullest name the article gives it (``a KSA spokesperson`` after ``the Kelmor Safety
Authority (KSA)``); the spokesperson's noun as written is the role. The phrase must
name the body and nothing else: its words are a determiner, the body's name, the noun and the
preposition saying whom the noun speaks for (``a spokesperson for Tony Blair`` names a person,
``a former Vantora spokesman`` no longer speaks for it: both stay as written). A body's noun in
lower case names the body named before with that noun as its head (``a council spokesperson``
after ``Harwick City Council``), as ``the council said`` does. The language's words: ``[quotes]
spokesperson_nouns``, ``statement_nouns``, ``institution_nouns``, ``determiners``,
``representing_prepositions``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs

from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import on_reload

__all__ = ["body_voices"]

#: A word of a speaker phrase (hyphens, apostrophes and dots inside).
_WORD = re.compile(r"[\w’'.\-&]+")


class _Words(NamedTuple):
    """The language's words a spokesperson's or a statement's phrase is read by."""

    spokespeople: frozenset[str]  # ``spokesperson``, ``spokeswoman``
    statements: frozenset[str]  # ``statement``
    links: frozenset[str]  # determiners and ``for``
    institutions: frozenset[str]  # ``council``, ``department``
    heads: frozenset[str]  # the spokespeople's and the statements' nouns together


@functools.cache
def _words(code: str) -> _Words:
    """Language ``code``'s :class:`_Words` (read once: every anonymous speaker asks)."""
    spokespeople = quote_words(code, "spokesperson_nouns")
    statements = quote_words(code, "statement_nouns")
    return _Words(
        spokespeople,
        statements,
        quote_words(code, "determiners") | quote_words(code, "representing_prepositions"),
        quote_words(code, "institution_nouns"),
        spokespeople | statements,
    )


# (Built from language data: a reload reads it again.)
on_reload(_words.cache_clear)


def body_voices(
    text: str,
    speakers: Sequence[Speaker | None],
    mentions: Sequence[Mention],
    code: str | None,
    fullest: Callable[[Speaker], Speaker],
    named_with: Callable[[int, str], Referent | None],
) -> list[Speaker | None]:
    """``speakers`` with each unnamed spokesperson or statement of a named body given as that
    body (its fullest name by ``fullest``; a body's noun as the nearest body named before with
    that head, by ``named_with``), the spokesperson's noun as the role; a later speaker under
    the same phrase (``the spokesperson said`` pointing back to it) the same."""
    words = _words(code or "en")
    if not words.spokespeople or not any(s is not None and s.anonymous for s in speakers):
        return list(speakers)
    bodies: dict[str, Speaker | None] = {}
    out: list[Speaker | None] = []
    for speaker in speakers:
        if speaker is None or not speaker.anonymous:
            out.append(speaker)
            continue
        written = speaker if _as_written(text, speaker) else _written_before(text, speaker)
        if written is not None:
            # (read where it is written each time: ``a council spokesperson`` after another
            # council is that council's)
            body = _body_named(text, written, mentions, words) or _body_by_noun(
                text, written, words, named_with
            )
            bodies[speaker.name] = None if body is None else fullest(body)
        body = bodies.get(speaker.name)
        if body is None:
            out.append(speaker)
            continue
        out.append(attrs.evolve(body, mention=speaker.mention, start=speaker.start,
                                end=speaker.end, cue=speaker.cue))  # fmt: skip
    return out


def _as_written(text: str, speaker: Speaker) -> bool:
    """Whether ``speaker``'s name is its phrase where it was written (not a phrase pointing
    back to it, ``the spokesperson``)."""
    return " ".join(text[speaker.start : speaker.end].split()).lower() == speaker.name.lower()


def _written_before(text: str, speaker: Speaker) -> Speaker | None:
    """``speaker`` at the last place before its mention where its phrase is written (``A
    spokesperson for the council said ...`` before ``"...," the spokesperson said``)."""
    at = text.lower().rfind(speaker.name.lower(), 0, speaker.start)
    if at < 0:
        return None
    return attrs.evolve(speaker, start=at, end=at + len(speaker.name))


def _body_named(
    text: str, speaker: Speaker, mentions: Sequence[Mention], words: _Words
) -> Speaker | None:
    """The body the phrase ``speaker`` names, when its other words are one spokesperson's or
    statement's noun and links only; ``None`` otherwise."""
    start, end = speaker.start, speaker.end
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if len(inside) != 1 or inside[0].type != "organisation":
        return None
    body = inside[0]
    rest = [
        w.group(0).lower()
        for w in _WORD.finditer(text, start, end)
        if w.end() <= body.start or w.start() >= body.end
    ]
    heads = [w for w in rest if w in words.heads]
    if len(heads) != 1 or any(w not in words.links for w in rest if w != heads[0]):
        return None
    role = heads[0] if heads[0] in words.spokespeople else speaker.role
    return Speaker(body.name, text[start:end], body.start, body.end, speaker.cue, role=role)


def _body_by_noun(
    text: str,
    speaker: Speaker,
    words: _Words,
    named_with: Callable[[int, str], Referent | None],
) -> Speaker | None:
    """``a council spokesperson``, ``a spokeswoman for the department``: the body named before
    the phrase ``speaker`` with the institution's noun as its head; ``None`` for any other
    phrase, or no such body."""
    start, end = speaker.start, speaker.end
    written = [w.lower() for w in _WORD.findall(text, start, end)]
    heads = [w for w in written if w in words.spokespeople]
    nouns = [w for w in written if w in words.institutions]
    if len(heads) != 1 or len(nouns) != 1:
        return None
    if any(w not in words.links for w in written if w not in (heads[0], nouns[0])):
        return None
    named = named_with(start, nouns[0])
    if named is None:
        return None
    return Speaker(named.name, text[start:end], start, end, speaker.cue, role=heads[0])
