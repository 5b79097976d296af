"""Entity name candidates held packed (:class:`PackedCandidates`), as the shared analysis
keeps them and the entity annotator and story grouping read them.

Its own module, apart from :mod:`newsbrief.nlp.analysis`, so that what reads or makes packed
candidates (the entity annotator, at ``newsbrief list`` time too) does not load NumPy.
"""

from __future__ import annotations

import array as pyarray
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from newsbrief.annotators.entities.chunker import Candidate, CandidateFields

__all__ = ["INT32_LIMIT", "NO_CANDIDATES", "PackedCandidates", "pack_candidates"]

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
        #: (:data:`~newsbrief.annotators.entities.chunker.CANDIDATE_FIELDS`).
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
        from newsbrief.annotators.entities.chunker import Candidate

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
        from newsbrief.annotators.entities.chunker import Candidate

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
    global _shared_fields
    others = _other_fields()
    shared = _shared_fields
    if len(shared) > _SHARED_FIELDS_KEPT:
        # Not cleared: another thread may be packing with it; it keeps the one it was given.
        shared = _shared_fields = {}
    # Each getter mapped over all the candidates in C; the text is the first other field
    # (:func:`_other_fields` checks it).
    offsets = list(itertools.chain.from_iterable(map(_OFFSETS_OF, candidates)))
    keep = shared.setdefault
    # (A long text is kept unshared: the memory outlives its document.)
    fields = tuple(
        [keep(own, own) if len(own[0]) <= 64 else own for own in map(others, candidates)]
    )
    return PackedCandidates(offsets, fields)


_OFFSETS_OF = operator.attrgetter("start", "end")


@functools.cache
def _other_fields() -> Callable[[Any], tuple[Any, ...]]:
    """The getter of a candidate's fields after ``start`` and ``end`` (as a tuple)."""
    from newsbrief.annotators.entities.chunker import CANDIDATE_FIELDS, Candidate

    names = [field.name for field in attrs.fields(Candidate)]
    # Candidates are made again positionally, and their fields read by index: only while the
    # offsets are the first fields, and the others CANDIDATE_FIELDS in order, text first
    # (:func:`pack_candidates` reads it so).
    if (
        names[:2] != ["start", "end"]
        or tuple(names[2:]) != CANDIDATE_FIELDS
        or CANDIDATE_FIELDS[0] != "text"
    ):
        raise TypeError(f"Candidate fields {names} are not start, end, text and the others")
    return operator.attrgetter(*names[2:])


#: No candidates (one shared object).
NO_CANDIDATES = PackedCandidates((), ())
