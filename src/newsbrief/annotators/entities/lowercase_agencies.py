"""News agencies and picture agencies that write their names in lower case (German ``dpa``,
``picture alliance``, ``photothek``), as a page credits them: ``Berlin (dpa) -``, ``Foto:
picture alliance/dpa``, ``Mit Material von dpa``. The chunker reads capitalised words only, so
these are candidates of their own: each written exactly as ``[page] lowercase_agencies`` lists
it, as a whole word (not inside an address: ``dpa.com``), an organisation. A candidate the
chunker found there already is kept instead.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities.spans import SortedSpans
from newsbrief.languages import language, on_reload
from newsbrief.model import Document
from newsbrief.nlp.candidates import (
    HEADING,
    Candidate,
    CandidateFields,
    PackedCandidates,
    candidate_fields,
    pack_fields,
)

__all__ = ["with_lowercase_agencies"]


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    """The lower-case agencies of ``code`` as whole words (longest first), or ``None``."""
    names = language(code).words("page", "lowercase_agencies")
    if not names:
        return None
    listed = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (not glued to a letter or a digit, nor the name of an address: ``dpa.com``)
    return re.compile(rf"(?<![\w.@])(?:{listed})(?![\w@]|\.\w)")


on_reload(_pattern.cache_clear)


def with_lowercase_agencies(document: Document, packed: PackedCandidates) -> PackedCandidates:
    """``packed`` (the candidates of ``document``) with one organisation candidate for each
    lower-case agency's name in its text that no candidate overlaps, in text order; ``packed``
    itself when there is none."""
    code = document.language
    pattern = _pattern(code) if code else None
    if pattern is None:
        return packed
    text = document.text
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not found:
        return packed
    bounds = iter(packed.bounds())
    known = list(zip(bounds, bounds, packed.fields, strict=True))
    # (sorted starts and the furthest end up to each: whether a span overlaps or lies in
    # another is one bisection, not a pass over every candidate per agency's mention)
    taken = SortedSpans([(s, e) for s, e, _ in known])
    headings = SortedSpans([(h.start, h.end) for h in document.headings])
    added = []
    for start, end in found:
        if taken.overlaps(start, end):
            continue
        heading = headings.contains(start, end)
        name = text[start:end]
        agency = Candidate(
            start=start,
            end=end,
            text=name,
            type="organisation",
            canonical=name,
            heading=heading,
            language=code,
        )
        added.append((start, end, candidate_fields(agency)))
    if not added:
        return packed
    # (the chunker lays the body's candidates out before the headings')
    merged = sorted(known + added, key=lambda item: (bool(item[2][HEADING]), item[0], item[1]))
    offsets: list[int] = []
    fields_out: list[CandidateFields] = []
    for s, e, f in merged:
        offsets += (s, e)
        fields_out.append(f)
    return pack_fields(offsets, fields_out)
