"""A body's acronym defined in brackets after its name (``die Vereinigung der kommunalen
Arbeitgeberverbände (VKA)``, ``der Deutsche Fußball-Bund (DFB)``, ``la Fédération nationale des
brasseurs de cidre (FNBC)``): the name it stands for, read from the words before the bracket.
Languages that join nouns into compounds spell acronyms from letters inside words
(``Gewerkschafts-B-und``), and French or Spanish names give letters from lower-case words and
none from small ones, so the initials of the capitalised words alone do not tell them; the
bracket right after the name does."""

from __future__ import annotations

import functools
import re

__all__ = ["spelled_out"]

#: At most this many words before the bracket are read as the name.
_NAME_WORDS = 7

#: A word of the name (hyphens and dots inside it), or anything else (which ends the name).
_TOKEN = re.compile(r"[^\W\d_][\w.’'\-]*|\S")


def spelled_out(
    text: str, bracket: int, acronym: str, articles: frozenset[str], inside: bool = True
) -> str | None:
    """The longest run of words ending right before ``text[bracket]`` (an opening bracket)
    that ``acronym`` spells: it opens with a capitalised word that is no article, every
    capitalised word gives the acronym its next letter, and, when ``inside`` (a language that
    joins nouns into compounds), each word's other letters may give the letters after it, in
    order (``Münchner Verkehrsgesellschaft`` for ``MVG``); otherwise only initials count, each
    part of a hyphened word giving its own (``sapeurs-pompiers``), so that a place before a
    party's acronym does not spell it from its inner letters (``la maire de Paris (PS)``). An
    article elided onto its first word is left off (``L'Office des ponts et chaussées`` for
    ``AMF``: ``articles`` lists ``l'``); ``None`` when no run spells it."""
    head = text[max(0, bracket - 120) : bracket]
    tokens = _TOKEN.findall(head)
    words: list[str] = []
    for token in reversed(tokens):
        if not token[:1].isalpha() or len(words) == _NAME_WORDS:
            break
        words.insert(0, token)
    letters = acronym.lower()
    for first in range(len(words)):
        run = words[first:]
        run[0] = _without_elided_article(run[0], articles)
        if not run[0][:1].isupper() or run[0].lower() in articles:
            continue
        parts = run if inside else [p for w in run for p in w.split("-") if p]
        capitals = tuple(w[:1].isupper() for w in parts)
        if _spells(tuple(w.lower() for w in parts), capitals, letters, inside):
            return " ".join(run)
    return None


def _without_elided_article(word: str, articles: frozenset[str]) -> str:
    """``word`` without an article elided onto it (``L'Autorité``: ``Autorité``), when
    ``articles`` lists it with its apostrophe; ``word`` itself otherwise."""
    for apostrophe in "'’":
        head, mark, rest = word.partition(apostrophe)
        if mark and rest and f"{head}'".lower() in articles:
            return rest
    return word


@functools.cache
def _spells(words: tuple[str, ...], capitals: tuple[bool, ...], letters: str, inside: bool) -> bool:
    """Whether ``words`` spell ``letters``: each capitalised word its initial and, when
    ``inside``, maybe letters inside it after that, each other word nothing or the same."""
    if not words:
        return not letters
    word, rest, capital = words[0], words[1:], capitals[0]
    if not capital and _spells(rest, capitals[1:], letters, inside):
        return True
    if not letters or word[0] != letters[0]:
        return False
    # The initial, then as many more letters as this word holds in order.
    taken, at = 1, 1
    if _spells(rest, capitals[1:], letters[taken:], inside):
        return True
    while inside and taken < len(letters):
        at = word.find(letters[taken], at)
        if at < 0:
            return False
        taken, at = taken + 1, at + 1
        if _spells(rest, capitals[1:], letters[taken:], inside):
            return True
    return False
