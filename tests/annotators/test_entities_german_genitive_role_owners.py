"""A person's surname in the genitive opening a role before another person's name
(``Brandners Anwältin Petra Hollweg``) is that person, whose role it is, and no part of the
role: the role is the noun alone."""

from __future__ import annotations

from helpers.entities import found, roles

TEXT = (
    "Der Bauunternehmer Tobias Brandner stand am Dienstag vor Gericht. Brandners Anwältin "
    "Petra Hollweg beantragte einen Freispruch."
)


def test_the_genitive_before_a_role_is_the_person_named_before() -> None:
    got = found(TEXT, "de")
    assert ("Brandners", "person") in got, got
    assert ("Petra Hollweg", "person") in got, got


def test_the_role_is_the_noun_without_the_genitive() -> None:
    assert roles(TEXT, "de").get("Petra Hollweg") == "Anwältin"


def test_a_role_after_a_genitive_of_no_one_named_keeps_the_name_whole() -> None:
    got = found("Die Stadtwerke melden Verluste. Vorstandschefin Petra Hollweg schwieg.", "de")
    assert ("Petra Hollweg", "person") in got, got
