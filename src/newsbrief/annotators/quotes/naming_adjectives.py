"""A participle of naming used as an adjective before quotation marks (``el llamado «cargo de
ajuste»``, ``la denominada «ley escoba»``, ``del autodenominado «Plan Aurora»``): the words are
a name in use, in any case, not speech. Read only after a determiner (``[quotes]
naming_determiners``), so ``Ruiz, llamado a declarar, «...»`` and the noun ``un llamado «a la
calma»`` (an appeal: its quoted words open with a word of ``object_markers``) stay speech."""

from __future__ import annotations

import re

from newsbrief.annotators.quotes.language_words import quote_words

__all__ = ["named_so"]

#: The two words ending the text before a quotation (spaces and its opening mark after them).
_TWO_WORDS = re.compile(r"([^\W\d_]+)[ \u00a0]+([^\W\d_]+)[ \u00a0]*[«“\"‘']*$")


def named_so(before: str, first_word: str, code: str) -> bool:
    """Whether ``before`` (the text right before a quotation opening with ``first_word``) ends
    with a determiner and a naming adjective of language ``code`` (see the module)."""
    adjectives = quote_words(code, "naming_adjectives")
    if not adjectives or first_word.lower() in quote_words(code, "object_markers"):
        return False
    match = _TWO_WORDS.search(before[-60:])
    return (
        match is not None
        and match.group(2).lower() in adjectives
        and match.group(1).lower() in quote_words(code, "naming_determiners")
    )
