"""A gendered title before a name (``landlady``, ``Councilwoman``) tells the person's gender
where the first name does not; a pronoun after a cue later (``Sam says he is sulking``, of a
dog) does not overrule it, so ``She said:`` is hers."""

from __future__ import annotations

from helpers.quotes import speakers_as_written


def test_she_after_a_landlady_named_before_a_council_officer_is_the_landlady() -> None:
    text = (
        "But landlady Sam Kerr, 44, told the Echo that a council licensing officer called on "
        "Monday.\n\n"
        'She said: "Rex has never bitten anyone who did not deserve it."\n\n'
        "Rex now lives in the back yard, where Sam says he is sulking."
    )
    found = speakers_as_written(text)
    assert found["Rex has never bitten anyone who did not deserve it."] == "Sam Kerr"
