"""Phrases set between a verb of speech and its subject, or between an auxiliary and its
participle, that say nothing of who speaks (French ``de son côté``, ``pour sa part``: ``», a pour
sa part estimé le maire``, ``», assure de son côté le bourgmestre``, ``La CGT, de son côté, a
dénoncé``). They are blanked out of the text the attribution searches, so that its rules read
the verb next to its subject; the offsets stay, and the quotations keep their words.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.entities.foreign_forms import opens_sentence
from newsbrief.annotators.quotes.alternation import word_alternation
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import normalize, on_reload

__all__ = ["without_asides"]


@functools.cache
def _aside(code: str) -> re.Pattern[str] | None:
    """A phrase of ``[quotes] aside_phrases`` of language ``code`` as a whole word, with the
    commas that set it off when it has one on each side (``, de son côté,``); ``None`` for a
    language without the list."""
    phrases = quote_words(code, "aside_phrases")
    if not phrases:
        return None
    phrase = word_alternation(phrases, separator=r"[ \u00a0]+", ignore_case=True)
    word = rf"(?<![\w'’-]){phrase}(?![\w'’-])"
    return re.compile(rf",[ \u00a0]*{word}[ \u00a0]*,(?=[ \u00a0])|{word}", re.IGNORECASE)


on_reload(_aside.cache_clear)


def without_asides(masked: str, code: str | None) -> str:
    """``masked`` (a text, its quotations masked) with each aside phrase of language ``code``
    and the commas setting it off made spaces; ``masked`` itself when there is none. A phrase
    opening a sentence stays (``Sur place, le maire s'est rendu``: blanked, the sentence would
    open with its comma, and its subject would not be read)."""
    if code is None:
        return masked
    pattern = _aside(normalize(code))
    if pattern is None:
        return masked

    def blank(match: re.Match[str]) -> str:
        if opens_sentence(masked, match.start()):
            return match.group(0)
        return " " * len(match.group(0))

    return pattern.sub(blank, masked)
