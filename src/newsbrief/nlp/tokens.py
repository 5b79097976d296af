"""Word tokens with offsets, and the normalised terms summarizers and story grouping compare.

A regular-expression tokenizer: it needs no data, works for any alphabetic script, and is fast.
"""

from __future__ import annotations

import re

from newsbrief.nlp.languages import resources

# Letters/digits, keeping inner apostrophes and hyphens (``don't``, ``air-defence``, ``F-16``).
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
#: The pattern :func:`words` matches, for tokenizers that must agree with it
#: (:mod:`newsbrief.nlp.token_arrays`).
WORD_PATTERN: re.Pattern[str] = _WORD


def words(text: str) -> list[str]:
    """The words of ``text`` as written."""
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` has (what word budgets count)."""
    return sum(1 for _ in _WORD.finditer(text))


def terms(text: str, language: str | None = None, *, keep_stopwords: bool = False) -> list[str]:
    """Lower-cased, stemmed content words of ``text`` for ``language``.

    Stop words and tokens without a letter are dropped unless ``keep_stopwords``.
    """
    res = resources(language)
    out = []
    for word in _WORD.findall(text.lower()):
        word = word.replace("’", "'")
        if not keep_stopwords and (word in res.stopwords or not any(c.isalpha() for c in word)):
            continue
        out.append(res.stem(word))
    return out
