"""A company's branch named by a region (``Corvale Ohio``) opening a sentence and speaking is
one organisation; a country after a sentence's first word, or no speech verb, leaves it be."""

from __future__ import annotations

from helpers.entities import names


def test_a_branch_opening_a_sentence_and_speaking_is_a_body() -> None:
    found = names(
        "Ice storms hit the state overnight.\n\nCorvale Ohio said crews would restore power by "
        "Sunday."
    )
    assert found["Corvale Ohio"] == ("Corvale Ohio", "organisation")


def test_a_word_before_a_country_opening_a_sentence_is_no_branch() -> None:
    found = names("Talks stalled.\n\nNeighbouring Tanzania said it would reopen the border.")
    assert "Neighbouring Tanzania" not in found
    assert found["Tanzania"][1] == "place"


def test_a_describing_word_or_a_plural_before_a_town_is_no_branch() -> None:
    found = names(
        "Storms lashed the south.\n\nCoastal Kerala said 4,000 people had been moved. "
        "Hosts Leicester said the match would go ahead."
    )
    assert found["Kerala"][1] == "place"
    assert found["Leicester"][1] == "place"
    assert not any(text.startswith(("Coastal", "Hosts")) for text in found)
