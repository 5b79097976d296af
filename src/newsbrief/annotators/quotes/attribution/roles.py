"""Roles and titles: the office a mention holds (``Defence Minister Rustem Umerov``, ``Umerov,
the defence minister``), read from the words around it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ABBREVIATIONS,
    ADVERB,
    AFFILIATION_WORDS,
    AGE_NOUN,
    APPOSITIVE,
    ARTICLE_WORDS,
    CLAUSE_ADVERBS,
    COURTESY,
    DEFINITE,
    DETERMINERS,
    EN,
    NAME_WORD,
    NP_STOP,
    PARTICLES,
    PAST_ENDINGS,
    ROLE_MODIFIERS,
    SOURCE_OCCUPATIONS,
    SPEAKER_PARAGRAPHS,
    START,
    TITLE_ABBREVIATIONS,
    WORD,
)
from newsbrief.annotators.quotes.attribution.mentions import MentionLookup
from newsbrief.annotators.quotes.attribution.press_words import PressWords, press_words
from newsbrief.annotators.quotes.attribution.scanning import (
    office,
    possessive,
    role_words,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker
from newsbrief.annotators.quotes.language_words import quote_words, sorted_quote_words
from newsbrief.annotators.quotes.nicknames import in_marks
from newsbrief.languages import language, on_reload
from newsbrief.languages.cldr import calendar
from newsbrief.languages.morphology import (
    feminine_forms,
    is_person_noun,
    is_preposition,
    reads_only_as_verb,
    told_words,
)
from newsbrief.nlp.abbreviations import abbreviations
from newsbrief.nlp.segmenter import sentence_spans

__all__ = ["RoleFinder", "occupation_ending"]

#: ``and``, ``or``: what joins the names of a list (or two offices of one person).
_LIST_CONJUNCTIONS = EN.words("quotes", "list_conjunctions")


#: ``of``, ``at``: what follows names the body a role serves (``[quotes] role_body_prepositions``).
_ROLE_BODY_PREPOSITIONS = EN.words("quotes", "role_body_prepositions")


#: ``via``, ``who``: an apposition so opening states no role.
_NON_ROLE_OPENERS = EN.words("quotes", "non_role_openers")


#: ``the``, ``a``, ``an``: an apposition's article; capitalised, words of no name.
_CAPITALISED_ARTICLES = frozenset(w.capitalize() for w in ARTICLE_WORDS)


#: ``who``, ``whose``, ``which``: a relative clause after a description.
_RELATIVE_OPENERS = EN.words("quotes", "parenthetical_openers")


#: ``and``, ``or``, ``said``, ``says``, ``is how``: where a role read back from a name stops.
_ROLE_STOPS = (
    _LIST_CONJUNCTIONS
    | EN.words("quotes", "role_stop_cues")
    | EN.words("quotes", "role_stop_words")
)


_AGE = re.compile(r",[ \u00a0]*\d{1,3}(?=,)")


#: How many of a person's mentions each way a fuller role than an abbreviated title is looked
#: for at (a bound: a name may be mentioned thousands of times).
_FULLER_REACH = 20


#: ``of``, ``from``: a preposition ends the head of a role in apposition (``a junior from ...``).
_OBJECT_PREPOSITIONS = EN.words("quotes", "object_prepositions")
#: ``former``, ``retired``: words making a role one its holder no longer holds.
_PAST_ROLE_MODIFIERS = EN.words("quotes", "past_role_modifiers")


def past_role(role: str) -> bool:
    """In English, whether ``role`` is one its holder held before (``a former county judge``,
    ``ex-champion``): the article's story of the person, not the capacity they speak in."""
    first = role.split(maxsplit=1)[0].lower() if role.strip() else ""
    return first in _PAST_ROLE_MODIFIERS or first.split("-", 1)[0] in _PAST_ROLE_MODIFIERS


#: ``after``, ``while``: a clause opening after a role in apposition ends it.
_ROLE_CLAUSE_OPENERS = EN.words("quotes", "role_clause_openers")


#: ``for``, ``since``: before a number, how long a role has been held ends it.
_ROLE_DURATION_PREPOSITIONS = EN.words("quotes", "role_duration_prepositions")


#: ``of``, ``and``: small words between the capitalised words of a body's name in a role
#: (``Bureau of Meteorology senior forecaster``).
_NAME_CONNECTORS = EN.words("quotes", "name_connectors")


#: ``senior``, ``state``: lower-case words of a title before the one kept with a name
#: (``senior inspector``, ``state Sen.``).
_TITLE_MODIFIERS = EN.words("quotes", "title_modifiers") | EN.words(
    "quotes", "title_lower_modifiers"
)


#: Past this many words, a role read back from a name in a language with its own titles stops
#: (``ministre sénégalais des Infrastructures et des Transports aériens``: eight).
_LANGUAGE_ROLE_WORDS = 9


#: The most words of such a role naming no body in capitals or marks: past them the words are
#: a clause's (``После встречи представителей профсоюзов всех крупных предприятий нашего
#: региона Иван Петров``).
_PLAIN_LANGUAGE_ROLE_WORDS = 7


#: The most words of a role read back from a name (``Maritime Union of Australia deputy
#: national secretary``).
_ROLE_WORDS_BEFORE = 7


#: The most words of such a role naming no body in capitals (``small business owner``): past
#: them the words run into a clause before it (``Rising prices hurt small business owner``).
_PLAIN_ROLE_WORDS_BEFORE = 5


#: ``for``, ``on``: between an office and its portfolio before a name (``spokesman on
#: transport``).
_PORTFOLIO_PREPOSITIONS = EN.words("quotes", "role_portfolio_prepositions")


#: The most words of a portfolio after an office (``for infrastructure and planning``).
_PORTFOLIO_WORDS = 3


#: ``of``, ``to``: prepositions inside a role set before a name's comma.
_ROLE_INNER_PREPOSITIONS = EN.words("quotes", "role_inner_prepositions")


#: A sentence opening with a preposition and a determiner, no comma after them up to the name
#: (``At the leisure centre Tom Hale said``): an adverbial, not a role, before its subject.
_ADVERBIAL_OPENING = re.compile(
    rf"(?:^|[.!?][\"”’]?\s+)(?i:{plain_alternation(EN.words('quotes', 'opening_prepositions'))})"
    rf"\s+(?i:{plain_alternation(DETERMINERS)})\s+[^,.;:!?\"“”]*$"
)


#: ``prosecuting``, ``defending``: a barrister's part in a British court report (``[quotes]
#: court_parts``), the role of the name it stands next to.
_COURT_PARTS = EN.words("quotes", "court_parts")


#: ``Prosecuting, Ann Roe said``: such a part as a sentence's first word and its comma right
#: before the name.
_COURT_PART = re.compile(
    r"(?:^|[.!?…][\"”’»)]*\s+)"
    rf"((?=[A-Z])(?i:{plain_alternation(_COURT_PARTS)})),"
    r"[ \u00a0]*$"
)


#: ``at``, ``after``, ``by``: words opening an adverbial before a sentence's subject.
_OPENING_PREPOSITIONS = EN.words("quotes", "opening_prepositions")


#: ``-ing``, ``-ed``: endings of a participle opening a sentence's adverbial phrase.
_PARTICIPLE_ENDINGS = EN.words("quotes", "clause_participle_endings")


#: A sentence opening with a phrase and its comma just before a name (``Holding a screwdriver,
#: Ann Roe``, ``After meeting the chairman, Ann Roe``): a preposition, or a participle with its
#: object or complement after it (``Holding a``, ``Asked by``, not ``Retired teacher``); the
#: phrase is an adverbial of the sentence whose subject the name is, no role in apposition.
_OPENING_PHRASE = re.compile(
    r"(?:^|[.!?…][\"”’»)]*\s+)(?:"
    rf"(?i:{plain_alternation(_OPENING_PREPOSITIONS)})[ \u00a0]"
    rf"|[A-Z][a-z]{{2,}}(?:{plain_alternation(_PARTICIPLE_ENDINGS)})[ \u00a0]+"
    rf"(?:{plain_alternation(DETERMINERS | _ROLE_INNER_PREPOSITIONS | _OPENING_PREPOSITIONS)})"
    r"[ \u00a0])[^,.;:!?\"“”\n]*,[ \u00a0]*$"
)


#: The word right after a name (``Tom Hale said``).
_NEXT_WORD = re.compile(r"[ \u00a0]+([\w’'-]+)")


#: The most words of a role set before a name's comma (``National Publicity Secretary of the
#: Independent Petroleum Marketers Association of Nigeria``).
_APPOSED_ROLE_WORDS = 16


def _without_courtesy(head: str) -> str:
    """``head`` (the text before a name, or a title kept with it and a space) without the
    titles of courtesy ending it: ``An energy economist, Dr `` -> ``An energy economist, ``,
    ``Co-author Professor `` -> ``Co-author ``, ``Dr `` -> ````."""
    stripped = head.rstrip(" \u00a0")
    at = max(stripped.rfind(" "), stripped.rfind("\u00a0")) + 1
    if stripped[at:] not in COURTESY:
        return head
    return _without_courtesy(stripped[:at])


def _role_proper(words: list[str]) -> list[str]:
    """English ``words`` of a role without the person's age before them (``a 34-year-old
    plumber``) and without a clause or a time after them (``owner of the bakery since 1994``,
    ``accordionist after the founder moved on``): the office, not the person's story."""
    at = 0
    while at < len(words) and AGE_NOUN.fullmatch(words[at]):
        at += 1
    words = words[at:]
    for at, word in enumerate(words[1:], 1):
        if word in _ROLE_CLAUSE_OPENERS or (
            word in _ROLE_DURATION_PREPOSITIONS
            and at + 1 < len(words)
            and words[at + 1][:1].isdigit()
        ):
            return words[:at]
    return words


#: A role, a preposition and a capitalised body ending the text before a name (``the vice
#: president of Dacia,``, ``chief strategist at Bell Curve Trading``).
_ROLE_OF_BODY = re.compile(
    r"(?:^|(?<=[ \u00a0]))(?P<office>(?:[\w\-]+[ \u00a0]+){1,5}?)"
    rf"(?P<body>{plain_alternation(EN.words('quotes', 'role_prepositions'))}[ \u00a0]+"
    rf"(?:{plain_alternation(DEFINITE)}[ \u00a0]+)?[A-Z][\w&’'\-]*"
    r"(?:[ \u00a0]+[A-Z][\w&.’'\-]*){0,3})[ \u00a0]*,?[ \u00a0]*$"
)


def _ends_capitalised(head: str) -> bool:
    """Whether the last word of ``head``, past the spaces and the one comma
    :data:`_ROLE_OF_BODY` allows after it, opens with an ASCII capital, as the body's name
    ending that pattern's matches does."""
    # (the pattern's ``$`` also matches before one final line break)
    tail = (head[:-1] if head.endswith("\n") else head).rstrip(" \u00a0")
    if tail.endswith(","):
        tail = tail[:-1].rstrip(" \u00a0")
    at = max(tail.rfind(" "), tail.rfind("\u00a0")) + 1
    return "A" <= tail[at : at + 1] <= "Z"


_NAME = (
    r"([A-Z][\w’'\-]*[a-z](?<!['’]s)(?:[ \u00a0]+(?:§+[ \u00a0]+){0,4}"
    rf"(?:{PARTICLES}[ \u00a0]+)*[A-Z][\w’'\-]*[a-z](?<!['’]s)){{1,3}})"
)


_NAME_RUN_END = re.compile(rf"(?<![\w.’'\-]){_NAME}[ \u00a0]*$")


_NAME_RUN_START = re.compile(rf"^[ \u00a0]*{_NAME}(?![\w’'\-])")


#: Nouns of what a person does (``[quotes] occupation_nouns``, ``source_occupations`` and
#: ``[entities] player_nouns``): a role of no title (``Marine biologist Ann Roe``).
_OCCUPATIONS = (
    EN.words("quotes", "occupation_nouns")
    | SOURCE_OCCUPATIONS
    | EN.words("entities", "player_nouns")
)


#: ``-ist``: endings of occupations' nouns (``pharmacist``), of words this long or longer (not
#: the verbs ``insist``, ``assist``).
_OCCUPATION_SUFFIXES = tuple(EN.words("quotes", "occupation_suffixes"))
_SUFFIXED_LENGTH = 7
_NOT_OCCUPATIONS = EN.words("quotes", "not_occupations")


def occupation_ending(lower: str) -> bool:
    """Whether the lower-case ``lower`` ends like an occupation's noun (``pharmacist``,
    ``deckhand``) and is none of the words that end so and name no one (``beforehand``)."""
    return lower.endswith(_OCCUPATION_SUFFIXES) and lower not in _NOT_OCCUPATIONS


#: ``seller``, ``worker``: a trade's noun a compound of it ends with (``bookseller``).
_OCCUPATION_HEADS = tuple(EN.words("quotes", "occupation_heads"))


#: The fewest letters of the word a compound's head is joined to (``bin`` in ``binman``).
_COMPOUND_STEM = 3


#: Nationalities in lower case (``german``): words ending like a compound that are none.
_NATIONALITIES = frozenset(w.lower() for w in gz.DEMONYMS)


def _compound_head(lower: str, head: str) -> bool:
    """Whether the lower-case ``lower`` is a compound of ``head`` (``bookseller``, ``binman``):
    it ends with ``head`` after a word of its own, letters with a vowel, at least
    :data:`_COMPOUND_STEM` of them; a nationality merely ends so (``german``)."""
    stem = lower[: -len(head)]
    return (
        lower.endswith(head)
        and len(stem) >= _COMPOUND_STEM
        and stem.isalpha()
        and any(v in stem for v in "aeiouy")
        and lower not in _NATIONALITIES
    )


#: A dot inside a name, never its end: an initialism's last (``the U.S. Mint``) or an
#: abbreviation's (``St. Brendan``, ``No. 8``) before the next word on the line.
_INNER_DOT = re.compile(r"(?<![\w.])((?:[A-Z]\.)+[A-Z]|\w+)\.(?=[ \u00a0]+(\w))")


@functools.cache
def _openers() -> frozenset[str]:
    """Words opening a sentence after such a dot (``The``, ``She``, ``They``): no name goes on
    there; read again on reload."""
    words = language("en").words
    return (
        words("quotes", "speaker_determiners")
        | words("quotes", "subject_pronouns")
        | words("quotes", "other_pronouns")
    )


on_reload(_openers.cache_clear)

#: How far past an apposition cut at such a dot it is read again.
_ABBREVIATED_REACH = 300


def _opens_clause(after: str) -> bool:
    """Whether ``after``, the text after an initialism's dot, opens a sentence of its own: a
    capitalised word and a verb in the past (``U.S. Police declined``), where a name would
    go on with capitals (``U.S. Mint Office``) and a role with a noun (``U.S. economist``)."""
    words = after.split(None, 2)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    verb = words[1].rstrip(",.;:!?")
    return verb.isalpha() and verb.islower() and verb.endswith(PAST_ENDINGS)


def _over_abbreviations(masked: str, opening: int, match: re.Match[str]) -> str:
    """The words of the apposition ``match`` (of :data:`APPOSITIVE`, read at ``opening``), read
    on over the dots inside names that cut it (``Ann Roe, senior U.S. analyst at Bellmoor
    Securities,``, ``president of St. Brendan Valley Hospital``, ``world No. 8``): the
    language's abbreviations never ending a sentence, or ending none before a number, and
    initialisms; never over a sentence's end (``in the U.S. The firm declined``), nor over
    an initialism a clause follows (``in the U.S. Police declined``). English only, as the
    pattern."""
    if not masked.startswith(".", match.end()):
        return match.group(1)
    window = masked[opening : opening + _ABBREVIATED_REACH]
    known = abbreviations("en")

    def hidden(dot: re.Match[str]) -> str:
        word, following = dot.group(1), dot.group(2)
        lower = word.lower()
        inner = (
            ("." in word and not _opens_clause(dot.string[dot.end() :]))
            or lower in known.never_final
            or (lower in known.before_number and following.isdigit())
        )
        return word + ("\u2024" if inner else ".")

    again = APPOSITIVE.match(_INNER_DOT.sub(hidden, window))
    if again is None or (again.end() >= len(window) and len(masked) > opening + len(window)):
        return match.group(1)
    if any(
        again.start(1) < s < again.end(1) and window[s:].split(None, 1)[0].lower() in _openers()
        for s, _ in sentence_spans(window, "en")
    ):
        # ``an economist in the U.S. The firm ...``: a sentence ends where the next opens with
        # a determiner or a pronoun (not ``P.E.I. Ferry``, which nupunkt splits too).
        return match.group(1)
    return window[again.start(1) : again.end(1)]


def _occupation(lower: str) -> bool:
    """Whether the lower-case English ``lower`` names what a person does (``supervisor``,
    ``pharmacist``, ``bookseller``)."""
    if lower in _OCCUPATIONS:
        return True
    if len(lower) >= _SUFFIXED_LENGTH and occupation_ending(lower):
        return lower.isalpha()
    return any(_compound_head(lower, h) for h in _OCCUPATION_HEADS)


#: Verbs in the past: a role read back before a name stops at one before its noun (``A knee
#: injury kept midfielder Ian Gow out``: the role is ``midfielder``).
_PAST_VERBS = EN.words("tense", "past")


def _before_title(head: str, given: str) -> str | None:
    """The text before the title ``given`` that ends ``head`` (the text before a name), up to
    the space before the title; ``None`` when ``head`` does not end with the title and a space
    before it (the title is then all the role there is)."""
    stripped = head.rstrip()
    if not stripped.endswith(given):
        return None
    before = stripped[: -len(given)]
    return before if before.endswith((" ", "\u00a0")) else None


# ``J. `` or ``D. J. `` ending a text (initials before a surname), read backwards: a ``\b``
# before each capital is a non-word character (or none) after it in the reversed text.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


_INITIALS_REVERSED = re.compile(r"(?:[ \u00a0]*\.[A-Z](?!\w))+")


#: At most this many words make a role read from the determiner opening its sentence.
_OPENING_ROLE_WORDS = 8


def _words_backwards(text: str) -> Iterator[str]:
    """The words of ``text`` as :data:`WORD` splits it, last first: ``reversed(WORD.findall(
    text))``, read from the end only as far as the caller goes (a role is the last few words
    of a long head). A run of word characters reads the same both ways, and any other
    character is a word on its own, so the reversed text splits into the same words."""
    for match in WORD.finditer(text[::-1]):
        yield match.group()[::-1]


def _words_backwards_at(text: str) -> Iterator[tuple[str, int]]:
    """:func:`_words_backwards` with each word's offset in ``text``."""
    size = len(text)
    for match in WORD.finditer(text[::-1]):
        yield match.group()[::-1], size - match.end()


def _opens_sentence(head: str, first: str, second: str) -> bool:
    """Whether ``head`` writes ``first`` then ``second`` at the start of a sentence or a line
    (where a capital tells nothing of a name)."""
    pattern = rf"(?:^|[.!?…»\n][ \u00a0]*){re.escape(first)}[ \u00a0]+{re.escape(second)}(?!\w)"
    return re.search(pattern, head) is not None


def _links(word: str, links: frozenset[str]) -> bool:
    """Whether ``word`` is one of the ``links`` joining a role to what it is of, or opens with
    an elided one (``d'une``, ``d’une``: ``gérante d'une épicerie``)."""
    lower = word.lower()
    return lower in links or any(
        lower.startswith(link) and len(lower) > len(link) for link in _elided(links)
    )


@functools.cache
def _elided(links: frozenset[str]) -> tuple[str, ...]:
    """The ``links`` ending in an apostrophe (``d'``, ``d’``), which open an elided word; read
    once per set of links (keyed by the words themselves, so a reloaded list is a new key)."""
    return tuple(sorted(link for link in links if link[-1:] in "'’"))


def _is_role(words: list[str], nouns: frozenset[str], *, english: bool = False) -> bool:
    """Whether apposed words state a role (``president of the Dallas Fed``; in ``english``,
    an occupation too: ``a marine biologist at ...``), not a list of names or a clause."""
    if not any(
        w.lower() in nouns
        or w in gz.ROLE_WORDS
        or (english and _occupation(w.lower()))
        # ``Director-General``, ``co-founder``: a hyphenated office by its last part
        or ("-" in w and w.lower().rpartition("-")[2] in nouns)
        for w in words[:4]
    ):
        return False
    # ``Deputy Pentagon Press Secretary`` is a title; ``President Joe Biden`` names someone.
    # What follows ``of``/``at`` names the body (``president of the Federal Reserve Bank of San
    # Francisco``), not a person.
    cut = next((i for i, w in enumerate(words) if w in _ROLE_BODY_PREPOSITIONS), None)
    words = words[:cut]
    places = gz.place_names()
    return not any(
        # The cheap tests first: a first-name look-up (gender-guesser) is the slow one.
        nxt[:1].isupper()
        and nxt not in gz.ROLE_WORDS
        and w not in gz.ROLE_WORDS
        and w not in places
        and gz.first_name_gender(w) is not None
        for w, nxt in itertools.pairwise(words)
    )


#: Quotation marks around a body's name inside a role (``лідер фракції «Х»``).
_NAME_MARKS = frozenset("«»„“")
#: Signs of an institution's number in a role (``директор ліцею № 17``).
_NUMBER_SIGNS = frozenset("№")


def _numbered(head: str, word: str, at: int) -> bool:
    """Whether ``word`` at ``at`` in ``head`` is a number after a sign of
    :data:`_NUMBER_SIGNS` (``№ 17``, ``№17``, ``№ 17-А``), not one closing a sentence
    (``школи № 5. Директор``: the role stops at its stop)."""
    return (
        word[:1].isdigit()
        and word[-1:].isalnum()
        and head[:at].rstrip(" \u00a0")[-1:] in _NUMBER_SIGNS
    )


#: The space the role's words were joined with inside its marks (``« Шахтаря »``).
_MARK_SPACE = re.compile(r"(?<=[«„]) | (?=[»“])")
#: A short quotation in guillemets or low-high marks, a body's name (``«Європейська
#: солідарність»``).
_SHORT_QUOTED = re.compile(r"[«„][^«»„“\n]{1,40}[»“]")


def _names_unmasked(head: str, written: str) -> str:
    """``head`` (masked text) with each short quotation in it as ``written`` (the same span of
    the text): a name in marks may be part of a role."""
    pieces: list[str] = []
    last = 0
    for match in _SHORT_QUOTED.finditer(written):
        if head[match.start()] == "§" and head[match.end() - 1] == "§":
            pieces.append(head[last : match.start()])
            pieces.append(match.group())
            last = match.end()
    pieces.append(head[last:])
    return "".join(pieces)


class RoleFinder(MentionLookup):
    """Reads the role or title each mention holds."""

    def _named(self, mention: Mention, cue: str | None) -> Speaker:
        role = self.role_of(mention.name, mention.start) if mention.type == "person" else None
        name = mention.name
        words = name.split()
        if mention.type == "person" and len(words) >= 3 and words[0].lower() in self.role_nouns:
            # ``Analyst Ming-Chi Kuo``: a role word the entity annotator kept in the name.
            name, role = " ".join(words[1:]), role or words[0]
        return Speaker(
            name,
            self.text[mention.start : mention.end],
            mention.start,
            mention.end,
            cue,
            role=role,
        )

    def role_of(self, name: str, position: int) -> str | None:
        """``name``'s role as the article states it: at or before ``position`` (the latest),
        else the first given later."""
        # Read from ``position`` outwards, each mention's role once: the nearest mention
        # usually states it (reading every mention's role first was most of this time).
        mentions = self._person_mentions.get(name, ())
        split = bisect.bisect_right(mentions, position, key=START)
        index = self._role_index(name, mentions, split - 1, -1)
        if index < 0:
            index = self._role_index(name, mentions, split, 1)
        if not 0 <= index < len(mentions):
            return None
        role = self._mention_role(mentions[index])
        if self.cues.profile is None and role is not None and role.lower() in TITLE_ABBREVIATIONS:
            # ``Mayor Jane Hill said ... "...," Cr Hill said``: an abbreviated title of
            # address says less than the office another mention states.
            return self._fuller_role(mentions, index) or role
        return role

    def _fuller_role(self, mentions: Sequence[Mention], index: int) -> str | None:
        """The nearest role, back from ``mentions[index]`` then on from it, at most
        :data:`_FULLER_REACH` mentions each way, that is no abbreviated title."""
        low, high = max(0, index - _FULLER_REACH), min(len(mentions), index + _FULLER_REACH)
        for at in itertools.chain(range(index - 1, low - 1, -1), range(index + 1, high)):
            role = self._mention_role(mentions[at])
            if role is not None and role.lower() not in TITLE_ABBREVIATIONS:
                # (``Oduya, a former county judge,``: not the office ``Sen. Oduya`` holds)
                return None if past_role(role) else role
        return None

    def _role_index(self, name: str, mentions: Sequence[Mention], start: int, step: int) -> int:
        """The index of ``name``'s first mention from ``start`` on in direction ``step`` (-1:
        back, 1: on) that states a role; -1 or ``len(mentions)`` when none does."""
        # Every mention read on the way is remembered with the answer: a person named
        # thousands of times without a role is read once, not once per attribution (linear).
        found = self._role_found.setdefault((name, step), {})
        passed = []
        index = start
        while 0 <= index < len(mentions):
            if index in found:
                index = found[index]
                break
            if self._mention_role(mentions[index]):
                break
            passed.append(index)
            index += step
        for each in passed:
            found[each] = index
        return index

    def _mention_role(self, mention: Mention) -> str | None:
        """The role stated at one mention of a person: a title before it (with the one the
        entity annotator kept), else in apposition after it (remembered)."""
        if mention in self._role_cache:
            return self._role_cache[mention]
        given = self._kept_title(mention.role) if mention.role else None
        if (
            given is not None
            and self.cues.profile is not None
            and self._elided_title(mention, given)
        ):
            given = None  # ``le ministre de l'Économie Éric Lombard``: read the whole role
        whole = self._whole_role(mention, given)
        if whole is not None:
            self._role_cache[mention] = whole
            return whole
        # ``командир роти з позивним «Бук»``: a call sign's role stands before its noun.
        start = self._call_sign_start(mention) if given is None else mention.start
        before = self._role_before(start, given, mention.end)
        role: str | None
        if before is not None and before == given:
            # ``Major Tom Hadley, a spokesman for the army,``: a bare rank or title kept with
            # the name says less than the role written in apposition after it, or before it
            # (``The council's cabinet member for housing, Cllr Ann Roe,``).
            apposed = self._apposed_before_title(mention, before) or self._appositive_role(
                mention.end
            )
            if self._occupation_title(given) and not self._states_office(apposed):
                # ``Commentator Ann Roe, a former India spinner,``: an occupation written
                # before the name is the role; the apposition tells her story (``Novelist
                # Lena Ortiz, the festival's director,``: the office she holds is the role).
                role = given
            else:
                role = apposed or self._role_before_rank(mention, before) or before
        else:
            role = before or self._appositive_role(mention.end)
        if not role:
            # The role before without the kept title: when none was kept, the one just read
            # (reading it again read the same).
            role = (
                self._role_before(mention.start, end=mention.end) if given is not None else before
            )
        self._role_cache[mention] = role
        return role

    def _call_sign_start(self, mention: Mention) -> int:
        """Where a call sign's phrase starts (``з позивним «Бук»``: a word for a call sign,
        ``[entities] nickname_before``, after a short preposition or none, then the mark
        opening the name), the role read back from there; else the mention's start."""
        if not in_marks(self.text, mention.start, mention.end) or not self._call_sign(
            mention.start
        ):
            return mention.start
        match = _CALL_SIGN_HEAD.search(self.text, max(0, mention.start - 40), mention.start - 1)
        return mention.start if match is None else match.start() + 1

    def _whole_role(self, mention: Mention, given: str | None) -> str | None:
        """Where capitals mark names only (``proper_capitals``), the role a name's kept
        capitalised words end when none of them is a title (``Глава администрации Белгорода
        Олег Демидов``: ``Белгорода`` names the place of the office): the role read back
        whole with a title word in it before them, else ``None``."""
        profile = self.cues.profile
        if given is None or profile is None or not press_words(profile.code).proper_capitals:
            return None
        if any(self._office_word(w.lower()) for w in given.split()):
            return None
        whole = self._role_before(mention.start, end=mention.end)
        if whole is None or len(whole.split()) <= len(given.split()):
            return None
        office = whole.split()[: -len(given.split())]
        return whole if any(self._office_word(w.lower()) for w in office) else None

    def _apposed_before_title(self, mention: Mention, title: str) -> str | None:
        """In English, the role set before the comma before ``title`` (kept with ``mention``):
        ``A Defense Department spokesman, Lt. Col. Ann Roe,``."""
        if self.cues.profile is not None:
            return None
        head = self.masked[max(0, mention.start - len(title) - 40) : mention.start]
        stripped = _without_courtesy(head).rstrip(" \u00a0")
        if not stripped.endswith(title):
            return None
        start = mention.start - (len(head) - len(stripped)) - len(title)
        return self._apposed_before(start, mention.end)

    def _states_office(self, apposed: str | None) -> bool:
        """Whether the role read in apposition names an office its holder has now (``the
        festival's director``): no past one (``a former England goalkeeper``), and a role noun
        heads it (not ``the lone no vote``, ``a junior from Bowling Green``)."""
        if apposed is None or past_role(apposed):
            return False
        head: list[str] = []
        for word in apposed.split():
            if word.lower() in _OBJECT_PREPOSITIONS:
                break
            head.append(word)
        return bool(head) and self._role_noun(head[-1].strip(",’'"), people_only=True)

    def _occupation_title(self, title: str) -> bool:
        """In English, whether the title kept with a name is one word of an occupation
        (``Commentator``, ``Pundit``), no rank or form of address (``Major``, ``Cllr``)."""
        lower = title.lower()
        return (
            self.cues.profile is None
            and title.isalpha()
            and title not in gz.HONORIFICS
            and title not in gz.ROLE_WORDS
            and title not in COURTESY
            and _occupation(lower)
        )

    def _role_before_rank(self, mention: Mention, title: str) -> str | None:
        """In English, the role written right before the rank or the form of address kept
        with ``mention``, with it (``Police spokesperson Assistant Commissioner Paul Roe``,
        ``Council leader Cllr Ann Roe``): the office the rank or the address says nothing of,
        as the article writes it next to the name."""
        if self.cues.profile is not None:
            return None
        head = self.masked[max(0, mention.start - len(title) - 100) : mention.start]
        head = head[head.rfind("\n") + 1 :]
        before = _before_title(head, title)
        if before is None or before.rstrip(" \u00a0").endswith(","):
            return None  # (a role before a comma is :meth:`_apposed_before_title`'s)
        role = self._english_role_before(before, None)
        if role is None or role.split()[-1].lower() not in self.role_nouns:
            return None  # (``caretaker Prime Minister``: a modifier, not an office)
        return f"{role} {title}"

    def _kept_title(self, title: str) -> str | None:
        """The title the entity annotator kept with a name, less the titles of courtesy ending
        it after a role (``Co-author Professor``: ``Co-author``; ``Dr``: none; ``Associate
        Professor`` stays)."""
        bare = _without_courtesy(f"{title} ").strip()
        if bare == title or not bare:
            return bare or None
        last = bare.split()[-1]
        return bare if office(last, self.role_nouns) or self._holds_role(last.lower()) else title

    def _holds_role(self, lower: str) -> bool:
        """Whether the lower-case English ``lower`` names a role or an occupation; a hyphenated
        word by its last part too (``co-leader``, ``director-general``)."""
        last = lower.rpartition("-")[2]
        return any(w in self.role_nouns or _occupation(w) for w in (lower, last) if w)

    def _elided_title(self, mention: Mention, given: str) -> bool:
        """Whether the title the entity annotator kept with ``mention`` is only the end of a
        role, written after an elided word (``ministre de l'Économie``: ``Économie``)."""
        head = self.text[max(0, mention.start - len(given) - 3) : mention.start].rstrip()
        if not head.endswith(given):
            return False
        return head[: -len(given)].endswith(("'", "’"))

    def _appositive_role(self, end: int) -> str | None:
        """``John Williams, the president of the Federal Reserve Bank of New York, said``: the
        role written in apposition right after a name ending at ``end``."""
        age = _AGE.match(self.masked, end)  # ``Giorgos Papadakis, 67, a retired teacher,``
        opening = age.end() if age else end
        match = APPOSITIVE.match(self.masked, opening)
        if match is None:
            return None
        words = _over_abbreviations(self.masked, opening, match).split()
        if self.cues.profile is None:
            words = self._before_participle(words)  # (its clause may hold a cue: ``accused``)
        lead = words[0].lower()
        # A cue or many words in a relative clause closing the apposition (``a researcher at
        # the university who was not speaking on its behalf``) leave the role before it.
        relative = next((i for i, w in enumerate(words) if w in _RELATIVE_OPENERS), None)
        if (
            lead in _NON_ROLE_OPENERS
            or lead in AFFILIATION_WORDS  # ``Paul Newman, of analysts RSM,``: no role
            or self.cue.search(" ".join(words[:relative]))
            or len(words[:relative]) > 16
        ):
            return None
        if self.cues.profile is not None and lead in self.cues.auxiliaries:
            return None  # ``Paul Roy, a tenté de ...``: a verb, not the English article
        determined = lead in ARTICLE_WORDS
        if determined:
            words = words[1:]
        elif self.cues.profile is not None:
            words = self._without_article(words)
        if not words:
            return None
        # ``Laura Delgado, a former scheduler for the company,``: a noun phrase in apposition
        # with an article is a description of the person even with no role noun we know.
        # ``Diego Grez, a Chilean student who was in Pichilemu``: the relative clause is not.
        relative = next((i for i, w in enumerate(words) if w in _RELATIVE_OPENERS), None)
        words = words[:relative]
        if self.cues.profile is None:
            words = _role_proper(words)
        if not words:
            return None
        described = determined and words[0][:1].islower() and len(words) <= 10
        if self.cues.profile is not None and words[0][:1].islower() and len(words) <= 10:
            # ``Carlo Ancelotti, técnico del Real Madrid,``: a lower-case noun and what it is
            # of, a description of the person (``Valeria Racu, fue tajante`` is a clause).
            links = self._role_links()
            # The head must be a role noun (``que ganó en Wimbledon``, ``perdu Mark`` are not).
            described = described or (
                any(_links(w, links) for w in words[1:3])
                and any(self._described_head(w) for w in words[:3] if not _links(w, links))
            )
            # ``», lâche Anne Roy, commerçante.``: one noun of a person in apposition (an
            # adjective, ``émue``, or an adverb, ``hier``, is no such noun).
            described = described or (len(words) == 1 and self._described_head(words[0]))
        elif (
            self.cues.profile is not None
            and press_words(self.cues.profile.code).capitalised_nouns
            and len(words) <= 10
        ):
            # ``Petra Lenz, Inhaberin eines Buchladens,``: a language capitalising its nouns
            # writes the description's noun so; it and what it is of describe the person.
            links = self._role_links()
            # (A description ends with its noun or a number: ``, Anwohner des Viertels seien
            # gewarnt`` is what the speaker said.)
            described = described or (
                (len(words) == 1 or (_links(words[1], links) and not words[-1][:1].islower()))
                and self._compound_described_head(words[0])
            )
        english = self.cues.profile is None
        if english and len(words) == 1 and words[0] in _COURT_PARTS:
            return words[0]  # ``Ann Roe, mitigating, said``
        if not (described or _is_role(words, self.role_nouns, english=english)):
            return None  # ``Smith, Jones and Brown``: a list, not a role
        return " ".join(words)

    def _before_participle(self, words: list[str]) -> list[str]:
        """English ``words`` of an apposition up to a past participle opening a clause after
        its role noun (``a writer believed to have links``, ``a former finance director accused
        of ...``, ``a senior guard nicknamed ...``): the office, not what is said of the person.
        A present participle's clause says what the person does in the office and stays (``a
        lawyer representing the family``, ``a student travelling to Munich``), as does a
        participle inside the office (``deputy managing director``)."""
        for at in range(1, len(words) - 1):
            word, before, after = words[at], words[at - 1], words[at + 1]
            if (
                word.isalpha()
                and word.islower()
                and len(word) > 4
                and word.endswith(PAST_ENDINGS)
                and word not in ROLE_MODIFIERS
                and self._holds_role(before.lower())
                and not self._holds_role(after.lower())
            ):
                return words[:at]
        return words

    def _without_article(self, words: list[str]) -> list[str]:
        """The words of an apposition in a language with its own articles, less the article
        opening them (``la secrétaire générale de la CGT``, ``el presidente``, elided:
        ``l'adjointe``): the role as the English one is given, without its article."""
        assert self.cues.profile is not None
        press = press_words(self.cues.profile.code)
        lead = words[0]
        if lead.lower() in press.definite or lead.lower() in press.indefinite:
            return words[1:]
        bare = press.elided_article.sub("", lead)
        return [bare, *words[1:]] if bare != lead and bare[:1].islower() else words

    def _described_head(self, word: str) -> bool:
        """Whether ``word`` may head a description of a person: a role noun, a noun of
        ``[quotes] description_nouns`` (``técnico``, ``vecina``) or a nationality's
        (``[entities] demonyms``: ``sagte der Schwede``); in lower case also a noun ending as
        one of a person who does something (``[quotes] description_endings``: ``legislador``)
        or, past the lists, one the language's dictionary reads as a person's in the
        nominative (``координаторка``, where an analyser is installed)."""
        profile = self.cues.profile
        if profile is None or self._role_noun(word):
            return profile is not None
        bare = press_words(profile.code).elided.sub("", word)  # ``l’entraîneur``
        if bare != word and self._role_noun(bare):
            return True
        lower = bare.lower()
        for prefix in press_words(profile.code).role_prefixes:  # ``ex-courtier``: a former one
            if lower.startswith(prefix) and len(lower) > len(prefix):
                rest = lower[len(prefix) :]
                if self._role_noun(rest) or self._described_head(rest):
                    return True
                break  # not a prefix after all (``profesor``): the word is read whole
        return lower in _description_heads(profile.code) or (
            word[:1].islower()
            and (_agent_noun(lower, profile.code) or is_person_noun(lower, profile.code))
        )

    def _compound_described_head(self, word: str) -> bool:
        """Whether ``word`` may head a description of a person (:meth:`_described_head`), or,
        in a language that capitalises its nouns, is a compound one of
        ``[quotes] description_nouns`` ends (``Kioskmitarbeiterin``, ``Fahrradhändler``,
        ``Migros-Mitarbeiter``): German writes a trade's kind into its noun. Not a compound of
        ``[quotes] body_compound_heads`` (``Konzerntochter``, ``Siemens-Tochter``: a company)."""
        if self._described_head(word):
            return True
        profile = self.cues.profile
        if profile is None or not press_words(profile.code).capitalised_nouns:
            return False
        lower = word.lower()
        if lower.endswith(sorted_quote_words(profile.code, "body_compound_heads")):
            return False
        heads = _description_heads(profile.code)
        if "-" in lower:
            return lower.rsplit("-", 1)[1] in heads
        return any(_compound_head(lower, head) for head in heads)

    def _role_links(self) -> frozenset[str]:
        """Words joining a role to what it is of (``[quotes] role_links``: ``de``, ``à``)."""
        profile = self.cues.profile
        return quote_words(profile.code, "role_links") if profile else frozenset()

    def _role_before(
        self, start: int, given: str | None = None, end: int | None = None
    ) -> str | None:
        """``The state's attorney general, Mark Hensley,``, ``chief financial officer Priya
        Raman`` or ``Kremlin spokesman Dmitry Peskov``: the role written just before a name
        starting at ``start``. ``given`` is the title the entity annotator kept with the name
        (``Secretary``); the words before it that belong to it are added (``Former Treasury
        Secretary``); ``end``, where the name ends."""
        head = self.masked[max(0, start - 100) : start]
        head_start = max(0, start - 100) + head.rfind("\n") + 1
        head = head[head.rfind("\n") + 1 :]  # a role never runs over a paragraph break
        if self.cues.profile is not None and self.cues.profile.honorifics:
            head, given = self._without_honorific(head, given)
        if self.cues.profile is None:
            head = _without_courtesy(head)  # ``An energy economist, Dr Ann Roe``
        if given is not None:
            before_title = _before_title(head, given)
            if before_title is None:
                return given
            head = before_title
        if self.cues.profile is not None:
            press = press_words(self.cues.profile.code)
            if given is None and press.cased_names and "§" in head:
                head = _names_unmasked(head, self.text[start - len(head) : start])
            return self._role_before_in(head, given, press, head_start, start)
        comma = head.rstrip(" \u00a0").endswith(",")
        part = _COURT_PART.search(head) if given is None and comma else None
        if part is not None:
            return part.group(1)  # ``Defending, Ann Roe said``
        if given is None and end is not None and comma and self._speaks_next(end):
            return None  # ``The madman, Tom Hale said, "..."``: what he spoke of
        if given is None and end is not None and comma and self._after_opening_phrase(head, end):
            return None  # ``Holding a screwdriver, Ann Roe pointed``
        opening = _ADVERBIAL_OPENING.search(head) is not None
        if given is None and end is not None and opening and self._speaks_next(end):
            return None  # ``In the travel guide Tom Hale said``
        role = self._english_role_before(head, given)
        if given is None and end is not None and (role is None or head.endswith(f"of {role}, ")):
            # ``The chief of staff, Ann Roe,``: the whole role, not the noun after ``of``
            role = self._apposed_before(start, end) or role
        return role

    def _speaks_next(self, end: int) -> bool:
        """Whether the name ending at ``end`` is followed by its verb of speech (``Tom Hale
        said``): what a comma sets before it is then no apposition of it."""
        after = _NEXT_WORD.match(self.masked, end)
        return after is not None and self.cue.fullmatch(after.group(1)) is not None

    def _after_opening_phrase(self, head: str, end: int) -> bool:
        """Whether ``head``, the text before a name ending at ``end``, is the opening phrase of
        its sentence up to the name's comma (``Holding a screwdriver, ``: :data:`_OPENING_PHRASE`)
        and no comma after the name goes on with an apposition (``According to the head of
        the agency, Ann Roe, ...`` names her office)."""
        return _OPENING_PHRASE.search(head) is not None and self.masked[end : end + 1] != ","

    def _apposed_before(self, start: int, end: int) -> str | None:
        """``The Director of the WFP office in Geneva, Charles Vincent,``, ``An energy
        economist at the University of Abuja, Dr Ann Roe,``: a role set before the comma before
        a name starting at ``start``, read back to its article, the owner of a possessive (kept:
        ``the company's head of hardware``), a comma or the sentence's start; the last word
        before its first preposition is a role or an occupation. The name ending at ``end`` is not
        followed by its verb of speech (``The coach of the team, Tom Hale said, "..."``: the words
        before are what he spoke of, no apposition)."""
        if self._speaks_next(end):
            return None
        offset = max(0, start - 160)
        head = self.masked[offset:start]
        cut = head.rfind("\n") + 1  # a role never runs over a paragraph break
        head = _without_courtesy(head[cut:]).rstrip(" \u00a0")
        offset += cut
        if not head.endswith(",") or self._after_opening_phrase(head, end):
            return None
        tokens = list(WORD.finditer(head[:-1]))
        back = [t.group() for t in reversed(tokens)]
        first = None
        for at in range(len(tokens) - 1, -1, -1):
            word = tokens[at].group()
            lower = word.lower()
            if word in "()&":  # ``Association of Nigeria (IPMAN)``, ``Harrow & Vine``
                first = at
                continue
            earlier = tokens[at - 1].group().lower() if at else None
            if (
                not word[:1].isalnum()
                or self.cue.fullmatch(word)
                or word in gz.CALENDAR
                or len(tokens) - at > _APPOSED_ROLE_WORDS
                # a sentence's end (``... the NLC. TUC President, Festus Osifo,``)
                or (word.endswith(".") and word not in ABBREVIATIONS)
            ):
                break
            if lower in DETERMINERS or lower in ARTICLE_WORDS:
                if first is None or earlier not in _ROLE_INNER_PREPOSITIONS:
                    break
            elif possessive(word):
                if first is not None:
                    first = at - len(self._possessor(back, len(tokens) - 1 - at)) + 1
                break
            first = at
        if first is None:
            return None
        words = [t.group() for t in tokens[first:]]
        inner = next((i for i, w in enumerate(words) if w in _ROLE_INNER_PREPOSITIONS), None)
        noun = words[(inner if inner is not None else len(words)) - 1]
        if inner == 0 or not (self._holds_role(noun.lower()) or office(noun, self.role_nouns)):
            return None
        if not _is_role(words, self.role_nouns, english=True):
            return None  # ``Smith, Jones and Brown``
        begin, end = offset + tokens[first].start(), offset + len(head) - 1
        low, high = (bisect.bisect_left(self._starts, at) for at in (begin, end))
        if any(
            m.type == "person" and not possessive(self.text[m.start : m.end + 2])
            for m in self.mentions[low:high]
        ):
            return None  # ``Mayor of Litueche Ann Roe, Mayor of Pichilemu Jo Kemp``: a list
        written = self.text[begin:end]
        return " ".join(written.split())

    def _english_role_before(self, head: str, given: str | None) -> str | None:
        """:meth:`_role_before` in English: ``head`` is the text before the name, or before
        ``given`` when the entity annotator kept a title."""
        if given is None:
            of_body = self._role_of_body(head)
            if of_body is not None:
                return of_body
        if given is None:
            # ``Solicitor General D. John``: initials are no part of a role.
            initials = _INITIALS_REVERSED.match(head[::-1])
            if initials is not None:
                head = head[: len(head) - initials.end()]
        comma = given is None and head.rstrip().endswith(",")
        if comma:
            head = head.rstrip()[:-1]
        elif not head.endswith((" ", "\u00a0")):
            return given
        role: list[str] = given.split() if given else []
        after_cue = False
        # The words, last first (a head is at most 100 characters): a run of word characters
        # reads the same both ways, so this is ``list(_words_backwards(head))``.
        back = WORD.findall(head)
        back.reverse()
        joined = -1  # the office before ``and`` read with it
        head_noun: str | None = None  # the office before a portfolio (``spokesman on``)
        for at, word in enumerate(back):
            if at == joined:
                continue
            lower = word.lower()
            if self.cue.fullmatch(word):
                after_cue = True  # ``said machinist Darnell Cobb``
                break
            if word in COURTESY:
                if role:
                    break
                continue  # ``Dr Adrian Boyle``: manners, not a role
            if (
                lower in _NAME_CONNECTORS
                and role
                and role[0][:1].isupper()
                and at + 1 < len(back)
                and back[at + 1][:1].isupper()
                and back[at + 1].isalpha()
            ):
                # ``Bureau of Meteorology senior forecaster``: a body's name in the role
                role.insert(0, word)
                continue
            if (
                lower in _PORTFOLIO_PREPOSITIONS
                and given is None
                and not comma
                and 0 < len(role) <= _PORTFOLIO_WORDS
                and head_noun is None
                and all(w.isalpha() and w.lower() not in DETERMINERS for w in role)
                and at + 1 < len(back)
                and back[at + 1].isalpha()
                and self._holds_role(back[at + 1].lower())
            ):
                # ``Opposition spokesman on transport Desmond Hale``: the office and its
                # portfolio, read on from the office's noun.
                role.insert(0, word)
                head_noun = back[at + 1]
                continue
            if not word[:1].isalpha() or lower in DETERMINERS or lower in NP_STOP:
                # ``said the guitarist Martin Simpson``: a cue before the article.
                after_cue = lower in DEFINITE and self._cue_ends(head, word)
                break
            before = back[at + 1].lower() if at + 1 < len(back) else None
            if role and possessive(word):
                # ``the firm's chief executive Ann Lee``, ``Lyon's sporting director``: whose
                # role it is, kept in the role as written.
                role[:0] = self._possessor(back, at)
                break
            if (
                lower in _LIST_CONJUNCTIONS
                and role
                and before is not None
                # (``co-founder and CEO``: a hyphenated office by its last part)
                and before.rpartition("-")[2] in self.role_nouns
                and office(role[0], self.role_nouns)
            ):
                # ``company president and CEO``: two offices of one person, not a list.
                role[:0] = [back[at + 1], word]
                joined = at + 1
                continue
            if (
                possessive(word)
                or lower in _ROLE_STOPS
                or word in gz.CALENDAR
                # A demonym is kept: the role as the article states it (``British Prime
                # Minister``, ``Welsh Ambulance Service chief executive``).
                # a sentence's end, not initials (``U.S. Secretary of State``)
                or (
                    word.endswith(".")
                    and word not in ABBREVIATIONS
                    and not _INITIALS.fullmatch(word)
                )
                # ``Smith, Jones and Brown``: no role; ``The bank's CEO, Ken Lee`` is one
                or (
                    comma
                    and word[:1].isupper()
                    and not role
                    and not (word.isupper() and office(word, self.role_nouns))
                )
                # ``senior inspector``, ``state Sen.``: a lower-case word of the title kept
                or (
                    given is not None
                    and word[:1].islower()
                    and lower not in ROLE_MODIFIERS
                    and lower not in _TITLE_MODIFIERS
                )
                or (
                    # a past verb before its object (``kept midfielder``, ``an injury
                    # prevented midfielder``), not a participle modifying the role
                    # (``armed forces spokesman``, ``retired general``, ``newly appointed``)
                    role
                    and word.islower()
                    and (word in _PAST_VERBS or self._subject_verb(back, at))
                    and lower not in ROLE_MODIFIERS
                    and role[0] in self.role_nouns
                )
                or (
                    given is None
                    and word[:1].isupper()
                    and not role
                    and word not in gz.ROLE_WORDS  # ``Solicitor General``, left untyped
                    # ``Labour MP``; ``Sheriff Robert Luna``, ``Analyst Ming-Chi Kuo``
                    # (``Co-author Dr Ann Roe``, ``Skipper Dane Roe``: a capital opening it)
                    and not self._holds_role(lower)
                )
            ):
                break
            role.insert(0, word)
            capitals = sum(w[:1].isupper() for w in role[1:])
            if len(role) > (_ROLE_WORDS_BEFORE if capitals else _PLAIN_ROLE_WORDS_BEFORE):
                return given
        if given is not None:
            return " ".join(role)
        if not role:
            return None
        # A title in lower case is a role too (``Board chair``).
        last = head_noun or role[-1]
        known = (
            self._holds_role(last.lower())
            or (last.capitalize() in gz.ROLE_WORDS and last.lower() not in ROLE_MODIFIERS)
            or (last.isupper() and last in gz.ROLE_WORDS)  # ``CEO``
        )
        if not known and not (after_cue and len(role) <= 3 and role[-1].islower()):
            return None
        return " ".join(role)

    def _without_honorific(self, head: str, given: str | None) -> tuple[str, str | None]:
        """``head`` (the text before a name) and the title kept with the name, less an
        honorific and its article right before the name (``le chef des urgences, le Pr``,
        ``l'avocat de la défense, Me``; ``[people] honorifics``): the role is what precedes
        them, not the honorific."""
        assert self.cues.profile is not None
        honorifics = self.cues.profile.honorifics
        if given is not None and given.lower().rstrip(".") in honorifics:
            given = None
        if given is not None:
            return head, given
        words = head.rstrip(" \u00a0").rsplit(None, 2)
        if len(words) < 2 or words[-1].lower().rstrip(".") not in honorifics:
            return head, given
        if not words[-1][:1].isupper():
            return head, given  # (``me``, ``dr`` in lower case are other words)
        cut = head.rstrip(" \u00a0")[: -len(words[-1])]
        article = words[-2]
        if article.lower() in press_words(self.cues.profile.code).definite:
            cut = cut.rstrip(" \u00a0")[: -len(article)]
        return cut, given

    def _possessor(self, back: list[str], at: int) -> list[str]:
        """The words of the possessive ``back[at]`` (``back``: the words before a name, last
        first) that own the role after it: a common noun right after its article or nothing
        (``the council's``, not ``the power utility's``), a name with the capitalised words
        of it before (``Vespucci Maritime's``, ``Mr Kostelac's``, not ``consultancy``)."""
        word = back[at]
        before = back[at + 1] if at + 1 < len(back) else None
        if word[:1].islower():
            if before is None or before.lower() in DETERMINERS or not before[:1].isalnum():
                return [word]
            return []
        owner = [word]
        for earlier in back[at + 1 : at + 4]:
            lower = earlier.lower()
            if (
                not earlier[:1].isupper()
                or lower in DETERMINERS
                or lower in NP_STOP
                or lower in CLAUSE_ADVERBS
                or earlier in gz.CALENDAR
                or self.cue.fullmatch(earlier)
                or (earlier.endswith(".") and earlier not in COURTESY)
            ):
                break
            owner.insert(0, earlier)
        return owner

    def _opening_apposed_role(
        self, head: str, stop: str, role: list[str], press: PressWords, name_start: int = -1
    ) -> int:
        """How many of ``role`` (lower-case words before a name's comma, no title word known
        among them) are the role all the same: all of them when a determiner opening the
        sentence stands before them (``Le syndic de Lausanne, X,``, ``Son homologue ivoirien,
        X,``, ``La boulangère, X,``), the article maybe elided onto the first (``L'adjointe
        aux affaires scolaires, X,``; then ``role`` gets the noun); else none, as for a day or
        a month (CLDR's names: ``El martes, X,``) or a phrase a unit of time heads
        (:func:`_time_units`: ``L'année dernière, X,``). After an ``according to`` phrase
        the name starting at ``name_start`` must close its apposition with a comma (``Según el
        fiscal, Caycho formó parte``: the one the fiscal speaks of)."""
        profile = self.cues.profile
        if profile is None or not press.definite or len(role) > _OPENING_ROLE_WORDS:
            return 0
        determiners = press.definite | press.indefinite
        determiners |= frozenset(
            language(profile.code).words("quotes", "role_apposition_determiners")
        )
        cue = self._opening_cue_words(role)
        if cue:
            # ``Según su editor en Alfaguara, X,``, ``En palabras del consejero de Sanidad,
            # X,``: an ``according to`` phrase opening the sentence before the role; a
            # preposition joined to the article (``[quotes] contracted_articles``: ``del``)
            # is the role's determiner.
            contracted = role[cue - 1].lower() in language(profile.code).words(
                "quotes", "contracted_articles"
            )
            rest = role[cue:]
            if not rest or not (contracted or rest[0].lower() in determiners):
                return 0
            if not self._closes_apposition(name_start):
                return 0
            written = " ".join(head.split())
            at = written.rfind(" ".join(role))
            if at < 0 or (written[:at].rstrip() and written[:at].rstrip()[-1] not in '.!?:;»”"'):
                return 0  # not the sentence's opening
            del role[:cue]
            if not contracted:
                role.pop(0)
            return len(role)
        # The determiner was read into the role (a capital opening the sentence, the reading
        # stopped before it: ``. El letrado``) or stopped it.
        read = role[0] == stop or role[0].lower() in determiners
        words = role if read else [stop, *role]
        opener = words[0]
        bare = press.elided_article.sub("", opener)
        if opener.lower() not in determiners and (bare == opener or not bare[:1].islower()):
            return 0
        written = " ".join(head.split())
        at = written.rfind(" ".join(words))
        before = written[:at].rstrip() if at >= 0 else None
        if before is None or (before and before[-1] not in '.!?:;»”"'):
            return 0  # not the sentence's opening
        named = calendar(profile.code)
        head = (words[1] if bare == opener and len(words) > 1 else bare).lower()
        if head in _time_units(profile.code) or any(
            w.lower() in named.weekdays or w.lower() in named.months for w in [*words[1:], bare]
        ):
            return 0  # ``El martes, Nora Ibáñez recibió``, ``La semana pasada, X``: when, not who
        if words is role:
            role.pop(0)
        if bare != opener:
            role.insert(0, bare)  # ``L'adjointe``: the noun, its article left off
        return len(role)

    def _closes_apposition(self, name_start: int) -> bool:
        """Whether the person named at ``name_start`` closes an apposition with a comma
        (``Según el fiscal, Juan Gil, ...``), not the subject of a clause (``Según el fiscal,
        Juan Gil mintió``)."""
        persons = [m for m in self.within(name_start, name_start + 1) if m.type == "person"]
        after = self.masked[persons[0].end : persons[0].end + 4] if persons else ""
        return after.lstrip(" \u00a0").startswith(",")

    def _after_according(self, before: list[str]) -> bool:
        """Whether ``before`` (the words read before a role's title word) ends with an
        ``according to`` phrase and maybe its article (``Según el``, ``Selon le``, ``En
        palabras del``)."""
        return any(
            self._according_phrase(before[: len(before) - drop], at_end=True) for drop in (0, 1)
        )

    def _opening_cue_words(self, role: list[str]) -> int:
        """How many of the first words of ``role`` are an ``according to`` phrase of the
        language (``[quotes] attribution_cues``: ``según``, ``en palabras del``), one word at
        least left after it; 0 if none."""
        return self._according_phrase(role[:-1], at_end=False)

    def _according_phrase(self, words: list[str], *, at_end: bool) -> int:
        """How many words (three at most, the longest first) an ``according to`` phrase of
        the language takes at the start of ``words``, or at its end; 0 if none."""
        lowered = [w.lower() for w in words]
        for size in range(min(len(lowered), 3), 0, -1):
            part = lowered[len(lowered) - size :] if at_end else lowered[:size]
            if " ".join(part) in self.cues.according:
                return size
        return 0

    def _role_of_body(self, head: str) -> str | None:
        """``The vice president of Dacia, ``, ``Chief investment officer at Fort Pitt Capital
        Group ``: a role noun and the body it serves ending ``head`` (the text before a name),
        the role as written less its article."""
        if not _ends_capitalised(head):
            return None  # (most heads: a pattern anchored at the end was tried at every word)
        match = _ROLE_OF_BODY.search(head)
        if match is None:
            return None
        words = match.group("office").split()
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if (
                self.cue.fullmatch(word)
                or word.lower() in DETERMINERS
                or word.lower() in NP_STOP
                or not word.replace("-", "").isalpha()
            ):
                # ``said chief economist at``, ``the vice president of``: from the word after.
                words = words[at + 1 :]
                break
        if not words or not (
            self._role_noun(words[-1], people_only=True) or self._holds_role(words[-1].lower())
        ):
            return None
        if any(not (w.islower() or office(w, self.role_nouns)) for w in words):
            return None
        return " ".join(words + match.group("body").split())

    def _cue_ends(self, head: str, word: str) -> bool:
        """Whether the text before the last ``word`` of ``head`` ends with a cue."""
        before = head[: head.rfind(word)].rstrip()
        last = before[before.rfind(" ") + 1 :]
        return bool(last) and self.cue.fullmatch(last) is not None

    def _role_before_in(
        self,
        head: str,
        given: str | None,
        press: PressWords,
        head_start: int = 0,
        name_start: int = -1,
    ) -> str | None:
        """:meth:`_role_before` in a language with its own titles, where a capital tells
        nothing (German nouns): lower-case words back to the furthest title word before the
        name or the title the entity annotator kept (``le ministre des Armées``, ``министр
        иностранных дел``, ``президент``). ``head`` is the text before the name, or before
        ``given`` when the annotator kept one (:func:`_before_title`), starting at
        ``head_start`` in the text; ``press`` is its language's press words; ``name_start``,
        where the name starts (after an honorific cut off ``head``: ``le Pr``)."""
        if given is None and not head.endswith((" ", "\u00a0")):
            return None
        role: list[str] = given.split() if given else []
        kept = len(role)  # the words up to the last title word found
        # Where capitals mark names only, a role may hold a name or a capital (``Головнокомандувач
        # ЗСУ``, ``presidente de la Generalitat, ``): a few read on, kept only with a title
        # word before them; a comma may close it (``El presidente de X, Carlos Mazón``).
        apposed = head.rstrip(" \u00a0").endswith(",")
        # (German capitalises every noun: its role is read so only before a comma, ``Der
        # Präsident des Bundesrechnungshofs, Kay Scheller``.)
        proper = given is None and (press.proper_capitals or (apposed and press.capitalised_nouns))
        capitals = 0
        # The capitalised words of one body's or place's name count as one capital
        # (``presidenta de la Federación Galega de Asociacións de Veciños, X``).
        bodies = [
            (m.start, m.end)
            for m in self.within(head_start, head_start + len(head))
            if m.type in ("organisation", "place")
        ]
        counted: tuple[int, int] | None = None  # the body of the last capital counted
        if proper and apposed:
            head = head.rstrip(" \u00a0")[:-1] + " "
        stop = ""
        described = 0  # the words of a role read from a noun of an occupation (below)
        after_cue = False  # (whether the words read back stop at a verb of speech)
        for word, at in _words_backwards_at(head):
            stop = word
            lower = word.lower()
            if word in _NAME_MARKS and proper and len(role) <= _LANGUAGE_ROLE_WORDS:
                role.insert(0, word)  # ``наставник «Шахтаря»``: a body's name in its marks
                continue
            if (
                proper
                and len(role) <= _LANGUAGE_ROLE_WORDS
                and (word in _NUMBER_SIGNS or _numbered(head, word, at))
            ):
                # ``директор школи № 17``, ``№17``: the institution's number, as written
                if role and word in _NUMBER_SIGNS and head[at + 1 : at + 2].isdigit():
                    role[0] = word + role[0]
                else:
                    role.insert(0, word)
                continue
            body = (
                next((b for b in bodies if b[0] <= head_start + at < b[1]), None)
                if proper and word[:1].isupper()
                else None
            )
            if (
                proper
                and word[:1].isupper()
                and (capitals < 3 or (body is not None and body == counted))
                and len(role) <= _LANGUAGE_ROLE_WORDS
            ):
                role.insert(0, word)
                if body is None or body != counted:
                    capitals += 1
                counted = body
                if self._office_word(lower, nearer=kept):
                    kept = len(role)  # ``Міністр оборони``: a title opening its sentence
                continue
            if (
                not word[:1].islower()
                or len(role) > _LANGUAGE_ROLE_WORDS
                or (proper and word.endswith("."))
            ):
                break
            if self.cue.fullmatch(word):
                after_cue = True
                break  # ``заявив президент``
            if press.cased_names and self._predicate(word):
                break  # ``Суд арестовал Ивана Кузнецова``: the court's act, not his role
            role.insert(0, word)
            if self._office_word(lower, nearer=kept):
                kept = len(role)
            elif (
                # (a nationality right before the name may be the adjective after the noun:
                # ``son homologue suédois X``)
                (not kept or kept == described)
                and (len(role) == 1 or (len(role) == 2 and self._adjective_after(role[1])))
                and self._described_head(lower)
            ):
                # ``dit l'artiste innue Rose Picard``: a noun of what the person does, right
                # before the name or before an adjective after it, is a role as a title is
                # (``Le frère de Bernard Guillou``: whose brother, not his role).
                kept = described = len(role)
        if described and kept == described and stop == "," and self._description_before_comma(head):
            # ``Selon un expert des crues, le professeur X,``: the description before the
            # comma is the role; the noun after it names the person as a title does (``En la
            # Asamblea, el asambleísta X`` has none there).
            kept = 0
        adjectives = press.adjective_endings
        while (
            adjectives
            and 0 < kept < len(role)
            # in lower case: a capital may be a place's (``Кремлівський речник``), unless it
            # opens the sentence (``Финансовый директор «...»``, ``Ведущий научный сотрудник``)
            and (
                role[-kept - 1].islower()
                or (kept == len(role) - 1 and _opens_sentence(head, role[0], role[1]))
            )
            and role[-kept - 1].lower().endswith(adjectives)
        ):
            kept += 1  # ``первый зампред``, ``головний тренер``: adjectives before the title
        if (
            0 < kept < len(role)
            and apposed
            and given is None
            and self._after_according(role[: len(role) - kept])
            and not self._closes_apposition(name_start)
        ):
            return None  # ``Según el fiscal, Juan Gil mintió``: whom the source speaks of
        if kept == 0 and role and proper and apposed and given is None:
            kept = self._opening_apposed_role(head, stop, role, press, name_start)
        if kept == 0 and after_cue and given is None and self._opens_with_description(role):
            # ``— розповіла координаторка волонтерського центру Марина Ткачук``: between a
            # verb of speech and its name stands only a description of the speaker, so one
            # opening with a noun of a person is the role though no title is listed.
            kept = len(role)
        if kept == 0 and given is None and press.cased_names:
            # ``Кондукторка трамвая Галина Ткачук розповіла``: a noun of a person in the
            # nominative opening the sentence, with what it is of, describes the name after it.
            kept = self._opening_description(head, role, head_start)
        # ``la fille du boulanger Paul Roy``: Paul Roy is the baker; only a title is held by
        # the one a role of its holder names (``l'adjointe au maire X``).
        links = self._role_links() if proper and not described else frozenset()
        while (
            0 < kept < len(role) - 1
            and role[-kept - 1].lower() in links
            and self._described_head(role[-kept - 2])
        ):
            kept += 2  # ``l'adjointe au maire``: a role of the title's holder, before it
        role = role[len(role) - kept :]
        if len(role) > _PLAIN_LANGUAGE_ROLE_WORDS and not any(
            w[:1].isupper() or w in _NAME_MARKS for w in role[1:]
        ):
            return None
        if role and role[0] in _NAME_MARKS:
            return None  # a name's closing mark before the name: no title word
        if proper and role:
            # ``d'après l'économiste Thomas Roux``: the article elided
            role[0] = press.elided_article.sub("", role[0])
        if after_cue and press.cased_names and self.cues.profile is not None:
            # ``— заявив журналістам Іван Коваль``: words in the dative (never the nominative)
            # right after the verb are whom the speaker told, not the speaker's role (nor the
            # genitives after them: ``— сказал главе региона``).
            role = role[told_words(role, self.cues.profile.code) :]
        if not role:
            return None
        return _MARK_SPACE.sub("", " ".join(role)) if press.cased_names else " ".join(role)

    def _predicate(self, word: str) -> bool:
        """Whether ``word``, read back from a name in a language whose names take case
        endings, is a verb only (:func:`.reads_only_as_verb`): the words before it
        are the clause's subject, never the role of the object after it (``Журналисты
        встретили Анну Орлову``)."""
        profile = self.cues.profile
        return profile is not None and reads_only_as_verb(word, profile.code)

    def _description_before_comma(self, head: str) -> bool:
        """Whether the clause before the last comma of ``head`` holds a noun that may head a
        description of a person (:meth:`_described_head`: ``Selon un expert des crues,``)."""
        comma = head.rfind(",")
        opening = max(head.rfind(mark, 0, comma) for mark in ".,;:!?\n") + 1
        return any(self._described_head(w) for w in head[opening:comma].split())

    def _adjective_after(self, word: str) -> bool:
        """Whether ``word``, between a noun and a name, may be an adjective after the noun: a
        lower-case word of letters, no word joining a role to what it is of (``de``)."""
        return word.isalpha() and word.islower() and word not in self._role_links()

    def _opens_with_description(self, role: list[str]) -> bool:
        """Whether ``role`` (the words between a verb of speech and a name) opens, in lower
        case, with a noun that heads a description of a person (:meth:`_described_head`:
        ``координаторка``, ``студентка``) and is whole: a preposition ending it (``учень
        дев'ятого класу з Житомира Максим``) leaves the place it governs in what was read as
        the name."""
        profile = self.cues.profile
        return (
            bool(role)
            and profile is not None
            and role[0][:1].islower()
            and self._described_head(role[0])
            and not is_preposition(role[-1], profile.code)
        )

    def _opening_description(self, head: str, role: list[str], head_start: int) -> int:
        """How many of the last words of ``role`` (read back from a name in a language whose
        names take case endings, no title word among them) describe the person named next:
        all those of its sentence when they open it with a capitalised noun of a person in
        the nominative (:meth:`_described_head`: ``Кондукторка``, ``Продавщица``) and go on with
        what it is of up to the name (``трамвая``, ``рыбного ряда``), as a title would;
        else none. ``head`` starts at ``head_start`` in the text: words joining another
        person named in them to the name (``Сестра Ірина Мельник та``, ``[quotes]
        shared_subject_conjunctions``) list two people, no description of the second."""
        profile = self.cues.profile
        ends = [i for i, w in enumerate(role) if w.endswith((".", "!", "?", "…"))]
        words = role[ends[-1] + 1 :] if ends else role
        if (
            profile is None
            or not 2 <= len(words) <= _PLAIN_LANGUAGE_ROLE_WORDS
            or not words[0][:1].isupper()
            or not _opens_sentence(head, words[0], words[1])
            or not self._described_head(words[0].lower())
            or is_preposition(words[-1], profile.code)
        ):
            return 0
        conjunctions = quote_words(profile.code, "shared_subject_conjunctions")
        if any(w.lower() in conjunctions for w in words[1:]):
            offsets = [at for _, at in _words_backwards_at(head)]
            opening = offsets[len(words) - 1] if len(offsets) >= len(words) else 0
            people = self.within(head_start + opening, head_start + len(head))
            if any(m.type == "person" for m in people):
                return 0
        return len(words)

    def _office_word(self, lower: str, nearer: int = 0) -> bool:
        """Whether the lower-case ``lower`` of a language with its own titles is a title
        (:meth:`_title_word`) or an occupation that is a role before a name (``[quotes]
        role_occupations``: ``владельца``, ``засновниця``). An occupation, known in any case
        form, counts only with no title ``nearer`` the name (a count of words): past one it is
        someone else (``вместе с журналистами проехал мэр Москвы``: the mayor's role is
        ``мэр Москвы``)."""
        profile = self.cues.profile
        return self._title_word(lower) or (
            not nearer and profile is not None and _occupation_word(profile.code, lower)
        )

    def _unlabelled_subject(self, start: int, end: int) -> Speaker | None:
        """An untyped name of two to four capitalised words opening the sentence at ``start``,
        followed by an apposition (``, an employee``, ``, 34,``) or, when its first word is a
        first name, by a lower-case word."""
        match = _NAME_RUN_START.match(self.masked[start:end])  # ``^``: a slice, not ``pos``
        if match is None:
            return None
        after = self.masked[start + match.end() : start + match.end() + 40]
        words = NAME_WORD.findall(match.group(1))
        # ``, an employee``, ``, 34,``, ``, Bolivia's charismatic president``: an apposition.
        apposed = (
            re.match(r",[ \u00a0]+(?:an?|the|\d{1,3},|[A-Z]\w*['’]s)[ \u00a0]", after) is not None
        )
        if not apposed and not (
            re.match(r"[ \u00a0]+[a-z]", after) and gz.first_name_gender(words[0]) is not None
        ):
            return None
        places = gz.place_names()
        if any(
            w in gz.ROLE_WORDS or w in gz.CALENDAR or w in places or w in _CAPITALISED_ARTICLES
            for w in words
        ):
            return None
        name_start, name_end = start + match.start(1), start + match.end(1)
        return Speaker(" ".join(words), self.text[name_start:name_end], name_start, name_end,
                       None, role=self._appositive_role(name_end))  # fmt: skip

    def _stated_role(
        self, start: int, gender: str | None, family: frozenset[str]
    ) -> Referent | None:
        """The nearest person of the few paragraphs before ``start`` whose role, as the article
        states it anywhere, is of ``family`` (``French president Nicolas Sarkozy`` for a later
        ``the president said``)."""
        for referent in self.people_back(start, SPEAKER_PARAGRAPHS, gender):
            if role_words(self.role_of(referent.name, start)) & family:
                return referent
        return None

    def people_back(self, start: int, paragraphs: int, gender: str | None) -> Iterator[Referent]:
        """The people named before ``start`` in its paragraph and the ``paragraphs`` before it,
        nearest first, each name once, of ``gender`` where both genders are known."""
        if not self.paragraphs:
            return
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - paragraphs, 0)][0]
        seen: set[str] = set()
        for referent in self._referents_back(bisect.bisect_left(self._positions, start) - 1):
            if referent.position < low:
                break
            if referent.type != "person" or referent.name in seen:
                continue
            seen.add(referent.name)
            if gender and referent.gender and referent.gender != gender:
                continue
            yield referent

    def _subject_verb(self, back: list[str], at: int) -> bool:
        """Whether the word ``back[at]`` (words last first) is a regular past verb after its
        subject, a lower-case noun (``injury prevented``): not after an article, an adverb, a
        modifier of a role, a cue or nothing (``the retired``, ``newly appointed``)."""
        if not back[at].endswith(PAST_ENDINGS) or at + 1 >= len(back):
            return False
        subject = back[at + 1]
        lower = subject.lower()
        return (
            subject.isalpha()
            and subject.islower()
            and lower not in DETERMINERS
            and lower not in NP_STOP
            and lower not in ROLE_MODIFIERS
            and lower not in CLAUSE_ADVERBS
            and not re.fullmatch(ADVERB, subject)
            and not self.cue.fullmatch(subject)
        )

    def _unlabelled(self, start: int, end: int, cue: str, *, backward: bool) -> Speaker | None:
        """A person's name the entity annotator did not type (an unknown first name, a
        nickname inside it): two to four capitalised words ending at ``end`` (``backward``)
        or starting at ``start``, none of them a title, a place or a calendar word."""
        window = self.masked[max(start, end - 120) : end] if backward else self.masked[start:end]
        offset = max(start, end - 120) if backward else start
        match = (_NAME_RUN_END if backward else _NAME_RUN_START).search(window)
        if match is None:
            return None
        words = NAME_WORD.findall(match.group(1))
        places = gz.place_names()
        if words[-1] in gz.CALENDAR or words[0].lower() in DETERMINERS or any(
            w in gz.ROLE_WORDS or w in gz.HONORIFICS or w in places or w in _CAPITALISED_ARTICLES
            or (w in gz.CALENDAR and len(w) > 3)  # ``Jan Hatzius`` is a name, ``Monday`` not
            for w in words
        ):  # fmt: skip
            return None
        name_start, name_end = offset + match.start(1), offset + match.end(1)
        mention = self.text[name_start:name_end]
        role = self._appositive_role(name_end) or self._role_before(name_start, end=name_end)
        return Speaker(" ".join(words), mention, name_start, name_end, cue, role=role)


#: A call sign's noun, perhaps after a short preposition, ending right before its opening
#: mark (``з позивним``, ``на псевдо``; its words checked against the language's).
_CALL_SIGN_HEAD = re.compile(r"\s(?:(\w{1,3})\s)?(\w+)[ \u00a0]*$")


@functools.cache
def _description_heads(code: str) -> frozenset[str]:
    """The lower-case nouns that may head a description of a person in language ``code``
    besides its role nouns: ``[quotes] description_nouns`` and ``[entities] demonyms``; read
    once per language, not per word asked about."""
    lang = language(code)
    nouns = lang.words("quotes", "description_nouns") | lang.words("entities", "demonyms")
    return frozenset(n.lower() for n in nouns)


@functools.cache
def _occupation_stems(code: str) -> frozenset[str]:
    """The stems of ``[quotes] role_occupations`` of language ``code`` (``владелец``,
    ``засновник``): occupations that are a role before a name in any case form."""
    lang = language(code)
    listed = frozenset(w.lower() for w in lang.words("quotes", "role_occupations"))
    return frozenset(lang.stem(w) for w in listed | feminine_forms(listed, code))


@functools.lru_cache(maxsize=1 << 16)
def _occupation_word(code: str, lower: str) -> bool:
    """Whether the lower-case ``lower`` is a form of one of ``[quotes] role_occupations`` of
    language ``code`` (by its stem; remembered, as a document asks again for its words)."""
    stems = _occupation_stems(code)
    return bool(stems) and language(code).stem(lower) in stems


@functools.cache
def _agent_endings(code: str) -> tuple[str, ...]:
    """``[quotes] description_endings`` of language ``code``: endings of nouns of a person who
    does something (``-dor``: ``legislador``, ``negociadora``)."""
    return tuple(language(code).words("quotes", "description_endings"))


@functools.cache
def _ending_things(code: str) -> frozenset[str]:
    """``[quotes] description_ending_things`` of language ``code``: nouns of things that end
    as ``[quotes] description_endings`` do (``secteur``, ``catalogue``)."""
    return frozenset(language(code).words("quotes", "description_ending_things"))


def _agent_noun(word: str, code: str) -> bool:
    """Whether the lower-case ``word`` ends as a noun of a person who does something, with a
    stem of three letters or more before its ending, and is no noun of a thing so ending."""
    return any(
        word.endswith(e) and len(word) >= len(e) + 3 for e in _agent_endings(code)
    ) and word not in _ending_things(code)


@functools.cache
def _time_units(code: str) -> frozenset[str]:
    """Nouns of a unit of time, lower case (``[calendar] units``: ``semana``, ``année``), less
    the second's, an ordinal too (``El segundo entrenador``), and the nouns of CLDR's day
    periods (``du soir`` -> ``soir``): heading a phrase that opens a sentence, they say when,
    not who (``La semana pasada, X,``)."""
    units = language(code).table("calendar", "units")
    periods = {p.split()[-1] for p in calendar(code).day_periods if p.split()}
    return frozenset(u.lower() for u, kind in units.items() if kind != "S") | periods


# (A language data file reloaded is read again.)
on_reload(_time_units.cache_clear)
on_reload(_description_heads.cache_clear)
on_reload(_agent_endings.cache_clear)
on_reload(_ending_things.cache_clear)
on_reload(_occupation_stems.cache_clear)
on_reload(_occupation_word.cache_clear)
