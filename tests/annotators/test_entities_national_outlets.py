"""French and Spanish national outlets named with their article (``[entities.organisations]``
of ``fr.toml`` and ``es.toml``): ``selon Le Figaro``, ``según El País`` name a body, while the
common nouns they are spelt with (``le monde``, ``la Nación``) name none."""

from __future__ import annotations

from helpers.entities import found


def test_a_french_daily_cited_as_a_source_is_a_body() -> None:
    got = found("Selon Le Figaro, la réforme des retraites sera votée en mars.", "fr")
    assert ("Le Figaro", "organisation") in got


def test_a_french_radio_is_no_place() -> None:
    got = found("Le ministre s'est exprimé mardi matin sur France Inter.", "fr")
    assert ("France Inter", "organisation") in got
    assert ("France", "place") not in got


def test_a_spanish_daily_cited_as_a_source_is_a_body() -> None:
    got = found("Según publicó El País, el Gobierno aprobará el decreto el martes.", "es")
    assert ("El País", "organisation") in got


def test_the_state_written_in_lower_case_article_is_no_outlet() -> None:
    got = found("Los fondos de la Nación llegarán a las provincias en febrero.", "es")
    assert ("La Nación", "organisation") not in got
    assert ("Nación", "organisation") not in got


def test_an_outlet_s_name_opening_a_longer_name_is_not_the_outlet() -> None:
    # ``El País Vasco`` is the Basque Country, ``Le Monde Diplomatique`` another paper.
    basque = found("El País Vasco celebra elecciones el domingo en Bilbao y Vitoria.", "es")
    assert not any(text == "El País" for text, _ in basque)
    monthly = found("Le Monde Diplomatique consacre son numéro de mai à Total.", "fr")
    assert not any(text == "Le Monde" for text, _ in monthly)
