"""An unknown full name followed by a person's role in apposition (``X, the town's disaster
officer,``) is a person; a role that is the subject of ``said`` is not an apposition."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def types(text: str) -> dict[str, str]:
    """Mention text -> type."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return {a.text: a.attributes["type"] for a in document.annotations_of(AnnotationKind.ENTITY)}


def test_a_possessive_role_in_apposition_makes_a_person() -> None:
    found = types(
        "Lualhati Malabanan-Quizon, Sagada's municipal health officer, said the clinic was full."
    )
    assert found["Lualhati Malabanan-Quizon"] == "person"


def test_an_article_and_role_in_apposition_make_a_person() -> None:
    found = types("Lualhati Malabanan-Quizon, a local teacher, said the school had reopened.")
    assert found["Lualhati Malabanan-Quizon"] == "person"


def test_a_role_that_speaks_is_no_apposition() -> None:
    # ``a regional official said``: the official speaks; the name before the comma is no person.
    found = types("The plant belongs to Cement Kraljevo, a regional official said on Friday.")
    assert found.get("Cement Kraljevo") != "person"


def test_a_plural_role_is_no_apposition() -> None:
    found = types("Help came from Bantay Bayani, the province's volunteers, on Sunday.")
    assert found.get("Bantay Bayani") != "person"


def test_a_role_a_body_holds_too_makes_no_person() -> None:
    # Banks advise and join syndicates: ``adviser`` and ``member`` show no person.
    found = types("Harwell Sachs, the company's financial adviser, declined to comment.")
    assert found.get("Harwell Sachs") != "person"
    found = types("Kestrel Lyonnais, a member of the syndicate, declined to comment.")
    assert found.get("Kestrel Lyonnais") != "person"


def test_a_role_after_a_preposition_is_not_the_apposition() -> None:
    # ``the residence of the president``: a residence, not a president.
    found = types("Guests arrived at Villa Sorrento, the home of the ambassador, last night.")
    assert found.get("Villa Sorrento") != "person"


def test_an_apposition_after_a_comma_split_off_by_a_space_types_too() -> None:
    # Text split into tokens (wire archives, CoNLL-style corpora) writes ``X , a role ,``.
    found = types(
        "The harvest was late , said Tobore Ekwueme , an official of the growers ' board ."
    )
    assert found.get("Tobore Ekwueme") == "person", found
    found = types("Help came from Varnolt , a trade group whose members farm cocoa .")
    assert found.get("Varnolt") == "organisation", found


def test_a_body_that_speaks_after_a_place_is_no_apposition() -> None:
    # ``the Xinhua news agency said``: the agency speaks; the town before the comma is no body.
    for comma in (",", " ,"):
        found = types(
            f"The quake killed 240 people around Wenzhang{comma} the Xinhua news agency said."
        )
        assert found.get("Wenzhang") != "organisation", found
