"""A describing compound before a name (``Mother-of-three``) is no word of the speaker's name."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_describing_compound_before_a_name_is_its_role_not_its_first_word() -> None:
    text = (
        "The school run has doubled since the bridge closed.\n\n"
        'Grandmother-of-five Casey Tillery, 67, said: "I leave the house at seven now."'
    )
    assert speakers_in(text)["I leave the house at seven now"] == (
        "Casey Tillery",
        "Grandmother-of-five",
    )


def test_a_given_name_of_two_joined_parts_stays_whole() -> None:
    text = (
        "Minibus fares rise on Monday.\n\n"
        'Chan Wing-yan, 52, a driver for 20 years, said: "Passengers will walk instead."'
    )
    assert speakers_in(text)["Passengers will walk instead"][0] == "Chan Wing-yan"
