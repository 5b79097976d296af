"""The names a wire story's credit gives (``Reporting by X ; Editing by Y``) are its
journalists, people, though no first name of theirs is known. Sentences written for these
tests."""

from __future__ import annotations

from helpers.entities import typed


def test_unknown_names_after_a_story_s_credits_are_people() -> None:
    got = typed(
        "Talks between the two sides ended on Monday without a deal .\n"
        "( Reporting by Tobore Ekwueme in Lagos ; Writing by Pilo Mugisha ; "
        "Editing by Dero Kato )\n"
    )
    for name in ("Tobore Ekwueme", "Pilo Mugisha", "Dero Kato"):
        assert got.get(name) == "person", got
    assert got.get("Lagos") == "place", got


def test_a_body_after_reporting_by_in_prose_stays_a_body() -> None:
    got = typed("Reporting by Reuters Television showed the damage on Monday .")
    assert got.get("Reuters Television") != "person", got


def test_a_name_after_editing_by_in_running_prose_is_no_journalist() -> None:
    # a credit line goes on with the next credit, the place, a bracket or the line's end
    got = typed("Editing by Corvane Studio took three weeks , the director said .\n")
    assert got.get("Corvane Studio") != "person", got
    got = typed(
        "The film was shot in Kenya .\n"
        "( Reporting by Tobore Ekwueme from Kano ; Editing by Dero Kato )\n"
    )
    assert got.get("Tobore Ekwueme") == "person", got
    assert got.get("Dero Kato") == "person", got
