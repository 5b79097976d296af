"""A short quotation set inside a heading that reports no one (issue #16): a term, a name or
a category the heading is about, not words said.

Headings and the links to other articles (``Read more``, ``Also read``) set off terms in the
middle of their noun phrases: ``Minister unveils $1.2b 'cost of living' package``, ``State opens
inquiry into AI 'companion' app``, ``Tenant sues landlord over 'unlawful' eviction``: the quotation
stands before the noun it qualifies. Such a heading has no cue verb: where one stands on its line
the words are someone's (``Union warns of 'tight' supply``, ``Minister concedes costs 'well above'
forecast``), and so are words right after the heading's subject (``Iran 'suspends' talks``: the
subject's own word, quoted). A quotation after a verb and before no noun (``Senator blasts
'dangerous lies' and ...``, ``Diver felt 'inferior' over ...``) is the subject's word too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.annotators.quotes.marks import NEXT_WORD, QuoteSpan

#: The longest heading line read around a quotation (code points each way).
HEADING_REACH = 200
# A sentence's end, perhaps before closing marks, ending a line.
_LINE_STOP = re.compile(r"[.!?…][’”'\"»]*[ \t\u00a0]*$")
#: A letter or a digit, one space, ending the text before the opening mark: mid-phrase.
_WORD_BEFORE = re.compile(r"[^\W_][ \u00a0]$")
#: Stops inside the marks: a quoted sentence, someone's words.
_STOPS_INSIDE = re.compile(r"[.!?…:;]")


def heading_bounds(text: str, span: QuoteSpan) -> tuple[int, int] | None:
    """The start and end of the heading line ``span`` stands on: a line of at most
    :data:`HEADING_REACH` characters each way with no sentence end; ``None`` where it
    stands in running text."""
    low = max(0, span.open - HEADING_REACH)
    start = text.rfind("\n", low, span.open)
    end = text.find("\n", span.close, span.close + HEADING_REACH)
    if (start < 0 and low > 0) or (end < 0 and span.close + HEADING_REACH < len(text)):
        return None
    end = len(text) if end < 0 else end
    if _LINE_STOP.search(text, start + 1, end) is not None:
        return None
    return start + 1, end


def page_heading_bounds(text: str, span: QuoteSpan) -> tuple[int, int] | None:
    """The start and end of the line ``span`` stands on inside a paragraph of several lines
    when that line stands alone as a heading (:func:`heading_bounds`, and neither it nor the
    line after it opens in lower case); ``None`` for a line of text wrapped at a width, which
    goes on from the line before or into the line after (``said the plan was`` / ``"a fair
    deal" and would pass``)."""
    bounds = heading_bounds(text, span)
    if bounds is None:
        return None
    start, end = bounds
    for at in (start, end + 1):
        first = _FIRST_LETTER.match(text, at, min(len(text), at + HEADING_REACH))
        if first is not None and first.group(1).islower():
            return None
    return bounds


#: The first letter or digit of a line, past its marks (``3 décembre`` opens a date line, not
#: a sentence going on).
_FIRST_LETTER = re.compile(r"[^\w\n]*(\w)")


def heading_term(
    text: str,
    masked: str,
    span: QuoteSpan,
    words: list[str],
    cue: re.Pattern[str],
    subject_end: int | None,
    function_words: frozenset[str],
) -> bool:
    """Whether the quotation ``span`` of ``text`` (``masked``: the text with quotations
    masked) is a term set inside a heading that reports no one: at most three words, no stop
    inside its marks, a word and one space before its opening mark (mid-phrase, not the
    heading's opening), not right after the heading's subject (which ends at ``subject_end``:
    ``Iran 'suspends' talks``), a lower-case noun after its close (no word of
    ``function_words`` of the language, no cue), and no cue anywhere on its line."""
    if not words or len(words) > 3 or _STOPS_INSIDE.search(text, span.start, span.end):
        return False
    after = NEXT_WORD.match(text, span.close)
    if (
        after is None
        or not after.group(1)[:1].islower()
        or after.group(1).lower() in function_words
    ):
        return False
    if _WORD_BEFORE.search(text, max(0, span.open - 2), span.open) is None:
        return False
    if (
        subject_end is not None
        and subject_end <= span.open
        and not text[subject_end : span.open].strip(" \u00a0")
    ):
        return False
    bounds = heading_bounds(text, span)
    if bounds is None:
        return False
    start, end = bounds
    return cue.search(masked, start, end) is None


#: What separates the words of a quotation compared with another's.
_NON_WORD = re.compile(r"[\W_]+")


class EchoedTerms:
    """Whether a heading's quotation repeats words that the body sets in marks only as a term
    (``City air hits 'severe plus', curbs kick in`` over the body's ``slipped into the "severe
    plus" category``): the heading echoes the term, no one's words. Each set of words is
    judged once, whatever the number of headings repeating it."""

    def __init__(
        self,
        text: str,
        spans: list[QuoteSpan],
        in_heading: Callable[[int], bool],
        speech: Callable[[int], bool],
    ) -> None:
        self._text = text
        self._spans = spans
        self._in_heading = in_heading
        self._speech = speech
        self._by_words: dict[str, list[int]] | None = None
        self._terms: dict[str, bool] = {}

    def _words(self, index: int) -> str:
        span = self._spans[index]
        return " ".join(_NON_WORD.sub(" ", self._text[span.start : span.end].lower()).split())

    def term(self, index: int) -> bool:
        """Whether the quotation of ``index`` has its very words quoted outside the headings,
        and only as no speech there."""
        if self._by_words is None:  # every quotation by its words, read once
            self._by_words = {}
            for other in range(len(self._spans)):
                self._by_words.setdefault(self._words(other), []).append(other)
        key = self._words(index)
        known = self._terms.get(key)
        if known is None:
            body = [o for o in self._by_words.get(key, []) if not self._in_heading(o)]
            known = self._terms[key] = bool(body) and not any(self._speech(o) for o in body)
        return known


def quoted_headline_opening(
    text: str,
    span: QuoteSpan,
    words: list[str],
    work_nouns: frozenset[str] = frozenset(),
    links: frozenset[str] = frozenset(),
) -> bool:
    """Whether a quotation of two or three words opens a heading line and a colon follows its
    close (``'Not a refuge': visitors turn on river camps``, ``'Never double-park': police
    warning to parents``): a headline quoting someone's words, speech with no cue. A title
    there was read before in English (``'Game of Thrones': ...`` is in title case); in any
    language, a heading that goes on with a noun of ``work_nouns`` (the language's
    ``[quotes] work_heading_nouns``, alone or after a hyphen) names the kind of work the
    quotation is the title of (``„Das perfekte Dinner“: Neue Staffel startet``, ``«Volver a
    casa»: la película llega a los cines``): the noun heading the words after the colon (one
    of their first two), with no word of ``links`` (the language's ``role_links``) after it.
    Further on, or linked to what it is of, it is what the heading is about (``„Nicht mit
    uns“: Streit um neue Serie von Einbrüchen``)."""
    if not 2 <= len(words) <= 3 or not text.startswith(":", span.close):
        return False
    line = text.rfind("\n", 0, span.open) + 1
    bounds = heading_bounds(text, span)
    if text[line : span.open].strip() or bounds is None:
        return False
    heading = [word.lower() for word in _HEADING_WORD.findall(text, span.close, bounds[1])]
    return not any(
        _work_noun(word, work_nouns) and not set(heading[k + 1 : k + 2]) & links
        for k, word in enumerate(heading[:2])
    )


#: A word of a heading.
_HEADING_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _work_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is one of ``nouns`` or ends with one after a hyphen
    (``Netflix-Serie``; not ``Pannenserie``, a run of failures)."""
    return word in nouns or word.rpartition("-")[2] in nouns
