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


def test_a_person_after_a_phrase_opening_the_sentence_is_its_subject() -> None:
    text = (
        "The fraud trial of a former finance director continued at Bristol Crown Court.\n\n"
        "Giving evidence, Mark Corran said the owner, Peter Malby, kept the real figures in a "
        "locked drawer.\n\n"
        '"I never saw those figures," he told the jury. "Peter said they were his '
        'business."\n\n'
        "Under cross-examination, prosecutor Daniel Okafor put it to him that he had signed "
        "the accounts.\n\n"
        '"Your name is on every page. Did you never ask to see them?" he asked.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Your name is on every page. Did you never ask to see them?"][0] == (
        "Daniel Okafor"
    )


def test_of_two_people_named_before_the_one_reported_speaking_answers_the_pronoun() -> None:
    text = (
        "Patients in Hereford have waited three years for the new ward.\n\n"
        '"We were promised a new ward," said Ruth Allard, who chairs the patients\' group.\n\n'
        '"The money is in next year\'s budget," hospital director Tom Reeve said.\n\n'
        "At the meeting a letter from Ruth Allard was read aloud, and health minister Joan "
        "Pike said she would visit in May.\n\n"
        '"I will see the wards for myself," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I will see the wards for myself"][0] == "Joan Pike"


def test_a_clause_after_a_semicolon_has_its_own_subject() -> None:
    text = (
        "Two painters share the prize this year.\n\n"
        '"I did not expect it at all," Maren Holt said.\n\n'
        "Both will show new work in the spring. Holt is preparing a show in Bergen; Carla "
        'Vries is painting a series of harbours she describes as "portraits of waiting."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["portraits of waiting"][0] == "Carla Vries"


def test_a_name_opening_a_sentence_is_no_object_of_the_sentence_before() -> None:
    text = (
        "Ines Okoro and Lena Marsh have shared a flat in Leeds for a decade.\n\n"
        '"We met at a bus stop," Okoro says.\n\n'
        '"She never does the dishes," Marsh says.\n\n'
        "When the waiter comes, Okoro reaches for the menu. Marsh waves him away.\n\n"
        '"We always have the same thing here," she says.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We always have the same thing here"][0] == "Lena Marsh"


def test_a_possessor_named_nearest_yields_to_the_person_the_paragraph_is_about() -> None:
    text = (
        "Harlow Town lost 2-0 at home on Saturday.\n\n"
        "After the game the mood was grim as manager Dan Ruiz talked about Tom Bell's knee. "
        '"He will be back within a month, I hope," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["He will be back within a month, I hope"][0] == "Dan Ruiz"
