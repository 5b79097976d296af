"""Lower-case agencies (``Berlin (dpa) -``) are found in time linear in a page's length, however
many datelines and credits it holds: each agency is checked against the chunker's candidates and
the headings by a binary search, not a scan of them all."""

from __future__ import annotations

from helpers.entities import annotation_seconds
from helpers.entities import found as _found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata


def test_a_page_of_many_datelines_and_credits_stays_linear() -> None:
    unit = "Kiel (dpa) - Der Hafen wächst. Foto: picture alliance/dpa. Mit Material von dpa. "
    annotation_seconds(unit * 20, "de")
    assert annotation_seconds(unit * 1600, "de") < 16 * annotation_seconds(unit * 200, "de")


def test_each_agency_in_a_dateline_and_a_heading_is_found_where_it_stands() -> None:
    text = "Kiel (dpa) - Der Hafen wächst.\n\n## Bericht der dpa\n\nMehr folgt."
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="d", metadata=Metadata(language="de"))]
    )
    agencies = [a for a in document.annotations if a.kind == "entity" and a.text == "dpa"]
    assert [text[a.start : a.end] for a in agencies] == ["dpa", "dpa"]
    assert ("dpa", "organisation") in _found(text, "de")
