"""People the entity annotator missed, found from how a news sentence introduces a source:
a full name with a title or a role noun before it (``Contractor Ann Roe-Lee``, ``petitioner
Ben Okafor``), a relative clause after it (``Ann Roe-Lee, who runs the mill,``), an age
(``Ann Roe-Lee, 74,``), an apposition naming a role on either side (``Ann Roe-Lee, a
logistics manager,``; ``a bus driver, Ann Roe-Lee, said``), or a relative named after whose
relative they are (``His wife Maureen added:``, ``her mother, Sunitha, watched``). Such a name
is a person whatever its words (a hyphenated surname, a family name written first, an Irish or
Māori particle): a pronoun or a later surname points back to it as to any person the entity
annotator found.
"""

from __future__ import annotations

import bisect
import re

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.cue_words import cues_for
from newsbrief.annotators.quotes.attribution.english_words import (
    AGE_NOUN,
    BODY_KINDS,
    COURTESY,
    EN,
    FUNCTION_WORDS,
    GENDER_LOOKAHEAD,
    LONE_NOT_NAMES,
    NAME_CHARACTER,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    START,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, free_of

__all__ = ["with_reporting_people"]

# A capitalised word of a name (``Ó``, ``Mei-fong``), and the lower-case particles between
# two of them (``de``, ``wa``).
_WORD = r"[^\W\d_a-z][\w’'\-]*"
_PARTICLES = plain_alternation(
    EN.words("quotes", "name_particles")
    | EN.words("quotes", "surname_particles")
    | EN.words("quotes", "source_name_particles")
)

# A run of capitalised words (particles between them) where a clause opens, or after a
# lower-case word (a role noun: ``prosecutor Simon Roe``), the run's end where a comma, ``who``
# or a lower-case word follows. The run's first letter comes first and what precedes it is
# looked behind from there: a pattern opening with its capital lets the regex engine skip to
# the next capital (one opening with a look-behind tries every position: 2.4x slower). That
# capital is read as ``A-Z`` or a code point past ASCII, then checked against the letter
# class by a look-behind on the one character matched: the same characters (ASCII's are A-Z),
# but the engine's skip tests two ranges where the class looked up each character's Unicode
# category (the scan of the real-news articles 5.5 -> 4.7 ms).
_RUN = re.compile(
    rf"(?P<run>[A-Z\u0080-\U0010ffff](?<=[^\W\d_a-z])"
    rf"(?:(?<=^.)|(?<=\n.)|(?<=[.!?:;,][ \u00a0].)|(?<=[a-z][ \u00a0].))[\w’'\-]*"
    rf"(?:[ \u00a0]+(?:(?:{_PARTICLES})[ \u00a0]+)?{_WORD}){{1,6}})"
    r"(?=,|[ \u00a0]+[a-z(]|$)",
    re.MULTILINE,
)

# After the name: a relative clause (``, who``), an age (``, 74,``).
_RELATIVE_OR_AGE = re.compile(r",[ \u00a0]+(?:who|whose|(?:aged[ \u00a0]+)?\d{1,3},)[ \u00a0]")

# After the name: an apposition up to its comma (``, a logistics manager for a firm,``).
_APPOSITION_AFTER = re.compile(r",[ \u00a0]+(?P<words>[^,.;:!?\n§()]{3,100}),")

# Before the name: the end of an apposed role phrase and its comma (``A bus driver, ``),
# read backwards from the name: the spaces, the comma, the phrase (see :func:`_ending_at`).
_APPOSITION_BEFORE_REVERSED = re.compile(r"[ \u00a0]+,(?P<words>[^,.;:!?\n§]{3,100})")

# A lower-case word and a space right before the name (``petitioner ``), read backwards from
# the name: the spaces, then the word's letters (see :func:`_word_before`).
_WORD_BEFORE_REVERSED = re.compile(r"[ \u00a0]+(?P<word>[a-z\-]+)")

#: How far before a name a lower-case word before it is read.
_WORD_BEFORE_REACH = 30

# A capitalised word right after a surname: another person's full name (``Tran Minh``).
_NAME_GOES_ON = re.compile(r"[ \u00a0][A-Z]")

_PARAGRAPH_BREAK = re.compile(r"\n\n")

_SPLIT = re.compile(r"[^ \u00a0]+")

_THIRD_PERSON = re.compile(rf"\b{plain_alternation(PRONOUN_GENDERS, case='either')}\b")

_BODY_WORDS = BODY_KINDS | gz.ORGANISATION_ROLE_NOUNS | EN.words("quotes", "public_body_heads")

_CUES = cues_for(None)

# Where another name or a paragraph begins after a name.
_NEXT_NAME = re.compile(r"[A-Z][\w’'\-]+[ \u00a0]+[A-Z]|\n\n")

# Where one paragraph ends and the next begins.
_PARAGRAPH_BREAK = re.compile(r"\n\n")

# Where the clause after a name ends.
_CLAUSE_END = re.compile(r"[.!?;:\n§]")

#: How far after a name its clause's cue is looked for.
_CUE_REACH = 120

#: How far after a person's introduction a lone surname is looked for (code points).
_SURNAME_REACH = 20_000

#: How far before a name an apposed role phrase is read.
_BEFORE_REACH = 100


_KIN_NOUNS = EN.words("quotes", "kin_nouns")

# A relative named after a possessive and a kin noun (``His wife Maureen, 69, added``, ``her
# mother, Sunitha, watched``, ``Pruett's daughter, Josie,``, ``Her granddaughter, 12-year-old
# Leesee,``): English names family members by whose they are, often by a given name alone,
# which no rule of the entity annotator takes for a person. One kin noun, not a plural
# (``their parents, Ann and Bob``); a name of one or two capitalised words, no third after it.
_KIN_NAMED = re.compile(
    rf"(?:\b{plain_alternation(EN.words('quotes', 'kin_possessives'), case='either')}"
    # (anchored at a word's start: unanchored, a long run of capitals is read again from
    # each of its letters)
    r"|(?<![\w’'\-])[A-Z][\w\-]*[’']s)[ \u00a0]+"
    rf"(?:{plain_alternation(w for w in _KIN_NOUNS if not w.endswith('s'))}),?[ \u00a0]+"
    rf"(?:{AGE_NOUN.pattern}[ \u00a0]+)?"
    r"(?P<name>[A-Z][a-z][\w’'\-]*(?:[ \u00a0][A-Z][a-z][\w’'\-]*)?)"
    r"(?=[,.:;!?]|[ \u00a0]+[a-z(])"
)

# Words opening a storm's name (``Hurricane Milton, whose winds ...``), a club's or an
# airline's before or after a place (``Real``, ``Rovers``): no person's.
_NOT_NAME_WORDS = (
    frozenset(w.capitalize() for w in EN.words("entities", "storm_words"))
    | gz.PLACE_ORGANISATION_LEADS
    | gz.PLACE_ORGANISATION_TAILS
)


# The titles as written, and the role and kin nouns in lower case, each one set (one look-up
# per word of every run of capitals a text holds).
_TITLES_AS_WRITTEN = gz.ROLE_WORDS | gz.HONORIFICS | COURTESY
_ROLE_OR_KIN_NOUNS = ROLE_NOUNS | _KIN_NOUNS


#: A capitalised compound of three parts or more, the later ones lower case
#: (``Mother-of-three``, ``Father-of-two``): a description before a name, never a name's word
#: (a name's parts are capitalised, ``Jan-Willem``, or two, ``Mei-fong``).
_DESCRIBING_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+){2,}")


def _role_word(word: str) -> bool:
    """Whether a word is a title, a role or a kin noun (``Chief``, ``Contractor``, ``Mr``,
    ``Wife``), or a describing compound (``Mother-of-three``)."""
    return (
        word in _TITLES_AS_WRITTEN
        or word.rstrip(".").lower() in _ROLE_OR_KIN_NOUNS
        or _DESCRIBING_COMPOUND.fullmatch(word) is not None
    )


def _names_role(words: str, *, head: bool = False) -> bool:
    """Whether an apposition's words name a person's role (``a logistics manager for a
    furniture importer``), not a body (``the company's adviser`` is either: no). With
    ``head``, only the words before the first function word after the opening ones count:
    ``a novel about a nurse`` names a book, not a nurse."""
    lower = [w.strip("’'").lower() for w in words.split()]
    if head:
        opening = next((i for i, w in enumerate(lower) if w not in FUNCTION_WORDS), len(lower))
        stop = next(
            (i for i, w in enumerate(lower) if i > opening and w in FUNCTION_WORDS), len(lower)
        )
        lower = lower[:stop]
    return any(w in ROLE_NOUNS and w not in _SHARED_ROLES for w in lower[:8])


_SHARED_ROLES = EN.words("entities", "apposed_shared_roles")


def _plain(words: list[str], titled: bool) -> bool:
    """Whether ``words`` may be a person's name: no place, body, calendar or nationality word
    (a calendar word only after a title: ``Mr Sunday Adebayo``)."""
    places = gz.place_names()
    # A title word closing a name after a known first name is its surname (``Dolores
    # Cardinal``, ``Tom Judge``): an English title comes before the name it goes with.
    surname_title = len(words) == 2 and gz.first_name_gender(words[0]) in ("male", "female")
    for word in words:
        if word.endswith(("’s", "'s")):
            return False  # a possessive: ``Prime Minister's Questions``
        if not word[0].isupper() and word[0].isalpha() and len(words) > 2:
            continue  # a particle
        if (
            word in places
            or word in gz.DEMONYMS
            or word in LONE_NOT_NAMES
            or word in _NOT_NAME_WORDS
            or word.lower() in _BODY_WORDS
            or word in gz.ORGANISATION_HEADS
            or word in gz.COMPANY_HEADS
            or word in gz.PLACE_HEADS
            or word in gz.AREA_HEADS
            or word.lower() in gz.LEGAL_FORMS
            or (word in gz.CALENDAR and not titled)
            or (_role_word(word) and not (surname_title and word is words[-1]))
        ):
            return False
    return words[-1][0].isupper() and any(c.islower() for c in words[-1])


def _reports(masked: str, end: int) -> bool:
    """Whether the clause after a name reports speech (``... of the First Nation said``): a
    title alone makes a person the sentence's source, not one merely mentioned."""
    stop = _CLAUSE_END.search(masked, end, end + _CUE_REACH)
    return _CUES.cue.search(masked, end, stop.start() if stop else end + _CUE_REACH) is not None


def _ending_at(
    masked: str, start: int, reach: int, reversed_pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """``reversed_pattern`` matched on the ``reach`` code points before ``start``, reversed:
    what the pattern read forwards and ending in ``$`` finds when searched for there (the
    leftmost start of a forward search is the longest reversed match), in one match where the
    search tried every position of the window. Its groups read backwards too."""
    low = max(0, start - reach)
    # (``$`` also ends a text before its last newline: a name opening a line.)
    end = start - 1 if start > low and masked[start - 1] == "\n" else start
    return reversed_pattern.match(masked[low:end][::-1])


def _word_before(masked: str, start: int) -> str | None:
    """The lower-case word (two letters or more, hyphens within) that spaces alone separate
    from ``start``, in the :data:`_WORD_BEFORE_REACH` code points before it, or ``None``: what
    ``[a-z][a-z-]+[ ]+$`` searched there would find, read backwards from ``start`` in one
    match (the search tried each of the 30 positions in turn, for every run of names)."""
    found = _ending_at(masked, start, _WORD_BEFORE_REACH, _WORD_BEFORE_REVERSED)
    if found is None:
        return None
    word = found.group("word")[::-1].lstrip("-")  # (a word opens with a letter)
    return word if len(word) >= 2 else None


def _apposition_before(masked: str, start: int) -> str | None:
    """The words of an apposed phrase ending in a comma and spaces right before ``start``
    (``A bus driver, `` before ``Ann Roe``; at most 100 code points, at least 3), or
    ``None``."""
    found = _ending_at(masked, start, _BEFORE_REACH, _APPOSITION_BEFORE_REVERSED)
    return None if found is None else found.group("words")[::-1]


def _found(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The people introduced as sources whom no mention covers."""
    starts = [m.start for m in mentions]

    def overlapping(start: int, end: int) -> list[Mention]:
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        out = []
        for mention in mentions[index:]:
            if mention.start >= end:
                break
            if mention.end > start:
                out.append(mention)
        return out

    found: list[Mention] = []
    for match in _RUN.finditer(masked):
        end = match.end("run")
        # (The run's words: only spaces stand between them, which ``split`` splits at.)
        run = match.group("run").split()
        # Titles opening the run (``City Councilmember``, ``Associate Professor``) are the
        # role; the name is what follows the last of them.
        titles = [
            i for i, w in enumerate(run)
            if _role_word(w) or (w in gz.GIVEN_NAME_TITLES and i + 2 < len(run))
        ]  # fmt: skip
        before = _word_before(masked, match.start("run"))
        role_before = before is not None and before in ROLE_NOUNS
        if not (titles or role_before or masked.startswith(",", end)):
            # No title, no role noun before and no comma after (a relative clause, an age,
            # an apposition): no evidence below can hold (most runs: passed over at once).
            continue
        if titles:
            # Only up to a known first name: a title word after one is a surname (``Resident
            # Dolores Cardinal``), an English title coming before the name it goes with.
            given = next(
                (
                    i
                    for i, w in enumerate(run)
                    if i not in titles and gz.first_name_gender(w) in ("male", "female")
                ),
                len(run),
            )
            titles = [i for i in titles if i < given]
        spans = [(m.start(), m.group(0)) for m in _SPLIT.finditer(masked, *match.span("run"))]
        cut = titles[-1] + 1 if titles else 0
        titled = bool(titles)
        # One or two words no first name before a first name (``Supervisor Jan Roe``,
        # ``Independent TD Ann Lee``): a title the lists lack, when a name of two words stays
        # (not after a role noun: ``planner Zubair Ahmed Khan`` is all name).
        for skip in (1, 2):
            if (
                not role_before
                and cut + skip <= len(spans) - 2
                and all(
                    gz.first_name_gender(w) is None and w.lower() not in FUNCTION_WORDS
                    for _, w in spans[cut : cut + skip]
                )
                and gz.first_name_gender(spans[cut + skip][1]) in ("male", "female")
            ):
                cut += skip
                break
        title = " ".join(w for _, w in spans[:cut])
        if role_before and before is not None and not title:
            title, titled = before, True
        spans = spans[cut:]
        if not 2 <= len(spans) <= 5 or any(w.lower() in FUNCTION_WORDS for _, w in spans):
            continue
        start = spans[0][0]
        # (Checked before the words and the evidence: most runs left are names the entities
        # found already.)
        if any(
            m.type != "person" or m.start < start or m.end > end or m.end - m.start == end - start
            for m in overlapping(start, end)
        ):
            continue  # a place or a body in the run, a name found already or running on
        words = [w for _, w in spans]
        if not _plain(words, titled):
            continue
        apposed = _APPOSITION_AFTER.match(masked, end)
        evidence = (
            (titled and _reports(masked, end))
            or _RELATIVE_OR_AGE.match(masked, end) is not None
            or (apposed is not None and _names_role(apposed.group("words"), head=True))
        )
        if not evidence and masked.startswith(",", end):
            role = _apposition_before(masked, start)
            evidence = role is not None and _names_role(role[-60:])
        if not evidence:
            continue
        name = " ".join(words)
        found.append(
            Mention(start, end, name, "person", _gender(masked, words[0], end), title or None)
        )
    return _unambiguous(masked, found)


def _gender(masked: str, first: str, end: int) -> str | None:
    """The gender of a person whose name ends at ``end``: by the first name ``first``, else by
    the person's own pronoun after the name, before another name or paragraph (``..., said
    she``; ``... Comrade Bola Ade agreed. "...," she said`` tells nothing of the name before
    Bola Ade)."""
    gender = gz.first_name_gender(first)
    if gender in ("male", "female"):
        return gender
    closing = _NEXT_NAME.search(masked, end, end + GENDER_LOOKAHEAD)
    limit = closing.start() if closing else end + GENDER_LOOKAHEAD
    pronoun = _THIRD_PERSON.search(masked, end, limit)
    return None if pronoun is None else PRONOUN_GENDERS[pronoun.group(0).lower()]


def _kin_named(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The relatives :data:`_KIN_NAMED` introduces whom no mention covers, each with the
    gender their first name or their own pronoun after the name tells (:func:`_gender`)."""
    free = free_of(mentions)
    found: list[Mention] = []
    for match in _KIN_NAMED.finditer(masked):
        start, end = match.span("name")
        words = match.group("name").split()
        if not free(start, end) or not _plain(words, True):
            continue
        gender = _gender(masked, words[0], end)
        found.append(Mention(start, end, " ".join(words), "person", gender, None))
    return found


def _unambiguous(masked: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the people of no known gender who share their paragraph with another
    such person (``The union's president, Comrade Chidi Okafor, ... Its secretary, Comrade
    Bola Ade, ...``): a pronoun after them may be either's, as the rules reading untyped names
    leave it."""
    if all(p.gender is not None for p in found):
        return found
    # Each person's paragraph by bisection over the breaks (found once: a look back per
    # person made one long paragraph of many people quadratic).
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(masked)]
    paragraph = {id(p): bisect.bisect_right(breaks, p.start) for p in found}
    unknown: dict[int, set[str]] = {}
    for person in found:
        if person.gender is None:
            unknown.setdefault(paragraph[id(person)], set()).add(person.name)
    return [
        p for p in found
        if p.gender is not None or len(unknown[paragraph[id(p)]]) < 2
    ]  # fmt: skip


def _surnames(masked: str, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Each later place a found person's surname is written on its own: a mention of the
    full name (``Nguyen said`` after ``Nguyen Thi Ngoc, a manager, said``: the family name
    written first when the last word never stands alone)."""
    free = free_of(taken)

    out = []
    first: dict[str, Mention] = {}
    for person in people:  # each name once, from where it is first introduced
        first.setdefault(person.name, person)
    for person in first.values():
        words = person.name.split()
        for word in (words[-1], words[0]):
            places = []
            # Within an article's length of the introduction: a scan to the text's end per
            # person made a text of thousands of introduced people quadratic.
            reach = person.end + _SURNAME_REACH
            at = masked.find(word, person.end, reach)
            while at >= 0:
                stop = at + len(word)
                if (
                    not NAME_CHARACTER.match(masked, at - 1)
                    and not NAME_CHARACTER.match(masked, stop)
                    and _NAME_GOES_ON.match(masked, stop) is None
                    and free(at, stop)
                ):
                    places.append(at)
                at = masked.find(word, stop, reach)
            if places:
                out += [Mention(at, at + len(word), person.name, "person", person.gender, None)
                        for at in places]  # fmt: skip
                break
    return out


def with_reporting_people(masked: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the people :func:`_found` reads from how the article introduces them,
    and the later places their surnames are written alone (English text)."""
    people = _found(masked, mentions)
    kin = _kin_named(masked, sorted([*mentions, *people], key=START))
    if kin:
        people = sorted([*people, *kin], key=START)
    if not people:
        return mentions
    # A person's mention inside a found name (``Thi Ngoc`` of ``Nguyen Thi Ngoc``) gives way
    # to it (the found names are apart and in text order: one bisection per mention).
    starts = [p.start for p in people]

    def inside(mention: Mention) -> bool:
        index = bisect.bisect_right(starts, mention.start) - 1
        return index >= 0 and mention.end <= people[index].end

    kept = [m for m in mentions if not inside(m)]
    taken = sorted([*kept, *people], key=START)
    return sorted([*taken, *_surnames(masked, people, taken)], key=START)
