"""A quotation set between a determiner and its noun (issue #16): ``a "communication-based
train control" component``, ``its "downstreaming" policy``, ``the "Awaab's law" protections``.

A short quotation after a determiner (``[quotes] modifier_determiners``: ``a``, ``the``, ``its``;
or a possessive, ``[quotes] possessive_endings``: ``the council's``) and before a lower-case word
that goes on the noun phrase is the modifier of that noun: the name of a thing, a scheme or a term,
not words someone says, whatever cue reports the sentence (``said the case showed why the "Awaab's
law" protections were needed``). The word after must not end the phrase: no function word
(``[quotes] function_words``: ``a "flood" of imports``), no cue, no participle opening a clause
(``[quotes] clause_participle_endings``: ``a "semi-retired engineer" working on a rig``), no word
of time (``[quotes] time_adverbs``: ``called it a "disgrace" today``). A noun phrase after a copula
or ``as`` (``[quotes] predicate_words``: ``was becoming a "table stakes" feature``, ``described it
as a "quantum leap" compared to``) is a verdict, someone's words. A judgement quoted keeps its own
shape and is left to the other tests: an adverb or a function word first or last (``a "very real"
risk``), a coordination (``a "fair and responsible" offer``), a stop or a comma at its end; so is
one right after another quotation's words (``was "99 percent" a "good guy" let down``).
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.language_words import quote_words as _words
from newsbrief.annotators.quotes.marks import NEXT_WORD, QuoteSpan
from newsbrief.languages import on_reload

#: Quotations of at most this many words may modify a noun (a longer one is a phrase quoted).
MODIFIER_WORDS = 3
#: How far before a quotation its determiner is read (code points).
_REACH = 40
#: Closing quotation marks: a quotation right after another one's words continues them.
_CLOSING = frozenset("”’\"'»›“")
#: A word of a quotation (a letter first).
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


@functools.cache
def _determiner(code: str) -> re.Pattern[str] | None:
    """A determiner (or a possessive) ending right before a quotation's opening mark, or
    ``None`` when the language's data lists none."""
    determiners = _words(code, "modifier_determiners")
    if not determiners:
        return None
    alternatives = [rf"(?<![\w’'\-])(?i:{plain_alternation(sorted(determiners))})"]
    possessives = _words(code, "possessive_endings")
    if possessives:
        alternatives.append(rf"[^\W\d_](?:{plain_alternation(sorted(possessives))})")
    return re.compile(
        rf"(?:(?<![\w’'\-])(?P<before>[^\W\d_]+)[ \u00a0]+)?(?:{'|'.join(alternatives)})"
        r"[ \u00a0]+[‘“\"'„«‹]?$"
    )


def modifies_noun(
    text: str, span: QuoteSpan, words: list[str], code: str, cue: re.Pattern[str]
) -> bool:
    """Whether the quotation ``span`` of ``text`` (whose words are ``words``) stands between a
    determiner and the noun it modifies (see the module): a name or a term, not speech. ``cue``
    is the language's pattern of attribution cues."""
    pattern = _determiner(code)
    if pattern is None or not 0 < len(words) <= MODIFIER_WORDS:
        return False
    quoted = text[span.start : span.end].rstrip()
    if quoted[-1:] in ".,;:!?":
        return False
    found = pattern.search(text, max(0, span.open - _REACH), span.open)
    if found is None:
        return False
    if text[max(0, found.start() - 2) : found.start()].rstrip(" \u00a0")[-1:] in _CLOSING:
        return False  # ``was "99 percent" a "good guy" let down``: fragments of one speech
    before = found.group("before")
    if before is not None and before.lower() in _words(code, "predicate_words"):
        return False  # ``described the images as a "quantum leap" compared to``: a verdict
    stop = _words(code, "function_words")
    inner = [w.lower() for w in _WORD.findall(quoted)]
    adverbs = tuple(_words(code, "adverb_endings"))
    if not inner or any(w in stop for w in inner):
        return False  # ``a "very real" risk``, ``a "fair and responsible" offer``
    if adverbs and inner[0].endswith(adverbs):
        return False  # ``a "deeply worrying" trend``: a judgement
    after = NEXT_WORD.match(text, span.close)  # (one space, then the word: right after)
    if after is None:
        return False
    following = after.group(1)
    if not following[:1].islower() or following.lower() in stop:
        return False
    if following.lower() in _words(code, "time_adverbs"):
        return False
    endings = tuple(_words(code, "clause_participle_endings"))
    if endings and following.lower().endswith(endings):
        return False
    return cue.match(text, after.start(1)) is None


on_reload(_determiner.cache_clear)
on_reload(_words.cache_clear)
