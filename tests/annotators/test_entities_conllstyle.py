"""Regressions of the English evidence pass on wire-style text (results and standings rows,
headlines in capitals, datelines): the texts are written for these tests in the layout of a
1990s news wire."""

from __future__ import annotations

from helpers.entities import entities


def _kinds(text: str) -> list[tuple[str, str]]:
    (found,) = entities(text)
    return [(mention, kind) for mention, kind, _ in found]


def test_results_and_standings_rows_name_clubs() -> None:
    found = _kinds(
        "SOCCER - PORTSMOUTH HOLD SWINDON .\n"
        "BRISTOL 1997-02-01\n"
        "Portsmouth drew 1-1 with Swindon on Saturday to stay third in the first division .\n"
        "Results of English first division matches on Saturday :\n"
        "Portsmouth 1 Swindon 1\n"
        "Stoke 2 Queens Park Rangers 0\n"
        "Norwich 0 Bolton 3\n"
        "Standings ( played , won , drawn , lost , goals for , against , points ) :\n"
        "Bolton 28 17 7 4 60 32 58\n"
        "Stoke 28 14 6 8 40 35 48\n"
    )
    clubs = [mention for mention, kind in found if kind == "organisation"]
    assert clubs.count("Stoke") == 2, found
    assert clubs.count("Bolton") == 2, found
    assert "Queens Park Rangers" in clubs, found
    assert ("Norwich", "place") not in found, found
    assert ("BRISTOL", "place") in found, found


def test_national_sides_in_a_results_row_stay_places() -> None:
    found = _kinds(
        "Results of World Cup qualifying matches on Wednesday :\n"
        "Germany 2 Portugal 0\n"
        "Ukraine 1 Armenia 1\n"
    )
    assert ("Germany", "place") in found, found
    assert ("Armenia", "place") in found, found
    assert not any(kind == "organisation" for _, kind in found), found


def test_a_town_after_in_stays_a_place_beside_its_club() -> None:
    found = _kinds(
        "Everton won the derby in Liverpool on Sunday .\nResults :\nLiverpool 0 Everton 1\n"
    )
    assert found[1] == ("Liverpool", "place"), found
    assert ("Liverpool", "organisation") in found, found


def test_a_company_keeps_its_co_without_a_full_stop() -> None:
    found = _kinds(
        "The carrier ordered 20 jets from Boeing Co , ending a long contest with "
        "General Electric Co for the engines ."
    )
    assert ("Boeing Co", "organisation") in found, found
    assert ("General Electric Co", "organisation") in found, found


def test_a_dateline_opens_with_a_place() -> None:
    found = _kinds(
        "GOLF - NORMAN LEADS AT SUN CITY .\n"
        "SUN CITY , South Africa 1996-12-05\n"
        "Greg Norman shot a 66 on Thursday to lead by two strokes at Sun City .\n"
    )
    assert ("SUN CITY", "person") not in found, found
    assert found.count(("SUN CITY", "place")) == 2, found
    assert ("Sun City", "place") in found, found


def test_a_capital_headline_names_the_body_s_people() -> None:
    found = _kinds(
        "YELTSIN NAMES CHERNOMYRDIN AS PREMIER .\n"
        "MOSCOW 1996-08-09\n"
        "President Boris Yeltsin on Friday named Viktor Chernomyrdin as prime minister , "
        "a Kremlin spokesman said .\n"
    )
    assert ("YELTSIN NAMES CHERNOMYRDIN", "person") not in found, found
    assert ("YELTSIN", "person") in found, found
    assert ("CHERNOMYRDIN", "person") in found, found


def test_a_market_table_row_names_a_company() -> None:
    found = _kinds(
        "Selected closing prices ( in francs ) :\n"
        "Michelin 282.50 up 3.10\n"
        "Alcatel Alsthom 440.20 down 1.80\n"
        "Carrefour 3,120 unchanged\n"
    )
    assert ("Michelin", "organisation") in found, found
    assert ("Alcatel Alsthom", "organisation") in found, found
    assert ("Carrefour", "organisation") in found, found


def test_an_analyst_at_a_name_works_for_it() -> None:
    found = _kinds(
        '" Rates will stay on hold , " said an economist at Paribas in Paris .\n'
        "The match was played at Wembley in London ."
    )
    assert ("Paribas", "organisation") in found, found
    assert ("Paris", "place") in found, found
    assert ("Wembley", "organisation") not in found, found


def test_state_sides_in_a_row_of_play_are_clubs() -> None:
    found = _kinds(
        "Close of play scores in four-day matches on Friday :\n"
        "In Hobart : Tasmania 310 for seven ( R. Ponting 101 ) v Queensland .\n"
        "In Sydney : New South Wales 226 v South Australia 51 for two .\n"
    )
    for side in ("Tasmania", "Queensland", "New South Wales", "South Australia"):
        assert (side, "organisation") in found, found


def test_a_club_named_with_its_town_is_written_without_it() -> None:
    found = _kinds(
        "Champions Porto were held 0-0 at home by Boavista Porto , while Benfica coach "
        "Paulo Autuori watched .\n"
        "Results :\n"
        "Benfica Lisbon 2 Maritimo Funchal 1\n"
        "Boavista Porto 0 Porto 0\n"
    )
    assert ("Benfica", "organisation") in found, found
    assert found.count(("Boavista Porto", "organisation")) == 2, found


def test_a_second_place_joined_to_one_after_in() -> None:
    found = _kinds(
        "The group said it would close its plants in Tilburg and Venlo over the next two years ."
    )
    assert ("Venlo", "place") in found, found


def test_a_place_opening_its_sentence_after_in() -> None:
    found = _kinds(
        "Close of play scores on Friday :\n"
        "In Hobart : Tasmania 310 for seven v Queensland .\n"
        "In Launceston, police said the road was closed ."
    )
    assert ("Hobart", "place") in found, found
    assert ("Launceston", "place") in found, found
