"""Lower-case agencies (``Berlin (dpa) -``) are found in time linear in a page's length, however
many datelines and credits it holds: each agency is checked against the chunker's candidates and
the headings by a binary search, not a scan of them all."""

from __future__ import annotations

from itertools import count

from helpers.entities import found as _found
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

_PAGES = count()


def _cost(unit: str, n: int) -> float:
    annotator = EntityAnnotator()

    def run() -> None:
        # (a new text each run: no analysis is read back from a cache)
        text = unit * n + f"Stand {next(_PAGES)}."
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language="de"))])

    return least_cpu_seconds(run)


def test_a_page_of_many_datelines_and_credits_stays_linear() -> None:
    unit = "Kiel (dpa) - Der Hafen wächst. Foto: picture alliance/dpa. Mit Material von dpa. "
    _cost(unit, 20)
    assert _cost(unit, 1600) < 16 * _cost(unit, 200)


def test_each_agency_in_a_dateline_and_a_heading_is_found_where_it_stands() -> None:
    text = "Kiel (dpa) - Der Hafen wächst.\n\n## Bericht der dpa\n\nMehr folgt."
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="d", metadata=Metadata(language="de"))]
    )
    agencies = [a for a in document.annotations if a.kind == "entity" and a.text == "dpa"]
    assert [text[a.start : a.end] for a in agencies] == ["dpa", "dpa"]
    assert ("dpa", "organisation") in _found(text, "de")
