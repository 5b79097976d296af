"""A nationality's noun that is also a first name (``Dane``) opens a person's name before a
surname (``Dane Cook``), and is left out before a first name or two names (``the Dane Morten
Olsen``)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_demonym_first_name_before_a_surname_is_the_name() -> None:
    found = typed("Dane Cook performed two shows in Chicago on Friday.")
    assert found.get("Dane Cook") == "person", found


def test_a_demonym_before_a_first_name_stays_out() -> None:
    found = typed("The Dane Morten Olsen coached the national team for 15 years.")
    assert found.get("Morten Olsen") == "person", found
    assert "Dane Morten Olsen" not in found, found


def test_a_demonym_before_two_names_stays_out() -> None:
    found = typed("Dane Jorgen Vestby of Telekom finished in the main bunch.")
    assert "Dane Jorgen Vestby" not in found, found
