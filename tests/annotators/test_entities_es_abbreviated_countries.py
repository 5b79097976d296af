"""Spanish countries written as Spanish writes them: a plural's abbreviation doubles its letters
and is one name (``EE.UU.``, ``EE. UU.``), and a country whose name is also a woman's first name
is the country (``Irlanda``, ``Irlanda del Norte``), unless a person's name goes on from it: a
surname by its ending, a second surname, a title before it (``Irlanda López``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_spanish_doubled_abbreviations_are_one_name() -> None:
    found = _mentions("Aranceles\nEl acuerdo con EE.UU. llega tarde; en EE. UU. lo celebran.", "es")
    assert ("EE.UU.", "place") in found
    assert ("EE. UU.", "place") in found


def test_a_country_spelt_as_a_first_name_is_the_country() -> None:
    found = _mentions("La frontera\nLos camiones cruzan hacia Irlanda del Norte cada día.", "es")
    assert ("Irlanda del Norte", "place") in found
    found = _mentions("La frontera\nLos ganaderos de Irlanda exportan menos.", "es")
    assert ("Irlanda", "place") in found


def test_a_first_name_spelt_as_a_country_before_a_surname_is_a_person() -> None:
    found = _mentions("Novela\nIrlanda Benítez presentó su novela en Valencia.", "es")
    assert ("Irlanda Benítez", "person") in found
    assert ("Irlanda", "place") not in found
    found = _mentions("Premios\nFrancia Soto Aguirre recogió el premio el jueves.", "es")
    assert ("Francia Soto Aguirre", "person") in found
    found = _mentions("Cultura\nLa ministra Italia Soto inauguró la muestra.", "es")
    assert ("Italia Soto", "person") in found


def test_a_party_named_after_its_country_is_no_person() -> None:
    found = _mentions("Italia\nEl partido Italia Viva votó en contra del presupuesto.", "es")
    assert ("Italia Viva", "person") not in found


def test_a_country_inside_a_thing_s_name_opens_no_person() -> None:
    # (a word of the run before it, or an article before the run: no person's first name)
    found = _mentions("Moda\nDurante la London Fashion Week, una madre habló.", "es")
    assert ("London Fashion Week", "person") not in found
    found = _mentions("Campaña\nUsó la gorra con el mensaje Make America Great Again.", "es")
    assert ("America Great Again", "person") not in found
    found = _mentions("Bolsa\nEl Banco de Irlanda Pérez cayó un 3 %.", "es")
    assert ("Irlanda Pérez", "person") not in found
    found = _mentions("Novela\nAyer Irlanda López presentó su novela.", "es")
    assert ("Irlanda López", "person") in found
