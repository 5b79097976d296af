"""Australian and New Zealand ``Cr`` (councillor) and northern English ``Coun`` are titles
before a name, as British ``Cllr`` is (``Cr Doyle`` is the councillor named in full before),
and ``SC`` (Senior Counsel) after a name is no part of it, as ``QC`` and ``KC`` are.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_cr_before_a_surname_is_the_councillor_named_in_full() -> None:
    text = (
        "Ballarat councillor Jane Doyle said the bridge had been closed since Friday.\n\n"
        '"We will not reopen it until the engineers are satisfied," Cr Doyle said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We will not reopen it until the engineers are satisfied"][0] == "Jane Doyle"


def test_coun_before_a_name_is_a_title_not_part_of_it() -> None:
    text = (
        "Council leader Coun Susan Harcastle said the bus lane would open in spring.\n\n"
        '"People have waited long enough for this," said Coun Harcastle.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["People have waited long enough for this"][0] == "Susan Harcastle"


def test_senior_counsel_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Representing the family, Ruth Baird SC, told the coroner the hospital had been warned "
        'twice. "Nobody acted on either warning," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody acted on either warning"][0] == "Ruth Baird"


def test_sc_after_a_place_is_part_of_a_club_name() -> None:
    # ``SC`` (Soccer/Sporting Club) after a place's name ends the club's name: no post-nominal.
    text = 'Fresno County SC said in a statement the signing was "a coup for the club".'
    (found,) = speakers_and_roles(text, DAY).values()
    assert found[0] == "Fresno County SC"
