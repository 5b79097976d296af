"""Countries' first-level divisions as places (ISO 3166-2, pycountry; annotators/entities/
gazetteer.py ``world_divisions`` read by the towns' pass): a state's or a province's name that
nothing else types is a place, and so is one of two words that only a first name typed a
person's; a division's name listed after things that are no places stays out. The sentences
are invented for these tests."""

from __future__ import annotations

from helpers.entities import typed
from newsbrief.annotators.entities import gazetteer as gz


def test_a_division_nothing_else_types_is_a_place() -> None:
    found = typed("Aid trucks reached Jonglei by road on Sunday, the agency said.")
    assert found.get("Jonglei") == "place", found


def test_a_division_named_like_a_person_is_a_place() -> None:
    found = typed("Floods cut off villages in Bac Kan and Lang Son provinces on Tuesday.")
    assert found.get("Bac Kan") == "place", found
    assert found.get("Lang Son") == "place", found


def test_a_division_listed_after_things_that_are_no_places_stays_out() -> None:
    found = typed("The maker will stop building the Rover Alto, the Comet and Moxico.")
    assert found.get("Moxico") != "place", found


def test_divisions_are_read_without_their_kind_s_word_and_diacritics() -> None:
    divisions = gz.world_divisions()
    # (pycountry writes ``Bắc Kạn`` and China's provinces with ``Sheng``)
    assert "Bac Kan" in divisions
    assert "Sichuan" in divisions
    assert "Sichuan Sheng" not in divisions


def test_a_word_few_of_a_country_s_divisions_end_with_is_their_names_own() -> None:
    divisions = gz.world_divisions()
    # (five of India's states end with ``Pradesh``, five of Thailand's provinces with ``Buri``:
    # not the kind's word, as ``Sheng`` is for China's provinces)
    assert "Uttar Pradesh" in divisions
    assert "Uttar" not in divisions
    assert "Sing" not in divisions
    found = typed("The band will Sing at the festival. Tickets for Sing went on sale on Monday.")
    assert found.get("Sing") != "place", found


def test_a_lone_division_s_name_in_a_sports_report_is_a_player_s() -> None:
    # (Latin America names states after people: ``Herrera``, ``Guerrero`` are surnames too)
    found = typed("Corran won 2-0 with a goal from Herrera and a late header by Guerrero.")
    assert found.get("Herrera") != "place", found
    assert found.get("Guerrero") != "place", found
