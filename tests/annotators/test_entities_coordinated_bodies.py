"""Bodies named for several things joined by ``and``, whose common-noun words make no
candidates of their own, are found whole (issue 16, session 32)."""

from __future__ import annotations

from helpers.entities import typed


def test_things_after_a_body_of_are_its_name() -> None:
    found = typed(
        "A spokesman for the Department of Housing and Planning said the Ministry of Labour, "
        "Employment and Welfare agreed."
    )
    assert found["Department of Housing and Planning"] == "organisation"
    assert found["Ministry of Labour, Employment and Welfare"] == "organisation"


def test_words_before_a_body_after_the_are_its_name() -> None:
    found = typed(
        "He wrote to the Fisheries and Aquaculture Board of Kenya and to the Water and "
        "Sewerage Services Authority."
    )
    assert found["Fisheries and Aquaculture Board of Kenya"] == "organisation"


def test_a_title_or_a_body_after_and_names_something_else() -> None:
    found = typed(
        "The Ministry of Defence and Foreign Secretary Jane Lee spoke, and the Senate and "
        "House Intelligence Committee met."
    )
    assert found["Ministry of Defence"] == "organisation"
    assert found["Jane Lee"] == "person"
    assert found["Senate"] == "organisation"
    assert not any(" and " in text for text in found)


def test_a_body_named_for_a_place_takes_no_more_things() -> None:
    # After ``of`` and a known place, the word after ``and`` is a second body or place.
    found = typed(
        "The Bank of Japan and Fed officials met on Monday, as did the Ministry of Ukraine "
        "and Europol."
    )
    assert found["Bank of Japan"] == "organisation"
    assert not any(" and " in text for text in found)
