"""German compound titles and calendar given names before a name (session 39): a title at a
compound's end (``Polizeisprecher``, ``FH-Präsident``, ``Vereinsvorsitzende``) tells a person as
the title alone does, in any case form (``des Polizeisprechers``), so a given name and a surname
after it are a person's name, with the compound as their role, even when the given name is not
one the first-name table knows. One word after such a compound may be a noun it governs (``dem
Konzernchef Vorwürfe machen``) and is left alone. A calendar word the first-name table holds is a
given name before a surname where the language's dates do not write it so (``Jan``, English's
month abbreviation, in German or French), and after a title (``Polizeisprecher August X``).
Nouns of an office are titles at a compound's end (``Gesundheitsforscherin``,
``Grünen-Stadträtin``), not ``rat``, whose compounds name councils as often (``Nationalrat``).

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
        "Fynn Kramer am Dienstag.",
        "de",
    )
    assert found.get("Fynn Kramer") == "person"


def test_a_compound_title_in_the_genitive_or_dative_tells_a_person_too() -> None:
    genitive = typed(
        "Nach Angaben des Polizeisprechers Fynn Kramer war die Straße bis zum Abend gesperrt.",
        "de",
    )
    dative = typed(
        "Dem Vereinsvorsitzenden Fynn Kramer zufolge soll das Sommerfest trotzdem stattfinden.",
        "de",
    )
    assert genitive.get("Fynn Kramer") == "person"
    assert dative.get("Fynn Kramer") == "person"


def test_the_speaker_after_a_compound_title_is_the_named_person_with_that_role() -> None:
    found = speakers_and_roles(
        "Die Hochschule streicht zwei Studiengänge. „Wir hatten keine Wahl“, sagte "
        "FH-Präsident Fynn Kramer. Die Stadt bedauert den Schritt. „Das trifft uns hart“, sagte "
        "Stadtsprecher Fynn Ostermann am Mittwoch.",
        DAY,
        language="de",
    )
    assert found["Wir hatten keine Wahl"] == ("Fynn Kramer", "FH-Präsident")
    assert found["Das trifft uns hart"] == ("Fynn Ostermann", "Stadtsprecher")


def test_one_noun_after_a_compound_title_is_no_person() -> None:
    found = typed("Die Aktionäre haben dem Konzernchef Vorwürfe gemacht.", "de")
    assert "Vorwürfe" not in found


def test_jan_before_a_surname_is_a_given_name_outside_english() -> None:
    german = typed("Gestern hat der Polizist Jan Ostermann die Zeugen befragt.", "de")
    french = typed("Le gardien Jan Ostermann a arrêté trois tirs au but.", "fr")
    assert german.get("Jan Ostermann") == "person"
    assert french.get("Jan Ostermann") == "person"


def test_a_months_name_after_a_title_is_a_given_name() -> None:
    found = speakers_and_roles(
        "Auf der Landstraße kam es zu einem Unfall. „Niemand wurde verletzt“, sagte "
        "Polizeisprecher August Ostermann.",
        DAY,
        language="de",
    )
    assert found["Niemand wurde verletzt"] == ("August Ostermann", "Polizeisprecher")


def test_a_month_abbreviation_in_a_date_is_no_name() -> None:
    found = typed("Am 5. Jan. 2026 kam es zum Streit. Im Jan 2026 auch.", "de")
    assert found == {}


def test_an_office_noun_at_a_compounds_end_is_a_title_before_a_name() -> None:
    found = speakers_and_roles(
        "Der Kreistag streitet über das Krankenhaus. „Wir halten am Standort fest“, sagte "
        "Landrat Fynn Ostermann. „Das reicht nicht“, entgegnete Grünen-Stadträtin Fynn Brakel. "
        "„Die Zahlen sind eindeutig“, sagte Gesundheitsforscherin Fynn Albers.",
        DAY,
        language="de",
    )
    assert found["Wir halten am Standort fest"] == ("Fynn Ostermann", "Landrat")
    assert found["Das reicht nicht"] == ("Fynn Brakel", "Grünen-Stadträtin")
    assert found["Die Zahlen sind eindeutig"] == ("Fynn Albers", "Gesundheitsforscherin")


def test_a_council_named_by_a_compound_stays_a_body() -> None:
    found = typed(
        "Bern – Nach kurzer Sitzung hat der Ständerat die Reform verabschiedet. Der Stadtrat "
        "hatte sie zuvor abgelehnt.",
        "de",
    )
    assert found.get("Ständerat") == "organisation"


def test_a_product_after_a_compound_of_a_thing_ending_as_a_title_is_no_person() -> None:
    # (``Lautsprecher`` and ``Halbleiter`` end as ``Sprecher`` and ``Leiter`` do but are things:
    # ``[entities] not_compound_roles``)
    found = typed(
        "Der Bluetooth-Lautsprecher JBL Charge hält lange durch. Der Lautsprecher Sonos Era "
        "klingt gut. Der Halbleiter Gallium Nitrid wird knapp.",
        "de",
    )
    assert "person" not in found.values()
