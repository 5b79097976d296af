"""A name opening a sentence before a club's staff word (``Corvella coach``, ``Vantor rider``)
is the club when the article writes the name in mid-sentence too; a capitalised common word
there (``Estate manager``) stays no club."""

from __future__ import annotations

from helpers.entities import found, typed


def test_an_opening_name_before_a_staff_word_is_the_club_the_article_names() -> None:
    found = typed(
        "Corvella beat Ostrand 2-0 on Sunday.\n"
        "Corvella coach Tomas Varga said his side deserved the win.\n"
        "Vantor rider Jan Holm won the stage ahead of two riders from Corvella.\n"
        "The Vantor team lead the standings by a minute."
    )
    assert found.get("Vantor") == "organisation", found
    assert found.get("Tomas Varga") == "person", found


def test_a_town_opening_a_sentence_before_manager_is_its_club() -> None:
    got = found(
        "Sheffield manager Ray Dunn said the 2-1 defeat was hard to take.\n"
        "The fans who travelled from Sheffield were silent.",
        "en",
    )
    assert ("Sheffield", "organisation") in got, got


def test_a_common_word_opening_a_sentence_before_manager_stays_out() -> None:
    found = typed("Estate manager David Orme said the 2-1 vote came as a surprise.")
    assert "Estate" not in found, found


def test_an_unknown_name_before_team_in_a_sports_article_is_the_side() -> None:
    got = found(
        "Tomas Varga won the stage by 2-1 on points .\n"
        "The Brandelli team pulled out of the race after two crashes .\n",
        "en",
    )
    assert ("Brandelli", "organisation") in got, got


def test_an_unknown_name_before_team_in_politics_is_no_side() -> None:
    got = found("Aides said the Halloran team would meet donors on Friday.", "en")
    assert ("Halloran", "organisation") not in got, got


def test_a_persons_name_before_team_in_a_sports_article_is_no_side() -> None:
    got = found(
        "Ravello beat Treven 2-1 on Saturday .\n"
        "Senator Ann Halloran watched the game , and the Halloran team met fans after it .\n"
        "The Clinton team flew home on Sunday .\n",
        "en",
    )
    assert ("Halloran", "organisation") not in got, got
    assert ("Clinton", "organisation") not in got, got
