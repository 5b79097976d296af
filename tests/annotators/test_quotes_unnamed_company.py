"""A company's statement when the article never names the company (session 31, issue #16):
``In a statement, the carrier said: "..."`` is ``the carrier``'s, as written, the way ``the
festival said`` is (annotators/quotes/attribution/speaker_phrases.py ``phrase_before``); a
company the article names is still the one ``the company`` points back to.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import quotations
from helpers.quotes import speakers_as_written as _speakers


def speakers_and_cues(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``{words: (speaker, cue)}`` of every quotation of ``text``."""
    return {q.text: (q.attributes["speaker"], q.attributes.get("cue")) for q in quotations(text)}


def test_an_unnamed_carrier_s_statement_is_the_carrier_s() -> None:
    text = (
        "A Lisbon-bound flight turned back to Porto on Friday after a cabin pressure alert, "
        "officials said.\n\n"
        'In a statement, the carrier said: "The aircraft landed safely and is being inspected."\n'
    )
    assert _speakers(text)["The aircraft landed safely and is being inspected."] == "the carrier"


def test_a_named_company_is_still_the_one_the_company_points_back_to() -> None:
    text = (
        "Harwell Foods recalled two brands of crisps on Monday.\n\n"
        'In a statement, the company said: "We are sorry for any worry this has caused."\n'
    )
    assert _speakers(text)["We are sorry for any worry this has caused."] == "Harwell Foods"


def test_the_carrier_of_a_statement_is_the_airline_named_above() -> None:
    # ``carrier`` says what kind of body is meant, as ``airline`` does: the one named above
    # speaks, not ``the carrier`` as written (session 31 review).
    text = (
        "Coral Sea Airways grounded six jets on Friday after an engine fault. Engineers "
        "worked overnight. Passengers were rebooked.\n\n"
        'In a statement, the carrier said: "Safety comes before the timetable."\n'
    )
    assert _speakers(text)["Safety comes before the timetable."] == "Coral Sea Airways"


def test_an_unnamed_airline_s_statement_after_its_quotation_is_the_airline_s() -> None:
    # The quotation first: the same rule as ``In a statement, the carrier said: "..."``.
    text = (
        "Dozens of flights out of Vilnius were cancelled on Sunday as fog closed the runway.\n\n"
        '"We are rebooking every passenger free of charge," the airline said in a statement.\n'
    )
    found = speakers_and_cues(text)
    assert found["We are rebooking every passenger free of charge"] == ("the airline", "said")


def test_a_public_body_named_before_is_no_company_s_statement() -> None:
    # A weather service or a coast guard is no company: ``the company`` is as written.
    for body in ("The National Weather Service", "The Coast Guard"):
        text = (
            f"{body} said the storm would reach the bay by Friday. "
            '"Our crews are on the lines day and night," the company said in a statement.\n'
        )
        found = speakers_and_cues(text)
        assert found["Our crews are on the lines day and night"] == ("the company", "said")


def test_a_company_named_before_its_quotation_is_still_the_speaker() -> None:
    text = (
        "Brightwater Energy Ltd cut power to 4,000 homes in Leith on Tuesday.\n\n"
        '"Supply will be back by the evening," the company said in a statement.\n'
    )
    found = speakers_and_cues(text)
    assert found["Supply will be back by the evening"] == ("Brightwater Energy Ltd", "said")


def test_an_unnamed_club_s_statement_is_the_club_s() -> None:
    """A sports club speaks in statements as an institution does: ``The club said in a
    statement:`` with no club named is ``the club``'s, as written (a club the article names
    with its own name stays the one it points back to)."""
    text = (
        "Derby\n\nThe home side fined their captain on Monday after a row with a supporter.\n\n"
        'The club said in a statement: "His conduct fell below our standards."\n'
    )
    assert _speakers(text)["His conduct fell below our standards."] == "the club"


def test_a_company_named_as_a_club_is_still_the_one_the_company_points_back_to() -> None:
    """``club`` names an institution that speaks as a body (``the club said``), but a
    company's name may end with it, as with ``bank``: ``the company`` is still the one named
    ``... Club`` above."""
    text = (
        "Razor Post Club raised its monthly fee on Monday.\n\n"
        '"We listen to our members," the company said.\n'
    )
    assert _speakers(text)["We listen to our members"] == "Razor Post Club"
