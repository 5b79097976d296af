"""A town whose two-word name opens with a first name (``Glen Allen``) is the town after ``in``
when nothing else in the article shows a person."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def types(text: str) -> dict[str, str]:
    """Mention text -> type."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return {a.text: a.attributes["type"] for a in document.annotations_of(AnnotationKind.ENTITY)}


def test_a_town_after_in_is_a_place() -> None:
    assert types("The volunteers gathered in a church hall in Glen Allen on Sunday.") == {
        "Glen Allen": "place"
    }


def test_a_possessive_keeps_the_person() -> None:
    assert types("The scholarship was founded in Glen Allen's memory.")["Glen Allen"] == "person"


def test_a_surname_written_alone_keeps_the_person() -> None:
    found = types("The volunteers met in Glen Allen on Sunday. Allen said the hall was full.")
    assert found["Glen Allen"] == "person"


def test_the_name_written_elsewhere_keeps_the_person() -> None:
    found = types(
        "Glen Allen, a retired teacher, spoke first. Later the choir sang in Glen Allen again."
    )
    assert found["Glen Allen"] == "person"


def test_other_prepositions_keep_the_person() -> None:
    assert types("The letter came from Glen Allen last week.")["Glen Allen"] == "person"


def test_a_person_of_the_same_surname_keeps_the_person() -> None:
    # Another Allen in the article: ``Glen Allen`` is more likely a person than the town.
    found = types("Marcia Allen said the club had lost faith in Glen Allen after the defeat.")
    assert found["Glen Allen"] == "person"
