"""Unnamed sources: indefinite descriptions such as ``a senior Ukrainian security official`` or
``two people familiar with the talks``, credited as written when no name is given.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    AFFILIATION_WORDS,
    CUE_WORDS,
    EN,
    FUNCTION_WORDS,
    NP_STOP,
    PP_WORDS,
    PRONOUN_GENDERS,
    SOURCE_OCCUPATIONS,
    UNNAMED_SOURCES,
)

__all__ = [
    "APPOSED_SOURCE",
    "COUNTED_NOUNS",
    "COUNTED_SOURCES",
    "LISTED",
    "NO_SOURCE_MODIFIERS",
    "OF_BEFORE",
    "OF_DESCRIBED_BEFORE",
    "PLURAL_SOURCE",
    "PREDICATE_BEFORE",
    "QUALIFIED",
    "QUALIFIED_AFTER",
    "QUALIFIED_REACH",
    "QUALIFIERS",
    "RELATIVE_AFTER",
    "anonymous_source",
    "described_occupation",
    "noun_gender",
    "self_named_after",
]

#: Words ending a noun phrase before an unnamed source's noun (``a meeting in which officials``).
NO_SOURCE_MODIFIERS = NP_STOP - PP_WORDS - EN.words("quotes", "source_inner_prepositions")


# What stands between two names of a list (``A, B and C``), read in English.
LISTED = re.compile(
    rf",?[ \u00a0]+{plain_alternation(EN.words('quotes', 'list_conjunctions'))}[ \u00a0]+"
    r"|,[ \u00a0]*"
)


# What stands between two descriptions of one unnamed source in apposition.
APPOSED_SOURCE = re.compile(r"[ \u00a0]{0,2}[,—–-][ \u00a0]{0,2}")


#: A word of the place an unnamed source is met at: no cue, function word or past form.
_PLACE_WORD = (
    rf"(?!(?:{word_alternation(CUE_WORDS | FUNCTION_WORDS)})(?![\w’'\-]))(?![\w’'\-]+ed\b)"
)


# (This module's English data is fixed at import by design: ``EN`` is the Language read then
# and the patterns below are built from it, so :func:`anonymous_source` and
# :func:`described_occupation` are made once and not registered with ``on_reload``; clearing
# them would build them again from the same ``EN``.)

#: Head nouns of :func:`anonymous_source`. The quotes annotator's own role nouns (``fan``,
#: ``student``, ``campaigner``) are left out: ``has become a high-profile LGBT campaigner``
#: describes the subject. Occupations of people met on the street (``a tout``, ``one market
#: vendor``) are in.
_SOURCE_NOUNS = gz.PERSON_ROLE_NOUNS | UNNAMED_SOURCES | SOURCE_OCCUPATIONS


@functools.cache
def anonymous_source() -> re.Pattern[str]:
    """``a senior Ukrainian security official``, ``one person familiar with the talks``: an
    indefinite noun phrase whose head is a role noun (made once: the nouns are a trie)."""
    return _indefinite_phrase(_SOURCE_NOUNS)


@functools.cache
def described_occupation() -> re.Pattern[str]:
    """``a pharmacist in the town``, ``a family physician``: an indefinite noun phrase whose head
    is any other occupation (``[quotes] occupation_nouns``), a source only when a person's
    relative clause follows it (:data:`RELATIVE_AFTER`): alone it as often describes someone
    named (``Maya, 34, a dental hygienist``) or is a place (``a fitness centre``)."""
    return _indefinite_phrase(EN.words("quotes", "occupation_nouns") - _SOURCE_NOUNS)


#: A person's relative clause opening within a few words after an indefinite description (``A
#: pharmacist in a nearby town, who asked not to be named``): no sentence end, quotation or
#: comma but the one before the pronoun comes between.
RELATIVE_AFTER = re.compile(
    r"[^.!?;:\n§,]{0,60}?,?[ \u00a0]+"
    rf"(?:{plain_alternation(EN.words('quotes', 'person_relatives'))})(?![\w’'\-])"
)


def _indefinite_phrase(head_nouns: frozenset[str]) -> re.Pattern[str]:
    """An indefinite noun phrase (``a``, ``an``, ``one``) with one of ``head_nouns`` as its head,
    then what may qualify it (a place, ``familiar with ...``, ``for`` a body)."""
    nouns = word_alternation(head_nouns)
    return re.compile(
        # ``\b[Aa]n?`` written as a character class first, then the boundary looked back at:
        # the engine skips to the next ``a``/``o`` instead of testing ``\b`` at every position.
        # A modifier may be an abbreviation (``a senior U.S. official``), never a word
        # ending a sentence.
        rf"(?P<np>[AaOo](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne)\s+(?:(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+)"
        rf"{{0,4}}?{nouns})\b(?![’']s\b)"  # not ``an official's``
        # ``a source at the utility``, ``an official familiar with the talks``
        r"(?:\s+(?:with knowledge of|familiar with|briefed on|involved in|close to|at|from|"
        r"in|on|with)\s+(?:the\s+)?(?!an?\s)[\w’'\-]+"  # (``at a hospital``: no body named)
        # ``a tout at the main bus stage``: up to two more words, the last a lower-case noun,
        # none a cue, a function word or a past form (``... stage said``, ``... declined``)
        rf"(?:(?:\s+{_PLACE_WORD}[\w’'\-]+){{0,2}}\s+{_PLACE_WORD}[a-z][\w\-]*(?<!ed)\b)?"
        # ``a tout at the stage in Nairobi``, ``one shopper at Kaya Market in Leeds``: then the
        # town (after up to two more words of the place's name)
        r"(?:(?:\s+[A-Z][\w’'\-]*){0,2}\s+in\s+[A-Z][\w’'\-]*)?"
        # ``familiar with the company’s plans``: a possessive's noun after it
        r"(?:(?<=[’']s)\s+[a-z][\w\-]*)?"
        # ``an analyst for USGS in Colorado``: a body's name, then where
        r"|\s+for\s+[A-Z][\w’'\-]*(?:\s+in\s+[A-Z][\w’'\-]*)?)?"
    )


# Made at import, as this module's other English patterns are: every document with a quotation
# reads it, and a process's first such document would otherwise pay for the trie and the
# compilation (a tenth of a 100-article corpus's attribution time).
anonymous_source()
described_occupation()


#: A predicate's verb right before an indefinite description (``He was a fisherman``): the
#: subject described, no new unnamed source.
PREDICATE_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?:{plain_alternation(EN.words('quotes', 'predicate_verbs'), case='either')})"
    r"[ \u00a0]+$"
)


OF_BEFORE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


#: ``, of leisure and hospitality analysts`` before a body's name: lower-case words only.
OF_DESCRIBED_BEFORE = re.compile(
    rf",[ \u00a0]+(?:{plain_alternation(AFFILIATION_WORDS)})[ \u00a0]+"
    r"(?:[a-z][\w'\-]*[ \u00a0]+){1,6}$"
)


# What qualifies an unnamed source (``familiar with the matter``).
# (No phrase is the start of another: their order in the alternation does not matter.)
QUALIFIERS = tuple(sorted(EN.words("quotes", "qualifiers")))


# A qualifier may take a lower-case modifier between its words (``with direct knowledge of``).
_QUALIFIER = "|".join(r"\s+(?:[a-z]+\s+)?".join(q.split()) for q in QUALIFIERS)


# Its object: a noun, or up to two more lower-case words that are no cue and no function word
# (``familiar with the internal deliberations``, not ``... the matter said``).
_QUALIFIED_OBJECT = (
    r"[\w’'\-]+(?:[ \u00a0]+"
    rf"(?!(?:{word_alternation(CUE_WORDS | FUNCTION_WORDS)})(?![\w’'\-]))"
    r"[a-z][\w’'\-]*){0,2}"
)


QUALIFIED = re.compile(rf"(?<=\s)(?:{_QUALIFIER})\s+(?:the\s+)?{_QUALIFIED_OBJECT}")


# A qualifier right after a counted source (``Two sources with direct knowledge of the talks``).
#: How far past an unnamed source the body a preposition names after it may start.
QUALIFIED_REACH = 40


QUALIFIED_AFTER = re.compile(
    rf"[ \u00a0]+(?:{_QUALIFIER})[ \u00a0]+(?:the[ \u00a0]+)?{_QUALIFIED_OBJECT}"
)


# The plural noun phrase before it: a number or ``several``, capitalised or official modifiers.
PLURAL_SOURCE = re.compile(
    r"(?<![\w’'\-])"
    rf"(?:{plain_alternation(EN.words('quotes', 'source_counts'), case='either')}[ \u00a0]+)?"
    r"(?:(?:(?!The\b|A\b|An\b)[A-Z][\w.’'\-]*|"
    rf"{plain_alternation(EN.words('quotes', 'source_modifiers'))})[ \u00a0]+){{0,3}}"
    r"(?P<noun>[a-z]+)[ \u00a0]+$"
)


# ``three sources``, ``two senior officials``: counted unnamed sources (a letter class first,
# then the boundary looked back at: the engine skips to the next candidate letter).
# (No noun is the start of another: their order in the alternation does not matter.)
COUNTED_NOUNS = tuple(sorted(EN.words("quotes", "counted_nouns")))


COUNTED_SOURCES = re.compile(
    r"[TtFfSs](?<![\w’'\-][TtFfSs])(?:(?<=[Tt])(?:wo|hree)|(?<=[Ff])(?:our|ive)|(?<=[Ss])everal)"
    r"[ \u00a0]+(?:(?:senior|government|administration|[A-Z][\w.’'\-]*)[ \u00a0]+){0,2}"
    rf"(?:{'|'.join(COUNTED_NOUNS)})\b"
)


def noun_gender(phrase: str) -> str | None:
    """The gender an unnamed source's description tells (``a Downing Street spokesman``)."""
    words = set(phrase.lower().split())
    if words & gz.FEMALE_NOUNS:
        return "female"
    return "male" if words & gz.MALE_NOUNS else None


_SOURCE_ORDINALS = EN.words("quotes", "source_ordinals")


def counted_only(description: str) -> bool:
    """Whether an unnamed source's ``description`` only counts it among others (``a second
    person``, ``a third person familiar with the deliberations``): its second word is an
    ordinal of ``[quotes] source_ordinals``."""
    words = description.lower().split()
    return len(words) > 1 and words[1] in _SOURCE_ORDINALS


# A relative clause right after an unnamed source in which the source names themselves, then
# that name (``A neighbour who gave his name only as Tunde``, ``A cleaner, who gave only her
# first name, Parvathi,``): the clause's words (no sentence end, quotation or comma but one
# right before the name), a word of ``[quotes] self_naming_words``, then capitalised words; or
# a participle of ``[quotes] self_naming_participles`` before the name (``a trader named
# Selma``, ``a ferry pilot surnamed Okafor``).
_SELF_NAMED_AFTER = re.compile(
    r",?[ \u00a0]+(?:"
    rf"(?P<clause>(?:{plain_alternation(EN.words('quotes', 'self_naming_relatives'))})"
    r"\b[^,.!?;:§\n]{0,80}?)"
    rf"\b(?:{plain_alternation(EN.words('quotes', 'self_naming_words'))}),?"
    rf"|{plain_alternation(EN.words('quotes', 'self_naming_participles'))})[ \u00a0]+"
    r"(?P<name>[A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){0,2})(?![\w’'\-])"
    r"(?![ \u00a0]*[(§])"
    # (No honour or post the source was given: ``named Employee of the Month``.)
    rf"(?![ \u00a0]+(?:{plain_alternation(AFFILIATION_WORDS)})(?![\w’'\-]))"
)

#: Words of a post or a title, no one's name on their own (``a defender named Chief
#: Executive``): the people titles and the role and occupation nouns.
_POST_WORDS = (
    EN.words("people", "titles") | gz.PERSON_ROLE_NOUNS | EN.words("quotes", "occupation_nouns")
)


def self_named_after(masked: str, at: int) -> tuple[int, int, str | None] | None:
    """Where the name is that an unnamed source described right before ``at`` gives
    themselves in the relative clause opening there, and the gender the clause's pronoun tells
    (``who gave his name only as Tunde``: ``Tunde``, male); ``None`` without such a clause."""
    named = _SELF_NAMED_AFTER.match(masked, at)
    if named is None or all(w.lower() in _POST_WORDS for w in named.group("name").split()):
        return None
    said = (named.group("clause") or "").lower().split()
    gender = next((PRONOUN_GENDERS[w] for w in said if w in PRONOUN_GENDERS), None)
    return named.start("name"), named.end("name"), gender
