"""The backwards word scanner and small English text helpers shared by the attribution rules.

:class:`Backwards` reads the words before an offset from the last back, as far as asked;
the helpers say where a phrase ends (not at ``Sen.`` or ``Inc.``), whether a description is
plural, a word an office or a possessive, and which words a role has. The tables they read are
in :mod:`.english_words`.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.attribution.english_words import (
    ABBREVIATIONS,
    BE_AFTER,
    DEFINITE,
    EN,
    INDEFINITE,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    TITLE_ABBREVIATIONS,
    WORD,
)

__all__ = [
    "Backwards",
    "anonymous_name",
    "is_plural",
    "normal",
    "office",
    "own_clause_subject",
    "phrase_end",
    "phrase_end_past_names",
    "plural_source",
    "possessive",
    "role_words",
    "title_cased",
]

#: Nouns of several people with no plural ending (``people``), and nouns in ``-s`` that
#: name one (``witness``).
_PLURAL_SOURCE_NOUNS = EN.words("quotes", "plural_source_nouns")
_SINGULAR_S_NOUNS = EN.words("quotes", "singular_s_nouns")
#: Words of a compound role whose parts are roles too (``press secretary``).
_COMPOUND_ROLE_WORDS = EN.words("quotes", "compound_role_words")


def plural_source(noun: str) -> bool:
    """Whether ``noun`` names several sources (``people``, ``officials``)."""
    return noun in _PLURAL_SOURCE_NOUNS or (noun.endswith("s") and noun[:-1] in SOURCE_NOUNS)


class Backwards:
    """The words (:data:`WORD`) of ``text[start:end]`` from the last back, each as ``(word,
    start, end)``: ``words[0]`` is the last, ``None`` past the first. Split from the end only
    as far as read (see :func:`.roles._words_backwards`)."""

    __slots__ = ("_end", "_matches", "_words")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = WORD.finditer(text[start:end][::-1])
        self._words: list[tuple[str, int, int]] = []
        self._end = end

    def __getitem__(self, back: int) -> tuple[str, int, int] | None:
        words = self._words
        while len(words) <= back:
            match = next(self._matches, None)
            if match is None:
                return None
            # ``[a, b)`` of the reversed text is ``[end - b, end - a)`` of the text.
            a, b = match.span()
            words.append((match.group()[::-1], self._end - b, self._end - a))
        return words[back]


def title_cased(words: list[str]) -> bool:
    """Whether every word is capitalised (``Iranian Consul``: a formal title)."""
    return all(w[:1].isupper() for w in words)


def normal(phrase: str) -> str:
    """``phrase`` lower-cased with its spaces collapsed, for comparing."""
    return " ".join(phrase.lower().split())


_PHRASE_END = re.compile(r"[,.;:!?§]")


def phrase_end(masked: str, start: int, limit: int) -> int:
    """Where the phrase starting at ``start`` ends: at punctuation, but not at the dot of an
    abbreviation or an initial (``said Sen. Rand Paul``, ``according to John F. Kennedy``)."""
    for match in _PHRASE_END.finditer(masked, start, limit):
        if match.group(0) == "." and (
            _abbreviation_dot(masked, match.start()) or _company_dot(masked, match.start())
        ):
            continue
        return match.start()
    return limit


#: A run of masked quotation (``§``, the spaces inside it kept), then a space and a letter: a
#: name in marks inside a phrase, before the name of the one it belongs to (``директора ПАО
#: «...» Андрея Смирнова``).
_NAME_IN_MARKS = re.compile(r"§[§ \u00a0]*[ \u00a0](?=[^\W\d_])")


def phrase_end_past_names(masked: str, start: int, limit: int) -> int:
    """:func:`phrase_end`, read on past a name in quotation marks that stands after the
    phrase's first words and before a capitalised word (``по словам директора ПАО «...»
    Андрея Смирнова``: the body's name the role is of, then the person's): a mark closing the
    phrase is one opening the quotation it is about, not one inside it."""
    end = phrase_end(masked, start, limit)
    while end < limit and masked[start:end].strip():
        run = _NAME_IN_MARKS.match(masked, end, limit)
        if run is None or not masked[run.end()].isupper():
            break
        end = phrase_end(masked, run.end(), limit)
    return end


def _company_dot(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends a company's ``Inc.`` or ``Corp.`` with an office after
    it (``said Acme Inc. CEO Ann Lee``); before any other word it may end the sentence."""
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    if word is None or word.group(0) + "." not in gz.COMPANY_HEADS:
        return False
    at = dot + 1
    while at < min(len(text), dot + 3) and text[at] in " \u00a0":
        at += 1
    after = WORD.match(text, at)
    return after is not None and after.start() > dot + 1 and office(after.group(0))


def _abbreviation_dot(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    written = word.group(0) + "."
    return (
        written in ABBREVIATIONS
        or re.fullmatch(r"(?:[A-Z]\.)+", written) is not None  # ``F.``, ``U.S.``
    )


def own_clause_subject(masked: str, end: int, cue: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a clause of its own, a passive's
    or a copula's, that a comma closes before the cue at ``cue`` (``Tom Hale was arrested on
    Monday, police said``): not the cue's subject. ``Tom Hale was quoted as saying`` is: the
    ``was`` opens the cue's own verb phrase."""
    return BE_AFTER.match(masked, end) is not None and "," in masked[end:cue]


def is_plural(description: str) -> bool:
    """Whether an anonymous source's description names several (``U.N. officials``)."""
    head = next(
        (w for w in reversed(description.lower().split()) if w in SOURCE_NOUNS),
        "",
    )
    return head in _PLURAL_SOURCE_NOUNS or (head.endswith("s") and head not in _SINGULAR_S_NOUNS)


def office(word: str, nouns: frozenset[str] = ROLE_NOUNS) -> bool:
    """Whether ``word`` names an office (``president``, ``CEO``, ``Chief``); ``nouns`` are the
    role nouns of the text's language."""
    return (
        word.lower() in nouns
        or word in gz.ROLE_WORDS
        or word.capitalize() in gz.ROLE_WORDS
        or word.upper() in gz.ROLE_WORDS
    )


def possessive(word: str) -> bool:
    """Whether ``word`` ends in a possessive ``'s``."""
    return word.endswith(("'s", "’s", "’S", "'S"))


#: ``A``, ``An``, ``One``, ``Another``, ``The``: the capitalised words opening an unnamed
#: source's description (``[quotes] speaker_indefinites`` and ``definite_articles``).
_OPENING_ARTICLES = frozenset(w.capitalize() for w in INDEFINITE | DEFINITE)


def anonymous_name(phrase: str) -> str:
    """An unnamed source's description as credited, its opening article lower-cased
    (``A senior official`` -> ``a senior official``)."""
    words = phrase.split()
    if words and words[0] in _OPENING_ARTICLES:
        words[0] = words[0].lower()
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def role_words(role: str | None) -> frozenset[str]:
    """The role words of ``role`` with their families (the same roles recur: remembered)."""
    if not role:
        return frozenset()
    words: set[str] = set()
    for word in re.findall(r"[\w.]+", role.lower()):
        words |= (
            gz.role_family(word)
            if word in gz.PERSON_ROLE_NOUNS or word in _COMPOUND_ROLE_WORDS
            else {word}
        )
        full = TITLE_ABBREVIATIONS.get(word)
        if full is not None:  # ``Gov.``: also the governor ``the governor said`` means
            words |= gz.role_family(full)
    return frozenset(words)
