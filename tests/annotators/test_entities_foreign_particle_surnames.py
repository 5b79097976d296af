"""A surname written with its particle in a person's full name keeps the particle when a
French or German article writes it again alone (``de Hemptinne``, ``von der Brelow``). Every
sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_french_lone_surname_keeps_its_particle() -> None:
    got = found(
        "Le coureur Pierre de Valmorin a gagné dimanche. « C'est beau », a souri de Valmorin.",
        "fr",
    )
    assert ("de Valmorin", "person") in got, got
    assert ("Valmorin", "person") not in got, got


def test_german_lone_surname_keeps_its_particle() -> None:
    got = found(
        "Die Ministerin Karla von der Brelow reiste ab. Am Abend sagte von der Brelow wenig.",
        "de",
    )
    assert ("von der Brelow", "person") in got, got


def test_a_particle_no_full_name_shows_stays_out() -> None:
    got = found("Le directeur Paul Valmorin a parlé. La maison de Valmorin a brûlé.", "fr")
    assert ("de Valmorin", "person") not in got, got
