"""English speakers a later pronoun, a definite noun or a headline's cue points back to
(issue #16, written in session 23), classes that recur across the blind keys:

* a paragraph ending with a sentence whose subject's words it reports (``Okafor, who ...
  Brennan ..., said she had ...``), then ``"...," she said`` opening the next paragraph: the
  subject answers, not a person named inside the sentence's clauses who spoke earlier; also
  the subject of a sentence past an opening phrase (``In a short statement, Lindqvist turned
  to the bench.``) and a name apposed to a determiner and a noun (``His teammate ...``);
* ``the``, a few lower-case words and an institution's noun, the whole subject of a cue
  (``In a statement, the festival said``, ``The school district said in a letter``), are the
  organisation named with that noun as its head (``the department`` after ``Harwick Police
  Department``, not ``Facebook`` named between), else the body as written, never no one;
* a headline's quotation whose cue there names no person of the article (``mayor calls it
  'a long overdue fix'``, ``Union says drivers are 'worn out'``) is said by whoever the body
  quotes saying those words; a person the headline names keeps it;
* ``the staffer said`` after ``A staffer in the mayor's office, who ..., said ...`` (in its
  paragraph or the one before) is that unnamed source, described as there, not the person
  named last; ``One engineer on the warehouse team, who ...,`` is described up to its comma;
* ``Harbor Point Capital, which in a letter in March called the results "..."``: a relative
  pronoun (``[quotes] body_relatives``) speaks for the noun phrase before its comma, past a
  prepositional phrase before the cue;
* an unnamed source that names itself at the end of its relative clause (``A shopper, who
  wanted to be known only as Auntie Grace, said``) speaks under that name;
* ``the governor said`` points back to ``Gov. Marta Lindqvist-Oduya`` (``[quotes]
  title_abbreviations``), not to the person who spoke last;
* an indefinite description in apposition to a one-word name the article writes in full
  before (``Echeverría, a 61-year-old lawyer who ...,``) describes that person; it is
  no second, unnamed source a later ``he said`` points to;
* an unnamed source a later ``she said`` or ``the official said`` points back to is credited
  as its cue reads it (``a senior official at the district water department``), not cut at
  the words it is first registered by.

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


def test_an_institution_no_article_names_speaks_as_written() -> None:
    text = (
        "Author walks off stage\n\n"
        "The novelist Ada Brennan-Moyo left a panel on Wednesday after a heated exchange.\n\n"
        'In a statement, the festival said every guest had "the right to leave" at any time.\n\n'
        "The school district said in a letter to parents that classes would resume, "
        '"as soon as the building is safe."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["the right to leave"][0] == "the festival"
    assert found["as soon as the building is safe"][0] == "the school district"


def test_an_institution_noun_is_the_body_named_with_it() -> None:
    text = (
        "Shop robbed at gunpoint\n\n"
        "The Harwick Police Department is looking for a man who robbed a pharmacy on Main "
        "Street on Sunday.\n\n"
        "In a Facebook post, the department asked anyone with camera footage to call "
        '"as soon as possible."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["as soon as possible"][0] == "Harwick Police Department"


_HEADLINE = (
    "Harwick bridge to close for repairs; mayor calls it 'a long overdue fix'\n\n"
    "By Lena Ortiz-Blake\n\n"
    "HARWICK — The old river bridge will close for six months from March, the city council "
    "decided on Tuesday.\n\n"
    "Mayor Colette Amankwah-Reid said the repairs could not wait another winter.\n\n"
    '"This is a long overdue fix, and I am sorry it took so long," Amankwah-Reid said.\n'
)


def test_a_headline_role_gives_way_to_the_speaker_the_body_names() -> None:
    found = speakers_and_roles(_HEADLINE, DAY)
    assert found["a long overdue fix"][0] == "Colette Amankwah-Reid"


def test_a_person_the_headline_names_keeps_the_quotation() -> None:
    text = _HEADLINE.replace("mayor calls it", "Ruth Okello calls it").replace(
        "from March, the city council", "from March, Ruth Okello of the council"
    )
    found = speakers_and_roles(text, DAY)
    assert found["a long overdue fix"][0] == "Ruth Okello"


def test_a_definite_noun_refers_back_to_the_unnamed_source_it_introduced() -> None:
    text = (
        "Council passes housing plan\n\n"
        "Outside the chamber, Harold Lindqvist, a resident for 30 years, said he was worried "
        "about traffic.\n\n"
        "A staffer in the mayor's office, who was not authorized to speak publicly, said the "
        'vote had been close. "We counted every vote until the last minute," the staffer said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We counted every vote until the last minute"][0] == (
        "a staffer in the mayor's office"
    )


def test_an_unnamed_source_is_described_up_to_its_comma() -> None:
    text = (
        "Parcel firm cuts jobs\n\n"
        "Chief executive Dana Whitlock-Reyes told staff the company had grown too fast.\n\n"
        "One engineer on the warehouse team, who asked not to be named, said staff had not "
        "been warned.\n\n"
        '"We had a party two weeks ago," the engineer said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We had a party two weeks ago"][0] == "one engineer on the warehouse team"


def test_a_relative_pronoun_speaks_for_the_body_before_its_comma() -> None:
    text = (
        "Lender weighs a sale\n\n"
        "Crestline Bank has been under pressure from the investor Northgate Partners LLC, "
        'which in a letter in March called the bank\'s results "plainly unacceptable" and '
        "urged a sale.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["plainly unacceptable"][0] == "Northgate Partners LLC"


def test_an_unnamed_source_that_names_itself_speaks_under_that_name() -> None:
    text = (
        "Market prices climb\n\n"
        'A shopper, who wanted to be known only as Auntie Grace, said rice had become "a '
        'luxury" this month. "I buy half of what I bought last year," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["a luxury"][0] == "Auntie Grace"
    assert found["I buy half of what I bought last year"][0] == "Auntie Grace"


def test_an_abbreviated_title_is_the_role_a_definite_noun_points_back_to() -> None:
    text = (
        "Drought bill passes\n\n"
        "The Senate voted on Thursday to send Gov. Marta Lindqvist-Oduya a bill limiting "
        "groundwater pumping.\n\n"
        'Farmer Tom Reilly called it "a slow death for small farms."\n\n'
        '"This is only a first step," the governor said at a news conference.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["This is only a first step"][0] == "Marta Lindqvist-Oduya"


def test_an_apposition_to_a_surname_is_no_unnamed_source() -> None:
    text = (
        "Runoff set in Harwick\n\n"
        "Mayor Lucy Brandt and conservative senator Tomás Echeverría Lund will meet in a runoff on "
        "December 21.\n\n"
        '"The city wants safer streets," Brandt said.\n\n'
        "Echeverría, a 61-year-old lawyer who ran on a promise to fix the hospitals, "
        'told supporters the runoff would be "a choice about care."\n\n'
        '"People wait nine hours in the emergency room," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["People wait nine hours in the emergency room"][0] == "Tomás Echeverría Lund"


def test_an_unnamed_source_pointed_back_to_keeps_its_whole_description() -> None:
    text = (
        "Wells to be tested\n\n"
        "A senior official at the district water department, who asked not to be named, said "
        "the wells would be tested again on Monday.\n\n"
        '"Nobody will drink from them until we are sure," the official said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody will drink from them until we are sure"][0] == (
        "a senior official at the district water department"
    )
