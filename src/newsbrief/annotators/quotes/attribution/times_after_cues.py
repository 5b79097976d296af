"""When something was said, written between an inverted cue and its subject (``», a indiqué
dimanche après-midi le parquet de Lyon``, ``», afirmó ayer la Fiscalía``, ``», dijo este
martes el ministro``): a weekday, a relative day (``hier``, ``ayer``), a part of the day
(``[quotes] time_words``), a determiner before a weekday (``[quotes] time_determiners``). The
subject follows them."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsbrief.languages import language, on_reload

__all__ = ["time_words"]


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language's time words read alone, its weekdays, and its determiners read before a
    weekday."""
    lang = language(code)
    days = {day.lower() for day in lang.weekdays}
    alone = days | {day.lower() for day in lang.relative_days if " " not in day}
    alone |= lang.words("quotes", "time_words")
    return frozenset(alone), frozenset(days), lang.words("quotes", "time_determiners")


on_reload(_words.cache_clear)


def time_words(words: Sequence[tuple[str, int, int]], code: str) -> int:
    """How many of ``words`` (a phrase after a cue, its first first) say when, not who."""
    alone, days, determiners = _words(code)
    at = 0
    while at < len(words):
        word = words[at][0].lower()
        if word in alone:
            at += 1
        elif word in determiners and at + 1 < len(words) and words[at + 1][0].lower() in days:
            at += 2
        else:
            break
    return at
