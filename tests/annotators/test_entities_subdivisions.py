"""Regions, provinces and states of the countries a language writes about most
(``[entities] subdivided_countries``, pycountry's ISO 3166-2) are places after a preposition of
place: ``en Bretagne``, ``en Gironde``, ``en Jalisco``, ``en Cataluña``."""

from __future__ import annotations

from helpers.entities import found


def test_french_regions_and_departments_after_en_are_places() -> None:
    got = found("Il a neigé en Bretagne et les pompiers sont intervenus en Gironde.", "fr")
    assert ("Bretagne", "place") in got
    assert ("Gironde", "place") in got


def test_a_mexican_state_after_en_is_a_place() -> None:
    assert ("Jalisco", "place") in found("Las lluvias causaron daños en Jalisco el martes.", "es")


def test_a_spanish_community_by_its_spanish_name_is_a_place() -> None:
    assert ("Cataluña", "place") in found(
        "La huelga se extendió en Cataluña durante la semana.", "es"
    )


def test_a_town_of_several_words_opening_with_a_first_name_is_a_place() -> None:
    # (a connector inside and the town list outweigh the first name ``Santiago``)
    got = found(
        "Los peregrinos llegaron a Santiago de Compostela el martes. Habló María del Carmen Pérez.",
        "es",
    )
    assert ("Santiago de Compostela", "place") in got, got
    assert ("María del Carmen Pérez", "person") in got, got


def test_a_speaker_bearing_a_town_s_name_stays_a_person() -> None:
    # (towns bear people's names: a speech verb before it or a role after it is a person's)
    got = found("«No habrá acuerdo», afirmó Carmen de Areco, la jueza del caso.", "es")
    assert ("Carmen de Areco", "person") in got, got
    got = found("La feria llegó a Carmen de Patagones y a Santiago del Estero en mayo.", "es")
    assert ("Santiago del Estero", "place") in got, got
