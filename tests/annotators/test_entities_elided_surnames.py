"""A surname opening with a capital letter and an apostrophe (``L'Heureux``, ``N'Guessan``) is
one with the first name before it, and a lone mention keeps the opening. Every sentence here
is made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_a_first_name_and_an_elided_surname_are_one_person() -> None:
    got = found(
        "La juge Marie-Claire L’Ormeau a tranché lundi. Selon la juge L’Ormeau, le dossier est "
        "clos.",
        "fr",
    )
    assert ("Marie-Claire L’Ormeau", "person") in got, got
    assert ("L’Ormeau", "person") in got, got


def test_a_west_african_surname_with_an_apostrophe_is_whole() -> None:
    got = found("Le milieu Jean-Marc N'Gbakro a égalisé. Puis N'Gbakro a raté un penalty.", "fr")
    assert ("Jean-Marc N'Gbakro", "person") in got, got
    assert ("N'Gbakro", "person") in got, got


def test_a_lower_case_elided_article_joins_no_name() -> None:
    got = found("Le ministre Paul Dravec l'Aveyronnais a parlé de l'Ormeau.", "fr")
    assert not any(text.endswith("Ormeau") and kind == "person" for text, kind in got), got


def test_a_lone_surname_keeps_an_opening_the_full_name_was_read_with() -> None:
    got = found("Maître Paul D'Arvenne plaide lundi. Me D'Arvenne estime que c'est juste.", "fr")
    assert ("D'Arvenne", "person") in got, got


def test_a_full_name_takes_no_elided_name_after_it() -> None:
    # (a surname already read: the capital letter and the apostrophe open the next name, a
    # newspaper's or a town's)
    got = found("Entretien avec Marie Dravec L'Express publie ce lundi.", "fr")
    assert ("Marie Dravec", "person") in got, got
    assert not any("L'" in text and kind == "person" for text, kind in got), got
    got = found("Il sindaco Pierluigi Varotti L'Aquila ha accolto i ministri.", "it")
    assert not any("L'" in text and kind == "person" for text, kind in got), got
