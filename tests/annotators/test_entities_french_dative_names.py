"""A French first name after ``à`` stays a person's, though a big city is spelt so (review
of session 25: ``à`` takes a person as often as a place, ``dit à Nancy``)."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _types(text: str) -> dict[str, str]:
    """Each entity mention's text -> its type, in a French document."""
    document = Document.from_text(text, id="x", metadata=Metadata(language="fr"))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["type"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_first_name_after_a_is_no_city() -> None:
    found = _types(
        "Il a dit à Nancy qu'il partait. Elle a écrit à Florence une lettre, puis elle a "
        "téléphoné à Charlotte avant de partir à Lyon."
    )
    assert found.get("Nancy") != "place"
    assert found.get("Florence") != "place"
    assert found.get("Charlotte") != "place"
    assert found.get("Lyon") == "place"
