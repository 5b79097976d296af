"""``Energy`` and ``Water`` end a utility's name as the last capitalised word of a run
(``Brightvale Energy said``, ``Durban Water said``), not before a title (``Energy Secretary``)
nor after a word that makes a kind of energy or water (``Clean Energy``, ``Drinking Water``);
such a name still opens a body's name joined by ``and`` (``the Lahore Water and Drainage
Authority``)."""

from __future__ import annotations

from helpers.entities import names


def test_a_utility_opening_a_paragraph_is_a_body() -> None:
    found = names(
        "Winds reached 90 mph.\n\nBrightvale Energy said it had cut power to 30,000 homes.\n\n"
        "Durban Water said the burst main would be fixed by Friday."
    )
    assert found["Brightvale Energy"] == ("Brightvale Energy", "organisation")
    assert found["Durban Water"][1] == "organisation"


def test_kinds_of_energy_and_water_and_titles_are_no_bodies() -> None:
    found = names(
        "Clean Energy was the theme. Drinking Water shortages grew, and the Energy Secretary "
        "said so."
    )
    assert not any(text.endswith(("Energy", "Water")) for text in found)


def test_a_utility_s_name_opens_a_body_joined_by_and() -> None:
    found = names("Crowds gathered outside the Harbin Water and Drainage Authority on Monday.")
    name = "Harbin Water and Drainage Authority"
    assert found[name] == (name, "organisation")


def test_an_adjective_opening_a_sentence_before_energy_or_water_makes_no_body() -> None:
    found = names(
        "Campaigners marched in Leeds.\n\nSafe Water is a human right, they said. Cheap Energy "
        "drove the boom for decades. Caldervale Water apologised for the leak."
    )
    assert found["Caldervale Water"][1] == "organisation"
    assert not any(text.startswith(("Safe", "Cheap")) for text in found)
