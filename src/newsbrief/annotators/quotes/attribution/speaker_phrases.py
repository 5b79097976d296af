"""The speaker phrase next to a cue: read backwards before it (``the Pentagon's deputy
spokesperson Sabrina Singh said``) or forwards after it (``said lawmaker Oleksiy
Goncharenko``), resolved to a speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.addressees import addressee_start, medium_start
from newsbrief.annotators.quotes.attribution.case_forms import nominative_name
from newsbrief.annotators.quotes.attribution.english_words import (
    AGE_NOUN,
    ARTICLE_WORDS,
    BODY_KINDS,
    BODY_NOUNS,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_LOOKBACK,
    CLAUSE_OPENERS,
    COMPANY_NOUNS,
    COURTESY,
    CUE_PLACES,
    DEFINITE,
    DETERMINERS,
    EN,
    EPITHETS,
    INDEFINITE,
    INDEFINITE_SPEAKERS,
    INSTITUTION_NOUNS,
    ISSUER_NOUNS,
    LAST_WORD,
    LONE_NOT_NAMES,
    NP_STOP,
    OTHER_PRONOUNS,
    PP_WORDS,
    QUOTE_MASK,
    RELATIVE,
    ROLE_NOUNS,
    SKIPPABLE,
    SOURCE_NOUNS,
    UNNAMED_SOURCES,
    WORD,
)
from newsbrief.annotators.quotes.attribution.prepositional_objects import preposition_before
from newsbrief.annotators.quotes.attribution.press_conventions import PressReader
from newsbrief.annotators.quotes.attribution.scanning import (
    Backwards,
    anonymous_name,
    own_clause_subject,
    phrase_end,
    plural_source,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker
from newsbrief.annotators.quotes.attribution.written_subjects import whole_subject
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language, morphology

__all__ = ["PhraseReader"]

#: The relative pronoun of a person (``the president, who commented ...:``).
_PERSON_RELATIVES = EN.words("quotes", "person_relatives")
#: The same between spaces (`` who ``), as a text is searched for one.
_PERSON_RELATIVE_GAPS = tuple(f" {word} " for word in sorted(_PERSON_RELATIVES))
#: ``one of them``, ``one of the sources``: a partitive's head, link and pronoun.
_PARTITIVE_HEADS = EN.words("quotes", "partitive_heads")
_PARTITIVE_LINKS = EN.words("quotes", "counted_links")
_PARTITIVE_PRONOUNS = EN.words("quotes", "partitive_pronouns")
#: ``a spokesperson for Tony Blair``: who a spokesperson speaks for.
_REPRESENTING = EN.words("quotes", "representing_prepositions")
#: Nouns of an organisation's statement (``the statement said``).
_STATEMENT_NOUNS = EN.words("quotes", "statement_nouns")

#: The preposition a cue's words came in a document by and at most two words before its noun
#: (``said in a statement``, ``In its brief statement``; ``[quotes] statement_prepositions``).
_MADE_IN = re.compile(
    rf"\b(?:{plain_alternation(EN.words('quotes', 'statement_prepositions'))})"
    r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){1,2}$",
    re.IGNORECASE,
)
#: At most this many characters between a cue and the ``in`` of the statement it was made in
#: (``said on Monday in a statement``).
_MADE_IN_REACH = 24

#: At most this many lower-case words after a name's possessive name what it owns
#: (``Lithuania's central bank``).
_POSSESSED_WORDS = 3
#: Endings of a possessive (``Lithuania's``, ``Wales'``).
_POSSESSIVE_ENDINGS = tuple(sorted(EN.words("quotes", "possessive_endings")))

#: A word of a clause, hyphens and apostrophes inside (``пресс-секретарь``).
_CLAUSE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")

# A number closing a body's name (``Police Lodge 44``).
_NUMBER_AFTER = re.compile(r"[ \u00a0]\d+\b")

#: How many lower-case words after ``the`` may name an organisation by its last words.
_BODY_TAIL_WORDS = 3

#: How far before a cue a relative clause's opening is looked for (characters).
_RELATIVE_REACH = 200
#: How long a name ending before a relative clause may be (characters).
_NAME_REACH = 80
#: How many referents before a subject's end may open an unnamed source ending it.
_QUALIFIED_REFERENTS = 4

_INDEFINITE_LAST = frozenset(p.split()[-1] for p in INDEFINITE_SPEAKERS)


#: Prepositions a description after a role noun runs over (``a reporter for X``).
_DESCRIPTION_LINKS = EN.words("quotes", "description_links")


#: Words that end a description after a role noun (``a reporter for X who ...``).
_PHRASE_STOP = NP_STOP - _DESCRIPTION_LINKS | EN.words("quotes", "description_stops")


#: ``and``, ``or``, ``nor`` after a word: no description ends there.
_NOUN_CONJUNCTIONS = EN.words("quotes", "noun_conjunctions")


#: ``for``, ``with``: before the body a described source works for.
_EMPLOYER_PREPOSITIONS = EN.words("quotes", "employer_prepositions")


#: Words an unnamed source's description after a cue runs over (``said a reporter for ...``).
_DESCRIPTION_RUN = PP_WORDS | _DESCRIPTION_LINKS


#: Words after an inverted ``said he`` (``said he on Tuesday``); any other lower-case word
#: after the pronoun is its own verb (``says he is unfit``).
_PRONOUN_FOLLOWERS = EN.words("quotes", "inverted_followers")
#: Possessive determiners opening a noun phrase after a cue (``said her coach, Ann Lee``).
_POSSESSIVES = (
    EN.words("quotes", "kin_determiners") - EN.words("quotes", "indefinite_determiners") - DEFINITE
)
#: Nouns of a family tie or friendship (``said his wife, Mary Okoro``).
_KIN_NOUNS = EN.words("quotes", "kin_nouns")


#: ``a``, ``an``, ``one``, ``the`` opening a restrictive noun phrase (``The expert who ...``).
_RESTRICTIVE_DETERMINERS = EN.words("quotes", "indefinite_determiners") | EN.words(
    "quotes", "definite_articles"
)


# ``X, who spoke on condition of anonymity, said``: a relative clause before the cue.
# ``An employee who has worked at the company for nine years [said]``, ``A Red Cross volunteer
# handing out blankets [said]``, ``The expert who tuned the organ [called]``: a role noun or an
# unnamed source and a restrictive relative clause (or a participle's) up to the cue.
_RESTRICTIVE = re.compile(
    rf"\b{plain_alternation(_RESTRICTIVE_DETERMINERS, case='either')}"
    r"\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[a-z]+)\s+"
    rf"(?P<who>{plain_alternation(_PERSON_RELATIVES)}|[a-z]+ing)\b[^,;:§.]*$"
)


# One capitalised word ending a speaker phrase after a cue, maybe after an age (``asked
# Martin.``, ``said 23-year-old Rahm``): a name the entity annotator left untyped.
_LONE_NAME_AFTER = re.compile(
    rf"[ \u00a0]*(?:{AGE_NOUN.pattern}[ \u00a0]+)?(?P<name>[A-Z][a-z][\w’'\-]*)[ \u00a0]*"
    r"(?:[,.;:!?]|$)"
)


#: ``The``: a capital definite article (inside a sentence, a title's).
_DEFINITE_CAPITALISED = frozenset(w.capitalize() for w in DEFINITE)


#: A capitalised word and the spaces after it: a title, perhaps, opening a name.
_TITLE_WORD = re.compile(r"([A-Z][\w.]*)[ \u00a0]+")


#: Words of a ranking before an epithet (``the world No 14``, ``the top seed``).
_RANKING_WORDS = EN.words("quotes", "ranking_words")

#: Prepositions whose object is no subject (``of Decatur``, ``based in London``).
_OBJECT_PREPOSITIONS = EN.words("quotes", "object_prepositions")


def _ranking_word(word: str) -> bool:
    """Whether ``word`` is part of a ranking before an epithet: a number or a ranking word."""
    return word.isdigit() or word.lower() in _RANKING_WORDS


def _capitalised(token: tuple[str, int, int] | None) -> bool:
    """Whether a word read back (:class:`.Backwards`) is there and opens with a capital."""
    return token is not None and token[0][:1].isupper()


def _ranked(tokens: Backwards, skipped: int) -> bool:
    """Whether the subject read backwards ends with a ranking and its number (``the world No
    14``: the number is skipped as a tail, ``No`` is the last word read)."""
    last = tokens[skipped]
    number = tokens[skipped - 1] if skipped > 0 else None
    return (
        last is not None
        and number is not None
        and number[0].isdigit()
        and last[0].lower() in _RANKING_WORDS
    )


_DEMONSTRATIVES = EN.words("quotes", "demonstratives")


#: Spaces and a lower-case word.
_LOWER_OPENING = re.compile(r"[ \u00a0]+[a-z]")


#: Verbs taking the cue as an infinitive (``went on to say``, ``continued to insist``).
_CATENATIVES = EN.words("quotes", "catenative_verbs")


#: ``to`` before the infinitive, and ``on`` between such a verb and it (``went on to say``).
_INFINITIVE_MARKERS = EN.words("quotes", "infinitive_markers")


_CATENATIVE_PARTICLES = EN.words("quotes", "catenative_particles")


# An indefinite noun phrase of lower-case words ending with a preposition before a name
# (``A source close to [Peter Jones]``, ``an adviser to``), opening its sentence (after a
# comma it may be an apposition: ``Ann Roe, a former adviser to the Board said``).
_HELD_BY_SOURCE = re.compile(
    r"(?:^|(?<=[;:.!?§\n]))[ \u00a0]*(?P<np>(?:[Aa]n?|[Oo]ne)[ \u00a0]+"
    r"(?:[a-z][a-z\-]*[ \u00a0]+){1,3}(?:close[ \u00a0]+to|near[ \u00a0]+to|to|for|at|with))"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$"
)


#: An unnamed source's noun close to someone a pronoun stands for, and maybe a determiner and
#: one word before it (``sources close to``, ``a senior source close to``).
_CLOSE_TO_PRONOUN = re.compile(
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Ss]everal|[Tt]wo|[Tt]hree)[ \u00a0]+(?:[a-z][a-z\-]*[ \u00a0]+)?)?"
    r"\b(?P<noun>[A-Za-z][a-z]+)[ \u00a0]+close[ \u00a0]+to[ \u00a0]+$"
)


def _mid_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is inside a sentence: a word or a comma, not a sentence end, before it."""
    before = text[max(0, at - 3) : at].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"“”'’‘§"


#: What qualifies an unnamed source (``close to``, ``familiar with``), each followed by a space.
_QUALIFIERS = tuple(f"{q} " for q in sorted(EN.words("quotes", "qualifiers")))


#: A full name of two to four capitalised words closing its sentence (``..., Mihi
#: Karaitiana-Lowe.``), each with a lower-case letter (no initialism).
_UNTYPED_APPOSED_NAME = re.compile(
    r"[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*[a-z][\w’'\-]*){1,3}(?=[.;]|$)"
)


def _plain_name_word(word: str) -> bool:
    """Whether ``word`` may be part of a person's name: no place, calendar word, title or
    role, demonym or word the rules know is no name."""
    return not (
        word in gz.place_names() or word in gz.CALENDAR or word in gz.ROLE_WORDS
        or word in gz.DEMONYMS or word in LONE_NOT_NAMES or word in gz.HONORIFICS
        or word.lower() in ROLE_NOUNS
    )  # fmt: skip


def _coordinated_subject(masked: str, start: int, end: int) -> int:
    """Where the subject of the last clause in ``masked[start:end]`` ends: the last name or
    role noun followed by a verb or an adverb (``The minister instead highlighted ...``,
    ``Mayorga claims Ronaldo fell to his knees ...``); ``start`` when there is none."""
    found = start
    # The clause is read back a bounded way (a long sentence of many quotations stays linear).
    words = list(WORD.finditer(masked, max(start, end - CLAUSE_LOOKBACK), end))
    commas = 0
    for index, (word, following) in enumerate(itertools.pairwise(words)):
        text, after = word.group(0), following.group(0).lower()
        lower = text.lower()
        if text == ",":
            commas += 1
        if not (text[:1].isupper() or lower in ROLE_NOUNS):
            continue
        if lower in DETERMINERS or lower in CLAUSE_OPENERS:
            continue
        if after == "," and commas and index + 2 < len(words):
            # ``Ann Roe, an analyst at Kell Brothers, cut her target and said``: the
            # apposition closes at its comma, before the first verb; read with the comma.
            verb = words[index + 2].group(0)
            if (
                verb[:1].isalpha()
                and verb.islower()
                and _verb_like(verb)
                and _apposition(words[: index + 1])
            ):
                found = following.end()
            continue
        if (
            not after[:1].isalpha()
            or not following.group(0)[:1].islower()
            or after in NP_STOP
            or after in DETERMINERS
            or after in _NOUN_CONJUNCTIONS
            or after in ROLE_NOUNS
        ):
            continue
        found = word.end()
    return found


def _apposition(words: list[re.Match[str]]) -> bool:
    """Whether ``words``, after a comma, close an apposition: it opens with a description
    (``, an analyst at Kell Brothers``, ``, who ...``) or names the role noun before its comma
    (``the mining minister, Ann Roe``). Not a list of names (``met Ann Roe, Bob Lee, Carl
    Diaz, stood and said``; ``..., and Carl Diaz,``): the sentence's subject is before them."""
    opening = max((i for i, word in enumerate(words) if word.group(0) == ","), default=-1)
    if opening < 0 or opening + 1 >= len(words):
        return False
    first = words[opening + 1].group(0)
    if first.islower() and first not in _NOUN_CONJUNCTIONS:
        return True
    return opening > 0 and words[opening - 1].group(0).lower() in ROLE_NOUNS


def _verb_like(word: str) -> bool:
    """Whether a lower-case ``word`` after an apposition's comma may be its subject's verb
    (no function word, determiner or role noun)."""
    return not (
        word in NP_STOP or word in DETERMINERS or word in _NOUN_CONJUNCTIONS or word in ROLE_NOUNS
    )


def _np_word(word: str) -> bool:
    lower = word.lower()
    return (
        lower not in NP_STOP
        and lower not in (",", ".", ";", ":")
        and QUOTE_MASK not in word
        and (word.isalpha() or "." in word or "’" in word or "'" in word or "-" in word)
    )


# People of a role counted by the groups they lead, opening their clause: ``the leaders of 38
# emergency departments``, ``The heads of 40 secondary schools`` (the role noun's plural).
_COUNTED_GROUP = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?,:][ \u00a0]))(?:{plain_alternation(DEFINITE, case='either')}"
    r"[ \u00a0]+)?(?P<np>(?P<noun>[a-z]+s)[ \u00a0]+"
    rf"{plain_alternation(EN.words('quotes', 'counted_links'))}"
    r"[ \u00a0]+\d[\d,]*(?:[ \u00a0]+[a-z][\w\-]*){1,4})$"
)
#: How far back from the cue such a group is looked for.
_COUNTED_REACH = 100
#: Words right before the name an unnamed source gives itself (``known only as Madam Lee``).
_SELF_NAMING_WORDS = EN.words("quotes", "self_naming_words")
#: A name of one to three capitalised words closing a relative clause, after a lower-case word
#: (and a comma): ``as Madam Lee,``, ``first name, Phil,``.
_SELF_NAMED = re.compile(
    r"(?P<before>[a-z]+),?[ \u00a0]+(?P<name>[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+){0,2}),"
    r"[^,§]*$"
)
#: A noun of a document words are quoted from (``In a statement``, ``said in a letter``).
_DOCUMENT_WORD = re.compile(
    rf"\b(?:{plain_alternation(EN.words('quotes', 'document_nouns'))})\b", re.IGNORECASE
)
#: How far before a cue's subject and after the cue such a noun is looked for.
_DOCUMENT_REACH = 60
#: Relative pronouns standing for a body named before their comma (``X, which called``).
_BODY_RELATIVES = EN.words("quotes", "body_relatives")
#: At most this many words between such a pronoun and its cue (``which in a letter in
#: September called``).
_RELATIVE_PHRASE_WORDS = 6


#: Words at most of the unnamed source one of whom speaks (``Fuentes jurídicas consultadas``).
_ONE_OF_SOURCE_WORDS = 8


#: At most this many lower-case words describe a person before their name in apposition after
#: an inverted cue (``said the street vendor, Hector Molina``).
_APPOSED_DESCRIPTION_WORDS = 3


class PhraseReader(PressReader):
    """Reads the speaker phrase before or after a cue."""

    def _titled_mention_at(self, start: int) -> Mention | None:
        """The mention starting at ``start``, or after up to two titles opening it there
        (``said the lead author, Dr Helena Marsh``: the entity annotator's mention starts at
        ``Helena``)."""
        at = start
        for _ in range(3):
            mention = self._mention_starting(at)
            if mention is not None:
                return mention
            title = _TITLE_WORD.match(self.masked, at)
            if title is None or not (
                title.group(1) in COURTESY
                or title.group(1) in gz.ROLE_WORDS
                or title.group(1) in gz.HONORIFICS
            ):
                return None
            at = title.end()
        return None

    def _before_relative(self, start: int, end: int) -> int:
        """``end``, or the end of the person named right before a relative clause that runs up
        to ``end`` and closes with a comma there (``Kit, qui a épousé Rose Leslie, covedette
        de la série, a avoué``: Kit speaks, not a name inside the clause). A body or a noun
        before the clause is left as it was (``Питер Мартин из компании CGA, которая ...``:
        the relative is the company's, the person before it speaks)."""
        relatives = self.press.relatives
        if not relatives:
            return end
        low = max(start, end - _RELATIVE_REACH)
        if self.masked.count(",", low, end) < 2:
            return end  # (a clause set off needs a comma before it and one closing it)
        words = self._head_words(low, end)
        while words and words[-1][0].lower() in self.cues.auxiliaries:
            words.pop()
        if not words or words[-1][0] != ",":
            return end
        for index in range(1, len(words) - 2):
            if words[index][0] == "," and words[index + 1][0].lower() in relatives:
                if any(w[0] in ".;:!?§" for w in words[index + 1 :]):
                    return end  # the clause is no longer one sentence's
                name = words[index - 1]
                named = self.within(name[1] - _NAME_REACH, words[index][1])
                person = next((m for m in reversed(named) if m.end == name[2]), None)
                if person is not None and person.type == "person":
                    # ``La femme de Paul Girard, qui ...,``: the person must head the subject.
                    return person.end if self._heads_subject(start, person.start) else end
                opening = self.masked[max(start, name[1] - 2) : name[1]].strip(" \u00a0")
                if name[0][:1].isupper() and person is None and opening in ("", "\n"):
                    return name[2]  # ``Moualem, qui est ...,`` opening the sentence
                return end
        return end

    def _heads_subject(self, start: int, at: int) -> bool:
        """Whether the person named at ``at`` heads its clause: only articles and titles or
        roles stand before it there (``la ministre Claire Martin``; not ``la femme de``, ``la
        délégation reçue par``, ``l'avocat de``, whose person is no subject)."""
        profile = self.cues.profile
        words = self._head_words(max(start, at - _NAME_REACH), at)
        opening = max((i + 1 for i, w in enumerate(words) if not w[0][:1].isalnum()), default=0)
        articles = self.press.definite | self.press.indefinite
        if profile is None:
            return False
        plain = [self.press.elided_article.sub("", w.lower(), count=1) for w, _, _ in words]
        return all(not w or w in articles or w in profile.roles for w in plain[opening:])

    def _shared_subject(self, start: int, end: int, cue: str) -> Speaker | None:
        """The subject of a cue joined to the verb before it by ``and`` (``[quotes]
        shared_subject_conjunctions``): ``Министр отметил важность встречи с Хаканом Фиданом
        и добавил:`` is the minister's, not the person named in an oblique case between.
        Languages whose names take case endings only (a dictionary reads their verbs)."""
        profile = self.cues.profile
        if profile is None or not self.press.cased_names:
            return None
        conjunctions = language(profile.code).words("quotes", "shared_subject_conjunctions")
        words = list(_CLAUSE_WORD.finditer(self.masked, start, end))
        if len(words) < 3 or words[-1].group(0).lower() not in conjunctions:
            return None
        if "," in self.masked[words[-2].end() : words[-1].start()]:
            # (a comma before "and" closes a clause put in after the first verb: ``Лавров
            # заявил, что Фидан приехал, и добавил`` shares the verb before the first comma)
            comma = self.masked.find(",", start, end)
            words = [w for w in words if w.end() <= comma] + words[-1:]
        # (the nearest verb before: ``Майорга утверждает, что ... Роналду упал ... и сказал``
        # is Роналду's)
        verb = next(
            (
                w
                for w in reversed(words[1:-1])
                if morphology.reads_as_verb(w.group(0), profile.code)
            ),
            None,
        )
        if verb is None:
            return None
        return self._read_phrase_before(start, verb.start(), cue)

    def phrase_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase ending at ``end`` (the subject of the cue)."""
        found = self._read_phrase_before(start, end, cue)
        if found is None and self.cues.profile is None:
            # ``In a statement, the festival said``, no festival named: the body as written.
            tokens = Backwards(self.masked, start, end)
            skipped = self._tail_skipped(tokens)
            last = tokens[skipped]
            if last is not None and last[0] in INSTITUTION_NOUNS:
                # (The body the sentence before names as its subject first: ``The Festival
                # de Cannes said in a statement ... "...," the festival said``.)
                # A company's institution noun (``the utility``) made its words in a
                # statement: as written after a quotation too, as a company's noun below.
                stated = last[0] in COMPANY_NOUNS and self._in_document(start, end)
                found = self._issuer_before(tokens, skipped, cue) or self._institution(
                    tokens, skipped, cue, written=True, stated=stated
                )
            elif last is not None and last[0] in COMPANY_NOUNS and self._in_document(start, end):
                # ``In a statement, the airline said``, no company found for it: as written
                # (only in a statement: a standfirst's ``The company called the probe "..."``
                # is the company the story names below; and no public body the sentence
                # before names stands for it). The same after a quotation (``"...," the
                # airline said in a statement``).
                found = self._institution(tokens, skipped, cue, written=True, stated=True)
        if found is not None and self.cues.profile is None and not found.anonymous:
            found = self._whole_subject(start, end, found) or found
        return found

    def _qualified_end(self, subject: int, end: int) -> int:
        """Where a subject ending at ``subject`` ends with its qualifier (``A person close to
        her said ... and called``: before the first clause's cue, not at ``person``): the
        words after it open with an unnamed source's qualifier (``[quotes] qualifiers``) and
        a cue follows before ``end``; else ``subject``."""
        following = " ".join(self.masked[subject:end].split()[:3]).lower()
        if not following.startswith(_QUALIFIERS):
            return subject
        cue = self.cue.search(self.masked, subject, end)
        return subject if cue is None else len(self.masked[: cue.start()].rstrip())

    def _stated_in(self, noun: str, at: int) -> Speaker | None:
        """``In a statement, the force said it had referred itself ... "...," the statement
        said``: the subject of the cue in the sentence, in the paragraph before ``at`` or the one
        before it, that last names the document ``noun`` as what its cue's words came in, after
        its cue (``Thames Water said in a statement``) or opening it (``In a statement, ...``),
        when the subject there is no place."""
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        if index < 0:
            return None
        low = self.paragraphs[max(index - 1, 0)][0]
        named = [
            m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", self.masked[low:at], re.I)
        ]
        if not named:
            return None
        where = low + named[-1]
        start = max(
            low, self.masked.rfind(". ", low, where) + 2, self.masked.rfind("\n", low, where) + 1
        )
        stops = [
            e
            for e in (self.masked.find(". ", where, at), self.masked.find("\n", where, at))
            if e >= 0
        ]
        cue = self.cue_index.search(start, min(stops) if stops else at)
        if cue is None:
            return None
        if where < cue.start():
            # ``In a statement, the force said``; not ``A memo seen by Reuters shows`` (the
            # document is the subject) nor ``rejected the statement, and Ann Roe said``.
            made_in = _MADE_IN.fullmatch(self.masked, start, where)
        else:
            # ``said in a statement``; not ``said she had not read the statement``.
            made_in = _MADE_IN.search(self.masked, cue.end(), where)
            if made_in is not None and made_in.start() - cue.end() > _MADE_IN_REACH:
                made_in = None
        if made_in is None:
            return None
        found_speaker = self.phrase_before(start, cue.start(), cue.group())
        if found_speaker is None or (
            found_speaker.anonymous and not start <= found_speaker.start < cue.start()
        ):
            return None  # (a source described before: not this sentence's subject)
        if not found_speaker.anonymous and own_clause_subject(
            self.masked, found_speaker.end, cue.start()
        ):
            # ``Ivo Hale was taken to hospital, the ambulance service said in a statement``:
            # the name is a passive's subject, not the cue's; it made no statement.
            return None
        if any(r.type == "place" and r.name == found_speaker.name for r in self.referents):
            return None  # ``the force`` read as the town it polices: no body known
        return found_speaker

    def _in_document(self, start: int, end: int) -> bool:
        """Whether the clause of the cue at ``end`` says its words came in a document (``In a
        statement,`` before its subject, ``said in a statement`` after its cue)."""
        low = max(start, end - _DOCUMENT_REACH)
        return _DOCUMENT_WORD.search(self.masked, low, end + _DOCUMENT_REACH) is not None

    def _whole_subject(self, start: int, end: int, found: Speaker) -> Speaker | None:
        """``found`` under the whole subject of the cue ending at ``end`` (past a relative
        clause and the words between a subject and its cue), when the entity annotator typed
        only a part of it (see :func:`whole_subject`)."""
        relative = RELATIVE.search(self.masked, start, end)
        cut = relative.start() if relative is not None else end
        tokens = Backwards(self.masked, start, cut)
        last = tokens[self._tail_skipped(tokens)]
        if last is None:
            return None
        stop = last[2]
        number = _NUMBER_AFTER.match(self.masked, stop, cut)  # ``Lodge 44``
        stop = number.end() if number is not None else stop
        return whole_subject(self.masked, self.text, start, stop, found, self.within(start, stop))

    def _subject_phrase(self, start: int, end: int, cue: str) -> Speaker | None:
        return self.phrase_before(start, end, cue)

    def _relative_antecedent(
        self, tokens: Backwards, skipped: int, start: int, cue: str
    ) -> Speaker | None:
        """``Harbor Point Capital, which called ...``, ``the electoral service Servel, which in a
        letter described ...``: a relative pronoun standing for a body, perhaps with a
        prepositional phrase before the cue, speaks for the noun phrase before its comma
        (English only)."""
        for back in range(skipped, skipped + _RELATIVE_PHRASE_WORDS + 1):
            word = tokens[back]
            if word is None or not word[0][:1].isalnum():
                return None
            if word[0].lower() not in _BODY_RELATIVES:
                continue
            comma = tokens[back + 1]
            after = tokens[back - 1] if back > skipped else None
            if comma is None or comma[0] != "," or (after is not None and after[0] not in PP_WORDS):
                return None
            return self.phrase_before(start, comma[1], cue)
        return None

    def _self_named(self, start: int, comma: int, end: int, cue: str) -> Speaker | None:
        """``A parent, who wanted to be known only as Madam Lee, said``, ``a retired engineer
        who gave only his first name, Phil, said``: an unnamed source (an indefinite
        determiner opens the subject) that names itself at the end of its relative clause
        (after a word of ``[quotes] self_naming_words``) speaks under that name, unless the
        entity annotator read it as a body or a place (English only)."""
        subject = self.masked[start:comma].split()
        if not subject or subject[0].lower() not in INDEFINITE:
            return None
        named = _SELF_NAMED.search(self.masked, comma, end)
        if named is None or named.group("before").lower() not in _SELF_NAMING_WORDS:
            return None
        at, stop = named.span("name")
        if any(m.type != "person" for m in self.within(at, stop)):
            return None
        name = self.text[at:stop]
        return Speaker(name, name, at, stop, cue)

    def _demonstrative_after(self, at: int, stop: int, cue: str) -> Speaker | None:
        """A demonstrative after a cue points back (``[quotes] demonstratives``): with a word
        of ``[quotes] latter_words`` to the person of its gender named last (``», a assuré ce
        dernier``), with a description noun to the person of its gender the sentence before
        opens with (``Pierre Caradec range ses cagettes. « ... », soupire ce commerçant``), as a
        joined pronoun does; ``None`` when neither is found (the phrase is read as written).
        The name alone is given: the role words before it may be another clause's."""
        tokens = [
            (m.group(0), m.start() + at, m.end() + at)
            for m in itertools.islice(WORD.finditer(self.masked[at:stop]), 2)
        ]
        if len(tokens) < 2:
            return None
        gender = self.press.demonstratives.get(tokens[0][0].lower())
        if gender is None:
            return None
        start, (word, _, end) = tokens[0][1], tokens[1]
        noun = word.rstrip(".")  # (``ce dernier.``: the sentence's stop read with the word)
        end -= len(word) - len(noun)
        if noun.lower() in self.press.latter:
            referent = self._nearest(start, ("person",), gender=gender)
        elif self._described_head(noun):
            referent = self.subject_before(start, gender)
            if referent is not None and referent.position < self.masked.rfind("\n", 0, start):
                referent = None  # (the sentence before in the paragraph before: too far)
        else:
            return None
        if referent is None:
            return None
        return Speaker(referent.name, self.text[start:end], start, end, cue)

    def _one_of_them(self, at: int, stop: int, cue: str) -> Speaker | None:
        """A phrase of ``[quotes] one_of_them`` after a cue (``», ha explicado una de ellas``,
        ``», a confié l'un d'eux``): one of the unnamed sources the sentence before brings in
        (see :meth:`source_before`), credited as those sources."""
        phrases = self.press.one_of_them
        if not phrases:
            return None
        start = at + len(self.masked[at:stop]) - len(self.masked[at:stop].lstrip(" \u00a0"))
        written = self.masked[start:stop].replace("’", "'").lower()
        phrase = next(
            (
                p
                for p in sorted(phrases, key=len, reverse=True)
                if written.startswith(p) and not written[len(p) : len(p) + 1].isalpha()
            ),
            None,
        )
        if phrase is None:
            return None
        source = self.source_before(start)
        if source is None or len(source.split()) > _ONE_OF_SOURCE_WORDS:
            return None  # (a source read up to its sentence's end: no description)
        end = start + len(phrase)
        return Speaker(source, self.text[start:end], start, end, cue, anonymous=True)

    def _restated_subject(self, tokens: Backwards, skipped: int) -> int | None:
        """Where the subject a pronoun set off by commas restates ends (the first comma),
        when ``tokens[skipped]`` is such a pronoun, personal or tonic (``La CGT, elle, a``,
        ``Le Medef, lui, a``); ``None`` otherwise."""
        token, after, comma = tokens[skipped], tokens[skipped - 1] if skipped else None, None
        if token is None or after is None or after[0] != ",":
            return None
        word = token[0].lower()
        if word not in self.cues.pronouns and word not in self.press.according_pronouns:
            return None
        comma = tokens[skipped + 1]
        before = tokens[skipped + 2]
        if comma is None or comma[0] != "," or before is None or not before[0][:1].isalpha():
            return None
        return comma[1]

    def _stressed_pronoun(self, tokens: Backwards, skipped: int) -> tuple[str, int, int] | None:
        """The subject pronoun, as ``(word, start, end)``, that only a word stressing it and
        object pronouns set apart from the cue (``[quotes] subject_intensifiers`` and
        ``verb_clitics``: ``Ella misma lo resumió``, ``Él mismo reconoció``, ``Ella lo
        explicó``), or that such a word is joined to by a hyphen (``Elle-même a reconnu``);
        ``None`` when the words before the cue are anything else."""
        press = self.press
        if not (press.intensifiers or press.verb_clitics):
            return None
        token = tokens[skipped]
        if token is None:
            return None
        head, hyphen, tail = token[0].partition("-")
        if hyphen and tail.lower() in press.intensifiers and head.lower() in self.cues.pronouns:
            return head, token[1], token[1] + len(head)
        at = skipped
        while (token := tokens[at]) is not None and token[0].lower() in press.verb_clitics:
            at += 1
        if token is not None and token[0].lower() in press.intensifiers:
            at += 1
            token = tokens[at]
        if at == skipped or token is None or token[0].lower() not in self.cues.pronouns:
            return None
        # ``A ella le dijo el juez``: a pronoun after a preposition (``[quotes]
        # verb_prepositions``) is the one spoken to, never the subject.
        before, profile = tokens[at + 1], self.cues.profile
        if (
            before is not None
            and profile is not None
            and before[0].lower() in quote_words(profile.code, "verb_prepositions")
        ):
            return None
        return token

    def _place_of_role(self, start: int, mention: Mention, cue: str) -> Speaker | None:
        """The unnamed holder of a role, described as written, when ``mention``, the name
        right before a cue, is a place a role noun or a noun of ``[quotes] description_nouns``
        holds through a role link (``[quotes] role_links``: ``El alcalde de Gijón``, ``Le
        bourgmestre de Charleroi``) with its article before it: the mayor speaks, never the
        town (languages with their own data only); ``None`` otherwise, and for a body's noun
        (``Le conseil de Paris``), which is the town speaking."""
        profile = self.cues.profile
        if profile is None or mention.type != "place":
            return None
        before = Backwards(self.masked, start, mention.start)
        link, noun, article = before[0], before[1], before[2]
        if link is None or noun is None or article is None:
            return None
        if (
            link[0].lower() not in quote_words(profile.code, "role_links")
            or not noun[0].islower()
            or not (
                self._role_noun(noun[0])
                or noun[0].lower() in quote_words(profile.code, "description_nouns")
            )
            # ``Le conseil de Paris``, ``La comisión de Bruselas``: a body's noun (``[entities]
            # org_leads``, ``[quotes] organisation_nouns``), the town's own voice, no office.
            or noun[0].lower() in profile.org_leads
            or self._body_noun(noun[0])
            or article[0].lower() not in self.press.definite
        ):
            return None
        written = self.text[article[1] : mention.end]
        return Speaker(" ".join(written.split()), written, article[1], mention.end, cue,
                       anonymous=True)  # fmt: skip

    def _tail_skipped(self, tokens: Backwards) -> int:
        """How many words at the end of ``tokens`` stand between a subject and its cue
        (``has also``, ``on Tuesday``)."""
        skipped = 0
        while True:
            while (token := tokens[skipped]) is not None and (
                token[0].lower() in SKIPPABLE or token[0].endswith(self.cues.adverb_endings)
                or token[0].lower() in self.cues.auxiliaries
                or token[0].lower() in self.cues.skippable
                or token[0] in gz.CALENDAR or token[0] in ",."
                or (token[0][:1].isdigit() and not AGE_NOUN.fullmatch(token[0]))
            ):  # fmt: skip
                skipped += 1
            placed = self._place_after_person(tokens, skipped)
            if not placed:
                return skipped
            skipped += placed

    def _place_after_person(self, tokens: Backwards, at: int) -> int:
        """How many words from ``tokens[at]`` back make a name after a preposition of place
        (``[quotes] cue_place_prepositions``) that stands between a person's name and the cue,
        in a language whose names take case endings: ``Олег Петренко у Telegram назвав``,
        ``Иван Петров в Москве заявил`` (where the words went out or were said, not who said
        them); 0 for anything else: a person named after the place speaks, and a person before
        it not in the nominative is no subject (``После встречи с Владимиром Путиным в Кремле
        Дмитрий Песков заявил``)."""
        press, profile = self.press, self.cues.profile
        if not press.cased_names or not press.cue_places or profile is None:
            return 0
        lone = tokens[at]
        preposition, before = tokens[at + 1], tokens[at + 2]
        if (
            lone is not None
            and lone[0].isalpha()
            and lone[0].islower()
            and not self._role_noun(lone[0])
            and preposition is not None
            and preposition[0] in press.cue_places
            and before is not None
            and before[0].isalpha()
            and self._role_noun(before[0])
            and morphology.reads_in_case(before[0], profile.code, "nomn")
        ):
            # ``Прокурор в суде заявил``: where a role's holder spoke (one lower-case noun); a
            # role in another case is no subject (``Судье в письме пожаловался адвокат``).
            return 2
        count = 0
        joiners = language(profile.code).words("entities", "list_joiners")
        while (token := tokens[at + count]) is not None and count < 5:
            if count and token[0] in joiners and _capitalised(tokens[at + count + 1]):
                count += 1  # (``в Telegram и Facebook``: two names after one preposition)
                continue
            if not token[0][:1].isupper():
                break
            mention = self._mention_ending(token[2])
            if mention is not None and mention.type == "person":
                return 0
            count += 1
        preposition, person = tokens[at + count], tokens[at + count + 1]
        if not count or preposition is None or person is None:
            return 0
        if preposition[0] not in press.cue_places:  # (in lower case: no sentence's opening)
            return 0
        mention = self._mention_ending(person[2])
        if mention is None or mention.type != "person":
            return 0
        written = " ".join(self.text[mention.start : mention.end].split())
        return count + 1 if nominative_name(written, self.cues) == written else 0

    def _read_phrase_before(self, start: int, end: int, cue: str) -> Speaker | None:
        shared = self._shared_subject(start, end, cue)
        if shared is not None:
            return shared
        if self.cues.profile is not None:
            start = self.verb_second_subject(start, end)  # ``Nach dem Spiel hat der Trainer``
            if self.reported_before_cue(start, end):
                return None  # ``Das sei ein Fehler, räumte er ein``: what was said
        press = self.press_subject(start, end, cue) if self.cues.profile is not None else None
        if press is not None:
            return press  # ``Une source diplomatique a confié``, ``a-t-il ajouté``
        if self.cues.profile is not None:
            end = self._before_relative(start, end)
        restrictive = (
            _RESTRICTIVE.search(self.masked, start, end)
            if self.cues.profile is None
            and (
                any(self.masked.find(gap, start, end) >= 0 for gap in _PERSON_RELATIVE_GAPS)
                or self.masked.find("ing ", start, end) >= 0
            )
            else None
        )
        if restrictive is not None and (
            self._role_noun(restrictive.group("noun"), people_only=True)
            or restrictive.group("noun") in UNNAMED_SOURCES
        ):
            end = restrictive.start("who")  # ``An employee who has worked there for years said``
        relative = RELATIVE.search(self.masked, start, end)
        if relative is not None and self.cues.profile is None:
            self_named = self._self_named(start, relative.start(), end, cue)
            if self_named is not None:
                return self_named
        if relative is not None:
            # The comma is kept: ``Saba Mozakka, the daughter of Behnaz Mozakka, who died ...,
            # said`` is an apposition, whose first name speaks.
            end = relative.start() + 1
        # The words from the last back, split only as far as read (the subject is at the end).
        tokens = Backwards(self.masked, start, end)
        skipped = self._tail_skipped(tokens)  # (``has also``, ``on Tuesday``)
        token = tokens[skipped]
        if (
            token is not None
            and token[0] in _INFINITIVE_MARKERS
            and self.cues.profile is None
            and (verb := tokens[skipped + 1]) is not None
        ):
            # ``He went on to say that``, ``she continued to insist``: the verb before ``to``
            # has the cue's subject.
            back = skipped + 2 if verb[0] in _CATENATIVE_PARTICLES else skipped + 1
            verb = tokens[back]
            if verb is not None and verb[0].lower() in _CATENATIVES:
                skipped = back + 1
                while (token := tokens[skipped]) is not None and (
                    token[0].lower() in SKIPPABLE or token[0].endswith(self.cues.adverb_endings)
                ):
                    skipped += 1
        if token is None:
            return None
        last, s, e = token
        if self.cues.profile is None and last.islower():
            counted = _COUNTED_GROUP.search(self.masked, max(start, e - _COUNTED_REACH), e)
            if counted is not None and self._role_noun(
                counted.group("noun")[:-1], people_only=True
            ):
                # ``the leaders of 38 emergency departments said``: several unnamed people,
                # described as written (not a body named before them).
                group = self.text[counted.start("np") : e]
                return Speaker(
                    " ".join(group.split()), group, counted.start("np"), e, cue, anonymous=True
                )
        if last in _PERSON_RELATIVES and self.cues.profile is None:
            # ``..., the president, who commented during the rally:``: the relative pronoun's
            # antecedent, the noun phrase before the comma.
            comma = tokens[skipped + 1]
            if comma is not None and comma[0] == ",":
                return self.phrase_before(start, comma[1], cue)
        if self.cues.profile is None:
            antecedent = self._relative_antecedent(tokens, skipped, start, cue)
            if antecedent is not None:
                return antecedent
        if last in CLAUSE_CONJUNCTIONS and self.cues.profile is None:
            # ``The minister instead highlighted ... and added:``: a second verb of the
            # sentence's subject, read from the sentence's opening noun phrase.
            subject = _coordinated_subject(self.masked, start, s)
            if subject <= start:
                return None
            qualified = self._qualified_end(subject, s)
            found = self.phrase_before(start, qualified, cue) if qualified != subject else None
            # (``Officials close to the talks``, read as no speaker: the subject without it)
            return found or self.phrase_before(start, subject, cue)
        if self.cues.profile is None and (
            last in _PARTITIVE_PRONOUNS or last in UNNAMED_SOURCES or plural_source(last)
        ):
            partitive = self._partitive(tokens, skipped, cue)
            if partitive is not None:
                return partitive
        if self.cues.profile is None and last.lower() in self.cues.pronouns:
            close = _CLOSE_TO_PRONOUN.search(self.masked, max(start, s - _NAME_REACH), s)
            noun = close.group("noun").lower() if close is not None else ""
            if close is not None and (noun in SOURCE_NOUNS or plural_source(noun)):
                # ``sources close to him insist``: the sources, described as written, speak;
                # the pronoun is whom they are close to.
                source = self.text[close.start() : e]
                return Speaker(anonymous_name(source), source, close.start(), e, cue,
                               anonymous=True)  # fmt: skip
        restated = self._restated_subject(tokens, skipped) if self.cues.profile else None
        if restated is not None:
            # ``La CGT, elle, a dénoncé``, ``Le maire, lui, a promis``: a pronoun set off by
            # commas restates the subject before it, who speaks.
            return self.phrase_before(start, restated, cue)
        if (
            self.cues.profile is None
            and (last.lower() in self.cues.pronouns or last.lower() in OTHER_PRONOUNS)
            and self.masked[e:end].lstrip().startswith(",")
        ):
            # ``Ann Roe, a historian who knew him, called``: the pronoun closes an apposition;
            # the name before it speaks.
            appositive = self._apposed_speaker(start, end, cue)
            if appositive is not None:
                return appositive
        stressed = self._stressed_pronoun(tokens, skipped)
        if stressed is not None:
            return self._pronoun(*stressed, cue)
        if last.lower() in self.cues.pronouns or last.lower() in OTHER_PRONOUNS:
            return self._pronoun(last, s, e, cue)
        if self.cues.profile is None and last in ISSUER_NOUNS:
            issuer = self._issuer_before(tokens, skipped, cue)
            if issuer is not None:
                return issuer
        if self.cues.profile is None and last in INSTITUTION_NOUNS:
            institution = self._institution(tokens, skipped, cue)
            if institution is not None:
                return institution
        if self.cues.profile is None and last.lower() in _INDEFINITE_LAST:
            region = self.masked[start:e]
            at = e - len(region.lstrip(" ,\u00a0—–-\n"))
            commenter = " ".join(self.text[at:e].lower().split())
            if commenter in INDEFINITE_SPEAKERS:
                # ``"...," one wrote``, ``Another commented:``: an unnamed commenter, the
                # phrase itself (never whoever was named last).
                return Speaker(commenter, self.text[at:e], at, e, cue, anonymous=True)
        unnamed = self._qualified_subject(start, e, cue) if self.cues.profile is None else None
        if unnamed is None and self.cues.profile is None and last.islower():
            unnamed = self._body_tail(tokens, skipped, cue)  # ``the weather service said``
        if unnamed is not None:
            return unnamed
        kin = self._kin(start, end, cue) if self.cues.profile is None else None
        if kin is not None:
            return kin
        appositive = self._apposed_speaker(start, end, cue)
        if appositive is not None:
            return appositive
        mention = self._mention_ending(e)
        office = self._place_of_role(start, mention, cue) if mention is not None else None
        if office is not None:
            return office  # ``El alcalde de Gijón dijo``: the mayor speaks, not the town
        if mention is not None and self.cues.profile is None:
            held = _HELD_BY_SOURCE.search(
                self.masked, max(start, mention.start - 60), mention.start
            )
            if held is not None:
                # ``A source close to Peter Jones said``: the name is the object of a
                # preposition inside an unnamed source's description, which speaks.
                source = self.text[held.start("np") : e]
                return Speaker(anonymous_name(source), source, held.start("np"), e, cue,
                               anonymous=True)  # fmt: skip
            close = _CLOSE_TO_PRONOUN.search(
                self.masked, max(start, mention.start - _NAME_REACH), mention.start
            )
            noun = close.group("noun").lower() if close is not None else ""
            if close is not None and (noun in SOURCE_NOUNS or plural_source(noun)):
                # ``Sources close to Ann Roe say``: the sources speak, as after a pronoun.
                source = self.text[close.start() : e]
                return Speaker(anonymous_name(source), source, close.start(), e, cue,
                               anonymous=True)  # fmt: skip
        if mention is not None and self.cues.profile is None and mention.type == "person":
            # ``Prime Minister Ann Roe and industry minister Ben Lee announced``: the first of
            # two people coordinated as the subject speaks.
            mention = self._first_of_pair(start, mention) or mention
        if mention is not None and self.cues.profile is None and mention.type == "person":
            # ``Rajanews.com, a news website run by supporters of Ahmadinejad said``: the name
            # before an apposition the article left unclosed speaks, not the object inside it.
            apposed = self._unclosed_apposition(start, mention.start, cue)
            if apposed is not None:
                return apposed
        if mention is not None and self.cues.profile is None:
            # ``Dan Ives of Wedbush Securities told CNBC``: the person of the body speaks.
            mention = self._person_of(mention, described=mention.type == "person") or mention
        if mention is not None and self.cues.profile is None and mention.type != "person":
            # ``Ann Roe, president and CEO of Acme Air said``: the body closes an apposition
            # the article left open; the person before it speaks.
            apposed = self._role_apposition(start, (mention.start, mention.end), cue)
            if apposed is not None:
                return apposed
        if mention is not None and self.cues.profile is None:
            described = self._described(start, mention, cue)
            if described is not None:
                return described
        if mention is not None and self.cues.profile is None and mention.type != "person":
            # ``Marcus Bell, 23, of Decatur, said``: the place or body closes an apposition
            # to the person named before it, who speaks.
            holder = self._apposition_holder(start, mention, end)
            if holder is not None:
                return self._named(holder, cue)
        if mention is not None:
            return self._named(mention, cue)
        if self.cues.profile is None and (
            last in gz.DEMONYMS
            or AGE_NOUN.fullmatch(last)
            or last.lower() in EPITHETS
            or _ranked(tokens, skipped)
        ):
            # ``the American added``, ``the 22-year-old said``, ``The Los Angeles Democrat
            # asserted``: the story's subject, named by what she is.
            back = skipped + 1
            # (an age may open the epithet: ``the 22-year-old Pole``, ``the 22-year-old world
            # No 41``)
            while (
                (second := tokens[back]) is not None
                and (
                    second[0][:1].isupper()
                    or _ranking_word(second[0])
                    or AGE_NOUN.fullmatch(second[0])
                )
                and second[0] not in _DEFINITE_CAPITALISED
                and back <= skipped + 3
            ):
                back += 1
            if (
                second is not None
                and second[0] in _DEFINITE_CAPITALISED
                and _mid_sentence(self.masked, second[1])
            ):
                # ``On Sunday, The Australian reported``: a capital ``The`` inside a sentence
                # opens a title, a publication's name.
                name = self.text[second[1] : e]
                return Speaker(name, name, second[1], e, cue)
            if second is not None and second[0].lower() in DEFINITE:
                # (``the world No 14``: the number skipped as a tail ends the epithet)
                number = tokens[skipped - 1] if _ranked(tokens, skipped) else None
                stop = number[2] if number is not None else e
                return self._role(second[1], stop, cue, epithet=True)
        if self.cues.profile is None and last[:1].isupper():
            untyped = self._untyped_body(start, tokens, skipped, cue)
            if untyped is not None:
                return untyped
            stating = self._stating_body(start, e, end, cue)
            if stating is not None:
                return stating
        unlabelled = (
            self._unlabelled(start, e, cue, backward=True) if self.cues.profile is None else None
        )
        if unlabelled is not None:
            return unlabelled
        if (
            self.cues.profile is None
            and re.fullmatch(r"[A-Z][a-z][\w’'\-]*", last)
            and last not in gz.CALENDAR
            and last not in LONE_NOT_NAMES  # ``Somebody called it``
            and last.lower() not in DETERMINERS
            and not self._role_noun(last)
            and (
                (second := tokens[skipped + 1]) is None
                or not second[0][:1].isalnum()
                or second[0] in CLAUSE_OPENERS  # ``when Kim pledged``
                or (
                    second[0] in _DEFINITE_CAPITALISED
                    and ((third := tokens[skipped + 2]) is None or not third[0].isalnum())
                )
            )
        ):
            # ``Boeing said it remained "..."``: a one-word subject left untyped, opening its
            # sentence or clause.
            return Speaker(last, last, s, e, cue)
        if (
            self.cues.profile is not None
            and self.press.proper_capitals
            and last[:1].isupper()
            and last[1:].islower()
            and last.isalpha()
            and not self._role_noun(last)
            and ((second := tokens[skipped + 1]) is None or not second[0][:1].isalnum())
            and self._mention_ending(e) is None
            and self._proper_word(last)
        ):
            # ``Что касается беженцев, Муалем сказал``: in a language that capitalises only
            # names, a one-word subject the entity annotator left untyped speaks, not a place
            # named earlier in the sentence.
            return Speaker(last, last, s, e, cue)
        if self.cues.profile is None and last in BODY_KINDS:
            body = self._body_by_kind(tokens, skipped, cue)
            if body is not None:
                return body
        if self.cues.profile is None and last[:1].islower():
            back = skipped
            while back < skipped + 5 and (word := tokens[back + 1]) is not None:
                if word[0].lower() in ARTICLE_WORDS:
                    phrase = [tokens[i] for i in range(back + 1, skipped - 1, -1)]
                    document = self._document([t for t in phrase if t is not None], e)
                    if document is not None:
                        return attrs.evolve(document, cue=cue)
                    break
                if not word[0].isalpha() or not word[0].islower():
                    break
                back += 1
        if self._role_noun(last):
            # The noun phrase: back over at most six words, up to a determiner.
            first, back = token, 0
            while back < 8:
                word = tokens[skipped + back + 1]
                if word is not None and self._body_connector(
                    word[0], first, tokens, skipped + back
                ):
                    # ``A Ministry of Defence spokesman``: a body's name, read whole.
                    first, back = word, back + 1
                    continue
                if word is not None and self._clause_demonstrative(word[0], tokens, skipped + back):
                    first, back = word, back + 1  # ``..., that official said``
                    break
                if word is None or not _np_word(word[0]) or (back == 6 and word[0][:1].islower()):
                    break
                first, back = word, back + 1
                if word[0].lower() in DETERMINERS:
                    break
            np_start = first[1]
            person_before = self._appositive_person(start, np_start)
            if person_before is not None and first[0].lower() in INDEFINITE:
                return self._named(person_before, cue)
            if person_before is not None and self._apposed_to(person_before, np_start):
                # ``Jane Fraser, the chief executive, said``: the name before it.
                named = self._named(person_before, cue)
                role = named.role or " ".join(self.text[np_start:e].split()[1:]) or None
                return attrs.evolve(named, role=role)
            if self.masked[start:np_start].rstrip().endswith(","):
                # ``Ann Lee, chair of Local 12, Dock Workers union said``: the union is hers.
                apposed = self._role_apposition(start, (np_start, e), cue)
                if apposed is not None:
                    return apposed
            before_np = tokens[skipped + back + 1]
            if before_np is not None and before_np[0] in _EMPLOYER_PREPOSITIONS:
                # ``A reporter for the Al Jazeera news agency said``: the body is the
                # reporter's; the reporter speaks.
                described = self._described_before(start, e, cue)
                if described is not None:
                    return described
            return self._role(np_start, e, cue) or self._described_before(start, e, cue)
        if self.cues.profile is None:
            possessed = self._possessed_body(start, e, cue)
            if possessed is not None:
                return possessed
            unknown = self._indefinite_subject(tokens, skipped, cue)
            if unknown is not None:
                return unknown
        described = self._described_before(start, e, cue)
        if described is not None:
            return described
        person = self._last_mention(start, end, ("person",))
        if person is not None and self.cues.profile is None:
            person = self._first_of_pair(start, person) or person
        if person is None and self.cues.profile is None:
            # ``Kent Page, a spokesman for UNICEF in Haiti, also weighed in``: an untyped name
            # opening the sentence with its apposition speaks, not a body or a place inside.
            untyped = self._unlabelled_subject(start, end)
            if untyped is not None:
                return attrs.evolve(untyped, cue=cue)
        person = person or self._last_mention(start, end, ("organisation", "place"))
        if (
            person is not None
            and self.cues.profile is not None
            and QUOTE_MASK in self.masked[person.end : end]
            and self.told_after_cue(person.start)
        ):
            # ``aseguró a Onda Cero que “...”, aunque advirtió``: the one told, whose clause
            # carried its quotation; not ``respondió a Pedro Gómez, que dijo``, where the one
            # told opens the next clause.
            return None
        return self._named(person, cue) if person else None

    def _possessed_body(self, start: int, end: int, cue: str) -> Speaker | None:
        """``Lithuania's central bank said``, ``NATO's peacekeeping force said``: a name's
        possessive and at most three lower-case words ending the subject at ``end``, their last
        no person's role noun: what the name owns speaks, described as written, not the name
        (``China's commerce ministry`` is read so after a place where its noun is a body's)."""
        named = [m for m in self.within(start, end) if m.end <= end]
        if not named:
            return None
        after = self.masked[end : end + len(cue) + 8].lstrip()
        if after.startswith(",") and after[1:].lstrip().startswith(cue):
            # ``Ann Roe questioned Ghana's scrum, telling reporters``: the object before a
            # participle's comma, not the subject of its cue.
            return None
        owner = named[-1]
        # The name's word with its ending, the entity annotator's mention having it or not.
        tail = self.text[owner.end : end]
        word_end = owner.end + next((i for i, c in enumerate(tail) if c.isspace()), len(tail))
        if not self.text[owner.start : word_end].endswith(_POSSESSIVE_ENDINGS):
            return None
        rest = self.text[word_end:end]
        words = rest.split()
        if (
            not 0 < len(words) <= _POSSESSED_WORDS
            or not rest[:1].isspace()
            or not all(_CLAUSE_WORD.fullmatch(w) and w.islower() for w in words)
            or self._role_noun(words[-1], people_only=True)
        ):
            return None
        phrase = self.text[owner.start : end]
        return Speaker(" ".join(phrase.split()), phrase, owner.start, end, cue)

    def _qualified_subject(self, start: int, end: int, cue: str) -> Speaker | None:
        """``A person familiar with the talks said:``, ``a senior official close to the family
        told Reuters``: an unnamed source whose description ends with what qualifies it is
        the whole subject (its last word is no role noun), credited as written."""
        high = bisect.bisect_left(self._positions, end)
        # The nearest few referents only: a subject's words are few (linear in an article).
        for index in range(high - 1, max(high - _QUALIFIED_REFERENTS, -1), -1):
            referent = self.referents[index]
            if referent.position < start:
                break
            if referent.type == "anonymous" and (
                anonymous_name(self.text[referent.position : end]) == referent.name
            ):
                phrase = self.text[referent.position : end]
                return Speaker(referent.name, phrase, referent.position, end, cue, anonymous=True)
        return None

    def _body_tail(self, tokens: Backwards, skipped: int, cue: str) -> Speaker | None:
        """``the weather service said`` after ``The National Weather Service in Denver said``:
        ``the`` and the last two or three words of an organisation named shortly before,
        written in lower case, are that organisation."""
        words: list[tuple[str, int, int]] = []
        for back in range(skipped, skipped + _BODY_TAIL_WORDS + 1):
            token = tokens[back]
            if token is None:
                return None
            if token[0].lower() in DEFINITE:
                break
            if not (token[0].isalpha() and token[0].islower()):
                return None
            words.append(token)
        else:
            return None
        if len(words) < 2:
            return None  # ``the service``: one word names too many bodies
        tail = [w for w, _, _ in reversed(words)]
        first, end = tokens[back], words[0][2]
        assert first is not None
        index = bisect.bisect_left(self._positions, first[1]) - 1
        for referent in self._referents_back(index):
            if referent.type != "organisation":
                continue
            named = referent.name.split()
            if len(named) > len(tail) and [w.lower() for w in named[-len(tail) :]] == tail:
                phrase = self.text[first[1] : end]
                return Speaker(referent.name, phrase, first[1], end, cue)
        return None

    def _clause_demonstrative(self, word: str, tokens: Backwards, back: int) -> bool:
        """Whether ``word`` (``tokens[back + 1]``) is a demonstrative opening its clause
        before a role noun (``"...," that official said``: as ``the official``), not the
        conjunction after a verb (``said that officials``). English only."""
        if self.cues.profile is not None or word.lower() not in _DEMONSTRATIVES:
            return False
        before = tokens[back + 2]
        return before is None or before[0] in (",", ".", ";", ":", QUOTE_MASK)

    def _apposition_holder(self, start: int, mention: Mention, end: int) -> Mention | None:
        """The person whose apposition the place or body ``mention`` closes before a cue at
        ``end``: ``Name, <words>, <preposition> [the] <mention>,`` (``Ann Roe, 41, of Leeds,``,
        ``Dantes, who plays her son, a nurse based in London,``); the mention is the object of
        the preposition, inside the commas, and no subject (English only)."""
        if not self.masked[mention.end : end].lstrip(" \u00a0").startswith(","):
            return None
        at = preposition_before(
            self.masked, start, self._city_before(start, mention), _OBJECT_PREPOSITIONS,
            ARTICLE_WORDS,
        )  # fmt: skip
        if at is None:
            return None
        person = self._last_mention(start, at, ("person",))
        if person is None:
            return None
        before = self.masked[start : person.start].split()
        if before and before[-1].islower() and not self._role_noun(before[-1]):
            # ``The family of Ann Roe, 41, of Leeds, said``, ``a lawyer representing ...``: the
            # person is an object, not the subject (``teacher Ann Roe`` is a role before her).
            return None
        between = self.masked[person.end : at]
        if not between.startswith(",") or any(mark in between for mark in ".!?;:\n"):
            return None
        return person

    def _body_holding(self, start: int, end: int) -> Mention | None:
        """The organisation whose name holds the word ``start:end`` and more words after it
        (``Nurses`` of ``Irish Nurses and Midwives Organisation``), if any."""
        body = self._mention_ending(end)
        if body is None or body.type != "organisation":
            return None
        return body if body.start <= start and body.end > end else None

    def _after_place_preposition(self, start: int, at: int) -> bool:
        """Whether the words from ``start`` to a name at ``at`` end with a preposition of place
        and maybe an article (``en``, ``à la``, ``in the``): the name after them is where the
        words were said (``[quotes] cue_place_prepositions``)."""
        if self.cues.profile is None:
            places, articles = CUE_PLACES, DEFINITE
        else:
            places, articles = self.press.cue_places, self.press.definite
        words = [w.lower() for w in WORD.findall(self.masked[start:at])[-2:]]
        if words and words[-1] in articles:
            words.pop()
        return bool(words) and words[-1] in places

    def _apposed_to_description(
        self, tokens: list[tuple[str, int, int]], end: int, cue: str
    ) -> Speaker | None:
        """``said the vendor, Hector Molina``, ``said the owner, Ann Lee``: after an inverted cue,
        ``the`` and at most three lower-case words, then a comma and a person's name: the named
        person speaks, the words before their name their role (English only)."""
        words = [t[0] for t in tokens[1:]]
        if not 1 <= len(words) <= _APPOSED_DESCRIPTION_WORDS or not all(
            w.isalpha() and w.islower() for w in words
        ):
            return None
        comma = re.match(r",[ \u00a0]*", self.masked[end : end + 3])
        apposed = self._titled_mention_at(end + comma.end()) if comma is not None else None
        if apposed is None or apposed.type != "person":
            return None
        speaker = self._named(apposed, cue)
        return attrs.evolve(
            speaker, role=speaker.role or " ".join(self.text[tokens[1][1] : end].split())
        )

    def _phrase_after(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase starting at ``start`` (``said X``, ``according to X``)."""
        # Every reading below, named or described, starts past the time (``», a déclaré lundi
        # le maire``: ``lundi`` is no part of the speaker).
        start = self.after_time(start, end)
        if self.cues.profile is not None:
            # ``», a soufflé le Drômois au micro de France Télévisions``: not the outlet.
            code = self.cues.profile.code
            end = medium_start(self.masked, start, end, code) or end
            # ``», explicó la alcaldesa a Onda Cero``: not the one told either.
            end = addressee_start(self.masked, start, end, code, self.within(start, end)) or end
        pointed = self._demonstrative_after(start, end, cue) if self.cues.profile else None
        if pointed is not None:
            return pointed  # ``», soupire ce commerçant``, ``», a assuré ce dernier``
        one = self._one_of_them(start, end, cue) if self.cues.profile else None
        if one is not None:
            return one  # ``», ha explicado una de ellas``
        press = self.press_after(start, end, cue) if self.cues.profile is not None else None
        if press is not None:
            return press  # ``a assuré un haut gradé``, ``so der CSU-Politiker``
        if self.cues.profile is not None and self.impersonal_after(start, end):
            return None  # ``», a-t-on entendu à droite``: no one named
        end = phrase_end(self.masked, start, end)
        tokens = [
            (m.group(0), m.start() + start, m.end() + start)
            for m in WORD.finditer(self.masked[start:end])
        ]
        if not tokens:
            return None
        first, s, e = tokens[0]
        if first.lower() in self.press.impersonal:
            return None  # ``„...“, hieß es in Berlin``: a statement of no body named
        owned = self._possessive_apposed(tokens, end, cue)
        if owned is not None:
            return owned  # ``said her coach, Ann Lee``, ``said his wife, Mary Okoro``
        if first.lower() in self.cues.pronouns:
            if (
                self.cues.profile is None
                and len(tokens) > 1
                and tokens[1][0].isalpha()
                and tokens[1][0].islower()
                and tokens[1][0] not in _PRONOUN_FOLLOWERS
            ):
                # ``calls X "hysterical," says he is unfit``: the pronoun opens a clause of
                # its own (the headline's subject said it), not an inverted ``said he``.
                return None
            return self._pronoun(first, s, e, cue)
        if (
            self.cues.profile is None
            and len(tokens) >= 3
            and first.lower() in _PARTITIVE_HEADS
            and tokens[1][0] in _PARTITIVE_LINKS
            and (
                tokens[2][0] in _PARTITIVE_PRONOUNS
                or (len(tokens) >= 4 and tokens[2][0] in DEFINITE)
            )
        ):
            # ``said one of the sources``: one of the unnamed sources named last.
            referent = self._nearest(s, ("anonymous",), plural=True)
            if referent is not None:
                last = tokens[2] if tokens[2][0] in _PARTITIVE_PRONOUNS else tokens[3]
                return Speaker(referent.name, self.text[s : last[2]], s, last[2], cue,
                               anonymous=True)  # fmt: skip
        document = self._document(tokens, end)
        if document is not None:
            return attrs.evolve(document, cue=cue)
        people = [m for m in self.within(start, end) if m.type == "person"]
        if people and self.cues.profile is None and first.lower() in INDEFINITE:
            # ``said a spokesperson for British Prime Minister Tony Blair``: the unnamed
            # spokesperson speaks for the person, who is not the speaker.
            nouns = [
                i for i, (word, _, word_end) in enumerate(tokens)
                if word_end <= people[0].start and self._role_noun(word, people_only=True)
            ]  # fmt: skip
            if nouns and nouns[0] + 1 < len(tokens) and tokens[nouns[0] + 1][0] in _REPRESENTING:
                people = []
        if people:
            # ``за словами речника Повітряних сил Юрія Ігната``: the full name, not a word of
            # a body the entity annotator took for a person.
            full = [m for m in people if " " in m.name.strip()]
            return self._named((full or people)[0], cue)
        if self.cues.profile is None and not self.within(s, e):
            unlabelled = self._unlabelled(s, end, cue, backward=False)
            if unlabelled is not None:
                return unlabelled  # ``said Nkechi Obiora-Lindqvist, a volunteer``
        opening = self._mention_starting(s) if self.cues.profile is None else None
        if opening is not None:
            later = next((t[0] for t in tokens if t[1] >= opening.end), None)
            if later is not None and later in PP_WORDS:
                # ``said Air France in a statement``: the name speaks; the phrase after it
                # says where (a document, a place), it is no role.
                return self._named(opening, cue)
        if self.cues.profile is None and first.lower() in DEFINITE:
            # ``said the 31-year-old``, ``said the Scot``: the story's subject named by what
            # he is, as before the cue (``the 22-year-old said``).
            # The epithet ends the noun phrase (``the Iranian Foreign Minister`` is a title,
            # ``the veteran coach of ...`` a role).
            for i, (word, _, e_word) in enumerate(tokens[1:4], 1):
                ends = i + 1 == len(tokens) or not (
                    tokens[i + 1][0][:1].isupper() or self._role_noun(tokens[i + 1][0])
                )
                if ends and (
                    word in gz.DEMONYMS or AGE_NOUN.fullmatch(word) or word.lower() in EPITHETS
                ):
                    return self._role(s, e_word, cue, epithet=True)
                if not word[:1].isupper():
                    break
            apposed_name = self._apposed_to_description(tokens, end, cue)
            if apposed_name is not None:
                return apposed_name  # ``said the vendor, Hector Molina``
        for i, (word, s_word, e_word) in enumerate(tokens):
            if self._role_noun(word):
                body = self._body_holding(s_word, e_word) if self.cues.profile is None else None
                if body is not None:
                    # ``according to the Irish Nurses and Midwives Organisation``: a role noun
                    # inside a body's name is no unnamed source; the body speaks, unless a
                    # role follows its name (``a Teachers Union official``: the official).
                    if any(self._role_noun(w) for w, at, _ in tokens if at >= body.end):
                        continue
                    return self._named(body, cue)
                if i + 1 < len(tokens) and self._role_noun(tokens[i + 1][0], people_only=True):
                    continue
                # ``dijo el presidente del Gobierno, Pedro Sánchez``: the name in apposition.
                named = re.match(r",\s*", self.masked[end : end + 3])
                if named is not None:
                    apposed = self._titled_mention_at(end + named.end())
                    if apposed is not None and apposed.type == "person":
                        speaker = self._named(apposed, cue)
                        # The role as written, less its article (``el``, ``the``); ``said chief
                        # economist at X, Name`` has none.
                        words = self.text[s:end].split()
                        if words and (
                            self.cues.profile is not None or words[0].lower() in DETERMINERS
                        ):
                            words = words[1:]
                        role = " ".join(words) or None
                        return attrs.evolve(speaker, role=speaker.role or role)
                if (
                    i + 1 < len(tokens)
                    and tokens[i + 1][0] in _DESCRIPTION_RUN
                    and tokens[0][0].lower() not in DETERMINERS - INDEFINITE
                ):
                    # ``said a reporter for the Al Jazeera news agency who ...``: an unnamed
                    # source's description runs to the last noun or name of its phrase (``the
                    # Minister for London`` is a minister, whom the role finds).
                    headed = False
                    for j in range(i + 1, len(tokens)):
                        word_after, end_after = tokens[j][0], tokens[j][2]
                        lower = word_after.lower()
                        if lower in _PHRASE_STOP or (
                            # ``... for the company in a statement``: a second phrase goes on
                            # only with a name (``an official in Kyiv``) or ``of``.
                            headed
                            and lower in PP_WORDS
                            and (j + 1 == len(tokens) or not tokens[j + 1][0][:1].isupper())
                        ):
                            break
                        if word_after[:1].isupper() or (
                            lower in BODY_NOUNS | SOURCE_NOUNS and lower not in _STATEMENT_NOUNS
                        ):
                            e_word, headed = end_after, True
                return self._role(s, e_word, cue)
        if self.cues.profile is None and first.lower() in INDEFINITE:
            described = self._indefinite_description(tokens)
            if described is not None:
                return attrs.evolve(described, cue=cue)
        for mention in self.within(start, end):
            if mention.type == "place" and self._after_place_preposition(start, mention.start):
                continue  # ``», afirmó en Santa Cruz de la Sierra``: where, not who
            return self._named(mention, cue)
        if self.cues.profile is None:
            lone = _LONE_NAME_AFTER.match(self.masked[start:end])
            if lone is not None:
                word = lone.group("name")
                if not (
                    word in gz.CALENDAR
                    or word in gz.HONORIFICS
                    or word in gz.DEMONYMS
                    or word in LONE_NOT_NAMES
                    or word in gz.place_names()
                    or self._role_noun(word)
                ):
                    # ``asked Martin.``: one name the entity annotator left untyped.
                    at = start + lone.start("name")
                    return Speaker(word, word, at, at + len(word), cue)
        return None

    def _possessive_apposed(
        self, tokens: list[tuple[str, int, int]], end: int, cue: str
    ) -> Speaker | None:
        """The person named in apposition after a possessive's role or kin noun (``said her
        coach, Ann Lee``, ``said his wife, Mary Okoro``), the noun phrase their role; ``None``
        for any other phrase (``her`` is also an object pronoun, ``his`` no subject)."""
        if self.cues.profile is not None or len(tokens) < 2:
            return None
        if tokens[0][0].lower() not in _POSSESSIVES:
            return None
        if not any(self._role_noun(w) or w.lower() in _KIN_NOUNS for w, _, _ in tokens[1:]):
            return None
        named = re.match(r",\s*", self.masked[end : end + 3])
        apposed = self._titled_mention_at(end + named.end()) if named is not None else None
        role = " ".join(self.text[tokens[1][1] : end].split()) or None
        if apposed is None and named is not None:
            # ``said their teacher, Rangi Moana-Hollis.``: a full name the entity annotator
            # left untyped, closing the sentence after the comma.
            untyped = _UNTYPED_APPOSED_NAME.match(self.masked, end + named.end())
            if untyped is not None and all(_plain_name_word(w) for w in untyped.group(0).split()):
                written = self.text[untyped.start() : untyped.end()]
                return Speaker(written, written, untyped.start(), untyped.end(), cue, role=role)
        if apposed is None or apposed.type != "person":
            return None
        speaker = self._named(apposed, cue)
        return attrs.evolve(speaker, role=speaker.role or role)

    def _apposed_speaker(self, start: int, end: int, cue: str) -> Speaker | None:
        """``Name, <apposition>, said``: the name speaks, not a body named in the apposition
        (``the president of the Federal Reserve Bank``, ``via USA Today``)."""
        before = self.masked[start:end].rstrip()
        if not before.endswith(","):
            return None
        inner_end = len(before) - 1 + start
        comma = self.masked.rfind(",", start, inner_end)
        if comma < 0:
            return None
        if self.cues.profile is None and self._place_in_place(comma, inner_end):
            # ``Ann Lee, of the space institute in Austin, Texas, said``: a city and its state
            # are one place; the apposition opens at the comma before them (looked for once).
            comma = self.masked.rfind(",", start, comma)
            if comma < 0:
                return None
        if "§" in self.masked[comma:inner_end] and not _LOWER_OPENING.match(self.masked, comma + 1):
            # A quotation may stand inside an apposition that opens with a lower-case word
            # (``An anonymous survivor, writing on the "Yorkshire lass" website, says``).
            return None
        name_end = len(self.masked[start:comma].rstrip()) + start
        person = self._mention_ending(name_end)
        if person is None and self.cues.profile is None:
            titled = self._name_after_title(start, comma, inner_end, cue)
            if titled is not None:
                return titled
            unlabelled = self._unlabelled(start, name_end, cue, backward=True)
            if unlabelled is not None:
                return unlabelled
            head = LAST_WORD.search(self.masked, start, name_end)
            if (
                head is not None
                and self._role_noun(head.group(0))
                and QUOTE_MASK in self.masked[comma:inner_end]
            ):
                # ``An anonymous survivor, writing on the "Yorkshire lass" website, says``: the
                # described person before the apposition speaks.
                return self.phrase_before(start, name_end, cue)
            return None
        if person is not None and person.type != "person" and self.cues.profile is None:
            # ``Senator Chuck Schumer of New York, the minority leader, said``
            person = self._person_of(person) or person
        if person is not None and person.type != "person" and self.cues.profile is None:
            # ``Councillor for Hebden Bridge, Ann Pike, said``: the name in the apposition.
            named = self._name_after_description(start, person, comma, inner_end, cue)
            if named is not None:
                return named
            # ``A Western diplomat in Kyiv, speaking on condition of anonymity, called``
            return self._described(start, person, cue)
        if person is None or person.type != "person":
            return None
        if self.cues.profile is not None:
            titled = self._role_then_name(start, person, comma, inner_end, cue)
            if titled is not None:
                return titled
        speaker = self._named(person, cue)
        role = self._appositive_role(person.end)
        if (
            speaker.role is not None
            and self._occupation_title(speaker.role)
            and not self._states_office(role)
        ):
            return speaker  # ``Pundit Ann Roe, a former England goalkeeper,``: a pundit's words
        return attrs.evolve(speaker, role=role) if role else speaker
