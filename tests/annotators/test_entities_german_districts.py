"""German districts, Swiss cantons and airports (``[entities] district_nouns`` in
``de.toml``): the noun is part of the place's name (``Landkreis Rottweil``, ``Kanton
Aargau``, ``Flughafen Graz``), unlike a town's noun (``Gemeinde Deizisau``: the town is
``Deizisau``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_district_is_named_with_its_noun() -> None:
    got = found(
        "Der Bus fährt ab Mai durch den Landkreis Rottweil und die Gemeinde Deizisau.", "de"
    )
    assert ("Landkreis Rottweil", "place") in got
    assert ("Deizisau", "place") in got
    assert ("Rottweil", "place") not in got


def test_a_canton_and_a_district_named_after_known_towns() -> None:
    got = found("Im Kanton Bern und im Landkreis Augsburg wurde am Sonntag gewählt.", "de")
    assert ("Kanton Bern", "place") in got
    assert ("Landkreis Augsburg", "place") in got


def test_a_district_or_canton_in_the_genitive_keeps_its_noun() -> None:
    got = found(
        "Die Regierung des Kantons Aargau und der Landrat des Landkreises Rottweil "
        "trafen sich am Montag.",
        "de",
    )
    assert ("Kantons Aargau", "place") in got, got
    assert ("Landkreises Rottweil", "place") in got, got


def test_an_airport_is_named_with_its_noun_and_its_company_with_a_legal_form() -> None:
    got = found(
        "Am Flughafen Stuttgart landeten weniger Maschinen, teilte die Flughafen Stuttgart "
        "GmbH am Montag mit.",
        "de",
    )
    assert ("Flughafen Stuttgart", "place") in got, got
    assert ("Flughafen Stuttgart GmbH", "organisation") in got, got
    assert ("Stuttgart", "place") not in got, got


def test_an_airport_keeps_the_qualifier_its_town_is_named_with() -> None:
    # (the airport's noun before a town the list names with its qualifier, as a town alone)
    got = found("Die Maschine landete am Flughafen Frankfurt am Main pünktlich.", "de")
    assert ("Flughafen Frankfurt am Main", "place") in got, got
    assert ("Main", "place") not in got, got


def test_a_state_whose_official_name_the_noun_opens_keeps_it() -> None:
    # (``Freistaat``, ``Fürstentum``: the state's title is part of its official name)
    got = found(
        "Die Kosten trägt der Freistaat Thüringen, das Rennen startet im Fürstentum Monaco.", "de"
    )
    assert ("Freistaat Thüringen", "place") in got, got
    assert ("Fürstentum Monaco", "place") in got, got
    assert ("Thüringen", "place") not in got, got
