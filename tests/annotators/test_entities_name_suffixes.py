"""A generation suffix (``III``, ``Jr.``) ends a full name; the surname before it, written
again alone, is the same person."""

from __future__ import annotations

from helpers.entities import names


def test_a_lone_surname_joins_a_name_ending_in_a_roman_numeral() -> None:
    found = names(
        "Harold P. Winslow III, the harbour master, said the pier would close. "
        "Winslow added that repairs would take a month."
    )
    assert found["Harold P. Winslow III"] == ("Harold P. Winslow III", "person")
    assert found["Winslow"] == ("Harold P. Winslow III", "person")


def test_a_lone_surname_joins_a_name_ending_in_junior() -> None:
    found = names(
        "The award went to Dennis Okafor Jr. at the dinner. Later, Okafor thanked his coaches."
    )
    assert found["Okafor"] == ("Dennis Okafor Jr.", "person")


def test_a_suffix_alone_names_nobody() -> None:
    # The numeral is no surname: a later word that is not the surname stays apart.
    found = names(
        "Harold P. Winslow III, the harbour master, said the pier would close. "
        "Harold Brandt, a fisherman, said he would wait."
    )
    assert found["Harold Brandt"] == ("Harold Brandt", "person")
    assert "III" not in found


def test_a_surname_that_opens_a_company_name_stays_apart() -> None:
    # ``Holloway`` here is the carmaker's, not its chairman's.
    found = names(
        "Holloway Motor Co. chairman Arthur James Holloway Jr. said sales rose. "
        "Holloway shares climbed 3 percent."
    )
    assert found["Arthur James Holloway Jr."] == ("Arthur James Holloway Jr.", "person")
    assert found.get("Holloway", ("", ""))[1] != "person"


def test_a_lone_surname_joins_neither_father_nor_son() -> None:
    # ``Jr.`` and ``Sr.``: two men; the lone surname may be either.
    found = names(
        "John Ames Jr. and John Ames Sr. attended the hearing. Ames said both were proud."
    )
    assert found.get("Ames", ("", ""))[0] not in ("John Ames Jr.", "John Ames Sr.")
