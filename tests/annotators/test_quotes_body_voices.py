"""An unnamed spokesperson of a named body speaks as the body, the noun as the role."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_spokesperson_for_a_named_council_is_the_council() -> None:
    text = (
        "Rubbish has piled up in Dunmoor since the strike began.\n\n"
        '"We are doing all we can," a spokeswoman for Dunmoor Borough Council said.'
    )
    assert speakers_in(text)["We are doing all we can"] == (
        "Dunmoor Borough Council",
        "spokeswoman",
    )


def test_an_initials_spokesperson_is_the_body_under_its_full_name() -> None:
    text = (
        "The Food Standards Agency (FSA) issued a recall on Friday.\n\n"
        'An FSA spokesman said: "Customers should return the product."'
    )
    assert speakers_in(text)["Customers should return the product"] == (
        "Food Standards Agency",
        "spokesman",
    )


def test_a_spokesperson_for_a_person_or_a_former_one_stays_as_written() -> None:
    text = (
        "Senator Mara Quillfeather faces questions over her expenses.\n\n"
        '"She has done nothing wrong," a spokesperson for Mara Quillfeather said.\n\n'
        '"It was always going to end badly," a former Dunmoor Borough Council spokesman said.'
    )
    speakers = speakers_in(text)
    assert speakers["She has done nothing wrong"][0] == "a spokesperson for Mara Quillfeather"
    assert speakers["It was always going to end badly"][0] == (
        "a former Dunmoor Borough Council spokesman"
    )


def test_a_spokesperson_named_by_a_body_noun_is_the_body_named_before_with_it() -> None:
    text = (
        "Harwell Vale District Council voted to close two libraries on Tuesday.\n\n"
        '"These were not easy choices," a council spokesperson said.'
    )
    assert speakers_in(text)["These were not easy choices"] == (
        "Harwell Vale District Council",
        "spokesperson",
    )


def test_the_spokesperson_pointing_back_to_a_body_s_spokesperson_is_the_body() -> None:
    text = (
        "Repairs to the flats have stalled since March.\n\n"
        "A spokeswoman for the Harwell Housing Agency said funding had been approved in "
        'principle. "The money will follow the surveys," the spokeswoman said.'
    )
    assert speakers_in(text)["The money will follow the surveys"] == (
        "Harwell Housing Agency",
        "spokeswoman",
    )


def test_a_second_body_noun_spokesperson_after_another_body_is_not_the_first_body() -> None:
    # Each ``a council spokesperson`` is read where it is written: after a second council the
    # first is no longer the only one (two councils named: neither is a guess).
    text = (
        "Harwell Vale District Council voted to close two libraries on Tuesday.\n\n"
        '"These were not easy choices," a council spokesperson said.\n\n'
        "Across the county, Brackley Borough Council kept all of its branches open.\n\n"
        '"Libraries matter to our residents," a council spokesperson said.'
    )
    speakers = speakers_in(text)
    assert speakers["These were not easy choices"][0] == "Harwell Vale District Council"
    assert speakers["Libraries matter to our residents"][0] != "Harwell Vale District Council"
