"""A big city spelt as a first name after ``à`` (which also takes a person) is the city's when
no verb that takes a person stands before ``à`` and no one in the text bears the first name."""

from __future__ import annotations

from helpers.entities import found


def test_a_big_city_after_a_is_a_place() -> None:
    assert ("Lille", "place") in found("Le festival aura lieu à Lille du 3 au 6 juin.", "fr")
    got = found("Une usine de batteries ouvrira à Florence l'an prochain.", "fr")
    assert ("Florence", "place") in got


def test_after_a_speech_verb_the_name_is_no_place() -> None:
    got = found("Il a dit à Nancy que tout allait bien.", "fr")
    assert ("Nancy", "place") not in got


def test_after_a_verb_taking_a_person_the_name_is_no_place() -> None:
    got = found("Il a écrit à Florence pour lui annoncer la nouvelle.", "fr")
    assert ("Florence", "place") not in got


def test_someone_bearing_the_first_name_keeps_it_a_person() -> None:
    got = found("Florence Dupont est arrivée mardi. Il a offert des fleurs à Florence.", "fr")
    assert ("Florence", "place") not in got
