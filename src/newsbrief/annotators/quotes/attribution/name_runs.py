"""A body's name the entity annotator cut short: the whole run of capitalised words it is part
of where the article writes it (``U.S. Customs and Border Protection said``, read as ``Border
Protection``; ``Alta Ski Area`` as ``Alta Ski``). English only: the words joining a name's
capitalised words (``of``, ``and``) are English data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.attribution.english_words import (
    DEFINITE,
    EN,
    FUNCTION_WORDS,
    LONE_NOT_NAMES,
)

__all__ = ["whole_run"]

#: Lower-case words joining two capitalised words of one name (``Order of Police``).
_JOINERS = EN.words("quotes", "initials_skipped") - DEFINITE

#: Joiners a name writes in lower case, capitalised only in a headline (``And``, ``Of``);
#: not a particle (``De Beers``, ``Des Moines``).
_HEADLINE_JOINERS = _JOINERS & FUNCTION_WORDS

#: A capitalised word of a name (``U.S.``, ``Ogun-Osun``, ``Te``), or a joiner, ending a text.
_WORD_BEFORE = re.compile(
    r"(?<![\w’'.\-&])((?:[A-Z]\.){2,4}|[A-Z][\w’'\-]*(?<![’']s)|[a-z&]+)[ \u00a0]$"
)
#: A capitalised word of letters, or a joiner, right after a space.
_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)?|[a-z]+|&)(?![\w’'.\-])")

#: Initials ending a text (``U.S.``): their dot ends no sentence.
_INITIALS_ENDING = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}$")

#: A word holding a digit right after a run (``Flight 447``, ``Airbus A380``).
_NUMBER_AFTER = re.compile(r"[ \u00a0][^\W\d]*\d")

#: A space between a name's words.
_SPACE = re.compile(r"[ \u00a0]+")

#: At most this many words are added on either side.
_REACH = 6


def whole_run(
    text: str, start: int, end: int, common: Callable[[str], bool]
) -> tuple[int, int] | None:
    """Where the capitalised name holding ``text[start:end]`` starts and ends, when it is
    longer: capitalised words (initials among them) and the words joining them, on both
    sides, on one line; never a title, a courtesy or a month, the article before it, a joiner
    opening or closing it, nor a word opening a sentence that is ``common`` (written in lower
    case too: ``Shares of Acme fell``) or no name (``Meanwhile``). ``None`` when the run is
    the span itself."""
    low = start
    for _ in range(_REACH):
        if _sentence_opening(text, low):
            break
        word = _WORD_BEFORE.search(text, max(0, low - 40), low)
        if word is None or not _in_name(word.group(1)):
            break
        if low < start and text[low].islower() and _sentence_opening(text, word.start(1)):
            break  # ``Shares of Acme``: a sentence's first word before a joiner, no name's
        low = word.start(1)
    while low < start and not text[low].isupper():
        space = _SPACE.search(text, low, start)  # never open with a joiner
        low = space.end() if space is not None else start
    if low < start and _sentence_opening(text, low):
        first = text[low:start].split()[0]
        if first in LONE_NOT_NAMES or common(first):
            low = start  # ``Meanwhile Acme said``, ``Shares of Acme fell``: left as found
    high = after = end
    for _ in range(_REACH):
        word = _WORD_AFTER.match(text, after)
        if word is None or not _in_name(word.group(1)):
            break
        after = word.end()
        if word.group(1)[:1].isupper():
            high = after  # a run ends with a capitalised word
    if high > end and _NUMBER_AFTER.match(text, high):
        high = end  # ``Air France Flight 447``: a thing the body owns, named with a number
    if low == start and high == end:
        return None
    return low, high


def _in_name(word: str) -> bool:
    """Whether ``word`` may be one of a body's name: capitalised and no title, courtesy or
    month, or a joiner."""
    if word[:1].islower() or word == "&":
        return word in _JOINERS
    if word.lower() in _HEADLINE_JOINERS:
        return False  # ``Democrats And Republicans Clash``: a headline's case, no name's
    if "-" in word and word.rsplit("-", 1)[1][:1].islower():
        return False  # ``Boston-based``, ``Kremlin-backed``: an adjective before the name
    bare = word.rstrip(".")
    return not (
        word in gz.ROLE_WORDS
        or bare in gz.ROLE_WORDS
        or word in gz.HONORIFICS
        or bare in gz.CALENDAR
        or word in DEFINITE_CAPITALISED
    )


#: ``The``: the article before a name, no part of it.
DEFINITE_CAPITALISED = frozenset(w.capitalize() for w in DEFINITE)


def _sentence_opening(text: str, at: int) -> bool:
    """Whether ``at`` opens a line or a sentence."""
    before = text[max(0, at - 6) : at].rstrip(" \u00a0")
    if before.endswith(".") and _INITIALS_ENDING.search(before):
        return False  # ``U.S. Customs``: initials, no sentence's end
    if before.endswith((" -", "\n-")):
        return True  # a dateline's dash (``(Reuters) - Shares of``)
    return not before or before[-1] in ".!?:—–\n\"“”’'"
