"""Spanish chambers of parliament: the lower house's full name is one body (``[entities.
organisations]``), a senate's name goes on with what it is of (``org_leads``), and a chamber
named by its generic noun and its country is one body, never a person ``Congreso de``."""

from __future__ import annotations

from helpers.entities import found


def test_the_congress_of_deputies_is_one_body() -> None:
    got = found("La reforma llegará al Congreso de los Diputados antes de Navidad.", "es")
    assert ("Congreso de los Diputados", "organisation") in got


def test_a_senate_with_its_complement_is_one_body() -> None:
    got = found("El Senado de la República aprobó la reforma por amplia mayoría.", "es")
    assert ("Senado de la República", "organisation") in got


def test_a_congress_of_a_country_is_no_person() -> None:
    got = found("El Congreso de Ecuador debatirá la reforma tributaria el jueves.", "es")
    assert ("Congreso de Ecuador", "organisation") in got
    assert not any(kind == "person" for _, kind in got)
