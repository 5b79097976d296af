"""Review of the English speaker rules of session 25 (a person introduced as a source, a fact
check's claim and signature): news sentences where they read the wrong speaker or role, and a
long text they read in quadratic time.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.quotes.attribution.reporting_people import with_reporting_people

DAY = dt.date(2026, 12, 1)


def test_a_storm_with_a_relative_clause_is_no_person() -> None:
    text = (
        "Hurricane Delphine, whose winds reached 120mph, tore the roofs off the harbour sheds.\n\n"
        '"We lost everything we had in one night," she said.'
    )
    speaker, _ = speakers_and_roles(text, DAY)["We lost everything we had in one night"]
    assert speaker != "Hurricane Delphine"


def test_said_that_before_a_preposition_opens_a_clause_not_a_pointer_back() -> None:
    text = (
        "Crowds gathered outside the town hall on Friday evening.\n\n"
        '"We will rebuild this town, street by street."\n\n'
        "Oren Fairweather said that in 2020 the council had run out of money."
    )
    speaker, _ = speakers_and_roles(text, DAY)["We will rebuild this town, street by street"]
    assert speaker != "Oren Fairweather"


def test_a_claim_pointed_back_to_inside_reported_speech_is_not_the_reporters() -> None:
    text = (
        "The two candidates met for a debate on Monday.\n\n"
        'Claim: "Burglaries have doubled in five years."\n\n'
        "Oren Fairweather said Lydia Brackenbury made this claim in a leaflet."
    )
    speaker, _ = speakers_and_roles(text, DAY)["Burglaries have doubled in five years"]
    assert speaker != "Oren Fairweather"


def test_a_year_or_a_place_after_a_signing_name_is_no_role() -> None:
    text = (
        "Readers wrote to us about the new bus lanes.\n\n"
        '"The lanes have made my commute twice as long." — Lydia Brackenbury, 2019\n\n'
        '"They are the best thing the council has done." — Oren Fairweather, London\n\n'
        '"Nobody asked the drivers." — Peter Okonjo, retired teacher'
    )
    found = speakers_and_roles(text, DAY)
    assert found["The lanes have made my commute twice as long"] == ("Lydia Brackenbury", None)
    assert found["They are the best thing the council has done"] == ("Oren Fairweather", None)
    assert found["Nobody asked the drivers"] == ("Peter Okonjo", "retired teacher")


_CONSONANTS, _VOWELS = "bdfgklmnprstvz", "aeiou"


def _made_up(i: int, salt: int) -> str:
    """A distinct made-up word per ``i`` (no first name, in no gazetteer)."""
    letters = []
    for digit in (i % 14, i // 14 % 14, i // 196 % 14, salt):
        letters += [_CONSONANTS[digit], _VOWELS[(digit + i) % 5]]
    return "".join(letters).capitalize()


def _introductions(count: int) -> str:
    # One paragraph of people of no known gender, each introduced with a relative clause.
    return " ".join(
        f"{_made_up(i, 1)} {_made_up(i, 2)}-{_made_up(i, 3)}, who runs a shop, said prices rose."
        for i in range(count)
    )


def test_people_of_no_known_gender_in_one_long_paragraph_are_read_in_linear_time() -> None:
    small, large = _introductions(1000), _introductions(4000)
    seconds_small = least_cpu_seconds(lambda: with_reporting_people(small, []), repeat=2)
    seconds_large = least_cpu_seconds(lambda: with_reporting_people(large, []), repeat=2)
    # Linear: about 4x; a scan back to the paragraph's start per person made it about 12x.
    assert seconds_large <= 7 * seconds_small


def test_a_role_closing_a_subject_is_no_part_of_a_bodys_name() -> None:
    text = (
        "Shares in the consumer goods group fell 3% on Tuesday.\n\n"
        'The Unilever CEO said: "We will not cut the dividend this year."'
    )
    speaker, _ = speakers_and_roles(text, DAY)["We will not cut the dividend this year"]
    assert speaker != "Unilever CEO"


def test_an_apposition_naming_a_role_only_after_its_head_noun_names_no_person() -> None:
    text = (
        "The bestseller, Winter Orchard, a novel about a nurse, has sold a million copies.\n\n"
        '"Demand has never been this strong, and we cannot keep up," she said.'
    )
    speaker, _ = speakers_and_roles(text, DAY)[
        "Demand has never been this strong, and we cannot keep up"
    ]
    assert speaker != "Winter Orchard"
