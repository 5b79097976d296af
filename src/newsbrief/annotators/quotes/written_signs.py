"""Quotation marks after a sign that carries the words (issue #16): the text of a sign, a
banner, a T-shirt or a ballot, not words someone said.

``a sign on the pass that said "..."``, ``A banner with "..." was hung``, ``T-shirts that
read "..."``, ``The question on the ballot read: "..."``: a noun of an object bearing words
(``[quotes] sign_nouns``), at most four words of its phrase, perhaps ``that``/``which``
(``sign_relatives``), then a verb or preposition of bearing (``sign_verbs``) right before the
marks. A caption, a note or an invitation is someone's writing, quoted as theirs: no such
noun. A language whose data lists no such nouns has no such test.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation its sign is read (code points).
_REACH = 60


@functools.cache
def _sign_before(code: str) -> re.Pattern[str] | None:
    """The pattern of a sign's phrase ending the text before a quotation, or ``None``."""
    words = language(normalize(code)).words
    nouns = {w.lower() for w in words("quotes", "sign_nouns")}
    verbs = {w.lower() for w in words("quotes", "sign_verbs")}
    if not nouns or not verbs:
        return None
    relatives = {w.lower() for w in words("quotes", "sign_relatives")}
    relative = rf"(?P<relative>{plain_alternation(relatives)}[ \u00a0]+)?" if relatives else ""
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(nouns)}(?P<between>(?:[ \u00a0]+[\w’'\-]+){{0,4}}?)"
        rf"[ \u00a0]+{relative}{plain_alternation(verbs)}[ \u00a0]*[:,]?[ \u00a0]*[‘“\"']?$",
        re.IGNORECASE,
    )


@functools.cache
def _ascii_nouns(code: str) -> tuple[str, ...] | None:
    """The sign nouns of :func:`_sign_before`, lower-cased, when all are ASCII (English's
    are), none holding another (``t-shirt`` holds ``shirt``); ``None`` otherwise."""
    nouns = {w.lower() for w in language(normalize(code)).words("quotes", "sign_nouns")}
    if not nouns or not all(n.isascii() for n in nouns):
        return None
    return tuple(sorted(n for n in nouns if not any(o != n and o in n for o in nouns)))


def on_a_sign(text: str, span: QuoteSpan, code: str) -> bool:
    """Whether the quotation ``span`` of ``text`` is the text a sign carries (see the
    module)."""
    pattern = _sign_before(code)
    if pattern is None:
        return False
    start = max(0, span.open - _REACH)
    nouns = _ascii_nouns(code)
    if nouns is not None:
        # The pattern is searched only where the lower-cased text before the quotation spells
        # a noun (most spell none). The engine matches ASCII letters case-insensitively as
        # lower-casing reads them, save ``ı`` and ``ſ`` (it takes them for ``i`` and ``s``):
        # a stretch holding either, or whose lower case changes its length (``İ``), is
        # searched.
        before = text[start : span.open]
        lower = before.lower()
        if (
            len(lower) == len(before)
            and "ı" not in before
            and "ſ" not in before
            and not any(noun in lower for noun in nouns)
        ):
            return False
    match = pattern.search(text, start, span.open)
    return match is not None and not _verb_of_the_sentence(match, code)


def _verb_of_the_sentence(match: re.Match[str], code: str) -> bool:
    """Whether the verb of a sign's phrase ``match`` follows a conjunction of clauses (``[quotes]
    clause_conjunctions``) with no sign noun and no relative after it: the sentence's subject
    says the words (``unveiled the new signs and said "..."``, ``a inauguré les panneaux et a
    dit « ... »``), no sign carries them."""
    if match.groupdict().get("relative"):
        return False
    lang = language(normalize(code))
    words = match.group("between").lower().split()
    conjunctions = lang.words("quotes", "clause_conjunctions")
    joined = [i for i, word in enumerate(words) if word in conjunctions]
    if not joined:
        return False
    nouns = {w.lower() for w in lang.words("quotes", "sign_nouns")}
    return not any(word in nouns for word in words[joined[-1] + 1 :])


on_reload(_sign_before.cache_clear)
on_reload(_ascii_nouns.cache_clear)
