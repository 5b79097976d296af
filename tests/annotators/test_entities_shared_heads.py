"""A German body's name whose first part shares its second part's head, left out and marked
with a hyphen (``Industrie- und Handelskammer``): the hyphened word and the joiner open the
body's name (entities/shared_heads.py)."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _types(text: str) -> dict[str, str]:
    """Each entity mention's text -> its type, in a German document."""
    document = Document.from_text(text, id="x", metadata=Metadata(language="de"))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["type"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_hyphened_word_and_a_joiner_before_a_body_open_its_name() -> None:
    found = _types(
        "Die Handwerks- und Gewerbekammer Oberrhein warnte am Montag vor höheren Kosten."
    )
    assert found.get("Handwerks- und Gewerbekammer Oberrhein") == "organisation"
    assert "Handwerks-" not in found
    assert "Gewerbekammer Oberrhein" not in found


def test_a_determiner_before_the_hyphened_word_stays_out_of_the_name() -> None:
    found = _types("Diese Handwerks- und Gewerbekammer Oberrhein warnte am Montag.")
    assert found.get("Handwerks- und Gewerbekammer Oberrhein") == "organisation"
