"""Towns the list names with an official title news leaves out (``[entities] town_titles``:
``Hansestadt Stade``, ``Universitäts- und Hansestadt Greifswald``) are found by the name alone,
and a town's name written with an abbreviation the list writes out (``[entities]
town_abbreviations``: ``St. Gallen``, the list's ``Sankt Gallen``) is found as written; a
``Bezirk`` is named with its noun, like a ``Landkreis``."""

from __future__ import annotations

from helpers.entities import found


def test_a_hanseatic_town_is_found_without_its_title() -> None:
    got = found("Stade baut einen neuen Hafen. Der Rat in Stade stimmte am Montag zu.", "de")
    assert ("Stade", "place") in got, got


def test_a_university_town_is_found_without_its_titles() -> None:
    got = found("Die Ausstellung wandert im Frühjahr weiter nach Greifswald.", "de")
    assert ("Greifswald", "place") in got, got


def test_an_abbreviated_saint_in_a_byline_is_the_listed_town() -> None:
    got = found("Wirtschaft\nLea Brunner, St. Gallen\n14.03.2026\nDie Firma baut aus.", "de")
    assert ("St. Gallen", "place") in got, got


def test_a_district_is_named_with_its_noun() -> None:
    got = found("Im Bezirk Schärding blieben am Montag alle Schulen geschlossen.", "de")
    assert ("Bezirk Schärding", "place") in got, got
    assert ("Schärding", "place") not in got, got
