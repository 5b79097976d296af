"""Who said it: cue verbs, speaker noun phrases and their antecedents.

For each quotation the attribution is looked for in this order:

1. a cue right after it (``"...," she said``, ``"...," said lawmaker Oleksiy Goncharenko``,
   ``"...," retired Lt. Gen. Mark Hertling, a ... analyst told CNN``);
2. the nearest cue before it in its sentence (``Singh noted that ... "..."``, ``According to
   officials, ... "..."``, ``He said in May: "..."``, ``Zelenskyy had called the strike "..."``);
3. a cue later in the sentence (``..., Reuters reported``);
4. otherwise it inherits: from the quotation it continues, from an earlier quotation of the same
   paragraph, or (a paragraph that is only a quotation) from the previous paragraph's quotation;
5. a short quotation in a sentence without a cue is credited to the sentence's subject when that
   is a named person, organisation or place (``Ukraine has revived its demand that NATO 'close the
   skies'``); else there is no speaker.

A speaker phrase is a name (the entity annotator's canonical name), a pronoun (the nearest earlier
person of fitting gender), a definite role phrase (``the spokeswoman``, ``the Pentagon's deputy
spokesperson``, ``the alliance``: the nearest earlier person of fitting role and gender, or
organisation), or an indefinite one (``a senior Ukrainian security official``, ``U.N. officials``):
an anonymous source, whose canonical speaker is that description as first written; a later ``the
official`` refers back to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz

_CUE_WORDS = (
    "said|says|say|told|tells|tell|noted|notes|emphasized|emphasised|emphasizes|emphasises|"
    "stated|states|added|adds|replied|replies|warned|warns|claimed|claims|announced|announces|"
    "explained|explains|insisted|insists|urged|urges|believe|believes|believed|reported|reports|"
    "wrote|writes|called|calls|pledged|pledges|asked|asks|argued|argues|declared|declares|"
    "stressed|stresses|acknowledged|admitted|saying|adding|noting|stressing|warning|telling|"
    "described|describes|discussed|vowed|promised|threatened|accused|denied|suggested|agreed|"
    "confirmed|tweeted|posted|recalled|concluded|remarked|observed|commented|predicted|"
    "cautioned|demanded|affirmed|asserted|maintained|conceded|complained|responded|answered|"
    "countered|hinted|mentioned|reiterated|underlined|underscored|highlighted|wrote|writing"
)
#: A verb or phrase that attributes words to someone.
CUE = re.compile(rf"\b(?:[Aa]ccording to|{_CUE_WORDS})\b")
_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
_DETERMINERS = frozenset(
    {"a", "an", "the", "one", "another", "this", "that", "its", "his", "her", "their"}
)
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_SKIPPABLE = frozenset(
    {"has", "have", "had", "was", "is", "were", "are", "been", "would", "will", "did", "does",
     "also", "later", "then", "further", "previously", "earlier", "again", "once", "just",
     "on", "in", "at", "last", "this", "week", "month", "year"}
)  # fmt: skip
_NP_STOP = frozenset(
    {"that", "which", "who", "but", "while", "when", "as", "if", "said", "told", "to", "by",
     "with", "from", "for", "after", "before", "because", "so", "than", "where", "of", "on",
     "in", "at"}
)  # fmt: skip
_WORD = re.compile(r"[\w.’'\-]+|[^\w\s]")
_QUOTE_MASK = "§"
#: Quotes longer than this are statements, not scare quotes: never credited to a mere subject.
_SHORT_QUOTE_WORDS = 8


@attrs.frozen
class Mention:
    """An entity mention the entity annotator found."""

    start: int
    end: int
    name: str
    type: str
    gender: str | None = None
    role: str | None = None


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to."""

    #: Canonical name, or the description of an anonymous source.
    name: str
    #: The words naming the speaker where the attribution is.
    mention: str
    start: int
    end: int
    #: The attributing verb or phrase, if any.
    cue: str | None
    anonymous: bool = False


@attrs.frozen
class _Referent:
    position: int
    name: str
    type: str  # person, anonymous, organisation, place
    gender: str | None
    roles: frozenset[str]


class Attributor:
    """Finds speakers in one document whose quotations are masked out of ``masked``."""

    def __init__(self, text: str, masked: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.masked = masked
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.referents: list[_Referent] = [
            _Referent(m.start, m.name, m.type, m.gender, _role_words(m.role)) for m in self.mentions
        ]
        self._add_anonymous_sources()

    # -- the attribution search ----------------------------------------------------------------

    def after(self, close: int, limit: int, quote_ends_with_comma: bool) -> Speaker | None:
        """A cue right after a quotation closing at ``close`` (``"...," he said``)."""
        tail = self.masked[close:limit]
        lead = len(tail) - len(tail.lstrip(" ,\u00a0—–-"))  # ``" —said``
        cue = CUE.search(tail)
        if (
            cue is None
            or cue.group(0).lower() == "according to"
            or _QUOTE_MASK in tail[: cue.start()]
        ):
            return None
        between = tail[lead : cue.start()].strip()
        words = _WORD.findall(between)
        if not (quote_ends_with_comma or "," in tail[:lead] or len(words) <= 3) or len(words) > 15:
            return None
        if any(w in ".;:!?" for w in words):
            return None
        if not between:  # inverted: ``said a senior official``
            return self._phrase_after(close + cue.end(), limit, cue.group(0))
        return self.phrase_before(close + lead, close + cue.start(), cue.group(0))

    def before(self, start: int, open_at: int) -> Speaker | None:
        """The nearest cue before a quotation in its sentence (``Singh noted that "..."``)."""
        cues = [m for m in CUE.finditer(self.masked, start, open_at)]
        for cue in reversed(cues):
            found = self._from_cue(start, cue, open_at)
            if found is not None:
                return found
        return None

    def later(self, close: int, limit: int) -> Speaker | None:
        """A cue later in the sentence (``..., Reuters reported``)."""
        for cue in CUE.finditer(self.masked, close, limit):
            found = self._from_cue(close, cue, limit)
            if found is not None:
                return found
        return None

    def subject(self, start: int, open_at: int) -> Speaker | None:
        """The sentence's subject, when it is a named entity (for cue-less scare quotes)."""
        prefix = self.masked[start:open_at]
        for mention in self.mentions:
            if mention.start < start or mention.start >= open_at:
                continue
            lead = self.masked[start : mention.start]
            if any(not (w[:1].isupper() or w.lower() in ("the", "a", "an")) for w in lead.split()):
                return None
            if re.match(r"['’]s\b", self.text[mention.end : mention.end + 2]):
                return None
            if _QUOTE_MASK in prefix[: mention.start - start]:
                return None
            return Speaker(mention.name, self.text[mention.start : mention.end], mention.start,
                           mention.end, None)  # fmt: skip
        return None

    # -- speaker phrases -----------------------------------------------------------------------

    def _from_cue(self, start: int, cue: re.Match[str], limit: int) -> Speaker | None:
        word = cue.group(0)
        if word.lower() == "according to":
            end = _phrase_end(self.masked, cue.end(), limit)
            return self._phrase_after(cue.end(), end, word)
        return self.phrase_before(start, cue.start(), word)

    def phrase_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase ending at ``end`` (the subject of the cue)."""
        tokens = [
            (m.group(0), m.start() + start, m.end() + start)
            for m in _WORD.finditer(self.masked[start:end])
        ]
        while tokens and (tokens[-1][0].lower() in _SKIPPABLE or tokens[-1][0].endswith("ly")
                          or tokens[-1][0] in gz.CALENDAR or tokens[-1][0][:1].isdigit()
                          or tokens[-1][0] in ",."):  # fmt: skip
            tokens.pop()
        if not tokens:
            return None
        last, s, e = tokens[-1]
        if last.lower() in _PRONOUNS or last.lower() in ("they", "i", "we"):
            return self._pronoun(last, s, e, cue)
        mention = self._mention_ending(e)
        if mention is not None:
            return self._named(mention, cue)
        if last.lower() in gz.PERSON_ROLE_NOUNS or last.lower() in gz.ORGANISATION_ROLE_NOUNS:
            first = len(tokens) - 1
            while first > 0 and _np_word(tokens[first - 1][0]) and len(tokens) - first < 7:
                first -= 1
                if tokens[first][0].lower() in _DETERMINERS:
                    break
            np_start = tokens[first][1]
            appositive = self._appositive_person(start, np_start)
            if appositive is not None and tokens[first][0].lower() in _INDEFINITE:
                return self._named(appositive, cue)
            return self._role(np_start, e, cue)
        person = self._last_mention(start, end, ("person",)) or self._last_mention(
            start, end, ("organisation", "place")
        )
        return self._named(person, cue) if person else None

    def _phrase_after(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase starting at ``start`` (``said X``, ``according to X``)."""
        end = _phrase_end(self.masked, start, end)
        tokens = [
            (m.group(0), m.start() + start, m.end() + start)
            for m in _WORD.finditer(self.masked[start:end])
        ]
        if not tokens:
            return None
        first, s, e = tokens[0]
        if first.lower() in _PRONOUNS:
            return self._pronoun(first, s, e, cue)
        for mention in self.mentions:
            if start <= mention.start < end and mention.type == "person":
                return self._named(mention, cue)
        for i, (word, _, e_word) in enumerate(tokens):
            if word.lower() in gz.PERSON_ROLE_NOUNS or word.lower() in gz.ORGANISATION_ROLE_NOUNS:
                if i + 1 < len(tokens) and tokens[i + 1][0].lower() in gz.PERSON_ROLE_NOUNS:
                    continue
                return self._role(s, e_word, cue)
        for mention in self.mentions:
            if start <= mention.start < end:
                return self._named(mention, cue)
        return None

    def _named(self, mention: Mention, cue: str | None) -> Speaker:
        return Speaker(
            mention.name, self.text[mention.start : mention.end], mention.start, mention.end, cue
        )

    def _pronoun(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        gender = _PRONOUNS.get(word.lower())
        if gender is None:
            return None  # ``they``, ``I``, ``we``: no single person to point at
        referent = self._nearest(start, ("person", "anonymous"), gender=gender)
        if referent is None:
            return None
        return Speaker(referent.name, word, start, end, cue, anonymous=referent.type == "anonymous")

    def _role(self, start: int, end: int, cue: str) -> Speaker | None:
        phrase = self.text[start:end]
        words = phrase.split()
        head = words[-1].lower()
        determiner = words[0].lower()
        if determiner in _INDEFINITE or (
            determiner not in _DETERMINERS and not _possessive(words[0])
        ):
            name = _anonymous_name(phrase)
            return Speaker(name, phrase, start, end, cue, anonymous=True)
        if head in gz.ORGANISATION_ROLE_NOUNS and head not in gz.PERSON_ROLE_NOUNS:
            alliance = head in ("alliance", "bloc")
            referent = self._nearest(start, ("organisation",), alliance=alliance)
            if referent is None:
                return None
            return Speaker(referent.name, phrase, start, end, cue)
        gender = "female" if head in gz.FEMALE_NOUNS else "male" if head in gz.MALE_NOUNS else None
        family = gz.role_family(head)
        referent = self._nearest(start, ("person", "anonymous"), gender=gender, roles=family)
        if referent is None:
            referent = self._nearest(start, ("person",), gender=gender)
        if referent is None:  # nobody named before: the role itself is all we know
            return Speaker(_anonymous_name(phrase), phrase, start, end, cue, anonymous=True)
        return Speaker(
            referent.name, phrase, start, end, cue, anonymous=referent.type == "anonymous"
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
    ) -> _Referent | None:
        for referent in sorted(self.referents, key=lambda r: -r.position):
            if referent.position >= position or referent.type not in types:
                continue
            if self.masked[referent.position] == _QUOTE_MASK:
                continue
            if gender and referent.gender and referent.gender != gender:
                continue
            if roles is not None and not (referent.roles & roles):
                continue
            if alliance and referent.name not in gz.ALLIANCES and "alliance" not in referent.roles:
                continue
            return referent
        return None

    def remember(self, speaker: Speaker) -> None:
        """Keep an anonymous source as a referent for later ``the official``/``he``."""
        if speaker.anonymous and not any(
            r.position == speaker.start and r.type == "anonymous" for r in self.referents
        ):
            roles = _role_words(speaker.name)
            self.referents.append(_Referent(speaker.start, speaker.name, "anonymous", None, roles))

    def _add_anonymous_sources(self) -> None:
        nouns = "|".join(sorted(gz.PERSON_ROLE_NOUNS, key=len, reverse=True))
        pattern = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'\-]+\s+){{0,4}}?(?:{nouns})\b")
        for match in pattern.finditer(self.masked):
            phrase = match.group(0)
            if _QUOTE_MASK in phrase or self._follows_person(match.start()):
                continue  # ``Mark Hertling, a ... analyst``: an appositive, not a new source
            name = _anonymous_name(phrase)
            self.referents.append(
                _Referent(match.start(), name, "anonymous", None, _role_words(phrase))
            )

    def _follows_person(self, position: int) -> bool:
        before = self.masked[:position].rstrip()
        if not before.endswith(","):
            return False
        end = len(before[:-1].rstrip())
        return any(m.end == end and m.type == "person" for m in self.mentions)

    def _mention_ending(self, end: int) -> Mention | None:
        for mention in self.mentions:
            if mention.end == end or (mention.start < end <= mention.end):
                return mention
        return None

    def _last_mention(self, start: int, end: int, types: tuple[str, ...]) -> Mention | None:
        found = [m for m in self.mentions if start <= m.start and m.end <= end and m.type in types]
        return found[-1] if found else None

    def _appositive_person(self, start: int, np_start: int) -> Mention | None:
        before = self.masked[start:np_start].rstrip()
        if not before.endswith(","):
            return None
        return self._last_mention(start, np_start, ("person",))


def _phrase_end(masked: str, start: int, limit: int) -> int:
    match = re.compile(r"[,.;:!?§]").search(masked, start, limit)
    return match.start() if match else limit


def _np_word(word: str) -> bool:
    lower = word.lower()
    return (
        lower not in _NP_STOP
        and lower not in (",", ".", ";", ":")
        and _QUOTE_MASK not in word
        and (word.isalpha() or "." in word or "’" in word or "'" in word or "-" in word)
    )


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "’S", "'S"))


def _anonymous_name(phrase: str) -> str:
    words = phrase.split()
    if words and words[0] in ("A", "An", "One", "Another"):
        words[0] = words[0].lower()
    return " ".join(words)


def _role_words(role: str | None) -> frozenset[str]:
    if not role:
        return frozenset()
    words: set[str] = set()
    for word in re.findall(r"[\w.]+", role.lower()):
        words |= (
            gz.role_family(word)
            if word in gz.PERSON_ROLE_NOUNS or word in ("press", "secretary")
            else {word}
        )
    return frozenset(words)


def is_short(text: str) -> bool:
    """Whether a quotation is short enough to be a scare quote."""
    return len(text.split()) <= _SHORT_QUOTE_WORDS
