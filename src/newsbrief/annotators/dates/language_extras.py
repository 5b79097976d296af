"""A language's additions to the English date shapes (:func:`extras_for`), from the language home.

The shapes are the same in every language; what differs is data: prepositions a language keeps
in a span as English keeps ``on`` (``[calendar] prepositions``: English's ``on in during`` are
kept in every language), the words linking day, month and year (``[calendar] date_links``:
Spanish ``5 de mayo de 2022``), a day number's suffixes (``[calendar] ordinal_suffixes``:
German ``24. Februar``, French ``1er``; English's ``st nd rd th`` in every language) and whole
relative phrases (``[calendar.relative_units]``: ``la semaine dernière`` -> last week,
``минулого тижня``, ``на прошлой неделе``).

Apart from the shapes because three parts read it: the calendar shapes build their patterns
from it, the rule table their triggers, and a reader looks the relative phrases up in it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from newsbrief.annotators.dates.patterns import GAP, alternation
from newsbrief.languages import on_reload

# The language whose prepositions and day suffixes every language keeps, its shapes being
# English's.
_BASE = "en"


@attrs.frozen
class Extras:
    """A language's additions to the English shapes (see the module docstring)."""

    #: Optional preposition kept in the span (group ``prep``).
    prep: str
    #: A day number with its suffix (group ``day``).
    day: str
    #: Words between day and month (``of``, ``de``).
    link: str
    #: An optional word before the year (Spanish ``de``), with its space.
    year_link: str
    #: Lower-case relative phrase -> ``(rel, unit)`` (``vorige woche`` -> last, week).
    relative: Mapping[str, tuple[str, str]]
    #: The suffixes a day number may take (the alternation inside :attr:`day`).
    suffixes: str


@functools.cache
def extras_for(code: str) -> Extras:
    """The additions of the language ``code`` (English's words alone for English: its shapes
    are the base)."""
    from newsbrief.languages import language

    base = language(_BASE)
    base_preps = sorted(base.words("calendar", "prepositions"), key=lambda w: (-len(w), w))
    if code == _BASE:
        # Only a preposition's first letter either case: ``On``, not ``ON``.
        either = "|".join(rf"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in base_preps)
        suffixes = alternation(base.ordinal_suffixes)
        day = rf"(?P<day>[0-3]?\d)(?:{suffixes})?(?![\d:])"
        return Extras(rf"(?:(?P<prep>{either}){GAP})?", day, "of", "", {}, suffixes)
    lang = language(code)
    preps = lang.words("calendar", "prepositions")
    links = lang.words("calendar", "date_links")
    prep = rf"(?:(?P<prep>(?i:{alternation({*base_preps, *preps})})){GAP})?"
    suffixes = alternation(lang.ordinal_suffixes | base.ordinal_suffixes)
    day = rf"(?P<day>[0-3]?\d)(?:{suffixes})?(?![\d:])"
    relative: dict[str, tuple[str, str]] = {}
    for phrase, meaning in lang.table("calendar", "relative_units").items():
        rel, _, unit = str(meaning).partition(" ")
        relative[" ".join(str(phrase).lower().split())] = (rel, unit)
    return Extras(
        prep=prep,
        day=day,
        link=alternation({"of", *links}),
        year_link=rf"(?:(?:{alternation(links)}){GAP})?" if links else "",
        relative=relative,
        suffixes=suffixes,
    )


# A language data file reloaded is read again, and what was built from it made again.
on_reload(extras_for.cache_clear)
