"""Word lists as fast regular expressions: an alternation written as a trie.

Python's ``re`` tries the alternatives of ``(?:said|says|stated|...)`` one by one at every
position of the text; the cue and role-noun lists hold a hundred words or more, so scanning an
article with them was most of the quote annotator's time. The same words as a trie
(``s(?:a(?:id|ys)|tated)``) share their prefixes, and a look-ahead on the words' first
characters lets the engine skip a position at once. The match is the same: at a position, the
longest listed word that the rest of the pattern accepts (as the alternation sorted longest
first, the order the callers used).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A trie node: the next character (or :data:`_SEPARATOR`) -> its node; ``_END`` marks a word.
_Node = dict[str, "_Node"]
_END = ""
#: Stands for the space between the words of a phrase while the trie is built.
_SEPARATOR = "\x00"


def word_alternation(
    words: Iterable[str], *, separator: str | None = None, ignore_case: bool = False
) -> str:
    """A non-capturing group matching any of ``words``, prefixed by a look-ahead on their first
    characters (``(?=[as])(?:a(?:dded|sked)|said)``).

    ``separator`` is written between the words of a phrase (``[ \\t]+``); by default a space is a
    literal space. With ``ignore_case`` the pattern is meant for :data:`re.IGNORECASE`: the words
    are lower-cased, so that no two branches of the trie differ only in case (two such branches
    would each match, and the first tried, not the longest, would win).
    """
    listed = sorted({w.lower() if ignore_case else w for w in words if w})
    if not listed:
        return "(?!)"
    trie: _Node = {}
    for word in listed:
        node = trie
        pieces = word.split() if separator is not None else list(word)
        for index, piece in enumerate(pieces):
            if separator is not None:
                if index:
                    node = node.setdefault(_SEPARATOR, {})
                for character in piece:
                    node = node.setdefault(character, {})
            else:
                node = node.setdefault(piece, {})
        node[_END] = {}
    first = "".join(sorted({w[0] for w in listed}))
    if ignore_case:
        first += "".join(sorted({c.upper() for c in first} - set(first)))
    return f"(?=[{_escape_set(first)}])(?:{_emit(trie, separator or ' ')})"


def _emit(node: _Node, separator: str) -> str:
    branches = [
        (separator if key == _SEPARATOR else re.escape(key)) + _emit(child, separator)
        for key, child in sorted(node.items())
        if key != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if _END in node:  # a word ends here: a longer one is tried first (a greedy ``?``)
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body


def _escape_set(characters: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in characters)


def plain_alternation(words: Iterable[str], *, case: str = "as-is", reverse: bool = False) -> str:
    """A non-capturing group of ``words`` (from a language's data file), longest first, each
    escaped: for the short lists of the attribution patterns, where a trie gains nothing.

    ``case="either"`` lets a word's first letter be upper or lower case (``[Tt]wo``);
    ``case="title"`` writes it capitalised (``The``). With ``reverse`` every word is written
    backwards, for the patterns matched on reversed text (``said`` -> ``dias``).
    """
    listed = sorted({w[::-1] if reverse else w for w in words if w}, key=lambda w: (-len(w), w))
    if not listed:
        return "(?!)"
    branches = []
    for word in listed:
        if case == "title" and not reverse:
            branches.append(re.escape(word[:1].upper() + word[1:]))
        elif case == "either" and not reverse and word[:1].isalpha():
            first = word[:1]
            branches.append(f"[{first.upper()}{first.lower()}]" + re.escape(word[1:]))
        else:
            branches.append(re.escape(word))
    return "(?:" + "|".join(branches) + ")"
