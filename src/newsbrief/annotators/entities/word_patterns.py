"""Regular-expression alternations built from a language's word lists, and classes of cased
letters in any script.

Shared by the English evidence pass (:mod:`~newsbrief.annotators.entities.evidence`) and the
sports tables it reads (:mod:`~newsbrief.annotators.entities.sports_tables`), so that both
build their patterns from ``en.toml``'s words the same way; the cased letters by the patterns
of results written in a sentence (:mod:`~newsbrief.annotators.entities.foreign_pages`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache


def alternatives(words: frozenset[str], capital: bool = False) -> str:
    """A pattern matching any of ``words`` (in a fixed order), each also with a capital first
    letter when ``capital``."""
    return (
        "(?:"
        + "|".join(
            f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if capital else re.escape(w)
            for w in sorted(words)
        )
        + ")"
    )


#: The planes that hold letters with a case (Latin, Greek, Cyrillic, Armenian, Georgian,
#: Cherokee in the first; Deseret, Osage, Adlam, the mathematical letters in the second).
_CASED_PLANES = range(0x20000)


@cache
def cased_letters() -> tuple[str, str]:
    """The bodies of two character classes: every upper-case letter (Unicode ``Lu``, and
    ``Lt``: ``ǅ``) and every lower-case one (``Ll``), in any script (``Ä``, ``Ł``, ``Ж``,
    ``Ω``), read from ``unicodedata`` at first use (a few hundredths of a second)."""
    category = unicodedata.category
    upper: list[int] = []
    lower: list[int] = []
    for point in _CASED_PLANES:
        kind = category(chr(point))
        if kind in ("Lu", "Lt"):
            upper.append(point)
        elif kind == "Ll":
            lower.append(point)
    return _class_body(upper), _class_body(lower)


def _class_body(points: list[int]) -> str:
    """A character class's body matching exactly ``points`` (sorted), as ranges."""
    out: list[str] = []
    first = last = -2
    for point in [*points, -1]:
        if point == last + 1:
            last = point
            continue
        if first >= 0:
            out.append(f"\\U{first:08x}" + (f"-\\U{last:08x}" if last != first else ""))
        first = last = point
    return "".join(out)
