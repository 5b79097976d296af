"""A chunker for capitalised names: runs of capitalised words cut into names, roles and places.

A run (``Deputy Pentagon Press Secretary Sabrina Singh``) is read left to right: the longest
gazetteer or organisation pattern wins (``US Department of Defense``, ``Kyiv``), role words are
kept as the role of the name that follows (``Deputy``, ``Press Secretary``), nationality
adjectives are dropped (``Ukrainian``), and what is left is a name candidate. Whether a candidate
is a person is decided from evidence (a title before it, a known first name) or, for a lone word
(``Singh``), later when it joins a full name seen elsewhere.

Words are read in any script (a capital is Unicode upper case). English uses the hand tables of
:mod:`~newsbrief.annotators.entities.gazetteer`; another language adds its own from the language
home (:func:`~newsbrief.annotators.entities.gazetteer.profile`): titles in any inflected form
(``генеральним секретарем``), lower-case connectors (``von``, ``de la``), organisations written
head first (``Ministerio de Defensa``, ``Міністерство оборони України``), places and bodies in
its script (``Києва`` -> ``Kyiv``), French elisions (``l'Ukraine``) and its calendar words. Where
every noun is capitalised (German), a capital proves nothing: a name needs a title, a first name,
a gazetteer entry or another language's run of capitalised words.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import attrs

from newsbrief.annotators.entities import gazetteer as gz

# A candidate and its fields are defined beside the packed candidates (one definition, for the
# shared analysis, story grouping and the entity annotator); re-exported here, where the entity
# annotator's modules read them.
from newsbrief.annotators.entities.furniture import refused
from newsbrief.languages import language as language_of
from newsbrief.languages import morphology, on_reload
from newsbrief.languages.alphabets import CYRILLIC_CAPITALS
from newsbrief.languages.cldr import calendar as cldr_calendar
from newsbrief.languages.detect import SCRIPTS
from newsbrief.languages.genitives import genitive_bases
from newsbrief.model import Document
from newsbrief.nlp.candidates import (
    CANDIDATE_FIELDS,
    CANONICAL,
    EVIDENCE,
    GENDER,
    HEADING,
    LANGUAGE,
    ROLE,
    SENTENCE_INITIAL,
    SPEAKS,
    TEXT,
    TYPE,
    Candidate,
    CandidateFields,
    PackedCandidates,
    candidate_fields,
    pack_fields,
    with_fields,
)
from newsbrief.nlp.languages import resources
from newsbrief.nlp.segmenter import segmented

__all__ = [
    "CANDIDATE_FIELDS",
    "CANONICAL",
    "EVIDENCE",
    "GENDER",
    "HEADING",
    "LANGUAGE",
    "ROLE",
    "SENTENCE_INITIAL",
    "SPEAKS",
    "TEXT",
    "TYPE",
    "Candidate",
    "CandidateFields",
    "Rules",
    "Token",
    "TownTest",
    "candidate_fields",
    "candidates",
    "candidates_packed",
    "candidates_with_towns",
    "chunk",
    "chunk_packed",
    "forget_runs",
    "legal_forms",
    "not_acronyms",
    "rules_for",
    "runs",
    "tokens",
    "with_fields",
]

_EN = language_of("en")

# Initialisms (``U.S.``; Spanish doubles a plural's letters, ``EE.UU.``, ``EE. UU.``, ``FF.AA.``),
# then words with inner apostrophes and hyphens (``NATO-Ukraine``). ``AT&T``, ``S&P`` are one
# word, and an ampersand between words one too (``Procter & Gamble``).
_TOKEN = re.compile(
    r"(?:[A-Z]{2}\.[ \u00a0]?)+[A-Z]{2}\.|(?:[A-Z]\.){2,}"
    r"|[^\W\d_][\w'’\-]*(?:&[A-Z]{1,3}\b)?|\d[\w\-]*|&"
)
_POSSESSIVE = re.compile(r"['’][sS]$|(?<=s)['’]$")
_POSSESSIVE_ENDS = frozenset("sS'’")
# After an initial's full stop: a space and a capitalised word (``W. Bush``).
_INITIAL_NEXT = re.compile(r"\. ([^\W\d_])(?:[^\W\d_]|\. ([^\W\d_]))")


def _initial_before_name(text: str, dot: int, end: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial: a capitalised word or another
    initial and a capitalised word follow (``W. Bush``, ``J. K. Rowling``; not ``D. C.``)."""
    match = _INITIAL_NEXT.match(text, dot, end)
    return match is not None and match.group(1).isupper() and (match.group(2) or "A").isupper()


def _sentence_goes_on(text: str, dot: int, end: int) -> bool:
    """Whether the sentence goes on past the full stop at ``dot``: a comma, or a space and a
    word in lower case or a bracket (``Marta L. (41) sagte``: an age or a party, which opens
    no sentence) follow it."""
    after = text[dot + 1 : min(dot + 3, end)]
    return after[:1] == "," or (
        after[:1] in " \u00a0" and (after[1:2].islower() or after[1:2] == "(")
    )


def _is_initial(word: str) -> bool:
    """``D.``, and two or three initials written together (``J.D.``) that name no known place
    or body (``U.S.``, ``U.N.``)."""
    if len(word) == 2:
        return word[1] == "." and word[0].isupper()
    return (
        _INITIALS.fullmatch(word) is not None
        and word not in gz.place_names()
        and word not in gz.organisation_names()
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


_ABBREVIATIONS = frozenset(
    {w for w in gz.ROLE_WORDS | gz.HONORIFICS | gz.PLACE_LEADS if w.endswith(".")}
    | {"Jr.", "Sr.", "Corp.", "Inc."}
)
#: An acronym in brackets after a body's name (``(IFRI)``; a wire's tokenised text spaces the
#: brackets off: ``( IFRI )``).
_ACRONYM_IN_PARENS = re.compile(r"[ \u00a0]?\([ \u00a0]?([A-Z][A-Z&\-]{1,9})[ \u00a0]?\)")
# ``l'Ukraine``, ``d'Emmanuel``: a French or Italian elided article before a capital.
_ELISION = re.compile(r"(?:[ldjmnst]|qu|c)['’](?=[^\W\d_])", re.IGNORECASE)
#: At most this many lower-case words follow the first word of a head-first organisation.
_MAX_LEAD_LOWER = 2
#: Most letters of a title abbreviated with a full stop in another language (``Gral.``).
_MOST_ABBREVIATED = 5
#: The longest gazetteer entry, in words.
_MAX_GAZETTEER_WORDS = 6
#: Longer capitalised runs with no evidence are headline fragments, not names.
_MAX_NAME_WORDS = 4
#: Shortest name a genitive ending is read after where it opens a role (``Ulms``; not ``Als``).
_MIN_GENITIVE_BASE = 3


class Token:
    """A word of a capitalised run (read it, never edit it).

    A plain class with slots, not an attrs one: a feed of 500 articles makes about 100,000
    tokens, and a frozen attrs instance costs two and a half times as much to make.
    """

    __slots__ = ("capitalised", "end", "possessive", "start", "text")

    text: str
    start: int
    end: int
    #: Whether a possessive ``'s`` was cut off (it ends the run).
    possessive: bool
    #: Whether it starts with a capital (worked out once: every step of a run reads it; given
    #: by a tokenizer whose pattern already tells it, worked out from ``text`` when not).
    capitalised: bool

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        possessive: bool = False,
        capitalised: bool | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = possessive
        # (Given by a tokenizer that already knows it: one test fewer per word.)
        self.capitalised = text[:1].isupper() if capitalised is None else capitalised

    def _fields(self) -> tuple[str, int, int, bool]:
        return self.text, self.start, self.end, self.possessive

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Token(text={self.text!r}, start={self.start}, end={self.end}, "
            f"possessive={self.possessive})"
        )


#: Whether a name is a town's in a language: the town's canonical name, or ``None``
#: (:func:`newsbrief.annotators.entities.towns.town_in`). Handed in by the caller that knows
#: towns: the town list's module reads mentions, whose module reads this one.
TownTest = Callable[[str, str], str | None]


def _lower_case_months(profile: gz.Profile | None) -> bool:
    """Whether the language of ``profile`` writes its months' names in lower case (CLDR:
    Spanish ``julio``, French ``juillet``): there a capitalised one is a name."""
    return (
        profile is not None
        and bool(cldr_calendar(profile.code).months)
        and not cldr_calendar(profile.code).capitalised
    )


@attrs.frozen
class Rules:
    """The word tests of one language: the English tables, plus another language's own."""

    #: The language's name knowledge; ``None`` for English (the hand tables alone).
    profile: gz.Profile | None = None
    #: Lower-case month and weekday names (other languages; English's are in ``gz.CALENDAR``).
    calendar: frozenset[str] = frozenset()
    #: The caller's town test, where it gave one (:func:`candidates_with_towns`); ``None``:
    #: no word is known as a town here.
    towns: TownTest | None = None

    def role(self, word: str) -> bool:
        """A title or role word (``Deputy``, ``Präsidenten``, ``секретарем``; ``Capt`` as
        ``Capt.``; ``Secretary-General``: role words joined by hyphens)."""
        if word in gz.ROLE_WORDS or (self.profile is None and word in _UNDOTTED_ROLES):
            return True
        if self.profile is not None and self.profile.is_role(word.rstrip(".")):
            return True
        return "-" in word and all(part in gz.ROLE_WORDS for part in word.split("-"))

    def honorific(self, word: str) -> bool:
        """A title that on its own makes the next name a person's."""
        if word in gz.HONORIFICS or (
            self.profile is None and word in _UNDOTTED_ROLES and word + "." in gz.HONORIFICS
        ):
            return True
        if self.profile is None:
            return False
        lower = word.lower().rstrip(".")
        return lower in self.profile.honorifics or lower in self.profile.roles

    def excluded(self, word: str) -> bool:
        """A demonym, calendar word or word never in a name."""
        # (an English demonym that is the language's name of a country is the country's:
        # French ``Argentine``)
        if word in gz.DEMONYMS and (
            self.profile is None or word not in gz.territories(self.profile.code)
        ):
            return True
        if self.profile is None:
            return word in gz.CALENDAR or word in gz.DATE_LABELS
        # English month and day names are English's: ``Theresa May`` in a French text, but
        # ``In June`` in an English text declared Russian is no name.
        if word in gz.CALENDAR and word.isascii() and self.profile.code in OTHER_SCRIPTS:
            return True
        lower = word.lower()
        profile = self.profile
        return lower in self.calendar or lower in profile.demonyms or lower in profile.not_names

    def org_head(self, word: str) -> bool:
        """The last word of an organisation name (``Ministry``, ``Bank``)."""
        return word in gz.ORGANISATION_HEADS or (
            self.profile is not None and word.lower() in self.profile.org_heads
        )

    def connector(self, word: str) -> bool:
        """A lower-case word that may join two capitalised words of one name."""
        if self.profile is None and word in gz.ENGLISH_CONNECTORS:
            return True
        return word in gz.CONNECTORS or (
            self.profile is not None and word.lower() in self.profile.connectors
        )

    def first_name(self, word: str) -> str | None:
        """The gender of a first name (``unknown`` for either); ``None`` when it is not one."""
        if self.profile is None:
            # Remembered: gender-guesser reads several tables per word, and names recur.
            try:
                return _FIRST_NAMES[word]
            except KeyError:
                gender = _FIRST_NAMES[word] = gz.first_name_gender(word)
                if len(_FIRST_NAMES) > _FIRST_NAMES_LIMIT:
                    _FIRST_NAMES.clear()
                return gender
        if word.lower() in self.calendar:
            # (``Julio``, capitalised where months are not: the name table's first name)
            return gz.calendar_first_name(word) if _lower_case_months(self.profile) else None
        if word in gz.CALENDAR_FIRST_NAMES and self.profile.code not in OTHER_SCRIPTS:
            # (``Jan``: English's month abbreviation, a first name where dates write ``Jan.``)
            return gz.calendar_first_name(word)
        return gz.first_name_gender_in(word, self.profile)

    def lookup(self, phrase: str) -> tuple[str, str] | None:
        """``(type, canonical)`` of a place or organisation in the language's own tables."""
        if self.profile is None or phrase.lower() in self.profile.demonyms:
            return None  # ``der Schwede`` is no ``Schweden``, though their stems are one
        key = self.profile.key(phrase)
        if key in self.profile.organisations:
            return "organisation", self.profile.organisations[key]
        place = self.profile.place(phrase)
        return None if place is None else ("place", place)


#: Titles written without their full stop (``Capt Kevin Aandahl``, ``Lt Col John Smith``).
_UNDOTTED_ROLES = frozenset(w[:-1] for w in gz.ROLE_WORDS if w.endswith(".") and len(w) > 2)

_ENGLISH = Rules()

#: Languages written in a script other than Latin (not those, like Serbian, written in both).
OTHER_SCRIPTS = frozenset().union(*(s.languages for s in SCRIPTS if s.name != "Latin")) - {
    "sr", "kk", "tt", "ba", "ku", "uz", "az", "tk"
}  # fmt: skip
#: English first names already looked up (:meth:`Rules.first_name`), emptied when full.
_FIRST_NAMES: dict[str, str | None] = {}
_FIRST_NAMES_LIMIT = 1 << 16


@cache
def rules_for(code: str | None, towns: TownTest | None = None) -> Rules:
    """The word tests for a document in language ``code`` (English rules when unknown), with
    the town test ``towns`` where the caller gives one (:attr:`Rules.towns`)."""
    profile = gz.profile(code)
    if profile is None:
        return _ENGLISH
    lang = language_of(profile.code)
    return Rules(profile, frozenset(lang.months) | frozenset(lang.weekdays), towns)


def tokens(text: str, start: int, end: int, rules: Rules = _ENGLISH) -> list[Token]:
    """The word tokens of ``text[start:end]``, possessives split off, with absolute offsets."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if out and s < out[-1].end:
            continue  # the ``s`` of a spaced possessive read into the word before it
        word = text[s:e]
        after = text[e : e + 1]
        if (
            word.islower()
            and after != "."
            and after != "$"
            and word[-1] not in _POSSESSIVE_ENDS
            and (rules.profile is None or _ELISION.match(word) is None)
        ):
            # Most words: lower case (nothing glued), no full stop after, no elided article, no
            # possessive; the steps below would pass them through unchanged.
            out.append(Token(word, s, e, False, False))
            continue
        _add_token(out, text, word, s, e, end, rules)
    return out


#: Plural nouns whose possessive opens a name (``People's Bank of China``, ``Workers' Party``).
_GROUP_POSSESSIVES = frozenset(w.capitalize() for w in _EN.words("entities", "group_possessives"))
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_])")
_NEXT_WHOLE_WORD = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")
#: Endings hyphened to a seat's name (``Calgary-based``; ``[quotes] seat_endings``).
_SEAT_ENDINGS = _EN.words("quotes", "seat_endings")
_SEAT_SUFFIXES = tuple(sorted("-" + ending for ending in _SEAT_ENDINGS))
#: A hyphen and a seat's ending, as pattern text (longest ending first), for the entity and
#: quote patterns that read ``<place>-based``.
SEAT_ENDING = "-" + (
    "(?:" + "|".join(re.escape(e) for e in sorted(_SEAT_ENDINGS, key=lambda e: (-len(e), e))) + ")"
    if _SEAT_ENDINGS
    else "(?!)"
)
#: A seat's ending hyphened to a name (``Calgary-based``), whole.
SEAT_AFTER = re.compile(SEAT_ENDING + r"\b")
#: A possessive written apart from its word, as tokenised wire text has it (``People 's``).
_SPACED_POSSESSIVE = " 's "


def _add_token(
    out: list[Token], text: str, word: str, s: int, e: int, end: int, rules: Rules
) -> None:
    """Append the token(s) the match ``word`` at ``text[s:e]`` makes (:func:`tokens`)."""
    if text[e : e + 1] == "$":
        return  # ``US$``, ``HK$``: a currency, not a place
    if rules.profile is None and "-" in word:
        seat, _, ending = word.rpartition("-")
        if ending in _SEAT_ENDINGS and seat[:1].isupper():
            # ``the Calgary-based company``: the seat's name is a word of its own.
            out.append(Token(seat, s, s + len(seat)))
            return
    # Only a capitalised word with a capital after its first letter can be two glued words.
    glue = _glued(text, word, s) if word[:1].isupper() and not word[1:].islower() else 0
    if glue:
        # ``Ilhan OmarIlhan Omar``: page furniture glued a repeat onto a name; the parts
        # are separate words (not joined by a space, so never one name).
        out.append(Token(word[:glue], s, s + glue))
        word, s = word[glue:], s + glue
    if rules.profile is not None and (elided := _ELISION.match(word)) and len(word) > 3:
        word, s = word[elided.end() :], s + elided.end()
    if (
        e < end
        and text[e] == "."
        and (
            word + "." in _ABBREVIATIONS
            # (English titles written out, ``King``, take no sentence's full stop; nor does a
            # portfolio's or a long title's word, ``ministère de l'Intérieur.``: only an
            # honorific or a short title is abbreviated, ``Sra.``, ``Gral.``)
            or (
                rules.profile is not None
                and rules.honorific(word)
                and (len(word) <= _MOST_ABBREVIATED or word.lower() in rules.profile.honorifics)
            )
            # ``George W. Bush``, ``D. John Sauer``: an initial before a capitalised word.
            or (len(word) == 1 and word.isupper() and _initial_before_name(text, e, end))
            # ``Werner K. ließ``, ``Herr K., wir``: a surname cut to its initial (as court
            # reports write the accused's) after a capitalised name; the sentence goes on.
            or (
                len(word) == 1
                and word.isupper()
                and bool(out)
                and out[-1].text[:1].isupper()
                and out[-1].end == s - 1
                and _sentence_goes_on(text, e, end)
            )
        )
    ):
        word, e = word + ".", e + 1
    # A possessive ends in ``s`` or an apostrophe: test the last letter first.
    possessive = _POSSESSIVE.search(word) if word[-1:] in _POSSESSIVE_ENDS else None
    if (
        possessive
        and len(word) > 2
        and not (
            # ``People's Liberation Army``, ``Women's Tennis Association``: a group's possessive
            # before a capitalised word is part of one name.
            rules.profile is None
            and (
                (
                    word[: possessive.start()] in _GROUP_POSSESSIVES
                    and (after := _NEXT_WORD.match(text, e, end)) is not None
                    and after.group(1).isupper()
                )
                # ``St Paul's Cathedral``, ``Fisherman's Wharf``: a possessive before a place's
                # head word is part of the place's name (``Ukraine's Coast Guard`` is not:
                # the owner is a known place or body).
                or (
                    (head := _NEXT_WHOLE_WORD.match(text, e, end)) is not None
                    and head.group(1) in gz.PLACE_HEADS
                    and word[: possessive.start()] not in gz.place_names()
                    and word[: possessive.start()] not in gz.organisation_names()
                )
                # ``Sheriff's Department``, ``Attorney General's Office``: an office's
                # possessive before an organisation's head is part of its name.
                or (
                    head is not None
                    and head.group(1) in gz.ORGANISATION_HEADS
                    and word[: possessive.start()] in gz.ROLE_WORDS
                )
            )
        )
    ):
        word = word[: possessive.start()]
        e = s + len(word)
        out.append(Token(word, s, e, possessive=True))
        return
    if (
        rules.profile is None
        and text.startswith(_SPACED_POSSESSIVE, e)
        and word[:1].isupper()
        and (head := _NEXT_WHOLE_WORD.match(text, e + len(_SPACED_POSSESSIVE) - 1, end))
        and (
            word in _GROUP_POSSESSIVES
            or (
                head.group(1) in gz.PLACE_HEADS
                and word not in gz.place_names()
                and word not in gz.organisation_names()
            )
            or (head.group(1) in gz.ORGANISATION_HEADS and word in gz.ROLE_WORDS)
        )
    ):
        # ``Pakistan People 's Party``, ``Scottish Fishermen 's Federation``: a wire's spaced
        # possessive inside a name, read as the joined one is (the word keeps its ``'s``).
        e += len(_SPACED_POSSESSIVE) - 1
        out.append(Token(text[s:e], s, e))
        return
    token = Token(word, s, e)
    if (
        rules.profile is None
        and not token.capitalised
        and "-" in word
        and _particle_surname(out, text, word, s)
    ):
        token.capitalised = True  # ``Ahmed al-Sharaa``: a surname with its particle
    out.append(token)


def _particle_surname(out: list[Token], text: str, word: str, start: int) -> bool:
    """Whether ``word`` at ``start``, written lower case, is a surname with its particle after
    a capitalised name (``Omar al-Mansouri``, ``Bashar al-Assad``; not ``The al-Qaeda``, ``Iraqi
    al-Qaeda``: the particle of a known body after an article or a demonym)."""
    particle, _, rest = word.partition("-")
    if particle not in _PARTICLES or not rest[:1].isupper() or not out:
        return False
    before = out[-1]
    if not before.capitalised or before.possessive or text[before.end : start] not in _SPACE_GAPS:
        return False
    written = word[0].upper() + word[1:]
    return not (
        before.text in _ARTICLES
        or before.text in gz.DEMONYMS
        or written in gz.organisation_names()
        or written in gz.place_names()
    )


# A stretch of plain words: words of ASCII lower-case letters and digits (hyphens inside)
# between spaces and punctuation that is neither a word character, joiner, full stop nor
# currency sign, its last word followed by none of these either. :func:`tokens` makes each of
# them a token as written (nothing glued, elided, abbreviated or possessive), and a run of
# capitalised words touches only the first and last word of a stretch, or goes on through
# connectors (``of the``) from its first.
_PLAIN = r"[a-z0-9]++(?:-[a-z0-9]++)*+"
_PLAIN_WORD = re.compile(_PLAIN)
# Then a capitalised word of ASCII lower-case letters that :data:`_TOKEN` matches whole (no
# word character, joiner or ampersand after it) and no full stop or currency sign follows:
# :func:`tokens` keeps it as written (nothing glued, abbreviated or possessive).
_SPARSE = re.compile(
    rf"(?P<first>{_PLAIN})(?:[ ,;:()\"“”%/\u00a0]++(?P<last>{_PLAIN}))*(?![\w'’\-.$])"
    r"|(?P<name>[A-Z][a-z]++)(?![\w'’\-&.$])"
    rf"|{_TOKEN.pattern}"
)
# Read by number (faster than by name).
assert _SPARSE.groupindex == {"first": 1, "last": 2, "name": 3}


def _sparse_tokens(text: str, start: int, end: int, rules: Rules) -> list[Token] | None:
    """The tokens of ``text[start:end]`` that English rules can read, for a region that is no
    all-caps line: :func:`tokens` without the inner words of stretches of plain words (about
    half the words of running text), whose neighbours are plain words too. Every capitalised
    token keeps its neighbours, so runs, the word before a run and the words around a name
    are those of :func:`tokens`; two tokens with a word dropped between them are not joined.

    ``None`` when the full tokens are needed: a line with three upper-case tokens (whether it
    is an all-caps line depends on every word), a currency sign right after the region or a
    spaced possessive in it (``People 's``).
    """
    assert rules.profile is None  # English rules: no elided articles, no connectors of its own
    if text[end : end + 1] == "$" or text.find(_SPACED_POSSESSIVE, start, end) >= 0:
        return None  # (a spaced possessive may join the words around it: :func:`_add_token`)
    out: list[Token] = []
    add = out.append
    upper = 0
    connectors = _ENGLISH_CONNECTORS
    ends = _POSSESSIVE_ENDS
    abbreviations = _ABBREVIATIONS
    for match in _SPARSE.finditer(text, start, end):
        group = match.lastindex
        if group == 3:  # ``name``: a token as written (a capital, then lower case)
            s, e = match.span()
            add(Token(text[s:e], s, e, False, True))
            continue
        if group is None:  # no stretch: one word of :data:`_TOKEN`
            s, e = match.span()
            word = text[s:e]
            after = text[e : e + 1]
            if (
                (word[1:].islower() or (word[:1].isdigit() and not word.isupper()))
                # (a sentence's last word: a full stop takes only an abbreviation, and these
                # words, of two characters or more or a digit, make no initial)
                and (after != "." or word + "." not in abbreviations)
                and after != "$"
                # (a possessive needs an apostrophe: ``States``, ``1990s`` are none)
                and (word[-1] not in ends or ("'" not in word and "’" not in word))
                and not word.endswith(_SEAT_SUFFIXES)  # (``Calgary-based``: two words)
            ):
                # Most names' words and numbers: nothing glued, abbreviated or possessive,
                # and no upper-case token (a lower-case letter after the first, or a number
                # with no capital); :func:`_add_token` keeps them as they are.
                add(Token(word, s, e))
                continue
            if (
                word.isupper()
                and after != "."
                and after != "$"
                and "'" not in word
                and "’" not in word
            ):
                # An acronym (``NATO``, ``US``): no lower-case letter to glue at, no full stop
                # or apostrophe; :func:`_add_token` keeps it as it is, an upper-case token.
                add(Token(word, s, e))
                upper += 1
                if upper == 3:
                    return None
                continue
            made = len(out)
            _add_token(out, text, word, s, e, end, rules)
            # One token, or none (``US$``), or two glued ones (neither upper case: the glue is
            # a lower-case letter before a capital).
            if len(out) > made and out[-1].text.isupper():
                upper += 1
                if upper == 3:
                    return None
            continue
        # (A stretch's words start with a lower-case letter or a digit: none capitalised.)
        first_start, first_end = match.span(1)  # ``first``
        word = text[first_start:first_end]
        add(Token(word, first_start, first_end, False, False))
        if group == 1:  # (no ``last``: a stretch of one word)
            continue
        last_start, last_end = match.span(2)  # ``last``
        if word in connectors:
            # Connectors may join a run to a later capital: their words up to the first other.
            for inner in _PLAIN_WORD.finditer(text, first_end, last_start):
                s, e = inner.span()
                add(Token(text[s:e], s, e, False, False))
                if text[s:e] not in connectors:
                    break
        add(Token(text[last_start:last_end], last_start, last_end, False, False))
    return out


#: English's connectors (no profile adds its own), and ``the`` (``Bank of the ...``).
#: The definite articles (``Office for the Coordination``): one may also open a body's name
#: (:func:`_name_opening`), and a run after one names no person by a particle inside it.
_DEFINITE = _EN.words("quotes", "definite_articles")
_ENGLISH_CONNECTORS = gz.CONNECTORS | gz.ENGLISH_CONNECTORS | _DEFINITE
#: Heads after which ``on`` goes on inside the name (``Intergovernmental Panel on Climate
#: Change``).
_ON_HEADS = frozenset(w.capitalize() for w in _EN.words("entities", "on_heads"))
#: Words that go on inside an organisation's name after its head (``Office for the ...``).
_HEAD_LINKS = _EN.words("entities", "head_links")
#: The links a name goes on through with an article (``Office for the ...``), the link after
#: the heads of :data:`_ON_HEADS`, and the link of :data:`gz.OF_HEADS` (``Ministry of ...``).
_ARTICLE_LINKS = _EN.words("entities", "article_links")
_ON_LINKS = _EN.words("entities", "on_links")
_OF_LINKS = _EN.words("entities", "of_links")
#: Articles before an apposition (``, a trade group whose ...``).
_ARTICLE_ALTERNATION = "|".join(sorted(_EN.words("quotes", "noun_articles")))


_INNER_CAPITAL = re.compile(r"(?<=[a-z]{2})[A-Z](?=[a-z])")
_WORD_PART = re.compile(r"[A-Z][a-z]+|[a-z]+")


class _Reads(threading.local):
    """How many times :func:`_glued` has read the text before a word, in this thread (another
    thread's reads must not hide this one's from :func:`chunk`)."""

    glued = 0


_GLUED_READS = _Reads()


def _glued(text: str, word: str, start: int) -> int:
    """Where ``word`` (at ``start``) is two words glued by page furniture, the offset of the
    second in it, else 0: a lower-to-upper case change where either side repeats a word written
    just before (``OmarIlhan`` after ``Ilhan``). Brand names (``AirTran``) repeat nothing."""
    match = _INNER_CAPITAL.search(word)
    if match is None or not word[:1].isupper():
        return 0
    # The text before the word is read: its region's findings are not the region's alone.
    _GLUED_READS.glued += 1
    left, right = word[: match.start()], re.match(r"[^\W\d_]+", word[match.start() :])
    before = set(_WORD_PART.findall(text[max(0, start - 60) : start]))
    return match.start() if left in before or (right and right.group(0) in before) else 0


def runs(text: str, toks: list[Token], rules: Rules = _ENGLISH) -> Iterator[list[Token]]:
    """Runs of capitalised words joined by single spaces (connectors allowed inside)."""
    run: list[Token] = []
    count = len(toks)
    for index, token in enumerate(toks):
        if token.capitalised:
            # (:func:`_joined` written out: a run's last word is never a possessive here)
            if (
                run
                and text[run[-1].end : token.start] not in _SPACE_GAPS
                and not _over_elision(text, run[-1], token, rules)
            ):
                yield _trim(run)
                run = []
            run.append(token)
        elif not run:
            continue  # a word without a capital outside a run starts none
        elif (
            text[run[-1].end : token.start] in _SPACE_GAPS
            and (
                rules.connector(token.text)
                # ``Sebastián Ortega y Gasset``: a first name or a title opens a person's name,
                # and a second word comes before the particle (``Luz y Fuerza``, ``Baba wa
                # Taifa``: a first name alone before it opens a body's name or a phrase).
                or (
                    token.text in gz.NAME_ONLY_CONNECTORS
                    and rules.profile is None
                    and 2 <= len(run) <= 3
                    and (rules.first_name(run[0].text) is not None or rules.role(run[0].text))
                    # (``Maria y Juan``: two people's first names)
                    and index + 1 < count
                    and rules.first_name(toks[index + 1].text) is None
                )
                # (English: ``Office for the Coordination``, ``Panel on Climate Change``)
                or (token.text in _DEFINITE and run[-1].text in _ARTICLE_LINKS)
                or (
                    token.text in _ON_LINKS
                    and run[-1].text in _ON_HEADS
                    and rules.profile is None
                    # (``Water Council on Thursday``: a date follows, not the name's rest)
                    and index + 1 < count
                    and toks[index + 1].text not in gz.CALENDAR
                )
            )
            and index + 1 < count
            and _joined(text, token, toks[index + 1])
            and (rules.profile is None or _connects(text, toks, index, rules))
        ):
            run.append(token)
        else:
            yield _trim(run)
            run = []
        if run and run[-1].possessive:
            yield _trim(run)
            run = []
    if run:
        yield _trim(run)


def _connects(text: str, toks: list[Token], index: int, rules: Rules) -> bool:
    """Whether the lower-case connectors from ``index`` on lead to a capitalised word
    (``Ministère de la Défense``), not to more lower-case text (``Berlin de la mañana``)."""
    for k in range(index, min(index + 3, len(toks))):
        token = toks[k]
        if k > index and not _joined(text, toks[k - 1], token):
            return False
        if token.capitalised:
            return k > index
        if not rules.connector(token.text):
            return False
    return False


#: The gaps that join two words of a name.
_SPACE_GAPS = (" ", "\u00a0")


def _over_elision(text: str, left: Token, right: Token, rules: Rules) -> bool:
    """Whether a name goes on from ``left`` to ``right`` over a space and a connector the
    tokenizer cut off ``right`` as an elided article (French ``d'``: ``Valéry Giscard
    d'Estaing``, ``Côte d'Ivoire``), as it does over ``de``; not into a place the language's
    tables know, nor a town the caller's test knows (``Pierre Martin d'Orléans``, ``le Grand
    Départ d'Amsterdam``: someone or something from there, as ``de Lyon`` is read)."""
    profile = rules.profile
    if profile is None:
        return False
    gap = text[left.end : right.start]
    if not (
        len(gap) == 3
        and gap[0] in _SPACE_GAPS
        and gap[2] in "'’"
        and gap[1:].replace("’", "'").lower() in profile.connectors
    ):
        return False
    if rules.lookup(right.text) is not None:
        return False
    return rules.towns is None or rules.towns(right.text, profile.code) is None


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return not left.possessive and gap in (" ", "\u00a0")


def _trim(run: list[Token]) -> list[Token]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    return run


def chunk(
    text: str,
    regions: Iterable[tuple[int, int]],
    stopwords: frozenset[str],
    *,
    heading: bool = False,
    language: str | None = None,
) -> list[Candidate]:
    """Candidates in each ``(start, end)`` region of ``text`` (each region one sentence).

    ``language`` is the document's (English rules when ``None`` or unknown).
    """
    offsets: list[int] = []
    fields: list[CandidateFields] = []
    _chunk(text, regions, stopwords, heading, language, offsets, fields)
    bounds = iter(offsets)
    return [Candidate(s, e, *rest) for s, e, rest in zip(bounds, bounds, fields, strict=True)]


def chunk_packed(
    text: str,
    regions: Iterable[tuple[int, int]],
    stopwords: frozenset[str],
    *,
    heading: bool = False,
    language: str | None = None,
) -> PackedCandidates:
    """:func:`chunk`'s candidates, packed (:class:`~newsbrief.nlp.candidates.PackedCandidates`,
    as the shared analysis holds them): equal to ``pack_candidates(chunk(...))``, made without
    a :class:`Candidate` object each."""
    offsets: list[int] = []
    fields: list[CandidateFields] = []
    _chunk(text, regions, stopwords, heading, language, offsets, fields)
    return pack_fields(offsets, fields)


@cache
def name_stopwords(code: str) -> frozenset[str]:
    """The stop words language ``code`` writes capitalised inside names (``[entities]
    name_stopwords``: ``Nuevo León``, ``Nueva York``, ``Haut Conseil``)."""
    return language_of(code).words("entities", "name_stopwords")


@cache
def _without_name_words(stopwords: frozenset[str], code: str) -> frozenset[str]:
    """``stopwords`` less the words language ``code`` writes capitalised inside names
    (:func:`name_stopwords`)."""
    own = name_stopwords(code)
    return stopwords - own if not own.isdisjoint(stopwords) else stopwords


on_reload(_without_name_words.cache_clear)
on_reload(name_stopwords.cache_clear)


#: A candidate as the chunker carries it: ``(start, end, fields)``, the fields those of a
#: :class:`Candidate` after its offsets (:data:`CANDIDATE_FIELDS`). Names recur, so most
#: candidates are replayed from remembered fields: a frozen object made for each one, read
#: back into its fields when packed, cost more than finding most of them.
_Found = tuple[int, int, CandidateFields]


def _chunk(
    text: str,
    regions: Iterable[tuple[int, int]],
    stopwords: frozenset[str],
    heading: bool,
    language: str | None,
    offsets: list[int],
    fields: list[CandidateFields],
    towns: TownTest | None = None,
) -> None:
    """:func:`chunk`, each candidate's ``start, end`` appended to ``offsets`` and its other
    fields to ``fields`` (with the caller's town test ``towns``, :attr:`Rules.towns`)."""
    rules = rules_for(language, towns)
    english = rules.profile is None
    if rules.profile is not None:
        stopwords = _without_name_words(stopwords, rules.profile.code)
    memory = _regions_read(rules, stopwords, heading)
    for start, end in regions:
        # A region's text alone decides what it yields, unless a currency sign follows it (a
        # token before one is no name) or a glued-repeat test reads the text before a word;
        # the text after a lone name (an apposition) is read again at each replay.
        if text[end : end + 1] == "$":
            if not (english and _quiet(text, start, end, stopwords)):
                here, aliases = _read_region(text, start, end, stopwords, heading, rules)
                here = refused(text, start, end, here, stopwords, language)
                _finish(text, here, aliases, offsets, fields)
            continue
        piece = text[start:end]
        known = memory.get(piece)
        if known is not None:
            # (Read before, so not quiet: only regions read are remembered.)
            _replay(text, start, known, offsets, fields)
            continue
        if english and _quiet(text, start, end, stopwords):
            continue  # (about a sixth of running text's sentences: ``The talks ended.``)
        reads = _GLUED_READS.glued
        here, aliases = _read_region(text, start, end, stopwords, heading, rules)
        here = refused(text, start, end, here, stopwords, language)
        _finish(text, here, aliases, offsets, fields)
        if _GLUED_READS.glued == reads:
            if _REGIONS_HELD[0] >= _REGIONS_LIMIT or _REGIONS_HELD[1] > _REGIONS_BYTES:
                _forget_regions()
                memory = _regions_read(rules, stopwords, heading)
            memory[piece] = _relative(here, aliases, start)
            _REGIONS_HELD[0] += 1
            _REGIONS_HELD[1] += (
                sys.getsizeof(piece) + _REGION_BYTES + _FINDING_BYTES * (len(here) + len(aliases))
            )


#: A dateline or a label in capitals opening an English sentence, up to its dash or colon
#: (``SEATTLE (AP) —``, ``BOSTON, Mass. -``, ``CAMP NOTES:``): the words after it open the
#: sentence. Two capitals opening its first word (``I -`` is none); words of bounded length:
#: the match stays linear on a long token of capitals.
_LEADING_LABEL = re.compile(
    r"[ \t\u00a0]*[A-Z]{2}[A-Z.'’\-]{0,30}(?:[ \u00a0][A-Z][A-Z.'’\-]{0,30}){0,4}"
    r"(?:,[ \u00a0][^\n—–()/:]{1,30}?)?[ \u00a0]*(?:\([^()\n]{1,30}\)[ \u00a0]*)?"
    r"(?:—|–|--?|:)[ \u00a0]+(?=[A-Z])"
)


def _quiet(text: str, start: int, end: int, stopwords: frozenset[str]) -> bool:
    """Whether English rules find nothing in ``text[start:end]``, told without reading its
    words: no capital after the first letter of its first word, and that word no capital or
    one :func:`_silent` passes over (``The``, ``But``, ``He``). A run starts with a capital
    letter and an upper-case token (:func:`_all_caps`) holds one, so the region holds no run
    but that first word alone."""
    match = _TOKEN.search(text, start, end)
    if match is None:
        return True
    s, e = match.span()
    # (``islower``: some cased letter and no upper-case or title-case one.)
    if not text[s + 1 : end].islower():
        return False
    if not text[s].isupper():
        return True
    first: list[Token] = []
    _add_token(first, text, text[s:e], s, e, end, _ENGLISH)
    return not first or _silent(first[0].text, stopwords)


#: A region's findings relative to its start, compact (the memory of regions holds a hundred
#: thousand of them; offsets below 257 are objects Python shares): its candidates laid end to
#: end in one tuple, ``start, end, fields, whether an apposition decides its type`` each; with
#: the aliases (most regions have none), a list of that tuple and the aliases as ``(start, end,
#: fields)``.
_Findings = tuple[Any, ...] | list[tuple[Any, ...]]


#: Regions (sentences, headings) already read, by their setting (the id of the :class:`Rules`,
#: the stop words, whether a heading), then by their text: the articles of a story repeat
#: whole sentences, so most regions of a feed were read before. Value: the rules and, for each
#: region's text, its findings relative to its start (:func:`_relative`).
_REGIONS: dict[tuple[int, frozenset[str], bool], tuple[Rules, dict[str, _Findings]]] = {}
#: The memory is emptied when it holds this many regions (a feed of 10,000 synthetic articles
#: holds 95,000 distinct ones, about 0.3 KB each: 93 characters and two candidates) ...
_REGIONS_LIMIT = 1 << 17
#: ... or when it holds about this many bytes (64 MB a process, which ``-j`` workers each have),
#: counted from above: the key's size, :data:`_REGION_BYTES` a region and :data:`_FINDING_BYTES`
#: a candidate or alias. A name-dense region (``Abcd, Efgh, ...``) holds about 250 bytes a
#: candidate (its fields, offsets beyond 256, its place in the tuple): such a memory holds about
#: 0.9 of its count. Most regions' candidates share their fields with the memory of runs, and
#: the count overstates them: 0.75 KB a synthetic region, so 10,000 articles fill it once.
_REGIONS_BYTES = 1 << 26
#: What a region's entry and findings tuple hold besides its key and candidates (from above).
_REGION_BYTES = 96
#: What one candidate or alias of a region holds at most.
_FINDING_BYTES = 256
#: How many regions the memory holds, and about how many bytes.
_REGIONS_HELD = [0, 0]


def _regions_read(rules: Rules, stopwords: frozenset[str], heading: bool) -> dict[str, _Findings]:
    """The memory of regions read with ``rules``, ``stopwords`` and ``heading``
    (:data:`_REGIONS`)."""
    key = (id(rules), stopwords, heading)
    known = _REGIONS.get(key)
    if known is None or known[0] is not rules:
        known = _REGIONS[key] = (rules, {})
    return known[1]


def _forget_regions() -> None:
    _REGIONS.clear()
    _REGIONS_HELD[:] = [0, 0]


def _read_region(
    text: str, start: int, end: int, stopwords: frozenset[str], heading: bool, rules: Rules
) -> tuple[list[tuple[_Found, bool]], list[_Found]]:
    """The candidates of one region, each with whether the text after it decides its type
    (:func:`_context_typed`), and the acronym aliases found in it."""
    code = rules.profile.code if rules.profile is not None else None
    # English regions skip the inner words of lower-case stretches (no English rule reads
    # them); another language's head-first organisations read every word.
    sparse = _sparse_tokens(text, start, end, rules) if code is None else None
    toks = sparse if sparse is not None else tokens(text, start, end, rules)
    # Sparse tokens are of a line with fewer than three upper-case words: no all-caps line.
    recased = code is None and sparse is None and _all_caps(toks)
    if recased:
        toks = _recased(toks, stopwords)
    first_word = toks[0].start if toks else start
    # (English) ``SEATTLE (AP) — Defenseman Ann Roe``, ``CAMP NOTES: Lefty Ann Roe``: the
    # sentence's words open after a dateline or a label in capitals, as at its start, for a
    # title before a person's name.
    # (Not in a line all in capitals, read recased: ``CRICKET - ESSEX BEAT SURREY``.)
    label = _LEADING_LABEL.match(text, start, end) if code is None and not recased else None
    opened = label.end() if label is not None and label.end() > first_word else first_word
    # This region's candidates only: aliases lie within one region, and rescanning every
    # earlier candidate per region made long documents quadratic.
    here: list[_Found] = []
    segments = [toks]
    if rules.profile is not None and rules.profile.org_leads:
        led, segments = _led_organisations(text, toks, stopwords, rules)
        here.extend(
            _triple(
                _candidate(
                    span,
                    "organisation",
                    canonical,
                    span[0].start == first_word,
                    heading,
                    english=False,
                )
            )
            for span, canonical in led
        )
    # Token ends, for a binary search of the word before each run (a scan of every token
    # per run made a long line of capitalised words quadratic).
    ends = [t.end for t in toks]
    for segment in segments:
        for run in runs(text, segment, rules):
            if not run:
                continue
            if code is None and len(run) == 1:
                token = run[0]
                if _silent(token.text, stopwords):
                    continue  # ``The``, ``But``, ``He`` opening a sentence: nothing to read
                initial = token.start == first_word
                if initial and _adverb(text, token, end):
                    continue  # ``Initially, the company ...``
                # (Almost half of the runs: a word alone, read once per setting.)
                before = _word_before(text, toks, ends, token)
                one = _one_word_at(token, before, stopwords, initial, heading)
                if one is not None:
                    here.append(one)
                continue
            if code is not None and len(run) > 1 and _dated_month(toks, ends, run[0], rules):
                # ``el 14 de Julio Sánchez``: a day's number before it makes the month a date's
                run = run[1:]
            before = _word_before(text, toks, ends, run[0])
            initial = (
                run[0].start == first_word
                or _after_colon(text, run[0], rules)
                or (
                    # (only a word before a first name and a surname, as a title opening it)
                    run[0].start == opened
                    and len(run) > 2
                    and rules.first_name(run[0].text) is None
                    and rules.first_name(run[1].text) is not None
                )
            )
            found = _analysed(run, before, stopwords, initial=initial, heading=heading, rules=rules)
            parts = (
                _office_holder_apart(text, toks, ends, run, found, rules) if code is None else []
            )
            if parts:
                found = []
                for part in parts:
                    after = before if part[0] is run[0] else _word_before(text, toks, ends, part[0])
                    found.extend(
                        _analysed(
                            part, after, stopwords, initial=initial and part[0] is run[0],
                            heading=heading, rules=rules,
                        )
                    )  # fmt: skip
            here.extend(found)
    if code is None and here and (_has_and(text, start, end) or text.find("&", start, end) >= 0):
        here = _known_across_and(text, here, start, end)
    if code is None and len(here) > 1 and _has_and(text, here[0][1], here[-1][0]):
        here = _joined_by_and(text, here)
    if code is None and here and _has_and(text, start, end):
        here = _coordinated_bodies(text, here)
    if code is not None and len(here) > 1:
        here = _places_across_conjunction(text, here, rules)
    if code is None and len(here) > 1 and _has_place_gap(text[here[0][1] : here[-1][0]]):
        here = _known_across_in(text, here)
    if code is None and len(here) > 1 and text.find("(", here[1][1], end) >= 0:
        here = _spelt_by_initials(text, here)
    if code is None and len(here) > 1 and here[0][2][SENTENCE_INITIAL]:
        here = _branch_opening(text, here, stopwords)
    if code is None and here and here[0][2][SENTENCE_INITIAL]:
        here[0] = _opening_final_head(text, here[0])
    if code is not None:
        here = sorted(
            ((s, e, _as_written(text, s, e, _set(f, LANGUAGE, code))) for s, e, f in here),
            key=_position,
        )
    if recased:  # an all-caps line counts as a heading: its names need the body's support
        here = [(s, e, _set(f, HEADING, True)) for s, e, f in here]
    # (An alias is written in parentheses inside the region: most regions have none.)
    parens = bool(here) and text.find("(", start, end) >= 0
    aliases = list(_acronym_aliases(text, here, start, end)) if parens else []
    if code is not None:
        return [(c, False) for c in here], aliases
    # English: a lone unknown name becomes an organisation on the evidence around it.
    # Unless re-cased, the tokens are the ones just found not to be an all-caps line.
    spans = {(s, e) for s, e, _ in aliases} if aliases else _NO_SPANS
    caps = _all_caps(toks) if recased else False
    # (A typed candidate or one with evidence is final: :func:`_context_typed` is not called.)
    here = [_plural_body(text, c) for c in here]
    typed = [(c, False) if c[2][TYPE] is not None or c[2][EVIDENCE] or c[:2] in spans
             else _context_typed(text, toks, c, caps, ends) for c in here]  # fmt: skip
    for n, (c, _) in enumerate(typed):
        f = c[2]
        if f[TYPE] == "person" and f[ROLE] is None and " " in f[TEXT]:
            typed[n] = (_placed(text, toks, c, ends), False)
    return typed, aliases


def _as_written(text: str, start: int, end: int, fields: CandidateFields) -> CandidateFields:
    """``fields`` of the candidate at ``text[start:end]`` with its text as written where its
    words were joined over an elided article or connector (``Banque d'Angleterre``,
    ``Valéry Giscard d'Estaing``; the words alone read ``Banque Angleterre``), with a
    straight apostrophe."""
    if len(fields[TEXT]) == end - start:
        return fields
    written = text[start:end]
    if _ELIDED_GAP.sub(" ", written) != fields[TEXT]:
        return fields
    # (one apostrophe, as the words' keys fold it: ``d’Estaing`` and ``d'Estaing`` are one)
    return _set(fields, TEXT, written.replace("’", "'"))


#: A space and an elided article or connector before a word (`` d'``, `` l'``).
_ELIDED_GAP = re.compile(r"[ \u00a0][^\W\d_]{1,2}['’](?=[^\W\d_])")


#: No alias spans (most regions).
_NO_SPANS: frozenset[tuple[int, int]] = frozenset()


def _leading_nouns(words: list[Token]) -> int:
    """How many words open ``words`` written like abstract nouns (``Intelligence``,
    ``Development``), leaving two words or more."""
    k = 0
    while k < len(words) - 2 and words[k].text.lower().endswith(gz.NOUN_ENDINGS):
        k += 1
    return k


@cache
def _conjunction_gaps(code: str) -> frozenset[str]:
    """Language ``code``'s conjunctions inside a name (``[entities] inner_conjunctions``),
    spaced: `` y ``, `` und ``."""
    return frozenset(
        f" {word} " for word in language_of(code).words("entities", "inner_conjunctions")
    )


on_reload(_conjunction_gaps.cache_clear)


def _places_across_conjunction(text: str, here: list[_Found], rules: Rules) -> list[_Found]:
    """Another language's candidates of one region with a place its gazetteer knows by a name
    holding a conjunction made whole where the names on either side of the conjunction were
    read apart (``Bosnia y Herzegovina``, ``Trinidad und Tobago``): a known name is one place,
    not two joined by the conjunction."""
    assert rules.profile is not None
    gaps = _conjunction_gaps(rules.profile.code)
    if not gaps:
        return here
    out: list[_Found] = [here[0]]
    for right in here[1:]:
        left = out[-1]
        if text[left[1] : right[0]] in gaps:
            name = text[left[0] : right[1]]
            canonical = rules.profile.place(name)
            if canonical is not None:
                fields = with_fields(
                    left[2], text=name, type="place", canonical=canonical, evidence=False,
                    role=None, gender=None,
                )  # fmt: skip
                out[-1] = (left[0], right[1], fields)
                continue
        out.append(right)
    return out


def _joined_by_and(text: str, here: list[_Found]) -> list[_Found]:
    """English candidates of one region with the bodies whose name holds ``and`` made whole:
    ``Institute of Geophysics and Planetary Physics``, ``Port Authority of New York and New
    Jersey`` (an organisation named ``of`` or ``for`` something, and a second such thing:
    common nouns, or a state after a state; ``Department for Science, Innovation and
    Technology``: a list of them), ``the Food and Drug Administration`` (after ``the``, unknown
    words and an organisation ending with its head) and ``Avon and Somerset Police`` (two
    areas' body)."""
    out: list[_Found] = [here[0]]
    for right in here[1:]:
        left = out[-1]
        joined = None
        if text[left[1] : right[0]] in _AND_GAPS:
            joined = _and_body(text, left, right)
            if (
                joined is None
                and len(out) > 1
                and text[out[-2][1] : left[0]] == ", "
                and _listed_thing(left[2])
            ):
                # ``Department for Science, Innovation and Technology``: a list of things.
                body = out[-2]
                whole = (body[0], left[1], _set(body[2], TEXT, text[body[0] : left[1]]))
                joined = _and_body(text, whole, right)
                if joined is not None:
                    out.pop()
            if (
                joined is None
                and len(out) > 1
                and _place_before(text, out[-2], left)
                # (``the Seattle Seahawks and Denver Broncos Football Club``: a place, a title
                # or a first name on the right opens a name of its own)
                and not any(_own_name_word(word) for word in right[2][TEXT].split())
            ):
                # ``the Lahore Water and Sanitation Authority``: a town opens the body's name.
                place = out[-2]
                whole = (place[0], left[1], _set(left[2], TEXT, text[place[0] : left[1]]))
                joined = _and_body(text, whole, right)
                if joined is not None:
                    out.pop()
            if joined is None and len(out) > 1 and text[out[-2][1] : left[0]] in _COMMA_GAPS:
                # ``the Rice, Wheat and Barley Exchange``: things listed before the head.
                first = len(out) - 1
                while first > 0 and text[out[first - 1][1] : out[first][0]] in _COMMA_GAPS:
                    first -= 1
                listed = out[first:]
                if all(_unknown_word(found[2]) for found in listed):
                    whole = (
                        listed[0][0],
                        left[1],
                        _set(listed[0][2], TEXT, text[listed[0][0] : left[1]]),
                    )
                    joined = _and_body(text, whole, right)
                    if joined is not None:
                        del out[first + 1 :]
        if joined is None:
            out.append(right)
        else:
            out[-1] = joined
    return out


#: A comma between two things listed (``Rice, Wheat``; ``Rice , Wheat`` as tokens).
_COMMA_GAPS = (", ", " , ")


def _unknown_word(fields: CandidateFields) -> bool:
    """Whether a candidate is one capitalised word, no name by any evidence (``Wheat``)."""
    word = fields[TEXT]
    return (
        fields[TYPE] is None
        and not fields[EVIDENCE]
        and " " not in word
        and word.isalpha()
        and not _own_name_word(word)
    )


#: ``[entities] inner_conjunctions`` (``and``) and ``[quotes] definite_articles`` (``the``,
#: ``The``) as pattern groups.
_AND = "(?:" + "|".join(sorted(map(re.escape, _EN.words("entities", "inner_conjunctions")))) + ")"
_THE = "(?:" + "|".join(sorted({form for w in _DEFINITE for form in (w, w.capitalize())})) + ")"
#: ``inner_conjunctions`` between two names, spaced (`` and ``), and ``[entities] of_links``
#: so (`` of ``).
_AND_GAPS = tuple(f" {word} " for word in sorted(_EN.words("entities", "inner_conjunctions")))
_OF_GAPS = tuple(f" {word} " for word in sorted(_EN.words("entities", "of_links")))
#: ``[entities] place_links`` so (`` in ``): a known body's name going on with a place.
_PLACE_GAPS = tuple(f" {word} " for word in sorted(_EN.words("entities", "place_links")))


def _has_and(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a conjunction of :data:`_AND_GAPS`."""
    return any(text.find(gap, start, end) >= 0 for gap in _AND_GAPS)


#: Capitalised words after a body's ``of`` thing, the last joined by ``and`` (``Office of
#: Management and Budget``, ``Ministry of Economy, Trade and Industry``), a small word next.
_THINGS_AFTER = re.compile(
    rf"((?:[ \u00a0]?,[ \u00a0][A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)*),?[ \u00a0]{_AND}"
    r"[ \u00a0]([A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)(?![\w'’&-]|[ \u00a0][A-Z\d(])"
)
#: ``the``, then capitalised words joined by ``and`` (and maybe more) to a body's name right
#: after (``the Securities and Exchange Board``, ``the Test and County Cricket Board``).
_THINGS_BEFORE = re.compile(
    rf"(?:^|[^\w’']){_THE}[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){{1,3}}{_AND}[ \u00a0]"
    r"(?:[A-Z][a-z]+[ \u00a0]){0,2})$"
)


def _coordinated_bodies(text: str, here: list[_Found]) -> list[_Found]:
    """English candidates of one region with a body's name that holds ``and`` made whole where
    the words it joins were no candidates of their own (common nouns, left out of runs):
    ``Department of Housing and Planning``, ``Ministry of Labour, Employment and Welfare``
    (the body's ``of`` thing and more things) and ``the Fisheries and Aquaculture Board of
    Kenya`` (after ``the``, capitalised words joined by ``and`` to a name holding a body's
    head). A word that is a title, a first name, a known place or body, or (after ``of``) a
    body's head names something of its own (``the Ministry of Defence and Foreign Office``)."""
    out: list[_Found] = []
    for found in here:
        start, end, fields = found
        if out and start < out[-1][1]:
            continue  # (a candidate the body before took in)
        if fields[TYPE] != "organisation" or fields[CANONICAL] is not None or fields[ROLE]:
            out.append(found)
            continue
        words = fields[TEXT].split()
        after = _THINGS_AFTER.match(text, end)
        if (
            after is not None
            and any(link in words[1:-1] for link in gz.TITLE_LINKS)
            and not text.startswith(("'", "’"), after.end())
            # (a body named for a place takes no more things: ``the Bank of Japan and Fed
            # officials`` are two bodies' officials)
            and words[-1] not in gz.place_names()
            and _last_thing(after.group(2))
            and all(
                _ENGLISH.first_name(word) is None
                and word not in gz.place_names()
                and word not in gz.organisation_names()
                for word in re.findall(r"[A-Z][a-z]+", after.group(0))
            )
            # (a body's head after ``and`` heads a body of its own: ``and Foreign Office``)
            and not any(_ENGLISH.org_head(word) for word in after.group(2).split())
        ):
            end = after.end()
        before = _THINGS_BEFORE.search(text, max(0, start - 60), start)
        if (
            before is not None
            and any(_ENGLISH.org_head(word) for word in words)
            and not any(_own_name_word(word) for word in before.group(1).split())
            # (a candidate among the words, no name by its own evidence: one of them)
            and all(f[TYPE] is None and not f[EVIDENCE] for s, _, f in out if s >= before.start(1))
            and not (out and out[-1][0] < before.start(1) < out[-1][1])
        ):
            start = before.start(1)
            while out and out[-1][0] >= start:
                out.pop()
        if (start, end) == found[:2]:
            out.append(found)
            continue
        name = text[start:end]
        whole = with_fields(fields, text=name, canonical=gz.organisation_names().get(name))
        out.append((start, end, whole))
    return out


@cache
def _known_with_and() -> re.Pattern[str]:
    """Every place or organisation the gazetteer knows whose name holds ``and`` (``Trinidad
    and Tobago``, ``Wallis and Futuna``), each written with ``and`` or ``&``, longest
    first, as one pattern of whole words."""
    known = {**gz.organisation_names(), **gz.place_names()}
    names = sorted((n for n in known if _has_and(n, 0, len(n))), key=len, reverse=True)
    spelt = []
    for name in names:
        written = re.escape(name)
        for gap in _AND_GAPS:
            written = written.replace(
                re.escape(gap), rf"[ \u00a0](?:{re.escape(gap.strip())}|&)[ \u00a0]"
            )
        spelt.append(written)
    # (a possessive may follow: ``Trinidad and Tobago's``, ``Saint Kitts and Nevis'``)
    return re.compile(
        r"(?<![\w&'’-])(?:" + "|".join(spelt) + r")(?=$|[^\w&'’-]|['’][sS]\b|(?<=s)['’](?!\w))"
    )


on_reload(_known_with_and.cache_clear)


def _known_across_and(text: str, here: list[_Found], start: int, end: int) -> list[_Found]:
    """English candidates of one region with a place or organisation the gazetteer knows by a
    name holding ``and`` made whole where the words around it were read as names of their own
    (``Trinidad and Tobago``, ``Sao Tome and Principe``, ``Bosnia & Herzegovina``): a known name
    is one, not two joined by ``and``; ``start`` and ``end`` bound the region."""
    out = here
    for match in _known_with_and().finditer(text, start, end):
        first, last = match.span()
        inside = [found for found in out if first <= found[0] and found[1] <= last]
        if not inside or any(
            found[0] < last and first < found[1] for found in out if found not in inside
        ):
            continue  # (no candidate there, or one reaching out of the name: leave them)
        places, organisations = gz.place_names(), gz.organisation_names()
        # (the name as the gazetteer writes it, with its conjunction for ``&``)
        name = next(
            spelt
            for gap in _AND_GAPS
            if (spelt := _AMPERSAND.sub(gap, match.group())) in places or spelt in organisations
        )
        kind = "place" if name in places else "organisation"
        canonical = (places if kind == "place" else organisations)[name]
        fields = with_fields(
            inside[0][2],
            text=match.group(),
            type=kind,
            canonical=canonical,
            evidence=False,
            role=None,
            gender=None,
        )
        at = out.index(inside[0])
        out = [*out[:at], (first, last, fields), *out[at + len(inside) :]]
    return out


def _last_thing(words: str) -> bool:
    """Whether ``words``, after ``and`` ending a body's ``of`` things, may be the last of them:
    not a title (``and Treasurer``) unless a field a portfolio is named for (``and Energy``,
    ``and Education``); two words with an abstract noun (``Water Services``, ``Electricity
    Markets``) or a describing word and a noun (``Social Welfare``, ``Rural Affairs``), not a
    name of its own (``Cambridge Analytica``, ``Fenwick Sachs``)."""
    first, _, last = words.rpartition(" ")
    if _ENGLISH.role(last) and not (
        last in gz.FINAL_HEADS or last.lower().endswith(gz.NOUN_ENDINGS)
    ):
        return False
    return (
        not first
        or words.lower().endswith(gz.NOUN_ENDINGS)
        or first.lower().endswith(gz.NOUN_ENDINGS + gz.DESCRIBING_ENDINGS)
    )


def _plural_body(text: str, found: _Found) -> _Found:
    """An unknown English name an organisation when it is a describing word or an abstract
    noun before a plural (``Radical Democrats``, ``Resistance Hawks``, ``Coastal Sharks``):
    a party, a movement or a team, no person (whose first name is no such word). Not when a
    capitalised word before or a link and one after show a longer name (``Northland Consolidated
    Copper Mines``, ``Liberation Wolves of Kandor``) or a place noun follows (``Western
    Ridges mine``)."""
    start, end, fields = found
    if (
        fields[TYPE] is not None
        or fields[EVIDENCE]
        or fields[ROLE]
        # (a sentence's or a headline's first capitals may be any words': ``Seeded Players``)
        or fields[SENTENCE_INITIAL]
        or fields[HEADING]
    ):
        return found
    words = fields[TEXT].split()
    before = text[max(0, start - 40) : start]
    after = _LINK_AFTER.match(text, end)
    if (
        len(words) < 2
        or gz.PLURAL_SHAPED.fullmatch(words[-1]) is None
        or not words[0].lower().endswith(gz.DESCRIBING_ENDINGS + gz.NOUN_ENDINGS)
        or any(_own_name_word(word) for word in words)
        or _patronymic(words[-1])
        or ((word := _WORD_BEFORE.search(before)) is not None and word.group(1) not in _ARTICLES)
        or (
            after is not None
            and (
                after.group(1) in _PLACE_FOLLOWERS
                or after.group(2)
                # (``its Western Ridges mine``: an owner's name before a noun names a thing)
                or before.endswith(_OWNERS_BEFORE)
            )
        )
    ):
        return found
    return start, end, with_fields(fields, type="organisation", gender=None)


def _patronymic(word: str) -> bool:
    """Whether the plural-shaped ``word`` is a first name and a plural ending, a surname made
    from a father's name (``Edwards``, ``Williams``, ``Matthews``): ``Kunal Edwards`` is a
    person whose first name the tables lack, no body."""
    return any(
        word.endswith(ending) and _ENGLISH.first_name(word[: -len(ending)]) is not None
        for ending in gz.PLURAL_ENDINGS
    )


#: A capitalised word and one space right before a name.
_WORD_BEFORE = re.compile(r"(?<![\w.'’&-])([A-Z][\w.'’&-]*) $")
#: ``its ``, ``their ``: an owner's determiner right before a name.
_OWNERS_BEFORE = tuple(f" {word} " for word in sorted(_EN.words("quotes", "apposed_possessives")))
#: The lower-case word after a name, and a capitalised word after it.
_LINK_AFTER = re.compile(r" ([a-z]+)\b( [A-Z])?")


#: An ampersand between two words of a name, spaced.
_AMPERSAND = re.compile(r"[ \u00a0]&[ \u00a0]")


def _has_place_gap(text: str) -> bool:
    """Whether ``text`` holds a link of :data:`_PLACE_GAPS` (`` in ``)."""
    return any(gap in text for gap in _PLACE_GAPS)


def _known_across_in(text: str, here: list[_Found]) -> list[_Found]:
    """English candidates of one region with a known organisation whose name holds ``in``
    made whole (``Organisation for Security and Cooperation in Europe``: a body's name, then
    ``in`` and a place, that the gazetteer knows as one name)."""
    out: list[_Found] = [here[0]]
    organisations = gz.organisation_names()
    for right in here[1:]:
        left = out[-1]
        whole = text[left[0] : right[1]]
        if text[left[1] : right[0]] in _PLACE_GAPS and whole in organisations:
            fields = _set(_set(left[2], TEXT, whole), TYPE, "organisation")
            out[-1] = (left[0], right[1], _set(fields, CANONICAL, organisations[whole]))
        else:
            out.append(right)
    return out


def _spelt_by_initials(text: str, here: list[_Found]) -> list[_Found]:
    """English candidates of one region with a body's name split into pieces made whole when
    the word in brackets after them is spelt by their initials (``Business Unity South Africa
    (Busa)``, ``Harbour Workers Canada (HWC)``): the acronym shows one name. The acronym itself
    is named by :func:`_acronym_aliases`, as after any organisation."""
    out: list[_Found] = []
    for found in here:
        out.append(found)
        match = _INITIALS_IN_PARENS.match(text, found[1])
        if match is None:
            continue
        letters = match.group(1).upper()
        # The pieces before, one space apart, back to where the initials spell the acronym
        # (at most as many pieces as the acronym has letters).
        first = len(out) - 1
        while (
            first > 0
            and len(out) - first < len(letters)
            and text[out[first - 1][1] : out[first][0]] == " "
        ):
            first -= 1
            whole = text[out[first][0] : found[1]]
            if _initials(whole) == letters:
                fields = with_fields(
                    out[first][2],
                    text=whole,
                    type="organisation",
                    canonical=gz.organisation_names().get(whole),
                    evidence=False,
                    role=None,
                    gender=None,
                )
                out[first:] = [(out[first][0], found[1], fields)]
                break
    return out


def _initials(name: str) -> str:
    """The capitalised initials of the words of ``name`` (``Business Unity South Africa``: BUSA)."""
    return "".join(word[0] for word in name.split()).upper()


#: An acronym in brackets, in capitals or capitalised only (``(BUSA)``, ``(Busa)``; spaced off
#: in a wire's tokenised text: ``( Busa )``).
_INITIALS_IN_PARENS = re.compile(r"[ \u00a0]?\([ \u00a0]?([A-Z][A-Za-z]{1,7})[ \u00a0]?\)")


def _branch_opening(text: str, here: list[_Found], stopwords: frozenset[str]) -> list[_Found]:
    """English candidates of one region with a company's branch named by a region or town made
    whole when it opens the sentence and speaks (``Entergy Louisiana said``): in mid-sentence
    an unknown word before a place already makes one (``Ford Australia``), but a sentence's
    first word may be any noun's capital (``Host China``), so only a speech verb after the
    place shows a name there."""
    first, place = here[0], here[1]
    word = first[2][TEXT]
    if not (
        first[2][TYPE] is None
        and not first[2][EVIDENCE]
        and " " not in word
        and word.isalpha()
        and word.lower() not in stopwords
        # (a word describing the place, or people: ``Coastal Kerala``, ``Hosts Leicester``)
        and not word.lower().endswith(gz.DESCRIBING_ENDINGS)
        and gz.PLURAL_SHAPED.fullmatch(word) is None
        and _ENGLISH.first_name(word) is None
        and place[2][TYPE] == "place"
        # (a country after a sentence's first word is more often described than a branch's:
        # ``Neighbouring Tanzania said``)
        and (place[2][CANONICAL] or place[2][TEXT]) not in gz.country_names()
        and text[first[1] : place[0]] == " "
        and _SAID_AFTER.match(text, place[1]) is not None
    ):
        return here
    whole = text[first[0] : place[1]]
    fields = with_fields(
        first[2], text=whole, type="organisation", canonical=None, evidence=False, gender=None
    )
    return [(first[0], place[1], fields), *here[2:]]


def _opening_final_head(text: str, found: _Found) -> _Found:
    """An English candidate opening a sentence, left unknown when it is two words ending with
    one of :data:`gz.FINAL_HEADS` and neither a town before the head nor a speech verb or
    possessive after shows a body: a sentence's first word may be any adjective's capital
    (``Safe Water is a right``, ``Cheap Energy drove the boom``; ``Durban Water said``,
    ``Brightvale Energy's tariffs`` stay bodies). In mid-sentence the capitals show a name."""
    fields = found[2]
    words = fields[TEXT].split()
    if (
        fields[TYPE] != "organisation"
        or fields[CANONICAL] is not None
        or len(words) != 2
        or words[1] not in gz.FINAL_HEADS
        or words[0] in gz.place_names()
        or words[0].isupper()  # (``EDF Energy``)
        or _SAID_AFTER.match(text, found[1]) is not None
        or _PAST_AFTER.match(text, found[1]) is not None  # (``Southern Water apologised``)
        or text.startswith(("'s", "’s"), found[1])
    ):
        return found
    return found[0], found[1], with_fields(fields, type=None, evidence=False)


#: A regular past tense right after a name: the name is the sentence's subject.
_PAST_AFTER = re.compile(
    r"[ \u00a0]+[a-z]+(?:"
    + "|".join(sorted(_EN.words("quotes", "past_participle_endings")))
    + r")\b"
)


def _place_before(text: str, place: _Found, left: _Found) -> bool:
    """Whether ``place`` is a town or region written right before the unknown name ``left``,
    one space apart (``Lahore Water``; not a country: ``U.S. Food and Drug Administration``
    is the country and its body)."""
    return (
        place[2][TYPE] == "place"
        and (place[2][CANONICAL] or place[2][TEXT]) not in gz.country_names()
        and left[2][TYPE] is None
        and not left[2][EVIDENCE]
        and text[place[1] : left[0]] == " "
    )


def _listed_thing(fields: CandidateFields) -> bool:
    """Whether a candidate between ``, `` and ``and`` in a body's name may be one of the things
    the body is named for: one unknown word written like an abstract noun (``Innovation``)."""
    word = fields[TEXT]
    return (
        fields[TYPE] is None
        and not fields[EVIDENCE]
        and " " not in word
        and word.lower().endswith(gz.NOUN_ENDINGS)
        and not _own_name_word(word)
    )


def _name_opening(text: str, start: int) -> int | None:
    """Where a body's name that ``the`` opens begins, when ``text[start:]`` follows ``the``
    (``start``), ``the`` and a demonym (``the Nigerian Midstream and ...``: the demonym's
    start) or ``the`` and a country, the body's own (``the U.S. Seed and ...``: ``start``, the
    country a place of its own); ``None`` with no ``the`` before."""
    before = text[max(0, start - 40) : start]
    found = _THE_BEFORE.search(before)
    if found is None:
        return None
    if found.group(1) is None:
        return start
    if found.group(1) in gz.country_names() or gz.place_names().get(found.group(1)) in (
        gz.country_names()
    ):
        return start
    if found.group(1) not in gz.DEMONYMS:
        return None
    return start - len(before) + found.start(1)


def _titles_before(text: str, start: int) -> int:
    """Where the title words written right before ``text[start:]`` begin (``start`` with
    none): inside a body's name that ``the`` opens they are its words, though the chunker
    reads them as a title and leaves them out (``the State Peace and Unity Council``, ``the
    National Disaster and Relief Agency``)."""
    while (found := _TITLE_BEFORE.search(text, max(0, start - 40), start)) is not None and (
        found.group(1) in gz.ROLE_WORDS
    ):
        start = found.start(1)
    return start


#: A capitalised word and a space right before a position.
_TITLE_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) $")


#: A definite article, maybe a lower-case describing word (``the ruling``, ``the embattled``)
#: and maybe one capitalised word (or abbreviation) after it, right before a name (``the ``,
#: ``the Nigerian ``, ``the U.S. ``).
_THE_BEFORE = re.compile(
    r"(?:^|\W)"
    + _THE
    + r" (?:[a-z]+(?:"
    + "|".join(gz.DESCRIBING_ENDINGS)
    + r") )?(?:([A-Z][\w.-]+) )?$"
)


def _own_name_word(word: str) -> bool:
    """Whether ``word`` on the right of ``and`` is a title, a first name or a known place or
    body's name: the words after ``and`` then name something else (:func:`_and_body`)."""
    return (
        _ENGLISH.role(word)
        or _ENGLISH.first_name(word) is not None
        or word in gz.place_names()
        or word in gz.organisation_names()
    )


#: What links a body's name to the thing it is named for (``Institute of``, ``Port Authority of
#: the``): a title's link (:data:`gz.TITLE_LINKS`) and maybe a definite article.
_THING_LINK = re.compile(
    " (?:" + "|".join(sorted(gz.TITLE_LINKS)) + ")(?: (?:" + "|".join(sorted(_DEFINITE)) + "))? "
)


def _and_body(text: str, left: _Found, right: _Found) -> _Found | None:
    """The organisation ``left and right`` make (:func:`_joined_by_and`), or ``None``."""
    lf, rf = left[2], right[2]
    if (
        rf[HEADING] != lf[HEADING]
        or (rf[TYPE] == "organisation" and rf[CANONICAL] is not None)  # a known body
        or text.startswith(("'", "’"), right[1])  # (``and Ukraine's``)
    ):
        return None
    start = left[0]
    words = rf[TEXT].split()
    tail = _THING_LINK.split(lf[TEXT])
    if lf[TYPE] == "organisation" and lf[CANONICAL] is None and len(tail) > 1:
        thing = tail[-1]
        if rf[TYPE] == "place":
            states = gz.subdivision_names()
            if thing not in states or rf[TEXT] not in states:
                return None
        elif not (
            # (an unknown body's name too: ``Local Government`` after ``Ministry of Housing,
            # Communities and``)
            (rf[TYPE] is None or (rf[TYPE] == "organisation" and rf[CANONICAL] is None))
            and not rf[EVIDENCE]
            and thing not in gz.place_names()
            and thing not in gz.organisation_names()
            # (the last word a common noun: ``Planetary Physics``; not ``Cambridge Analytica``)
            and words[-1].lower().endswith(gz.NOUN_ENDINGS)
            # (``Institute of Physics and Chemistry Professor Ann Lee``: a title, a first
            # name or a known place or body on the right starts a name of its own)
            and not any(_own_name_word(word) for word in words)
        ):
            return None
    elif (
        (
            lf[TYPE] is None
            # (``the Karachi Water and Sewerage Corporation``: a head that ends a run only
            # as its last word heads nothing before ``and``)
            or (
                lf[TYPE] == "organisation"
                and lf[CANONICAL] is None
                and lf[TEXT].rsplit(" ", 1)[-1] in gz.FINAL_HEADS
            )
        )
        and not lf[EVIDENCE]
        and rf[TYPE] == "organisation"
        and (opening := _name_opening(text, _titles_before(text, left[0]))) is not None
        and not any(link in rf[TEXT] for link in _OF_GAPS)
        and words[-1] in gz.ORGANISATION_HEADS
        # (a first name opens a person's name; later in the run it is a word: ``BC Ferry``)
        and _ENGLISH.first_name(lf[TEXT].split()[0]) is None
    ):
        # ``the Cocoa Grading and Marketing Authority``; a demonym before it is the name's
        # (``the Nigerian Midstream and Downstream Petroleum Regulatory Authority``).
        start = opening
    elif (
        lf[TYPE] in (None, "place")
        and not lf[EVIDENCE]
        and " " not in lf[TEXT]
        and (lf[CANONICAL] or lf[TEXT]) not in gz.country_names()
        # (a plural opening a sentence names people: ``Protesters and Capitol Police``)
        and not (lf[SENTENCE_INITIAL] and gz.PLURAL_SHAPED.fullmatch(lf[TEXT]))
        and rf[TYPE] == "organisation"
        and len(words) == 2
        and words[-1] in gz.AREA_HEADS
        and _ENGLISH.first_name(words[0]) is None
    ):
        pass  # ``Avon and Somerset Police``: two areas' body
    elif (
        lf[TYPE] is None
        and not lf[EVIDENCE]
        and not any(_own_name_word(word) for word in lf[TEXT].split())
        # (a plural opening a sentence names people, unless an abstract noun: ``Industries``)
        and not (
            lf[SENTENCE_INITIAL]
            and gz.PLURAL_SHAPED.fullmatch(lf[TEXT])
            and not lf[TEXT].lower().endswith(gz.NOUN_ENDINGS)
        )
        # (a field's noun on the left: not a company, ``Vantorra and Air Portugal``)
        and (
            lf[TEXT].lower().endswith(gz.NOUN_ENDINGS)
            or gz.PLURAL_SHAPED.fullmatch(lf[TEXT].rsplit(" ", 1)[-1]) is not None
        )
        and rf[TYPE] == "organisation"
        and len(words) > 1
        and words[-1] in gz.country_names()
        and words[0] not in gz.PLACE_ORGANISATION_LEADS
        and not any(_own_name_word(word) for word in words[:-1])
    ):
        pass  # ``Mining and Minerals Australia``: a country's department named for two fields
    else:
        return None
    name = text[start : right[1]]
    fields = with_fields(
        lf,
        text=name,
        type="organisation",
        canonical=gz.organisation_names().get(name),
        evidence=False,
        role=None,
        gender=None,
    )
    return start, right[1], fields


def _placed(text: str, toks: list[Token], candidate: _Found, ends: list[int]) -> _Found:
    """``candidate`` a place when a lower-case place noun follows it in mid-sentence (``Abu
    Ghraib prison``): a first-name list took it for a person's name (a title or role noun
    before it would have been kept as its role)."""
    start, end, fields = candidate
    last = bisect.bisect_left(ends, end)
    if (
        not fields[SENTENCE_INITIAL]
        and last + 1 < len(toks)
        and ends[last] == end
        and toks[last + 1].text in _PLACE_FOLLOWERS
        and _joined(text, toks[last], toks[last + 1])
    ):
        return start, end, with_fields(fields, type="place", evidence=False, gender=None)
    return candidate


def _finish(
    text: str,
    here: list[tuple[_Found, bool]],
    aliases: list[_Found],
    offsets: list[int],
    fields: list[CandidateFields],
) -> None:
    """Append to ``offsets`` and ``fields`` the region's candidates (typed by an apposition
    where that decides; an unresolved one that an alias spans dropped), then its aliases."""
    spans = {(s, e) for s, e, _ in aliases} if aliases else _NO_SPANS
    for (start, end, own), ask in here:
        if ask and (comma := _comma_after(text, end)) >= 0:
            own = _apposed(text, comma, own)
        if own[TYPE] is not None or (start, end) not in spans:
            offsets += (start, end)
            fields.append(own)
    for start, end, own in aliases:
        offsets += (start, end)
        fields.append(own)


def _relative(here: list[tuple[_Found, bool]], aliases: list[_Found], start: int) -> _Findings:
    """A region's candidates and aliases (:func:`_read_region`), found at ``start``, as
    :data:`_Findings` (relative to the region's start)."""
    laid = tuple([x for (s, e, f), ask in here for x in (s - start, e - start, f, ask)])
    if not aliases:
        return laid
    return [laid, tuple([(s - start, e - start, f) for s, e, f in aliases])]


def _replay(
    text: str,
    start: int,
    findings: _Findings,
    offsets: list[int],
    fields: list[CandidateFields],
) -> None:
    """:func:`_finish` of a region read before, at ``start``."""
    laid = findings if isinstance(findings, tuple) else findings[0]
    if laid is findings:
        # No alias (most regions): the candidates as they were, each whose type an apposition
        # decides read again (:func:`_finish` with no alias spans, written out).
        found = iter(laid)
        for s, e, rest, ask in zip(found, found, found, found, strict=True):
            e += start
            if ask and (comma := _comma_after(text, e)) >= 0:
                rest = _apposed(text, comma, rest)
            offsets += (start + s, e)
            fields.append(rest)
        return
    found = iter(laid)
    here = [
        ((start + s, start + e, rest), ask)
        for s, e, rest, ask in zip(found, found, found, found, strict=True)
    ]
    aliases = [(start + s, start + e, f) for s, e, f in findings[1]]
    _finish(text, here, aliases, offsets, fields)


def _all_caps(toks: list[Token]) -> bool:
    """Whether a region is an all-caps line (a headline, a table row): its capitals prove
    nothing about acronyms."""
    # At least three words must be upper case (3 of 3, 4 of 5...): most lines have fewer
    # upper-case tokens than that at all, and are answered without reading every word.
    if sum(1 for t in toks if t.text.isupper()) < 3:
        return False
    words = [t.text for t in toks if any(c.isalpha() for c in t.text)]
    return len(words) >= 3 and sum(w.isupper() for w in words) * 5 >= len(words) * 4


# ``A380``, ``787``, ``F-16s``; ``Chapter 11`` and ``Flight 447`` name no maker.
def _recased(toks: list[Token], stopwords: frozenset[str]) -> list[Token]:
    """An all-caps line's words as running text writes them (``JOHN MAJOR SAYS`` -> ``John
    Major says``): known acronyms and bodies kept, small words and speech verbs lower-cased
    unless they open a known place or body's name (``NEW DELHI`` -> ``New Delhi``).
    Offsets are unchanged, so mentions stay verbatim."""
    known = gz.organisation_names().keys() | gz.place_names().keys()
    verbs = language_of("en").speech_verbs
    out = []
    for i, token in enumerate(toks):
        word = token.text
        if word.isupper() and len(word) > 1 and "." not in word and word not in known:
            lower = word.lower()
            small = lower in stopwords or lower in verbs
            word = lower if small and not _opens_known(toks, i, known) else word.title()
        out.append(Token(word, token.start, token.end, token.possessive))
    return out


#: The most words after a small word :func:`_opens_known` reads.
_KNOWN_AFTER = 3


def _opens_known(toks: list[Token], i: int, known: set[str]) -> bool:
    """Whether the all-caps word ``toks[i]`` and the words after it, written as running text
    writes names, are a known place or body's name (``NEW DELHI``, ``NEW SOUTH WALES``)."""
    words = [toks[i].text.title()]
    for token in toks[i + 1 : i + 1 + _KNOWN_AFTER]:
        words.append(token.text.title())
        if " ".join(words) in known:
            return True
    return False


_FLIGHT = "Flight"
#: First words :func:`_company_or_club` reads (after a place, it reads the next word).
_COMPANY_OR_CLUB_FIRST = gz.ROLE_WORDS | gz.PLACE_ORGANISATION_LEADS
_NATIONAL_FIRST = frozenset(body.split()[0] for body in gz.NATIONAL_BODIES)
#: A head that ends an organisation's name only where the name ends (``Amnesty International``).
_INTERNATIONAL = "International"
#: English words of two letters (the stop words among them are never names).
_TWO_LETTER_WORDS = _EN.words("entities", "two_letter_words")
#: English month names (``Theresa May``: a month after a first name is a surname).
_MONTHS = frozenset(language_of("en").months)
#: English articles that may open a capitalised run without being part of the name in it.
_ARTICLES = frozenset(w.capitalize() for w in _EN.words("entities", "articles"))
#: Words opening a sentence's adverbial before its subject (``On Thursday Velmore Ltd said``).
_OPENING_ADJUNCTS = _EN.words("entities", "opening_adjuncts")
#: Those that open only a prepositional phrase (``On Semiconductor Corp``: no clause follows).
_OPENING_PREPOSITIONS = _EN.words("entities", "opening_prepositions")
#: Words before a run after which a place that is also a first name is the place
#: (``at London Heathrow``, not ``with Paris Hilton``).
_LOCATIVES = _EN.words("entities", "locatives")

#: Verbs of saying that show the name before them speaks (``Saka said``).
_SPEECH_VERBS = _EN.words("entities", "name_speech_verbs")
# ``NetChoice, a trade group whose members...``: an organisation noun in apposition.
_APPOSED_BODY = re.compile(
    r",\s+(?:"
    + _ARTICLE_ALTERNATION
    + r")\s+(?:[\w’'\-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(
            gz.ORGANISATION_DESCRIPTORS - _EN.words("entities", "not_apposed_descriptors"),
            key=len,
            reverse=True,
        )
    )
    + r"|group)\b(?!\s+of\b)"
    # (``killing 240 around Lijiang, the Xinhua news agency said``: the body is who speaks)
    + r"(?!\s+(?:"
    + "|".join(sorted(_SPEECH_VERBS, key=lambda w: (-len(w), w)))
    + r")\b)"
)
# ``Ana Dela-Cruz, the town's disaster officer,``: a person's role in apposition (singular:
# ``X, the agency's officers`` may be a body's; not one a body holds too: ``X, the bank's
# adviser,``; nor a role after a preposition: ``X, the residence of the president,``).
_APPOSED_PERSON = re.compile(
    r",\s+(?:(?:"
    + _ARTICLE_ALTERNATION
    + r")\s+|[A-Z][\w\-]*(?:'s|’s)\s+)(?:(?!(?:"
    + "|".join(sorted(_EN.words("entities", "apposition_breaks")))
    + r")\s)[\w’'\-]+\s+){0,3}?(?:"
    + "|".join(
        sorted(
            (
                w
                for w in gz.PERSON_ROLE_NOUNS - _EN.words("entities", "apposed_shared_roles")
                if not (w.endswith("s") and w[:-1] in gz.PERSON_ROLE_NOUNS)
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?=\s*[,.;]|\s+(?:"
    + "|".join(sorted(_EN.words("quotes", "role_prepositions"), reverse=True))
    + r")\b)"
)


def _comma_after(text: str, end: int) -> int:
    """Where the comma opening an apposition after a name ending at ``end`` stands, right after
    it or after one space (text split into tokens: ``Ana Ruiz , an official``), else -1."""
    if text.startswith(",", end):
        return end
    return end + 1 if text.startswith((" ,", "\u00a0,"), end) else -1


def _apposed(text: str, end: int, fields: CandidateFields) -> CandidateFields:
    """``fields`` typed by the apposition after ``end`` (a comma there): a lone word by a
    body's noun (``NetChoice, a trade group``), a longer name by a person's role (``Ana
    Dela-Cruz, the town's disaster officer,``)."""
    if " " not in fields[TEXT]:
        if _APPOSED_BODY.match(text, end):
            return _set(fields, TYPE, "organisation")
    elif _APPOSED_PERSON.match(text, end):
        return _set(fields, TYPE, "person")
    return fields


# After a speech verb: ``its`` (``Cisco said its lawsuit``, ``... said that its``).
_SAID_ITS = re.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?its\b")
#: One or two lower-case words, then ``its`` (``left its``, ``has cut its``), the last no
#: preposition or conjunction (``the Sahel and its people``).
_VERB_ITS = re.compile(
    r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?!(?:"
    + "|".join(
        sorted(_EN.words("quotes", "term_prepositions") | _EN.words("quotes", "noun_conjunctions"))
    )
    + r")\b)[a-z]+[ \u00a0]+its\b"
)
#: A speech verb right after a name (``Entergy Louisiana said``).
_SAID_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(_SPEECH_VERBS, key=lambda w: (-len(w), w))) + r")\b"
)
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,}[A-Za-z\-]*|\d{3,}[A-Za-z\-]*")
_NOT_MAKERS = frozenset(w.capitalize() for w in _EN.words("entities", "not_makers"))
#: A rank opening a list's line right before a name (``2. Wiberg 398``).
_RANK_BEFORE = re.compile(r"(?:^|\n)\d{1,3}\.[ \u00a0]$")
#: Followers that show an organisation only in mid-sentence (``Global shares fell``).
_WEAK_FOLLOWERS = _EN.words("entities", "weak_followers")
#: Lower-case nouns that, right after an unknown name in mid-sentence, show it names a place
#: (``Heathrow airport``, ``Idlib province``, ``Kherson oblast``).
_PLACE_FOLLOWERS = _EN.words("entities", "place_followers")
#: Lower-case nouns after an unknown acronym that make it a meeting's name (``MEM meeting``).
_MEETING_FOLLOWERS = _EN.words("entities", "meeting_followers")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
#: Nouns after a possessive that only a company has (a person has shares, stakes and staff);
#: the list is read in lower case, its acronyms (``CEO``) are written in capitals.
_COMPANY_POSSESSIONS = frozenset(
    w.upper() if w.upper() in gz.NOT_ACRONYMS else w
    for w in _EN.words("entities", "company_possessions")
)
_POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})
#: First words of competitions named head first (``Tour de France``): no name inside the run.
_EVENT_LEADS = frozenset(w.capitalize() for w in _EN.words("entities", "event_leads"))
#: Heads of events and laws that swallow a place before them (``Kyoto Protocol``).
_PLACE_EVENT_HEADS = frozenset(w.capitalize() for w in _EN.words("entities", "place_event_heads"))
#: Heads of competitions named after a place or a body (``U.S. Open``, ``Monaco Grand Prix``).
_COMPETITION_HEADS = tuple(
    tuple(head.split()) for head in sorted(_EN.words("entities", "competition_heads"))
)
#: Heads after one surname that name a person's time in office (``Bush Administration``).
_LEADER_HEADS = frozenset(w.capitalize() for w in _EN.words("entities", "leader_heads"))
#: Words before a place that make one place with it (``Central London``).
_PLACE_PARTS = frozenset(w.capitalize() for w in _EN.words("entities", "place_parts"))


def _context_typed(
    text: str, toks: list[Token], candidate: _Found, caps: bool, ends: list[int] | None = None
) -> tuple[_Found, bool]:
    """``candidate`` typed ``organisation`` when it is an unknown lone name that an organisation
    noun precedes (``aircraft manufacturer Boeing``), an organisation word follows (``Apple
    CEO``, ``Boeing spokeswoman``, ``Ryanair shares``), a model code follows (``Airbus A380``,
    ``Boeing 787``), or that is an acronym (``EADS``, ``GAO``) outside an all-caps line; an
    unknown full name, when an organisation word follows it (``Northrop Grumman CEO``). Typed
    ``place`` when it is a town named with its region (``Cupertino, California``) or a
    lower-case place noun follows it (``Heathrow airport``).

    ``ends`` are the tokens' ends, in order (computed when not given). With the candidate,
    whether the text after it decides: an organisation noun in apposition (``NetChoice, a
    trade group``; :func:`_finish` reads it, the only evidence outside the region)."""
    start, end, fields = candidate
    if fields[TYPE] is not None or fields[EVIDENCE]:
        return candidate, False
    if ends is None:
        ends = [t.end for t in toks]
    # Tokens do not overlap, so the one starting at an offset is the first ending after it,
    # and a binary search finds both ends (a scan per candidate made long lines quadratic).
    index = bisect.bisect_right(ends, start)
    last = bisect.bisect_left(ends, end)
    if index >= len(toks) or toks[index].start != start:
        return candidate, False
    if last >= len(toks) or ends[last] != end:
        return candidate, False
    if (
        last + 1 < len(toks)
        and _joined(text, toks[last], toks[last + 1])
        and toks[last + 1].text.lower() in _SPEECH_VERBS
    ):
        fields = _set(fields, SPEAKS, True)
        candidate = start, end, fields
        # ``Spirit AeroSystems said its``: a name that speaks of ``its`` is an organisation's.
        if _SAID_ITS.match(text, toks[last + 1].end, toks[-1].end):
            return (start, end, _set(fields, TYPE, "organisation")), False
    initial = fields[SENTENCE_INITIAL]
    before = toks[index - 1] if index > 0 else None
    if (
        before is not None
        and before.text in _DEFINITE
        and _joined(text, before, toks[index])
        and _VERB_ITS.match(text, end) is not None
    ):
        # ``after the Bundesbank left its rates unchanged``: a name after ``the`` acting on
        # ``its`` is a body's (a person's name takes no article).
        return (start, end, _set(fields, TYPE, "organisation")), False
    if _town_in_region(text, toks, index, last):
        return (start, end, _set(fields, TYPE, "place")), False
    described = (
        before is not None
        and _joined(text, before, toks[index])
        and before.text.lower() in gz.ORGANISATION_DESCRIPTORS
        and not before.capitalised
    )
    after = toks[last + 1] if last + 1 < len(toks) else None
    word = fields[TEXT]
    if " " in word:  # more than one word (a token holds no space)
        # ``aircraft maker Northrop Grumman``: an organisation noun before an unknown name;
        # ``Northrop Grumman CEO``, ``Aer Lingus shares``: an organisation word after it.
        # (``Ana Dela-Cruz, the town's disaster officer``: :func:`_apposed` reads the rest.)
        return (
            ((start, end, _set(fields, TYPE, "organisation")), False)
            if described or _organisation_word_after(text, toks[last], after, initial)
            else (candidate, _comma_after(text, end) >= 0)
        )
    followed = _organisation_word_after(text, toks[index], after, initial) or (
        after is not None
        and _joined(text, toks[index], after)
        and _MODEL_CODE.fullmatch(after.text) is not None
        and word not in _NOT_MAKERS
        # (``2. Wiberg 398``: a ranked list's name and its points, no maker and its model;
        # ``1. Ford F-150``, a model code with letters, is a maker's in a list too)
        and not (after.text.isdigit() and _RANK_BEFORE.search(text, max(0, start - 8), start))
    )
    # ``Cisco's shareholders``, ``Apple's CEO``: what only a company has.
    owns = (
        after is not None
        and toks[index].possessive
        and after.text in _COMPANY_POSSESSIONS
        and text[toks[index].end : after.start] in _POSSESSIVE_GAPS
    )
    acronym = (
        not caps
        and _ACRONYM.fullmatch(word) is not None
        and word not in gz.NOT_ACRONYMS
        # ``GM``, ``AZ``, ``DM``: a two-letter word English's stop words hold (country codes)
        # is an organisation's only by evidence (``GM shares``, ``General Motors (GM)``).
        and not (len(word) == 2 and word.lower() in resources("en").stopwords)
        # ``Boeing 737 MAX``, ``Airbus A350 XWB``: capitals after a model number name a model.
        and not (
            before is not None
            and _joined(text, before, toks[index])
            and (before.text[:1].isdigit() or _MODEL_CODE.fullmatch(before.text) is not None)
        )
    )
    if described or followed or owns:
        return (start, end, _set(fields, TYPE, "organisation")), False
    if (
        after is not None
        and not initial
        and after.text in _PLACE_FOLLOWERS
        and _joined(text, toks[index], after)
    ):
        return (start, end, _set(fields, TYPE, "place")), False  # (``JFK airport`` too)
    if acronym and not (
        # ``the MEM meeting``: an unknown acronym naming a meeting names no body.
        after is not None and after.text in _MEETING_FOLLOWERS and _joined(text, toks[index], after)
    ):
        return (start, end, _set(fields, TYPE, "organisation")), False
    return candidate, True


def _town_in_region(text: str, toks: list[Token], index: int, last: int) -> bool:
    """Whether the unknown name ``toks[index : last + 1]`` is a town named with its region:
    a comma and a state or province (``Cupertino, California``, ``Mobile, Alabama``, ``Halifax,
    Nova Scotia``) or, after a preposition of place, a country (``in Kramatorsk, Ukraine``).
    The region's capitalised words are all there is (not ``Washington Post``, ``Ukraine's``)."""
    k = last + 1
    if k >= len(toks) or text[toks[last].end : toks[k].start] != ", " or toks[last].possessive:
        return False
    if index > 0 and toks[index - 1].capitalised and _joined(text, toks[index - 1], toks[index]):
        return False  # (part of a longer name: ``Long Beach`` read as ``Beach``)
    stop = k
    while stop < len(toks) and toks[stop].capitalised and stop - k < 4:
        if stop > k and not _joined(text, toks[stop - 1], toks[stop]):
            break
        stop += 1
    if stop == k or toks[stop - 1].possessive:
        return False
    if stop < len(toks) and toks[stop].capitalised and _joined(text, toks[stop - 1], toks[stop]):
        return False  # (more capitalised words than a region's name holds)
    region = _span_text(toks[k:stop])
    if region in gz.subdivision_names():
        return True
    return (
        region in gz.country_names()
        and index > 0
        and toks[index - 1].text in _LOCATIVES
        and _joined(text, toks[index - 1], toks[index])
    )


def _organisation_word_after(text: str, last: Token, after: Token | None, initial: bool) -> bool:
    """Whether ``after``, right after the candidate's last word ``last``, shows an
    organisation (``Ryanair shares``, ``Boeing spokeswoman``, ``Apple CEO``, ``Vantora
    chief``); in a sentence's first words (``initial``: the candidate opens it), not a follower
    a plural noun takes too (``Global shares fell``, ``Retail chief``)."""
    return (
        after is not None
        and _joined(text, last, after)
        and (
            after.text in gz.ORGANISATION_FOLLOWERS
            or after.text.lower() in gz.ORGANISATION_FOLLOWERS
        )
        and not (
            initial
            and after.text.lower() in _WEAK_FOLLOWERS
            and not _acronym_before_person(text, last, after)
        )
        # (a capitalised role word after a name is a title of its own: ``Grand Chief``)
        and not (after.text.istitle() and after.text in gz.ROLE_WORDS)
    )


def _acronym_before_person(text: str, last: Token, after: Token) -> bool:
    """Whether a name in capitals (``LV``) stands before a weak follower and a person's name
    with a known first name (``LV chief executive Peter Holm``): a sentence's first word so
    written is an acronym, not a capitalised noun (``Retail chief``), and the person is the
    body's. A longer word in capitals is a shouted word, no acronym (``BRITISH chief
    executive``, ``ANALYSIS``)."""
    word = last.text
    if not (word.isupper() and 1 < len(word) <= _ACRONYM_LETTERS and word.isalpha()):
        return False
    person = _PERSON_AFTER_FOLLOWER.match(text, after.end)
    return person is not None and _ENGLISH.first_name(person.group(1)) is not None


#: At most this many letters in a sentence's opening acronym before a person (``LV``, ``BHP``,
#: ``NASA``, ``OPEC``).
_ACRONYM_LETTERS = 5
#: After a follower, perhaps one more lower-case word (``chief executive``), a capitalised
#: word and another (a person's first name and surname).
_PERSON_AFTER_FOLLOWER = re.compile(
    r"(?:[ \u00a0][a-z][a-z\-]*)?[ \u00a0]([A-Z][a-z]+)[ \u00a0][A-Z]"
)


#: A found candidate's ``(start, end)``, its order in a region.
_position = operator.itemgetter(0, 1)


def _set(fields: CandidateFields, index: int, value: Any) -> CandidateFields:
    """``fields`` with the one at ``index`` (:data:`TYPE`...) changed: ``attrs.evolve`` of a
    candidate, on its fields."""
    return (*fields[:index], value, *fields[index + 1 :])


def _triple(candidate: Candidate) -> _Found:
    return candidate.start, candidate.end, candidate_fields(candidate)


def _led_organisations(
    text: str, toks: list[Token], stopwords: frozenset[str], rules: Rules
) -> tuple[list[tuple[list[Token], str | None]], list[list[Token]]]:
    """Organisations written head first (``Ministerio de Defensa``, ``Union européenne``,
    ``Міністерство оборони України``) and the token stretches between them."""
    assert rules.profile is not None
    profile = rules.profile
    led: list[tuple[list[Token], str | None]] = []
    segments: list[list[Token]] = []
    rest = 0
    i = 0
    while i < len(toks):
        token = toks[i]
        # (a lower-case head, ``ministère de la Défense``, leads only connectors and capitals)
        lower_head = not token.capitalised and token.text in profile.lower_leads
        if not (lower_head or (token.capitalised and token.text.lower() in profile.org_leads)):
            i += 1
            continue
        if (
            i
            and toks[i - 1].capitalised
            and _joined(text, toks[i - 1], token)
            and token.text.lower() in opening_leads(profile.code)
        ):
            i += 1  # (``Lion Air Flight``, ``Royal Air Force``: inside another name)
            continue
        if token.text.lower() in connector_leads(profile.code) and not (
            i + 1 < len(toks)
            and (
                (not toks[i + 1].capitalised and rules.connector(toks[i + 1].text))
                or _elided(text, token, toks[i + 1], profile)
            )
        ):
            i += 1  # (``Ville Valo``: no connector after the head, no body's name)
            continue
        j, lower, capitals, joined = i + 1, 0, 0, 0
        # Where the name ends if lower-case words after a connector reach no capitalised word
        # (``Agence régionale de santé de Bretagne``, but ``Agence régionale de santé`` alone
        # ends before ``de``).
        pending: int | None = None
        while (
            j < len(toks)
            and (
                _joined(text, toks[j - 1], toks[j]) or _elided(text, toks[j - 1], toks[j], profile)
            )
            and not toks[j - 1].possessive
        ):
            word = toks[j].text
            low = word.lower()
            if rules.connector(word) and not toks[j].capitalised:
                elided = (
                    j + 1 < len(toks)
                    and toks[j + 1].capitalised
                    and _elided(text, toks[j], toks[j + 1], profile)
                )
                if elided or _connects(text, toks, j, rules):
                    j += 1
                    continue
                if capitals or j + 1 >= len(toks) or toks[j + 1].capitalised:
                    break
                # (a lower-case word after the connector: kept only if a capital follows)
                pending = j if pending is None else pending
                j += 1
                continue
            if toks[j].capitalised:
                # (a capitalised stopword right after a connector is the name's, not a new
                # sentence's: ``Organización de Estados Americanos``, ``université d'État``)
                after_connector = (
                    not toks[j - 1].capitalised and rules.connector(toks[j - 1].text)
                ) or _elided(text, toks[j - 1], toks[j], profile)
                # (a person's name right after a head that names bodies after people is the
                # body's: ``Institut Jacques Delors``, ``Fondation Jean Jaurès``; after another
                # head it is someone there: ``Au Parlement Jean Dupont a voté``)
                eponym = j == i + 1 and token.text.lower() in profile.eponym_leads
                # (an acronym after the mixed-case head is no stop word nor first name where
                # the dictionary reads the name's words: ``этнографии СО РАН``, ``Института
                # Европы РАН Иван Петров``; a legal form ends a French company's name)
                acronym = (
                    len(word) > 1
                    and word.isupper()
                    and not token.text.isupper()
                    and morphology.has_analyzer(profile.code)
                )
                if (
                    (low in stopwords and not after_connector and not acronym)
                    or rules.excluded(word)
                    or (not eponym and not acronym and _person_start(toks, j, rules))
                ):
                    break
                capitals += 1
                pending = None
                j += 1
                continue
            # Lower-case words only before the capitalised ones (``оборони``, ``européenne``,
            # ``cour d'appel de Rennes``).
            if not capitals and lower and _joined_genitive(text, toks, i, j, profile.code):
                # (``Міністерство освіти і науки``: two genitives a conjunction joins)
                joined += 1
                j += 2
                continue
            if not capitals and not joined and _noun_of_adjective(toks, j, lower, profile.code):
                # (the noun closes the name: past the most lower-case words no capitalised
                # word is read as the name's, ``перевізників Закарпаття Золтана Надя``)
                j += 1
                break
            if (
                capitals
                or lower >= _MAX_LEAD_LOWER + joined
                or (low in stopwords and not _genitive_after_adjective(toks, j, lower, profile))
                or rules.excluded(word)
            ):
                break
            # (an apostrophe inside a word: ``охорони здоров'я``)
            if not word.replace("'", "").replace("’", "").isalpha():
                break
            if joined and not morphology.reads_in_case(word, profile.code, "gent"):
                break  # (after two joined genitives, only a genitive goes on with them)
            lower += 1
            j += 1
        if pending is not None:
            j = _lower_complement(toks, pending, j, stopwords, rules)
        while j > i + 1 and not toks[j - 1].capitalised and rules.connector(toks[j - 1].text):
            j -= 1
        if j - i < 2 or (lower_head and not capitals):
            i += 1
            continue
        # (a capitalised stop word of the language's names before the head is the name's
        # first word, not a person's name: ``Haut Conseil``, ``Gran Hospital``)
        if (
            i - 1 >= max(rest, 1)
            and toks[i - 1].capitalised
            and _joined(text, toks[i - 1], token)
            and toks[i - 1].text.lower() in name_stopwords(profile.code)
        ):
            i -= 1
        span = toks[i:j]
        phrase = _span_text(span)
        known = rules.lookup(phrase)
        canonical = known[1] if known else gz.organisation_names().get(phrase)
        led.append((span, canonical))
        segments.append(toks[rest:i])
        rest = i = j
    segments.append(toks[rest:])
    return led, segments


def _noun_of_adjective(toks: list[Token], j: int, lower: int, code: str) -> bool:
    """Whether lower-case ``toks[j]``, one word past a head-first body's most lower-case
    words, is the genitive noun the genitive adjective before it needs: no adjective ends a
    name (``Федеральной службе судебных`` + ``приставов``)."""
    before = toks[j - 1].text
    return (
        lower == _MAX_LEAD_LOWER
        and not toks[j - 1].capitalised
        and morphology.reads_as_adjective_in_case(before, code, "gent")
        and not morphology.reads_as_noun_in_case(before, code, "gent")
        and toks[j].text.isalpha()
        and morphology.reads_as_noun_in_case(toks[j].text, code, "gent")
    )


def _genitive_after_adjective(toks: list[Token], j: int, lower: int, profile: gz.Profile) -> bool:
    """Whether the stop word ``toks[j]`` of a head-first body's name is a noun in the genitive
    after a lower-case adjective in the genitive, as the dictionary reads them (``Министерство
    иностранных дел``: ``дел`` is a stop word for its verb's reading)."""
    word = toks[j].text
    return (
        lower >= 1
        and word.isalpha()
        and morphology.reads_in_case(word, profile.code, "gent")
        and morphology.reads_as_adjective_in_case(toks[j - 1].text, profile.code, "gent")
    )


@cache
def opening_leads(code: str) -> frozenset[str]:
    """Heads of language ``code`` that open a body's name only at its start (``[entities]
    opening_leads``: ``Air Europa``); after a capitalised word they are inside another name
    (``Lion Air Flight``, ``Royal Air Force``)."""
    return language_of(code).words("entities", "opening_leads")


on_reload(opening_leads.cache_clear)


def _joined_genitive(text: str, toks: list[Token], head: int, j: int, code: str) -> bool:
    """Whether ``toks[j]`` is a conjunction of language ``code`` (``[entities] list_joiners``:
    ``і``, ``и``) joining the lower-case genitive before it to another after it, in a
    language whose dictionary reads cases (``освіти і науки``, ``науки и высшего
    образования``), in the name opening at ``toks[head]``; not a second body or a clause
    (``оборони і Генштаб``, ``фінансів і податкова``)."""
    if j + 1 >= len(toks) or toks[j].capitalised or toks[j + 1].capitalised:
        return False
    if toks[j].text.lower() not in language_of(code).words("entities", "list_joiners"):
        return False
    after = toks[j + 1].text
    return (
        _joined(text, toks[j], toks[j + 1])
        and after.isalpha()
        and morphology.reads_in_case(after, code, "gent")
        and morphology.reads_in_case(toks[j - 1].text, code, "gent")
        and not _second_subject(text, toks, head, j + 1, code)
    )


def _second_subject(text: str, toks: list[Token], head: int, k: int, code: str) -> bool:
    """Whether the words from ``toks[k]`` on, read to the end of the name they may go on
    (genitives, capitalised words), stand before a verb only in the plural while the head
    ``toks[head]`` is singular: the conjunction before ``toks[k]`` joined a second subject to
    the body, not a genitive to its name (``Министерство обороны и армии союзников
    провели``, ``Міністерство економіки і громади області підписали``)."""
    for _ in range(_MAX_LEAD_LOWER + 2):
        if k + 1 >= len(toks) or not _joined(text, toks[k], toks[k + 1]):
            return False
        k += 1
        word = toks[k].text
        if not (toks[k].capitalised or morphology.reads_in_case(word, code, "gent")):
            break
    return (
        morphology.reads_only_as_verb(toks[k].text, code, "plur")
        and not morphology.is_plural_noun(toks[head].text, code)
        # (a head in an oblique case is no subject: ``Сотрудники Института археологии и
        # этнографии СО РАН обнаружили``)
        and morphology.reads_in_case(toks[head].text, code, "nomn")
    )


@cache
def connector_leads(code: str) -> frozenset[str]:
    """Heads of language ``code`` that open a body's name only before a connector
    (``[entities] connector_leads``: ``Ville de Genève``); before a capitalised word they are
    a first name (``Ville Valo``)."""
    return language_of(code).words("entities", "connector_leads")


on_reload(connector_leads.cache_clear)


@cache
def lower_complement_endings(code: str) -> tuple[str, ...] | None:
    """The adjective endings of language ``code`` where a body's name written head first ends
    in a lower-case complement (``[entities] lower_case_complements``: French ``Cour des
    comptes``, ``Banque africaine de développement``); ``None`` where it does not."""
    entities = language_of(code).sections.get("entities", {})
    if not entities.get("lower_case_complements", False):
        return None
    return tuple(sorted(language_of(code).words("entities", "name_adjective_endings")))


def _lower_complement(
    toks: list[Token], pending: int, end: int, stopwords: frozenset[str], rules: Rules
) -> int:
    """Where a head-first body's name ends whose connector at ``pending`` leads to lower-case
    words alone (``toks[pending:end]``): before the connector, or, where the language writes
    names so (:func:`lower_complement_endings`), after its one noun and the adjectives after
    it (``Cour des comptes estime`` -> ``Cour des comptes``; ``Ligue de football``)."""
    assert rules.profile is not None
    endings = lower_complement_endings(rules.profile.code)
    if endings is None:
        return pending
    if toks[pending].text.lower() in rules.profile.articles:
        return pending  # (``Assemblée nationale le recours``: an article is no connector here)
    k = pending
    while k < end and rules.connector(toks[k].text) and not toks[k].capitalised:
        k += 1
    noun = toks[k].text if k < end else ""
    if not noun.isalpha() or noun.lower() in stopwords or rules.excluded(noun):
        return pending
    k += 1
    while k < end and len(toks[k].text) > 3 and toks[k].text.endswith(endings):
        k += 1
    if k == end:
        k = _joined_complement(toks, k, endings, stopwords, rules)
    return k


def _joined_complement(
    toks: list[Token], k: int, endings: tuple[str, ...], stopwords: frozenset[str], rules: Rules
) -> int:
    """Past a second lower-case complement a conjunction joins to the first, at ``toks[k]``
    (``Caisse des dépôts et consignations``, ``Institut national de la statistique et des
    études économiques``): its connectors, one noun and the adjectives after it, where the name ends
    there (at a connector, a capital, a mark or the text's end: not ``et publié dimanche``,
    a clause going on); else ``k``."""
    assert rules.profile is not None
    if k >= len(toks) or f" {toks[k].text} " not in _conjunction_gaps(rules.profile.code):
        return k
    j = k + 1
    if j < len(toks) and toks[j].text.lower() in rules.profile.articles:
        return k  # (``Cour des comptes et le gouvernement``: a new noun phrase)
    while j < len(toks) and rules.connector(toks[j].text) and not toks[j].capitalised:
        j += 1
    noun = toks[j].text if j < len(toks) else ""
    if not noun.isalpha() or toks[j].capitalised or noun.lower() in stopwords:
        return k
    if rules.excluded(noun):
        return k
    j += 1
    while j < len(toks) and len(toks[j].text) > 3 and toks[j].text.endswith(endings):
        j += 1
    # (a lower-case word right after, no connector: the clause goes on past the noun; an
    # article too, ``et rejoint le gouvernement``: a name's complement goes on past its noun
    # with a preposition, never with an article)
    goes_on = (
        j < len(toks)
        and not toks[j].capitalised
        and (not rules.connector(toks[j].text) or toks[j].text.lower() in rules.profile.articles)
        and toks[j].start - toks[j - 1].end < 2
        and toks[j].text.isalpha()
    )
    return k if goes_on else j


on_reload(lower_complement_endings.cache_clear)


def _elided(text: str, left: Token, right: Token, profile: gz.Profile) -> bool:
    """Whether an elided article or connector alone joins two words of a name (``ministère
    de l'Intérieur``: ``l'`` of ``le``/``la``, ``d'`` of ``de``)."""
    gap = text[left.end : right.start]
    if len(gap) != 3 or gap[0] not in _SPACE_GAPS or gap[2] not in "'’" or not gap[1].isalpha():
        return False
    letter = gap[1].lower()
    return any(w.startswith(letter) for w in profile.articles | profile.connectors if len(w) > 1)


#: The preposition between a title and the office's portfolio or constituency (``Minister
#: for Health``, ``TD for Galway West``).
_OFFICE_PREPOSITIONS = frozenset(language_of("en").words("entities", "office_prepositions"))


def _office_holder_apart(
    text: str,
    toks: list[Token],
    ends: list[int],
    run: list[Token],
    found: list[_Found],
    rules: Rules,
) -> list[list[Token]]:
    """The parts of an English run to read apart when it holds ``title for`` and an office's
    words before a known first name its reading did not make a person (``Member for
    Transport Grace Roe``, ``TD for Galway West Niamh Roe``): the title (or, when a known
    place, up to the place: ``TD for Dublin``) and the office holder, a person of their own
    whatever the words of the office. No part when the run reads well as it is."""
    cut, opens = _office_holder_at(text, toks, ends, run, rules) if len(run) > 2 else (0, 0)
    if not cut or any(f[0] == run[cut].start and f[2][TYPE] == "person" for f in found):
        return []
    parts = []
    if " ".join(t.text for t in run[opens:cut]) in gz.place_names():
        parts.append(run[:cut])  # ``TD for Dublin``: a known place stays one
    elif opens > 1:
        parts.append(run[: opens - 1])  # the title, without ``for`` and the office's words
    parts.append(run[cut:])
    return parts


def _office_holder_at(
    text: str, toks: list[Token], ends: list[int], run: list[Token], rules: Rules
) -> tuple[int, int]:
    """Where in ``run`` a first name opens an office holder's name after ``title for`` and
    the office's words (in the run or just before it), and where those words open, or
    ``(0, 0)``: a first name not after another first name, at least one word after ``for``,
    followed by a capitalised surname."""
    if len(run) < 3:
        return 0, 0
    opens = 0  # where the office's words begin in the run
    for at in range(len(run) - 3, 0, -1):
        if run[at].text in _OFFICE_PREPOSITIONS and _office_title(run[at - 1]):
            opens = at + 1
            break
    else:
        count = bisect.bisect_right(ends, run[0].start)
        if count < 2:
            return 0, 0
        preposition, title = toks[count - 1], toks[count - 2]
        if (
            preposition.text not in _OFFICE_PREPOSITIONS
            or text[preposition.end : run[0].start] != " "
            or text[title.end : preposition.start] != " "
            or not _office_title(title)
        ):
            return 0, 0
    for at in range(opens + 1, len(run) - 1):
        if (
            rules.first_name(run[at].text)
            and not rules.first_name(run[at - 1].text)
            and run[at + 1].text[:1].isupper()
        ):
            return at, opens
    return 0, 0


def _office_title(token: Token) -> bool:
    """Whether ``token`` is a title that heads an office (``Minister``, ``Member``, ``TD``)."""
    return (
        token.text in gz.ROLE_WORDS
        or token.text.lower() in gz.PERSON_ROLE_NOUNS
        # (letters written after a name also head an office: ``TD for Galway West``)
        or token.text in gz.POST_NOMINALS
    )


def _dated_month(toks: list[Token], ends: list[int], first: Token, rules: Rules) -> bool:
    """Whether ``first`` is a month's name written after a day's number, right after it or
    past one lower-case word (``14 de Julio``, ``le 4 Août``), in a language writing its
    months in lower case: a date, never a first name (:func:`_lower_case_months`)."""
    if first.text.lower() not in rules.calendar or not _lower_case_months(rules.profile):
        return False
    count = bisect.bisect_right(ends, first.start)
    words = [t.text for t in toks[max(0, count - 2) : count]]
    return bool(words) and (
        words[-1].isdigit() or (len(words) == 2 and words[0].isdigit() and words[1].islower())
    )


def _word_before(text: str, toks: list[Token], ends: list[int], first: Token) -> str:
    """The lower-cased token right before ``first`` when one space separates them, else ``""``.

    ``ends`` are the tokens' ends, in order (tokens do not overlap).
    """
    count = bisect.bisect_right(ends, first.start)
    if not count or text[toks[count - 1].end : first.start] not in (" ", "\u00a0"):
        return ""
    return toks[count - 1].text.lower()


#: The words before an English run that :func:`_analyse` reads (each one is remembered apart):
#: a role or gendered noun, a locative preposition (:func:`_place_surname`, a first name's
#: country) and the ``and`` of a body's name.
_READ_BEFORE = (
    gz.PERSON_ROLE_NOUNS | gz.FEMALE_NOUNS | gz.MALE_NOUNS | _LOCATIVES | frozenset({"and"})
)

#: Runs already read, by their words and what else :func:`_analyse` reads: names and sentence
#: openers recur in every article of a story, so most runs of a feed were read before.
#: Value: the :class:`Rules` (the key holds its id) and each candidate as the run indexes of its
#: first and last word with its other fields; ``None`` when the candidates cannot be replayed.
_RUNS: dict[tuple[Any, ...], tuple[Rules, list[tuple[int, int, tuple[Any, ...]]] | None]] = {}
#: The memory is emptied when it holds this many runs.
_RUNS_LIMIT = 1 << 15


def forget_runs() -> None:
    """Empty the memory of runs read (:func:`chunk` replays a run it has read before): what a
    run yields never depends on it, and a test that says so reads each time afresh; the
    memory of regions read goes too."""
    _RUNS.clear()
    _forget_regions()
    _FIRST_NAMES.clear()
    _ONE_WORDS.clear()


def _analysed(
    run: list[Token],
    before: str,
    stopwords: frozenset[str],
    *,
    initial: bool,
    heading: bool,
    rules: Rules = _ENGLISH,
) -> list[_Found]:
    """:func:`_analyse` of ``run``, replayed at this run's offsets when the same words were
    read in the same setting before (its result depends on the words, not where they are)."""
    if len(run) == 1 and rules.profile is None:
        # (Almost half of the runs: a word alone, read faster than remembered.)
        one = _one_word(run[0], before, stopwords, initial=initial, heading=heading)
        return [] if one is None else [_triple(one)]
    # English rules read the word before only as a role noun, a gendered noun (``spokesman``),
    # a locative preposition (``at London Heathrow``, ``in Jack London``), ``and`` (``Food and
    # Drug Administration``) or, before a particle, ``the``: any other word reads as none, so
    # runs after different such words are one run read.
    setting = before
    if rules.profile is None and not (
        before in _READ_BEFORE
        or (before in _DEFINITE and any(t.text in gz.PERSON_PARTICLES for t in run))
    ):
        setting = ""
    key = (tuple([t.text for t in run]), setting, stopwords, initial, heading, id(rules))
    known = _RUNS.get(key)
    if known is not None and known[0] is rules and known[1] is not None:
        return [(run[a].start, run[b].end, rest) for a, b, rest in known[1]]
    found = list(_analyse(run, before, stopwords, initial=initial, heading=heading, rules=rules))
    if len(_RUNS) >= _RUNS_LIMIT:
        _RUNS.clear()
    _RUNS[key] = (rules, _replayable(run, found))
    return [_triple(c) for c in found]


#: Words before a run that English rules read (:func:`_one_word`, :func:`_analysed`): a role
#: noun or a gendered noun (``spokesman Tom``); any other word reads as none.
_TELLING_BEFORE = gz.PERSON_ROLE_NOUNS | gz.FEMALE_NOUNS | gz.MALE_NOUNS
#: English runs of one word already read, by the word, the telling word before it (or ``""``),
#: whether it opens the sentence or lies in a heading and the stop words: the candidate's
#: fields after its offsets, or ``None`` for none. Names recur in every article of a story.
_ONE_WORDS: dict[tuple[Any, ...], tuple[Any, ...] | None] = {}
#: The memory is emptied when it holds this many words.
_ONE_WORDS_LIMIT = 1 << 15
#: Longer words are read afresh (an entry's size is bounded, not only their number).
_ONE_WORD_LONGEST = 64
#: What :data:`_ONE_WORDS` answers for a word it has not read.
_UNSEEN: Any = object()


def _one_word_at(
    token: Token, before: str, stopwords: frozenset[str], initial: bool, heading: bool
) -> _Found | None:
    """:func:`_one_word`, replayed at this token's offsets when the same word was read in the
    same setting before (what it reads of a word depends on its text alone)."""
    if len(token.text) > _ONE_WORD_LONGEST:  # (no name: not worth remembering)
        one = _one_word(token, before, stopwords, initial=initial, heading=heading)
        return None if one is None else _triple(one)
    key = (token.text, before if before in _TELLING_BEFORE else "", initial, heading, stopwords)
    known = _ONE_WORDS.get(key, _UNSEEN)
    if known is not _UNSEEN:
        return None if known is None else (token.start, token.end, known)
    one = _one_word(token, before, stopwords, initial=initial, heading=heading)
    if len(_ONE_WORDS) >= _ONE_WORDS_LIMIT:
        _ONE_WORDS.clear()
    if one is None:
        _ONE_WORDS[key] = None
        return None
    found = _triple(one)
    _ONE_WORDS[key] = found[2]
    return found


def _one_word(
    token: Token, before: str, stopwords: frozenset[str], *, initial: bool, heading: bool
) -> Candidate | None:
    """:func:`_analyse` of an English run of the one word ``token``: a gazetteer entry, or a
    name word (a person's when a role noun such as ``spokesman`` comes before it), or nothing.
    No organisation pattern, company, club or full-name rule reads fewer than two words."""
    word = token.text
    lengths = _entry_lengths()  # (most words open no gazetteer entry: no lookup to make)
    if word in lengths or (word.isupper() and word.title() in lengths):
        known = _gazetteer([token], 0, gz.place_names(), gz.organisation_names())
        if known is not None:
            return _candidate([token], known[1], known[2], initial, heading)
    # (:func:`_name_word` holds :func:`_analyse`'s other tests: a role word, no capital, a
    # demonym or calendar word, a stop word, ``Flight``.)
    if not _name_word(token, stopwords) or not (word.isalpha() or any(c.isalpha() for c in word)):
        return None
    titled = before in gz.PERSON_ROLE_NOUNS
    return Candidate(
        start=token.start,
        end=token.end,
        text=word,
        type="person" if titled else None,
        evidence=titled,
        gender=_noun_gender(before),
        sentence_initial=initial,
        heading=heading,
    )


def _replayable(
    run: list[Token], found: list[Candidate]
) -> list[tuple[int, int, tuple[Any, ...]]] | None:
    """``found`` as ``(first word, last word, other fields)`` in ``run``, or ``None``."""
    if not found:
        return []
    starts = {t.start: k for k, t in enumerate(run)}
    ends = {t.end: k for k, t in enumerate(run)}
    out = []
    for candidate in found:
        first, last = starts.get(candidate.start), ends.get(candidate.end)
        if first is None or last is None:
            return None
        out.append((first, last, candidate_fields(candidate)))
    return out


def _analyse(
    run: list[Token],
    before: str,
    stopwords: frozenset[str],
    *,
    initial: bool,
    heading: bool,
    rules: Rules = _ENGLISH,
) -> Iterator[Candidate]:
    places, organisations = gz.place_names(), gz.organisation_names()
    # (Annotated: mypyc, compiling this module, infers ``None`` from the attrs default.)
    profile: gz.Profile | None = rules.profile
    role: list[Token] = []
    # (English role and gendered nouns read in another language's text only where that
    # language has no such word: German's pronoun ``man`` is no English ``man``)
    english = before if profile is None or before not in stopwords else ""
    titled = english in gz.PERSON_ROLE_NOUNS or (
        profile is not None and bool(before) and profile.is_role(before)
    )
    gender = _noun_gender(english) or (profile.gender(before) if profile and before else None)
    stops = _organisation_stops(run, rules)
    if profile is not None and profile.name_runs and _ends_in_legal_form(run, profile.code):
        # ``Halcón Energy Argentina S.R.L.``, ``Gulf Coast Aggregates Inc.``: a legal form
        # ends one company's name, whatever first names, places or role words it holds
        # (after the sentence's article or opener).
        first = next(
            (k for k in range(len(run) - 1) if run[k].text.lower() not in stopwords), len(run)
        )
        # ``Renault Et Nissan SAS``: a capitalised conjunction (a stop word that joins no name,
        # unlike ``de``, ``El``) ends the names before the company's, each read on its own (a
        # part holds no conjunction, so reading it comes back here at most once: linear).
        articles = name_articles(profile.code)
        joins = [
            at
            for at in range(first + 1, len(run) - 1)
            if (lower := run[at].text.lower()) in stopwords
            and not rules.connector(run[at].text)
            and lower not in articles
        ]
        opened, after = 0, before
        for at in joins:
            if at > opened:
                yield from _analyse(
                    run[opened:at], after, stopwords, initial=initial and not opened,
                    heading=heading, rules=rules,
                )  # fmt: skip
            opened, after = at + 1, run[at].text.lower()
        first = max(first, opened)
        if first < len(run) - 1:
            yield _candidate(
                run[first:], "organisation", None, initial and first == 0, heading, english=False
            )
            return
    # ``On Thursday Velmore Ltd said``: the adverbial opening the sentence is no name's.
    i = _adjunct_lead(run, places, organisations) if profile is None and initial else 0
    while i < len(run):
        token = run[i]
        at_start = initial and i == 0
        known = _gazetteer(run, i, places, organisations, rules)
        if known is not None and profile is None and (past := _competition_end(run, known[0])):
            # ``U.S. Open``, ``UEFA Cup``, ``London Marathon``: a competition named after a
            # place or a body is neither (nor a person: ``London`` is a first name too).
            role, titled, gender = [], False, None
            i = past
            continue
        if (
            known is not None
            and known[0] == i + 1
            and profile is None
            # (a title before them: ``Dr. Sofia Brack of Holloway Hospital``, the run going on)
            and (i + 2 == len(run) or (titled and i + 2 < len(run)))
            and before not in _LOCATIVES
            and not _acronym_before_name(run, i)
            and rules.first_name(token.text)
            and _name_word(run[i + 1], stopwords, rules)
            and not _gazetteer(run, i + 1, places, organisations, rules)
        ):
            # ``Jordan Henderson``, ``Chad Smith``: a first name, not a country (but ``at
            # London Heathrow`` is a place).
            known = None
        elif (
            known is not None
            and profile is not None
            and known[0] == i + 1
            and known[1] == "place"
            and _first_name_of_person(run, i, before, titled, stopwords, rules)
        ):
            known = None
        # ``Die Europäische Union``, ``An American Airlines jet``: a capitalised article opens
        # no organisation (English's ``The`` is cut from one by :func:`_candidate`).
        opener = (
            token.text.lower() in stopwords
            if profile is not None
            else token.text in _ARTICLES and i + 1 < len(run)
        )
        pattern = None if opener else _organisation(run, i, rules, stops)
        head_surname = (
            pattern is not None
            and profile is None
            and titled
            and pattern[1] == "place"
            and pattern[0] == i + 2 == len(run)
            and rules.first_name(token.text) is not None
        )
        if head_surname:
            # ``adviser Anthony Lake``, ``Mayor John Street``: after a title, a first name and
            # a place's head word are a person's name.
            pattern = None
        if pattern is None and profile is None and rules.role(token.text):
            pattern = _office(run, i, rules)
        if (
            profile is None
            and pattern is None
            and not opener
            and (
                token.text in _COMPANY_OR_CLUB_FIRST or (known is not None and known[1] == "place")
            )
        ):
            pattern = _company_or_club(run, i, known, rules)
        match = pattern if pattern and (not known or pattern[0] > known[0]) else known
        if profile is None:
            if token.text in _EVENT_LEADS and i + 1 < len(run) and not run[i + 1].capitalised:
                break  # ``Tour de France``: a competition named head first, no place in it
            if match is None and token.text in _PLACE_PARTS and i + 1 < len(run):
                # ``Central London``, ``North Wales``: a part of a place is a place.
                part = _gazetteer(run, i + 1, places, {}, rules)
                if part is not None and part[1] == "place":
                    match = (part[0], "place", None)
            if match is not None and match[0] < len(run):
                j = match[0]
                if match[1] == "place" and run[j].text in _PLACE_EVENT_HEADS:
                    # ``Kyoto Protocol``, ``Geneva Conventions``: a law or a meeting named
                    # after a place is neither the place nor a body.
                    role, titled, gender = [], False, None
                    i = j + 1
                    continue
            if (
                match is None
                and token.text in gz.DEMONYMS
                and i + 2 < len(run)
                and (body := _gazetteer(run, i + 1, {}, organisations, rules)) is not None
                and body[0] > i + 2
            ):
                # ``American Red Cross``: a national society of a body known by two words or
                # more is one organisation with its nationality (``Russian FSB`` is not).
                match = (body[0], "organisation", None)
            if (
                match is not None
                and match[1] == "organisation"
                and match[0] == i + 2
                and known is None
                and run[i + 1].text in _LEADER_HEADS
                and before not in _INNER_CONJUNCTIONS  # ``Food and Drug Administration``
                and not token.text.endswith("s")  # ``Veterans Administration``: a group's
                and not rules.role(token.text)
            ):
                # ``Bush Administration``: the surname is a person's, left to the evidence of
                # the document (it joins the full name); the head names no body.
                yield Candidate(
                    start=token.start,
                    end=token.end,
                    text=token.text,
                    type=None,
                    sentence_initial=at_start,
                    heading=heading,
                )
                role, titled, gender = [], False, None
                i += 2
                continue
        if match is not None:
            j, kind, canonical = match
            yield _candidate(run[i:j], kind, canonical, at_start, heading, english=profile is None)
            # ``Deputy Pentagon Press Secretary``: a body named inside a title is part of it.
            if role or (j < len(run) and rules.role(run[j].text)):
                role.extend(run[i:j])
            i = j
            continue
        if (
            profile is None
            and token.text in gz.GIVEN_NAME_TITLES
            and i + 2 < len(run)
            and all(_name_word(t, stopwords, rules) for t in run[i + 1 : i + 3])
        ):
            # ``Nana Kwame Boateng``: a title before a first name and a surname (``Nana Osei``
            # is a first name and a surname).
            role.append(token)
            titled = True
            i += 1
            continue
        if (
            profile is None
            and token.text in gz.RANK_INITIALS
            and i + 1 < len(run)
            and _name_word(run[i + 1], stopwords, rules)
        ):
            # ``DI Fairbrother``: a rank in initials before a name (alone, a body's acronym).
            role.append(token)
            titled = True
            i += 1
            continue
        if (
            profile is not None
            and not role
            and i + 2 < len(run)
            and not rules.role(token.text)
            and token.text.lower() not in stopwords
            and token.text.isalpha()
            and rules.first_name(token.text) is None
            and rules.role(run[i + 1].text)
            and _honorific_only(run[i + 1].text, profile)
            and rules.first_name(run[i + 2].text) is not None
        ):
            # ``Kuratorin Dr. Anna Berger``: a noun before an honorific and a first name is
            # the person's role, whether or not the role list knows it.
            role.append(token)
            i += 1
            continue
        if rules.role(token.text):
            role_body = _body_before_role(token, profile) if profile is not None else None
            if role_body is not None:
                # ``BBK-Präsident Ralph Tiesler``, ``SPÖ-Klubobfrau``: the acronym hyphened to
                # a role is the body (or the country) the role is held in.
                yield role_body
            # ``г-н Иванов``, ``M. Dupont``: another language's honorific tells a person (and
            # maybe a gender), never a role.
            if profile is None or not _honorific_only(token.text, profile):
                role.append(token)
            titled = titled or rules.honorific(token.text)
            gender = (
                gender
                or _noun_gender(token.text.lower())
                or (profile.gender(token.text) if profile else None)
            )
            i += 1
            continue
        if role and (token.text in _TITLE_GLUE or (profile and rules.connector(token.text))):
            role.append(token)  # ``Spokesperson of the Ministry of Defense``
            i += 1
            continue
        # ``Jan Egeland``: a month abbreviation before a surname is a first name, in any
        # language written in Latin letters (``sagte Jan Kramer``); so is a month's name the
        # name table knows after a title (``Polizeisprecher August Berger``, ``spokeswoman May
        # Ellison``), or anywhere before a name in a language writing its months in lower case
        # (``el arquitecto Julio Arizmendi``: a date writes ``julio``); so is a nationality's noun
        # that is a first name before one surname alone (``Dane Cook``; ``Dane Morten Olsen``,
        # ``Dane Henrik Lund``: a Dane and the name after).
        calendar_name = (
            i + 1 < len(run)
            and (
                (
                    token.text in gz.CALENDAR_FIRST_NAMES
                    and (profile is None or profile.code not in OTHER_SCRIPTS)
                )
                or (
                    (bool(role) or _lower_case_months(profile))
                    and (token.text in gz.CALENDAR or token.text.lower() in rules.calendar)
                    and gz.calendar_first_name(token.text) is not None
                )
                or (
                    profile is None
                    and token.text in gz.DEMONYMS
                    and rules.first_name(token.text) is not None
                    and rules.first_name(run[i + 1].text) is None
                    and (i + 2 == len(run) or not _name_word(run[i + 2], stopwords, rules))
                )
            )
            and _name_word(run[i + 1], stopwords, rules)
        )
        # ``à Le Havre``, ``el diario El Tiempo``: an article capitalised inside a sentence
        # opens the name after it (``[entities] name_articles``), no person's.
        article = (
            profile is not None
            and not at_start
            and not heading
            and i + 1 < len(run)
            and token.text[1:].islower()
            and token.text.lower() in name_articles(profile.code)
            and (_name_word(run[i + 1], stopwords, rules) or _stop_name(run[i + 1], rules))
        )
        # ``Mr van Dijk``, ``Ms de Klerk``, ``Mme de Villepin``: after an honorific, a
        # particle opens the surname (another language's honorific is no role: it is the
        # word right before).
        particle_start = (
            titled
            and (role if profile is None else i > 0 and _honorific_only(run[i - 1].text, profile))
            and not token.capitalised
            # (another language's article after its honorific opens a title or a phrase, no
            # surname: German ``Herr der Lage``, French ``Mme la ministre``)
            and (profile is None or token.text.lower() not in profile.articles)
            and token.text.capitalize() in gz.NAME_PARTICLES
            and any(
                run[k].capitalised and _name_word(run[k], stopwords, rules)
                for k in range(i + 1, min(i + 3, len(run)))
            )
        )
        if (
            not calendar_name
            and not article
            and not particle_start
            and (
                not token.capitalised
                or rules.excluded(token.text)
                or (
                    token.text.lower() in stopwords
                    and _stopword(token.text, stopwords, rules)
                    and not (profile is not None and _name_word(token, stopwords, rules))
                )
                or not (token.text.isalpha() or any(c.isalpha() for c in token.text))
                or token.text[:1].isdigit()
                or token.text == _FLIGHT
            )
        ):
            role, titled = [], False
            i += 1
            continue
        j = i + 1 if calendar_name or article else i
        if article and not _name_word(run[j], stopwords, rules):
            j += 1  # ``El Tiempo``: a stop word capitalised after the article is the name's
        while j < len(run) and (
            (
                _name_word(run[j], stopwords, rules)
                and not (
                    j > i
                    and _gazetteer(run, j, places, organisations, rules)
                    and not (
                        (profile is None or role)
                        and _place_surname(run, i, j, before, places, rules)
                    )
                )
                and not (
                    # (where names take case endings: Cyrillic pages transliterate names)
                    profile is not None
                    and profile.first_name_cases
                    and j > i
                    and _brand_after_name(run, i, j, rules)
                )
            )
            # ``Didier M. a reconnu``: an honorific's initial (``M.``, Monsieur) right after a
            # first name is the surname cut to its initial, as court reports write the accused's.
            or (
                j == i + 1
                and profile is not None
                and len(run[j].text) == 2
                and run[j].text[0].isupper()
                and run[j].text[1] == "."
                and rules.first_name(token.text) is not None
            )
            # ``Roberto De Zerbi``, ``Ursula von der Leyen``: a particle inside a name.
            or (
                (j > i or particle_start)
                and (
                    run[j].text.capitalize() in gz.NAME_PARTICLES
                    or run[j].text in gz.NAME_ONLY_CONNECTORS
                    # (after a first name, the language's own lower-case connectors where
                    # capitals mark names: ``María de las Heras``; not German ``von der``)
                    or (
                        profile is not None
                        and profile.name_runs
                        and run[j].text.islower()
                        and rules.connector(run[j].text)
                        and rules.first_name(token.text) is not None
                    )
                )
                and not _affiliation_particle(run, i, j, rules)
                and any(
                    _name_word(run[k], stopwords, rules) for k in range(j + 1, min(j + 3, len(run)))
                )
            )
        ):
            j += 1
        while j > i + 1 and not run[j - 1].capitalised and rules.first_name(token.text):
            # ``en Santiago de Chile``: a name opening with a first name stops before a known
            # place, never on the particle before it (``Santiago de`` is no one's name; ``les
            # Lakers de Los Angeles`` is left to the evidence pass).
            j -= 1
        if particle_start and not any(word.capitalised for word in run[i:j]):
            # (``Mme de Lyon``, ``Mr de Paris``: the particle reached a known place, no
            # surname; a particle alone is no one's name)
            role, titled, gender = [], False, None
            i = j
            continue
        if head_surname and j == i + 1:
            j += 1  # (the head word as the surname: ``Anthony Lake``)
        if profile is None and j == i and i + 2 < len(run) and run[i + 1].text == "&":
            j = i + 1  # ``Harbor & Hearth``: a head's word before ``&`` is a firm's name too
        if profile is None and i < j < len(run) - 1 and run[j].text == "&":
            # ``Procter & Gamble``, ``Johnson & Johnson``: names joined by ``&`` are a firm's.
            last = j + 1
            while last < len(run) and _name_word(run[last], stopwords, rules):
                last += 1
            if last > j + 1:
                yield _candidate(run[i:last], "organisation", None, at_start, heading)
                role, titled, gender = [], False, None
                i = last
                continue
        if profile is None and i < j < len(run) and run[j].text == _FLIGHT:
            # ``Adam Air Flight 574``: the words before ``Flight`` name an airline.
            yield _candidate(run[i:j], "organisation", None, at_start, heading)
            role, titled, gender = [], False, None
            i = j + 1
            continue
        if (
            profile is None
            and j == i + 1
            and j < len(run)
            and not role
            # (opening a sentence, ``Host China`` may be any noun's capital)
            and not at_start
            and not token.text.isupper()  # ``PRC China``, ``HMS Cardiff``
            and token.text not in gz.PLACE_MODIFIERS
            and token.text not in gz.PLACE_LEADS
            and (place := _gazetteer(run, j, places, {}, rules)) is not None
            and place[0] == len(run)
            and rules.first_name(token.text) is None
        ):
            # ``Bayern Munich``, ``Ajax Amsterdam``, ``Ford Australia``: an unknown word
            # before a place that ends the run names a club or a company's branch there.
            yield _candidate(
                run[i : place[0]], "organisation", None, at_start, heading, english=profile is None
            )
            role, titled, gender = [], False, None
            i = place[0]
            continue
        if (
            i < j <= i + 2
            and (j + 1 == len(run) or (j + 2 == len(run) and run[j + 1].text in gz.NAME_SUFFIXES))
            and rules.role(run[j].text)
            and not run[j].text.endswith(".")
            and (j == i + 1 or rules.honorific(run[j].text))
            and rules.first_name(token.text) is not None
        ):
            # ``John Major``, ``Carole King``, ``Martin Luther King``: a role word as a
            # surname ends the run (``Martin Luther King Jr.``: with its suffix)
            j = len(run)
        elif (
            j == i + 1
            and j + 2 == len(run)
            and run[j].text in gz.NAME_PARTICLES
            and rules.role(run[j + 1].text)
            and not run[j + 1].text.endswith(".")
            and rules.first_name(token.text) is not None
        ):
            # ``Bruno Le Maire``: a capitalised particle and a role word after a first name
            # end the run as the surname.
            j = len(run)
        elif (
            profile is None
            and j == i + 1
            and j + 1 == len(run)
            and run[j].text.lower() in _MONTHS
            and rules.first_name(token.text) is not None
        ):
            j += 1  # ``Theresa May``, ``Brian May``: a month as a surname ends the run
        if j == i:  # an organisation head alone (``Forces``)
            role, titled, gender = [], False, None
            i += 1
            continue
        if (
            profile is None
            and role
            and role[-1].text in _TITLE_GLUE
            and j < len(run)
            and rules.role(run[j].text)
        ):
            # ``Secretary of Homeland Security Kristi Noem``: words between a title's ``of``
            # and a role word are what the title is of.
            role.extend(run[i:j])
            i = j
            continue
        words = run[i:j]
        if (
            profile is None
            and len(words) > 2
            and at_start
            and not role
            and rules.first_name(words[0].text) is None
            and (rules.first_name(words[1].text) or _is_initial(words[1].text))
            # (``Luiz Inácio Lula da Silva``: a name with a particle is a full name)
            and not any(w.text in _PARTICLES for w in words[2:])
        ):
            # ``Resident Carla Mendes said``, ``Quarterback J.D. Harmon threw``: a capitalised
            # noun opening the sentence before a first name or initials is a title, not part of
            # the name.
            role.append(words[0])
            words, at_start = words[1:], False
        elif profile is None and len(words) > 2:
            # ``Supervisor Kevin Jeffries``, ``Brexiteer Andrea Jenkyns``: nouns of a person's
            # role (written like one: ``-or``, ``-er``, ``-ist``) before a first name;
            # ``Director of National Intelligence Tulsi Gabbard``: what a title is of, before
            # a first name.
            lead = 0
            if not role:
                lead = _role_nouns(words, rules)
            elif (
                any(t.text in gz.TITLE_LINKS for t in role)
                and rules.first_name(words[0].text) is None
            ):
                lead = next(
                    (m for m in range(1, len(words) - 1) if rules.first_name(words[m].text)), 0
                ) or _leading_nouns(words)
            if lead:
                role.extend(words[:lead])
                titled = True
                words, at_start = words[lead:], False
        if (
            profile is not None
            and not role
            and len(words) > 2
            and before.lower() in _place_nouns(profile.code)
            and rules.first_name(words[-2].text) is not None
            and rules.first_name(words[-1].text) is None
        ):
            # ``Жители села Красный Яр Иван Соколов``: after a place's noun, the place's
            # name, then a first name and a surname: two names, the place's and the person's.
            yield _candidate(words[:-2], "place", None, at_start, heading, english=False)
            words, at_start = words[-2:], False
        if profile is not None and len(words) > 2:
            # ``ministre des Armées Sébastien Lecornu``: the name starts at its first name.
            k = next((k for k in range(1, len(words) - 1) if rules.first_name(words[k].text)), None)
            if k is not None and (
                rules.first_name(words[0].text) is None or _declined_town(words[0], rules)
            ):
                if not role and k > 1 and _genitive_owner(words[0].text, profile.code):
                    # ``Brandners Anwältin Petra Hollweg``: a name in the genitive opening
                    # the role is whose role it is, no part of it: a word left to the
                    # document's evidence (a surname it names reads it as that person).
                    token0 = words[0]
                    yield Candidate(
                        token0.start, token0.end, token0.text, None, language=profile.code
                    )
                    words = words[1:]
                    k -= 1
                role.extend(words[:k])
                words, at_start = words[k:], False
        if role and _declined_town(role[-1], rules) and _just_before(role[-1], words[0], run):
            # ``Мэр Вероны Лука Бенедетти``, ``посол в Пекине Ульрих Бранд``: a town declined
            # before a person's name says whose or where they are: a place of its own, and
            # still a word of the person's role (``мэр Вероны``).
            yield _candidate([role[-1]], "place", None, False, heading, english=False)
        if profile is None and len(words) > 1 and words[0].text in gz.PLACE_LEADS:
            # ``San Jose``, ``Fort Worth``: a place, whatever a first-name list says of ``Jose``.
            yield _candidate(words, "place", None, at_start, heading)
        elif (
            profile is None
            and len(words) > 1
            and not role
            and words[-1].text in gz.PLACE_ORGANISATION_TAILS
            and rules.first_name(words[0].text) is None
        ):
            # ``Leeds United``, ``Blackburn Rovers``: a club word ends a club's name, after
            # a town the gazetteer does not know as well.
            yield _candidate(words, "organisation", None, at_start, heading)
        elif len(words) <= _MAX_NAME_WORDS or (
            (profile is None or _particled_name(words, rules)) and _long_name(words, titled, rules)
        ):
            first_name = (
                rules.first_name(words[0].text)
                if len(words) > 1 and not _acronym_before_name(words, 0)
                else None
            )
            if (
                (calendar_name and words[0] is token)
                or (first_name is None and len(words) > 1 and _is_initial(words[0].text))
                or (first_name is None and len(words) > _MAX_NAME_WORDS)
                # ``Rassie van der Merwe``, ``Ramon dela Cruz``: a person's particle inside
                # (not after ``the``: ``the Hof van Cassatie`` is a Dutch body's name)
                or (
                    first_name is None
                    and profile is None
                    and any(w.text in gz.PERSON_PARTICLES for w in words[1:-1])
                    and not _after_article(run, words[0], before)
                )
            ):
                first_name = "unknown"  # ``Jan Egeland``, ``D. John Sauer``, ``J. K. Rowling``
            # Outside German, capitals mark names: two unknown ones in mid-sentence are one.
            run_of_names = (
                profile is not None
                and profile.name_runs
                and len(words) > 1
                and not at_start
                and not (article and words[0] is token)
            )
            if first_name is None and _role_of_article(role, profile, rules):
                # ``Sprecher der Polizei``: a German noun after a role and its article is what
                # the role is of (a body, a town), not the person holding it.
                role, titled, gender = [], False, None
            if (
                profile is not None
                and len(words) == 1
                and words[0].text.lower() in not_acronyms(profile.code)
            ):
                # ``Директор ООО «Ромашка»``: a legal form or a common noun's abbreviation
                # after a role is what the role is of, no person the role names.
                role, titled, gender = [], False, None
            if (
                profile is not None
                and role
                and len(words) == 1
                and first_name is None
                and _declined_town(words[0], rules)
                and not morphology.reads_as_declined_nominative(words[0].text, profile.code)
            ):
                # ``Аким Алматы заявил``, ``Мэр Омска``: a town alone after a title opening
                # the sentence is whose title it is, a place, no person the title names (a
                # town's nominative there is the holder's surname: ``Мэр Пушкин заявил``).
                yield _candidate(words, "place", None, False, heading, english=False)
                role, titled, gender = [], False, None
                i = j
                continue
            evidence = (
                titled
                or first_name is not None
                or run_of_names
                or _after_compound_title(role, words, profile)
            )
            if (
                profile is None
                and role
                and role[-1].text in _TITLE_GLUE
                and len(words) == 1
                and first_name is None
            ):
                # ``the Minister for Housing said``: one unknown word after a title's ``of``
                # or ``for`` is what the title is of, no person the title names.
                evidence, role = False, []
            role_text = _span_text(role) if role else None
            yield Candidate(
                start=words[0].start,
                end=words[-1].end,
                text=_span_text(words),
                type="person" if evidence else None,
                evidence=evidence,
                role=role_text,
                gender=gender or (first_name if first_name in ("female", "male") else None),
                sentence_initial=at_start,
                heading=heading,
            )
        elif profile is not None and profile.name_runs and not role:
            # ``Santa Cruz de la Sierra``, ``Universidad Mayor de San Andrés``: too long for a
            # person's name, left untyped for the evidence pass (a place's first word, a
            # body's head) to type or leave out.
            yield Candidate(
                start=words[0].start,
                end=words[-1].end,
                text=_span_text(words),
                type=None,
                sentence_initial=at_start,
                heading=heading,
            )
        role, titled, gender = [], False, None
        i = j


#: A word, a colon and the spaces after it, ending where the next word begins.
_COLON_BEFORE = re.compile(r"(\w+):[ \u00a0]+$")


def _after_colon(text: str, token: Token, rules: Rules) -> bool:
    """Whether ``token`` comes right after a colon that ends a lower-case word (``Читайте
    также: Мэрия ...``) in a language whose capital there opens a sentence
    (:attr:`gz.Profile.colon_opens_sentence`); not after a capitalised label, whose name
    follows (``Фото: Олег Петров``)."""
    if rules.profile is None or not rules.profile.colon_opens_sentence:
        return False
    found = _COLON_BEFORE.search(text, max(0, token.start - 40), token.start)
    return found is not None and found.group(1).islower()


def _declined_town(token: Token, rules: Rules) -> bool:
    """Whether ``token`` is a town's name (by the caller's town test, :attr:`Rules.towns`) in
    a language whose names decline, and no role word (``Вероны``, ``Кинеля``, ``Полтави``)
    nor a surname's case form (``вдова Чехова``, ``син Хмельницького``: a person's, whose
    name gave the town its own)."""
    profile = rules.profile
    return (
        profile is not None
        and rules.towns is not None
        and bool(profile.name_endings)
        and not rules.role(token.text)
        and rules.towns(token.text, profile.code) is not None
        and not morphology.is_surname_in_case(token.text, profile.code)
    )


def _just_before(left: Token, right: Token, run: list[Token]) -> bool:
    """Whether ``left`` is the word of ``run`` right before ``right``."""
    return any(a is left and b is right for a, b in itertools.pairwise(run))


def _after_compound_title(
    role: list[Token], words: list[Token], profile: gz.Profile | None
) -> bool:
    """Whether ``words`` are a given name and a surname right after a compound of a title
    (``Polizeisprecher Jan Kramer``, ``des FH-Präsidenten Jan Kramer``): the title tells a
    person, as it does written alone. One word after it may be a noun the title governs
    (``dem Konzernchef Vorwürfe machen``), so a name of two words or more is asked for."""
    return (
        profile is not None
        and len(words) > 1
        and bool(role)
        and role[-1].end <= words[0].start
        and profile.compound_role(role[-1].text.rstrip("."))
    )


@cache
def legal_forms(code: str) -> frozenset[str]:
    """Legal forms ending a company's name in language ``code``, as written: its own
    (``[entities] legal_forms``: ``S.R.L.``, ``SAS``) and the English gazetteer's, which
    companies keep in any language (``Inc.``, ``Ltd``, ``plc``)."""
    own = language_of(code).sections.get("entities", {}).get("legal_forms", ())
    return frozenset(own) | {
        spelling
        for form in gz.LEGAL_FORMS
        if "." in form or len(form) > 2
        for spelling in (form.capitalize(), form.upper(), form)
    }


def _ends_in_legal_form(run: list[Token], code: str) -> bool:
    """Whether ``run`` of two words or more ends in a legal form of language ``code``."""
    return len(run) > 1 and run[-1].text in legal_forms(code)


def _competition_end(run: list[Token], j: int) -> int:
    """The index past a competition's head opening at ``run[j]`` and ending the run or followed
    by a word in lower case (``Open``, ``Cup``, ``Grand Prix``: ``[entities]
    competition_heads``); 0 when none opens there."""
    for head in _COMPETITION_HEADS:
        end = j + len(head)
        if (
            end <= len(run)
            and all(
                run[j + k].capitalised and run[j + k].text.lower() == word
                for k, word in enumerate(head)
            )
            and (end == len(run) or not run[end].capitalised)
        ):
            return end
    return 0


def _genitive_owner(word: str, code: str) -> bool:
    """Whether ``word`` is written like a name in the genitive of language ``code`` (``[entities]
    name_genitive_endings``: ``Brandners``), not an acronym (``ZDFs`` is rare, ``BMS`` no
    genitive)."""
    return bool(genitive_bases(word, code, shortest=_MIN_GENITIVE_BASE)) and not word.isupper()


def _place_surname(
    run: list[Token],
    i: int,
    j: int,
    before: str,
    places: dict[str, str],
    rules: Rules = _ENGLISH,
) -> bool:
    """Whether ``run[j]``, a known place's one word ending the run right after a known first
    name, is that person's surname (``Michael Jordan``, ``Jack London``; not after ``in``, nor
    after a first name that is a place itself: ``Paris``, ``Georgia``). Other languages ask
    it only after a role (``Landrätin Anna Weser``): the caller sees to that."""
    first = run[i].text
    return (
        j == i + 1
        and j + 1 == len(run)
        and before not in _LOCATIVES
        and rules.first_name(first) is not None
        and first not in places
        and first not in gz.DEMONYMS
        and (
            run[j].text in places
            or (rules.profile is not None and _gazetteer(run, j, places, {}, rules) is not None)
        )
    )


def _adjunct_lead(run: list[Token], places: dict[str, str], organisations: dict[str, str]) -> int:
    """How many words open the sentence's run as an adverbial before its subject: an opening
    preposition or conjunction (``[entities] opening_adjuncts``) and the days or months after
    it (``On Thursday``, ``In March``, ``After``), when a name follows and the run is no known
    name from its start; a preposition alone opens the name (``On Semiconductor Corp``)."""
    lead = 0
    if run[0].text[1:].islower() and run[0].text.lower() in _OPENING_ADJUNCTS:
        lead = 1
        while lead < len(run) and run[lead].text in gz.CALENDAR:
            lead += 1
        if lead == 1 and run[0].text.lower() in _OPENING_PREPOSITIONS:
            # (a preposition opens a phrase, not the subject's clause: ``On Semiconductor
            # Corp raised`` is the body's name; ``After Brandwell Inc cut`` opens a clause)
            return 0
    if lead >= len(run) or _gazetteer(run, 0, places, organisations) is not None:
        return 0
    return lead


def _after_article(run: list[Token], first: Token, before: str) -> bool:
    """Whether the word right before ``first`` (in ``run``, or ``before`` the run) is an English
    definite article (``the Hof van Cassatie``, ``The Stichting van ...``)."""
    k = next(k for k, token in enumerate(run) if token is first)
    return (run[k - 1].text.lower() if k else before) in _DEFINITE


#: The lower-case words a title's run holds: a link to what it is of or for (``Minister for
#: Housing``) and ``the`` (``Spokesperson of the Ministry``).
_TITLE_GLUE = gz.TITLE_LINKS | _DEFINITE


def _role_of_article(role: list[Token], profile: gz.Profile | None, rules: Rules) -> bool:
    """Whether ``role`` ends in a role word and one definite article after it (``Sprecher
    der``): what follows is the role's genitive, not a name (but ``von der`` is a particle's
    article: ``Präsidentin von der Leyen``)."""
    return (
        profile is not None
        and len(role) >= 2
        and role[-1].text in profile.articles
        and rules.role(role[-2].text)
        and not rules.connector(role[-2].text)
    )


#: Particles inside a name, as written in it (``de la``, ``da``, ``Van``, ``al-``).
_PARTICLES = (
    gz.NAME_PARTICLES | frozenset(p.lower() for p in gz.NAME_PARTICLES) | gz.NAME_ONLY_CONNECTORS
)


def _honorific_only(word: str, profile: gz.Profile) -> bool:
    """Whether ``word`` is an honorific of ``profile``'s language (``г-н``, ``M.``, ``Herr``)
    and no title or role."""
    lower = word.lower().rstrip(".")
    return lower in profile.honorifics and lower not in profile.roles


def _long_name(words: list[Token], titled: bool, rules: Rules) -> bool:
    """Whether ``words``, more than :data:`_MAX_NAME_WORDS`, are a person's name all the same:
    at most that many once its particles and suffix are left out (``Ana María López de la
    Vega``, ``Luiz Inácio Lula da Silva``, ``Martin Luther King Jr.``), and a title or a first
    name among its first two words (a long headline fragment has neither)."""
    core = [
        w.text
        for w in words
        if w.text not in _PARTICLES
        and w.text not in gz.NAME_SUFFIXES
        # (another language's lower-case words inside a name are its connectors: ``las``)
        and not (rules.profile is not None and w.text.islower())
    ]
    return (
        0 < len(core) <= _MAX_NAME_WORDS
        and (
            titled
            or _is_initial(core[0])
            # (``Luiz Inácio Lula da Silva``: a first name the list lacks before one it has)
            or any(rules.first_name(word) is not None for word in core[:2])
        )
    )


#: Most capitalised words of a long name with particles in a language other than English.
_MAX_PARTICLED_WORDS = 3


def _particled_name(words: list[Token], rules: Rules) -> bool:
    """Whether ``words``, in a language where capitals mark names, are first names, then
    particles between single capitalised words, the last one word (``Olivier du Bois de
    Vroylande``, ``Ana María de la Vega``): a long name so is a person's, where ``Marie Roy du
    Crédit Agricole`` or ``Universidad Mayor de San Andrés`` is none (German ``von der`` is
    as often ``from the``)."""
    profile = rules.profile
    if profile is None or not profile.name_runs:
        return False
    lower = [k for k, word in enumerate(words) if word.text.islower()]
    if not lower or lower[0] == 0 or lower[-1] != len(words) - 2:
        return False
    if any(rules.first_name(word.text) is None for word in words[: lower[0]]):
        return False
    # (three capitalised words at most: ``Carlos Romero del Museo de Sevilla`` is a person
    # and where the person works)
    if len(words) - len(lower) > _MAX_PARTICLED_WORDS:
        return False
    # (between two particles, one word: ``du Bois de``)
    return all(b - a <= 2 for a, b in itertools.pairwise(lower))


@cache
def _affiliation_particles(code: str) -> frozenset[str]:
    """``[entities] affiliation_particles`` of language ``code``."""
    return language_of(code).words("entities", "affiliation_particles")


@cache
def _nobility_ranks(code: str) -> frozenset[str]:
    """``[entities] nobility_ranks`` of language ``code``."""
    return language_of(code).words("entities", "nobility_ranks")


def _affiliation_particle(run: list[Token], i: int, j: int, rules: Rules) -> bool:
    """Whether the particle ``run[j]`` after a person's given name and surname (ending
    ``run[i:j]``, an unknown title maybe before) opens where they are from, not more of the
    name (``Jana Kühn von der TU Dresden``), or an article of what the sentence goes on with
    (``sagte Jana Kühn der Deutschen Presse-Agentur``); a name's own particle follows its given
    names, another particle or a rank of nobility (``Ursula von der Leyen``, ``Karl Theodor zu
    Guttenberg``, ``Otto Graf von Lambsdorff``). In the languages listing it in ``[entities]
    affiliation_particles``."""
    profile = rules.profile
    return (
        profile is not None
        and j >= i + 2
        and run[j].text in _affiliation_particles(profile.code)
        and run[j - 1].capitalised
        and any(rules.first_name(run[k].text) is not None for k in range(i, j - 1))
        and rules.first_name(run[j - 1].text) is None
        and run[j - 1].text.lower() not in _nobility_ranks(profile.code)
    )


@cache
def name_articles(code: str) -> frozenset[str]:
    """Articles of language ``code`` that, capitalised inside a sentence, open a name
    (``[entities] name_articles``: ``Le Havre``, ``El Alto``)."""
    return language_of(code).words("entities", "name_articles")


def _stop_name(token: Token, rules: Rules) -> bool:
    """Whether ``token`` is a capitalised word of letters that only being a stop word keeps
    from a name (``Tiempo`` after ``El`` inside a sentence)."""
    return (
        token.capitalised
        and token.text.isalpha()
        and not token.text.isupper()
        and not rules.role(token.text)
        and not rules.excluded(token.text)
    )


def _name_word(token: Token, stopwords: frozenset[str], rules: Rules = _ENGLISH) -> bool:
    if rules.profile is None:
        # English: the hand tables' tests as one look-up (:data:`_NOT_ENGLISH_NAME_WORDS`).
        word = token.text
        return (
            token.capitalised
            and word not in _NOT_ENGLISH_NAME_WORDS
            and (word.lower() not in stopwords or not _stopword(word, stopwords))
            and (word.isalpha() or not any(ch.isdigit() for ch in word))
        )
    return (
        token.capitalised
        and not rules.role(token.text)
        and not rules.excluded(token.text)
        and (
            token.text.lower() not in stopwords
            or not _stopword(token.text, stopwords, rules)
            # (``C. Turpin``: an initial, cut so by the tokenizer before a name only, though
            # French writes ``c.`` for a word; ``M.`` is an honorific)
            or (_is_initial(token.text) and not rules.honorific(token.text))
        )
        and not rules.org_head(token.text)
        # (English's place heads end a place's name, ``Wembley Stadium``, but are no word of
        # the language's own: ``River`` opens ``River Plate``, a club, in Spanish)
        # ``Airbus A380``: a model code is not part of a name.
        and (token.text.isalpha() or not any(ch.isdigit() for ch in token.text))
        and token.text != _FLIGHT
    )


#: Words English rules never take as a name's word (:func:`_name_word`): role words (``Capt``
#: too), demonyms, calendar words and date-line labels, organisation and place heads, ``Flight``.
_NOT_ENGLISH_NAME_WORDS = (
    gz.ROLE_WORDS
    | _UNDOTTED_ROLES
    | gz.DEMONYMS
    | gz.CALENDAR
    | gz.DATE_LABELS
    | gz.ORGANISATION_HEADS
    | gz.PLACE_HEADS
    | {_FLIGHT}
)


#: Endings of English adverbs (``Initially``, ``Separately``, ``Reportedly``, ``Previously``).
_ADVERB_ENDINGS = tuple(sorted(_EN.words("entities", "adverb_endings")))
#: A conjunction inside a name (``Food and Drug Administration``).
_INNER_CONJUNCTIONS = _EN.words("entities", "inner_conjunctions")


def _adverb(text: str, token: Token, end: int) -> bool:
    """Whether ``token``, opening a sentence before a comma, is an adverb (``Initially,``,
    ``Separately,``): written like one, and no first name (``Sally``, ``Emily``) or known
    place or body. (The comma must lie in the region, ``end`` its end: what a region yields
    depends on its text alone.)"""
    word = token.text
    return (
        token.end < end
        and text[token.end] == ","
        and word.lower().endswith(_ADVERB_ENDINGS)
        and word not in gz.place_names()
        and word not in gz.organisation_names()
        and _ENGLISH.first_name(word) is None
    )


def _silent(word: str, stopwords: frozenset[str]) -> bool:
    """Whether English rules read nothing in a run of the one word ``word``: a stop word that
    is no acronym, two-letter name, gazetteer entry or title (:func:`_analyse` would yield
    nothing for it; the test spares reading it)."""
    return (
        word.lower() in stopwords
        and _stopword(word, stopwords)
        and word not in gz.place_names()
        and word not in gz.organisation_names()
    )


def _stopword(word: str, stopwords: frozenset[str], rules: Rules = _ENGLISH) -> bool:
    """Whether ``word`` is a stop word. English's list holds every two-letter country code
    (and ``gm`` for grams): an acronym (``GM``, ``BA``) is not the word it spells, and a
    capitalised two-letter word is a name (``Al Gore``, ``Ed Miliband``, ``Li Keqiang``)
    unless it is an English word (``He``, ``If``)."""
    lower = word.lower()
    if lower not in stopwords:
        return False
    if rules.profile is not None:
        return True  # (another language's capitals: ``EINE``, ``ОДНА`` in a shouted line)
    if 1 < len(word) <= 3 and word.isupper():
        return word in gz.NOT_ACRONYMS  # (``THANK YOU`` shouted is no acronym)
    if word in gz.STOPWORD_FIRST_NAMES:
        return False  # ``Bill Jaynes``, ``Don Smith``
    return len(word) != 2 or lower in _TWO_LETTER_WORDS


def _gazetteer(
    run: list[Token],
    i: int,
    places: dict[str, str],
    organisations: dict[str, str],
    rules: Rules = _ENGLISH,
) -> tuple[int, str, str] | None:
    if rules.profile is None:
        # English: only as many words as the longest entry opening with this word (most
        # words open none, and are answered without joining a phrase).
        first = run[i].text
        lengths = _entry_lengths()
        longest = lengths.get(first, 0)
        if first.isupper():
            longest = max(longest, lengths.get(first.title(), 0))
        if not longest:
            return None
        window = run[i : i + longest]
    else:
        window = run[i : i + _MAX_GAZETTEER_WORDS]
    texts = [token.text for token in window]
    # ``El País Vasco``, ``Le Monde Diplomatique``: a name opening with its article (an
    # outlet's) that the run goes on from with another capital is only the longer name's start.
    articled = rules.profile is not None and texts[0].lower() in name_articles(rules.profile.code)
    for length in range(len(window), 0, -1):
        if not window[length - 1].capitalised:
            continue
        if articled and i + length < len(run) and run[i + length].capitalised:
            continue
        phrase = " ".join(texts[:length])
        if phrase.isupper() and len(phrase) > 3 and phrase.title() in places:  # ``KYIV, Ukraine``
            phrase = phrase.title()
        if phrase in organisations:
            return i + length, "organisation", organisations[phrase]
        if phrase in places:
            return i + length, "place", places[phrase]
        if rules.profile is not None and (known := rules.lookup(phrase)) is not None:
            return i + length, known[0], known[1]
    return None


def _first_name_of_person(
    run: list[Token],
    i: int,
    before: str,
    titled: bool,
    stopwords: frozenset[str],
    rules: Rules,
) -> bool:
    """Whether ``run[i]``, a place's one word that is also a first name (``Irlanda``,
    ``France``), opens a person's name: a capitalised word follows that names no place nor body
    and is no first name, and a title stands before it (``la escritora Irlanda López``, ``la
    chanteuse France Gall``), or the word after it is a surname by its ending (``[entities]
    surname_endings``: ``Irlanda López``) or has a second surname after it (``Irlanda Soto
    Ruiz``), where no article (``before``, the word before the run) nor other word of the run
    stands before it. A party's name after its country is no person's (``Italia Viva``)."""
    assert rules.profile is not None
    if i + 1 >= len(run) or rules.first_name(run[i].text) is None:
        return False
    after = run[i + 1]
    if (
        not after.capitalised
        or not _name_word(after, stopwords, rules)
        or rules.first_name(after.text) is not None
        or _gazetteer(run, i + 1, gz.place_names(), gz.organisation_names(), rules) is not None
    ):
        return False
    if titled:
        return True
    # (an article before it, or a word in the run that is no stop word, ``Ayer``, opens a
    # thing's name: ``la London Fashion Week``, ``Make America Great Again``, ``el Banco de
    # Irlanda``)
    prior = run[i - 1].text.lower() if i > 0 else before
    if prior in name_articles(rules.profile.code) or any(
        t.text.lower() not in stopwords for t in run[:i]
    ):
        return False
    lower = after.text.lower()
    endings = _surname_endings(rules.profile.code)
    if any(lower.endswith(e) and len(lower) > len(e) + 2 for e in endings):
        return True
    return (
        i + 2 < len(run)
        and run[i + 2].capitalised
        and _name_word(run[i + 2], stopwords, rules)
        and rules.first_name(run[i + 2].text) is None
        and _gazetteer(run, i + 2, gz.place_names(), gz.organisation_names(), rules) is None
        and _compound_surnames(rules.profile.code)
    )


@cache
def _surname_endings(code: str) -> tuple[str, ...]:
    """``[entities] surname_endings`` of language ``code``: endings of its surnames that none
    of its adjectives has (Spanish ``-ez``: ``López``, ``Martínez``)."""
    return tuple(sorted(language_of(code).words("entities", "surname_endings")))


@cache
def _compound_surnames(code: str) -> bool:
    """Whether language ``code`` writes a person's two surnames (``[quotes] conventions``
    ``compound_surnames``: ``Marta Villalobos Ruiz``)."""
    return "compound_surnames" in language_of(code).words("quotes", "conventions")


on_reload(_surname_endings.cache_clear)
on_reload(_compound_surnames.cache_clear)


@cache
def _entry_lengths() -> dict[str, int]:
    """The first word of each English gazetteer entry -> the most words an entry opening with
    it has (``New`` -> 4 for ``New York Times`` and the like)."""
    lengths: dict[str, int] = {}
    for entry in (*gz.place_names(), *gz.organisation_names()):
        words = entry.split()
        lengths[words[0]] = min(max(lengths.get(words[0], 0), len(words)), _MAX_GAZETTEER_WORDS)
    return lengths


def _organisation_stops(run: list[Token], rules: Rules = _ENGLISH) -> list[int]:
    """For each index of ``run``, the first index at or after it that is not capitalised, is an
    honorific, or is an organisation or place head (``len(run)`` when none is): where
    :func:`_organisation` looks for a head. Computed once per run, from the end, because
    scanning forward from every index made a long run of capitalised words quadratic."""
    stops = [len(run)] * (len(run) + 1)
    if rules.profile is None:  # English: the hand tables alone, read without a call per word
        honorifics, heads, places = gz.HONORIFICS, gz.ORGANISATION_HEADS, gz.PLACE_HEADS
        for k in range(len(run) - 1, -1, -1):
            text = run[k].text
            stop = not run[k].capitalised or text in honorifics or text in heads
            of_head = text in gz.OF_HEADS and _of_head(run, k)
            stop = stop or _final_head(run, k)
            stops[k] = k if stop or text in places or of_head else stops[k + 1]
        return stops
    for k in range(len(run) - 1, -1, -1):
        text = run[k].text
        stop = not run[k].capitalised or rules.honorific(text)
        stops[k] = k if stop or rules.org_head(text) or text in gz.PLACE_HEADS else stops[k + 1]
    return stops


def _organisation(
    run: list[Token], i: int, rules: Rules = _ENGLISH, stops: list[int] | None = None
) -> tuple[int, str, str | None] | None:
    """``Middlebury College``, ``Ministry of Defense``, ``US Department of Defense``...

    ``stops`` is :func:`_organisation_stops` of ``run`` (computed here when not given).
    """
    k = (stops if stops is not None else _organisation_stops(run, rules))[i]
    if k >= len(run) or not (
        rules.org_head(run[k].text)
        or run[k].text in gz.PLACE_HEADS
        or (rules.profile is None and (_of_head(run, k) or _final_head(run, k)))
    ):
        return None
    # ``Heathrow Airport``, ``Atlantic Ocean``: a place head makes a place.
    kind = "place" if run[k].text in gz.PLACE_HEADS else "organisation"
    if kind == "place" and rules.profile is None and k + 1 < len(run):
        if run[k + 1].text in gz.ORGANISATION_HEADS:
            kind = "organisation"  # ``United States Coast Guard``: a place head in a body's name
            k += 1
        elif (
            k + 2 < len(run)
            and _office_owner(run[k + 1].text)
            and run[k + 2].text in gz.ORGANISATION_HEADS
        ):
            kind = "organisation"  # ``Los Angeles County Sheriff's Department``
            k += 2
    if kind == "organisation" and rules.profile is None:
        k = _last_head(run, k, rules)
        if run[k].text in gz.FIELD_HEADS and all(
            run[m].text.replace("’", "'") in gz.FIELD_WORDS for m in range(i, k)
        ):
            return None  # ``the Solar System``, ``Public Health``: a thing or a field, no body
        if k + 1 < len(run) and run[k + 1].text in gz.PLACE_HEADS:
            k, kind = k + 1, "place"  # ``Changi International Airport``
        elif (
            run[k].text == _INTERNATIONAL
            and k + 1 < len(run)
            and run[k + 1].capitalised
            and not rules.role(run[k + 1].text)
        ):
            return None  # ``Viña del Mar International Festival``: it ends no name here
    end = k + 1
    hops = hop_start = 0
    # ``Ministry of Defense``, ``UN Office for the Coordination of Humanitarian Affairs``,
    # ``Panel on Climate Change``: the name goes on through ``of``/``for`` (``on`` after the
    # heads that take it), a second time only when neither part names a place (``Ministry of
    # Defense of Ukraine`` is the ministry and the country).
    while end + 1 < len(run) and run[end].text in _HEAD_LINKS and hops < 2:
        j = end + 1
        if run[j].text in _DEFINITE:
            j += 1
        tail = j
        while (
            tail < len(run)
            and run[tail].capitalised
            and not (
                rules.honorific(run[tail].text)
                # (``Office of the Director of National Intelligence``: a title named of
                # something is the name's)
                and not (tail == j and tail + 2 < len(run) and run[tail + 1].text in _OF_LINKS)
            )
            and (
                not _person_start(run, tail, rules)
                # (``Institute of Marine Science``: a first name before an abstract noun that
                # ends the run is a field of study, no person)
                or (rules.profile is None and tail == j and _field_of_study(run, tail))
            )
        ):
            tail += 1
        if rules.profile is None and tail < len(run) and run[tail].capitalised:
            # ``District of Columbia Attorney Karl Racine``, ``Department of Homeland Security
            # Secretary Kristi Noem``: role nouns before a name are the person's title.
            while tail - 1 > j and (
                run[tail - 1].text.lower() in gz.PERSON_ROLE_NOUNS
                or ("-" in run[tail - 1].text and rules.role(run[tail - 1].text))
            ):
                tail -= 1
        if tail == j or (
            hops
            and rules.profile is None
            and (
                _gazetteer(run, j, gz.place_names(), {}, rules)
                or _gazetteer(run, hop_start, gz.place_names(), {}, rules)
            )
        ):
            break
        if (
            not hops
            and k == i
            and rules.profile is None
            and rules.role(run[k].text)
            and any(rules.org_head(run[m].text) for m in range(j, tail))
        ):
            return None  # ``Staff of the UN Office ...``: a role's word before a body
        hop_start, end, hops = j, tail, hops + 1
        if rules.profile is not None:
            break  # (other languages: one hop, as their head-first names are read)
    if end - i < 2:
        return None
    if kind == "place" and rules.profile is None and run[end - 1].text in gz.ORGANISATION_HEADS:
        kind = "organisation"  # ``District of Columbia Attorney General's Office``
    phrase = _span_text(run[i:end])
    canonical = gz.organisation_names().get(phrase)
    if canonical is None and (known := rules.lookup(phrase)) is not None:
        canonical = known[1]
    return end, kind, canonical


def _field_of_study(run: list[Token], k: int) -> bool:
    """Whether ``run[k:]`` is two words, the second written like an abstract noun
    (``Marine Science``, ``Grace Theology``): what a body is named for, no person's name."""
    return k + 2 == len(run) and run[k + 1].text.lower().endswith(gz.NOUN_ENDINGS)


def _final_head(run: list[Token], k: int) -> bool:
    """Whether ``run[k]`` is one of :data:`gz.FINAL_HEADS` with no capitalised word after it."""
    return run[k].text in gz.FINAL_HEADS and (k + 1 == len(run) or not run[k + 1].capitalised)


def _of_head(run: list[Token], k: int) -> bool:
    """Whether ``run[k]`` is one of :data:`gz.OF_HEADS` before ``of`` and a capitalised word."""
    return (
        run[k].text in gz.OF_HEADS
        and k + 2 < len(run)
        and run[k + 1].text in _OF_LINKS
        and run[k + 2].capitalised
    )


def _role_nouns(words: list[Token], rules: Rules) -> int:
    """How many words open ``words`` that are nouns of a role before a first name and a
    surname (``Supervisor Kevin Jeffries``: 1), or 0: role nouns (or words written like agent
    nouns) that are no first names; a party's label before a full name (``Democrat Marisol
    Okafor-Dunne``: 1) with the role words after it (``Democrat Senators Tom Ames``: 2)."""
    if words[0].text in gz.NAME_LABELS and len(words) > 2:
        lead = 1
        while lead < len(words) - 2 and _role_or_roles(words[lead].text, rules):
            lead += 1
        return lead
    for k in range(1, len(words) - 1):
        word = words[k - 1].text
        if rules.first_name(word) is not None:
            return 0
        lower = word.lower()
        if not (
            lower in gz.PERSON_ROLE_NOUNS
            or (lower.endswith(gz.AGENT_ENDINGS) and len(lower) > 4)
            or _HYPHENATED_ADJECTIVE.fullmatch(word) is not None  # ``Scrum-half``
        ):
            return 0
        if rules.first_name(words[k].text) is not None or _is_initial(words[k].text):
            return k  # (``Coach J.D. Harmon``)
        if k == 1 and len(words) == 3 and _DOUBLE_BARRELLED.fullmatch(words[2].text):
            # ``Grower Ngaio Tereanu-Hale``: one role noun before a word and a double-barrelled
            # surname is a role and a full name, whatever first names a list knows (``BAYER
            # LEADS GAINS``, a headline in capitals, is no name).
            return 1
    return 0


def _role_or_roles(word: str, rules: Rules) -> bool:
    """Whether ``word`` is a role word or one's plural (``Senator``, ``Senators``)."""
    return rules.role(word) or any(
        word.endswith(ending) and rules.role(word[: -len(ending)]) for ending in gz.PLURAL_ENDINGS
    )


def _office(run: list[Token], i: int, rules: Rules) -> tuple[int, str, str | None] | None:
    """``Attorney General's Office``, ``Sheriff's Department``: role words from ``i``, the last
    one's possessive, then an organisation's head; the office is an organisation."""
    m = i
    while m < len(run) and rules.role(run[m].text):
        m += 1
    if m + 1 >= len(run) or not _office_owner(run[m].text):
        return None
    if run[m + 1].text not in gz.ORGANISATION_HEADS:
        return None
    end = _last_head(run, m + 1, rules) + 1
    return end, "organisation", gz.organisation_names().get(_span_text(run[i:end]))


def _office_owner(word: str) -> bool:
    """Whether ``word`` is a role word's possessive (``Sheriff's``, ``General's``), kept whole
    before an organisation's head (:func:`_add_token`)."""
    return word.endswith(("'s", "’s")) and word[:-2] in gz.ROLE_WORDS


def _company_or_club(
    run: list[Token], i: int, known: tuple[int, str, str] | None, rules: Rules
) -> tuple[int, str, str | None] | None:
    """English organisations the head rule misses: a title word before a company head
    (``General Motors``, ``General Dynamics Corp.``), ``Air`` or a club word before a place
    (``Air Canada``, ``Real Madrid``) and a place before a club word (``Manchester United``)."""
    text = run[i].text
    if i + 1 >= len(run):
        return None
    if text in gz.ROLE_WORDS and run[i + 1].text in gz.COMPANY_HEADS:
        end = _last_head(run, i + 1, rules) + 1
        return end, "organisation", gz.organisation_names().get(_span_text(run[i:end]))
    if text in gz.PLACE_ORGANISATION_LEADS:
        place = _gazetteer(run, i + 1, gz.place_names(), {}, rules)
        if place is not None and place[1] == "place":
            return place[0], "organisation", None
    if known is not None and known[1] == "place" and known[0] < len(run):
        if run[known[0]].text in gz.PLACE_ORGANISATION_TAILS:
            return known[0] + 1, "organisation", None
        body = (
            _gazetteer(run, known[0], {}, gz.organisation_names(), rules)
            if run[known[0]].text in _NATIONAL_FIRST
            else None
        )
        if body is not None and (name := _span_text(run[known[0] : body[0]])) in gz.NATIONAL_BODIES:
            # ``US Senate``, ``U.S. Senate``: one body, named with the country's canonical name.
            return body[0], "organisation", f"{known[2]} {name}"
    return None


def _last_head(run: list[Token], k: int, rules: Rules) -> int:
    """The last organisation head of the capitalised words from the head at ``k`` on
    (``Government Accountability Office``, ``General Motors Corporation``): a name may hold
    a head word before its own."""
    last = k
    for m in range(k + 1, min(k + _MAX_GAZETTEER_WORDS, len(run))):
        word = run[m]
        if not word.capitalised or rules.honorific(word.text) or word.text in gz.PLACE_HEADS:
            break
        if rules.org_head(word.text):
            last = m
    return last


#: The digits of Roman numerals, which are written like acronyms (``Иоанн Павел II``).
ROMAN_DIGITS = frozenset("IVXLCDM")

#: A word with a capital inside after three lower-case letters at least (``ДелоПресс``,
#: ``МегаФон``): a brand's or an outlet's, no person's (``МакКейн``, ``ДиКаприо`` are).
_BRAND_CAPITAL = re.compile(
    rf"[^\W\d_][^\W\d_A-Z{CYRILLIC_CAPITALS}]{{3,}}[A-Z{CYRILLIC_CAPITALS}]"
)


def _brand_after_name(run: list[Token], i: int, j: int, rules: Rules) -> bool:
    """Whether ``run[j]``, after the mixed-case name words ``run[i:j]``, is a brand's word or,
    after a first name and more, an acronym, which a person's name never holds: ``рассказал
    Дмитрий Лаврухин РБК``, ``пояснил Лаврухин ДелоПрессу`` name the outlet told after the
    speaker (``Банк ВТБ`` is one body's name)."""
    word = run[j].text
    if any(t.text.isupper() or _BRAND_CAPITAL.match(t.text) for t in run[i:j]):
        return False
    if _BRAND_CAPITAL.match(word):
        return True
    return (
        j > i + 1
        and len(word) > 1
        and word.isupper()
        and word.isalpha()
        and not set(word) <= ROMAN_DIGITS  # (``Уильям Генри Гейтс III``: a generation's)
        and rules.first_name(run[i].text) is not None
    )


def _acronym_before_name(run: list[Token], i: int) -> bool:
    """Whether ``run[i]`` is an acronym before a name written in small letters (``of NATO
    United``, ``the FBI Director``): no first name, though the tables know ``Nato``. A name in
    capitals is all capitals (``By NIGEL FARAGE``), and an all-caps line is recased first."""
    word = run[i].text
    return (
        i + 1 < len(run)
        and len(word) > 1
        and word.isupper()
        and word.isalpha()
        and not run[i + 1].text.isupper()
    )


def _person_start(run: list[Token], i: int, rules: Rules = _ENGLISH) -> bool:
    """Whether a person's name opens at ``run[i]``: a first name before a capitalised word,
    neither a title (``Unity Secretary-General``) nor making a known entry with it (``Red
    Cross``)."""
    return (
        i + 1 < len(run)
        and run[i + 1].capitalised
        and rules.first_name(run[i].text) is not None
        and run[i].text not in gz.place_names()
        and (
            rules.profile is not None
            or (
                not rules.role(run[i + 1].text)
                and _gazetteer(run, i, gz.place_names(), gz.organisation_names()) is None
            )
        )
    )


#: Fewest capitals of an acronym hyphened to a role (``EU-Kommissar``; not ``Ex-Chef``).
_ROLE_ACRONYM_CAPITALS = 2


def _body_before_role(token: Token, profile: gz.Profile) -> Candidate | None:
    """The acronym opening a role compound where titles end compounds (``BBK-Präsident``,
    ``VfB-Trainer``, ``US-Präsident``), as a body's or a known place's mention; another word
    so opening one (``Kessler-Sprecher``), untyped; ``None`` for any other role word, or an
    abbreviation of a common noun (``[entities] not_acronyms``: ``IT-Chef``)."""
    head, hyphen, rest = token.text.rpartition("-")
    if (
        not hyphen
        or not profile.compound_titles
        or "-" in head
        or not head[:1].isupper()
        or len(head) < _ROLE_ACRONYM_CAPITALS
        or not head.isalpha()
        or not profile.is_role(rest)
        or head.lower() in not_acronyms(profile.code)
    ):
        return None
    if sum(c.isupper() for c in head) < _ROLE_ACRONYM_CAPITALS:
        # (``Kessler-Sprecher``, ``Interims-Trainer``: a word, left to the document's evidence)
        if len(head) <= _ROLE_ACRONYM_CAPITALS or profile.is_role(head):
            return None
        return Candidate(token.start, token.start + len(head), head, None, language=profile.code)
    places = gz.place_names()
    canonical = places.get(head) or gz.territories(profile.code).get(head)
    return Candidate(
        start=token.start,
        end=token.start + len(head),
        text=head,
        type="place" if canonical else "organisation",
        canonical=canonical or gz.organisation_names().get(head),
        language=profile.code,
    )


@cache
def _place_nouns(code: str) -> frozenset[str]:
    """Nouns of language ``code`` a place's name follows (``[entities] place_before``:
    ``села``, ``города``)."""
    return language_of(code).words("entities", "place_before")


@cache
def not_acronyms(code: str) -> frozenset[str]:
    """Abbreviations of common nouns in language ``code`` (``[entities] not_acronyms``: ``IT``
    of ``IT-Chef``); the one reader of them, for the chunker and the evidence passes
    (:class:`~newsbrief.annotators.entities.foreign_words.ForeignWords`)."""
    return language_of(code).words("entities", "not_acronyms")


def _candidate(
    words: list[Token],
    kind: str,
    canonical: str | None,
    initial: bool,
    heading: bool,
    *,
    english: bool = True,
) -> Candidate:
    if (
        english
        and kind == "organisation"
        and len(words) > 2
        and canonical is None
        and _HYPHENATED_ADJECTIVE.fullmatch(words[0].text) is not None
    ):
        words = words[1:]  # ``Left-wing Qalat Mesa Revolutionary Movement``
    elif (
        english
        and initial
        and kind == "organisation"
        and len(words) > 1
        and canonical is None
        and words[0].text[1:].islower()
        and words[0].text.lower() in _OPENING_DESCRIPTORS
        # (a body's head alone is no name: ``Opposition Party``, ``Separatist Front`` stay)
        and not (len(words) == 2 and words[1].text in gz.ORGANISATION_HEADS)
    ):
        # ``Rival Hindmoor Motors said``, ``Insurer Ashworth Holdings``: a sentence's first word
        # describing the body is no part of its name.
        words = words[1:]
    text = _span_text(words)
    # ``The New York Times``: the article is left out when the name is known without it
    # (``The Hague`` keeps it).
    if words[0].text in _ARTICLES and len(words) > 1:
        rest = text[len(words[0].text) + 1 :]
        if canonical is None or rest in gz.organisation_names() or rest in gz.place_names():
            words, text = words[1:], rest
    return Candidate(
        start=words[0].start,
        end=words[-1].end,
        text=text,
        type=kind,
        canonical=canonical,
        sentence_initial=initial,
        heading=heading,
    )


#: Nouns that, opening a sentence before a body's name, describe it (``Rival Hindmoor Motors``).
_OPENING_DESCRIPTORS = _EN.words("entities", "opening_descriptors")
#: A capitalised compound adjective (``Left-wing``, ``Pro-government``, ``Far-right``): it
#: opens a sentence before a body's name without being part of it.
_HYPHENATED_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: A surname of two capitalised parts (``Tereanu-Hale``, ``Owusu-Mensah``).
_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z'’]+-[A-Z][a-z'’]+")


def _span_text(words: list[Token]) -> str:
    return " ".join([word.text for word in words])


def _noun_gender(word: str) -> str | None:
    if word in gz.FEMALE_NOUNS:
        return "female"
    if word in gz.MALE_NOUNS:
        return "male"
    return None


def _acronym_aliases(text: str, found: list[_Found], start: int, end: int) -> Iterator[_Found]:
    """``French Institute of International Relations (IFRI)``: the acronym names the same body."""
    known = {(s, e) for s, e, fields in found if fields[TYPE] is not None}
    for _, last, fields in found:
        if fields[TYPE] != "organisation" or not (start <= last <= end):
            continue
        match = _ACRONYM_IN_PARENS.match(text, last) or _spelt_acronym(text, last, fields[TEXT])
        if match is None or match.end() > end:
            continue
        s, e = match.span(1)
        if (s, e) in known:
            continue
        alias = Candidate(
            start=s,
            end=e,
            text=match.group(1),
            type="organisation",
            canonical=fields[CANONICAL] or fields[TEXT],
            heading=fields[HEADING],
        )
        yield s, e, candidate_fields(alias)


def _spelt_acronym(text: str, last: int, name: str) -> re.Match[str] | None:
    """A capitalised acronym in brackets right after the body ``name`` that its initials spell
    (``Business Unity South Africa (Busa)``)."""
    match = _INITIALS_IN_PARENS.match(text, last)
    if match is None or match.group(1).isupper():
        return None
    return match if _initials(name) == match.group(1).upper() else None


def candidates(document: Document) -> list[Candidate]:
    """The chunker's candidates in the body sentences and headings of ``document``."""
    return list(candidates_packed(document).unpacked())


def candidates_packed(document: Document, towns: TownTest | None = None) -> PackedCandidates:
    """:func:`candidates` of ``document``, packed (as the shared analysis holds them), made
    without a :class:`Candidate` object each; ``towns`` tells which words name towns, where
    the caller knows (:attr:`Rules.towns`)."""
    segmented_document = segmented(document)
    text = document.text
    stopwords = resources(document.language).stopwords
    body = [(s.start, s.end) for s in segmented_document.sentences]
    headings = [(h.start, h.end) for h in document.headings]
    code = document.language
    offsets: list[int] = []
    fields: list[CandidateFields] = []
    _chunk(text, body, stopwords, False, code, offsets, fields, towns)
    _chunk(text, headings, stopwords, True, code, offsets, fields, towns)
    return pack_fields(offsets, fields)


def candidates_with_towns(
    document: Document, packed: PackedCandidates, towns: TownTest
) -> PackedCandidates:
    """``packed`` (:func:`candidates_packed` of ``document``, as the shared analysis holds
    them, read with no town test) read again with the caller's town test ``towns`` where a
    capitalised word after an elided connector (``Pierre Martin d'Orléans``) names a town, so
    that no name runs on into it, or where names decline and a person's name runs on from a
    town's case form (``Мэр Вероны Лука Бенедетти``: :func:`_declined_town`); ``packed`` itself
    where none does (most documents)."""
    profile = rules_for(document.language).profile
    if profile is None:
        return packed
    if profile.name_endings and any(
        _town_before_person(fields, towns, profile.code) for fields in packed.fields
    ):
        return candidates_packed(document, towns)
    if not any(c.endswith("'") for c in profile.connectors):
        return packed
    text = document.text
    for match in _ELIDED_CAPITAL.finditer(text):
        word = _TOKEN.match(text, match.end())
        if (
            word is not None
            and match.group(1).lower() + "'" in profile.connectors
            and towns(word.group(0), profile.code) is not None
        ):
            return candidates_packed(document, towns)
    return packed


def _town_before_person(fields: CandidateFields, towns: TownTest, code: str) -> bool:
    """Whether a person's candidate ``fields`` has a role whose last word is a town's name
    (``Жительница Кинеля``), is a town's name alone after a role (``Аким Алматы``) or opens
    with one (``Вероны Лука Бенедетти``), by ``towns``."""
    if fields[TYPE] != "person":
        return False
    role, name = fields[ROLE], fields[TEXT]
    if role and towns(role.rsplit(" ", 1)[-1], code) is not None:
        return True
    if role and " " not in name and towns(name, code) is not None:
        return True  # (``Аким Алматы заявил``: a town alone after a title)
    return name.count(" ") > 1 and towns(name.split(" ", 1)[0], code) is not None


#: A capitalised word after a space and an elided connector's letter (``d'Orléans``).
_ELIDED_CAPITAL = re.compile(r"(?<=[^\W\d_])[ \u00a0]([^\W\d_])['’](?=[^\W\d_])")


# (A language data file reloaded is read again.)
on_reload(rules_for.cache_clear)
on_reload(name_articles.cache_clear)
on_reload(_affiliation_particles.cache_clear)
on_reload(_nobility_ranks.cache_clear)
on_reload(legal_forms.cache_clear)
on_reload(not_acronyms.cache_clear)
on_reload(_place_nouns.cache_clear)
