"""Titles, names and grades set in quotation marks that no one says (issue #16, session 33): a
paper's title in apposition before the paper's own verb, a tagline's words after its noun, a
name given after ``a name for ...:``, and an analyst's old grade after the new one's ``from``.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_title_before_the_verb_of_its_work_is_no_speech() -> None:
    text = (
        "Headline\n\n"
        'The paper, "Rapid warming of deep ocean layers in the Southern Ocean", describes a new '
        "way to measure heat below 2,000 metres.\n\n"
        'The report, "We found nothing," says the inspector, was never published.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Rapid warming of deep ocean layers in the Southern Ocean" not in found
    assert "We found nothing" in found  # a sentence with its own subject: the inspector's


def test_a_tagline_after_its_noun_is_no_speech() -> None:
    text = (
        "Headline\n\n"
        'The firm\'s new tagline, "Drive less, live more", will appear on buses from March.'
    )
    assert "Drive less, live more" not in speakers_and_roles(text, DAY)


def test_a_name_after_a_name_for_and_a_colon_is_no_speech() -> None:
    text = (
        "Headline\n\n"
        'Her students, she recalled, had a name for the robot: "the grumpy one".\n\n'
        '"It never did what we asked," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "the grumpy one" not in found
    assert "It never did what we asked" in found


def test_an_old_grade_after_from_is_no_speech() -> None:
    text = (
        "Headline\n\n"
        'Analyst Jo Kemp said margins were "under pressure" and downgraded the shares to "sell" '
        'from "neutral", citing costs.'
    )
    found = speakers_and_roles(text, DAY)
    assert "neutral" not in found
    assert "sell" not in found
    assert found["under pressure"][0] == "Jo Kemp"


def test_a_term_in_a_possessive_s_opening_noun_phrase_is_no_speech() -> None:
    text = (
        "Opinion\n\n"
        "Opinion: Dublin's new 'night mayor' will cost €90,000 a year, officials said\n\n"
        'The city\'s "transport tsar" is the latest answer to a question nobody asked.\n\n'
        '"It is a job for life," said councillor Ann Roe.'
    )
    found = speakers_and_roles(text, DAY)
    assert "night mayor" not in found
    assert "transport tsar" not in found
    assert found["It is a job for life"][0] == "Ann Roe"


def test_a_contraction_opening_a_sentence_is_no_possessive_name() -> None:
    # ``It's``, ``She's``: a pronoun and its verb, not a name's possessive; the words after
    # them are what the one the cue names said.
    text = (
        "Headline\n\n"
        'It\'s "a scandal" for the region, Omar Reid said.\n\n'
        'She\'s "heartbroken" and wants answers, her lawyer said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["a scandal"][0] == "Omar Reid"
    assert "heartbroken" in found


def test_first_person_words_after_a_possessive_are_speech() -> None:
    text = 'Headline\n\nKemp\'s "we will rebuild" was the last thing she said to reporters.'
    assert "we will rebuild" in speakers_and_roles(text, DAY)


def test_a_person_noun_after_the_verb_makes_the_words_speech() -> None:
    # ``says the coroner,``: the verb's subject comes after it and is a person, no work's own
    # verb and object (``describes a new way``).
    text = (
        'Headline\n\nThe report, "It was avoidable", says the coroner, will be read in parliament.'
    )
    assert speakers_and_roles(text, DAY)["It was avoidable"][0] == "the coroner"
