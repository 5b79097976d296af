"""A role phrase that names no one before it is the one person the article gives that role
soon after (session 33, issue #16): a headline drops its articles (``Governor says ...``) and a
lede may open with ``The judge said ...`` before the holder's name; both are that person, not
the role as an unnamed source. Two holders, or one met only pages on, leave the role as written.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_headline_role_is_the_holder_the_lede_names() -> None:
    text = (
        "Governor says state will 'rebuild every bridge'\n\n"
        "By Sam Reed\n\n"
        "Vermont Governor Alan Pettigrew toured the flooded valley on Tuesday and promised "
        "money for repairs within two years.\n\n"
        '"We will not leave anyone behind," Pettigrew said.\n'
    )
    assert _speakers(text)["rebuild every bridge"] == "Alan Pettigrew"


def test_a_definite_role_before_the_name_is_the_holder() -> None:
    text = (
        "Storm live: roads closed across the county\n\n"
        'The mayor said the ring road would stay shut "until the water goes down".\n\n'
        "Dunmore Mayor Patricia Okonedo told reporters the council had opened two shelters.\n"
    )
    assert _speakers(text)["until the water goes down"] == "Patricia Okonedo"


def test_two_holders_leave_the_role_as_written() -> None:
    text = (
        "Minister says talks will 'resume in spring'\n\n"
        "Trade Minister Ruth Okafor and Farm Minister Lena Hoyt met growers on Monday.\n"
    )
    assert _speakers(text)["resume in spring"] != "Ruth Okafor"
    assert _speakers(text)["resume in spring"] != "Lena Hoyt"


def test_a_holder_named_pages_on_is_someone_else() -> None:
    filler = "The band played to a full house on its last tour of the year. " * 25
    text = (
        "Lina Marr and Theo Vance split after six years: 'We will always be friends'\n\n"
        'The singer and the actor said the split was "amicable".\n\n'
        f"{filler}\n\n"
        "Actor Tamsin Jacobs, a friend of the couple, sent flowers.\n"
    )
    assert _speakers(text)["amicable"] != "Tamsin Jacobs"
