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

import bisect
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import (
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
    CandidateFields,
    with_fields,
)
from newsbrief.languages import every_language_words, language, on_reload
from newsbrief.languages.genitives import genitive_bases
from newsbrief.languages.morphology import has_analyzer, plain_letters

if TYPE_CHECKING:
    from newsbrief.nlp.candidates import PackedCandidates

_EN = language("en")
_ENDING = re.compile(r"(?:yy|yi|yj|iy|ij|ii|y|i)$")
_ENDING_LAST = ("y", "i", "j", "\n")


#: An entity as merging names it: canonical name, type (``person``, ``organisation`` or
#: ``place``), stable id (``person:volodymyr-zelenskyy``) and gender (``female``/``male`` for a
#: person when known). One tuple serves all the entity's mentions.
Entity = tuple[str, str, str, "str | None"]

#: A mention kept (:meth:`Merged.pop`): its offsets, its candidate's fields
#: (:data:`~newsbrief.annotators.entities.chunker.CANDIDATE_FIELDS`) and its entity.
Kept = tuple[int, int, CandidateFields, Entity]


def word_key(word: str, language: str | None = None) -> str:
    """A word folded for comparison, transliteration endings (or, in a language that inflects
    names, case endings) made equal."""
    profile = gz.profile(language) if language else None
    if profile is not None and profile.name_endings:
        return profile.name_stem(word)
    folded = gz.fold(word).replace("’", "'")
    # (Every ending ends in one of these; ``$`` also matches before a final line break.)
    if len(folded) > 4 and folded.endswith(_ENDING_LAST):
        folded = _ENDING.sub("y", folded)
    return folded


#: Generation suffixes (``Jr.``, ``III``) as :func:`word_key` folds them: no surname.
_SUFFIX_KEYS = frozenset(word_key(suffix) for suffix in gz.NAME_SUFFIXES)


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
        self._names: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._places: dict[str, str | None] = {}

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

    def place(self, text: str) -> str | None:
        """The known place an organisation's name ``text`` is (:func:`_place_not_body`)."""
        if text in self._places:
            return self._places[text]
        place = None
        if self.count(text) > 1 and text.split()[-1] in gz.ORGANISATION_HEADS:
            place = gz.place_names().get(text)
        self._places[text] = place
        return place

    def word(self, word: str, language: str | None) -> str:
        known = self._words.get((word, language))
        if known is None:
            known = self._words[(word, language)] = word_key(word, language)
        return known

    def name(self, name: str, language: str | None) -> tuple[str, ...]:
        known = self._names.get((name, language))
        if known is None:
            known = self._names[(name, language)] = tuple(
                self.word(word, language) for word in name.split()
            )
        return known


#: A lone name's comparison key, the full names it may belong to, the organisation it may
#: name, and its folded spelling when it may be a company's short form (named in the same
#: article: looked up per document in the short forms).
_Reading = tuple[str, list[tuple[str, ...]], "tuple[str, ...] | None", "str | None"]

#: A candidate as merging holds it: the number of its document, the number of its offsets in
#: :class:`Spans`, and its other fields (a tuple shared by the candidates that have the same:
#: no :class:`~newsbrief.annotators.entities.chunker.Candidate` is made for a mention, and a
#: run's candidates take a quarter of the memory they took as objects).
Mention = tuple[int, int, CandidateFields]


class Spans:
    """The offsets of a run's mentions: number ``k >= 0`` of document ``d`` is candidate ``k``
    of the document's packed candidates (read in place); a negative number is one added
    (:meth:`add`: a heading's word, a name the evidence pass joins or extends)."""

    __slots__ = ("_added", "_packed")

    def __init__(self, packed: Sequence[PackedCandidates] = ()) -> None:
        self._packed = packed
        self._added: list[int] = []

    def add(self, start: int, end: int) -> int:
        """A new mention number for the offsets ``start, end``."""
        self._added += (start, end)
        return -(len(self._added) // 2)

    def added(self) -> tuple[int, ...]:
        """``start, end`` of each span :meth:`add` gave a number, in order (``-1``, ``-2``...)."""
        return tuple(self._added)

    def extend(self, offsets: Sequence[int]) -> int:
        """:meth:`add` of each ``start, end`` pair of ``offsets`` in turn (as :meth:`added`
        gives them); how many spans were added before them."""
        before = len(self._added) // 2
        self._added += offsets
        return before

    def bounds(self, doc_index: int) -> list[int]:
        """``start, end`` of each packed candidate of document ``doc_index``, one after
        another (empty when the run has no packed candidates): read by number ``k >= 0``
        without a call per mention."""
        return self._packed[doc_index].bounds() if doc_index < len(self._packed) else []

    def span(self, doc_index: int, number: int) -> tuple[int, int]:
        """``(start, end)`` of mention ``number`` of document ``doc_index``."""
        if number >= 0:
            return self._packed[doc_index].span(number)
        at = -2 * number - 2
        return self._added[at], self._added[at + 1]


def mentions_of(packed: Sequence[PackedCandidates]) -> list[Mention]:
    """The mentions of a run's documents' packed candidates (document by document, each in
    chunker order), for :func:`merge_mentions` with ``Spans(packed)``."""
    return [
        (doc_index, number, fields)
        for doc_index, candidates in enumerate(packed)
        for number, fields in enumerate(candidates.fields)
    ]


class _Groups(dict[tuple[str, ...], list[Mention]]):
    """Mentions grouped by key, with the documents each group is named in (``here``): asking
    whether a group is named in a document was a scan of all its mentions, quadratic in a
    large batch (one name in every document)."""

    def __init__(self) -> None:
        super().__init__()
        # The document's number while a group is named in one (most are), then a set.
        self.documents: dict[tuple[str, ...], int | set[int]] = {}

    def __missing__(self, key: tuple[str, ...]) -> list[Mention]:
        mentions: list[Mention] = []
        self[key] = mentions
        return mentions

    def add(self, key: tuple[str, ...], mention: Mention) -> None:
        self[key].append(mention)
        doc_index = mention[0]
        known = self.documents.setdefault(key, doc_index)
        if known != doc_index:  # (a set is never equal to a number)
            if isinstance(known, set):
                known.add(doc_index)
            else:
                self.documents[key] = {known, doc_index}

    def index(self) -> None:
        """Note the documents of the mentions put in the groups without :meth:`add` (given
        document by document), before the next :meth:`add`."""
        documents = self.documents
        for key, mentions in self.items():
            if mentions[0][0] == mentions[-1][0]:
                documents[key] = mentions[0][0]
            else:
                named = {doc_index for doc_index, _, _ in mentions}
                documents[key] = named.pop() if len(named) == 1 else named

    def extend(self, key: tuple[str, ...], mentions: list[Mention]) -> None:
        for mention in mentions:
            self.add(key, mention)

    def here(self, key: tuple[str, ...], doc_index: int) -> bool:
        known = self.documents.get(key)
        return known == doc_index if not isinstance(known, set) else doc_index in known


#: The longest word read as one syllable of an East Asian name (``Чже``, ``Jong``, ``Nguyen``).
_SYLLABLE_LETTERS = 6


def merge_mentions(found: list[Mention], spans: Spans) -> Merged:
    """The run's mentions (:func:`mentions_of`, document by document, their offsets in
    ``spans``) that are entity mentions, each with its merged entity (see module doc).

    ``found`` is emptied once read: a mention no entity keeps is let go before the entities
    are made (in a large run they outnumber the kept ones).
    """
    keys = _Keys()
    clusters = _Groups()  # keyed ``(type, folded canonical name)``
    persons = _Groups()
    singles: list[Mention] = []
    unknown_headings: list[Mention] = []
    # ``French Institute of International Relations (IFRI)``: a later ``IFRI`` is that body
    # (every alias a non-empty name).
    aliases: dict[tuple[str, str], str] = {
        (c[TYPE], c[TEXT]): c[CANONICAL]
        for _, _, c in found
        if c[TYPE] in ("place", "organisation") and c[CANONICAL] and c[TEXT] != c[CANONICAL]
    }
    # ``the Abu Ghraib prison`` ... ``at Abu Ghraib``: a name of two words or more typed a place
    # or a body in an article is that in its other mentions there that only a first-name list
    # made a person's (no title with them).
    typed_here: dict[tuple[int, str], str | None] = {}
    for doc_index, _, c in found:
        if c[TYPE] in ("place", "organisation") and " " in c[TEXT] and c[LANGUAGE] in _ENGLISH:
            where = (doc_index, c[TEXT])
            typed_here[where] = c[TYPE] if typed_here.get(where, c[TYPE]) == c[TYPE] else None

    # The aliases by their folded spelling, for a headline's words (written in capitals).
    heading_aliases = {
        keys.fold(text): canonical
        for (kind, text), canonical in aliases.items()
        if kind == "organisation"
    }
    # A title-case heading is one long run: only its known surnames count (a marker list).
    heading_words: list[Mention] = []

    def route(candidate: CandidateFields) -> tuple[CandidateFields, list[Mention]]:
        """The fields a candidate merges with (a place's name may retype a body) and the list
        its mentions go to: its fields decide them alone."""
        if candidate[TYPE] == "organisation" and candidate[CANONICAL] is None:
            candidate = _place_not_body(candidate, keys)
        if candidate[TYPE] in ("place", "organisation"):
            if candidate[HEADING] and candidate[CANONICAL] is None:
                return candidate, unknown_headings
            canonical = (
                candidate[CANONICAL]
                or aliases.get((candidate[TYPE], candidate[TEXT]))
                or candidate[TEXT]
            )
            return candidate, clusters[(candidate[TYPE], keys.fold(canonical))]
        if keys.count(candidate[TEXT]) > 1 and (candidate[TYPE] == "person" or candidate[EVIDENCE]):
            if not candidate[HEADING]:
                return candidate, persons[keys.name(candidate[TEXT], candidate[LANGUAGE])]
            return candidate, unknown_headings
        if candidate[HEADING] and candidate[TYPE] is None:
            return candidate, heading_words
        return candidate, singles

    # A run's mentions share their fields tuples (one per name and flags, ``PackedCandidates``):
    # each tuple's list is found once, kept by the tuple's id (``found`` holds every one of
    # them until this loop ends). Only lists made anyway are kept: an object a tuple (46,000
    # in a 10,000-article run) set off garbage collections that cost what the cache saved.
    routes: dict[int, list[Mention]] = {}
    target: list[Mention] | None
    previous = 0
    for mention in found:
        doc_index, number, candidate = mention
        if doc_index < previous:
            raise ValueError("merge_mentions: mentions not given document by document")
        previous = doc_index
        if (
            typed_here
            and candidate[TYPE] == "person"
            and candidate[ROLE] is None
            and candidate[LANGUAGE] in _ENGLISH
            and (kind := typed_here.get((doc_index, candidate[TEXT]))) is not None
        ):
            # Retyped in this document alone: routed on its own, never kept (a new tuple).
            candidate = with_fields(candidate, type=kind, evidence=False, gender=None)
            mention = (doc_index, number, candidate)
            fields, target = route(candidate)
        elif (target := routes.get(id(candidate))) is not None:
            fields = candidate
        else:
            fields, target = route(candidate)
            if fields is candidate:  # (a body's name that is a place's is made again: few)
                routes[id(candidate)] = target
        if target is heading_words:
            singles.extend(_words(mention, spans))
        else:
            target.append(mention if fields is candidate else (doc_index, number, fields))
    routes.clear()
    # The documents each group is named in, worked out once its first mentions are in (not
    # one call a mention).
    clusters.index()
    persons.index()
    # ``Instagram Live``: ``Live`` is no surname (asked of the singles below).
    glued = _glued(found, spans)
    found.clear()

    # ``from Bukayo Saka`` ... ``Saka said``: an unknown full name is a person's when it, or
    # its last word alone in the same document, speaks.
    speakers = {
        (d, keys.word(c[TEXT], c[LANGUAGE]))
        for d, _, c in singles
        if c[SPEAKS] and keys.count(c[TEXT]) == 1
    }
    # ``Raheem Sterling`` ... ``Sterling`` (English): an unknown full name whose last word
    # the same article writes alone, and whose first word it never writes alone (``Ford
    # Taurus`` ... ``Ford``), is named like a person: given name, then surname.
    # Made when first asked (a run with no candidate full name needs none), for one document
    # at a time (``singles`` are read document by document).
    alone_words: dict[int, set[str]] = {}

    def alone(doc_index: int) -> set[str]:
        words = alone_words.get(doc_index)
        if words is None:
            first = bisect.bisect_left(singles, doc_index, key=_DOCUMENT)
            last = bisect.bisect_right(singles, doc_index, lo=first, key=_DOCUMENT)
            alone_words.clear()
            words = alone_words[doc_index] = {
                keys.word(c[TEXT], c[LANGUAGE])
                for _, n, c in singles[first:last]
                if c[TYPE] is None
                and c[LANGUAGE] in _ENGLISH
                and keys.count(c[TEXT]) == 1
                and (doc_index, n) not in glued
            }
        return words

    def reused(doc_index: int, candidate: CandidateFields) -> bool:
        words = candidate[TEXT].split()
        return (
            candidate[LANGUAGE] in _ENGLISH
            and not candidate[SENTENCE_INITIAL]
            and all(_TITLE_WORD.fullmatch(w) for w in words)
            and keys.word(words[-1], candidate[LANGUAGE]) in alone(doc_index)
            and keys.word(words[0], candidate[LANGUAGE]) not in alone(doc_index)
            and words[0] not in gz.PLACE_MODIFIERS  # ``Central Sulawesi`` ... ``Sulawesi``
            and _reusable_surname(words[-1])
        )

    # An organisation typed by evidence somewhere (``aircraft manufacturer Boeing``) names its
    # other lone mentions with the same spelling, and the headings that repeat it.
    organisations = {key[1]: key for key in clusters if key[0] == "organisation"}
    # ``Vandermolen Electronics NV`` ... ``Vandermolen shares fell``: a company's name with its
    # legal form, written again without it and its heads in the same article (one company a
    # name). Kept per document: two companies of one short form elsewhere in the batch leave
    # this article's reading alone (one entry per company and document: linear).
    short_forms: dict[tuple[str, int], tuple[str, ...] | None] = {}
    for folded, company in organisations.items():
        short_name = _short_form(folded)
        if short_name is not None:
            named_in = clusters.documents.get(company, set())
            for named_doc in named_in if isinstance(named_in, set) else (named_in,):
                here = (short_name, named_doc)
                short_forms[here] = None if here in short_forms else company
    kept: list[Mention] = []
    for mention in singles:
        doc_index, number, candidate = mention
        if (
            candidate[TYPE] is None
            and not candidate[HEADING]
            and 1 < keys.count(candidate[TEXT]) <= 3
            and not _acronym_ending(candidate[TEXT])
            and (
                candidate[SPEAKS]
                or (doc_index, keys.word(candidate[TEXT].split()[-1], candidate[LANGUAGE]))
                in speakers
                or reused(doc_index, candidate)
            )
        ):
            short = short_forms.get((keys.fold(candidate[TEXT]), doc_index))
            if short is not None:
                # ``Garnet Ridge said`` after ``Garnet Ridge Health System``: the company.
                clusters.add(
                    short, (doc_index, number, with_fields(candidate, type="organisation"))
                )
            elif _body_word(candidate[TEXT].split()[-1]) or any(
                _brand(w) for w in candidate[TEXT].split()
            ):
                # ``Ford Motor said``, ``Spirit AeroSystems said``: a company speaks, not a
                # person.
                body = (doc_index, number, with_fields(candidate, type="organisation"))
                clusters.add(("organisation", keys.fold(candidate[TEXT])), body)
            else:
                persons.add(keys.name(candidate[TEXT], candidate[LANGUAGE]), mention)
        else:
            kept.append(mention)
    singles = kept
    _join_surname_tails(persons)
    surnames: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full_name in persons:
        surnames[full_name[-1]].append(full_name)
    # ``Xi`` for ``Xi Jinping``: a family name written first (never a known first name).
    family_names: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for full_name in persons:
        if len(full_name) == 2:
            family_names[full_name[0]].append(full_name)
        elif _long_foreign_name(full_name, persons[full_name]):
            # ``Pedro`` and ``López`` after ``Pedro López Torres``: where names hold two
            # surnames, a lone first name or first surname refers back to the full name too.
            family_names[full_name[0]].append(full_name)
            if (
                full_name[1] not in _own_particle_keys(None)
                and gz.first_name_gender(full_name[1].capitalize()) is None
            ):
                surnames[full_name[1]].append(full_name)
        elif (
            len(full_name) == 3
            and all(len(word) <= _SYLLABLE_LETTERS for word in full_name)
            and not any(gz.first_name_gender(word.capitalize()) for word in full_name)
        ):
            # ``Кім`` of ``Кім Чен Ин``, ``Мун`` of ``Мун Чже Ін``: an East Asian family name
            # before a given name written as two syllables, no word a known first name.
            family_names[full_name[0]].append(full_name)
    # ``Coffman`` for ``Bradford T. Coffman III``: a generation suffix is no surname (but
    # ``Ford`` beside ``William Clay Ford Jr.`` and ``Ford Motor Co.`` is left alone: a word
    # opening an organisation's name); nor are the letters of an office or honour written in
    # capitals after it (``Whitford`` for ``Sarah Whitford KC``, ``Roe`` for ``Ann Roe MP``).
    if any(len(full_name) > 2 and _suffixed(full_name, persons) for full_name in persons):
        openers = {folded.split(" ", 1)[0] for folded in organisations}
        for full_name in persons:
            if (
                len(full_name) > 2
                and _suffixed(full_name, persons)
                and full_name[-2] not in openers
            ):
                surnames[full_name[-2]].append(full_name)
    # ``Nguyen`` in an article that writes ``Nguyen Thi Bich Ngoc``: a lone word that opens a
    # name of three words or more in its own article (a family name written first) is that
    # name's (the person's, where it is one), not another article's ``Minh Nguyen``.
    opening: dict[tuple[int, str], list[tuple[str, ...]]] = {}
    for single_doc, _, fields in singles:
        # (an untyped run only where its article marks it a person's: ``Brandt Wins Budget
        # Vote`` of a headline in title case, or a ``Brandt Memorial Concert Hall``, opens no
        # name, and its article's ``Brandt`` may still be another article's ``Olaf Brandt``)
        if keys.count(fields[TEXT]) > 2 and (fields[SPEAKS] or fields[EVIDENCE] or fields[ROLE]):
            first = keys.word(fields[TEXT].split(" ", 1)[0], fields[LANGUAGE])
            opening.setdefault((single_doc, first), [])
    for full_name in persons:
        if len(full_name) > 2:
            in_documents = persons.documents.get(full_name)
            for person_doc in in_documents if isinstance(in_documents, set) else (in_documents,):
                if person_doc is not None:
                    opening.setdefault((person_doc, full_name[0]), []).append(full_name)
    titled_singles: dict[str, list[Mention]] = defaultdict(list)
    leftover: list[tuple[str, Mention]] = []  # with its key
    # What a lone name may be depends on its spelling alone: worked out once per spelling.
    readings: dict[tuple[str, str | None], _Reading] = {}
    # A lone name's owner of a document's several full names, by surname and document: kept
    # until a name joins that may change it (see :func:`_owner`).
    owned: dict[tuple[tuple[tuple[str, ...], ...], int], tuple[str, ...] | None] = {}
    for mention in singles:
        doc_index, number, candidate = mention
        reading = readings.get((candidate[TEXT], candidate[LANGUAGE]))
        if reading is None:
            key = keys.word(candidate[TEXT], candidate[LANGUAGE])
            one_word = keys.count(candidate[TEXT]) == 1
            owners = surnames.get(key, [])
            if not owners and one_word and candidate[TYPE] == "person":
                # ``Röstis Departement`` after ``Albert Rösti``: a surname in the genitive.
                owners = _genitive_owners(candidate[TEXT], candidate[LANGUAGE], surnames, keys)
            if not owners and one_word:
                owners = family_names.get(key, [])
            # ``GM`` after ``General Motors (GM)``: an acronym names its body (a headline's
            # too, its capitals read as a word: ``VRIP PROTEST``).
            named = (
                aliases.get(("organisation", candidate[TEXT]))
                or (heading_aliases.get(keys.fold(candidate[TEXT])) if candidate[HEADING] else None)
                or candidate[TEXT]
            )
            organisation = organisations.get(keys.fold(named))
            short_name = None
            if organisation is None and candidate[TYPE] is None:
                short_name = keys.fold(candidate[TEXT])
            reading = readings[(candidate[TEXT], candidate[LANGUAGE])] = (
                key,
                owners,
                organisation,
                short_name,
            )
        key, owners, organisation, short_name = reading
        own_first_name = False
        if owners and owners is family_names.get(key):
            owners, own_first_name = _family_owners(owners, persons, doc_index, candidate)
        if (
            owners
            and (opened := opening.get((doc_index, key))) is not None
            and not any(persons.here(owner, doc_index) for owner in owners)
        ):
            owners = opened
        short = short_forms.get((short_name, doc_index)) if short_name is not None else None
        if short is not None and (
            # (a heading's word is a company's only before its legal form: ``Penske`` over
            # ``Penske Automotive Group`` may be the man)
            not candidate[HEADING] or short[-1].rsplit(" ", 1)[-1] in gz.LEGAL_FORMS
        ):
            organisation = short
        owner = _owner(owners, persons, doc_index, candidate, owned)
        if owner is not None and not (
            organisation and clusters.here(organisation, doc_index)
            and not persons.here(owner, doc_index)
        ):  # fmt: skip
            if " " in candidate[TEXT] or not persons.here(owner, doc_index):
                owned.clear()  # a full spelling counts in the ranks; a name new here counts
            persons.add(owner, mention)
        elif organisation is not None:
            clusters.add(
                organisation, (doc_index, number, with_fields(candidate, type="organisation"))
            )
        elif (place := _heading_place(candidate, doc_index, clusters, keys)) is not None:
            # ``CRICKET - SRI LANKA BEAT AUSTRALIA``: a word of a headline in capitals that
            # names a country, or a place the article's body names.
            clusters.add(place, (doc_index, number, with_fields(candidate, type="place")))
        elif (candidate[EVIDENCE] or own_first_name) and not candidate[HEADING]:
            titled_singles[key].append(mention)
        elif key not in surnames:
            leftover.append((key, mention))
    for key, mentions in titled_singles.items():
        persons.extend((key,), mentions)
    for key, mention in leftover:
        if (key,) in persons:
            persons.add((key,), mention)
    # A document's full names by their particled surnames, made when a heading first needs it.
    particled: dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]] | None = None
    for mention in unknown_headings:
        doc_index, _, candidate = mention
        # ``GM posts loss`` over ``General Motors (GM)``: a heading's acronym is its body's.
        named = aliases.get((str(candidate[TYPE]), candidate[TEXT])) or candidate[TEXT]
        cluster = (str(candidate[TYPE]), keys.fold(named))
        if cluster in clusters:
            clusters.add(cluster, mention)
        elif (person := keys.name(candidate[TEXT], candidate[LANGUAGE])) in persons:
            # A headline's full name that the body names too.
            if particled is not None and not persons.here(person, doc_index):
                _add_tails(particled, person, doc_index)  # (named here now)
            persons.add(person, mention)
        elif (
            owner := _particled_owner(
                keys.name(candidate[TEXT], candidate[LANGUAGE]),
                candidate,
                particled if particled is not None else (particled := _particled_tails(persons)),
                doc_index,
            )
        ) is not None:
            # ``DE KLERK`` over the body's ``F.W. de Klerk``: a surname with its particle.
            persons.add(owner, mention)

    # The mentions no entity keeps are let go here; each entity's, once merged holds them.
    singles.clear()
    leftover.clear()
    unknown_headings.clear()
    merged = Merged()
    for (kind, _), mentions in clusters.items():
        name = _canonical(mentions, keys, prefer_known=True)
        entity: Entity = (name, kind, f"{kind}:{slug(name)}", None)
        merged.add_numbered(mentions, entity)
        mentions.clear()
    for mentions in persons.values():
        name = _canonical(mentions, keys, prefer_known=False)
        entity = (name, "person", f"person:{slug(name)}", _gender(name, mentions))
        merged.add_numbered(mentions, entity)
        mentions.clear()
    merged.settle(spans)
    return merged


class Merged:
    """The mentions merging keeps, by document, held flat (four slots a mention: offsets,
    fields, entity) until :meth:`pop` hands a document's over: one object a mention was most
    of a large run's annotation memory."""

    __slots__ = ("_by_document", "_numbered", "_numbers")

    def __init__(self) -> None:
        self._by_document: dict[int, list[Any]] = {}
        # Mentions kept by number (three slots a mention) until :meth:`settle` reads their
        # offsets, a document at a time.
        self._numbered: dict[int, list[Any]] = {}
        # Offsets recur across documents: one int object per value, not one per offset
        # (each annotation holds two).
        self._numbers: dict[int, int] = {}

    def add(
        self, doc_index: int, start: int, end: int, fields: CandidateFields, entity: Entity
    ) -> None:
        """Keep a mention of document ``doc_index``."""
        numbers = self._numbers
        flat = self._by_document.get(doc_index)
        if flat is None:
            flat = self._by_document[doc_index] = []
        flat += (numbers.setdefault(start, start), numbers.setdefault(end, end), fields, entity)

    def add_all(self, mentions: list[Mention], spans: Spans, entity: Entity) -> None:
        """:meth:`add` of each of ``mentions`` (offsets read from ``spans``), all of ``entity``
        (one loop here: a large run keeps tens of thousands)."""
        numbers, by_document, span = self._numbers, self._by_document, spans.span
        for doc_index, number, fields in mentions:
            start, end = span(doc_index, number)
            flat = by_document.get(doc_index)
            if flat is None:
                flat = by_document[doc_index] = []
            flat += (numbers.setdefault(start, start), numbers.setdefault(end, end), fields, entity)

    def add_numbered(self, mentions: list[Mention], entity: Entity) -> None:
        """:meth:`add_all` of ``mentions``, their offsets read by :meth:`settle` (then in the
        order added): one read of a document's offsets instead of one call a mention."""
        numbered = self._numbered
        for doc_index, number, fields in mentions:
            flat = numbered.get(doc_index)
            if flat is None:
                flat = numbered[doc_index] = []
            flat += (number, fields, entity)

    def settle(self, spans: Spans) -> None:
        """Keep the mentions :meth:`add_numbered` holds, their offsets read from ``spans``
        (after those of each document kept before)."""
        numbers, by_document = self._numbers, self._by_document
        for doc_index, pending in self._numbered.items():
            bounds = spans.bounds(doc_index)
            flat = by_document.get(doc_index)
            if flat is None:
                flat = by_document[doc_index] = []
            items = iter(pending)
            for number, fields, entity in zip(items, items, items, strict=True):
                if number >= 0:
                    start, end = bounds[2 * number], bounds[2 * number + 1]
                else:
                    start, end = spans.span(doc_index, number)
                flat += (numbers.setdefault(start, start), numbers.setdefault(end, end))
                flat += (fields, entity)
        self._numbered = {}

    def documents(self) -> list[int]:
        """The numbers of the documents with a mention kept (and not yet popped), in order."""
        return sorted(self._by_document)

    def pop(self, doc_index: int) -> list[Kept]:
        """Document ``doc_index``'s mentions by position (equal ones in the order kept) without
        one that starts inside the one before it; forgotten here."""
        flat = self._by_document.pop(doc_index, None)
        if not flat:
            return []
        items = iter(flat)
        out: list[Kept] = []
        # (Stable: equal offsets keep the order merging kept them in.)
        for item in sorted(zip(items, items, items, items, strict=True), key=_POSITION):
            if out and item[0] < out[-1][1]:
                continue
            out.append(item)
        return out


def _particled_owner(
    name: tuple[str, ...],
    candidate: CandidateFields,
    particled: dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]],
    doc_index: int,
) -> tuple[str, ...] | None:
    """The one full name of the document that a heading's surname with its particle (``name``,
    ``DE KLERK``) ends, or ``None``."""
    if candidate[TYPE] != "person" or len(name) < 2:
        return None
    owners = particled.get((name, doc_index), ())
    return owners[0] if len(owners) == 1 else None


def _particled_tails(
    persons: _Groups,
) -> dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]]:
    """Each full name by each of its particled surnames (``de klerk`` of ``f w de klerk``) and
    each document it is named in: a heading's surname is looked up in its own document, not
    compared with every full name of the run that shares it (linear in the run)."""
    tails: dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]] = defaultdict(list)
    for full_name in persons:
        if len(full_name) > 2 and full_name[-2] in _FOLDED_PARTICLES:
            named_in = persons.documents.get(full_name, set())
            for named_doc in named_in if isinstance(named_in, set) else (named_in,):
                _add_tails(tails, full_name, named_doc)
    return tails


def _add_tails(
    tails: dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]],
    full_name: tuple[str, ...],
    doc_index: int,
) -> None:
    """Note ``full_name`` under each of its particled surnames in document ``doc_index``."""
    opening = len(full_name) - 2
    while opening > 0 and full_name[opening] in _FOLDED_PARTICLES:
        tails.setdefault((full_name[opening:], doc_index), []).append(full_name)
        opening -= 1


#: Particles inside names, folded (``de``, ``van``).
_FOLDED_PARTICLES = frozenset(gz.fold(word) for word in gz.NAME_PARTICLES)

_POSITION = operator.itemgetter(0, 1)
_DOCUMENT = operator.itemgetter(0)


def _short_form(folded: str) -> str | None:
    """The name a company's folded full name holds before its legal form and its heads
    (``vandermolen electronics nv`` -> ``vandermolen``, ``aer lingus group plc`` -> ``aer
    lingus``, ``corvane health`` -> ``corvane``), or ``None``: no legal form nor a company's
    head last, or nothing left, or a known place left (``China``)."""
    words = folded.split()
    if len(words) < 2:
        return None
    heads = _folded_heads()
    if words[-1] in gz.LEGAL_FORMS:
        words.pop()
    elif words[-1] not in _folded_short_heads():
        return None  # (``Food and Drug Administration``: a government's body, no brand)
    while words and words[-1] in heads:
        words.pop()
    short = " ".join(words)
    return short if short and short not in _folded_places() else None


@cache
def _folded_heads() -> frozenset[str]:
    """Organisation heads, folded (``Electronics``, ``Group``, ``Health``)."""
    return frozenset(gz.fold(head) for head in gz.ORGANISATION_HEADS | gz.FINAL_HEADS)


@cache
def _folded_short_heads() -> frozenset[str]:
    """Heads a company's name is written again without, folded (``Corvane Health`` ...
    ``Corvane said``)."""
    return frozenset(gz.fold(head) for head in gz.COMPANY_HEADS | gz.SHORT_FORM_HEADS)


@cache
def _folded_places() -> frozenset[str]:
    """Known places, folded (a company named after one is no short form of it: ``China
    Eastern Airlines`` ... ``China``)."""
    return frozenset(gz.fold(name) for name in gz.place_names())


def _place_not_body(candidate: CandidateFields, keys: _Keys) -> CandidateFields:
    """An organisation typed by its last word that is a known place by its whole name
    (``Soviet Union``) is that place."""
    place = keys.place(candidate[TEXT])
    return candidate if place is None else with_fields(candidate, type="place", canonical=place)


_BRAND = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]")
#: Surname prefixes written with an inner capital (``MacArthur``, ``FitzGerald``; ``[entities]
#: inner_capital_prefixes`` of en.toml).
_SURNAME_PREFIXES = tuple(
    sorted(w.capitalize() for w in _EN.words("entities", "inner_capital_prefixes"))
)


#: Languages whose candidates the English rules read (no language: English).
_ENGLISH = (None, "en")


def _glued(found: Sequence[Mention], spans: Spans) -> set[tuple[int, int]]:
    """``(document, number)`` of the mentions written one space from the mention before or
    after them: parts of a longer name (``Instagram Live``), not names of their own (asked
    of untyped English mentions only)."""
    glued: set[tuple[int, int]] = set()
    # Only an untyped English word's neighbours are asked about: the pairs with one found
    # first (one pass over the fields; the pairs picked in C), their offsets read for those
    # alone.
    untyped = [c[TYPE] is None and c[LANGUAGE] in _ENGLISH for _, _, c in found]
    asked = itertools.compress(
        range(len(found) - 1), map(operator.or_, untyped, itertools.islice(untyped, 1, None))
    )
    read, bounds = -1, []  # the packed offsets of document ``read``, read in place
    for k in asked:
        doc_index, one, _ = found[k]
        other, two, _ = found[k + 1]
        if doc_index != other:
            continue
        if doc_index != read:
            read, bounds = doc_index, spans.bounds(doc_index)
        end = bounds[2 * one + 1] if 0 <= 2 * one < len(bounds) else spans.span(doc_index, one)[1]
        start = bounds[2 * two] if 0 <= 2 * two < len(bounds) else spans.span(doc_index, two)[0]
        if start == end + 1:
            glued.update(((doc_index, one), (doc_index, two)))
    return glued


#: A word of a given name or surname as English writes it (``Kai-Fu``, ``O'Neill``; not
#: ``MacBook``, ``Chicago-based`` or ``OS``).
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*")


def _reusable_surname(word: str) -> bool:
    """A lone word that may be a surname written again: title case (``Sterling``; not
    ``NATO``), not an organisation or place word (``Bank``, ``Bridge``)."""
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and not _body_word(word)
        and word not in gz.PLACE_HEADS
        and word not in gz.PLACE_ORGANISATION_LEADS
    )


@cache
def _post_nominal_keys(code: str | None) -> frozenset[str]:
    """The letters of an office or honour a language writes after a name (``[quotes]
    post_nominals`` of its data file: English ``KC``, ``MP``, ``OBE``), folded as
    :func:`word_key` folds its words; none for a language whose file lists none. (A mention
    of no language is read by the English rules, as the gazetteer's tables read it.)"""
    words = language(code or "en").words("quotes", "post_nominals")
    return frozenset(word_key(word, code) for word in words)


on_reload(_post_nominal_keys.cache_clear)


def _suffixed(full_name: tuple[str, ...], persons: _Groups) -> bool:
    """Whether a person's folded name ends in a generation suffix (``III``, ``Jr.``) or, in
    any of its mentions, in the letters of an office or honour its language writes after a
    name, written in capitals where the name is not (``KC`` of ``Sarah Whitford KC``; not
    ``Am`` of a name written ``Nguyen Van Am``, nor of a heading's ``NGUYEN VAN AM``)."""
    last = full_name[-1]
    if last in _SUFFIX_KEYS:
        return True
    return any(
        last in _post_nominal_keys(fields[LANGUAGE]) and _capitals_after(fields[TEXT])
        for _, _, fields in persons[full_name]
    )


def _capitals_after(name: str) -> bool:
    """Whether the last word of ``name`` is written in capitals and the words before it are
    not (``Sarah Whitford KC``; not ``Nguyen Van Am``, nor ``SARAH WHITFORD KC``)."""
    rest, _, last = name.rpartition(" ")
    return last.isupper() and not rest.isupper()


def _acronym_ending(name: str) -> bool:
    """Whether ``name`` ends in a word in capitals that the rest of it is not written in
    (``Automaker GM``, ``Carrier UPS``): an acronym, which no person's surname is (``III``
    and the other generation suffixes aside)."""
    words = name.split()
    last = words[-1]
    return (
        len(last) > 1
        and last.isalpha()
        and last.isupper()
        and not all(word.isupper() for word in words)
        and word_key(last) not in _SUFFIX_KEYS
    )


def _brand(word: str) -> bool:
    """Whether ``word`` is written like a company's (``AeroSystems``, ``WorldCom``): an inner
    capital after three lower-case letters, which surnames do not have (``McDonald``,
    ``DeSantis``, ``MacArthur``)."""
    return _BRAND.match(word) is not None and not word.startswith(_SURNAME_PREFIXES)


def _body_word(word: str) -> bool:
    """Whether ``word`` (or its plural) ends an organisation's name (``Motor``, ``Airline``)."""
    return word in gz.ORGANISATION_HEADS or f"{word}s" in gz.ORGANISATION_HEADS


def _heading_place(
    candidate: CandidateFields, doc_index: int, clusters: _Groups, keys: _Keys
) -> tuple[str, ...] | None:
    """The place cluster a word of an untyped English heading names (a word no person or
    body of the run claimed): a place the same document's body names, else a country."""
    if not candidate[HEADING] or candidate[TYPE] is not None or candidate[LANGUAGE] not in _ENGLISH:
        return None
    key = ("place", keys.fold(candidate[TEXT]))
    if clusters.here(key, doc_index):
        return key
    country = gz.country_names().get(candidate[TEXT])
    return ("place", keys.fold(country)) if country is not None else None


def _words(mention: Mention, spans: Spans) -> list[Mention]:
    """Each word of a mention (its text split at spaces) as a mention of its own."""
    doc_index, number, candidate = mention
    out, offset = [], spans.span(doc_index, number)[0]
    for word in candidate[TEXT].split(" "):
        part = spans.add(offset, offset + len(word))
        out.append((doc_index, part, with_fields(candidate, text=word)))
        offset += len(word) + 1
    return out


def _long_foreign_name(full_name: tuple[str, ...], mentions: list[Mention]) -> bool:
    """Whether a person's name of three words or more, in another language than English,
    opens with a known first name (``Pedro López Torres``)."""
    return (
        len(full_name) > 2
        and bool(mentions)
        and mentions[0][2][LANGUAGE] not in _ENGLISH
        # (``marie-claire``: each part of a hyphenated first name is one)
        and all(gz.first_name_gender(part.capitalize()) for part in full_name[0].split("-"))
    )


def _join_surname_tails(persons: _Groups) -> None:
    """``Van der Berg`` after ``Pieter van der Berg``, ``Nic Giolla Bhríde`` after ``Aoife Nic
    Giolla Bhríde``: a name of two words or more that ends one full name in the same document,
    opening with a particle or a word no first-name list knows, is that person's surname (each
    such mention joins the full name; with two full names of that surname there, it stays).
    ``Ali Hassan`` opens with a given name: a full name of its own beside ``Ahmed Ali
    Hassan``."""
    by_tail: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for full_name, mentions in persons.items():
        # (each place a surname of two words or more may start: a few words a name; a
        # particle of the name's language's own, French ``des``, too)
        own = frozenset().union(*map(_own_particle_keys, {m[2][LANGUAGE] for m in mentions}))
        for at in range(1, len(full_name) - 1):
            if _surname_opening(full_name[at]) or full_name[at] in own:
                by_tail[full_name[at:]].append(full_name)
    if not by_tail:
        return
    for surname in [key for key in persons if key in by_tail]:
        # The full names of each document (one look at each full name's documents, not one
        # a mention: a batch may hold thousands of full names of one surname).
        owners_in: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        for owner in by_tail[surname]:
            named = persons.documents.get(owner)
            for doc_index in named if isinstance(named, set) else (named,):
                if doc_index is not None:
                    owners_in[doc_index].append(owner)
        kept: list[Mention] = []
        # (a tail opening with a language's own particle joins in that language only)
        opens_anywhere = _surname_opening(surname[0])
        for mention in persons[surname]:
            here = owners_in.get(mention[0], ())
            if len(here) == 1 and (
                opens_anywhere or surname[0] in _own_particle_keys(mention[2][LANGUAGE])
            ):
                persons.add(here[0], mention)
            else:
                kept.append(mention)
        del persons[surname]
        persons.documents.pop(surname, None)
        for mention in kept:
            persons.add(surname, mention)


def _surname_opening(key: str) -> bool:
    """Whether a folded word may open a surname of several words: a particle (``van``,
    ``nic``), or a word no first-name list knows (``giolla``; not ``ali``)."""
    return key in _own_particle_keys(None) or gz.first_name_gender(key.capitalize()) is None


@cache
def _own_particle_keys(language: str | None) -> frozenset[str]:
    """The particles of names in ``language`` (:func:`gazetteer.name_particles`: any
    language's and its own, French ``des``) as :func:`word_key` folds them in its names;
    ``None``: any language's alone (``van``, ``de``, ``al``, ``Nic``), rebuilt on reload."""
    return frozenset(word_key(particle, language) for particle in gz.name_particles(language))


on_reload(_own_particle_keys.cache_clear)


def _owner(
    owners: list[tuple[str, ...]],
    persons: _Groups,
    doc_index: int,
    candidate: CandidateFields,
    owned: dict[tuple[tuple[tuple[str, ...], ...], int], tuple[str, ...] | None],
) -> tuple[str, ...] | None:
    """The full name a lone name belongs to: one named in the same document first; across
    documents only when a single full name fits and the lone name's role (if any) is one that
    full name is given too (``Vice President Biden`` is not ``Hunter Biden``); never one whose
    first name is of the other gender than the lone name's title tells (``la jueza Sánchez``).

    ``owned`` keeps the answer found among a document's full names, by ``owners`` and
    document: it depends on those names alone, so the caller empties it when a name joins a
    full name as a full spelling or in a document that name was not in. (A thousand full
    names of one surname in a document were otherwise all read again for each lone one.) It
    is keyed by the names themselves, not the list's identity: a list made for one lone name
    and freed may give its id to another's (``Kim`` read as the ``Ri Yong Ho`` of the ``Ri``
    before it)."""
    if not owners:
        return None
    known: tuple[tuple[tuple[str, ...], ...], int] | None = (tuple(owners), doc_index)
    told = candidate[GENDER]
    if told and any(_other_gender(key, told) for key in owners):
        # ``la jueza Sánchez`` is not ``Pedro Sánchez``, nor ``Mrs Clinton`` ``Bill Clinton``:
        # a lone name whose title tells a gender skips full names of the other's first name
        # (an answer of this mention's own, not kept for the others).
        owners = [key for key in owners if not _other_gender(key, told)]
        known = None
    if known is not None and known in owned:
        return owned[known]
    here = [key for key in owners if persons.here(key, doc_index)]
    if here:
        # ``None`` when two fit as well.
        found = here[0] if len(here) == 1 else _closest(here, persons, doc_index)
        if known is not None:
            owned[known] = found
        return found
    if len(owners) != 1:
        return None
    wanted = _role_keys(candidate[ROLE], candidate[LANGUAGE])
    if wanted:
        roles = {(c[ROLE], c[LANGUAGE]) for _, _, c in persons[owners[0]] if c[ROLE]}
        if not any(wanted & _role_keys(role, code) for role, code in roles):
            return None
    return owners[0]


def _other_gender(full_name: tuple[str, ...], told: str) -> bool:
    """Whether the first name opening ``full_name`` (folded) is of the other gender than
    ``told`` (``female``/``male``); a first name of either or none is no answer."""
    found = gz.first_name_gender(full_name[0].split("-")[0].capitalize())
    return found in ("female", "male") and found != told


class _TitleWords(NamedTuple):
    """The words of a language's titles that :func:`_role_keys` reads past or writes out
    (``[people]`` of the data files)."""

    #: Titles of courtesy (``Mr``, ``Sr.``): they tell nothing about which of two people a lone
    #: name is.
    courtesy: frozenset[str]
    #: Abbreviated titles and the word they stand for (``Gov. DeSantis`` is ``Governor``).
    abbreviated: Mapping[str, str]
    #: Words of a title that say nothing about which office it is (``of``, ``vice``).
    fillers: frozenset[str]


@cache
def _title_words(code: str | None) -> _TitleWords:
    """The title words of language ``code`` (a mention of no language is read as English): its
    own fillers (German ``von``, English ``of``); the courtesy titles any language lists, which
    news in one writes as another does (``Dr.``, ``Prof.``: Portuguese and Czech list none,
    Spanish no ``Prof.``); its own abbreviations over English's, whose words other languages
    spell alike once folded (``Gen.``: German ``General``, Czech ``generál``). Every language
    read English's before each had its own lists: none reads fewer of these two now."""
    lang = language(code or "en")
    abbreviations = {
        **_EN.table("people", "title_abbreviations"),
        **lang.table("people", "title_abbreviations"),
    }
    return _TitleWords(
        courtesy=frozenset(w.capitalize() for w in every_language_words("people", "courtesy")),
        # (folded as a title's words are: ``Präs.`` -> ``pras``, ``Präsident`` -> ``prasident``)
        abbreviated={
            gz.fold(str(k)).rstrip("."): gz.fold(str(v)) for k, v in abbreviations.items()
        },
        fillers=frozenset(gz.fold(w) for w in lang.words("people", "title_fillers")),
    )


on_reload(_title_words.cache_clear)


def _role_keys(role: str | None, code: str | None) -> set[str]:
    """The folded words of a title in language ``code``, abbreviations written out (``Gov.``
    -> ``governor``) and with the role words that may stand for each other (``President`` and
    ``Leader``)."""
    keys: set[str] = set()
    words = _title_words(code)
    for word in (role or "").split():
        if word in words.courtesy:
            continue
        folded = gz.fold(word).rstrip(".")
        folded = words.abbreviated.get(folded, folded)
        if not folded or folded in words.fillers:
            continue
        keys |= gz.role_family(folded)
    return keys


def _closest(
    owners: list[tuple[str, ...]],
    persons: dict[tuple[str, ...], list[Mention]],
    doc_index: int,
) -> tuple[str, ...] | None:
    """The full name the document names most in full (then the batch), of several a lone name
    may belong to; ``None`` when two with different first names rank alike (``Jo Lee`` and
    ``Mo Lee``: which ``Lee``?).
    Only full spellings count: lone names joined earlier would make the answer depend on the
    order names are read in."""

    def rank(key: tuple[str, ...]) -> tuple[int, int]:
        full = [d for d, _, c in persons[key] if " " in c[TEXT]]
        return (sum(1 for d in full if d == doc_index), len(full))

    best = max(rank(key) for key in owners)
    tied = sorted(key for key in owners if rank(key) == best)
    # ``Sayfullo Saipov`` and ``Sayfullo Habibullaevic Saipov`` are one man's names; ``John
    # Ames Jr.`` and ``John Ames Sr.`` are a son and his father (generation suffixes differ).
    if len(tied) > 1 and len({key[-1] for key in tied if key[-1] in _SUFFIX_KEYS}) > 1:
        return None
    if len({key[0] for key in tied}) != 1:
        return None
    # ``Pedro`` beside ``Pedro López Torres`` and ``Pedro Sánchez Ruiz``: the same first name
    # is two people unless each name is the longest one with words left out.
    longest = max(tied, key=lambda key: (len(key), key))
    return tied[0] if all(_within(key, longest) for key in tied) else None


def _genitive_owners(
    word: str,
    code: str | None,
    surnames: dict[str, list[tuple[str, ...]]],
    keys: _Keys,
) -> list[tuple[str, ...]]:
    """The full names whose surname ``word`` is in the genitive (``Ostermeyers``), else
    none."""
    for base in genitive_bases(word, code, shortest=3):
        owners = surnames.get(keys.word(base, code))
        if owners:
            return owners
    return []


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` stand in ``long`` in the same order (``Sayfullo Saipov``
    in ``Sayfullo Habibullaevic Saipov``)."""
    words = iter(long)
    return all(word in words for word in short)


@cache
def _title_case(code: str | None) -> bool:
    """Whether a language writes headlines and link lines in title case (``[entities]
    title_case`` of its data file; a mention of no language is English's)."""
    return bool(language(code or "en").sections.get("entities", {}).get("title_case", False))


on_reload(_title_case.cache_clear)


def _family_owners(
    owners: list[tuple[str, ...]], persons: _Groups, doc_index: int, candidate: CandidateFields
) -> tuple[list[tuple[str, ...]], bool]:
    """The full names of ``owners`` (each opening with the key of the lone name ``candidate``,
    read as a family name written first) that it may stand for in document ``doc_index``: any
    of its own article; another article's only where the lone name is a person's by its own
    article's words if its language writes titles in title case (``[entities] title_case``:
    English), or opens a sentence where names take no case endings
    (typed a person, speaking or titled: ``Leader Xi said``; not ``Read more`` beside another
    article's ``Read Rennick``, nor Spanish ``Lee más``), is no first name of one gender
    (another article's ``Tom Akerman`` is not this one's ``Tom``, nor ``Александр Петров``
    this one's ``Александр``; ``Xi``, ``Kim`` may be ``Xi Jinping``'s) and is written as that
    article writes that first word (``Си`` of ``Си Цзиньпин``): the key cuts case endings, so
    ``Лула`` would else be ``Лулу Смирнова`` of another article, and ``Мун`` ``Муни
    Корхонен``. And whether the lone name is a first name in its language's script that
    another article's full name opens with: a person of its own (``Марина`` beside another
    article's ``Марина Гордеева``), whom no name of its article names in full."""
    lone = candidate[TEXT]
    folded = lone.casefold()
    # (in a language writing titles in title case, where any word of a line may be
    # capitalised; in one without case endings only for a word opening a sentence, which any
    # word may be: Spanish ``Lee más:`` is a link line, as English ``Read more:``. Lone names
    # elsewhere are rarely marked speaking, ``dijo Xi``, ``Си заявил``: another article's full
    # name is what types them)
    evidence = (
        has_analyzer(candidate[LANGUAGE])
        or (not _title_case(candidate[LANGUAGE]) and not candidate[SENTENCE_INITIAL])
        or bool(candidate[TYPE] == "person" or candidate[SPEAKS] or candidate[ROLE])
    )
    here = [owner for owner in owners if persons.here(owner, doc_index)]
    if not evidence or gz.first_name_gender(lone.split("-")[0].capitalize()) in ("female", "male"):
        return here, False
    elsewhere = {
        owner
        for owner in owners
        if not persons.here(owner, doc_index)
        and any(
            fields[TEXT].split(" ", 1)[0].casefold() == folded for _, _, fields in persons[owner]
        )
    }
    if gz.first_name_gender_in(lone, gz.profile(candidate[LANGUAGE])) in ("female", "male"):
        # (a first name in its language's script, ``Марина``, which the Latin table alone
        # does not know: a person still, as the other article's name showed, but its own)
        return here, not here and bool(elsewhere)
    return [
        owner for owner in owners if owner in elsewhere or persons.here(owner, doc_index)
    ], False


def _canonical(mentions: list[Mention], keys: _Keys, *, prefer_known: bool) -> str:
    if prefer_known:
        for _, _, candidate in mentions:
            if candidate[CANONICAL]:
                return candidate[CANONICAL]
    # Every spelling counted, then only the full ones kept (if any): the counts of the full
    # spellings alone (their order decides nothing: ties go by name), one ``count`` a
    # spelling instead of one a mention.
    counts = Counter([c[TEXT] for _, _, c in mentions])
    # A heading's or a caption's case is read, not written (``SUPPLIED/DOC`` gives ``Doc``):
    # its spelling counts under the running text's when that writes the name otherwise.
    written = {c[TEXT].casefold(): c[TEXT] for _, _, c in mentions if not c[HEADING]}
    for _, _, c in mentions:
        body = written.get(c[TEXT].casefold()) if c[HEADING] else None
        if body is not None and body != c[TEXT] and c[TEXT] in counts:
            counts[body] += counts.pop(c[TEXT])
    counts = Counter({name: n for name, n in counts.items() if keys.count(name) > 1}) or counts
    if prefer_known and len(counts) > 1:
        # ``Mercy Ridge`` ... ``Mercy Ridge Health System``: a body's name is its full one
        # (each spelling's leading words noted once, not every spelling read for each).
        leading = {
            " ".join(words[:n]) for words in map(str.split, counts) for n in range(1, len(words))
        }
        counts = Counter({n: c for n, c in counts.items() if n not in leading})
    elif not prefer_known and len(counts) > 1:
        # ``Pieter van der Berg`` ... ``Van der Berg``: a surname of two words or more names
        # the person whose full name ends with it (:func:`_join_surname_tails`).
        tails = {
            keys.fold(" ".join(words[n:]))
            for words in map(str.split, counts)
            for n in range(1, len(words) - 1)
            if _surname_opening(keys.word(words[n], None))
        }
        if tails:
            counts = Counter({n: c for n, c in counts.items() if keys.fold(n) not in tails})
    languages = {c[LANGUAGE] for _, _, c in mentions}
    if not prefer_known and any(has_analyzer(code) for code in languages):
        # ``Емманюелем Макроном``: a person is named in the nominative, each spelling counted
        # for its nominative in the language it is written in (the language's analyser:
        # ``languages/morphology.py``; the first mention's language of a spelling).
        written_in: dict[str, str | None] = {}
        for _, _, c in mentions:
            written_in.setdefault(c[TEXT], c[LANGUAGE])
        # (a call sign, its own canonical name, takes no case: ``з позивним «Ліра»``)
        called = {c[TEXT] for _, _, c in mentions if c[CANONICAL] == c[TEXT]}
        nominatives: Counter[str] = Counter()
        for name, n in counts.items():
            code = written_in.get(name)
            # (the first name tells a woman's accusative from a man's dative: ``Алину``)
            nominative = None if name in called else gz.nominative_person(name, code)
            nominatives[nominative or name] += n
        counts = nominatives
    counts = _capitals_spellings(_one_letter_spellings(counts, languages))
    if any(_inflects(language) for language in languages):
        # Inflected spellings: the nominative is usually the shortest.
        return min(counts, key=lambda name: (-counts[name], len(name), name))
    return min(counts, key=lambda name: (-counts[name], -len(name), name))


def _capitals_spellings(counts: Counter[str]) -> Counter[str]:
    """``counts`` with a spelling in capitals (a transcript's ``ERIK BERG:`` label, a
    headline's ``VARGA``) counted under the same name written in ordinary case (``Erik Berg``),
    when the texts write it so too: capitals show emphasis, not how the name is spelt."""
    upper = [name for name in counts if name.isupper()]
    if not upper or len(upper) == len(counts):
        return counts
    written = {name.casefold(): name for name in counts if not name.isupper()}
    merged = Counter(counts)
    for name in upper:
        ordinary = written.get(name.casefold())
        if ordinary is not None:
            merged[ordinary] += merged.pop(name)
    return merged


def _one_letter_spellings(counts: Counter[str], languages: set[str | None]) -> Counter[str]:
    """``counts`` with the spellings that differ only by a letter texts may write plainly
    (``Семён Белозёров``, ``Семен Белозеров``: ``[morphology] spellings``) counted as one,
    under the spelling that writes the letter: the plain one drops what the other tells."""
    codes = sorted(code for code in languages if code and has_analyzer(code))
    if not codes or len(counts) < 2:
        return counts

    def plain(name: str) -> str:
        for code in codes:
            name = plain_letters(name, code)
        return name

    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(plain(name), []).append(name)
    if len(groups) == len(counts):
        return counts
    return Counter(
        {
            min(names, key=lambda n: (n == key, -counts[n], n)): sum(counts[n] for n in names)
            for key, names in groups.items()
        }
    )


def _inflects(language: str | None) -> bool:
    profile = gz.profile(language) if language else None
    return profile is not None and bool(profile.name_endings)


def _gender(name: str, mentions: list[Mention]) -> str | None:
    languages = {c[LANGUAGE] for _, _, c in mentions}
    profile = gz.profile(languages.pop()) if len(languages) == 1 else None
    words = name.split()
    # ``Phil Ní Sheaghdha``: a surname's particle tells the gender, whatever the first name's.
    particle = next(
        (gz.SURNAME_PARTICLE_GENDERS[w] for w in words[1:-1] if w in gz.SURNAME_PARTICLE_GENDERS),
        None,
    )
    if particle is not None:
        return particle
    first = gz.first_name_gender_in(words[0], profile) if len(words) > 1 else None
    if first in ("female", "male"):
        return first
    told = {c[GENDER] for _, _, c in mentions if c[GENDER]}
    return told.pop() if len(told) == 1 else None
