"""A short quotation between a determiner and its noun names a thing, whatever cue reports
the sentence (session 28, issue #16; annotators/quotes/noun_modifiers.py): ``a "..."
component``, ``its "..." policy``. A verdict keeps its own shape and stays speech.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_quoted_modifier_after_a_determiner_is_a_term_despite_a_cue() -> None:
    text = (
        "Rail line halted\n\n"
        'The operator said in a statement that the delay came from a faulty "axle-counter '
        'reset" unit near the river.\n\n'
        'Transport minister Gwen Arlott said the state would expand its "tap-and-ride" '
        "scheme next year.\n\n"
        '"We owe passengers a working railway," Arlott said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "axle-counter reset" not in found
    assert "tap-and-ride" not in found
    assert found["We owe passengers a working railway"][0] == "Gwen Arlott"


def test_a_quoted_verdict_in_a_noun_phrase_stays_speech() -> None:
    text = (
        "Clinic funding\n\n"
        'Surgeon Ines Vidal described the new wing as a "giant stride" compared with the old '
        "ward.\n\n"
        'Vidal warned of a "very real" shortage of nurses and said the budget was "99 percent" '
        'a "fair deal" let down by delays.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["giant stride"][0] == "Ines Vidal"
    assert "very real" in found
    assert "fair deal" in found


def test_the_name_a_clause_without_a_relative_word_gives_is_no_speech() -> None:
    text = (
        "Night shifts at the lab\n\n"
        'Director Owen Paley said the animals enter a state the keepers call "deep drift." '
        'They also pass through a stage researchers call "quiet hunting", he said.\n\n'
        '"We did not expect either," Paley said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "deep drift" not in found
    assert "quiet hunting" not in found
    assert found["We did not expect either"][0] == "Owen Paley"


def test_a_verdict_in_a_clause_without_a_relative_word_stays_speech() -> None:
    text = (
        "Budget vote\n\n"
        'The council cut the library budget, in a move opponents called "a betrayal of '
        'readers".'
    )
    found = speakers_and_roles(text, DAY)
    assert "a betrayal of readers" in found


def test_a_quotation_after_a_possessive_ending_its_phrase_stays_speech() -> None:
    # Only a noun after it makes the quotation a modifier; before a verb or a preposition it
    # is often a verdict on what the owner did.
    text = (
        "Budget row\n\n"
        "Senator Maya Cole mocked the governor's \"phony crisis\" at a rally and said Smith's "
        '"political stunt" would backfire.'
    )
    found = speakers_and_roles(text, DAY)
    assert "phony crisis" in found
    assert found["political stunt"][0] == "Maya Cole"


def test_a_possessed_phrase_after_a_copula_is_a_verdict() -> None:
    text = (
        "Exam season\n\n"
        "A good night's rest should be a pupil's 'quiet advantage' before exams, the "
        "head teacher, Moira Blake, said."
    )
    found = speakers_and_roles(text, DAY)
    assert "quiet advantage" in found


def test_the_name_of_a_period_after_a_preposition_of_time_is_a_term() -> None:
    text = (
        "Harbour ferry\n\n"
        'The operator said the new gearbox would be fitted during the "spring overhaul" in '
        'April and tested after the "night trials" in May.\n\n'
        '"It will be worth the wait," the operator said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "spring overhaul" not in found
    assert "night trials" not in found


def test_a_short_name_with_its_own_article_given_to_an_object_is_no_speech() -> None:
    text = (
        "Bakery at night\n\n"
        'Head baker Tomas Lind calls the cold store "the igloo" and the old mixer "the '
        'beast".\n\n'
        'Lind called the bakery "the best kept secret in the whole town".'
    )
    found = speakers_and_roles(text, DAY)
    assert "the igloo" not in found
    assert found["the best kept secret in the whole town"][0] == "Tomas Lind"


def test_a_name_a_group_gives_with_no_determiner_is_no_speech() -> None:
    text = (
        "Chef profile\n\n"
        "Critics have called her cooking 'Lagos by way of Leeds'. Nobody calls a sushi bar in "
        'Leeds "fusion food" either, she said.\n\n'
        "Critics called the new menu 'deeply uneven'. Critics called the prices 'quite steep'."
    )
    found = speakers_and_roles(text, DAY)
    assert "Lagos by way of Leeds" not in found
    assert "fusion food" not in found
    assert "deeply uneven" in found
    assert "quite steep" in found


def test_a_definite_quoted_subject_before_an_auxiliary_stays_speech() -> None:
    # A partial quotation of a verdict is often the subject of the reported clause; a term in
    # that place (``the "haze alert" would stay``) looks the same and is left to the key.
    text = (
        "Inquiry row\n\n"
        'Senator Maya Cole said the "sham investigation" would collapse in court and that the '
        '"political stunt" was beneath the office.\n\n'
        '"We will fight it," Cole said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["sham investigation"][0] == "Maya Cole"
    assert found["political stunt"][0] == "Maya Cole"


def test_a_verdict_with_its_own_article_given_once_stays_speech() -> None:
    # ``calls the cold store "the igloo"`` names it for good; ``called`` a thing "the ..." once
    # is a verdict, the speaker's words.
    text = (
        "Budget vote\n\n"
        'Senator Maya Cole called the ruling "the right decision" and the vote "the last '
        'straw" for her party.\n\n'
        'Her aides call the cramped office "the bunker".'
    )
    found = speakers_and_roles(text, DAY)
    assert found["the right decision"][0] == "Maya Cole"
    assert found["the last straw"][0] == "Maya Cole"
    assert "the bunker" not in found


def test_a_clause_quoted_after_since_or_until_stays_speech() -> None:
    # ``since`` and ``until`` open a clause as often as a noun phrase: the words after the
    # article are then the speaker's.
    text = (
        "Flood repairs\n\n"
        'Mayor Lena Ortiz said crews would stay until the "pumps are working" and that costs '
        'had doubled since the "river rose" in March.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["pumps are working"][0] == "Lena Ortiz"
    assert found["river rose"][0] == "Lena Ortiz"
