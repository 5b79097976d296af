"""Who most likely said a quotation when no attribution pattern settles it.

The rules of the other modules each read one phrasing (``X said``, ``said X``, ``she told``
resolved to the subject of the sentence before, ...). Where none of them answers, the speaker is
chosen here among the few people (and unnamed sources, and bodies) named shortly before the
quotation, by a score of hand-weighted features, each a reason a reader would give:

* what the candidate is: a person (the entity annotator's type) before an unnamed source, an
  unnamed source before an organisation;
* its grammatical place: the subject of its sentence (named at its start, after at most a
  title) or the subject of a cue verb (``Ann Roe said``) counts for it; a name standing where no
  subject does counts against it: before a possessive ``'s``, in a list of names, or right after
  a word that makes it the object or addressee (``told Ann Roe``, ``asked Ann Roe``, ``with Ann
  Roe``: ``[quotes] candidate_object_words``);
* continuity: the speaker of the last quotation before counts for it (a speaker goes on);
* distance: each candidate named nearer, and each paragraph back, counts against it.

The weights are written below (:data:`WEIGHTS`), no model: each choice can be explained by the
features that made it. The work is bounded: at most :data:`CANDIDATES` referents are scored, in
the quotation's paragraph and the :data:`PARAGRAPHS_BACK` before it.
"""

from __future__ import annotations

import bisect
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ARTICLES,
    BODY_NOUNS,
    DETERMINERS,
    EN,
    LOOKBACK,
    QUOTE_MASK,
    ROLE_NOUNS,
)
from newsbrief.annotators.quotes.attribution.organisation_speakers import BodyFinder
from newsbrief.annotators.quotes.attribution.scanning import plural_source
from newsbrief.annotators.quotes.attribution.speaker_types import Referent, Speaker

__all__ = ["CANDIDATES", "PARAGRAPHS_BACK", "WEIGHTS", "CandidateScorer"]

#: At most this many referents before a quotation are scored, the nearest first.
CANDIDATES = 10

#: How many paragraphs before the quotation's own are looked into.
PARAGRAPHS_BACK = 2

#: The hand-set weight of each feature (see the module's docstring).
WEIGHTS: dict[str, float] = {
    "person": 2.0,
    "anonymous": 1.5,
    "organisation": 0.5,
    "subject": 1.5,
    "cue_subject": 1.5,
    "background": -1.5,
    "object": -2.0,
    "last_speaker": 2.0,
    "spoke": 1.0,
    "rank": -0.4,
    "paragraph": -1.0,
}

#: The referents that may speak (a place never does).
_SPEAKING_TYPES = ("person", "anonymous", "organisation")

#: A candidate must score above this to be chosen (a lone organisation named in passing,
#: paragraphs back, is no speaker).
THRESHOLD = 1.0

#: A word right before a name that makes it an object or addressee (``told``, ``with``).
_OBJECT_WORDS = plain_alternation(EN.words("quotes", "candidate_object_words"), case="either")
_OBJECT_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?:{_OBJECT_WORDS})"
    rf"[ \u00a0]+(?:{ARTICLES}[ \u00a0]+)?(?:[A-Za-z][\w.’'\-]*[ \u00a0]+){{0,2}}$"
)

# A sentence's end right before a name (``reaches for the bill. Lee``): a word of lower-case
# letters and a stop (an initial, ``J.``, is no end); the object word is the sentence's before.
_STOP_BEFORE = re.compile(r"[a-z]{2}[.!?][ \u00a0]+$")

#: How far before a name the word making it an object is looked for (code points).
_OBJECT_REACH = 40

#: The nouns of bodies (and ``it``) written as a cue's subject: only a body may be chosen.
_BODIES = (BODY_NOUNS | EN.words("quotes", "candidate_body_pronouns")) - ROLE_NOUNS

#: The nouns of what is no person nor body yet is written as a cue's subject: a document, a
#: thing carrying words (``the sign read``).
_THINGS = (
    (EN.words("quotes", "candidate_thing_nouns") | EN.words("quotes", "document_nouns"))
    - ROLE_NOUNS
    - _BODIES
)

#: Determiners making a thing its owner's (``her statement``).
_OWNERS = EN.words("quotes", "candidate_owner_determiners")

_DETERMINER = plain_alternation(DETERMINERS, case="either")

#: A cue's subject closing before it (``the club's statement`` said, ``It`` said): its head last.
_SUBJECT_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?:(?:{_DETERMINER})[ \u00a0]+(?:[\w’'\-]+[ \u00a0]+){{0,2}})?"
    rf"(?P<head>[\w’'\-]+)[ \u00a0]*$"
)

#: A cue's subject opening after it (said ``the banner``): its head the first word after the
#: determiner and up to two others that are no thing.
_SUBJECT_AFTER = re.compile(
    rf"[ \u00a0]*(?:{_DETERMINER})[ \u00a0]+(?P<words>(?:[\w’'\-]+[ \u00a0]+){{0,2}}[\w’'\-]+)"
)

#: A sentence opening with a determiner's phrase (``The study's authors`` write that ...): up to
#: three words after the determiner, its head among them.
_SUBJECT_OPENING = re.compile(
    rf"[ \u00a0]*(?:(?:{_DETERMINER})[ \u00a0]+)?"
    rf"(?P<words>[\w’'\-]+(?:[ \u00a0]+[\w’'\-]+)?)"
)

#: The things carrying words that open a sentence as its subject (``The plaque on the bridge
#: reads: "..."``): a document (``The communique read``) is its issuer's, and may be scored.
_CARRIERS = EN.words("quotes", "candidate_thing_nouns") - ROLE_NOUNS - _BODIES

#: The words of a thing right before a quotation name what it is (``the headline "..."``,
#: ``a saying: "..."``).
_THING_NAMED = re.compile(
    rf"(?<![\w’'\-])(?:[\w’'\-]+[ \u00a0]+){{0,2}}"
    rf"(?:{plain_alternation(_CARRIERS, case='either')})[ \u00a0]*[:,]?[ \u00a0]*$"
)

#: Who may say what several people are written to say: no one person.
_SEVERAL = ("anonymous", "organisation")

#: The cues a document's words take (``the sign read``), besides the verbs of speech.
_READ = re.compile(
    rf"(?<![\w’'\-])(?:{plain_alternation(EN.words('quotes', 'document_read_cues'))})(?![\w’'\-])"
)

#: How far after a quotation its cue is looked for (code points).
_CUE_REACH = 60


class CandidateScorer(BodyFinder):
    """Chooses a speaker among the candidates named before a quotation, by score."""

    #: Where pronouns that no rule resolved stand (sorted) and their genders (made on the
    #: first one).
    _unresolved: tuple[list[int], dict[int, str]] | None = None

    def unresolved_pronoun(self, start: int, gender: str) -> None:
        """Remember that the pronoun at ``start`` of ``gender`` found no one: a candidate for
        its quotation must be of that gender (``She said, "..."`` after a paragraph naming only
        a man is nobody's)."""
        if self._unresolved is None:
            self._unresolved = ([], {})
        positions, genders = self._unresolved
        if start not in genders:
            bisect.insort(positions, start)
        genders[start] = gender

    def _pronoun_gender(self, low: int, high: int) -> str | None:
        """The gender of the first unresolved pronoun between ``low`` and ``high``, if one
        stands there (a bisection)."""
        if self._unresolved is None:
            return None
        positions, genders = self._unresolved
        index = bisect.bisect_left(positions, low)
        if index < len(positions) and positions[index] < high:
            return genders[positions[index]]
        return None

    def _gender_fits(self, referent: Referent, gender: str | None) -> bool:
        """Whether ``referent`` may be what a pronoun of ``gender`` stands for (a person of
        that gender or of none known; no body, no unnamed source)."""
        if gender is None:
            return True
        if referent.type != "person":
            return False
        known = referent.gender or self._first_name_gender(referent.name)
        return known not in ("female", "male") or known == gender

    def _candidate_score(self, referent: Referent, rank: int, back: int, last: str | None) -> float:
        """The score of ``referent``, the ``rank``-th candidate back, ``back`` paragraphs before
        the quotation's, when ``last`` spoke last."""
        score = WEIGHTS.get(referent.type, 0.0)
        score += WEIGHTS["rank"] * rank + WEIGHTS["paragraph"] * back
        if referent.name == last:
            score += WEIGHTS["last_speaker"]
        if self._says(referent):
            score += WEIGHTS["cue_subject"]
        elif self._subject(referent):
            score += WEIGHTS["subject"]
        if referent.type == "person" and self._background(referent.position):
            score += WEIGHTS["background"]
        object_before = _OBJECT_BEFORE.search(
            self.masked, max(0, referent.position - _OBJECT_REACH), referent.position
        )
        if object_before is not None and not _STOP_BEFORE.search(object_before.group(0)):
            score += WEIGHTS["object"]
        return score

    def passive_mention(self, referent: Referent) -> bool:
        """Whether ``referent`` is named where no subject stands: a possessor, a name in a
        list, or an object or addressee (``told Ann Roe``)."""
        if self._background(referent.position):
            return True
        object_before = _OBJECT_BEFORE.search(
            self.masked, max(0, referent.position - _OBJECT_REACH), referent.position
        )
        return object_before is not None and not _STOP_BEFORE.search(object_before.group(0))

    def best_scored(self, candidates: list[Referent], start: int) -> Referent:
        """Of the people a rule of nearness leaves to choose from (``candidates``, in the order
        the article names them, all before ``start``), the one the features above score best,
        having spoken already counting for them too (``Roe reached for the bill. Lee snatched
        it away. "...," she said``: the subject nearest, not the first named; ``told Lee``:
        not the addressee). On a tie the first named. (Nearness itself does not count: the
        rule chose these for it.) At most ``LOOKBACK`` are scored, the first and the nearest;
        the name the chosen one spoke under at that mention is kept (:meth:`spoken_form`)."""
        last = next((name for _, name, _ in self._recent_speakers(start)), None)
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if len(candidates) > LOOKBACK:  # the first named and the nearest: bounded work
            candidates = candidates[:1] + candidates[1 - LOOKBACK :]
        best, best_score = candidates[0], float("-inf")
        for referent in candidates:
            back = index - (bisect.bisect_right(self._paragraph_starts, referent.position) - 1)
            score = self._candidate_score(referent, 0, back, last)
            if referent.name in self._speaker_names:
                score += WEIGHTS["spoke"]
            if score > best_score:
                best, best_score = referent, score
        # A name written again shorter (``Ben Amara-Lahlou`` after ``Youssef Ben Amara-Lahlou``)
        # is the full name's.
        best = next((r for r in candidates if r.name.endswith(" " + best.name)), best)
        return self.spoken_form(best, start)

    def spoken_form(self, referent: Referent, start: int) -> Referent:
        """``referent`` under the fuller name it was credited with as a speaker at that very
        mention (``known only as Madam Wong, said ...``: the entity is ``Wong``, the speaker
        ``Madam Wong``), else itself. At most ``LOOKBACK`` recent speakers are read."""
        for position, name, _ in self._recent_speakers(start):
            if (
                position <= referent.position < position + len(name)
                and name != referent.name
                and name.endswith(" " + referent.name)
            ):
                return referent._replace(name=name)
        return referent

    def written_speakers(
        self, low: int, open_at: int, close: int, high: int
    ) -> tuple[str, ...] | None:
        """The referent types that may have said a quotation (``open_at:close`` in the sentence
        ``low:high``) whose cue's written subject is no one person, or whose sentence opens
        with several people; ``None`` for any. ``"...," the sign read``, ``said the banner``,
        ``The review says that "..."``: none (the writer named the source; the score must not
        put a person named before in its place); ``"...," it said``, ``the union said``: a
        body; ``The study's authors write that "..."``: no one person. So for a sentence
        opening with a thing carrying words or several people (``The plaque on the bridge
        reads: "..."``), and a thing's noun right before the quotation (``Under the headline
        "..."``); not for a thing its owner's (``her statement``, ``Ann Roe's slogan``)."""
        masked = self.masked
        limit = min(high, close + _CUE_REACH)
        cue = self.cue.search(masked, close, limit) or _READ.search(masked, close, limit)
        if cue is not None and not masked[close : cue.start()].strip(" ,\u00a0—–-"):
            after = _SUBJECT_AFTER.match(masked, cue.end(), limit)
            if after is not None:
                return _speakers_of(after.group(0).split())  # inverted: ``said the banner``
        elif cue is not None:
            found = _speakers_before(masked, close, cue.start())
            if found is not None:
                return found
        named = _THING_NAMED.search(masked, max(low, open_at - _CUE_REACH), open_at)
        if named is not None and not _owned(named.group(0).split()):
            return ()  # ``Under the headline "...", the paper ...``: the thing's words
        opening = _SUBJECT_OPENING.match(masked, low, open_at)
        if opening is not None and not _owned(opening.group(0).split()):
            words = opening.group("words").split()
            if any(w.lower() in _CARRIERS for w in words):
                return ()  # ``The plaque on the bridge reads: "..."``: the thing's words
            if _speakers_of(words) == _SEVERAL:
                return _SEVERAL  # ``The study's authors write that "..."``
            # (``The communique read``: a document is its issuer's; ``A government source``
            # is a person)
        # (the last cue before the quotation; its reach is bounded)
        before = None
        for found_cue in self.cue.finditer(masked, max(low, open_at - _CUE_REACH), open_at):
            before = found_cue
        if before is None:
            return None
        return _speakers_before(masked, max(low, before.start() - _CUE_REACH), before.start())

    def scored_referent(
        self,
        start: int,
        *,
        paragraphs_back: int = PARAGRAPHS_BACK,
        gender: str | None = None,
        types: tuple[str, ...] = _SPEAKING_TYPES,
    ) -> Referent | None:
        """The best-scored person, unnamed source or organisation named before ``start`` in its
        paragraph or the ``paragraphs_back`` before, if one scores above :data:`THRESHOLD`; ties
        go to the nearer. (At most :data:`CANDIDATES` are scored, and at most ``LOOKBACK``
        referents read.) With ``gender``, only a person of that gender or of none known."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        low = self.paragraphs[max(index - paragraphs_back, 0)][0]
        last = next((name for _, name, _ in self._recent_speakers(start)), None)
        best: Referent | None = None
        best_score = THRESHOLD
        rank = 0
        position_index = bisect.bisect_left(self._positions, start) - 1
        for at in range(position_index, max(-1, position_index - LOOKBACK), -1):
            if rank >= CANDIDATES:
                break
            referent = self.referents[at]
            if referent.position < low:
                break
            if referent.type not in types or self.masked[referent.position] == QUOTE_MASK:
                continue  # a name inside a quotation is not named there
            if not self._gender_fits(referent, gender):
                continue
            back = index - (bisect.bisect_right(self._paragraph_starts, referent.position) - 1)
            score = self._candidate_score(referent, rank, back, last)
            rank += 1
            if score > best_score:  # (strictly: on a tie the nearer, scored first, stays)
                best, best_score = referent, score
        return best

    def scored_speaker(
        self,
        start: int,
        sentence: tuple[int, int],
        *,
        fragment: bool = False,
        types: tuple[str, ...] | None = None,
        alone: bool = False,
    ) -> Speaker | None:
        """:meth:`scored_referent` of a quotation opening at ``start``, as its speaker (no cue:
        the score chose it). A ``fragment`` (a few words quoted inside a sentence, ``is
        "inherently escalatory"``) is credited only to someone its own paragraph names: a
        phrase the writer borrows without a cue is nobody's from paragraphs back. An unresolved
        pronoun in the quotation's ``sentence`` (its start and end) keeps its gender; only
        referents of ``types`` (:meth:`written_speakers`), when given, are chosen. A quotation
        standing ``alone`` as its paragraph is credited only to someone its paragraph or the
        one right before names: past a paragraph naming no one (``Thousands waited on the
        lawn.``, ``A post was circulating online.``) it is a chant's, a post's, a document's
        more often than the person named further back."""
        back = PARAGRAPHS_BACK if not alone else min(PARAGRAPHS_BACK, 1)
        referent = self.scored_referent(
            start,
            paragraphs_back=0 if fragment else back,
            gender=self._pronoun_gender(*sentence),
            types=_SPEAKING_TYPES if types is None else types,
        )
        if referent is None:
            return None
        role = self.role_of(referent.name, start) if referent.type == "person" else None
        # The words as written where the referent was named: a canonical name (``Ann Roe``)
        # may be longer or other than its mention there (``Ann``).
        at = referent.position
        mention = self._mention_starting(at)
        end = mention.end if mention is not None else at + len(referent.name)
        return Speaker(
            referent.name,
            self.text[at:end],
            at,
            end,
            None,
            anonymous=referent.type == "anonymous",
            role=role,
        )


def _speakers_of(words: list[str]) -> tuple[str, ...] | None:
    """The referent types that may say what a subject of ``words`` (its head among them) is
    written to say: none for a thing (``sign``, a document), bodies for a body or ``it``,
    no single person for several people (``authors``); ``None`` for anyone. A thing someone
    owns (``her statement``) is its owner's: anyone."""
    kinds: set[str] = set()
    for word in words:
        lower = word.lower()
        if lower in _BODIES:
            kinds.add("organisation")
        elif lower in _THINGS:
            kinds.add("thing")
        elif plural_source(lower):
            kinds.add("several")
    if not kinds or (words and words[0].lower() in _OWNERS and "several" not in kinds):
        return None
    if "thing" in kinds:
        return ()
    if "organisation" in kinds:
        return ("organisation",)
    return _SEVERAL


def _speakers_before(masked: str, low: int, cue_at: int) -> tuple[str, ...] | None:
    """:func:`_speakers_of` the subject closing at a cue (``masked[low:cue_at]``)."""
    subject = _SUBJECT_BEFORE.search(masked, low, cue_at)
    if subject is None:
        return None
    return _speakers_of([*subject.group(0).split()[:1], subject.group("head")])


def _owned(words: list[str]) -> bool:
    """Whether ``words`` before a thing name its owner (``her``, a name's: ``Ann Roe's``
    slogan; not ``the trial's``): the thing's words are then the owner's."""
    return any(
        w.lower() in _OWNERS or (w[:1].isupper() and w.endswith(("'s", "’s"))) for w in words
    )
