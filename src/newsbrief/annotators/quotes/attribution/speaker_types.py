"""The records attribution works on: an entity mention, a speaker, and a referent a pronoun or
role phrase may point back to.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs

__all__ = ["Mention", "Referent", "Speaker", "free_of", "new_referent"]


class Mention(NamedTuple):
    """An entity mention the entity annotator found.

    A named tuple, immutable as a frozen attrs class and made in half the time: one is made
    for every entity mention of a document with quotations."""

    start: int
    end: int
    name: str
    type: str
    gender: str | None = None
    role: str | None = None


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to."""

    #: Canonical name (a place's as written where it speaks, see :meth:`Attributor.fullest`),
    #: or the description of an anonymous source.
    name: str
    #: The words naming the speaker where the attribution is.
    mention: str
    start: int
    end: int
    #: The attributing verb or phrase, if any.
    cue: str | None
    anonymous: bool = False
    #: The speaker's role as the article states it (``President of Ukraine``), if it does.
    role: str | None = None


class Referent(NamedTuple):
    """Someone a pronoun or a role noun may point back to (a named tuple: one is made for
    every entity mention)."""

    position: int
    name: str
    type: str  # person, anonymous, organisation, place
    gender: str | None
    roles: frozenset[str]


#: ``Referent`` from a tuple of its fields, without the Python ``__new__`` of a named tuple (one
#: is made for every entity mention).
new_referent = functools.partial(tuple.__new__, Referent)


def free_of(mentions: Sequence[Mention]) -> Callable[[int, int], bool]:
    """A test of whether a span ``[start, end)`` overlaps none of ``mentions`` (sorted by
    start and not overlapping one another), by bisection: the people rules add a mention
    only where the entity annotator left the text free."""
    starts = [m.start for m in mentions]

    def free(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and mentions[index].end > start:
            return False
        return index + 1 >= len(mentions) or mentions[index + 1].start >= end

    return free
