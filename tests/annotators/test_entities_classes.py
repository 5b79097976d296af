"""Entity error classes of unseen news (issue 16, session 10): long organisation names kept
whole, places inside bodies' and events' names, landmarks, titles and plural demonyms. Each rule
is read from ``languages/data/en.toml [entities]``; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # organisation heads of the data file (``Watch``, ``Team``; ``Sun`` after a town)
        ("The report was released by Human Rights Watch on Tuesday.", "Human Rights Watch"),
        ("He rode for the Astana Cycling Team last summer.", "Astana Cycling Team"),
        ("A reporter for the Vancouver Sun asked the mayor.", "Vancouver Sun"),
        # ``on`` after a head that takes it, ``for the`` and two hops of ``X of Y``
        (
            "The Intergovernmental Panel on Climate Change warned of rising seas.",
            "Intergovernmental Panel on Climate Change",
        ),
        (
            "Staff of the UN Office for the Coordination of Humanitarian Affairs left.",
            "UN Office for the Coordination of Humanitarian Affairs",
        ),
        # a place before an organisation head is part of the organisation
        ("Scientists at the US Geological Survey measured the quake.", "US Geological Survey"),
        ("The United States Coast Guard rescued two fishermen.", "United States Coast Guard"),
        # a nationality before a body known by two words or more
        ("The American Red Cross sent volunteers to the town.", "American Red Cross"),
    ],
)
def test_organisation_names_are_kept_whole(text: str, name: str) -> None:
    found = typed(text)
    assert found.get(name) == "organisation", found


def test_a_second_of_hop_stops_at_a_place() -> None:
    found = typed("A spokesman for the Ministry of Defence of Ukraine spoke in Kyiv.")
    assert found.get("Ministry of Defence") == "organisation", found
    assert found.get("Ukraine") == "place", found


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("Japan signed the Kyoto Protocol in 1998.", "Kyoto", "Japan"),
        ("They were held in breach of the Geneva Conventions, Smith said.", "Geneva", None),
        ("He rode in the Tour de France with Spain's best riders.", "France", None),
    ],
)
def test_events_and_laws_swallow_the_place_they_are_named_after(
    text: str, absent: str, kept: str | None
) -> None:
    found = typed(text)
    assert not any(absent in mention for mention in found), found
    if kept is not None:
        assert found.get(kept) == "place", found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Crowds gathered outside St Paul's Cathedral on Sunday.", "St Paul's Cathedral"),
        ("Tourists walked across the Golden Gate Bridge at dawn.", "Golden Gate Bridge"),
        ("The ferry left from Fisherman's Wharf at noon.", "Fisherman's Wharf"),
        ("Police closed roads in Central London on Sunday.", "Central London"),
        ("The detainees were moved from Abu Ghraib prison last year.", "Abu Ghraib"),
    ],
)
def test_landmarks_and_parts_of_places_are_places(text: str, place: str) -> None:
    found = typed(text)
    assert found.get(place) == "place", found


def test_a_known_owner_keeps_its_possessive_apart() -> None:
    found = typed("Ukraine's Coast Guard said the ship sank.")
    assert found.get("Ukraine") == "place", found
    assert "Ukraine's Coast Guard" not in found, found


def test_a_presidents_administration_is_the_persons_surname() -> None:
    found = typed("George W. Bush spoke on Monday. Critics of the Bush Administration said no.")
    assert "Bush Administration" not in found, found
    assert found.get("Bush") == "person", found


def test_an_agency_named_administration_stays_an_organisation() -> None:
    found = typed("The Transportation Security Administration said the queues were short.")
    assert found.get("Transportation Security Administration") == "organisation", found


def test_religious_titles_are_roles_and_plural_demonyms_are_no_names() -> None:
    found = typed("Ayatollah Khamenei said Iran would not yield. Millions of Britons watched.")
    assert found.get("Khamenei") == "person", found
    assert "Ayatollah Khamenei" not in found and "Britons" not in found, found


def test_organisations_known_by_one_name_in_the_data_file() -> None:
    found = typed("Activists from Greenpeace met staff of Al-Jazeera and Cisco in Doha.")
    assert {found.get(n) for n in ("Greenpeace", "Al-Jazeera", "Cisco")} == {"organisation"}


def test_plural_heads_numbers_after_resolutions_and_meeting_acronyms() -> None:
    found = typed(
        "The Iranian Revolutionary Guards seized the boat after UN Resolution 1737 passed. "
        "Delegates left the MEM meeting in Rome early."
    )
    assert found.get("Iranian Revolutionary Guards") == "organisation", found
    assert "Resolution" not in found and "MEM" not in found, found
    assert found.get("Rome") == "place", found


def test_capitals_of_the_data_file_are_places() -> None:
    found = typed("Aid flights reached Port-au-Prince and Abuja on Friday.")
    assert found.get("Port-au-Prince") == "place" and found.get("Abuja") == "place", found


def test_a_newspaper_after_its_town_and_a_surname_that_is_the_same_word() -> None:
    found = typed("Swimmer Sun Yang told the Toronto Star he would race again.")
    assert found.get("Sun Yang") == "person", found
    assert found.get("Toronto Star") == "organisation", found
