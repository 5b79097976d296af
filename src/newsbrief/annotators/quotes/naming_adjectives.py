"""A participle of naming used as an adjective before quotation marks (``el llamado «cargo de
ajuste»``, ``la denominada «ley escoba»``, ``del autodenominado «Plan Aurora»``): the words are
a name in use, in any case, not speech. Read only after a determiner (``[quotes]
naming_determiners``), so ``Ruiz, llamado a declarar, «...»`` and the noun ``un llamado «a la
calma»`` (an appeal: its quoted words open with a word of ``object_markers``) stay speech."""

from __future__ import annotations

import functools
import re

from newsbrief.languages import language, on_reload

__all__ = ["named_so"]

#: The two words ending the text before a quotation (spaces and its opening mark after them).
_TWO_WORDS = re.compile(r"([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]*[«“\"‘']*$")


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lang = language(code)
    return (
        frozenset(w.lower() for w in lang.words("quotes", "naming_adjectives")),
        frozenset(w.lower() for w in lang.words("quotes", "naming_determiners")),
        frozenset(w.lower() for w in lang.words("quotes", "object_markers")),
    )


on_reload(_words.cache_clear)


def named_so(before: str, first_word: str, code: str) -> bool:
    """Whether ``before`` (the text right before a quotation opening with ``first_word``) ends
    with a determiner and a naming adjective of language ``code`` (see the module)."""
    adjectives, determiners, markers = _words(code)
    if not adjectives or first_word.lower() in markers:
        return False
    match = _TWO_WORDS.search(before[-60:])
    return (
        match is not None
        and match.group(2).lower() in adjectives
        and match.group(1).lower() in determiners
    )
