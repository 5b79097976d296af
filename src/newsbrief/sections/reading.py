"""Small reading checks the sections share: does a sentence stand alone, do two say the same.

A briefing lifts sentences out of their articles, so a sentence that opens by pointing back
("And during that same month, ...", "He added ...") reads badly on its own; the summary's
composition and the timeline both prefer a clean copy when one exists.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from newsbrief.languages import language, on_reload
from newsbrief.nlp.quote_marks import quote_marks
from newsbrief.nlp.segmenter import QUESTION_MARKS, TERMINATORS
from newsbrief.nlp.tokens import count_words, terms

#: Fewer words is a fragment; more reads badly in a briefing.
MIN_WORDS, MAX_WORDS = 6, 50


@functools.cache
def back_pointers(code: str | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The opening words that point back to a sentence the reader of a briefing has not seen
    (``and``, ``he``, ``meanwhile``) and a pattern for the phrases that refer to a time or
    thing named earlier (``that same month``), in language ``code``: the ``[reading]`` lists
    of its data file (``anaphoric_openings``, ``back_references``); none for a language
    without them."""
    words = language(code)
    phrases = sorted(words.words("reading", "back_references"))
    pattern = (
        re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in phrases)})\b", re.IGNORECASE)
        if phrases
        else None
    )
    return words.words("reading", "anaphoric_openings"), pattern


# Data files re-read (languages.reload()) change the lists.
on_reload(back_pointers.cache_clear)


_FIRST_WORD = re.compile(r"[\W_]*(\w+)")

#: A statement ends with a sentence mark of any script (``.`` ``।`` ``。`` ``؟`` is a question;
#: a trailing ``…`` trails off) or with the closing mark of a quotation that holds one.
_ENDINGS = frozenset(set(TERMINATORS) - set(QUESTION_MARKS) - {"…"}) | frozenset("\"'”’»“›」』")


def reads_alone(text: str, language: str | None) -> bool:
    """Whether ``text`` (in ``language``, its document's) is a whole statement a reader can take
    without its article: no opening that points back (:func:`back_pointers`: "And ...",
    "that same month"), not a fragment, not a question, its quotation marks balanced."""
    stripped = text.strip()
    openings, back_reference = back_pointers(language)
    first = _FIRST_WORD.match(stripped)
    if first is None or first.group(1).lower() in openings:
        return False
    if back_reference is not None and back_reference.search(" ".join(stripped.split()[:8])):
        return False
    if not MIN_WORDS <= count_words(stripped) <= MAX_WORDS:
        return False
    if stripped[-1:] in QUESTION_MARKS or stripped[-1:] not in _ENDINGS:
        return False
    return not quote_marks(language).unbalanced(stripped)


def content_terms(text: str, language: str | None) -> frozenset[str]:
    """The stemmed content words of ``text`` as a set (for :func:`overlap`)."""
    return frozenset(terms(text, language))


def overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Binary cosine of two term sets: 1.0 for the same content words, 0.0 for none shared."""
    if not first or not second:
        return 0.0
    return len(first & second) / math.sqrt(len(first) * len(second))


def most_similar(terms_: frozenset[str], others: Iterable[frozenset[str]]) -> float:
    """The highest :func:`overlap` of ``terms_`` with any of ``others`` (0.0 for none)."""
    return max((overlap(terms_, other) for other in others), default=0.0)
