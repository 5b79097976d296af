"""How often a word or phrase is written as a whole in a document, from one index.

Scanning the whole text once per distinct name made an article of many names quadratic; the
index is built in one pass and each question costs the occurrences of the phrase's rarest word.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


class WordIndex:
    """The positions of every run of word characters (``\\w+``) in ``text``."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._places: dict[str, list[int]] = {}
        for match in _WORD.finditer(text):
            self._places.setdefault(match.group(), []).append(match.start())

    def count(self, phrase: str) -> int:
        """How often ``phrase`` is written with no word character just before or after it
        (``(?<!\\w)phrase(?!\\w)``, matches not overlapping): ``Lee`` counts in ``Lee's`` but
        not in ``Leeds``."""
        runs = list(_WORD.finditer(phrase))
        if not runs:
            return 0
        # Every run of the phrase is a whole run wherever the phrase is written as a whole,
        # so the rarest one's places are the only candidates.
        rarest = min(runs, key=lambda run: len(self._places.get(run.group(), ())))
        text, offset, found, end = self._text, rarest.start(), 0, 0
        for place in self._places.get(rarest.group(), ()):
            start = place - offset
            if start < end or not text.startswith(phrase, start):
                continue
            after = start + len(phrase)
            if (start and _is_word(text[start - 1])) or (
                after < len(text) and _is_word(text[after])
            ):
                continue
            found, end = found + 1, after
        return found


def _is_word(char: str) -> bool:
    return _WORD.match(char) is not None
