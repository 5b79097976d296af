"""A list of what a ministry is named for may end with a word pair read as an unknown body
(``Regional Government``): it is still one name (``Ministry of Transport, Tourism and
Regional Government``)."""

from __future__ import annotations

from helpers.entities import names


def test_a_list_ending_with_an_unknown_body_s_words_is_one_name() -> None:
    found = names(
        "Ferry routes were cut. The Ministry of Transport, Tourism and Regional Government "
        "said on Friday that subsidies would be reviewed."
    )
    name = "Ministry of Transport, Tourism and Regional Government"
    assert found[name] == (name, "organisation")


def test_a_body_with_its_own_head_after_and_stays_apart() -> None:
    found = names("The Ministry of Defence and Foreign Office said the talks had ended.")
    assert found["Ministry of Defence"][1] == "organisation"
    assert found["Foreign Office"][1] == "organisation"
