"""A language's quotation marks by what they do, read from its ``[quotes] pairs``: the summary
(an unbalanced quotation is half a thought) and the sections (a sentence that reads alone) count
them the same way."""

from __future__ import annotations

import functools
from typing import NamedTuple

from newsbrief.languages import language, on_reload
from newsbrief.nlp.languages import normalize_language

#: Quotation marks that may be apostrophes: a count of them tells no unbalanced quotation.
_APOSTROPHES = frozenset("'’‘‚")


class QuoteMarks(NamedTuple):
    """A language's quotation marks by what they do (its ``[quotes] pairs``, apostrophes
    aside): marks that only open, only close, open one pair and close another (Russian ``“``,
    which closes ``„`` and opens ``“ ”``), and open and close alike (``"``). The defaults are a
    language's without pairs of its own."""

    opening: str = "“«„"
    closing: str = "”»"
    either: str = ""
    same: str = '"'

    def unbalanced(self, text: str) -> bool:
        """Whether a quotation opens or closes in ``text`` without the other end: a mark that
        opens and closes alike is there an odd number of times, or the marks that open and
        those that close differ in number by more than the marks that may do either make up."""
        count = text.count
        if any(count(mark) % 2 for mark in self.same):
            return True
        difference = abs(sum(map(count, self.opening)) - sum(map(count, self.closing)))
        spare = sum(map(count, self.either)) - difference
        return spare < 0 or spare % 2 == 1


@functools.cache
def quote_marks(code: str | None) -> QuoteMarks:
    """The :class:`QuoteMarks` of language ``code`` (English's where none is known; cached)."""
    pairs = [p for p in language(normalize_language(code)).quote_pairs if not _APOSTROPHES & set(p)]
    if not pairs:
        return QuoteMarks()
    opens = {o for o, c in pairs if o != c}
    closes = {c for o, c in pairs if o != c}
    # (``"`` in every language: web text writes it whatever its own marks are.)
    same = ({o for o, c in pairs if o == c} | {'"'}) - opens - closes
    return QuoteMarks(
        opening="".join(sorted(opens - closes)),
        closing="".join(sorted(closes - opens)),
        either="".join(sorted(opens & closes)),
        same="".join(sorted(same)),
    )


on_reload(quote_marks.cache_clear)
