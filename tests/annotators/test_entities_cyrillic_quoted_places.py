"""A name in quotation marks after a Russian or Ukrainian noun of a station, park, square or
border crossing (``[entities] place_before``: ``автовокзал «Северный»``, ``пункті пропуску
«Краковець»``) is the place's, not a body's, as after ``стадион`` or ``аэропорт``."""

from __future__ import annotations

from helpers.entities import found


def test_a_quoted_name_after_a_station_or_park_noun_is_a_place() -> None:
    ru = found(
        "Автобусы прибывают на автовокзал «Северный». Концерт пройдет в парке «Дружба».", "ru"
    )
    assert ("Северный", "place") in ru
    assert ("Дружба", "place") in ru
    uk = found(
        "Черги на пункті пропуску «Краковець» зросли. Концерт відбувся в парку «Перемога».", "uk"
    )
    assert ("Краковець", "place") in uk
    assert ("Перемога", "place") in uk


def test_a_quoted_name_after_a_chain_noun_stays_a_body() -> None:
    assert ("Дружба", "organisation") in found("Хлеб в магазинах сети «Дружба» подорожал.", "ru")
