"""A seat's name hyphened to ``-based`` is a place (issue 16, session 39): ``the
Calgary-based company``, ``the Sunnyvale, California-based firm``; not a longer name's tail
(``New York City-based``), and a known company stays one (``Intel-based``)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_before_based_is_a_place() -> None:
    found = typed(
        "The Calgary-based company said it would delay the pipeline. In a statement, the "
        "Sunnyvale, California-based firm said it would appeal, and a Tarvelle-based "
        "supplier cut jobs."
    )
    assert found.get("Calgary") == "place"
    assert found.get("Sunnyvale") == "place"
    assert found.get("California") == "place"
    assert found.get("Tarvelle") == "place"


def test_a_seat_in_one_mention_leaves_the_town_s_other_mentions_places() -> None:
    found = typed(
        "The tyre maker's plant is in Nagoya.\n\nThe Nagoya-based tyre maker cut its sales "
        "forecast."
    )
    assert found.get("Nagoya") == "place"


def test_a_longer_name_s_tail_before_based_is_not_a_place_alone() -> None:
    found = typed("It sold the stake to a New York City-based hedge fund, Orlin Partners.")
    assert "City" not in found


def test_a_capitalised_noun_opening_its_sentence_before_based_is_no_place() -> None:
    # ``Plant-based``, ``Evidence-based`` open their sentences: a capitalised common noun, not a
    # seat (a name the article writes in mid-sentence too is still one).
    found = typed(
        "Plant-based burgers are selling well, the chain said. Evidence-based policy was "
        "promised. Cloud-based services grew.\n\nTarvelle-based Orlin Foods cut jobs, and "
        "workers in Tarvelle protested."
    )
    assert "Plant" not in found and "Evidence" not in found and "Cloud" not in found
    assert found.get("Tarvelle") == "place"
