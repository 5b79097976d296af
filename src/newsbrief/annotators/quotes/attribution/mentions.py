"""The document's mentions and referents, and the look-ups every attribution rule builds on.

:class:`MentionLookup` holds one document: its mentions in text order (with untyped people and
unnamed sources added), and finds the mention at or before an offset, the nearest referent of a
type, the last person named.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import SEAT_ENDING
from newsbrief.annotators.entities.sports_tables import SCORE_ANYWHERE, VERSUS_AFTER, shows_sport
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.apposed_genders import apposed_role_gender
from newsbrief.annotators.quotes.attribution.cue_index import CueIndex
from newsbrief.annotators.quotes.attribution.cue_words import cues_for
from newsbrief.annotators.quotes.attribution.datelines import (
    byline_spans,
    credit_spans,
    dateline_spans,
    inside,
    kicker_spans,
)
from newsbrief.annotators.quotes.attribution.english_words import (
    AFFILIATION_WORDS,
    BODY_KINDS,
    COMPANY_NOUNS,
    DEFINITE,
    DESCRIBED,
    EN,
    END,
    FUNCTION_WORDS,
    INDEFINITE_SPEAKERS,
    INSTITUTION_NOUNS,
    LOOKBACK,
    OTHER_PRONOUNS,
    POSITION,
    POSSESSIVE_AFTER,
    PRONOUN_GENDERS,
    QUOTE_MASK,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SKIPPABLE,
    SPEAKER_PARAGRAPHS,
    START,
    SURNAME_PARTICLES,
    FullNames,
)
from newsbrief.annotators.quotes.attribution.given_names import second_given_name_gender
from newsbrief.annotators.quotes.attribution.platform_media import is_medium
from newsbrief.annotators.quotes.attribution.press_words import press_words
from newsbrief.annotators.quotes.attribution.reporting_people import with_reporting_people
from newsbrief.annotators.quotes.attribution.scanning import (
    anonymous_name,
    is_plural,
    plural_source,
    role_words,
)
from newsbrief.annotators.quotes.attribution.speaker_types import (
    Mention,
    Referent,
    Speaker,
    new_referent,
)
from newsbrief.annotators.quotes.attribution.unnamed_sources import (
    APPOSED_SOURCE,
    COUNTED_NOUNS,
    COUNTED_SOURCES,
    LISTED,
    NO_SOURCE_MODIFIERS,
    OF_BEFORE,
    OF_DESCRIBED_BEFORE,
    PLURAL_SOURCE,
    PREDICATE_BEFORE,
    QUALIFIED,
    QUALIFIED_AFTER,
    QUALIFIED_REACH,
    QUALIFIERS,
    RELATIVE_AFTER,
    anonymous_source,
    counted_only,
    described_occupation,
    noun_gender,
    self_named_after,
)
from newsbrief.annotators.quotes.attribution.untyped_people import (
    lines_with,
    stopwords,
    with_particles,
    with_untyped_people,
)
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.word_index import WordIndex
from newsbrief.languages import language, morphology, on_reload

__all__ = ["MentionLookup"]

#: The role a referent holds as an alliance (``the alliance said``).
_ALLIANCE_ROLES = EN.words("quotes", "alliance_roles")


#: ``and`` and at most a role between two people coordinated as a subject (``Ann Roe and
#: industry minister Ben Lee``).
_PAIR_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+(?P<between>(?:[\w.’'\-]+[ \u00a0]+){0,4})$")


# A person's name, a verb and the person's own pronoun (``Okonkwo-Reyes said she would``):
# the article states the gender its first name may only guess at (``Patrice``).
_STATED_GENDER = re.compile(
    r"[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+"
    rf"(?P<pronoun>{plain_alternation(EN.words('quotes', 'subject_pronouns'))})[ \u00a0]"
)

# A person's name, a verb, the rest of that sentence, then a quotation closed by the person's
# own pronoun and a cue (``Mthembu said the festival had raised fees. “...,” he said.``; the
# quotation masked): English news attributes the quotation after a paraphrase to the
# paraphrase's subject, so the pronoun states that subject's gender.
_STATED_AFTER_QUOTE = re.compile(
    r"[ \u00a0]+(?P<verb>[a-z]+)[^§\n]{0,300}?[.!?][ \u00a0]+§[§ \u00a0]*[ \u00a0]"
    rf"(?P<pronoun>{plain_alternation(EN.words('quotes', 'subject_pronouns'))})"
    r"[ \u00a0]+(?P<cue>[a-z]+)"
)

# A preposition and a few lower-case words between an unnamed source's noun and the body or
# place it is described by (`` at a hospital in the north-west of``).
_DESCRIBED_AT = re.compile(
    rf"[ \u00a0]+{plain_alternation(EN.words('quotes', 'source_prepositions'))}"
    r"(?:[ \u00a0]+[a-z][\w’'\-]*){1,6}[ \u00a0]+"
)


# Capitalised words ending where an apposition's comma stands, opening a sentence, a line or a
# clause, perhaps after a lower-case role noun (``Outside the court, petitioner Lakshmamma``).
_UNTYPED_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?,;:—][ \u00a0]))(?:(?P<role>[a-z][a-z\-]+)[ \u00a0]+)?"
    rf"(?P<name>(?:(?:[A-Z][\w’'\-]*|{SURNAME_PARTICLES})[ \u00a0]+){{0,4}}"
    r"[A-Z][\w’'\-]*[^\W\d_A-Z])$"
)

#: What may stand between a person's appositive and a second one coordinated with it (``...,
#: an official with the department who was visiting Haiti and a witness``): no sentence end,
#: no quotation, a short clause, then ``and``.
_SAME_APPOSITION = re.compile(r"[^.!?;:\n§]{0,120}[ \u00a0]and[ \u00a0]+")


_PUBLIC_BODY_HEADS = EN.words("quotes", "public_body_heads")


#: Any lower-case word ending right before a noun phrase, unless it follows a masked quotation
#: (``"...," said a pharmacist who``: the cue, a subject after it): the phrase is then a verb's
#: or a preposition's object, not a subject (``She hired a pharmacist, who``; ``a manager at a
#: bus operator, who``).
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'\-])(?<!§[ \u00a0])(?<!§)[a-z][\w’'\-]*[ \u00a0]+$")
#: How far before an occupation :data:`_LOWER_WORD_BEFORE` is looked for (characters).
_WORD_BEFORE_REACH = 40


# What may stand between a person's name and the cue of their words: the comma closing an
# apposition opened before the name (``A driver in Abuja, Musa Ibrahim, told``), or a clause set
# off by commas (``Omar Bazzi, 61, said``, ``Ann Roe, who runs a bakery, told``); no sentence
# end, quotation or second comma inside.
_SET_OFF = re.compile(r"[ \u00a0]*,(?:[^,.!?;:§\n]{1,160}?,)?")
#: ``of`` after a person's name before the body they are of, past an article and a
#: ``<place>-based`` modifier (``of the London-based``; ``[quotes] affiliation_words``,
#: ``definite_articles`` and ``seat_endings``).
_OF_AFTER = re.compile(
    rf"[ \u00a0]+{plain_alternation(AFFILIATION_WORDS)}[ \u00a0]+"
    rf"(?:{plain_alternation(DEFINITE)}[ \u00a0]+)?"
    rf"(?:[^\W\d_][\w.]*{SEAT_ENDING}[ \u00a0]+)?"
)


# The comma and the words of a clause opened by a relative word or a participle, up to the
# end of a text (``Sarah Reed, who in May replaced``, ``Ann Roe, speaking to``).
_CLAUSE_OPENED = re.compile(
    rf",[ \u00a0]*(?:{plain_alternation(EN.words('quotes', 'parenthetical_openers'))}"
    r"|[a-z]+ing)\b[^,]*$"
)


# Words right before the name a subject gives themselves in such a clause (``known as``).
_SELF_NAMING_WORDS = frozenset(EN.words("quotes", "self_naming_words"))


@functools.cache
def _sign_nouns(code: str) -> frozenset[str]:
    """``[entities] nickname_before`` of language ``code``, lower-cased (read once): words for
    a call sign or a nickname, a person's name quoted after them."""
    return frozenset(w.lower() for w in language(code).words("entities", "nickname_before"))


on_reload(_sign_nouns.cache_clear)


#: The word before a name's opening mark (``позивним «``, ``псевдо «``).
_SIGN_HEAD = re.compile(r"(\w+)[ \u00a0]*[«„“\"']$")


# English's own reading of a medium, apart from every other language's
# (:mod:`.platform_media`): any name after ``on``/``via``, no list of platforms, and the name
# stays a mention; sharing that reading's list or its dropping of the name changes English's
# speakers (issue 16), so the two stay apart.
@functools.cache
def _medium_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The English patterns of a name that is the medium words went out on, no one who spoke
    (``[quotes] medium_prepositions``, ``medium_determiners``, ``medium_nouns``), as
    ``(before, determiner, noun_after)``: a preposition right before the name (``SANCCOB
    posted on Facebook that it had ...``: ``it`` is SANCCOB); a determiner before it and a
    noun of what went out after it (``In a Facebook post, the company said``: ``the
    company`` is not Facebook)."""
    en = language("en")
    before = re.compile(
        rf"\b(?:{plain_alternation(en.words('quotes', 'medium_prepositions'))})[ \u00a0]+$"
    )
    determiner = re.compile(
        rf"\b(?:{plain_alternation(en.words('quotes', 'medium_determiners'))})[ \u00a0]+$",
        re.IGNORECASE,
    )
    noun_after = re.compile(
        rf"[\w’'.&-]*(?:[ \u00a0]+[A-Z][\w’'.&-]*){{0,3}}[ \u00a0]+"
        rf"(?:{plain_alternation(en.words('quotes', 'medium_nouns'))})\b"
    )
    return before, determiner, noun_after


on_reload(_medium_patterns.cache_clear)


# A phrase opening a sentence up to its comma (``In the village of Kfar Kila,``).
_OPENING_PHRASE = re.compile(r"[ \u00a0]*[A-Z][^,;:§\n]{0,120}?,[ \u00a0]+")


#: No entity mention is longer than this (in code points).
_LONGEST_MENTION = 300


def _other_kind(name: str, kind: str) -> bool:
    """Whether a body's name ends with the noun of another kind of body than ``kind``
    (``Halden Bank`` is no ``regulator``)."""
    last = name.lower().rsplit(None, 1)[-1]
    return last in BODY_KINDS and last != kind


#: Heads of a body's name that no company has: a public body's, a chamber's (``Harlow Chamber
#: of Commerce``), an institution's other than a company's (``University of Leeds``,
#: ``Manchester City``; a ``bank``'s, a ``club``'s or a ``utility``'s may be one).
_NO_COMPANY_HEADS = (
    _PUBLIC_BODY_HEADS
    | EN.words("quotes", "chamber_heads")
    | (INSTITUTION_NOUNS - COMPANY_NOUNS - EN.words("quotes", "company_institutions"))
)

#: A legislature's house, and the words after its ``of`` naming it one (``House of Lords``).
_HOUSE = "house"
_LEGISLATURE_HOUSES = EN.words("quotes", "legislature_houses")


def _no_company(name: str) -> bool:
    """Whether a body's name says it is no company: its head (its last word, or the word
    before a lower-case connector: ``Chamber`` of ``Harlow Chamber of Commerce``) or its first
    word is one of a public body or an institution no company is (``National Weather
    Service``, ``Ministry of Defence``), or it names a legislature's house (``Ohio House of
    Representatives``)."""
    words = name.split()
    if not words:
        return False
    lowered = [word.lower() for word in words]
    head = next(
        (
            lowered[i - 1]
            for i in range(1, len(words))
            if words[i].islower() and words[i - 1][:1].isupper()
        ),
        lowered[-1],
    )
    if {head, lowered[-1], lowered[0]} & _NO_COMPANY_HEADS:
        return True
    # A ``House`` is a legislature's only as one names its chambers (``House of Commons``,
    # ``the House``); a publisher's or a shop's otherwise (``Random House``, ``House of Fraser``).
    return lowered == [_HOUSE] or any(
        lowered[i : i + 2] == [_HOUSE, "of"] and lowered[i + 2] in _LEGISLATURE_HOUSES
        for i in range(len(lowered) - 2)
    )


#: A sentence's end, either way from a name (a team's score is in the sentence naming it).
_SENTENCE_END = re.compile(r"[.!?\n]")

#: How many of a name's places are read for a score (a name repeated throughout a long text).
_TEAM_PLACES = 20


def _writers(
    text: str, mentions: Sequence[Mention], bylines: Sequence[tuple[int, int]]
) -> dict[str, set[str]]:
    """The people the ``bylines`` (their spans) name, each with the ways the bylines write
    them (folded)."""
    writers: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type == "person" and inside(mention.start, bylines):
            written = " ".join(text[mention.start : mention.end].split()).casefold()
            writers.setdefault(mention.name, {mention.name.casefold()}).add(written)
    return writers


def _read_as_writer(text: str, mention: Mention, writers: dict[str, set[str]]) -> bool:
    """Whether ``mention`` is a part of a writer's name the entity annotator read as the
    writer (``Deportes`` of ``Por Redacción Deportes``: the section's word), not the name
    written in full (``», respondió Pedro Gil`` under ``Por Pedro Gil``: a person of the
    story, the writer quoted or a namesake)."""
    if mention.type != "person" or mention.name not in writers:
        return False
    written = " ".join(text[mention.start : mention.end].split()).casefold()
    return written not in writers[mention.name]


class MentionLookup:
    """A document's mentions and referents, with the look-ups the attribution rules share."""

    def __init__(
        self,
        text: str,
        masked: str,
        mentions: Sequence[Mention],
        language: str | None = None,
        paragraphs: Sequence[tuple[int, int]] = (),
    ) -> None:
        #: The attribution words of the document's language.
        self.cues = cues_for(language)
        #: Per lower-case word, whether it is a title of the language (:meth:`_title_word`).
        self._language_titles: dict[str, bool] = {}
        #: Whether the text shows a sport (read when first needed: :meth:`_sporty`).
        self._shows_sport: bool | None = None
        #: Any attributing verb or phrase of that language.
        self.cue = self.cues.cue
        #: Where :attr:`cue` next matches, read once per stretch of the text (a long line of
        #: quotations is not read a thousand characters either side at each of them).
        self.cue_index = CueIndex(self.cue, masked)
        #: Nouns naming a person by role, chosen here once for every rule. The quotes
        #: annotator's own (``[quotes] role_nouns`` of en.toml: ``det``, ``host``, ``fan``,
        #: ``pilot``) are English words, read in English text only; another language reads the
        #: entities' list, its own titles (``chef``, ``sprecher``; inflected forms are matched
        #: by :meth:`_role_noun`) and its own ``[quotes] role_nouns``, matched as written
        #: (``acusado``: a participle, no stem to match others by).
        profile = self.cues.profile
        self.role_nouns = (
            ROLE_NOUNS
            if profile is None
            else gz.PERSON_ROLE_NOUNS | profile.roles | quote_words(profile.code, "role_nouns")
        )
        self.text = text
        self.masked = masked
        #: ``(start, end)`` of each paragraph (pronouns look back paragraph by paragraph).
        self.paragraphs = list(paragraphs)
        # A dateline's place and wire credit (``WASHINGTON —``, ``STOCKHOLM, May 26 (Reuters)
        # -``) never speak: they are the story's furniture, not its subject.
        # So do the writers a byline names (``By JANE DOE and JOHN ROE Associated Press``).
        # So do a kicker of capitals over the headline (``LUCKY STRIKE``) and the names of
        # pictures' credits (``Photo by Ann Roe/AP``).
        bylines = byline_spans(text, self.paragraphs, language)
        datelines = (
            dateline_spans(text, self.paragraphs)
            + bylines
            + kicker_spans(text, self.paragraphs)
            + credit_spans(text, language)
        )
        if datelines:
            # A part of a writer's name read again further on (``Por Redacción Deportes``,
            # then the desk's word taken for the same name) is the writer's too.
            writers = _writers(text, mentions, bylines)
            mentions = [
                m
                for m in mentions
                if not inside(m.start, datelines) and not _read_as_writer(text, m, writers)
            ]
        # A platform named as the medium words went out on (``Вона в Instagram написала``,
        # ``Auf Facebook schrieb das Unternehmen``) is no one who spoke nor an antecedent.
        # (English keeps such a name and skips it as an antecedent: :meth:`_medium`.)
        if self.cues.profile is not None:
            code = self.cues.profile.code
            mentions = [m for m in mentions if not is_medium(text, m.start, m.end, code, self.cue)]
        self.mentions = sorted(mentions, key=START)
        if self.cues.profile is None:
            self.mentions = with_particles(text, self.mentions)
            self.mentions = with_untyped_people(masked, self.mentions)
            self.mentions = with_reporting_people(masked, self.mentions)
        self._starts = [m.start for m in self.mentions]
        #: No mention of the document is longer (a mention holding an offset starts at most
        #: this far before it).
        self._longest = min(
            max(map(operator.sub, map(END, self.mentions), self._starts), default=0),
            _LONGEST_MENTION,
        )
        stated = self._stated_genders() if self.cues.profile is None else {}
        if self.cues.profile is not None:
            # ``María Fernanda Aguirre``: the second given name tells what the first does not;
            # ``El conselleiro de Sanidade, Xosé Manuel Pardo Outeiral``: the role's article.
            code = self.cues.profile.code
            stated = {
                m.name: gender
                for m in self.mentions
                if m.type == "person"
                and not m.gender
                and (
                    gender := second_given_name_gender(m.name)
                    or apposed_role_gender(masked, m.start, m.end, code)
                )
                is not None
            }
        else:
            stated.update(self._titled_genders())
        self.referents: list[Referent] = [
            new_referent(
                (m.start, m.name, m.type, stated.get(m.name, m.gender), role_words(m.role))
            )
            for m in self.mentions
        ]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self._person_words: frozenset[str] | None = None  # (read by the sources below)
        self._add_anonymous_sources()
        #: Positions of organisations that are the subject of a cue (``Boeing said``), found
        #: when an ``it said`` first needs them.
        self._speaking: set[int] = set()
        #: Unnamed sources' descriptions as their cue reads them, by position (read once).
        self._described_at: dict[int, str] = {}
        self._subjects_found = self.cues.profile is not None
        # Kept in text order, with their positions, so that a look back is a bisection (a
        # scan of every referent per quotation made articles of many quotations quadratic).
        self.referents.sort(key=POSITION)
        self._positions = [r.position for r in self.referents]
        self._genders = {r.name: r.gender for r in self.referents if r.gender}
        self._people = {r.name for r in self.referents if r.type == "person"}
        self._bodies = {r.name for r in self.referents if r.type != "person"}
        #: The referents of each name, built on first need (see :meth:`is_organisation`).
        self._by_name: dict[str, list[Referent]] | None = None
        #: Each one-word name's full-name candidates, built on first need (see ``_full_names``).
        self._full_index: dict[str, FullNames] = {}
        #: Each one-word name's full names as written, in the order of ``_full_index``.
        self._full_written: dict[str, list[str]] = {}
        #: Each body's name -> the whole capitalised run it was cut from (see ``whole_name``).
        self._whole_names: dict[str, str] | None = None
        self._word_places: dict[str, list[int]] | None = None
        self._words_found = 0  # words looked up without the index (``_places_of``)
        self._speaker_names: set[str] = set()
        self._anonymous_names: set[str] = set()
        #: Per word, whether it is written as a name (:meth:`_proper_word`).
        self._proper: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        #: The document's words, for :meth:`_count` (built on first need).
        self._index: WordIndex | None = None
        #: Per initials, the organisations' positions and names in text order (built on first
        #: need by :meth:`_body_of_initials`, kept up to date as organisations are added).
        self._initials: dict[str, tuple[list[int], list[str]]] | None = None
        self._lone_names: tuple[list[int], list[str]] | None = None
        #: The speakers found so far: ``(position, name, gender)``.
        self.spoken: list[tuple[int, str, str | None]] = []
        # Each person's mentions by name; their roles (``_mention_role``) are read on a
        # speaker's need: reading every person's role up front was most of the attribution time.
        self._person_mentions: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.type == "person":
                self._person_mentions.setdefault(mention.name, []).append(mention)
        self._role_cache: dict[Mention, str | None] = {}
        #: Per person's name and direction (-1, 1), each mention index read by
        #: :meth:`_role_index` -> the index of the nearest mention that way stating a role.
        self._role_found: dict[tuple[str, int], dict[int, int]] = {}
        #: Per kind noun, the organisations described as one (see :meth:`_described_body`).
        self._descriptions: dict[str, tuple[list[int], list[Referent]]] = {}
        #: Each word opening or closing a person's name of several words -> those names.
        self._name_words: dict[str, set[str]] | None = None
        #: Per first letter and length, the surnames of one person (see :meth:`_misspelt`).
        self._surnames: dict[tuple[str, int], list[str]] | None = None
        self._name_genders: dict[str, str | None] = dict(stated)
        #: Per first name, where an untyped full name opening with it is introduced.
        self._introductions: dict[str, list[tuple[int, str]]] | None = None
        #: The paragraphs opening with each word (see ``_family_name_first``), made on need.
        self._paragraph_openings: dict[str, list[int]] | None = None
        # Per family name: where a full name written family name first begins, with the
        # verdict up to there (see :meth:`NameFinder._family_name_first`).
        self._family_index: dict[str, FullNames] = {}
        #: The longer written forms of names (see :meth:`fullest`), built on first need.
        self._forms: dict[tuple[str, str], list[tuple[int, str]]] | None = None
        #: Per speaker's name, the places its answer changes and the fullest form from each.
        self._fullest: dict[str, tuple[list[int], list[str]]] = {}
        #: Per family name, where a name with a nickname inside it (``Ann “Nan” Roe``) is
        #: written, that name without the nickname and where it ends (see
        #: :meth:`NameForms.fullest`).
        self._nicknamed: dict[str, list[tuple[int, str, int]]] | None = None
        #: Per role as written (case-folded), the people the entity annotator gave it (built
        #: on first need by :meth:`_titled`).
        self._titled_people: dict[str, set[str]] | None = None

    def _place_word(self, word: str, start: int) -> bool:
        """Whether ``word`` at ``start`` names a place (a place mention, or a known place)."""
        mention = self._mention_starting(start)
        if mention is not None:
            return mention.type == "place"
        return word in gz.place_names()

    def _add_initials(self, position: int, name: str) -> None:
        """Files an organisation under its capitalised words' initials, in text order (after
        any at the same position, as the referents are kept)."""
        assert self._initials is not None
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        positions, names = self._initials.setdefault(initials, ([], []))
        at = bisect.bisect_right(positions, position)
        positions.insert(at, position)
        names.insert(at, name)

    def _role_noun(self, word: str, *, people_only: bool = False) -> bool:
        """A noun naming a person (or an organisation) by role: ``spokeswoman``, ``речник``."""
        lower = word.lower()
        if lower in self.role_nouns or (not people_only and lower in gz.ORGANISATION_ROLE_NOUNS):
            return True
        if self.cues.profile is None and lower.endswith("s") and lower[:-1] in self.role_nouns:
            return True  # ``Activists called the talks "..."``
        return self.cues.profile is not None and lower.isalpha() and self._title_word(lower)

    def _role_form(self, lower: str, profile: gz.Profile) -> bool:
        """Whether ``lower`` is a form of one of the language's titles (``Profile.is_role``),
        unless the dictionary reads it as a form of another noun only: a title's stem may be
        another noun's whole (``суде`` is ``суд``'s, a court, not ``судья``'s; ``капитал`` is no
        ``капитан``)."""
        if not profile.is_role(lower):
            return False
        if lower in profile.roles or not morphology.has_analyzer(profile.code):
            return True
        lemmas = {n.lower() for n in morphology.noun_nominatives(lower, profile.code)}
        return not lemmas or bool(lemmas & (profile.roles | self.role_nouns))

    def _title_word(self, lower: str) -> bool:
        """Whether the lower-case ``lower`` is a title or role of the document's language in
        any inflected form (``Profile.is_role``), remembered per word: German's compound
        titles try every role's ending, and a document asks again for its words."""
        known = self._language_titles.get(lower)
        if known is None:
            profile = self.cues.profile
            known = (
                profile is not None
                and (
                    self._role_form(lower, profile)
                    # ``subsecretario``, ``ex-ministro``: a role with a prefix of rank or time
                    # (``[quotes] role_prefixes``).
                    or any(
                        lower.startswith(prefix)
                        and len(lower) - len(prefix) > 3
                        and profile.is_role(lower[len(prefix) :])
                        for prefix in press_words(profile.code).role_prefixes
                    )
                )
            )
            self._language_titles[lower] = known
        return known

    def _referents_back(self, last: int) -> Iterator[Referent]:
        """The referents at index ``last`` and before it, nearest first, at most
        :data:`LOOKBACK` of them."""
        # By index: a slice of the prefix per pronoun copied it (pronouns x referents).
        referents = self.referents
        return (referents[i] for i in range(last, max(last - LOOKBACK, -1), -1))

    def _stated_genders(self) -> dict[str, str]:
        """Per person's name, the gender the article states with a cue and the person's own
        pronoun right after a mention (``Patrice Okonkwo-Reyes ... Okonkwo-Reyes said she
        would``), where the first name's guess says otherwise or nothing; a name stated both
        ways keeps its guess. The pronoun may stand for another person of its gender the
        paragraph named before (``Lucy Hart won. Coach Mark Evans said she deserved it``): then
        it states nothing. One match and one bisection at each person's mention."""
        stated: dict[str, set[str]] = {}
        starts = [start for start, _ in self.paragraphs]
        paragraph = -1
        #: Per gender, the people of it named so far in the mention's paragraph.
        named: dict[str | None, set[str]] = {}
        mention_starts = [m.start for m in self.mentions]
        for index, mention in enumerate(self.mentions):
            if mention.type != "person":
                continue
            at = bisect.bisect_right(starts, mention.start) - 1
            if at != paragraph:
                paragraph, named = at, {}
            match = _STATED_GENDER.match(self.masked, mention.end)
            if match is None or not self.cue.fullmatch(match.group("verb")):
                match = _STATED_AFTER_QUOTE.match(self.masked, mention.end)
                if match is not None and (
                    not self.cue.fullmatch(match.group("verb"))
                    or not self.cue.fullmatch(match.group("cue"))
                    # (another name before the pronoun may be the one it stands for)
                    or bisect.bisect_left(mention_starts, match.end(), index + 1) > index + 1
                ):
                    match = None
            if match is not None:
                gender = PRONOUN_GENDERS[match.group("pronoun")]
                if not named.get(gender, set()) - {mention.name}:
                    stated.setdefault(mention.name, set()).add(gender)
            guess = mention.gender or gz.first_name_gender(mention.name.split()[0])
            named.setdefault(guess, set()).add(mention.name)
        return {name: next(iter(genders)) for name, genders in stated.items() if len(genders) == 1}

    def _titled_genders(self) -> dict[str, str]:
        """Per person's name, the gender the article gives it by a title or a gendered noun
        (``landlady Bev Shaw``, ``Councilwoman Jo Diaz``: the entity's gender where the first
        name tells none): it outweighs a pronoun after a cue (``Bev says he is sulking``, of
        her parrot), which only a first name's guess yields to."""
        titled: dict[str, str] = {}
        for mention in self.mentions:
            if mention.type != "person" or mention.gender not in ("female", "male"):
                continue
            if gz.first_name_gender(mention.name.split()[0]) not in ("female", "male"):
                titled[mention.name] = mention.gender
        return titled

    def _first_name_gender(self, name: str) -> str | None:
        """The gender ``name``'s first word tells (remembered per name)."""
        if name not in self._name_genders:
            self._name_genders[name] = gz.first_name_gender(name.split()[0])
        return self._name_genders[name]

    def _last_speaker(self, start: int, gender: str | None) -> Referent | None:
        """The last named person of the few paragraphs before ``start`` who spoke, of
        ``gender`` when it is given."""
        for _, name, spoken_gender in self._recent_speakers(start):
            if name in self._people and (gender is None or spoken_gender in (gender, None)):
                return self._last_named(name, start)
        return None

    def _recent_speakers(self, start: int) -> Iterator[tuple[int, str, str | None]]:
        """The speakers of the few paragraphs before ``start``, the latest first (at most
        ``LOOKBACK``): their positions, names and genders."""
        if not self.paragraphs:
            return
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - SPEAKER_PARAGRAPHS, 0)][0]
        for position, name, spoken_gender in itertools.islice(reversed(self.spoken), LOOKBACK):
            if position < low:
                return
            if position < start:
                yield position, name, spoken_gender

    def _count(self, text: str) -> int:
        """How often ``text`` is written in the document (remembered: a headline label is
        looked for at every paragraph that opens with a name and a colon)."""
        count = self._counts.get(text)
        if count is None:
            # From an index of the document's words: a scan of the whole text per distinct
            # name made an article of many names quadratic.
            if self._index is None:
                self._index = WordIndex(self.masked)
            count = self._counts[text] = self._index.count(text)
        return count

    def _proper_word(self, word: str) -> bool:
        """Whether ``word`` is written as a name: at least twice, never in lower case (``Як``,
        ``Источники`` open sentences but are written in lower case elsewhere)."""
        known = self._proper.get(word)
        if known is None:
            lower = word.lower()
            profile = self.cues.profile
            known = self._proper[word] = not (
                self._count(word) < 2
                or (profile is not None and lower in stopwords(profile.code))
                or self._count(lower) > 0
            )
        return known

    def _last_named(self, name: str, before: int) -> Referent:
        """The last referent called ``name`` before ``before`` (one named speaker has one)."""
        index = bisect.bisect_left(self._positions, before) - 1
        for referent in self._referents_back(index):
            if referent.name == name:
                return referent
        return Referent(before, name, "person", self._genders.get(name), frozenset())

    def is_organisation(self, name: str) -> bool:
        """Whether ``name`` is an organisation the article names (not a person nor a place)."""
        return any(r.type == "organisation" for r in self._referents_named(name))

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a person the article names."""
        return any(r.type == "person" for r in self._referents_named(name))

    def _referents_named(self, name: str) -> list[Referent]:
        named = self._by_name
        if named is None:
            named = self._by_name = {}
            for referent in self.referents:
                named.setdefault(referent.name, []).append(referent)
        return named.get(name, [])

    def _first_of_pair(self, start: int, mention: Mention) -> Mention | None:
        """The first of two people joined by ``and`` as a sentence's subject, ``mention`` the
        second (``Prime Minister Ann Roe and industry minister Ben Lee announced``): the first
        opens the sentence after at most a title, the second has at most a role before it."""
        head = self.masked[max(start, mention.start - 80) : mention.start]
        match = _PAIR_AND.search(head)
        if match is None:
            return None
        between = match.group("between").split()
        if between and not (between[-1].lower() in self.role_nouns or between[-1] in gz.ROLE_WORDS):
            return None
        first = self._mention_ending(mention.start - len(head) + match.start())
        if first is None or first.type != "person" or first.name == mention.name:
            return None
        opening = re.split(
            r"[.!?§\n]\s+|\n|,", self.masked[max(start, first.start - 80) : first.start]
        )
        words = opening[-1].split()
        if len(words) > 6 or not all(
            w[:1].isupper() or w.lower() in self.role_nouns or w.lower() in ROLE_MODIFIERS
            for w in words
        ):
            return None
        return first

    def _says(self, referent: Referent) -> bool:
        """Whether a cue verb follows a person's name, past words read back over (``Ann Roe
        said``, ``Ann Roe has also said``) or a clause set off by commas (``Ann Roe, 61,
        said``): the paragraph reports that person's words."""
        if self.cues.profile is not None:
            return False
        mention = self._mention_starting(referent.position)
        if mention is None:
            return False
        if self._cue_at(mention.end):
            return True
        body = self._body_of(mention)
        if body is not None and self._cue_at(body.end):
            return True  # ``Lars Berg of Oslo-based Nordlys Film said``: past the body
        # Past an apposition's comma or a clause set off by commas (both ends tried: the
        # shorter set-off is a bare comma).
        set_off = _SET_OFF.match(self.masked, mention.end)
        if set_off is None or self._in_clause(mention.start):
            return False
        bare = self.masked.find(",", mention.end, set_off.end()) + 1
        return self._cue_at(bare) or (set_off.end() != bare and self._cue_at(set_off.end()))

    def _body_of(self, person: Mention) -> Mention | None:
        """The body or place named right after ``person`` and ``of`` (``Dan Ives of Wedbush
        Securities``, ``Lars Berg of Oslo-based Nordlys Film``), if any."""
        link = _OF_AFTER.match(self.masked, person.end)
        if link is None:
            return None
        body = self._mention_starting(link.end())
        return body if body is not None and body.type != "person" else None

    def _in_clause(self, position: int) -> bool:
        """Whether the name at ``position`` ends a clause a comma opened before it (``Sarah
        Reed, who replaced Peter Jones, said``: Jones is no subject), not an apposition
        (``A driver in Abuja, Musa Ibrahim, told``): a relative word or a participle opens
        what follows that comma, and no word by which the subject names themselves stands
        right before the name."""
        head = self.masked[max(0, position - 80) : position]
        sentence = re.split(r"[.!?§\n]\s+|\n", head)[-1]
        if _CLAUSE_OPENED.search(sentence) is None:
            return False
        # The name a subject gives themselves in the clause is theirs (``A parent, who asked
        # to be known only as Madam Lee, said``; ``who gave only his first name, Phil,``).
        words = sentence.split()
        while words and words[-1][:1].isupper():
            words.pop()  # a title before the name (``known only as Mr Obi``)
        return not (words and words[-1].lower().rstrip(",") in _SELF_NAMING_WORDS)

    def _cue_at(self, at: int) -> bool:
        """Whether a cue verb opens the words at ``at``, past words read back over."""
        for word in self.masked[at : at + 40].split()[:3]:
            if self.cue.fullmatch(word):
                return True
            if word.lower() not in SKIPPABLE:
                return False
        return False

    def _subject(self, referent: Referent) -> bool:
        """Whether a person is named at the start of a sentence, after at most a title
        (``Russian Foreign Minister Sergey Lavrov spoke later``) and perhaps a phrase opening
        the sentence (``On Monday, Lavrov spoke``)."""
        head = self.masked[max(0, referent.position - 80) : referent.position]
        sentence = re.split(r"[.!?§\n]\s+|\n", head)[-1]
        if self._subject_words(sentence.split()):
            return True
        # Past a phrase opening the sentence (``Under cross-examination, prosecutor Ann Roe``).
        opening = _OPENING_PHRASE.match(sentence)
        return opening is not None and self._subject_words(sentence[opening.end() :].split())

    def _subject_words(self, words: list[str]) -> bool:
        """Whether ``words`` before a name may all belong to its subject's title."""
        return len(words) <= 6 and all(
            w[:1].isupper() or w.lower() in self.role_nouns or w.lower() in ROLE_MODIFIERS
            for w in words
        )

    # -- referents -----------------------------------------------------------------------------

    def _nearest(
        self,
        position: int,
        types: tuple[str, ...],
        *,
        gender: str | None = None,
        roles: frozenset[str] | None = None,
        alliance: bool = False,
        singular: bool = False,
        plural: bool = False,
        speaking: bool = False,
        exclude: str | None = None,
        foreground: bool = False,
        company: bool = False,
        kind: str | None = None,
        actor: bool = False,
    ) -> Referent | None:
        """The nearest referent before ``position`` of one of ``types`` that fits the filters
        (``foreground``: not a possessive nor a name in a list, see :meth:`_background`;
        ``company``: no body whose name says it is no company nor a team, see
        :meth:`_no_company`; ``kind``: no body whose name ends with another kind's noun,
        ``Halden Bank`` for ``the regulator``; ``actor``: not the object of a preposition of
        the medium, ``posted on Facebook``)."""
        last = bisect.bisect_left(self._positions, position) - 1
        # A look back is bounded (the nearest few hundred names) so long articles stay linear.
        for index in range(last, max(-1, last - LOOKBACK), -1):
            referent = self.referents[index]
            if referent.type not in types:
                continue
            if singular and referent.type == "anonymous" and is_plural(referent.name):
                continue  # ``he``/``she`` is not ``officials``
            if plural and not is_plural(referent.name):
                continue
            if speaking and referent.position not in self._speaking:
                continue
            if exclude is not None and referent.name == exclude:
                continue
            if self.masked[referent.position] == QUOTE_MASK and not self._call_sign(
                referent.position
            ):
                continue
            if gender and referent.gender and referent.gender != gender:
                continue
            if roles is not None and not (referent.roles & roles):
                continue
            if (
                alliance
                and referent.name not in gz.ALLIANCES
                and not any(role in referent.roles for role in _ALLIANCE_ROLES)
            ):
                continue
            if foreground and self._background(referent.position):
                continue
            if company and self._no_company(referent):
                continue
            if kind is not None and _other_kind(referent.name, kind):
                continue
            if actor and self._medium(referent.position):
                continue
            return referent
        return None

    def _medium(self, position: int) -> bool:
        """Whether the name at ``position`` is a medium words went out on, not an actor: the
        object of a medium's preposition (``posted on Facebook``) or the name of a post's
        medium (``in a Facebook post``, ``on its YouTube channel``)."""
        low = max(0, position - 8)
        medium_before, medium_determiner, medium_noun_after = _medium_patterns()
        if medium_before.search(self.masked, low, position):
            return True
        return (
            medium_determiner.search(self.masked, low, position) is not None
            and medium_noun_after.match(self.masked, position) is not None
        )

    def _call_sign(self, position: int) -> bool:
        """Whether the name at ``position`` is a call sign or a nickname in marks after its
        noun (``з позивним «Ворон»``, ``[entities] nickname_before``): a person a later
        ``— каже він`` points back to, though its marks hide it like a quotation."""
        profile = self.cues.profile
        if profile is None:
            return False
        head = _SIGN_HEAD.search(self.text, max(0, position - 40), position)
        return head is not None and head.group(1).lower() in _sign_nouns(profile.code)

    def _no_company(self, referent: Referent) -> bool:
        """Whether the body ``referent`` is no company, by its name (see
        :func:`_no_company`)."""
        return _no_company(referent.name) or self._team(referent.name)

    def _team(self, name: str) -> bool:
        """Whether ``name`` is a team's: in an article that shows a sport, a sentence naming
        it holds a score or a fixture (``the Denver Nuggets beat the Utah Jazz 110-98``)."""
        if not name or not self._sporty():
            return False
        text = self.text
        named = re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text)
        for found in itertools.islice(named, _TEAM_PLACES):
            at = found.start()
            back = max(0, at - 300)
            before = [m.end() for m in _SENTENCE_END.finditer(text, back, at)]
            opening = before[-1] if before else back
            after = _SENTENCE_END.search(text, at + len(name), at + len(name) + 300)
            closing = after.start() if after is not None else min(len(text), at + len(name) + 300)
            sentence = text[opening:closing]
            if SCORE_ANYWHERE.search(sentence) or VERSUS_AFTER.search(sentence):
                return True
        return False

    def _sporty(self) -> bool:
        """Whether the text shows a sport (a score, a fixture): only there is a body named
        beside a score a team (read once)."""
        if self._shows_sport is None:
            self._shows_sport = shows_sport(self.text)
        return self._shows_sport

    def _background(self, position: int) -> bool:
        """Whether the person mention at ``position`` stands where no subject does: before a
        possessive ``'s`` (``Kavanaugh's nomination``) or in a list of names, next to another
        person's mention across a comma or ``and``/``or`` (``Gus Poyet and Paulo Di Canio``)."""
        index = bisect.bisect_left(self._starts, position)
        if index >= len(self.mentions) or self.mentions[index].start != position:
            return False
        mention = self.mentions[index]
        if POSSESSIVE_AFTER.match(self.masked, mention.end):
            return True
        neighbours = (
            (self.mentions[index - 1], mention) if index > 0 else None,
            (mention, self.mentions[index + 1]) if index + 1 < len(self.mentions) else None,
        )
        return any(
            pair is not None
            and pair[0].type == pair[1].type == "person"
            and LISTED.fullmatch(self.masked, pair[0].end, pair[1].start) is not None
            for pair in neighbours
        )

    def _spoke_here(self, referent: Referent | None, start: int) -> bool:
        """Whether ``referent`` is an organisation that spoke in the paragraph of ``start``
        (``Boeing said ... "...," the company said``)."""
        if referent is None or referent.position not in self._speaking or not self.paragraphs:
            return False
        paragraph = bisect.bisect_right(self._paragraph_starts, start)
        return bisect.bisect_right(self._paragraph_starts, referent.position) == paragraph

    def _cues_near_quotes(self) -> Iterator[re.Match[str]]:
        """The cues of the paragraphs that hold a quotation or precede one: only there can a
        subject be what a later ``it said`` points back to (a scan of a whole long article's
        cues was most of the attribution time)."""
        if not self.paragraphs:
            yield from self.cue.finditer(self.masked)
            return
        masked = self.masked
        quoted = [masked.find(QUOTE_MASK, a, b) >= 0 for a, b in self.paragraphs]
        for index, (start, end) in enumerate(self.paragraphs):
            if quoted[index] or (index + 1 < len(quoted) and quoted[index + 1]):
                yield from self.cue.finditer(self.masked, start, end)

    def is_pronoun(self, speaker: Speaker) -> bool:
        """Whether ``speaker``'s name is a bare pronoun (``She`` left unresolved): never a
        speaker to output."""
        name = speaker.name.lower()
        return name in self.cues.pronouns or name in PRONOUN_GENDERS or name in OTHER_PRONOUNS

    def remember(self, speaker: Speaker) -> None:
        """Keep an anonymous source as a referent for later ``the official``/``he``, and every
        speaker for the pronouns of later paragraphs."""
        gender = self._genders.get(speaker.name)
        if (
            gender is None
            and not speaker.anonymous
            and self.cues.profile is None
            and speaker.name not in self._people
            and speaker.name not in self._bodies
        ):
            # A speaker the entity annotator left untyped: its first name may tell.
            guess = gz.first_name_gender(speaker.name.split()[0])
            gender = guess if guess in ("female", "male") else None
        if speaker.anonymous:
            self._anonymous_names.add(speaker.name)
        self.spoken.append((speaker.start, speaker.name, gender))
        self._speaker_names.add(speaker.name)
        low = bisect.bisect_left(self._positions, speaker.start)
        high = bisect.bisect_right(self._positions, speaker.start)
        if (
            speaker.anonymous
            and speaker.name not in INDEFINITE_SPEAKERS  # ``one``, ``another``: a new one each
            and not any(r.type == "anonymous" for r in self.referents[low:high])
        ):
            roles = role_words(speaker.name)
            # After any referent at the same position, as an appended one was.
            self.referents.insert(
                high,
                Referent(
                    speaker.start, speaker.name, "anonymous", noun_gender(speaker.name), roles
                ),
            )
            self._positions.insert(high, speaker.start)

    def _indefinite_sources(self) -> list[re.Match[str]]:
        """Indefinite descriptions of unnamed sources in text order: a role noun's
        (:func:`anonymous_source`), and another occupation's where a person's relative clause
        follows it and no role noun's overlaps it (``A pharmacist, who asked not to be named,
        said``: the one a later ``she said`` points back to)."""
        found = list(anonymous_source().finditer(self.masked))
        starts = [m.start() for m in found]
        for match in described_occupation().finditer(self.masked):
            if RELATIVE_AFTER.match(self.masked, match.end()) is None or _LOWER_WORD_BEFORE.search(
                self.masked, max(0, match.start() - _WORD_BEFORE_REACH), match.start()
            ):
                # (``a manager at a bus operator, who``: the operator no source; ``She
                # hired a pharmacist, who``: the one hired no speaker.)
                continue
            at = bisect.bisect_left(starts, match.start())
            if (at > 0 and found[at - 1].end() > match.start()) or (
                at < len(found) and found[at].start() < match.end()
            ):
                continue
            found.insert(at, match)
            starts.insert(at, match.start())
        return found

    def _add_anonymous_sources(self) -> None:
        last_end = appositive_end = -1
        for match in self._indefinite_sources():
            phrase = match.group(0)
            if 0 <= match.start() - last_end <= 4 and APPOSED_SOURCE.fullmatch(
                self.masked, last_end, match.start()
            ):
                # ``an older woman - a chilly manager of whom ... -``: the same source
                # described again, known by its first description, unless that only counts
                # it (``A second person, an industry executive briefed on the talks,``).
                counted = self.referents[-1] if self.referents else None
                if (
                    counted is not None
                    and counted.type == "anonymous"
                    and counted_only(counted.name)
                    and QUOTE_MASK not in phrase
                ):
                    name = anonymous_name(
                        self._qualified_source(match.start(), match.end(), phrase)
                    )
                    self.referents[-1] = Referent(
                        counted.position, name, "anonymous", noun_gender(phrase), role_words(phrase)
                    )
                continue
            last_end = match.end()
            inner = match.group("np").split()[1:-1]
            if any(w.lower() in NO_SOURCE_MODIFIERS for w in inner):
                continue  # ``a meeting in which officials``: no noun phrase
            if PREDICATE_BEFORE.search(self.masked, max(0, match.start() - 12), match.start()):
                continue  # ``He was a fisherman in Elmina``: the subject described
            if QUOTE_MASK in phrase or self._follows_person(match.start()):
                appositive_end = match.end()
                continue  # ``Mark Hertling, a ... analyst``: an appositive, not a new source
            if appositive_end >= 0 and _SAME_APPOSITION.fullmatch(
                self.masked, appositive_end, match.start()
            ):
                # ``Henry Bahn, an official ... who was visiting and a witness to ...``: the
                # appositive goes on, the same person described again.
                continue
            named = self_named_after(self.masked, match.end())
            if named is not None:
                # ``A driver, who gave his name only as Tunde, said``: the name is the one a
                # later ``he said`` points back to.
                at, stop, gender = named
                self.referents.append(
                    Referent(match.start(), self.text[at:stop], "person",
                             gender or noun_gender(phrase), role_words(phrase))
                )  # fmt: skip
                continue
            name = anonymous_name(self._qualified_source(match.start(), match.end(), phrase))
            self.referents.append(
                Referent(match.start(), name, "anonymous", noun_gender(phrase),
                          role_words(phrase))
            )  # fmt: skip

        # ``three sources told Reuters``, ``two officials said``: several unnamed sources (the
        # pattern is tried only on the lines where its nouns are written: a match never holds a
        # line break, and a scan of every text was slow).
        masked = self.masked
        matches = (
            match
            for start, end in lines_with(masked, COUNTED_NOUNS)
            for match in COUNTED_SOURCES.finditer(masked, start, end)
        )
        for match in matches:
            phrase = match.group(0)
            qualified_by = QUALIFIED_AFTER.match(masked, match.end())
            if qualified_by is not None and QUOTE_MASK not in qualified_by.group(0):
                phrase += qualified_by.group(0)
            self.referents.append(
                Referent(match.start(), phrase, "anonymous", None, role_words(phrase))
            )
        # ``Two people familiar with the matter``, ``according to people familiar with the
        # talks``: several unnamed sources, with no article, qualified as sources are.
        # (Each qualifier's longest word looked for first: a modifier may come between its
        # words, ``with direct knowledge of``, which the whole phrase looked for missed; a short
        # last word, ``of``, is in every article and made the quick check none.)
        qualified = any(max(phrase.split(), key=len) in masked for phrase in QUALIFIERS)
        for match in QUALIFIED.finditer(masked) if qualified else ():
            head = self.masked[max(0, match.start() - 60) : match.start()]
            found = PLURAL_SOURCE.search(head)
            if found is None or not plural_source(found.group("noun")):
                continue
            start = match.start() - len(head) + found.start()
            phrase = self.masked[start : match.end()]
            if QUOTE_MASK in phrase:
                continue
            self.referents.append(Referent(start, phrase, "anonymous", None, role_words(phrase)))

    def _qualified_source(self, start: int, end: int, phrase: str) -> str:
        """An unnamed source ``phrase`` (``masked[start:end]``) with the body or the place a
        preposition names right after it (``A spokesperson for the International Olympic
        Committee``), as :meth:`_described` names the source that speaks there: a later
        ``the spokesperson said`` is that source. Reads at most :data:`QUALIFIED_REACH`
        characters past the phrase."""
        if self.cues.profile is not None:
            return phrase
        body = next(iter(self.within(end, end + QUALIFIED_REACH)), None)
        if body is None or body.type not in ("organisation", "place"):
            return phrase
        if QUOTE_MASK in self.masked[end : body.start]:
            return phrase
        described = DESCRIBED.match(self.masked, start, body.start)
        if described is None and _DESCRIBED_AT.fullmatch(self.masked, end, body.start):
            # ``A nurse at a hospital in the north-west of England, who ...``: the place ends
            # a description the comma after it closes.
            closed = self.masked.startswith(",", body.end)
            return self.text[start : body.end] if closed else phrase
        if described is None or described.end("noun") != end:
            return phrase  # the preposition must follow the source's own noun
        if not self._role_noun(described.group("noun"), people_only=True):
            return phrase
        return self.text[start : body.end]

    def _follows_person(self, position: int) -> bool:
        offset = max(0, position - 200)
        before = self.masked[offset:position].rstrip()
        if not before.endswith(","):
            return False
        end = offset + len(before[:-1].rstrip())
        mention = self._mention_ending(end)
        if mention is not None:
            return mention.end == end and mention.type == "person"
        return self.cues.profile is None and self._untyped_name_before(offset, end)

    def _untyped_name_before(self, low: int, end: int) -> bool:
        """Whether ``masked[low:end]`` ends with a person's name the entity annotator left
        untyped, opening its sentence or clause: a title or a role noun before it
        (``petitioner Lakshmamma``, ``Associate Professor Chua Seng Howe``), or two to four
        capitalised words (``Kwame Mensah-Boateng``), none a place, a calendar word or a
        function word (``In Bengaluru``, ``On Tuesday``)."""
        found = _UNTYPED_BEFORE.search(self.masked, low, end)
        if found is None:
            return False
        # (Particles between the capitalised words: ``Jan-Willem de Vries-Aydın``.)
        words = [w for w in found.group("name").split() if w[:1].isupper()]
        places = gz.place_names()
        if any(
            w in places or w in gz.CALENDAR or w in gz.DEMONYMS or w.lower() in FUNCTION_WORDS
            for w in words
        ):
            return False
        titled = [w for w in words if w in gz.ROLE_WORDS or w.lower() in self.role_nouns]
        role = found.group("role")
        if role is not None and self._role_noun(role):
            return len(titled) < len(words)
        if len(words) == 1 and not titled and found.start("name") > low:
            # ``Arancibia, a 58-year-old lawyer, ...`` after ``Ignacio Arancibia Werth``: a
            # word of a person's name the article writes in full.
            return words[0] in self._person_name_words()
        return len(titled) < len(words) and (bool(titled) or len(words) >= 2)

    def _person_name_words(self) -> frozenset[str]:
        """The words of the names of the people the entity annotator typed (read once)."""
        if self._person_words is None:
            self._person_words = frozenset(
                word for m in self.mentions if m.type == "person" for word in m.name.split()[1:]
            )
        return self._person_words

    def _mention_starting(self, start: int) -> Mention | None:
        index = bisect.bisect_left(self._starts, start)
        if index < len(self.mentions) and self.mentions[index].start == start:
            return self.mentions[index]
        return None

    def _mention_ending(self, end: int) -> Mention | None:
        # A mention ending at ``end`` (or holding it) starts shortly before it: look back over
        # at most the longest name's length, and keep the earliest, as a full scan would.
        found = None
        for index in range(bisect.bisect_left(self._starts, end) - 1, -1, -1):
            mention = self.mentions[index]
            if mention.start < end - self._longest:
                break
            if mention.end == end or (mention.start < end <= mention.end):
                found = mention
        return found

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self.mentions[low:high]

    def _last_mention(self, start: int, end: int, types: tuple[str, ...]) -> Mention | None:
        found = [m for m in self.within(start, end) if m.end <= end and m.type in types]
        return found[-1] if found else None

    def _person_of(self, mention: Mention, *, described: bool = False) -> Mention | None:
        """The person named right before ``of`` and ``mention`` (``Dan Ives of Wedbush
        Securities``, ``Senator Chuck Schumer of New York``); only with a description of the
        body between when ``described`` (``Paul Newman, of leisure analysts RSM``: a body the
        entity annotator took for a person after a role noun)."""
        match = None
        if not described:
            match = OF_BEFORE.search(self.masked, max(0, mention.start - 12), mention.start)
        if match is None:
            # ``Paul Newman, of leisure analysts RSM``: a description of the body between.
            match = OF_DESCRIBED_BEFORE.search(
                self.masked, max(0, mention.start - 80), mention.start
            )
        if match is None:
            return None
        person = self._mention_ending(match.start())
        if person is None or person.type != "person" or person.end != match.start():
            return None
        return person

    def _apposed_to(self, person: Mention, np_start: int) -> bool:
        """Whether a noun phrase at ``np_start`` is in apposition right after ``person``
        (``Name, the ...``, ``Name of Place, the ...``)."""
        between = self.masked[person.end : np_start]
        if re.fullmatch(r",[ \u00a0]*", between):
            return True
        place = self._mention_ending(len(between.rstrip(" ,\u00a0")) + person.end)
        return (
            place is not None
            and place.type != "person"
            and self._person_of(place) == person
            and re.fullmatch(r",[ \u00a0]*", self.masked[place.end : np_start]) is not None
        )

    def _appositive_person(self, start: int, np_start: int) -> Mention | None:
        before = self.masked[start:np_start].rstrip()
        if not before.endswith(","):
            return None
        return self._last_mention(start, np_start, ("person",))
