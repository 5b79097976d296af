"""Teams named by their town and a nickname of two words (``Boston Red Sox``, ``Toronto Maple
Leafs``) or by a town led by ``San``/``Los`` (``San Diego Padres``) are one organisation in an
article that shows a sport, and the town alone names the team elsewhere in it."""

from __future__ import annotations

from helpers.entities import typed


def test_a_town_and_a_two_word_nickname_are_one_team() -> None:
    found = typed(
        "The Detroit Red Wings beat the Toronto Maple Leafs 4-1 on Saturday.\n"
        "The Boston Red Sox lost 6-3 to the Chicago White Sox."
    )
    for team in ("Detroit Red Wings", "Toronto Maple Leafs", "Boston Red Sox", "Chicago White Sox"):
        assert found.get(team) == "organisation", found
    assert "Red Wings" not in found and "Red Sox" not in found, found


def test_a_town_led_by_san_and_a_plural_is_a_team() -> None:
    found = typed("The San Diego Padres edged the Colorado Rockies 3-2 in ten innings.")
    assert found.get("San Diego Padres") == "organisation", found


def test_the_town_alone_then_names_the_team() -> None:
    found = typed(
        "The Boston Red Sox beat the Toronto Blue Jays 6-4 on Thursday.\n"
        "Ray Duncan hit two home runs for Boston, who have won five straight."
    )
    assert found.get("Boston") == "organisation", found


def test_a_place_then_a_person_outside_sport_stay_apart() -> None:
    found = typed("In Boston Mark Evans said the council would meet again on Friday.")
    assert found.get("Mark Evans") == "person", found
    assert found.get("Boston") == "place", found


def test_a_plural_before_a_places_noun_is_no_team() -> None:
    found = typed(
        "Vantor riders won 2-1 on points.\n"
        "He trained in the Carnics area of the Alps before the race."
    )
    assert found.get("Carnics") == "place", found


def test_a_nickname_after_the_with_no_town_is_the_team() -> None:
    # ``Red`` is a first name: only it made ``Red Herons`` a person's.
    found = typed(
        "Tarnow beat Brelvik 4-2 on Tuesday.\n"
        "Goalkeeper Aldo Ferrick made 28 saves as the Red Herons won their fifth game in a row."
    )
    assert found.get("Red Herons") == "organisation", found


def test_a_competition_after_the_stays_no_team() -> None:
    found = typed(
        "Scores after two rounds of the Orvane Masters on Saturday :\n136 Tomas Ortvall 67 69\n"
    )
    assert found.get("Orvane Masters") != "organisation", found
