"""Pronoun and back-reference resolution: ``she said``, ``the spokeswoman said``, ``the
company said`` resolved to the nearest earlier referent of fitting gender, role or kind.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.candidate_scores import CandidateScorer
from newsbrief.annotators.quotes.attribution.case_forms import nominative_name
from newsbrief.annotators.quotes.attribution.datelines import after_dateline
from newsbrief.annotators.quotes.attribution.english_words import (
    AGE_NOUN,
    CLAUSE_LOOKBACK,
    CLAUSE_OPENERS,
    COMPANY_NOUNS,
    COURTESY,
    DEFINITE,
    DETERMINERS,
    EN,
    GENDER_LOOKAHEAD,
    INDEFINITE,
    LOOKBACK,
    NAME_CHARACTER,
    NAME_WORD,
    NP_STOP,
    OPENING_CLAUSE,
    OPENING_PRONOUN,
    PARTICIPLE_CLAUSE,
    PAST_ENDINGS,
    PP_WORDS,
    PRONOUN_GENDERS,
    QUOTE_MASK,
    ROLE_MODIFIERS,
    SKIPPABLE,
    SOURCE_NOUNS,
    SPACES,
    SPEAKER_PARAGRAPHS,
    UNNAMED_SOURCES,
    WORD,
)
from newsbrief.annotators.quotes.attribution.press_words import press_words
from newsbrief.annotators.quotes.attribution.roles import past_role
from newsbrief.annotators.quotes.attribution.scanning import (
    anonymous_name,
    is_plural,
    possessive,
    role_words,
    title_cased,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker
from newsbrief.annotators.quotes.attribution.unnamed_sources import noun_gender, self_named_after

__all__ = ["ReferenceResolver"]

#: Verbs in the past (``met``, ``led``; ``[tense] past``): one between a name and a role's noun
#: makes the name a subject and the role its object (``John Smith met party leader Tom Fox``).
_PAST_VERBS = EN.words("tense", "past")

#: How far after a role phrase naming no one before it (code points) its holder is looked for.
_HOLDER_REACH = 1200

#: Nouns of an organisation's statement (``they said in a statement``).
_STATEMENT_NOUNS = EN.words("quotes", "statement_nouns")
#: A plural pronoun that stands for several speakers.
_PLURAL_PRONOUNS = EN.words("quotes", "plural_pronouns")
#: Nouns of several people with no plural ending (``people``).
_PLURAL_SOURCE_NOUNS = EN.words("quotes", "plural_source_nouns")

#: Several unnamed people opening a sentence as a cue's subject (``Prosecutors say``,
#: ``Local officials have said``).
_PLURAL_SUBJECT = re.compile(
    r"[ \u00a0]*(?P<np>(?:[A-Z][\w’'\-]*[ \u00a0]+)?(?P<noun>[A-Za-z]+s))[ \u00a0]+"
    rf"(?:{plain_alternation(EN.words('quotes', 'plural_subject_auxiliaries'))}[ \u00a0]+)?"
    r"(?P<cue>[a-z]+)\b"
)


#: Nouns of those who put questions at a briefing (``the reporter asked``).
_QUESTIONER_NOUNS = EN.words("quotes", "questioner_nouns")


#: How many of the last speakers a pronoun may chain back to.
_CHAINED_SPEAKERS = 40


#: How far back the sentence before a pronoun's is looked for (bounded: linear articles).
_SENTENCE_LOOKBACK = 1200


# Masked quotation text and the spaces and line breaks between its sentences.
_MASK_RUN = re.compile(r"[§\s]*")


# Where a sentence begins: after a stop (and a closing mark) and a space, or a line break.
_SENTENCE_BOUND = re.compile(r"[.!?][”’\"]?[ \u00a0]+(?=[A-Z“\"])|\n+")


# A semicolon and its space, read backwards (the last before a pronoun found first).
_CLAUSE_BOUND = re.compile(r"[ \u00a0]+;")


# A noun right before a name, a comma between perhaps (``Another staffer, Rob Lyle``).
_APPOSED_NOUN = re.compile(r"\b([a-z][\w\-]*),?[ \u00a0]+$")

# A sentence opening with an indefinite determiner, at most three lower-case words and a noun
# (``One engineer``, ``A senior official``): an unnamed source introduced.
# The determiners, in either case (``One``, ``one``):
_INDEFINITE_DETERMINER = plain_alternation(
    EN.words("quotes", "indefinite_determiners"), case="either"
)
# The determiner and the lower-case words after it, with its space before the noun. Its ``np``
# group is left open: each pattern built on it adds the noun (or what else ends the phrase)
# and closes the group itself.
_INDEFINITE_PHRASE = rf"(?P<np>{_INDEFINITE_DETERMINER}(?:[ \u00a0]+[a-z][\w\-]*){{0,3}}?[ \u00a0]+"
_INDEFINITE_OPENING = r"(?:(?<=^)|(?<=[.!?:][ \u00a0])|(?<=\n))" + _INDEFINITE_PHRASE
_INDEFINITE_NOUN = re.compile(_INDEFINITE_OPENING + r"(?P<noun>[a-z][\w\-]*))\b(?![\w\-])")
# The same after an opening phrase's comma (``In the square by the town hall, a baker ...``).
_INDEFINITE_AFTER_OPENING = re.compile(
    r"(?<=,[ \u00a0])" + _INDEFINITE_PHRASE + r"(?P<noun>[a-z][\w\-]*))\b(?![\w\-])"
)
# An opening phrase (a place, a time, perhaps with a clause of its own) and its comma before an
# indefinite subject: ``In Hillbrook, where the river rose overnight, a retiree ... said``.
_OPENING_BEFORE_INDEFINITE = re.compile(
    r"[ \u00a0]*[A-Z][^;:§\n]{0,160}?,[ \u00a0]+"
    rf"(?={_INDEFINITE_DETERMINER}[ \u00a0])"
)


@functools.cache
def _indefinite_with(noun: str) -> re.Pattern[str]:
    """:data:`_INDEFINITE_NOUN` with ``noun`` as its noun: ``One former employee`` is found for
    ``employee`` (the first lower-case word, ``former``, ends the general pattern's phrase)."""
    return re.compile(_INDEFINITE_OPENING + rf"(?P<noun>{re.escape(noun)}))\b(?![\w\-])")


#: Lower-case words in a row (an unnamed source's description after its determiner).
_LOWER_RUN = re.compile(r"[a-z][\w\-]*(?:[ \u00a0]+[a-z][\w\-]*){0,4}")


#: A relative pronoun of people (``One operator, who asked not to be named,``).
_WHO = re.compile(
    rf"[ \u00a0,]{plain_alternation(EN.words('quotes', 'person_relatives'))}[ \u00a0]"
)


#: How far past an unnamed source's description its cue is looked for.
_DESCRIBED_REACH = 400


# A subject, a clause set off by commas (``, who ...,``, ``, a farmer,``) and a verb: the verb
# the subject's sentence reports (a cue when its words are reported).
_REPORTING = re.compile(
    r"[^,;:§\n]{1,60}?(?:,[^;:§\n]{1,200}?,)?(?P<verb>(?:[ \u00a0]+[a-z]+){1,3})\b"
)


# A coordinated subject (``Kim Kardashian and several other celebrities``): no one person.
_COORDINATED = re.compile(
    rf"[ \u00a0]+{plain_alternation(EN.words('quotes', 'list_conjunctions'))}[ \u00a0]"
)


#: ``it``, ``they``: pronouns standing for the organisation named last.
_BODY_PRONOUNS = EN.words("quotes", "body_pronouns")


#: ``alliance``, ``bloc``: a body of several members.
_ALLIANCE_NOUNS = EN.words("quotes", "alliance_nouns")


# ``the president``, ``the former prime minister``: a definite role noun phrase.
_DEFINITE_ROLE = re.compile(
    r"[Tt]he[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}?(?P<noun>[a-z]+|[A-Z][a-z]+)\b"
)


_OPENING_NAME = re.compile(r"[ \u00a0]*([A-Z][a-z][\w’'\-]*)[ \u00a0]+[a-z]")


_OPENING_SUBJECT = re.compile(r"[ \u00a0]*([A-Z][a-z][\w’'\-]*)(?:[ \u00a0]+[a-z]|,)")


#: Cues of an answer: its speaker is not the one who asked.
_REPLY_CUES = EN.words("quotes", "reply_cues")


#: An untyped subject is looked for this far back before a pronoun (code points).
_UNTYPED_LOOKBACK = 400


# A capitalised run opening a sentence (a nickname masked inside it): an untyped subject.
_SENTENCE_OPENING = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \u00a0]))"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \u00a0]+(?:§+[ \u00a0]+){0,4}[A-Z][\w’'\-]*){1,4})",
    re.MULTILINE,
)


_SUBJECT_PRONOUN = re.compile(rf"\b{plain_alternation(EN.words('quotes', 'subject_pronouns'))}\b")


_SENTENCE_STOP = re.compile(r"[.!?§\n]")


_KIN_NOUNS = frozenset(EN.words("quotes", "kin_nouns"))


# A possessive's ending (``Lowe's``, ``Haskins'``).
_POSSESSIVE_END = re.compile(r"['’]s?(?!\w)")


# A possessive's ending and its noun (``'s sister``, ``' lawyer``), then the comma of an apposition.
_POSSESSED_APPOSITION = re.compile(r"['’]s?(?:[ \u00a0]+[a-z][\w\-]*){1,3},[ \u00a0]+")


# A role phrase opening a sentence (``The NLC president``, ``Its chief executive``) and a name
# in apposition to it, between commas.
_ROLE_DETERMINER = plain_alternation(
    EN.words("quotes", "role_apposition_determiners"), case="title"
)
_ROLE_APPOSITION = re.compile(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \u00a0])){_ROLE_DETERMINER}[ \u00a0]"
    r"(?:[\w’'\-]+[ \u00a0]+){0,5}?(?P<noun>[\w\-]+),[ \u00a0]+"
    r"(?P<name>(?:[A-Z][\w’'.\-]*[ \u00a0]+){1,4}[A-Z][\w’'\-]*[a-z]),",
    re.MULTILINE,
)


class ReferenceResolver(CandidateScorer):
    """Resolves pronouns and definite role phrases to earlier referents."""

    def _opening_speaker(
        self, start: int, end: int, pattern: re.Pattern[str] = _OPENING_NAME
    ) -> Speaker | None:
        """A one-word name opening the sentence before a verb (``Moualem laid out ...``; or,
        with ``pattern`` :data:`_OPENING_SUBJECT`, a comma: ``Palmer, who ...``) that is a
        speaker's or a person's name the article gives in full."""
        match = pattern.match(self.masked, start, end)
        if match is None:
            return None
        word = match.group(1)
        if word.lower() in DETERMINERS or word.lower() in CLAUSE_OPENERS:
            return None
        if word not in self._speaker_names and self._person_named(word) is None:
            return None
        return Speaker(word, word, match.start(1), match.end(1), None)

    def _pronoun(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        lower = word.lower()
        if lower in _BODY_PRONOUNS and self.cues.profile is None:
            # ``it said in a statement``: the organisation named last; ``they`` only when
            # it is a statement (``they said in a statement``).
            statement = any(n in self.masked[end : end + 60].lower() for n in _STATEMENT_NOUNS)
            if lower in _PLURAL_PRONOUNS and not statement:
                # ``Prosecutors say ... . In a filing, they described ...``: the several
                # unnamed speakers who spoke last, in the pronoun's paragraph or the one before.
                several = self._recent_several(start)
                return Speaker(several, word, start, end, cue, anonymous=True) if several else None
            referent = self._nearest_organisation(start)
            if referent is None:
                return None
            return Speaker(referent.name, word, start, end, cue)
        gender = self.cues.pronouns.get(lower)
        if gender is None:
            return None  # ``they``, ``I``, ``we``: no single person to point at
        untyped = self._untyped_subject(start, gender) if self.cues.profile is None else None
        if untyped is not None:
            return Speaker(untyped, word, start, end, cue)
        referent = (
            (self._own_subject(start, gender) if self.cues.profile is None else None)
            or (self._previous_subject(start, gender) if self.cues.profile is None else None)
            or (self._reported_before(start, gender) if self.cues.profile is None else None)
            or (self._chained_speaker(start, gender) if self.cues.profile is None else None)
            or self._paragraph_referent(start, gender)
            or self._known_gender_nearest(start, gender)
            or self._untyped_speaker(start, gender)
            or self._lone_name(start, gender)
            or self._misgendered_subject(start, gender)
        )
        if (
            referent is not None
            and cue.lower() in _REPLY_CUES
            and self.spoken
            and self.spoken[-1][1] == referent.name
            and self.spoken[-1][0] < start
            and self._after_question(start)
        ):
            # ``"...?" a reporter asked her. "...," she replied.``: who answers is not who
            # asked.
            referent = self._nearest(start, ("person",), gender=gender, exclude=referent.name)
        elif (
            referent is not None
            and referent.type == "anonymous"
            and self.spoken
            and self.spoken[-1][1] == referent.name
            and self._answers_question(start)
        ):
            # ``"...?" the reporter asked. "...," he said``: an unnamed questioner does not
            # answer their own question.
            referent = self._nearest(start, ("person",), gender=gender, exclude=referent.name)
        if referent is None:
            self.unresolved_pronoun(start, gender)
            return None
        role = self.role_of(referent.name, start) if referent.type == "person" else None
        anonymous = referent.type == "anonymous"
        name = self._as_described(referent) if anonymous else referent.name
        return Speaker(name, word, start, end, cue, anonymous=anonymous, role=role)

    def _recent_several(self, start: int) -> str | None:
        """The last speaker before ``start`` when it is several unnamed people (``Prosecutors``)
        who spoke in the paragraph of ``start`` or the one before, no one speaking since."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        # The sentence before the pronoun's, in its paragraph: ``Prosecutors say ...``.
        para = self.paragraphs[index][0]
        own = max(self.masked.rfind(". ", para, start) + 2, para)
        before = max(self.masked.rfind(". ", para, max(own - 2, para)) + 2, para)
        if own > para:
            subject = _PLURAL_SUBJECT.match(self.masked, before, own)
            noun = subject.group("noun").lower() if subject is not None else ""
            if (
                subject is not None
                and (
                    noun in _PLURAL_SOURCE_NOUNS
                    or (noun in SOURCE_NOUNS or noun[:-1] in SOURCE_NOUNS)
                )
                and not noun.endswith("ss")  # ``boss``, ``witness``: one
                and self.cue.fullmatch(subject.group("cue"))
            ):
                return " ".join(self.text[subject.start("np") : subject.end("np")].split())
        low = self.paragraphs[max(index - 1, 0)][0]
        for position, name, _ in reversed(self.spoken):
            if position >= start:
                continue
            if position < low or name in self._people or name in self._bodies:
                return None
            return name if is_plural(name) and name.split()[-1].lower() in SOURCE_NOUNS else None
        return None

    def _misgendered_subject(self, start: int, gender: str) -> Referent | None:
        """No person a pronoun of ``gender`` may stand for within reach: the gender read from
        a first name is wrong (``Harris Delgado has conceded ... she said``), and the person
        who is the subject of the sentence before, in the pronoun's paragraph, is meant.
        English only."""
        if self.cues.profile is not None:
            return None
        if self._nearest(start, ("person", "anonymous"), gender=gender) is not None:
            return None
        other = {"male": "female", "female": "male"}.get(gender)
        return self._previous_subject(start, other) if other else None

    def _known_gender_nearest(self, start: int, gender: str) -> Referent | None:
        """The nearest person before ``start`` a pronoun of ``gender`` may stand for; one whose
        gender is unknown yields to a speaker or the subject of that gender named earlier in its
        sentence (``host Karen Hunter tweeted that West was ... "...," she added``: Hunter), not
        to anyone merely mentioned before it."""
        nearest = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if nearest is None or nearest.type != "person":
            return nearest
        if (nearest.gender or self._first_name_gender(nearest.name)) in (gender, "unknown"):
            if self.cues.profile is None and self.passive_mention(nearest):
                # ``Lee was asked about Roe's remarks. "...," he said``: the nearest is no
                # subject; the scorer chooses among the people of the pronoun's paragraph.
                return self._paragraph_best(nearest, start, gender)
            return nearest
        # The sentence's start, looked for a bounded way back (linear articles).
        window = max(0, nearest.position - CLAUSE_LOOKBACK)
        bounds = [m.end() for m in _SENTENCE_BOUND.finditer(self.text, window, nearest.position)]
        low = bounds[-1] if bounds else window
        last = bisect.bisect_left(self._positions, nearest.position) - 1
        for referent in self._referents_back(last):
            if referent.position < low:
                break
            if (
                referent.type == "person"
                and referent.gender == gender
                and self.masked[referent.position] != QUOTE_MASK
                and (referent.name in self._speaker_names or self._subject(referent))
            ):
                return referent
        return nearest

    def _paragraph_best(self, nearest: Referent, start: int, gender: str) -> Referent:
        """The best-scored person a pronoun of ``gender`` at ``start`` may stand for, of those
        its paragraph names before it (``nearest`` among them; at most ``LOOKBACK`` read)."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[index][0] if index >= 0 else 0
        last = bisect.bisect_left(self._positions, nearest.position)
        candidates = []
        for referent in self._referents_back(last):
            if referent.position < low:
                break
            if (
                referent.type == "person"
                and self.masked[referent.position] != QUOTE_MASK
                and self._gender_fits(referent, gender)
            ):
                candidates.append(referent)
        candidates.reverse()
        return self.best_scored(candidates, start) if candidates else nearest

    def _own_subject(self, start: int, gender: str) -> Referent | None:
        """The person who is the subject of the pronoun's own sentence, named before it
        (``Sanders said ... "...," although she said:`` is Sanders, not the host who asked in
        the sentence before)."""
        low = max(0, start - CLAUSE_LOOKBACK)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1) if m.end() <= start
        ]
        if not bounds and low > 0:
            return None
        begin = bounds[-1] if bounds else 0
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index >= 0:
            begin = max(begin, self.paragraphs[index][0])
        # A clause after a semicolon has a subject of its own (``Roe is touring; Lee is writing
        # a play she calls "..."``: Lee's).
        clause = _CLAUSE_BOUND.search(self.masked[begin:start][::-1])
        if clause is not None:
            begin = start - clause.start()
        if not self.masked[begin:start].strip() or self.masked.startswith(QUOTE_MASK, begin):
            return None  # the pronoun opens its sentence, or a quotation does
        found = self._subject_at(begin, start, start)
        if found is None or found.type != "person":
            return None
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _previous_subject(self, start: int, gender: str) -> Referent | None:
        """The person who is the subject of the sentence before the pronoun's in its paragraph
        (``Speaking at a rally, the president did not ... "...," he said``: the president, not
        Kavanaugh named after him), past an opening phrase; ``None`` when that sentence opens
        with a quotation or its subject is no person of the pronoun's gender."""
        for window in (CLAUSE_LOOKBACK, _SENTENCE_LOOKBACK):  # a short look first: most are
            low = max(0, start - window)
            # (Searched a character past the pronoun: the bound's look-ahead reads it.)
            bounds = [
                m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1)
                if m.end() <= start
            ][-2:]  # fmt: skip
            if len(bounds) == 2 or low == 0:
                break
        if not bounds or (len(bounds) == 1 and low > 0):
            return None
        begin = bounds[-2] if len(bounds) >= 2 else 0
        end = bounds[-1]
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index >= 0 and begin < self.paragraphs[index][0]:
            # Across a paragraph break the paragraph's own subject counts (below): ``she said``
            # after a paragraph about Taylor Swift that ends naming Kim Kardashian is Swift's.
            return None
        if self.masked.startswith(QUOTE_MASK, begin):
            return self._subject_before_quotation(begin, end, start, gender)
        pronoun = OPENING_PRONOUN.match(self.masked, begin, end)
        if pronoun is not None and self.cues.pronouns.get(pronoun.group(1).lower()) == gender:
            # ``She defended ..., "...". She claimed, "..."``: the person the sentence's own
            # pronoun was read as, when it spoke.
            said = self._spoken_at(pronoun.start(1))
            if said is not None:
                return said
        return self._person_subject(begin, end, start, gender)

    def _last_sentence(self, low: int, high: int) -> int | None:
        """Where the last sentence of the paragraph ``low:high`` starts, looked for at most
        ``CLAUSE_LOOKBACK`` characters back (a paragraph's whole text is never read per
        quotation); ``None`` when no sentence starts within that reach."""
        window = max(low, high - CLAUSE_LOOKBACK)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, window, high) if m.end() < high
        ]
        if not bounds and window > low:
            return None
        return bounds[-1] if bounds else low

    def _person_subject(self, begin: int, end: int, start: int, gender: str) -> Referent | None:
        """The person who is the subject of ``begin:end`` (after an opening clause, if any),
        when ``gender`` does not rule them out."""
        found = self._subject_at(begin, end, start)
        opening = OPENING_CLAUSE.match(self.masked, begin, end)
        if found is None and opening is not None:
            found = self._subject_at(opening.end(), end, start)
        if found is None and self.cues.profile is None:
            found = self._unnamed_subject(opening.end() if opening is not None else begin, end)
        if found is None and self.cues.profile is None and opening is None:
            # ``In the square by the town hall, a baker named Selma said``: the subject after
            # an opening phrase (that the one above, wanting a name or ``the``, did not read).
            # No cue inside that phrase (``..., where, she later said, a member told her``: a
            # clause of its own) and no one named in apposition after the source (``a trader
            # at the bus station, Mrs Ann Roe, said``: hers is the name).
            before = _OPENING_BEFORE_INDEFINITE.match(self.masked, begin, end)
            if before is not None and self.cue_index.search(begin, before.end()) is None:
                found = self._unnamed_subject(before.end(), end, after_opening=True)
                if (
                    found is not None
                    and found.type == "anonymous"
                    and any(m.type == "person" for m in self.within(before.end(), end))
                ):
                    found = None
        if found is None or found.type not in ("person", "anonymous"):
            return None
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _unnamed_subject(
        self, at: int, end: int, *, after_opening: bool = False
    ) -> Referent | None:
        """One unnamed source opening ``masked[at:end]`` (or following an opening phrase's
        comma there, ``after_opening``) as the subject of its cue (``One scientist, who asked
        not to be named, said ...``), as the phrase reader reads it: a later ``she said`` is
        hers, not the last named woman's; under the name the source is given right after the
        description, if any (``a baker named Selma``; English only)."""
        space = SPACES.match(self.masked, at, end)
        at = space.end() if space is not None else at
        indefinite = _INDEFINITE_AFTER_OPENING if after_opening else _INDEFINITE_NOUN
        opening = indefinite.match(self.masked, at, end)
        if opening is None:
            return None
        cue = self.cue_index.search(opening.end(), end)
        if cue is None or QUOTE_MASK in self.masked[at : cue.start()]:
            return None
        # (The lower-case words after the determiner: ``a public health physician at``.)
        run = _LOWER_RUN.match(self.masked, opening.end("np") - len(opening.group("noun")))
        words = run.group(0).split() if run is not None else []
        if not any(self._role_noun(w, people_only=True) for w in words) and not _WHO.search(
            self.masked, at, cue.start()
        ):
            return None  # ``One review described her as "..."``: no one
        named = self_named_after(self.masked, opening.end())
        if named is not None and named[1] < cue.start():
            # ``A neighbour who gave his name only as Tunde told``: the name is the speaker's.
            name_start, name_end, gender = named
            return Referent(name_start, self.text[name_start:name_end], "person",
                            gender or noun_gender(opening.group("np")), frozenset())  # fmt: skip
        found = self._subject_phrase(at, cue.start(), cue.group(0))
        if found is None or not found.anonymous or found.start != at or is_plural(found.name):
            return None
        # (``One man, who asked not to be named, said``: a later ``she said`` is not his.)
        return Referent(at, found.name, "anonymous", noun_gender(found.name), frozenset())

    def _subject_before_quotation(
        self, begin: int, end: int, start: int, gender: str
    ) -> Referent | None:
        """The person who is the subject of the sentence right before a quotation of several
        sentences that the pronoun's sentence closes (``The president referred to his pick
        Brett Kavanaugh ... "... . ... ," he said``: the president): ``begin:end`` is the
        sentence before the pronoun's, inside the quotation. Read at most
        :data:`_SENTENCE_LOOKBACK` characters back (linear articles)."""
        if not self.masked.startswith(QUOTE_MASK, end):
            return None  # the pronoun's sentence does not close the quotation
        if _MASK_RUN.fullmatch(self.masked, end, start) is None:
            return None
        low = max(0, begin - _SENTENCE_LOOKBACK)
        run = _MASK_RUN.match(self.masked[low:begin][::-1])
        opening = begin - (run.end() if run is not None else 0)
        spaces = SPACES.match(self.masked, opening, begin)
        opening = spaces.end() if spaces is not None else opening
        if opening <= low or not self.masked.startswith(QUOTE_MASK, opening):
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        para_start = self.paragraphs[index][0] if index >= 0 else 0
        window = max(para_start, opening - CLAUSE_LOOKBACK)
        # (Searched a character past the opening: the bound's look-ahead reads it.)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, window, opening + 1)
            if m.end() < opening
        ]  # fmt: skip
        if not bounds and window > para_start:
            return None  # no sentence start found within the bound
        sentence = bounds[-1] if bounds else window
        if self.masked.startswith(QUOTE_MASK, sentence):
            return None
        return self._person_subject(sentence, opening, start, gender)

    def _spoken_at(self, at: int) -> Referent | None:
        """The named speaker found at ``at`` (a pronoun read as a person), if any."""
        for position, name, gender in reversed(self.spoken):
            if position < at:
                return None
            if position == at and name not in self._anonymous_names:
                return Referent(position, name, "person", gender, frozenset())
        return None

    def _subject_at(self, at: int, end: int, before: int) -> Referent | None:
        """The person opening ``masked[at:end]`` as its subject: a person mention (after a
        title), a definite role noun phrase naming one (``the president``), or a name the
        entity annotator left untyped."""
        if self.masked.startswith(QUOTE_MASK, at):
            return None
        mention = next(iter(self.within(at, min(end, at + 60))), None)
        if mention is not None and mention.type == "place" and self.cues.profile is None:
            # ``Poland's Marta Roe won``: a country's possessive before the person's name.
            mention = self._owned_person(mention, end) or mention
        # (A kin noun may stand before the subject's name: ``Lowe's sister, Janet Pryce,``.)
        if mention is not None and not all(
            w[:1].isupper() or self._role_noun(w) or w in _KIN_NOUNS
            for w in WORD.findall(self.masked[at : mention.start])
        ):
            mention = None  # named later in the sentence, not its subject
        if mention is not None and self.cues.profile is None:
            opener = WORD.match(self.masked, at)
            if (
                opener is not None
                and opener.end() <= mention.start
                and (opener.group(0).lower() in PP_WORDS)
            ):
                # ``In Kota Baru, Ann Roe said``: a place's name, whatever its type, no subject
                # (the subject after the opening phrase is read next).
                return None
            # ``Victoria whale-watching operator Lena Fischer said``, ``Festival director Fiona
            # Kerr said``: a capitalised modifier (typed as anyone) before a role noun and a
            # person's name; the name after the role is the subject.
            mention = self._name_after_role(mention, end) or mention
        if mention is not None:
            if mention.type != "person" or _COORDINATED.match(self.masked, mention.end):
                return None  # ``Kim Kardashian and several other celebrities were ...``
            if self.cues.profile is None and _POSSESSIVE_END.match(self.masked, mention.end):
                # ``Lowe's sister, Janet Pryce, declined ...``: the person in apposition to the
                # noun the possessor owns is the subject (``Graham's vote, however, appears
                # set``, with no one apposed, keeps the possessor: the story's subject).
                apposed = self._apposed_to_possessive(mention.end, end, before)
                if apposed is not None:
                    return apposed
            return self._last_named(mention.name, before)
        role = _DEFINITE_ROLE.match(self.masked, at, end)
        if role is not None:
            # ``The Director of the WFP office in Geneva, Charles Vincent, remarked``: the
            # person in apposition to the role.
            named = next(
                (m for m in self.within(role.end(), min(end, role.end() + 80))
                 if m.type == "person"),
                None,
            )  # fmt: skip
            head = self.masked[role.end() : named.start] if named is not None else ""
            if named is not None and head.rstrip().endswith(",") and QUOTE_MASK not in head:
                return self._last_named(named.name, before)
        if role is not None and self._role_noun(role.group("noun").lower(), people_only=True):
            speaker = self._role(at, role.end(), "")
            if speaker is not None and not speaker.anonymous:
                return self._last_named(speaker.name, before)
        untyped = self._opening_speaker(at, end) or self._unlabelled_subject(at, end)
        if untyped is not None:
            return Referent(untyped.start, untyped.name, "person", None, frozenset())
        return None

    def _owner_of(self, determiner: str, start: int) -> str | None:
        """The person a possessive pronoun (``her`` in ``Her neighbour``) at ``start`` most
        likely stands for, the nearest person of its gender (English only; ``None`` for any
        other determiner)."""
        gender = PRONOUN_GENDERS.get(determiner) if self.cues.profile is None else None
        if gender is None:
            return None
        owner = self._nearest(start, ("person",), gender=gender)
        return owner.name if owner is not None else None

    def _name_after_role(self, mention: Mention, end: int) -> Mention | None:
        """The person named right after ``mention`` and a role's lower-case words (at most
        three, the last a role's or an occupation's noun: ``operator``, ``director``), before
        ``end``; ``None`` when no such person follows."""
        following = next(iter(self.within(mention.end, min(end, mention.end + 60))), None)
        if following is None or following.type != "person":
            return None
        words = self.masked[mention.end : following.start].split()
        if not 1 <= len(words) <= 3 or not all(w.islower() and w.isascii() for w in words):
            return None
        if any(w in _PAST_VERBS or w in NP_STOP or w in DETERMINERS for w in words) or (
            words[0].endswith(PAST_ENDINGS) and not past_role(words[0])
        ):
            # ``John Smith thanked party leader Tom Fox``, ``Mark Evans with party leader Tom
            # Fox``: a verb after its subject or a preposition, the role and the name its
            # object; the subject stays (a role's modifiers are no function words; ``retired``
            # modifies a role).
            return None
        return following if self._holds_role(words[-1]) else None

    def _apposed_to_possessive(self, at: int, end: int, before: int) -> Referent | None:
        """The person named in apposition right after a possessive's noun phrase at ``at``
        (``'s sister, Janet Pryce,``), if any."""
        apposed = _POSSESSED_APPOSITION.match(self.masked, at, end)
        if apposed is None:
            return None
        named = self._mention_starting(apposed.end())
        if named is None or named.type != "person":
            return None
        return self._last_named(named.name, before)

    def _chained_speaker(self, start: int, gender: str) -> Referent | None:
        """The last speaker of the pronoun's gender, when the article names them after the
        nearest person of that gender it names (``..., Moualem said ... "...," he said`` after
        ``President Bashar al-Assad``: the entity annotator left ``Moualem`` untyped)."""
        # A possessive (``referred to Kavanaugh's nomination``) or a name in a list
        # (``predecessors include ..., Gus Poyet and Paulo Di Canio``) is no subject a later
        # ``he said`` stands for: the nearest person named otherwise counts.
        local = self._nearest(
            start, ("person", "anonymous"), gender=gender, singular=True, foreground=True
        )
        if local is not None:
            # ``Speaking on the show presented by Lauren Laverne, he said``: a person inside
            # the participle clause opening the pronoun's sentence is not who it stands for.
            low = max(0, start - CLAUSE_LOOKBACK)  # a bounded look back: linear articles
            sentence = max(
                self.masked.rfind(". ", low, start) + 2,
                self.masked.rfind("\n", low, start) + 1,
                low,
            )
            clause = PARTICIPLE_CLAUSE.match(self.masked, sentence, start)
            if clause is not None and clause.end() == start and local.position > sentence:
                local = self._nearest(
                    sentence, ("person", "anonymous"), gender=gender, singular=True,
                    foreground=True,
                )  # fmt: skip
        # The last few speakers only (a paragraph of thousands of quotations stays linear).
        latest = True
        for position, name, spoken in itertools.islice(reversed(self.spoken), _CHAINED_SPEAKERS):
            if position >= start:
                continue
            if local is None or position < local.position:
                return None  # someone of that gender was named after the speaker spoke
            if name in self._bodies or name in self._anonymous_names:
                continue
            if spoken is None:  # a person the entity annotator gave no gender: the first name
                spoken = self._first_name_gender(name)
            if spoken is None and latest and self.cues.profile is None:
                # ``"...," Paul-Lois Arslanian said. However, he added``: the person who
                # spoke last, named after anyone of that gender, though no name list knows
                # the first name.
                spoken = gender
            latest = False
            if spoken != gender:
                continue
            if name in self._people:
                return self._last_named(name, start)
            return Referent(position, name, "person", gender, frozenset())
        return None

    def _after_question(self, start: int) -> bool:
        """Whether the last quotation before ``start`` is a question."""
        close = self.masked.rfind(QUOTE_MASK, 0, start)
        return close > 0 and "?" in self.text[max(0, close - 2) : close]

    def _answers_question(self, start: int) -> bool:
        """Whether the quotation before the one whose cue is at ``start`` is a question."""
        close = self.masked.rfind(QUOTE_MASK, 0, start)
        if close < 0:
            return False
        opening = close
        while opening > 0 and self.masked[opening - 1] in "§ \u00a0":
            opening -= 1  # back over the cue's own quotation (its spaces are kept)
        before = self.masked.rfind(QUOTE_MASK, 0, opening)
        return before > 0 and "?" in self.text[max(0, before - 2) : before + 1]

    def _spoken_untyped_at(self, start: int) -> Speaker | None:
        """A speaker the entity annotator left untyped, named again at ``start``."""
        for _, name, _ in itertools.islice(reversed(self.spoken), LOOKBACK):
            if (
                name not in self._people
                and name not in self._bodies
                and name not in self._anonymous_names
                and self.masked.startswith(name, start)
                and not NAME_CHARACTER.match(self.masked, start + len(name))
            ):
                return Speaker(name, name, start, start + len(name), None)
        return None

    def _untyped_subject(self, start: int, gender: str) -> str | None:
        """``Resident Lou "Big Lou" Castellano, who ..., told the council he ...``: a person the
        entity annotator left untyped, opening a sentence of the pronoun's paragraph before it,
        whose first name has the pronoun's gender, when the paragraph names nobody else of that
        gender before the pronoun."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        para_start = self.paragraphs[index][0]
        nearest = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if nearest is not None and nearest.position >= para_start:
            return None
        places = gz.place_names()
        # The last few sentences only: a scan from the paragraph's start per pronoun made a
        # paragraph of thousands of quotations quadratic.
        low = max(para_start, start - _UNTYPED_LOOKBACK)
        for sentence in _SENTENCE_OPENING.finditer(self.masked, low, start):
            words = NAME_WORD.findall(sentence.group("name"))
            while words and (words[0] in gz.ROLE_WORDS or words[0].lower() in self.role_nouns):
                words = words[1:]  # ``Resident``, ``Councilman``: a title, not the name
            if len(words) < 2 or any(
                w in places or w in gz.CALENDAR or w in gz.ROLE_WORDS for w in words
            ):
                continue
            if gz.first_name_gender(words[0]) in (gender, "unknown"):
                return " ".join(words)
        return self._titled_subject_before(index, start, gender)

    def _titled_subject_before(self, index: int, start: int, gender: str) -> str | None:
        """``Voter Kwame Mensah-Boateng, who ..., told our reporter ...`` then, opening the next
        paragraph, ``"...," he said``: a person the entity annotator left untyped, written with
        a title or a role noun (``Associate Professor Chua Seng Howe``) opening a sentence of
        the paragraph before, when the pronoun's paragraph opens with its quotation and that
        paragraph names no one the pronoun may stand for. The title is the evidence of a
        person, so a first name of no known gender counts (English only)."""
        para_start = self.paragraphs[index][0]
        opening = SPACES.match(self.masked, para_start)
        first = opening.end() if opening is not None else para_start
        if index == 0 or not (self.masked.startswith(QUOTE_MASK, first) or start == first):
            return None  # (``She said, "..."`` opens its paragraph too)
        low, high = self.paragraphs[index - 1]
        nearest = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if nearest is not None and nearest.position >= low:
            return None
        places = gz.place_names()
        #: Per surname, the name and whether its first name tells the pronoun's gender.
        found: dict[str, tuple[str, bool]] = {}
        window = max(low, high - _UNTYPED_LOOKBACK)
        names = [
            (m.start(), NAME_WORD.findall(m.group("name")), False)
            for m in _SENTENCE_OPENING.finditer(self.masked, window, high)
        ]
        # ``The union's president, Comrade Ngozi Okafor, issued ...``: the name in apposition
        # to a role phrase opening the sentence.
        names += [
            (m.start(), NAME_WORD.findall(m.group("name")), True)
            for m in _ROLE_APPOSITION.finditer(self.masked, window, high)
            if self._role_noun(m.group("noun").lower()) or m.group("noun") in gz.ROLE_WORDS
        ]
        for _, words, apposed in sorted(names, key=lambda found: found[0]):
            titles = [
                i for i, w in enumerate(words)
                if w in gz.ROLE_WORDS or w in gz.HONORIFICS or w in COURTESY
                or w.lower() in self.role_nouns
            ]  # fmt: skip
            if not titles and not apposed:
                continue
            if titles:
                words = words[titles[-1] + 1 :]  # ``Associate Professor``: the title, no name
            if not words or any(w in places or w in gz.CALENDAR or w in gz.DEMONYMS for w in words):
                continue
            guess = gz.first_name_gender(words[0])
            if guess in (gender, "unknown", None):
                found[words[-1]] = (" ".join(words), guess == gender)
        # Two people the pronoun may stand for (``The union's president, Comrade Ngozi Okafor,
        # ... Its secretary, Comrade Bola Ade, agreed.``): the one whose first name tells the
        # pronoun's gender, else no one.
        told = [name for name, exact in found.values() if exact]
        candidates = told or [name for name, _ in found.values()]
        return candidates[0] if len(candidates) == 1 else None

    def _untyped_speaker(self, start: int, gender: str) -> Referent | None:
        """The last speaker of the few paragraphs before ``start`` whom the entity annotator
        left untyped (``Adele: '...'``), of the pronoun's gender or of none known."""
        for position, name, spoken_gender in self._recent_speakers(start):
            if (
                spoken_gender in (gender, None)
                and name not in self._people
                and name not in self._bodies
                and name not in self._anonymous_names
            ):
                return Referent(position, name, "person", spoken_gender, frozenset())
        return None

    def _paragraph_referent(self, start: int, gender: str) -> Referent | None:
        """A pronoun with no person of its gender named earlier in its paragraph points back to
        the last paragraph that names one: to whoever of them spoke already, else to the first
        named (``she said`` after a paragraph about Taylor Swift that ends naming Kim
        Kardashian is Swift's)."""
        if not self.paragraphs:
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        para_start = self.paragraphs[index][0]
        local = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if local is not None and local.position >= para_start:
            return None  # named in this paragraph: the nearest is right
        # The paragraph that last names someone of that gender: one of its people who spoke
        # before, else the first it names (its subject, usually), not merely the nearest.
        if local is None:
            return None
        back = bisect.bisect_right(self._paragraph_starts, local.position) - 1
        low = bisect.bisect_left(self._positions, self.paragraphs[back][0])
        high = bisect.bisect_right(self._positions, local.position)
        # At most ``LOOKBACK`` of that paragraph's referents: its first and the nearest (a
        # paragraph listing hundreds of names is read once per pronoun after it, not whole).
        read = itertools.chain(
            range(low, min(low + 1, high)), range(max(low + 1, high - LOOKBACK + 1), high)
        )
        first = [
            r
            for r in map(self.referents.__getitem__, read)
            if r.type == "person"
            and r.gender in (gender, None)
            and self.masked[r.position] != QUOTE_MASK
        ]
        if not first:
            return None
        if back == index - 1:
            framed = self._framed_reply(back, start, gender)
            if framed is not None:
                # A surname of several words the entity annotator typed on its own (``Ben
                # Amara-Lahlou`` after ``Youssef Ben Amara-Lahlou``): the full name.
                return next((r for r in first if r.name.endswith(" " + framed.name)), framed)
        reported = [r for r in first if self._says(r)]
        if reported and not any(r.name in self._speaker_names for r in first):
            # ``..., widow Ann Roe said she had to sell her home. "...," she said``: the one
            # whose words the paragraph reports is the pronoun's, however deep her name.
            return self.spoken_form(reported[0], start)
        if (
            not any(r.name in self._speaker_names for r in first)
            and not self._subject(first[0])
            and not self._named_in_nominative(first[0])
        ):
            # Nobody there spoke, and they are not its subject: the last speaker of that gender
            # a few paragraphs back is likelier than a person merely mentioned (``she said,
            # before launching into ...`` after a paragraph listing the fans in the crowd).
            low_paragraph = self.paragraphs[max(index - SPEAKER_PARAGRAPHS, 0)][0]
            for position, name, spoken_gender in itertools.islice(reversed(self.spoken), LOOKBACK):
                if position < low_paragraph:
                    break
                if position < start and spoken_gender in (gender, None) and name in self._people:
                    return self._last_named(name, start)
                if (
                    position < start
                    and spoken_gender in (gender, None)
                    and name not in self._bodies
                    and name not in self._anonymous_names
                ):
                    # A speaker the entity annotator left untyped (``Adele told ...``).
                    return Referent(position, name, "person", None, frozenset())
        return self.best_scored(first, start)

    def _named_in_nominative(self, referent: Referent) -> bool:
        """Whether a person is named by a full name written in the nominative, in a language
        whose names take case endings: the subject of its sentence wherever the sentence puts
        it (``Кость нашел житель поселка Иван Кузнецов``, ``Житель села Иван Кузнецов нашел
        кость``), not an object (``суд арестовал Ивана Кузнецова``)."""
        profile = self.cues.profile
        if profile is None or not press_words(profile.code).cased_names:
            return False
        mention = next((m for m in self.within(referent.position, referent.position + 1)), None)
        if mention is None or mention.type != "person":
            return False
        written = " ".join(self.text[mention.start : mention.end].split())
        return len(written.split()) > 1 and nominative_name(written, self.cues) == written

    def _reported_before(self, start: int, gender: str) -> Referent | None:
        """``Okoro, who ... Mensah ..., said she had ...`` ending a paragraph, then ``"...,"
        she said`` opening the next: the subject whose words the sentence reports answers,
        not a person named inside its clauses who spoke earlier, however the entity annotator
        typed the name (English only)."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 1:
            return None
        para_start = self.paragraphs[index][0]
        opening = SPACES.match(self.masked, para_start)
        first = opening.end() if opening is not None else para_start
        if not (self.masked.startswith(QUOTE_MASK, first) or start == first):
            return None
        local = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if local is not None and local.position >= para_start:
            return None  # someone the pronoun may stand for is named in its own paragraph
        low, high = self.paragraphs[index - 1]
        sentence = self._last_sentence(low, high)
        if sentence is None:
            return None
        found = self._person_subject(sentence, high, start, gender) or self._apposed_subject(
            sentence, high, start, gender
        )
        if found is None or found.position < sentence:
            return None
        if found.type == "anonymous":
            return found  # (read up to its cue already: :meth:`_unnamed_subject`)
        reported = _REPORTING.match(self.masked, found.position, high)
        verbs = reported.group("verb").split() if reported is not None else []
        verb = next((w for w in verbs if w not in SKIPPABLE), "")
        if not self.cue.fullmatch(verb):
            return None
        # A surname of several words typed on its own (``Ben Amara-Lahlou`` after ``Youssef
        # Ben Amara-Lahlou``): the full name written before.
        last = bisect.bisect_left(self._positions, found.position) - 1
        return next(
            (r for r in self._referents_back(last)
             if r.type == "person" and r.name.endswith(" " + found.name)),
            found,
        )  # fmt: skip

    def _apposed_subject(self, at: int, end: int, start: int, gender: str) -> Referent | None:
        """A person named right after a determiner and a common noun opening ``at:end``
        (``Her classmate Tan Wei Ling, who ...,``): the subject, in apposition to the noun."""
        mention = next(iter(self.within(at, min(end, at + 60))), None)
        if mention is None or mention.type != "person":
            return None
        words = WORD.findall(self.masked[at : mention.start])
        if not 2 <= len(words) <= 3 or words[0].lower() not in DETERMINERS:
            return None
        if not all(w.islower() for w in words[1:]):
            return None
        found = self._last_named(mention.name, start)
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _subject_phrase(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker a cue's subject ``start:end`` names, as the phrase reader built on this
        class reads it (:meth:`.PhraseReader.phrase_before`); nobody at this level."""
        return None

    def _named_since(self, since: int, start: int, noun: str) -> bool:
        """Whether the person named last before ``start``, after ``since``, holds ``noun`` as a
        role or right before the name (``Another staffer, Rob Lyle, disagreed. "...," the staffer
        said``): the named one, not the unnamed source introduced before."""
        named = self._nearest(start, ("person",))
        if named is None or named.position < since:
            return False
        if named.roles & gz.role_family(noun):
            return True
        before = _APPOSED_NOUN.search(self.masked, max(since, named.position - 40), named.position)
        return before is not None and before.group(1) == noun

    def _introduced_source(self, start: int, noun: str) -> Speaker | None:
        """The speaker of the last sentence, in the paragraph of ``start`` or the one before,
        that opens with an indefinite determiner, at most three lower-case words and ``noun``
        and reports what they said (``One engineer on the logistics team, who ..., said``),
        when that speaker is an unnamed source (English only)."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - 1, 0)][0] if index >= 0 else 0
        low = max(low, start - _SENTENCE_LOOKBACK)  # a bounded look back (linear articles)
        opening = None
        for match in _indefinite_with(noun).finditer(self.masked, low, start):
            opening = match
        if opening is None:
            return None
        bound = _SENTENCE_BOUND.search(self.text, opening.end(), start)
        end = bound.start() if bound is not None else start
        cue = self.cue_index.search(opening.end(), end)
        if cue is None or QUOTE_MASK in self.masked[opening.start("np") : cue.start()]:
            return None
        found = self._subject_phrase(opening.start("np"), cue.start(), cue.group(0))
        if found is None:
            # ``One engineer on the logistics team, who ...,``: described up to its comma,
            # when no name is inside.
            comma = self.masked.find(",", opening.start("np"), cue.start())
            stop = comma if comma >= 0 else cue.start()
            phrase = self.text[opening.start("np") : stop].strip()
            words = phrase.split()
            if (
                words
                and all(w.islower() for w in words[1:])
                and not self.within(opening.start("np"), stop)
            ):
                at = opening.start("np")
                return Speaker(anonymous_name(phrase), phrase, at, at + len(phrase), None,
                               anonymous=True)  # fmt: skip
        return found if found is not None and found.anonymous else None

    def _framed_reply(self, back: int, start: int, gender: str) -> Referent | None:
        """``Asked what they talked about, Okoro smiled.`` ending the paragraph ``back``, then
        ``"...," he said`` opening the next: the person a participle clause sets up as
        answering is the pronoun's, not the first one the paragraph names (English only)."""
        if self.cues.profile is not None:
            return None
        para_start = self.paragraphs[back + 1][0]
        opening = SPACES.match(self.masked, para_start)
        if not self.masked.startswith(QUOTE_MASK, opening.end() if opening else para_start):
            return None
        low, high = self.paragraphs[back]
        sentence = self._last_sentence(low, high)
        if sentence is None:
            return None
        clause = PARTICIPLE_CLAUSE.match(self.masked, sentence, high)
        if clause is None:
            # ``In a brief statement, Lamontagne turned to the family.``, a paragraph of one
            # sentence: its subject answers, not a person named inside its clauses who spoke
            # earlier (of two sentences, the last may name someone merely present: ``Kim
            # Kardashian was in the VIP section.``).
            if self.masked[low:sentence].strip():
                return None
            return self._person_subject(sentence, high, start, gender)
        found = self._subject_at(clause.end(), high, start)
        if found is None or found.type != "person":
            return None
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _role(self, start: int, end: int, cue: str, *, epithet: bool = False) -> Speaker | None:
        phrase = self.text[start:end]
        words = phrase.split()
        head = words[-1].lower()
        determiner = words[0].lower()
        if determiner in INDEFINITE or (determiner not in DETERMINERS and not possessive(words[0])):
            holder = None if determiner in INDEFINITE else self._holder_after(start, words)
            if holder is not None:
                # ``Mayor says roads will close`` (a headline drops its articles) and then
                # ``Dunmore Mayor Ann Roe said``: the one person the article gives that role.
                role = self.role_of(holder.name, start)
                return Speaker(holder.name, phrase, start, end, cue, role=role)
            name = anonymous_name(phrase)
            return Speaker(name, phrase, start, end, cue, anonymous=True)
        if head in gz.ORGANISATION_ROLE_NOUNS and head not in self.role_nouns:
            named = words[1:-1]
            if (
                determiner in DEFINITE
                and named
                and all(w[:1].isupper() for w in named)
                and words[-1].islower()
            ):
                # ``The FDA union``, ``the GMB union``: the body's name before its kind.
                at = start + phrase.index(named[0])
                name = " ".join(named)
                return Speaker(name, name, at, at + len(name), cue)
            if possessive(words[0]) and self._place_word(words[0][:-2], start):
                # ``China's commerce ministry``: a country's body, described as written (the
                # body named last may be another country's).
                return Speaker(phrase, phrase, start, end, cue)
            alliance = head in _ALLIANCE_NOUNS
            company = head in COMPANY_NOUNS and self.cues.profile is None
            referent = self._nearest_organisation(start, alliance=alliance, company=company)
            described = None if alliance else self._described_body(start, head)
            if described is not None and not self._spoke_here(referent, start):
                referent = described
            if referent is None:
                return None
            return Speaker(referent.name, phrase, start, end, cue)
        gender = "female" if head in gz.FEMALE_NOUNS else "male" if head in gz.MALE_NOUNS else None
        if gender is None and self.cues.profile is None:
            # ``the rapper announced ... that he had changed his name``: the subject pronoun of
            # the reported clause is the speaker's.
            gender = self._reported_gender(end)
        if (
            self.cues.profile is None
            and determiner in DEFINITE
            and len(words) == 2
            and head in _QUESTIONER_NOUNS
        ):
            introduced = self._introduced_unnamed(start, words[-1])
            if introduced is not None:
                # ``A reporter asked whether ... "...?" the reporter asked``: the unnamed
                # person the paragraph introduced so, as written, not the last one named.
                return attrs.evolve(introduced, start=start, end=end, mention=phrase, cue=cue)
        modifiers = [w.lower() for w in words[1:-1]]
        if self.cues.profile is None and determiner in DEFINITE and len(modifiers) <= 2:
            introduced = self._introduced_source(start, head)
            if (
                introduced is not None
                # ``the former employee`` after ``One former employee, who ...,``: the words
                # before the noun, if any, repeat the introduced description's.
                and all(w in introduced.mention.lower().split() for w in modifiers)
                and not self._named_since(introduced.end, start, head)
            ):
                # ``A staffer in the mayor's office, who ..., said ... "...," the staffer
                # said``: the unnamed source the paragraph or the one before introduced with
                # that noun, described as there, not the person named last.
                return attrs.evolve(introduced, start=start, end=end, mention=phrase, cue=cue)
        family = gz.role_family(head)
        referent = self._nearest(start, ("person", "anonymous"), gender=gender, roles=family)
        if referent is None and epithet and AGE_NOUN.fullmatch(head):
            # ``Palmer, who has now scored 12 goals, played down ... "...," the 22-year-old
            # said``: the person whose age the article gives (``Palmer, 22,``), else the person
            # opening the sentence before, not the last one named (a coach quoted before).
            referent = self._aged(start, head) or self._previous_opening(start)
        age = next((w for w in words[1:-1] if AGE_NOUN.fullmatch(w)), None) if epithet else None
        if referent is None and age is not None:
            # ``Roe, 31, beat Brandt, 24, ... "...," the 24-year-old German said``: an age
            # opening the epithet names the person the article gives that age, if any.
            referent = self._aged(start, age)
        if referent is None and epithet and self.paragraphs:
            # ``Alcaraz ... was gracious in defeat. "...," the Spaniard said``: the person the
            # paragraph names before the epithet, else (below) the one who spoke last.
            index = bisect.bisect_right(self._paragraph_starts, start) - 1
            local = self._nearest(start, ("person",), gender=gender)
            if local is not None and index >= 0 and local.position >= self.paragraphs[index][0]:
                referent = local
        if referent is None and epithet and self.cues.profile is None:
            # ``Ostrakova ... was gracious in defeat.\n\n"...," the world No 14 said``: the
            # person opening the sentence before, as for an age, when a gender is known for
            # that name: a person's (``Borough are third`` opens with a club read as a name).
            opening = self._previous_opening(start, typed_only=True)
            if opening is not None and self._genders.get(opening.name) is not None:
                referent = opening
        several = head.endswith("s") and head[:-1] in self.role_nouns
        if referent is None and (head in UNNAMED_SOURCES or several):
            # ``the source said`` after ``a person familiar with the matter``: the article's
            # unnamed source, never whoever it named last (a reporter, a governor).
            referent = self._nearest(
                start, ("anonymous",), singular=not is_plural(phrase), plural=is_plural(phrase)
            )
            if referent is None and not is_plural(phrase) and self.cues.profile is None:
                # ``two people familiar with the matter told Reuters ... the other person
                # said``: one of the several sources, known by their description.
                referent = self._nearest(start, ("anonymous",), plural=True)
        if referent is None and head in UNNAMED_SOURCES and determiner in DEFINITE and not several:
            # ``the witness said`` after ``Martin Roe, the prosecution's key witness, told the
            # court``: no unnamed source, the person the article states holds that role.
            referent = self._sole_stated_role(start, gender, family, modifiers)
        if referent is None and head not in UNNAMED_SOURCES and not several:
            # ``The Wellingborough MP added``: the person who spoke last, the story's subject
            # (a man he mentioned since is not), else the person named last. A title written
            # in capitals that no one named holds (``The Iranian Consul said``) is an
            # unnamed official's.
            referent = self._stated_role(start, gender, family)
            if referent is None and self.cues.profile is None:
                # ``A former compliance officer ... said ... "...," the former employee
                # said``: the unnamed person just described, not the last named speaker.
                referent = self._recent_unnamed(start)
            if referent is None and not (len(words) > 2 and title_cased(words[1:])):
                referent = self._last_speaker(start, gender) or self._nearest(
                    start, ("person",), gender=gender
                )
                if referent is not None and self._owner_of(determiner, start) == referent.name:
                    # ``Her neighbour said`` after Deb Langford spoke: no one is their own
                    # neighbour; the one the article describes so, as written.
                    referent = None
        if referent is None and determiner in DEFINITE:
            # ``The governor said ...`` before ``Vermont Governor Alan Pettigrew`` is named: the
            # one person the article gives that role, named after the phrase.
            referent = self._holder_after(start, words)
        if referent is None:  # nobody named: the role itself is all we know
            return Speaker(anonymous_name(phrase), phrase, start, end, cue, anonymous=True)
        role = None
        if referent.type == "person":
            # ``The governor told MPs``: the article's own word for her, when no mention of
            # her states a role.
            role = self.role_of(referent.name, start) or (
                None if epithet else " ".join(words[1:]) or None
            )
        anonymous = referent.type == "anonymous"
        name = self._as_described(referent) if anonymous else referent.name
        return Speaker(name, phrase, start, end, cue, anonymous=anonymous, role=role)

    def _sole_stated_role(
        self, start: int, gender: str | None, family: frozenset[str], modifiers: list[str]
    ) -> Referent | None:
        """The one person of the few paragraphs before ``start`` whose stated role is of
        ``family`` and holds every word of ``modifiers`` (``the key witness`` after ``the
        prosecution's key witness``). ``None`` where two people hold such a role (``a witness
        for the prosecution`` and ``a witness for the defence``: the article does not say
        which) or where the description has a word the role has not (``the other witness``,
        ``the defence witness``: someone else)."""
        holder = _sole_holder(
            referent
            for referent in self.people_back(start, SPEAKER_PARAGRAPHS, gender)
            if role_words(self.role_of(referent.name, start)) & family
        )
        if holder is None:
            return None
        stated = set(re.findall(r"[\w'’]+", (self.role_of(holder.name, start) or "").lower()))
        return holder if all(m in stated for m in modifiers) else None

    def _holder_after(self, start: int, words: list[str]) -> Referent | None:
        """The one person named after ``start`` (within :data:`LOOKBACK` names) whose stated
        role is that of the role phrase ``words`` (its head noun's family, and its other
        lower-case words but ``former`` and the like), when the article names no other
        (English only: a role is a definite description of its one holder, written before
        the name in headlines and ledes)."""
        head = words[-1].lower()
        if self.cues.profile is not None or head not in self.role_nouns:
            return None
        family = gz.role_family(head)
        wanted = {
            w.lower()
            for w in words[:-1]
            if w.islower() and w not in DETERMINERS and w not in ROLE_MODIFIERS
        }
        first = bisect.bisect_right(self._positions, start)
        holder = _sole_holder(
            referent
            for referent in self.referents[first : first + LOOKBACK]
            if referent.type == "person" and referent.roles & family and wanted <= referent.roles
        )
        if holder is None:
            return None
        # Named soon after (a lede names the headline's mayor within a few paragraphs); a
        # holder met only pages on is someone else (``The singer and the chef`` for a couple
        # the headline names, not the actor quoted near the end).
        return holder if holder.position - start <= _HOLDER_REACH else None

    def _as_described(self, referent: Referent) -> str:
        """An unnamed source's description as the cue after it reads it, when that runs on
        past the words it is known by (``a senior official at the county health department``
        for ``a senior official at the county``, cut at its words' limit), else its name."""
        position = referent.position
        known = self._described_at.get(position)
        if known is None:
            # Its name while it is read: the cue after the description may name the same source
            # by a role (``an aide to the senator, who asked not to be named, said``), whose
            # reading comes back here and would otherwise recurse without end.
            self._described_at[position] = referent.name
            known = self._described_at[position] = self._read_described(referent)
        return known

    def _read_described(self, referent: Referent) -> str:
        """:meth:`_as_described`, read."""
        position = referent.position
        bound = _SENTENCE_BOUND.search(self.text, position, position + _DESCRIBED_REACH)
        end = bound.start() if bound is not None else position + _DESCRIBED_REACH
        cue = self.cue_index.search(position, end)
        if cue is None or QUOTE_MASK in self.masked[position : cue.start()]:
            return referent.name
        read = self._subject_phrase(position, cue.start(), cue.group(0))
        if (
            read is not None
            and read.anonymous
            and len(read.name) > len(referent.name)
            and read.name.lower().startswith(referent.name.lower())
        ):
            return read.name
        return referent.name

    def _owned_person(self, place: Mention, end: int) -> Mention | None:
        """The person named right after the possessive of ``place`` (``Poland's Marta Roe``),
        before ``end``, if any."""
        owned = _POSSESSIVE_END.match(self.masked, place.end)
        if owned is None:
            return None
        after = SPACES.match(self.masked, owned.end())
        at = after.end() if after is not None else owned.end()
        named = next(iter(self.within(at, min(end, at + 1))), None)
        return named if named is not None and named.type == "person" else None

    def _aged(self, start: int, noun: str) -> Referent | None:
        """The person named with the age of ``noun`` (``22-year-old``: ``Palmer, 22,``) in the
        few paragraphs before ``start``."""
        age = AGE_NOUN.fullmatch(noun)
        if age is None:
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - SPEAKER_PARAGRAPHS, 0)][0] if index >= 0 else 0
        low = max(low, start - _SENTENCE_LOOKBACK * 4)  # a bounded look back: linear articles
        pattern = re.compile(rf",[ \u00a0]*{age.group(1)},")
        for match in reversed(list(pattern.finditer(self.masked, low, start))):
            mention = self._mention_ending(match.start())
            if mention is not None and mention.type == "person":
                return self._last_named(mention.name, start)
        return None

    def _previous_opening(self, start: int, *, typed_only: bool = False) -> Referent | None:
        """The person opening the sentence before the one of ``start`` (``Palmer, who has now
        scored 12 goals, played down talk of a title.``), named or a one-word name of a
        speaker or of a person the article names in full (with ``typed_only``, a person the
        entity annotator typed only)."""
        low = max(0, start - _SENTENCE_LOOKBACK)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1) if m.end() <= start
        ][-2:]
        if not bounds or (len(bounds) == 1 and low > 0):
            return None
        begin, end = (bounds[0], bounds[1]) if len(bounds) == 2 else (0, bounds[0])
        # (``SEATTLE (AP) — Ann Roe won ...``: the sentence's words open after its dateline)
        begin = after_dateline(self.text, begin, end)
        found = self._subject_at(begin, end, start)
        if found is not None:
            return found if found.type == "person" else None
        if typed_only:
            return None
        opening = self._opening_speaker(begin, end, pattern=_OPENING_SUBJECT)
        if opening is None:
            return None
        return Referent(opening.start, opening.name, "person", None, frozenset())

    def _reported_gender(self, end: int) -> str | None:
        """The gender of the first ``he``/``she`` after ``end`` in its sentence (read up to
        :data:`GENDER_LOOKAHEAD` characters), if any."""
        limit = min(len(self.masked), end + GENDER_LOOKAHEAD)
        stop = _SENTENCE_STOP.search(self.masked, end, limit)
        found = _SUBJECT_PRONOUN.search(self.masked, end, stop.start() if stop else limit)
        return None if found is None else PRONOUN_GENDERS[found.group(0)]


def _sole_holder(holders: Iterable[Referent]) -> Referent | None:
    """The first of ``holders`` (people whose role is the one wanted) where they are all one
    person by name; ``None`` where there are none or two people (the article does not say
    which one the role means)."""
    found: Referent | None = None
    for holder in holders:
        if found is None:
            found = holder
        elif holder.name != found.name:
            return None
    return found
