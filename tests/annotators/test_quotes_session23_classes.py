"""English speakers (session 23, issue #16), classes that recur across the blind keys:

* a paragraph ending with a sentence whose subject's words it reports (``Okafor, who ...
  Brennan ..., said she had ...``), then ``"...," she said`` opening the next paragraph: the
  subject answers, not a person named inside the sentence's clauses who spoke earlier; also
  the subject of a sentence past an opening phrase (``In a short statement, Lindqvist turned
  to the bench.``) and a name apposed to a determiner and a noun (``His teammate ...``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_RACE = (
    "Okafor wins the final sprint\n\n"
    "Daniel Brennan led for most of the race before fading on the last climb.\n\n"
    '"I had nothing left in the legs," Brennan said.\n\n'
    "Marcus Okafor, who had trailed Brennan by forty seconds at the foot of the climb, said he "
    "had planned the attack for weeks.\n\n"
    '"I knew the climb suited me better than anyone," he said.\n'
)


def test_the_reporting_subject_of_the_paragraph_before_answers() -> None:
    found = speakers_and_roles(_RACE, DAY)
    assert found["I knew the climb suited me better than anyone"][0] == "Marcus Okafor"


def test_an_apposed_name_after_a_determiner_and_a_noun_is_the_subject() -> None:
    text = _RACE.replace("Marcus Okafor, who had", "His teammate Marcus Okafor, who had")
    found = speakers_and_roles(text, DAY)
    assert found["I knew the climb suited me better than anyone"][0] == "Marcus Okafor"


def test_the_subject_past_an_opening_phrase_answers() -> None:
    text = (
        "Driver jailed for crash\n\n"
        'Ruth Mbeki, the victim\'s sister, spoke first. "He was my best friend," Mbeki said.\n\n'
        "Peter Lindqvist, the driver, listened with his head down.\n\n"
        '"We will appeal," his lawyer, Tomas Greer, said outside.\n\n'
        "In a short statement before sentencing, Lindqvist turned to the family.\n\n"
        '"I am sorry for what I did," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I am sorry for what I did"][0] == "Peter Lindqvist"
