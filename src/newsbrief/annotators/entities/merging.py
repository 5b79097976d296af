"""Variant merging: one entity per person, organisation or place, across all documents.

Spellings are compared folded (lower case, no diacritics, possessive dropped) with transliteration
endings made equal (``Zelensky``, ``Zelenskyy``, ``Zelenskyi``, ``Zelenskiy`` -> ``zelensky``),
so the same person spelt three ways by three outlets is one entity. A lone surname (``Singh``) joins
the full name it ends (``Sabrina Singh``), preferring one named in the same document. Places and
organisations merge through the gazetteers' aliases (``Kiev`` -> ``Kyiv``; ``North Atlantic Treaty
Organization`` -> ``NATO``). The canonical name is the most frequent full spelling.

Names inflect in Ukrainian and Russian (``Зеленський``, ``Зеленського``, ``Зеленському``): there
each word is compared with its case ending cut, the endings listed in the language's data file
(``[entities] name_endings``). Snowball's stemmers are not used for this: they read a surname's
``-ов`` as a plural ending and cut ``Лавров`` but not ``Лаврова``. Of the inflected full spellings
the most frequent is canonical, then the shortest (the nominative, usually).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import Candidate
from newsbrief.languages import language

_EN = language("en")
#: Titles of courtesy: they tell nothing about which of two people a lone name is.
_COURTESY = frozenset(w.capitalize() for w in _EN.words("people", "courtesy"))
_ENDING = re.compile(r"(?:yy|yi|yj|iy|ij|ii|y|i)$")


@attrs.frozen
class Resolved:
    """A candidate that is an entity mention, with the entity it belongs to."""

    doc_index: int
    candidate: Candidate
    #: Canonical name of the entity.
    name: str
    #: ``person``, ``organisation`` or ``place``.
    type: str
    #: Stable id (``person:volodymyr-zelenskyy``).
    entity: str
    #: ``female``/``male`` for a person when known.
    gender: str | None = None


def word_key(word: str, language: str | None = None) -> str:
    """A word folded for comparison, transliteration endings (or, in a language that inflects
    names, case endings) made equal."""
    profile = gz.profile(language) if language else None
    if profile is not None and profile.name_endings:
        return profile.name_stem(word)
    folded = gz.fold(word).replace("’", "'")
    if len(folded) > 4:
        folded = _ENDING.sub("y", folded)
    return folded


def name_key(name: str, language: str | None = None) -> tuple[str, ...]:
    """The comparison key of a name: its folded words."""
    return tuple(word_key(word, language) for word in name.split())


def slug(name: str) -> str:
    """``Volodymyr Zelenskyy`` -> ``volodymyr-zelenskyy``; ``Андрій Сибіга`` ->
    ``андріи-сибіга`` (letters of any script are kept, folded)."""
    return re.sub(r"[\W_]+", "-", gz.fold(name)).strip("-")


class _Keys:
    """:func:`word_key` and :func:`name_key` remembered for one merge: a name is looked up
    several times per mention, and the same names recur across documents."""

    def __init__(self) -> None:
        self._words: dict[tuple[str, str | None], str] = {}
        self._counts: dict[str, int] = {}
        self._folded: dict[str, str] = {}

    def fold(self, text: str) -> str:
        """:func:`gazetteer.fold` of ``text``."""
        known = self._folded.get(text)
        if known is None:
            known = self._folded[text] = gz.fold(text)
        return known

    def count(self, text: str) -> int:
        """How many words ``text`` has (``len(candidate.words)``)."""
        known = self._counts.get(text)
        if known is None:
            known = self._counts[text] = len(text.split())
        return known

    def word(self, word: str, language: str | None) -> str:
        known = self._words.get((word, language))
        if known is None:
            known = self._words[(word, language)] = word_key(word, language)
        return known

    def name(self, name: str, language: str | None) -> tuple[str, ...]:
        return tuple(self.word(word, language) for word in name.split())


#: A lone name's comparison key, the full names it may belong to, and the organisation it
#: may name.
_Reading = tuple[str, list[tuple[str, ...]], "tuple[str, ...] | None"]


class _Groups(dict[tuple[str, ...], list[tuple[int, Candidate]]]):
    """Mentions grouped by key, with the documents each group is named in (``here``): asking
    whether a group is named in a document was a scan of all its mentions, quadratic in a
    large batch (one name in every document)."""

    def __init__(self) -> None:
        super().__init__()
        self.documents: dict[tuple[str, ...], set[int]] = {}

    def __missing__(self, key: tuple[str, ...]) -> list[tuple[int, Candidate]]:
        mentions: list[tuple[int, Candidate]] = []
        self[key] = mentions
        return mentions

    def add(self, key: tuple[str, ...], doc_index: int, candidate: Candidate) -> None:
        self[key].append((doc_index, candidate))
        self.documents.setdefault(key, set()).add(doc_index)

    def extend(self, key: tuple[str, ...], mentions: list[tuple[int, Candidate]]) -> None:
        for doc_index, candidate in mentions:
            self.add(key, doc_index, candidate)

    def here(self, key: tuple[str, ...], doc_index: int) -> bool:
        return doc_index in self.documents.get(key, ())


def merge(found: Sequence[tuple[int, Candidate]]) -> list[Resolved]:
    """The candidates that are entity mentions, each with its merged entity (see module doc)."""
    keys = _Keys()
    clusters = _Groups()  # keyed ``(type, folded canonical name)``
    persons = _Groups()
    singles: list[tuple[int, Candidate]] = []
    unknown_headings: list[tuple[int, Candidate]] = []
    # ``French Institute of International Relations (IFRI)``: a later ``IFRI`` is that body.
    aliases = {
        (c.type, c.text): c.canonical
        for _, c in found
        if c.type in ("place", "organisation") and c.canonical and c.text != c.canonical
    }
    for doc_index, candidate in found:
        if candidate.type == "organisation" and candidate.canonical is None:
            candidate = _place_not_body(candidate, keys)
        if candidate.type in ("place", "organisation"):
            canonical = (
                candidate.canonical
                or aliases.get((candidate.type, candidate.text))
                or candidate.text
            )
            if candidate.heading and candidate.canonical is None:
                unknown_headings.append((doc_index, candidate))
                continue
            clusters.add((candidate.type, keys.fold(canonical)), doc_index, candidate)
        elif keys.count(candidate.text) > 1 and (candidate.type == "person" or candidate.evidence):
            if not candidate.heading:
                persons.add(keys.name(candidate.text, candidate.language), doc_index, candidate)
            else:
                unknown_headings.append((doc_index, candidate))
        elif candidate.heading and candidate.type is None:
            # A title-case heading is one long run: only its known surnames count.
            singles.extend((doc_index, word) for word in _words(candidate))
        else:
            singles.append((doc_index, candidate))

    # ``from Bukayo Saka`` ... ``Saka said``: an unknown full name is a person's when it, or
    # its last word alone in the same document, speaks.
    speakers = {
        (d, keys.word(c.text, c.language))
        for d, c in singles
        if c.speaks and keys.count(c.text) == 1
    }
    kept: list[tuple[int, Candidate]] = []
    for doc_index, candidate in singles:
        if (
            candidate.type is None
            and not candidate.heading
            and 1 < keys.count(candidate.text) <= 3
            and (
                candidate.speaks
                or (doc_index, keys.word(candidate.words[-1], candidate.language)) in speakers
            )
        ):
            if _body_word(candidate.words[-1]) or any(_brand(w) for w in candidate.words):
                # ``Ford Motor said``, ``Spirit AeroSystems said``: a company speaks, not a
                # person.
                body = attrs.evolve(candidate, type="organisation")
                clusters.add(("organisation", keys.fold(candidate.text)), doc_index, body)
            else:
                persons.add(keys.name(candidate.text, candidate.language), doc_index, candidate)
        else:
            kept.append((doc_index, candidate))
    singles = kept
    surnames: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full_name in persons:
        surnames[full_name[-1]].append(full_name)
    # ``Xi`` for ``Xi Jinping``: a family name written first (never a known first name).
    family_names: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full_name in persons:
        if len(full_name) == 2:
            family_names[full_name[0]].append(full_name)
    # An organisation typed by evidence somewhere (``aircraft manufacturer Boeing``) names its
    # other lone mentions with the same spelling, and the headings that repeat it.
    organisations = {key[1]: key for key in clusters if key[0] == "organisation"}
    titled_singles: dict[str, list[tuple[int, Candidate]]] = defaultdict(list)
    leftover: list[tuple[int, Candidate]] = []
    # What a lone name may be depends on its spelling alone: worked out once per spelling.
    readings: dict[tuple[str, str | None], _Reading] = {}
    for doc_index, candidate in singles:
        reading = readings.get((candidate.text, candidate.language))
        if reading is None:
            key = keys.word(candidate.text, candidate.language)
            one_word = keys.count(candidate.text) == 1
            owners = surnames.get(key, [])
            if not owners and one_word:
                owners = family_names.get(key, [])
            # ``GM`` after ``General Motors (GM)``: an acronym names its body.
            named = aliases.get(("organisation", candidate.text), candidate.text)
            organisation = organisations.get(keys.fold(named))
            reading = readings[(candidate.text, candidate.language)] = (key, owners, organisation)
        key, owners, organisation = reading
        owner = _owner(owners, persons, doc_index, candidate)
        if owner is not None and not (
            organisation and clusters.here(organisation, doc_index)
            and not persons.here(owner, doc_index)
        ):  # fmt: skip
            persons.add(owner, doc_index, candidate)
        elif organisation is not None:
            clusters.add(organisation, doc_index, attrs.evolve(candidate, type="organisation"))
        elif candidate.evidence and not candidate.heading:
            titled_singles[key].append((doc_index, candidate))
        elif key not in surnames:
            leftover.append((doc_index, candidate))
    for key, mentions in titled_singles.items():
        persons.extend((key,), mentions)
    for doc_index, candidate in leftover:
        key = keys.word(candidate.text, candidate.language)
        if (key,) in persons:
            persons.add((key,), doc_index, candidate)
    for doc_index, candidate in unknown_headings:
        # ``GM posts loss`` over ``General Motors (GM)``: a heading's acronym is its body's.
        named = aliases.get((str(candidate.type), candidate.text), candidate.text)
        cluster = (str(candidate.type), keys.fold(named))
        if cluster in clusters:
            clusters.add(cluster, doc_index, candidate)
        elif (person := keys.name(candidate.text, candidate.language)) in persons:
            # A headline's full name that the body names too.
            persons.add(person, doc_index, candidate)

    resolved: list[Resolved] = []
    for (kind, _), mentions in clusters.items():
        name = _canonical(mentions, keys, prefer_known=True)
        entity = f"{kind}:{slug(name)}"
        resolved.extend(Resolved(d, c, name, kind, entity) for d, c in mentions)
    for mentions in persons.values():
        name = _canonical(mentions, keys, prefer_known=False)
        gender = _gender(name, mentions)
        entity = f"person:{slug(name)}"
        resolved.extend(Resolved(d, c, name, "person", entity, gender) for d, c in mentions)
    resolved.sort(key=lambda r: (r.doc_index, r.candidate.start, r.candidate.end))
    return _without_overlaps(resolved)


def _place_not_body(candidate: Candidate, keys: _Keys) -> Candidate:
    """An organisation typed by its last word that is a known place by its whole name
    (``Soviet Union``) is that place."""
    if keys.count(candidate.text) < 2 or candidate.words[-1] not in gz.ORGANISATION_HEADS:
        return candidate
    place = gz.place_names().get(candidate.text)
    return candidate if place is None else attrs.evolve(candidate, type="place", canonical=place)


_BRAND = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]")
#: Surname prefixes written with an inner capital (``MacArthur``, ``FitzGerald``).
_SURNAME_PREFIXES = ("Mac", "Fitz", "Van", "Von", "Della", "Dela")


def _brand(word: str) -> bool:
    """Whether ``word`` is written like a company's (``AeroSystems``, ``WorldCom``): an inner
    capital after three lower-case letters, which surnames do not have (``McDonald``,
    ``DeSantis``, ``MacArthur``)."""
    return _BRAND.match(word) is not None and not word.startswith(_SURNAME_PREFIXES)


def _body_word(word: str) -> bool:
    """Whether ``word`` (or its plural) ends an organisation's name (``Motor``, ``Airline``)."""
    return word in gz.ORGANISATION_HEADS or f"{word}s" in gz.ORGANISATION_HEADS


def _words(candidate: Candidate) -> list[Candidate]:
    out, offset = [], candidate.start
    for word in candidate.text.split(" "):
        out.append(attrs.evolve(candidate, start=offset, end=offset + len(word), text=word))
        offset += len(word) + 1
    return out


def _owner(
    owners: list[tuple[str, ...]],
    persons: _Groups,
    doc_index: int,
    candidate: Candidate,
) -> tuple[str, ...] | None:
    """The full name a lone name belongs to: one named in the same document first; across
    documents only when a single full name fits and the lone name's role (if any) is one that
    full name is given too (``Vice President Biden`` is not ``Hunter Biden``)."""
    if not owners:
        return None
    here = [key for key in owners if persons.here(key, doc_index)]
    if len(here) == 1:
        return here[0]
    if here:
        return _closest(here, persons, doc_index)  # ``None`` when two fit as well
    if len(owners) != 1:
        return None
    wanted = _role_keys(candidate.role)
    if wanted:
        roles = {c.role for _, c in persons[owners[0]] if c.role}
        if not any(wanted & _role_keys(role) for role in roles):
            return None
    return owners[0]


#: Abbreviated titles and the word they stand for (``Gov. DeSantis`` is ``Governor``).
_ABBREVIATED = {str(k): str(v) for k, v in _EN.table("people", "title_abbreviations").items()}
#: Words of a title that say nothing about which office it is.
_TITLE_FILLERS = _EN.words("people", "title_fillers")


def _role_keys(role: str | None) -> set[str]:
    """The folded words of a title, abbreviations written out (``Gov.`` -> ``governor``) and
    with the role words that may stand for each other (``President`` and ``Leader``)."""
    keys: set[str] = set()
    for word in (role or "").split():
        if word in _COURTESY:
            continue
        folded = gz.fold(word).rstrip(".")
        folded = _ABBREVIATED.get(folded, folded)
        if not folded or folded in _TITLE_FILLERS:
            continue
        keys |= gz.role_family(folded)
    return keys


def _closest(
    owners: list[tuple[str, ...]],
    persons: dict[tuple[str, ...], list[tuple[int, Candidate]]],
    doc_index: int,
) -> tuple[str, ...] | None:
    """The full name the document names most in full (then the batch), of several a lone name
    may belong to; ``None`` when two with different first names rank alike (``Jo Lee`` and
    ``Mo Lee``: which ``Lee``?).
    Only full spellings count: lone names joined earlier would make the answer depend on the
    order names are read in."""

    def rank(key: tuple[str, ...]) -> tuple[int, int]:
        full = [d for d, c in persons[key] if " " in c.text]
        return (sum(1 for d in full if d == doc_index), len(full))

    best = max(rank(key) for key in owners)
    tied = sorted(key for key in owners if rank(key) == best)
    # ``Sayfullo Saipov`` and ``Sayfullo Habibullaevic Saipov`` are one man's names.
    return tied[0] if len({key[0] for key in tied}) == 1 else None


def _canonical(mentions: list[tuple[int, Candidate]], keys: _Keys, *, prefer_known: bool) -> str:
    if prefer_known:
        for _, candidate in mentions:
            if candidate.canonical:
                return candidate.canonical
    full = [c.text for _, c in mentions if keys.count(c.text) > 1] or [c.text for _, c in mentions]
    counts = Counter(full)
    if any(_inflects(c.language) for _, c in mentions):
        # Inflected spellings: the nominative is usually the shortest.
        return min(counts, key=lambda name: (-counts[name], len(name), name))
    return min(counts, key=lambda name: (-counts[name], -len(name), name))


def _inflects(language: str | None) -> bool:
    profile = gz.profile(language) if language else None
    return profile is not None and bool(profile.name_endings)


def _gender(name: str, mentions: list[tuple[int, Candidate]]) -> str | None:
    languages = {c.language for _, c in mentions}
    profile = gz.profile(languages.pop()) if len(languages) == 1 else None
    words = name.split()
    first = gz.first_name_gender_in(words[0], profile) if len(words) > 1 else None
    if first in ("female", "male"):
        return first
    told = {c.gender for _, c in mentions if c.gender}
    return told.pop() if len(told) == 1 else None


def _without_overlaps(resolved: list[Resolved]) -> list[Resolved]:
    out: list[Resolved] = []
    for item in resolved:
        if (
            out
            and out[-1].doc_index == item.doc_index
            and item.candidate.start < out[-1].candidate.end
        ):
            continue
        out.append(item)
    return out
