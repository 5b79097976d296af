"""When something was said, written between an inverted cue and its subject (``», a indiqué
dimanche après-midi le parquet de Lyon``, ``», afirmó ayer la Fiscalía``, ``», dijo este
martes el ministro``): a weekday, a relative day (``hier``, ``ayer``), a part of the day
(``[quotes] time_words``), each perhaps after determiners and prepositions (``[quotes]
time_determiners``: ``ce matin``, ``por la tarde``). The subject follows them."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsbrief.languages import language, on_reload

__all__ = ["time_words"]


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's time words, and the determiners and prepositions read before one."""
    lang = language(code)
    times = {day.lower() for day in lang.weekdays}
    times |= {day.lower() for day in lang.relative_days if " " not in day}
    times |= lang.words("quotes", "time_words")
    return frozenset(times), lang.words("quotes", "time_determiners")


on_reload(_words.cache_clear)


def time_words(words: Sequence[tuple[str, int, int]], code: str) -> int:
    """How many of ``words`` (a phrase after a cue, its first first) say when, not who."""
    times, determiners = _words(code)
    at = 0
    while at < len(words):
        # Determiners count only before a time word (``la tarde``, not ``la Fiscalía``).
        lead = at
        while lead < len(words) and words[lead][0].lower() in determiners:
            lead += 1
        if lead == len(words) or words[lead][0].lower() not in times:
            break
        at = lead + 1
    return at
