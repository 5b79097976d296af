"""Names as written and in full: the fullest form of a speaker's name in the article, short
forms and misspellings of it, titles stripped off, lone surnames.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs
from rapidfuzz.distance import OSA

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ARTICLES,
    CLAUSE_OPENERS,
    COURTESY,
    EN,
    EPITHETS,
    LONE_NOT_NAMES,
    NAME_CHARACTER,
    PARTICLE_WORDS,
    PRONOUN_GENDERS,
    QUOTE_MASK,
    ROLE_MODIFIERS,
    SOURCE_OCCUPATIONS,
    SURNAME_PARTICLES,
    FullNames,
)
from newsbrief.annotators.quotes.attribution.name_runs import whole_run
from newsbrief.annotators.quotes.attribution.nicknamed_names import nicknamed_names
from newsbrief.annotators.quotes.attribution.press_words import press_words
from newsbrief.annotators.quotes.attribution.roles import RoleFinder, occupation_ending
from newsbrief.annotators.quotes.attribution.scanning import (
    title_cased,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker
from newsbrief.annotators.quotes.attribution.spelled_acronyms import spelled_out
from newsbrief.languages import language, on_reload

__all__ = ["NameForms"]

# A capitalised word ending a text (a first name before a surname).
_LAST_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*$")
#: The first word of a paragraph (a name written family name first may open one).
_FIRST_WORD = re.compile(r"[\w’'\-]+")

#: The kind of a written form that is the name itself (``("same", name)``), as the forms key it.
_SAME = "same"


#: Words that open a capitalised title before its role noun (``Senior Advocate``; also an
#: occupation's noun, ``Astrophysicist``: :func:`occupation_ending`): the role before a name.
_TITLE_MODIFIERS = EN.words("quotes", "title_modifiers")
#: A title's last word when the place it names was read into the name (``Mayor of``:
#: ``[quotes] title_place_links``), with the space before it.
_TITLE_PLACE_ENDINGS = tuple(f" {word}" for word in sorted(EN.words("quotes", "title_place_links")))
#: Nouns of what a person does, written out whole (``[quotes] occupation_nouns``, ``[entities]
#: player_nouns``: ``trumpeter``, ``spinner``); no compound's ending (``Jusman`` is a name).
_OCCUPATION_NOUNS = EN.words("quotes", "occupation_nouns") | EN.words("entities", "player_nouns")
#: Nouns describing a body that open a sentence before its name (``Rival``, ``Insurer``).
_BODY_DESCRIPTORS = EN.words("entities", "opening_descriptors")


#: Two or three given names after a family name, then a comma or a lower-case word.
_GIVEN_NAMES_AFTER = re.compile(r"((?:[ \u00a0]\w[\w’'\-]*){2,3})(?=,|[ \u00a0]+[a-z])")
#: Initials as a first name, ending a text (``J.D.``, ``R.J.``).
_LAST_INITIALS = re.compile(r"(?<![\w’'.\-])(?:[A-Z]\.){2,3}$")
#: A generation suffix right after a surname (`` Jr.``, `` III``), not a sentence's next word.
_SUFFIX_AFTER = re.compile(rf"[ \u00a0]{plain_alternation(gz.NAME_SUFFIXES)}(?![\w’'\-])")


#: A word as a one-word name is looked for (after a space, up to a character that cannot
#: continue a name): indexed once per document, so each name's places are a dictionary look-up.
_WORD_AFTER_SPACE = re.compile(r"[ \u00a0]([\w’'\-]+)")


_INDEXED_WORD = re.compile(r"[\w’'\-]+")
#: The word (and its dot) ending a text before a name (``Ms ``, ``Mr. ``).
_WORD_ENDING = re.compile(r"(?<![\w’'\-])([A-Za-z]+\.?)[ \u00a0]+$")


#: Words looked up with :meth:`str.find` before a document's words are indexed.
_FOUND_WITHOUT_INDEX = 8


#: A one-word speaker this long or longer may be a surname misspelt by one letter.
_MISSPELT_LENGTH = 6


#: More surnames than this of one first letter and length: no misspelling is looked for.
_MISSPELT_BUCKET = 8


#: Acronyms of at most this many letters are looked up in the names they stand for.
_ACRONYM = 6


#: The entity types whose names have written forms (see ``Attributor.fullest``).
_NAMED_KINDS = frozenset({"person", "organisation"})


#: Titles of the peerage a name is written with (``Lord Triesman``).
_PEERAGE = frozenset(w.capitalize() for w in EN.words("quotes", "peerage"))


#: ``The``, ``And``, ``At``: capitalised words before a surname that are no first name.
_NOT_FIRST_NAMES = frozenset(
    w.capitalize() for w in EN.words("quotes", "function_words_before_surnames")
)


#: Honorifics that are no part of a speaker's name (``Mrs May``: ``May``): the titles of
#: courtesy but a peer's, which is written as part of the name.
_HONORIFIC_WORDS = COURTESY - _PEERAGE


# The capitalised word after an honorific standing alone as a speaker (``Mrs`` + `` May``).
_NAME_AFTER_HONORIFIC = re.compile(r"[ \u00a0]{1,2}([A-Z][\w’'\-]*[a-z])(?![\w’'\-])")


#: ``and`` right after a mention, and right before one: a list of names.
_LISTED = re.compile(r"[ \u00a0]+(?:and|&)[ \u00a0]")
_LISTED_BEFORE = re.compile(r"[ \u00a0](?:and|&)[ \u00a0]+$")

#: Words joining the capitalised words of a body's name (``of``, ``and``).
_RUN_JOINERS = frozenset(EN.words("quotes", "initials_skipped"))

#: How many full names of one surname, written last before a quotation, a courtesy title's
#: gender is looked for in (``_nearest_full_name``).
_FAMILY_REACH = 32

#: A word of a capitalised run.
_RUN_WORD = re.compile(r"[\w’'\-]+")


_PARTICLE_PREFIX = re.compile(rf"^{SURNAME_PARTICLES}-")


#: Two capitalised words opening a sentence before an apposition: a full name introduced
#: (``Gendon Subandono, the coach of ...,``).
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[.!?][ \u00a0]))([A-Z][a-z][\w’'\-]*)[ \u00a0]+([A-Z][a-z][\w’'\-]*)"
    rf"(?=,[ \u00a0]+(?:{ARTICLES}|\d{{1,3}},)[ \u00a0])",
    re.MULTILINE,
)


# A capitalised word opening a sentence (or after a dateline), then a lower-case word.
_LONE_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \u00a0])|(?<=[—–-][ \u00a0]))([A-Z][\w’'\-]+)(?=[ \u00a0]+[a-z])",
    re.MULTILINE,
)


#: The ASCII characters that are neither letters nor digits (dropped from a folded name).
_ASCII_NON_ALNUM = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not c.isalnum())
)


@functools.lru_cache(maxsize=8192)  # (a name is folded again at each of its quotations)
def _folded(name: str) -> str:
    """``name`` without accents, spaces, hyphens and case (``René Préval`` = ``Rene Preval``,
    ``Alain Le Roy`` = ``Alain LeRoy``)."""
    if name.isascii():  # most names: one translation, no walk over the characters
        return name.translate(_ASCII_NON_ALNUM).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def _form_rank(form: tuple[int, str]) -> tuple[int, int, int, int]:
    """The fuller of two written forms of one name: more accented letters, then more words,
    then longer, then the first written."""
    at, name = form
    accented = 0 if name.isascii() else sum(not c.isascii() for c in name)
    return (accented, name.count(" "), len(name), -at)


#: How many letters a case ending adds to a name's word (``Deutsche`` -> ``Deutschen``,
#: ``Ministerium`` -> ``Ministeriums``, ``Путин`` -> ``Путина``).
_CASE_ENDING = 2


def _declined(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` in another case (``Deutschen Bahn`` of ``Deutsche
    Bahn``, ``Innenministeriums`` of ``Innenministerium``): as many words, each the name's
    less at most its last letter plus an ending of a letter or two, no accent added."""
    words, names = written.split(), name.split()
    return (
        len(words) == len(names)
        and sum(not c.isascii() for c in written) == sum(not c.isascii() for c in name)
        and all(
            w.startswith(n[:-1]) and 0 <= len(w) - len(n) <= _CASE_ENDING and len(n) > _CASE_ENDING
            for w, n in zip(words, names, strict=True)
        )
    )


def _surname_of_words(words: Sequence[str]) -> bool:
    """Whether the closing ``words`` of a person's name may be a surname of several words:
    a lower-case particle among them (``Tavares de Almeida``), or a first word no given name
    of a known gender (``Garcia Lopez``, ``Te Rangi-Walsh``). ``Ali Hassan`` after ``Ahmed
    Ali Hassan``, ``Ann Smith`` after ``Mary Ann Smith`` are full names of their own: often
    another person."""
    return any(w[:1].islower() for w in words) or gz.first_name_gender(words[0]) not in (
        "male",
        "female",
    )


def _small_words(words: list[str]) -> int:
    """How many of ``words`` a name's initials leave out (``of``, ``and``, ``the``)."""
    skipped = _initials_skipped()
    return sum(w in skipped for w in words)


@functools.cache
def _initials_skipped() -> frozenset[str]:
    """Words an organisation's initials leave out (``[quotes] initials_skipped`` of the
    English data, read in every language's text: ``of``, ``and``, ``de``)."""
    return frozenset(language("en").words("quotes", "initials_skipped"))


class NameForms(RoleFinder):
    """Reads the forms of names: in full, short, misspelt, titled."""

    def _lone_name(self, start: int, gender: str) -> Referent | None:
        """``Beyoncé finally won ...`` then ``she said``, with no person named before: a
        one-word name the entity annotator left untyped, the subject of a sentence before
        ``start``, written at least twice and never in lower case, of the pronoun's gender or
        of none known."""
        if self.cues.profile is not None:
            return None
        if self._lone_names is None:
            self._lone_names = self._find_lone_names()
        positions, words = self._lone_names
        for index in range(bisect.bisect_left(positions, start) - 1, -1, -1):
            if gz.first_name_gender(words[index]) in (gender, "unknown", None):
                return Referent(positions[index], words[index], "person", None, frozenset())
        return None

    def _find_lone_names(self) -> tuple[list[int], list[str]]:
        """Where the document's one-word untyped names open sentences (see
        :meth:`_lone_name`), found once per document."""
        places = gz.place_names()
        body_words = frozenset(w for name in self._bodies for w in name.split())
        verdicts: dict[str, bool] = {}
        positions: list[int] = []
        words: list[str] = []
        for match in _LONE_SUBJECT.finditer(self.masked):
            word = match.group(1)
            if word not in verdicts:
                verdicts[word] = not (
                    word in LONE_NOT_NAMES
                    or word in gz.ROLE_WORDS
                    or word in gz.CALENDAR
                    or word in gz.DEMONYMS
                    or word in places
                    or word in self._bodies
                    or word in body_words
                    or word.lower() in self.role_nouns
                    or not self._proper_word(word)
                )
            if verdicts[word]:
                positions.append(match.start(1))
                words.append(word)
        return positions, words

    def in_full(self, speaker: Speaker) -> Speaker:
        """A one-word speaker (``Williams``) named by the one full name the article gives
        earlier and the entity annotator left untyped (``Butch Wilmore and Suni Williams``), or
        introduced at a sentence's opening (``Gendon Subandono, the coach``: ``Mr. Gendon``); a
        speaker of several words by its full form (see :meth:`_short_form`)."""
        if speaker.anonymous or self.cues.profile is not None:
            return speaker
        if " " in speaker.name:
            return self._short_form(self._family_member(speaker))
        if speaker.name in self._bodies:
            return speaker
        named = self._person_named(speaker.name)
        if named is not None:
            return attrs.evolve(
                speaker, name=named, role=speaker.role or self.role_of(named, speaker.start)
            )
        positions, verdicts = self._full_names(speaker.name)
        # The verdict over every full name written before the speaker: a bisection, not a
        # walk over all of them (one name quoted thousands of times made that quadratic).
        index = bisect.bisect_left(positions, speaker.start)
        full = verdicts[index - 1] if index else None
        if full is None and index == 0:
            full = self._introduced(speaker.name, speaker.start)
        if full == "":
            # Two full names so far: the one written nearest before, of the speaker's gender.
            full = self._nearest_full_name(speaker, index) or ""
        if full is None:  # "" is a verdict (two full names): no misspelling overrules it
            misspelt = self._misspelt(speaker.name)
            if misspelt is not None:
                role = speaker.role or self.role_of(misspelt, speaker.start)
                return attrs.evolve(speaker, name=misspelt, role=role)
            full = self._family_name_first(speaker.name, speaker.start)
        return attrs.evolve(speaker, name=full) if full else speaker

    def plain(self, speaker: Speaker) -> Speaker:
        """A named speaker without the words before the name that are no part of it: an
        honorific (``Mrs May`` -> ``Theresa May``, the one person of several words the article
        names so, else ``May``; ``Mrs`` standing alone takes the capitalised word after it) and,
        for a person, a demonym or an epithet (``Spaniard Sergio Garcia`` -> ``Sergio
        Garcia``); a title standing alone, by the one person the article gives it (see
        :meth:`_titled`). English only (a title is part of a name's case forms elsewhere)."""
        if self.cues.profile is not None:
            return speaker
        words = speaker.name.split()
        # A body's name holds no title nor honorific (``General Electric Company``).
        body = speaker.name in self._bodies
        if (
            len(words) > 2
            and words[-1] in gz.POST_NOMINALS
            and title_cased(words)
            # ``Orange County SC``: letters after a place's or a body's name are the club's.
            and " ".join(words[:-1]) not in self._bodies
        ):
            # ``Jeane Freeman MSP``: the letters after a name are no part of it; read as a
            # role phrase (``MP``), a first name opening it still makes it a person's name.
            words = words[:-1]
            person = not speaker.anonymous or gz.first_name_gender(words[0]) is not None
            speaker = attrs.evolve(
                speaker, name=" ".join(words), anonymous=speaker.anonymous and not person
            )
        if speaker.anonymous:
            return self._titled(speaker)
        if (
            len(words) > 1
            and words[0].lower() in _BODY_DESCRIPTORS
            and words[0][1:].islower()
            and gz.first_name_gender(words[0]) is None
        ):
            # ``Rival Zentro said``: a word describing a body opening its sentence, read into
            # the name, is no part of it.
            words = words[1:]
            speaker = attrs.evolve(speaker, name=" ".join(words))
            body = True
        if body:
            return speaker
        title = self._title_words(words, people_only=True) or self._descriptor_words(words)
        if (
            title
            and title_cased(words)
            # a person's name, or an untyped one opening with a first name after the title
            and (speaker.name in self._people or gz.first_name_gender(words[title]) is not None)
        ):
            # ``Detective Inspector Jo Reyes``: a title read into a name is its role.
            role = speaker.role or " ".join(words[:title])
            words = words[title:]
            speaker = attrs.evolve(speaker, name=" ".join(words), role=role)
        if not words:
            return speaker
        if words[0] in _HONORIFIC_WORDS:
            rest = words[1:]
            if not rest:
                after = _NAME_AFTER_HONORIFIC.match(self.masked, speaker.end)
                if after is None or (
                    # a month is a name only as the surname of the one person so named
                    after.group(1) in gz.CALENDAR and self._person_named(after.group(1)) is None
                ):
                    return speaker
                rest = [after.group(1)]
            name = " ".join(rest)
            if len(rest) == 1:
                name = self._person_named(rest[0]) or name
            return attrs.evolve(speaker, name=name)
        if speaker.name not in self._people:
            return speaker
        lead = 0
        while lead < len(words) - 2 and (
            words[lead] in gz.DEMONYMS or words[lead].lower() in EPITHETS
        ):
            lead += 1
        return attrs.evolve(speaker, name=" ".join(words[lead:])) if lead else speaker

    def _title_words(self, words: list[str], *, people_only: bool = False) -> int:
        """How many words opening a person's name ``words`` are a title (each part a role
        noun: ``Detective Inspector Jo Reyes``: 2), a first and a last name left."""
        title = 0
        while title < len(words) - 2 and all(
            self._role_noun(part, people_only=people_only) for part in words[title].split("-")
        ):
            title += 1
        return title

    def _descriptor_words(self, words: list[str]) -> int:
        """How many capitalised words opening a person's name ``words`` describe the person
        and are no first name, a first and a last name left (``Astrophysicist Ada Roe``,
        ``Shopper Jo Kemp``, ``Senior Advocate Ravi Menon``, ``Leg-spinner Ravi Rao``: the
        role): each an occupation or role noun (a hyphenated one by its last part), a word the
        article writes in lower case elsewhere (a common noun, not a name: ``Grant`` of ``Grant
        Shapps`` is a first name and stays), a title's plural (``Justices``), or a modifier of
        a title (``Senior``) before one of those."""
        lead = described = 0
        while lead < len(words) - 2:
            word = words[lead]
            lower = word.lower()
            if not word.replace("-", "").isalpha() or gz.first_name_gender(word) is not None:
                break
            if lower in _TITLE_MODIFIERS or lower in ROLE_MODIFIERS:
                lead += 1  # ``Senior``: a title's only before a role noun
                continue
            singular = lower[:-1] if lower.endswith("s") else lower
            if not (
                self._role_noun(word, people_only=True)
                or lower in SOURCE_OCCUPATIONS
                or occupation_ending(lower)
                # ``Trumpeter Wynton Pell``, ``Leg-spinner Ravi Rao``: what the person does
                or lower.rpartition("-")[2] in _OCCUPATION_NOUNS
                or self._count(lower) > 0
                # a title's plural (``Justices``, ``Senators``): several titled, this one too
                or (singular != lower and (self._count(singular) > 0 or word[:-1] in gz.ROLE_WORDS))
            ):
                break
            lead = described = lead + 1
        return described

    def _titled(self, speaker: Speaker) -> Speaker:
        """An unnamed speaker that is a capitalised title (``says Foreign Minister``, in a
        headline) named by the one person the article gives that title (``Foreign minister
        Walid al-Moualem``), the title as the role."""
        words = speaker.name.split()
        if (
            not words
            or not all(w[:1].isupper() for w in words)
            or not self._role_noun(words[-1].lower())
        ):
            return speaker
        if self._titled_people is None:
            # Once per document, each mention's role read once (remembered): linear.
            self._titled_people = {}
            for name, mentions in self._person_mentions.items():
                for mention in mentions:
                    role = self._mention_role(mention)
                    if role:
                        self._titled_people.setdefault(role.casefold(), set()).add(name)
        people = self._titled_people.get(speaker.name.casefold(), set())
        if len(people) != 1:
            return speaker
        return attrs.evolve(speaker, name=next(iter(people)), anonymous=False, role=speaker.name)

    def _introduced(self, first: str, before: int) -> str | None:
        """The one full name an untyped speaker called by a first name (``Mr. Gendon``) is
        introduced by before ``before``: the first name and a capitalised word opening a
        sentence before an apposition (``Gendon Subandono, the coach of ...,``)."""
        if self._introductions is None:
            # One pass over the text for every first name: a pass per name grew with speakers.
            self._introductions = {}
            for match in _INTRODUCTION.finditer(self.masked):
                self._introductions.setdefault(match.group(1), []).append(
                    (match.start(), f"{match.group(1)} {match.group(2)}")
                )
        found = self._introductions.get(first, ())
        names = {name for at, name in found if at < before}
        return names.pop() if len(names) == 1 else None

    def _short_form(self, speaker: Speaker) -> Speaker:
        """A speaker of several words named by the one person the article names in full:
        a surname opening with a capitalised particle (``De Boer`` for ``Yvo de Boer``), a
        name after a title the entity annotator kept (``Secretary-General Ban Ki-Moon``); or
        the place of a title ending in ``of`` moved from the name to the role (``Mayor of`` +
        ``Pichilemu Roberto Córdova``: ``Roberto Córdova``, ``Mayor of Pichilemu``)."""
        words = speaker.name.split()
        if speaker.role and speaker.role.endswith(_TITLE_PLACE_ENDINGS) and len(words) > 2:
            # ``Mayor of Pichilemu Roberto Córdova``: the entity annotator read the place of
            # the title into the name; the name opens at its first name.
            opens = next(
                (i for i in range(1, len(words) - 1) if gz.first_name_gender(words[i])), None
            )
            if opens is not None:
                role = f"{speaker.role} {' '.join(words[:opens])}"
                return attrs.evolve(speaker, name=" ".join(words[opens:]), role=role)
        if len(words) == 2 and words[0].lower() in PARTICLE_WORDS:
            named = self._person_named(f"{words[0].lower()} {words[1]}")
        elif len(words) < 3 or speaker.name not in self._people:
            return speaker  # most names: no title to read off
        else:
            title = self._title_words(words)
            if not title:
                return speaker
            named = self._person_named(" ".join(words[title:]).casefold())
            if named is None:
                return speaker
            role = speaker.role or " ".join(words[:title])
            return attrs.evolve(speaker, name=named, role=role)
        if named is None or named == speaker.name:
            return speaker
        return attrs.evolve(
            speaker, name=named, role=speaker.role or self.role_of(named, speaker.start)
        )

    def fullest(self, speaker: Speaker) -> Speaker:
        """A named speaker under the fullest form the article wrote before it. Of the forms
        the entity annotator gave one name (or that differ only in accents, spaces and case),
        the fullest: ``Rene Preval`` as ``René Préval``, ``UN`` as ``United Nations``,
        ``Alain LeRoy`` as ``Alain Le Roy``; then the one longer name of a person opening with
        it (``Roberto Córdova`` as ``Roberto Córdova Carreño``), the one name of a body ending
        with it or spelling its initials, a peer's title (``Triesman`` as ``Lord Triesman``).
        One entity, one name in the output, except a place named where it speaks under
        another of its names (see :meth:`_place_as_written`)."""
        if speaker.anonymous:
            return speaker
        written = self._place_as_written(speaker)
        if written is not None:
            return attrs.evolve(speaker, name=written)
        name, before = speaker.name, speaker.start
        # The answer changes only where a form is written: it is worked out once per such
        # place and name, then looked up by bisection.
        places = self._fullest.get(name)
        if places is None:
            breaks = self._form_places(name)
            places = self._fullest[name] = (breaks, [self._fullest_name(name, b) for b in breaks])
        index = bisect.bisect_right(places[0], before) - 1
        if index < 0 or places[1][index] == name:
            # ``Senior guard Ann “Nan” Roe led ...`` then ``Roe said`` (``le défenseur Karim
            # « le Chat » Diallo``, in any language): the entity annotator splits a name at a
            # nickname in quotation marks; the name is read without it.
            nicknamed = self._nickname_free(name, before)
            if nicknamed is not None:
                # (its role is read where it is written in full: ``City council member Jerome
                # "J.T." Talley``, the entity annotator's mentions split at the nickname)
                start, full, end = nicknamed
                role = speaker.role or self._role_before(start, end=end)
                return attrs.evolve(speaker, name=full, role=role)
        if index < 0 or places[1][index] == name:
            return speaker
        full, role = places[1][index], speaker.role
        title = full.split(None, 1)[0]
        if role and title in _PEERAGE and role.rsplit(None, 1)[-1] == title:
            role = role.rsplit(None, 1)[0] if " " in role else None  # ``Minister Lord``
        return attrs.evolve(speaker, name=full, role=role)

    def whole_name(self, speaker: Speaker) -> Speaker:
        """A body's name the entity annotator cut short, in full: the whole run of
        capitalised words one of its mentions is written in (``U.S. Customs and Border
        Protection said`` -> ``U.S. Customs and Border Protection``, not ``Border
        Protection``), the longest such. Never a person's of a known first name, nor a place's.
        English only. The mentions are read once per document."""
        if speaker.anonymous or self.cues.profile is not None:
            return speaker
        if self._whole_names is None:
            self._whole_names = self._find_whole_names()
        whole = self._whole_names.get(speaker.name)
        if whole is None:
            # ``Fish and Wildlife Service`` read as the subject holding ``Wildlife Service``.
            written = " ".join(speaker.mention.split())
            whole = next(
                (
                    run
                    for m in self.within(speaker.start, speaker.end)
                    if m.end - m.start < speaker.end - speaker.start  # a longer subject
                    and (run := self._whole_names.get(m.name)) is not None
                    and written in run
                ),
                None,
            )
        return speaker if whole is None else attrs.evolve(speaker, name=whole)

    def _common_word(self, word: str) -> bool:
        """Whether ``word`` is also written in lower case in the article."""
        return self._count(word.lower()) > 0

    def _find_whole_names(self) -> dict[str, str]:
        """Each name of a body (or of an untyped or person-typed run no first name opens)
        -> the longest capitalised run one of its mentions is part of, when longer."""
        found: dict[str, str] = {}
        text, masked = self.text, self.masked
        common = self._common_word
        for mention in self.mentions:
            if mention.type not in ("organisation", "person") or (
                mention.type != "person" and mention.name in self._people
            ):
                continue
            words = mention.name.split()
            if mention.type == "person" and (
                len(words) < 2 or gz.first_name_gender(words[0]) is not None
            ):
                continue
            span = whole_run(masked, mention.start, mention.end, common)
            if span is None:
                continue
            inside = self.within(*span)
            if any(m.type != "place" and m.name != mention.name for m in inside):
                continue  # another body or a person in the run: a list, not one name
            if any(
                _LISTED.match(masked, m.end)
                or _LISTED_BEFORE.search(masked, max(0, m.start - 8), m.start)
                for m in inside
                if m.name != mention.name
            ):
                continue  # ``NATO and Ukraine``: a place joined whole to the body, a list
            if _whole_line(masked, span):
                continue  # ``Harbour Union Rejects Pay Offer``: a headline, no body's name
            if _run_says(masked, span, inside):
                continue  # ``Hamas Says Talks Stalled``: a headline's verb, no body's name
            if mention.type == "person" and not (
                set(masked[span[0] : span[1]].split()) & _RUN_JOINERS
            ):
                continue  # a person-typed run is a body's when words join its capitals
            run = " ".join(text[span[0] : span[1]].split())
            if len(run) > len(found.get(mention.name, mention.name)):
                found[mention.name] = run
        return found

    def _nickname_free(self, name: str, before: int) -> tuple[int, str, int] | None:
        """The last name written with a nickname inside it before ``before`` whose family
        name is the one-word ``name``, without the nickname (``Ann Roe`` for ``Ann “Nan”
        Roe``), or that is ``name`` without it or ends with ``name``'s two surnames, with where
        it is written (start, name, end).
        The names are those of :func:`nicknamed_names`, read once per document."""
        if " " in name:
            # ``Ann Roe``, or the two surnames after the nickname (``Iker «el Pirata» Montes
            # Calvo`` read as ``Montes Calvo``)
            given, _, family = name.rpartition(" ")
            found = self._nickname_free(family, before) if " " not in given else None
            whole = found is not None and (found[1] == name or found[1].endswith(" " + name))
            return found if whole else None
        if self._nicknamed is None:
            self._nicknamed = {}
            for nicknamed in nicknamed_names(self.text):
                if nicknamed.given in LONE_NOT_NAMES:
                    continue
                for family in (w for w in nicknamed.surnames.split() if w[:1].isupper()):
                    self._nicknamed.setdefault(family, []).append(
                        (nicknamed.start, nicknamed.full, nicknamed.end)
                    )
        written = self._nicknamed.get(name)
        if not written:
            return None
        index = bisect.bisect_left(written, (before, "")) - 1
        return written[index] if index >= 0 else None

    def _place_as_written(self, speaker: Speaker) -> str | None:
        """The name a place speaker is written under where it speaks, when that is another
        of the place's names than the entity's (``Britain says`` -> ``Britain``, not
        ``United Kingdom``): the speaker as the article names it. Initials (``U.K. says``) and
        a spelling that differs only in accents, spaces or case keep the entity's name; so does
        every language but English (a written form there may be a case form: ``України``)."""
        if self.cues.profile is not None:
            return None
        mention = self._mention_starting(speaker.start)
        if mention is None or mention.type != "place" or mention.name != speaker.name:
            return None
        written = self.text[mention.start : mention.end]
        if _folded(written) == _folded(mention.name) or any(
            word.replace(".", "").isupper() for word in written.split()
        ):
            return None
        return written

    def _form_places(self, name: str) -> list[int]:
        """Where the forms that :meth:`_fullest_name` reads for ``name`` are written."""
        forms = self._forms if self._forms is not None else self._written_forms()
        # The name's own form changes nothing: the name is always a candidate.
        others = [
            entry
            for entry in (*forms.get(("same", name), ()), *forms.get(("fold", _folded(name)), ()))
            if entry[1] != name
        ]
        places = [at for at, _ in others]
        for form in {name, *(form for _, form in others)} if others else (name,):
            for kind in self._longer_kinds(name, form):
                places.extend(at for at, _ in forms.get((kind, form), ()))
        return sorted(set(places)) if places else places

    def _longer_kinds(self, name: str, form: str) -> tuple[str, ...]:
        """The longer names a written ``form`` of ``name`` may stand for: an acronym's
        spelled-out name, a peer's titled name, a person's or a body's longer name."""
        if " " not in form:
            if form.isupper() and len(form) <= _ACRONYM:
                return ("initials",)
            # ``— заявили в Kernel`` after ``Kernel Holding S.A.`` (other languages).
            if self.cues.profile is None:
                # ``Marlow`` after ``Marlow Terminals``, ``Oilers`` after ``Edmonton Oilers``:
                # a body named by one word of the one longer body's name it opens or ends
                # (typed a body: an untyped ``Ortiz`` may be a person's surname).
                body = self.is_organisation(name)
                return ("peer", "first word", "last word") if body else ("peer",)
            body = self.is_organisation(name) or (
                name not in self._bodies and name not in self._people
            )  # a body or an untyped name, never a person's or a place's
            return ("peer", "first word") if body else ("peer",)
        return ("person opens", "surname") if name in self._people else ("ends", "opens")

    def _fullest_name(self, name: str, before: int) -> str:
        """The fullest form of ``name`` written up to ``before`` (see :meth:`fullest`)."""
        forms = self._forms if self._forms is not None else self._written_forms()
        read = [*forms.get(("same", name), ()), *forms.get(("fold", _folded(name)), ())]
        full = max([(at, form) for at, form in read if at <= before], key=_form_rank, default=None)
        if full is None or _form_rank(full) <= _form_rank((before, name)):
            full = (before, name)
        for kind in self._longer_kinds(name, full[1]):
            longer = {form for at, form in forms.get((kind, full[1]), ()) if at <= before}
            if len(longer) == 1:
                return longer.pop()
        return full[1]

    def _written_forms(self) -> dict[tuple[str, str], list[tuple[int, str]]]:
        """Each name, folded form, person's opening words, body's closing words, initials
        and peer's name -> the ``(position, written form)`` of the longer names it stands
        for. Built once per document, on the first named speaker."""
        text = self.text
        forms: dict[tuple[str, str], list[tuple[int, str]]] = {}
        # Each name's written forms, at their first place (a comprehension over the mentions
        # from the last: the first written wins).
        first = {
            (m.name, text[m.start : m.end]): (m.start, m.type)
            for m in reversed(self.mentions)
            if m.type in _NAMED_KINDS
        }
        peers = any(f"{title} " in text for title in _PEERAGE)  # mostly none: no look back
        add = forms.setdefault
        for (name, written), (at, kind) in first.items():
            entry = (at, written)
            if written != name:  # the name itself is always a candidate
                add(("same", name), []).append(entry)
            spelled = self._bracketed_acronym(at, written) if kind != "person" else None
            if spelled is not None:
                add(("initials", written), []).append((at, spelled))
            add(("fold", _folded(written)), []).append(entry)
            if " " not in written:
                before = text[max(0, at - 10) : at].split() if peers else None
                if kind == "person" and before and before[-1] in _PEERAGE:
                    add(("peer", written), []).append((at, f"{before[-1]} {written}"))
                continue
            words = written.split()
            for size in range(2, len(words)):
                forms.setdefault(("opens", " ".join(words[:size])), []).append(entry)
                if kind == "person":
                    # A person's longer name is a person's: a title-case headline read as one
                    # body (``Director Meera Joshi On Her New Film``) is no fuller name of hers.
                    forms.setdefault(("person opens", " ".join(words[:size])), []).append(entry)
                if kind != "person":
                    forms.setdefault(("ends", " ".join(words[-size:])), []).append(entry)
                elif _surname_of_words(words[-size:]):
                    # A surname of several words (``Tavares de Almeida``, ``Te Rangi-Walsh``,
                    # ``Nic Giolla Bhríde``) written alone after the full name.
                    forms.setdefault(("surname", " ".join(words[-size:])), []).append(entry)
            if kind != "person":
                capitals = [w for w in words if w[:1].isupper()]
                if len(capitals) == len(words) - _small_words(words):
                    forms.setdefault(("initials", "".join(w[0] for w in capitals)), []).append(
                        entry
                    )
                    if self.cues.profile is None and len(capitals) < len(words):
                        # ``DOJ``, ``DOA``: ``Department of Justice``, ``Department of
                        # Agriculture``, whose acronyms keep the ``of``'s letter.
                        every = "".join(w[0] for w in words).upper()
                        forms.setdefault(("initials", every), []).append(entry)
                elif self.cues.profile is not None and len(words) > 2:
                    # ``НБУ``: ``Національний банк України``, its nouns in lower case too;
                    # ``МОН``: ``Міністерство освіти і науки``, without its small words (in
                    # Ukrainian and Russian, whose acronyms leave them out).
                    initials = "".join(w[0] for w in words).upper()
                    forms.setdefault(("initials", initials), []).append(entry)
                    code = self.cues.profile.code
                    common = language(code).stopwords if press_words(code).cased_names else ()
                    kept = [w for w in words[1:] if w not in common]
                    if len(kept) < len(words) - 1:
                        initials = (words[0][0] + "".join(w[0] for w in kept)).upper()
                        forms.setdefault(("initials", initials), []).append(entry)
                    # ``СВФУ``: ``Северо-Восточный федеральный университет``, each part of a
                    # hyphened word giving its letter.
                    parts = [p for w in [words[0], *kept] for p in w.split("-") if p]
                    if len(parts) > len(kept) + 1:
                        initials = "".join(p[0] for p in parts).upper()
                        forms.setdefault(("initials", initials), []).append(entry)
                forms.setdefault(("first word", words[0]), []).append(entry)
                if self.cues.profile is None:
                    forms.setdefault(("last word", words[-1]), []).append(entry)
        for (kind, name), entries in forms.items():
            if kind == _SAME:
                # ``Der Deutschen Bahn zufolge`` after ``Die Deutsche Bahn``: a case form of
                # the name, or of another form of it, is no fuller name.
                spellings = {form for _, form in entries} | {name}
                entries[:] = [
                    (at, form)
                    for at, form in entries
                    if not any(_declined(form, other) for other in spellings if other != form)
                ]
        self._forms = forms
        return forms

    def _bracketed_acronym(self, at: int, written: str) -> str | None:
        """The name a body's acronym written in brackets at ``at`` right after it spells out
        (``die Vereinigung der kommunalen Arbeitgeberverbände (VKA)``, whose compounds hide the
        acronym's letters inside words; ``la Fédération nationale des brasseurs de cidre
        (FNBC)``, whose lower-case words give letters and whose small words none, so that the
        initials of its capitals alone do not tell). Languages other than English."""
        profile = self.cues.profile
        if profile is None or not written.isupper() or len(written) > _ACRONYM:
            return None
        text = self.text
        bracket = at - 1
        if text[bracket:at] != "(" or text[at + len(written) : at + len(written) + 1] != ")":
            return None
        words = language(profile.code)
        articles = (
            words.words("quotes", "definite_articles")
            | words.words("quotes", "indefinite_articles")
            | words.words("quotes", "elided_articles")
        )
        # Letters inside a word count only where nouns join into compounds (German).
        inside = press_words(profile.code).capitalised_nouns
        return spelled_out(
            text, bracket, written, frozenset(w.lower() for w in articles), inside=inside
        )

    def _person_named(self, word: str) -> str | None:
        """The one person of several words the entity annotator found whose name opens or
        ends with ``word`` (``Moualem``, ``Ri`` -> ``Walid al-Moualem``, ``Ri Yong Ho``)."""
        if self._name_words is None:
            self._name_words = {}
            for name in self._people:
                words = name.split()
                if len(words) < 2 or all(
                    self.masked[m.start] == QUOTE_MASK for m in self._person_mentions.get(name, ())
                ):
                    continue  # a name written only inside quotation marks: a nickname
                if len(words) == 2 and words[0] in _HONORIFIC_WORDS:
                    # ``Prof Berzofsky`` after ``Jay Berzofsky``: the entity annotator's second
                    # person is the surname under a courtesy title, not another full name.
                    continue
                if len(words) > 2 and words[-1] in gz.NAME_SUFFIXES:
                    # ``R.J. Delgado-Pruitt III``: the surname is the word before the suffix.
                    words = words[:-1]
                last = words[-1]
                keys = {words[0], last, _PARTICLE_PREFIX.sub("", last), name.casefold()}
                if len(words) > 2 and words[-2].lower() in PARTICLE_WORDS:
                    keys.add(f"{words[-2].lower()} {last}")  # ``De Boer``: ``Yvo de Boer``
                for key in keys:
                    self._name_words.setdefault(key, set()).add(name)
        names = self._name_words.get(word)
        return next(iter(names)) if names is not None and len(names) == 1 else None

    def _misspelt(self, word: str) -> str | None:
        """The one person of several words whose surname ``word`` misspells by one letter
        (``Kavadarkov`` for ``Vladimir Kavardarkov``, ``Clements`` for ``Tony Clement``,
        ``DesRoiser`` for ``Dennis DesRosier``): a letter added, left out, changed or two
        swapped, the first letter kept, and no person's name opening or ending with ``word``
        as written (see :meth:`_person_named`)."""
        if len(word) < _MISSPELT_LENGTH or not word[:1].isupper() or not word.isalpha():
            return None
        if self._person_named(word) is not None or self._name_words is None:
            return None
        if word in self._name_words:
            return None  # two people so named: ambiguous, not misspelt
        surnames = self._surnames
        if surnames is None:
            surnames = self._surnames = {}
            for key, names in self._name_words.items():
                if len(names) == 1 and " " not in key and key[:1].isupper():
                    (name,) = names
                    if key == name.split()[-1] and len(key) >= _MISSPELT_LENGTH:
                        surnames.setdefault((key[0], len(key)), []).append(key)
        found: set[str] = set()
        for size in (len(word) - 1, len(word), len(word) + 1):
            bucket = surnames.get((word[0], size), ())
            # A bucket of many surnames of one first letter and length: a list of names,
            # not a misspelling to mend (and a bound on the work per speaker).
            if len(bucket) > _MISSPELT_BUCKET:
                return None
            # One edit of optimal string alignment: a letter added, left out or changed, or two
            # neighbours swapped.
            found.update(key for key in bucket if OSA.distance(word, key, score_cutoff=1) == 1)
        if len(found) != 1:
            return None
        (names,) = (self._name_words[key] for key in found)
        return next(iter(names))

    def _full_names(self, last: str) -> FullNames:
        """Where a capitalised word is written right before ``last`` (``"First Last"``), in
        text order, with, for each, the one full name found up to there (``""`` when two
        differ). Looked up in an index of the whole text built once per document: a scan of
        the text per speaker made articles of many speakers quadratic."""
        known = self._full_index.get(last)
        if known is not None:
            return known
        if _INDEXED_WORD.fullmatch(last):
            starts: Iterable[int] = self._places_of(last)
        else:  # a name of other characters (``St.Clair``): looked for on its own
            pattern = rf"(?<=[ \u00a0]){re.escape(last)}(?![\w’'\-])"
            starts = [match.start() for match in re.finditer(pattern, self.masked)]
        positions: list[int] = []
        verdicts: list[str] = []
        written: list[str] = []
        names: set[str] = set()
        gazetteer_places = gz.place_names()
        for start in starts:
            before = self.masked[max(0, start - 40) : start].rstrip(" \u00a0")
            word = _LAST_CAPITALISED.search(before) or _LAST_INITIALS.search(before)
            if word is None:
                continue
            first = word.group(0)
            if (
                first in gz.ROLE_WORDS
                or first in gz.HONORIFICS
                or first in gz.CALENDAR
                or first in gazetteer_places
                or first in _NOT_FIRST_NAMES
                or first.lower() in CLAUSE_OPENERS  # ``While Ri reprised ...``
            ):
                continue
            # ``R.W. Okafor Jr.``: a generation suffix right after the surname is the name's.
            suffix = _SUFFIX_AFTER.match(self.masked, start + len(last))
            full = f"{first} {last}{suffix.group(0) if suffix else ''}"
            names.add(full)
            written.append(full)
            positions.append(start - len(before) + word.start())
            verdicts.append(next(iter(names)) if len(names) == 1 else "")
        found = (positions, verdicts)
        self._full_index[last] = found
        self._full_written[last] = written
        return found

    def _nearest_full_name(self, speaker: Speaker, written_before: int) -> str | None:
        """Of the several full names holding the one-word ``speaker`` (``Aoife Culligan``,
        ``Darragh Culligan``), the one written last of the ``written_before`` first whose
        first name is of the gender the courtesy title before the speaker gives (``Ms
        Culligan``), or the pronoun naming it (``she said``): a family's members are
        introduced where they are quoted, so the nearest is the one meant. None without
        such a title or pronoun."""
        gender = PRONOUN_GENDERS.get(speaker.mention.lower()) or self._courtesy_gender(
            speaker.start
        )
        if gender is None:
            return None  # no title: ``Lee`` after ``Jo Lee`` and ``Mo Lee`` stays ambiguous
        names = self._full_written.get(speaker.name, [])
        # The last few only: a family is introduced near its quotations, and a long article
        # of one surname's men must not be walked back through for every ``Ms X``.
        for name in names[max(0, written_before - _FAMILY_REACH) : written_before][::-1]:
            first = gz.first_name_gender(name.split()[0])
            if first == gender:
                return name
            if first not in ("female", "male"):
                return None  # ``Chris`` nearer, of either gender (or none known): may be meant
        return None

    def _family_member(self, speaker: Speaker) -> Speaker:
        """``Mrs Okonedo`` read as ``Thomas Okonedo``, a man: the full name, written before,
        of the one of that surname whose first name is of the title's gender."""
        surname = speaker.mention
        if not surname[:1].isupper() or not speaker.name.endswith(f" {surname}"):
            return speaker
        gender = self._courtesy_gender(speaker.start)
        if gender is None or gz.first_name_gender(speaker.name.split()[0]) in (gender, None):
            return speaker
        positions, _ = self._full_names(surname)
        index = bisect.bisect_left(positions, speaker.start)
        name = self._nearest_full_name(attrs.evolve(speaker, name=surname), index)
        if name is None or gz.first_name_gender(name.split()[0]) != gender:
            return speaker
        return attrs.evolve(speaker, name=name, role=self.role_of(name, speaker.start))

    def _courtesy_gender(self, at: int) -> str | None:
        """The gender the title right before ``at`` tells (``Ms``, ``Mr.``), if any."""
        word = _WORD_ENDING.search(self.text, max(0, at - 8), at)
        if word is None:
            return None
        lower = word.group(1).lower()
        if lower in gz.FEMALE_NOUNS:
            return "female"
        return "male" if lower in gz.MALE_NOUNS else None

    def _family_name_first(self, family: str, before: int) -> str | None:
        """The one full name written before ``before`` with ``family`` as its first word and
        two or three capitalised words after it, then a comma or a lower-case word
        (``Kovacs Ilona Maria, a logistics manager``, ``Lý Văn Hải Nam has won``): the family
        name first, as Vietnamese, Chinese or Hungarian names are written. The full names are
        found once per family name, each with the verdict up to it, and bisected (a walk per
        speaker made articles quoting one such name thousands of times quadratic)."""
        if not _INDEXED_WORD.fullmatch(family):
            return None
        known = self._family_index.get(family)
        if known is None:
            known = self._family_index[family] = self._family_names(family)
        positions, verdicts = known
        index = bisect.bisect_left(positions, before)
        return (verdicts[index - 1] or None) if index else None

    def _family_names(self, family: str) -> FullNames:
        """Where each full name beginning with ``family`` is written, in text order, with the
        one such name found up to there (``""`` when two differ)."""
        if self._paragraph_openings is None:
            self._paragraph_openings = {}
            for start, _ in self.paragraphs:
                word = _FIRST_WORD.match(self.masked, start)
                if word is not None:
                    self._paragraph_openings.setdefault(word.group(0), []).append(start)
        positions: list[int] = []
        verdicts: list[str] = []
        names: set[str] = set()
        for start in sorted({*self._paragraph_openings.get(family, ()), *self._places_of(family)}):
            tail = _GIVEN_NAMES_AFTER.match(self.masked, start + len(family))
            if tail is None:
                continue
            given = tail.group(1).split()
            mention = self._mention_starting(start)
            if (mention is not None and mention.type != "person") or any(
                not word[0].isupper()
                or word in gz.ROLE_WORDS
                or word in gz.CALENDAR
                or word.lower() in self.role_nouns
                for word in given
            ):
                continue
            names.add(" ".join((family, *given)))
            positions.append(start)
            verdicts.append(next(iter(names)) if len(names) == 1 else "")
        return positions, verdicts

    def _places_of(self, word: str) -> Sequence[int]:
        """Where ``word`` (of name characters only) is written after a space, whole, in text
        order. The first few words are found with :meth:`str.find`; a document that asks for
        more gets an index of all its words, made once (a scan of the text per speaker made
        articles of many speakers quadratic; an index of every word, articles of few slow)."""
        places = self._word_places
        if places is None and self._words_found < _FOUND_WITHOUT_INDEX:
            self._words_found += 1
            masked, size = self.masked, len(word)
            found = []
            at = masked.find(word, 1)
            while at >= 0:
                if masked[at - 1] in " \u00a0" and NAME_CHARACTER.match(masked, at + size) is None:
                    found.append(at)
                at = masked.find(word, at + 1)
            return found
        if places is None:
            places = self._word_places = {}
            # The space is matched, not looked behind at: the engine then jumps from space to
            # space instead of testing every position.
            for match in _WORD_AFTER_SPACE.finditer(self.masked):
                places.setdefault(match.group(1), []).append(match.start(1))
        return places.get(word, ())


# (A language data file reloaded is read again.)
on_reload(_initials_skipped.cache_clear)


def _run_says(text: str, span: tuple[int, int], inside: Sequence[Mention]) -> bool:
    """Whether a speech verb (``Says``, ``Warns``) is one of the words of ``text[span]``
    that no mention ``inside`` it covers (``United States`` is a place's, no verb)."""
    for word in _RUN_WORD.finditer(text, *span):
        if word.group(0).lower() in EN.speech_verbs and not any(
            m.start <= word.start() < m.end for m in inside
        ):
            return True
    return False


#: Spaces, then a line's end or the text's (looked at within a few characters only).
_LINE_END = re.compile(r"[ \u00a0\t]*(?:\n|$)")
_LINE_START = re.compile(r"(?:^|\n)[ \u00a0\t]*$")


def _whole_line(text: str, span: tuple[int, int]) -> bool:
    """Whether ``text[span]`` is a line of its own (a headline in title case)."""
    start, end = span
    return bool(_LINE_START.search(text, max(0, start - 8), start) and _LINE_END.match(text, end))
