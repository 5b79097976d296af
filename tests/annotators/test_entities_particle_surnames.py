"""A surname of two words or more (``Van der Merwe``, ``Nic Craith``) names the
person whose full name ends with it in the same document, and the full name is the entity's
name; with two such full names there it joins neither."""

from __future__ import annotations

import pytest

from helpers.entities import found as found_in
from helpers.entities import people
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def names(text: str) -> dict[str, set[tuple[str, str]]]:
    """Mention text -> the (canonical name, type) pairs it is given."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    found: dict[str, set[tuple[str, str]]] = {}
    for a in document.annotations_of(AnnotationKind.ENTITY):
        found.setdefault(a.text, set()).add((a.attributes["name"], a.attributes["type"]))
    return found


def test_a_particle_surname_joins_the_full_name() -> None:
    found = names(
        "Hofmeyr van den Heever took four wickets in Paarl on Saturday.\n\n"
        '"The ball swung late," Van den Heever said. Van den Heever later thanked the crowd.'
    )
    assert found["Van den Heever"] == {("Hofmeyr van den Heever", "person")}
    assert found["Hofmeyr van den Heever"] == {("Hofmeyr van den Heever", "person")}


def test_two_full_names_of_one_particle_surname_leave_it_alone() -> None:
    found = names(
        "Hofmeyr van den Heever and Dawid van den Heever both played on Saturday.\n\n"
        '"We had a good day," Van den Heever said.'
    )
    assert found["Van den Heever"] == {("Van den Heever", "person")}


def test_a_surname_of_two_words_joins_the_full_name() -> None:
    found = names(
        "The library was opened by Minister Siobhán Nic Craith on Monday.\n\n"
        '"Books are for everyone," Nic Craith said.'
    )
    assert found["Nic Craith"] == {("Siobhán Nic Craith", "person")}


def test_a_name_opening_with_a_given_name_is_its_own_person() -> None:
    found = names(
        "Police questioned Omar Yusuf Karimi on Tuesday.\n\n"
        '"He is innocent," his cousin Yusuf Karimi said outside the station.'
    )
    assert found["Yusuf Karimi"] == {("Yusuf Karimi", "person")}


def test_a_particle_after_an_honorific_opens_the_surname() -> None:
    found = names(
        "Judge Marieke van der Spoel ruled on Friday that the contract was void.\n\n"
        '"The law is clear," Ms van der Spoel said.'
    )
    assert found["van der Spoel"] == {("Marieke van der Spoel", "person")}
    assert "Spoel" not in found


# (``des`` and ``los`` are particles of French and Spanish names only: each language's
# ``[bylines] name_particles``)
@pytest.mark.parametrize(
    ("text", "language", "surname", "last_word"),
    [
        (
            "La députée Hélène des Roziers a voté lundi à Lyon.\n\n"
            "« Le texte est bon », a déclaré des Roziers.",
            "fr",
            "des Roziers",
            "Roziers",
        ),
        (
            "La ministra Ana de los Ríos habló el lunes en Sevilla.\n\n"
            "«Seguimos», dijo de los Ríos el martes.",
            "es",
            "de los Ríos",
            "Ríos",
        ),
    ],
)
def test_a_particle_of_the_documents_language_opens_the_lone_surname(
    text: str, language: str, surname: str, last_word: str
) -> None:
    found = found_in(text, language)
    assert (surname, "person") in found
    assert (last_word, "person") not in found


def test_a_lone_surname_with_its_languages_own_particle_names_the_full_names_person() -> None:
    # (French ``des`` is also a first name, ``Des``: ``des Roziers`` is no other person, and
    # ``Roziers`` alone afterwards still names her)
    text = (
        "La députée Hélène des Roziers a voté lundi à Lyon.\n\n"
        "« Le texte est bon », a déclaré des Roziers. Selon Roziers, rien ne change."
    )
    (found,) = people(text, language="fr")
    assert found == {
        ("Hélène des Roziers", "Hélène des Roziers"),
        ("des Roziers", "Hélène des Roziers"),
        ("Roziers", "Hélène des Roziers"),
    }
