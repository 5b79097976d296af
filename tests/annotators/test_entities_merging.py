"""Merging a lone name into a full name across documents only when evidence confirms it."""

from __future__ import annotations

from helpers.entities import people


def test_a_role_given_with_the_lone_name_must_be_the_full_names_role() -> None:
    _, other = people(
        "Hunter Biden was in court on Tuesday.",
        "Vice President Biden said he would not comment.",
    )
    assert ("Biden", "Hunter Biden") not in other


def test_an_abbreviated_title_confirms_the_full_title() -> None:
    _, other = people(
        "Florida Governor Ron DeSantis signed the bill on Friday.",
        "Gov. DeSantis said it would protect families.",
    )
    assert ("DeSantis", "Ron DeSantis") in other


def test_roles_of_one_family_confirm_each_other() -> None:
    _, other = people(
        "Chinese President Xi Jinping arrived in Moscow.",
        "Leader Xi said trade mattered.",
    )
    assert ("Xi", "Xi Jinping") in other


def test_a_lone_name_shared_by_two_full_names_is_no_ones() -> None:
    _, _, third = people(
        "John Williams, the president of the New York Fed, spoke on Monday.",
        "Serena Williams won in Paris.",
        "Williams said rates would stay high.",
    )
    assert not any(name in ("John Williams", "Serena Williams") for _, name in third)


def test_same_document_full_name_wins() -> None:
    (mentions,) = people("Deputy Press Secretary Sabrina Singh spoke. Singh said no more.")
    assert ("Singh", "Sabrina Singh") in mentions
