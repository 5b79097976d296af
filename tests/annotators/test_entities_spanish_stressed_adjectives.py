"""Two capitalised Spanish words ending in an adjective stressed before its last two syllables
(``[entities] stressed_adjective_endings``: ``Democrático``, ``Olímpico``) are a body's or a
place's name, never a person's, however a speech verb near them reads. Every sentence here is
made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_a_party_named_by_a_noun_and_a_stressed_adjective_is_a_body() -> None:
    got = found(
        "Desde el Bloque Histórico, el senador Iván Cepeda celebró la decisión, y los "
        "diputados del Frente Cívico la criticaron.",
        "es",
    )
    assert ("Bloque Histórico", "organisation") in got, got
    assert ("Frente Cívico", "organisation") in got, got
    assert ("Iván Cepeda", "person") in got, got


def test_after_a_place_s_noun_it_is_a_place() -> None:
    got = found("La regata cruzó el Océano Pacífico y terminó en el Mar Caribe.", "es")
    assert ("Océano Pacífico", "place") in got, got


def test_a_double_surname_or_a_first_name_written_so_stays_a_person() -> None:
    got = found("El diputado Juan Pérez Rico dijo que no. Según Pérez Rico, el plan falla.", "es")
    assert ("Pérez Rico", "person") in got, got
    got = found("La jueza Ana Mónica Salas dijo que no. Según Salas Mónica, el plan falla.", "es")
    assert ("Salas Mónica", "organisation") not in got, got
