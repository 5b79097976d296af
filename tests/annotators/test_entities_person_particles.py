"""A lower-case particle that only persons' names hold (``van``, ``bin``, ``dela``) inside a
capitalised run shows a person's name, even when a first-name list does not know its first
word; Romance ``de``, ``del``, ``da`` name places too and show nothing."""

from __future__ import annotations

from helpers.entities import names


def test_van_der_inside_a_run_opening_a_sentence_is_a_person() -> None:
    found = names("Series level\n\nDawie van der Westhuyzen hit four sixes in the final over.")
    assert found["Dawie van der Westhuyzen"][1] == "person"


def test_a_filipino_dela_joins_a_name() -> None:
    found = names("Rodelio dela Fuente, 47, who sells fish at the port, said prices doubled.")
    assert found["Rodelio dela Fuente"][1] == "person"


def test_bin_joins_a_patronym() -> None:
    found = names("Talks resumed. Saud bin Faisal arrived in Muscat on Tuesday.")
    assert found["Saud bin Faisal"][1] == "person"


def test_a_romance_del_shows_no_person() -> None:
    found = names("Tourists returned to Costa del Azahar beaches this summer.")
    assert all(kind != "person" for _, kind in found.values())
