"""German compound titles before a name (session 39): a title at a compound's end
(``Polizeisprecher``, ``FH-Präsident``, ``Vereinsvorsitzende``) tells a person as the title
alone does, in any case form (``des Polizeisprechers``), so a given name and a surname after it
are a person's name, with the compound as their role, even when the given name is not one the
first-name table knows (``Jan`` is also a month's abbreviation). One word after such a compound
may be a noun it governs (``dem Konzernchef Vorwürfe machen``) and is left alone.

The sentences are written for these tests in the manner of German news articles; none is
copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.entities import typed
from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 11, 12)


def test_a_name_after_a_compound_title_is_a_persons() -> None:
    found = typed(
        "Nach dem Einbruch in Lörrach ermittelt die Kripo. Das bestätigte Polizeisprecher "
        "Jan Kramer am Dienstag.",
        "de",
    )
    assert found.get("Jan Kramer") == "person"


def test_a_compound_title_in_the_genitive_or_dative_tells_a_person_too() -> None:
    genitive = typed(
        "Nach Angaben des Polizeisprechers Jan Kramer war die Straße bis zum Abend gesperrt.",
        "de",
    )
    dative = typed(
        "Dem Vereinsvorsitzenden Jan Kramer zufolge soll das Sommerfest trotzdem stattfinden.",
        "de",
    )
    assert genitive.get("Jan Kramer") == "person"
    assert dative.get("Jan Kramer") == "person"


def test_the_speaker_after_a_compound_title_is_the_named_person_with_that_role() -> None:
    found = speakers_and_roles(
        "Die Hochschule streicht zwei Studiengänge. „Wir hatten keine Wahl“, sagte "
        "FH-Präsident Jan Kramer. Die Stadt bedauert den Schritt. „Das trifft uns hart“, sagte "
        "Stadtsprecher Jan Ostermann am Mittwoch.",
        DAY,
        language="de",
    )
    assert found["Wir hatten keine Wahl"] == ("Jan Kramer", "FH-Präsident")
    assert found["Das trifft uns hart"] == ("Jan Ostermann", "Stadtsprecher")


def test_one_noun_after_a_compound_title_is_no_person() -> None:
    found = typed("Die Aktionäre haben dem Konzernchef Vorwürfe gemacht.", "de")
    assert "Vorwürfe" not in found
