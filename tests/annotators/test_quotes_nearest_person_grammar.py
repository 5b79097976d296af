"""English speakers where the nearest named person is not who the grammar says spoke: a
person whose words a sentence reports past a clause set off by commas (``Ann Roe, 52, said``)
is the one a ``he said`` opening the next paragraph stands for, not an earlier speaker.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_reported_person_past_a_set_off_age_answers_the_next_pronoun() -> None:
    text = (
        "The ferry between Fishguard and Rosslare will sail again on Monday, the operator "
        "said.\n\n"
        '"We expect the first crossing at nine in the morning," harbour master Gwilym Rees '
        "said.\n\n"
        "The coastguard said in a statement that two crew members were treated for shock.\n\n"
        "On the quay at Fishguard, skipper Tomos Pugh, 52, said he had lost a week of "
        "catches.\n\n"
        '"Nobody told us anything until the Friday," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody told us anything until the Friday"][0] == "Tomos Pugh"


def test_a_person_apposed_to_a_description_answers_the_next_pronoun() -> None:
    text = (
        "Bus fares in the city rose by a fifth on Tuesday.\n\n"
        '"The subsidy could not last for ever," transport commissioner Derya Aksoy said.\n\n'
        "Passengers at the central station were angry. A cleaner who works night shifts at "
        "the hospital, Halima Osei, told reporters she would now walk to work.\n\n"
        '"It takes me an hour, but I cannot pay twice a day," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["It takes me an hour, but I cannot pay twice a day"][0] == "Halima Osei"
