"""A participle of naming used as an adjective before quotation marks (``el llamado «cargo de
ajuste»``, ``la denominada «ley escoba»``, ``del autodenominado «Plan Aurora»``): the words are
a name in use, in any case, not speech. So are the words after a noun of a word or a name
(``[quotes] naming_nouns``: ``le mot « sacrifice »``, ``unter dem Motto „...“``) unless they
close a sentence inside the marks (``ce mot « Je reste. »``) or follow a demonstrative (``a eu
cette formule « nous ne lâcherons rien »``: a remark made). Read only after a determiner
(``[quotes] naming_determiners``), so ``Ruiz, llamado a declarar, «...»`` and the noun ``un
llamado «a la calma»`` (an appeal: its quoted words open with a word of ``object_markers``)
stay speech."""

from __future__ import annotations

import re

from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language, normalize

__all__ = ["named_so"]

#: Closing marks and spaces, stripped to read the stop inside a quotation's marks.
_CLOSING = "\"'’”»«“„‚‹› \u00a0"
#: The two words ending the text before a quotation (spaces and its opening mark after them),
#: the first perhaps an article elided onto the second (``l'expression « ... »``).
_TWO_WORDS = re.compile(r"([^\W\d_]+)(?:[ \u00a0]+|(['’]))([^\W\d_]+)[ \u00a0]*[«“„\"‘']*$")


def named_so(before: str, first_word: str, code: str, quoted: str = "") -> bool:
    """Whether ``before`` (the text right before a quotation ``quoted`` opening with
    ``first_word``) ends with a determiner and a naming adjective or a naming noun of language
    ``code`` (see the module)."""
    adjectives = quote_words(code, "naming_adjectives")
    # A name given (``[quotes] colon_naming_nouns``: ``le surnom « ... »``) is one too.
    nouns = quote_words(code, "naming_nouns") | quote_words(code, "colon_naming_nouns")
    if not (adjectives or nouns) or first_word.lower() in quote_words(code, "object_markers"):
        return False
    match = _TWO_WORDS.search(before[-60:])
    if match is None:
        return False
    determiner = match.group(1).lower()
    if match.group(2) is None:
        if determiner not in quote_words(code, "naming_determiners"):
            return False
    elif determiner + "'" not in quote_words(code, "elided_articles"):
        return False  # ``l'expression``: the article elided onto the noun
    word = match.group(3).lower()
    return word in adjectives or (
        word in nouns
        and not quoted.rstrip(_CLOSING).endswith((".", "!", "?"))
        # ``a eu cette formule « nous ne lâcherons rien »``: a demonstrative points back to a
        # remark someone made, whose words these are.
        and determiner not in _demonstratives(code)
    )


def _demonstratives(code: str) -> frozenset[str]:
    """The demonstratives of language ``code`` (``[quotes] demonstratives``, a table of their
    genders: ``ce``, ``cette``, ``esta``), lower case."""
    return frozenset(
        str(word).lower() for word in language(normalize(code)).table("quotes", "demonstratives")
    )
