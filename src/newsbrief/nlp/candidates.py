"""Entity name candidates: the chunker's :class:`Candidate`, its fields read by index, and
candidates held packed (:class:`PackedCandidates`), as the shared analysis keeps them and the
entity annotator and story grouping read them.

Its own module, apart from :mod:`newsbrief.nlp.analysis` and the chunker
(:mod:`newsbrief.annotators.entities.chunker`, which finds the candidates and re-exports what
is defined here), so that what reads or makes candidates (the entity annotator, at ``newsbrief
list`` time too) loads neither NumPy nor the chunker's tables, and the fields have one
definition.
"""

from __future__ import annotations

import array as pyarray
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "CANDIDATE_FIELDS",
    "CANONICAL",
    "EVIDENCE",
    "GENDER",
    "HEADING",
    "INT32_LIMIT",
    "LANGUAGE",
    "NO_CANDIDATES",
    "ROLE",
    "SENTENCE_INITIAL",
    "SPEAKS",
    "TEXT",
    "TYPE",
    "Candidate",
    "CandidateFields",
    "PackedCandidates",
    "candidate_fields",
    "pack_candidates",
    "pack_fields",
    "with_fields",
]


@attrs.frozen
class Candidate:
    """A possible mention found by the chunker."""

    start: int
    end: int
    text: str
    #: ``person``, ``organisation`` or ``place``; ``None`` for a lone word still unresolved.
    type: str | None
    #: Canonical name when a gazetteer or alias knows it.
    canonical: str | None = None
    #: Whether something shows it is a person (a title, a first name, a role noun before it).
    evidence: bool = False
    #: Role words written with the name (``Deputy Pentagon Press Secretary``).
    role: str | None = None
    #: ``female``/``male`` when a title or role noun tells.
    gender: str | None = None
    #: Whether it opens a sentence (a capital there proves nothing).
    sentence_initial: bool = False
    #: Whether it lies in a heading (kept only if the body names it too).
    heading: bool = False
    #: Language code of the document (``None``: English rules).
    language: str | None = None
    #: Whether a speech verb follows it (``Saka said``): a name that speaks is a person's or
    #: an organisation's, and a full name ending in it is a person's.
    speaks: bool = False

    @property
    def words(self) -> list[str]:
        """The words of the mention."""
        return self.text.split()


#: The fields of a :class:`Candidate` after ``start`` and ``end``, in order: what the shared
#: analysis keeps of a candidate beside its offsets, as a plain tuple shared by every candidate
#: of the run with the same ones (:class:`PackedCandidates`; plain, not a named tuple: the
#: garbage collector stops tracking a tuple of strings, never a subclass's). Story grouping and
#: the entity annotator read them by the indexes below, and make a :class:`Candidate` only for
#: what they keep.
CANDIDATE_FIELDS = (
    "text",
    "type",
    "canonical",
    "evidence",
    "role",
    "gender",
    "sentence_initial",
    "heading",
    "language",
    "speaks",
)
(TEXT, TYPE, CANONICAL, EVIDENCE, ROLE, GENDER, SENTENCE_INITIAL, HEADING, LANGUAGE, SPEAKS) = (
    range(len(CANDIDATE_FIELDS))
)
#: A candidate's fields after its offsets (:data:`CANDIDATE_FIELDS`).
CandidateFields = tuple[Any, ...]

# Candidates are made again positionally (``Candidate(start, end, *fields)``) and their fields
# read by the indexes above: only while the offsets come first and the others in that order.
if [field.name for field in attrs.fields(Candidate)] != ["start", "end", *CANDIDATE_FIELDS]:
    raise TypeError("Candidate's fields are not start, end and CANDIDATE_FIELDS in order")

#: The fields of a candidate after its offsets, as a tuple (:data:`CANDIDATE_FIELDS`; one
#: getter, the fields read in C).
candidate_fields: Callable[[Candidate], CandidateFields] = operator.attrgetter(*CANDIDATE_FIELDS)


def with_fields(fields: CandidateFields, **changes: Any) -> CandidateFields:
    """``fields`` with some of them changed, by name (as ``attrs.evolve`` a candidate)."""
    return tuple(
        changes.get(name, value) for name, value in zip(CANDIDATE_FIELDS, fields, strict=True)
    )


#: Offsets below this fit in 4 bytes (``array`` type ``i``).
INT32_LIMIT = 1 << 31


class PackedCandidates:
    """Name candidates held compactly: each one's offsets in one array of 4-byte integers and
    its other fields as one tuple shared by every candidate with the same ones (the same name
    recurs across a story's articles); :meth:`unpacked` makes the candidates again.

    An analysis holds its document's candidates from the analysis to the end of the summary,
    though only story grouping and the entity annotator read them: as objects they were the
    largest part of an analysis (about 250 bytes a candidate, 9 KB a 2.4 KB newswire
    article); packed, about 16 bytes a candidate.
    """

    __slots__ = ("_fields", "_offsets")

    def __init__(self, offsets: Sequence[int], fields: tuple[tuple[Any, ...], ...]) -> None:
        #: ``start, end`` of each candidate, one after another.
        self._offsets = pyarray.array(
            "i" if not offsets or max(offsets) < INT32_LIMIT else "q", offsets
        )
        #: The other fields of each candidate, in :class:`Candidate` field order
        #: (:data:`CANDIDATE_FIELDS`).
        self._fields: tuple[CandidateFields, ...] = fields

    def __len__(self) -> int:
        return len(self._fields)

    @property
    def fields(self) -> tuple[CandidateFields, ...]:
        """Each candidate's fields after ``start`` and ``end``, in order (equal ones are
        often the same object): what reads no offsets reads these, no candidate made."""
        return self._fields

    def bounds(self) -> list[int]:
        """``start, end`` of each candidate, one after another (a new list)."""
        return self._offsets.tolist()

    def span(self, index: int) -> tuple[int, int]:
        """``(start, end)`` of candidate number ``index`` (from the end when negative)."""
        offsets = self._offsets
        return offsets[2 * index], offsets[2 * index + 1]

    def candidate(self, index: int) -> Candidate:
        """Candidate number ``index``, as a new :class:`Candidate`."""
        fields = self._fields[index]  # first: it checks the index
        if index < 0:
            index += len(self._fields)
        return Candidate(self._offsets[2 * index], self._offsets[2 * index + 1], *fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PackedCandidates):
            return NotImplemented
        return self._fields == other._fields and self._offsets.tolist() == other._offsets.tolist()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and not immutable to Python

    def unpacked(self) -> tuple[Candidate, ...]:
        """The candidates, as new (equal) :class:`Candidate` objects."""
        if not self._fields:
            return ()
        bounds = iter(self._offsets.tolist())
        return tuple(
            Candidate(start, end, *fields)
            for start, end, fields in zip(bounds, bounds, self._fields, strict=True)
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (PackedCandidates, (self._offsets.tolist(), self._fields))


#: One tuple object per distinct combination of a candidate's other fields (text, type,
#: canonical name...), shared by the analyses; started afresh when it holds this many.
_SHARED_FIELDS_KEPT = 1 << 16
_shared_fields: dict[tuple[Any, ...], CandidateFields] = {}


def pack_candidates(value: Iterable[Candidate] | PackedCandidates) -> PackedCandidates:
    """Candidates as :class:`PackedCandidates` (kept as they are if packed; an attrs
    converter)."""
    if isinstance(value, PackedCandidates):
        return value
    candidates = list(value)
    if not candidates:
        return NO_CANDIDATES
    # Each getter mapped over all the candidates in C.
    offsets = list(itertools.chain.from_iterable(map(_OFFSETS_OF, candidates)))
    return pack_fields(offsets, list(map(candidate_fields, candidates)))


def pack_fields(offsets: Sequence[int], fields: Sequence[CandidateFields]) -> PackedCandidates:
    """The candidates whose ``start, end`` lie one after another in ``offsets`` and whose
    other fields are ``fields`` (:data:`CANDIDATE_FIELDS`), packed: what
    :func:`pack_candidates` makes of the same candidates, none of them made."""
    if not fields:
        return NO_CANDIDATES
    global _shared_fields
    shared = _shared_fields
    if len(shared) > _SHARED_FIELDS_KEPT:
        # Not cleared: another thread may be packing with it; it keeps the one it was given.
        shared = _shared_fields = {}
    keep = shared.setdefault
    # (A long text is kept unshared: the memory outlives its document.)
    kept = tuple([keep(own, own) if len(own[TEXT]) <= 64 else own for own in fields])
    return PackedCandidates(offsets, kept)


_OFFSETS_OF = operator.attrgetter("start", "end")


#: No candidates (one shared object).
NO_CANDIDATES = PackedCandidates((), ())
