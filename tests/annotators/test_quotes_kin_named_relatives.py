"""A relative named by whose relative they are (session 34, issue #16): ``His wife Maureen, 69,
added:``, ``her mother, Sunitha, watched``. English news names family members after a
possessive and a kin noun, often by a given name alone, which the entity annotator does not
take for a person: the quote is the relative's, not the last person named before
(annotators/quotes/attribution/reporting_people.py ``_KIN_NAMED``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_relative_named_after_a_possessive_speaks_with_a_colon() -> None:
    text = (
        "Neighbours have complained about the new fence on Mill Lane.\n\n"
        "Retired postman Gordon Ashby, 72, said it blocked the light from his kitchen.\n\n"
        "His daughter Priyanka, 41, added: “We only want the old hedge back.”\n"
    )
    assert _speakers(text)["We only want the old hedge back."] == "Priyanka"


def test_a_relative_set_off_by_commas_is_the_pronoun_s_referent() -> None:
    text = (
        "The village celebrated its first national champion on Sunday.\n\n"
        "Coach Martin Oyelaran said the title had been years in the making.\n\n"
        "At home, her grandmother, Folasade, watched the race on a borrowed television. "
        "“I told everyone she would win,” she said.\n"
    )
    assert _speakers(text)["I told everyone she would win"] == "Folasade"


def test_a_full_name_after_the_kin_noun_is_kept_whole() -> None:
    # (The entity annotator finds a full name itself: the rule adds nothing to it.)
    text = (
        "A petition to save the library has reached 2,000 names.\n\n"
        "Councillor Dave Hurst said the decision was final. His son, Tobias Hurst, disagreed. "
        "“It is the only quiet place in town,” he said.\n"
    )
    assert _speakers(text)["It is the only quiet place in town"] == "Tobias Hurst"
