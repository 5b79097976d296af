"""A surname written with its particle keeps it when the article writes it again alone
(``said van Rensburg``, a headline's ``VAN RENSBURG``): sentences written for these tests."""

from __future__ import annotations

from helpers.entities import entities, typed


def test_a_lone_surname_after_its_particle_keeps_it() -> None:
    found = typed(
        "Judge Pieter van Rensburg opened the hearing on Monday.\n"
        "Lawyers said van Rensburg would rule before the end of the month."
    )
    assert found.get("van Rensburg") == "person", found
    assert "Rensburg" not in found, found


def test_a_headline_s_surname_in_capitals_keeps_its_particle() -> None:
    (found,) = entities(
        "VAN RENSBURG REJECTS APPEAL .\n"
        "PRETORIA 2002-05-14\n"
        "Judge Pieter van Rensburg rejected the appeal on Tuesday ."
    )
    names = {mention: entity for mention, _, entity in found}
    assert "VAN RENSBURG" in names, found
    assert names["VAN RENSBURG"] == names["Pieter van Rensburg"], found


def test_a_word_that_only_looks_like_a_particle_stays_out() -> None:
    found = typed(
        "Ana de Souza chaired the meeting.\nThe minister met Souza later, and said Souza agreed."
    )
    assert "de Souza" not in found, found
