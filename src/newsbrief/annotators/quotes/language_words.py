"""The ``[quotes]`` word lists of the language home, as the quote rules read them.

One loader for every quote module: it imports nothing of the quotes package, so any of them
(``speech``, ``noun_modifiers``, ``naming_clauses``...) can import it without a cycle.
"""

from __future__ import annotations

import functools

from newsbrief.languages import language, normalize, on_reload


@functools.cache
def quote_words(code: str, key: str) -> frozenset[str]:
    """A ``[quotes]`` word list of a language, lower case: ``copulas`` (linking verbs before
    a quoted judgement), ``determiners`` (words opening a noun phrase)... (remembered: the rules
    read several for every quotation)."""
    return language(normalize(code)).words("quotes", key)


@functools.cache
def sorted_quote_words(code: str, key: str) -> tuple[str, ...]:
    """:func:`quote_words` in sorted order, for patterns built the same way every run."""
    return tuple(sorted(quote_words(code, key)))


# (A language data file reloaded is read again.)
on_reload(quote_words.cache_clear)
on_reload(sorted_quote_words.cache_clear)
