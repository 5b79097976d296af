"""Quotation marks set off by a clause that names a thing (session 25, issue #16): the name
it goes by, not words someone said (annotators/quotes/naming_clauses.py).

* a thing's owner naming it right before the marks, no object between (``a feature the
  company calls "..."``, ``what it calls "..."``), or a perfect naming it (``what aid agencies
  have called "the ..."``);
* a status declared with an article (``declared a "..."``);
* a naming phrase before an article (``known as a "..."``) or a naming participle with words
  before its ``as`` (``known inside the firm as "..."``);
* the naming clause after the quotation (``the "...", as researchers call it``);
* a naming participle after a noun (``an essay called "..."``, ``the app, called "..."``),
  however long the title;
* a chant after its noun and a comma (``the fans' chant, "..."``);
* a term of two or three lower-case words, a preposition's definite object (``feared for the
  "quiet months"``), unless a cue governs the preposition (``complained about the "..."``).

And the other way, speech: a verdict on an object (``called the decision "a disgrace"``,
``calls it "..."``), a verb's quoted verdict ending its sentence (``Britain calls "wholly
unacceptable."``), ``calls`` as a noun (``the calls "were relentless"``), and what a person
called a thing (``what she called the "..."``, ``what he has called "..."``, ``what one critic
called "..."``): the words of the person quoted.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_name_its_owner_gives_right_before_the_marks_is_no_one_s_words() -> None:
    text = (
        "Harbin Labs shows its first glasses\n\n"
        'Harbin Labs has pitched the glasses as the engine of what it calls "ambient" '
        "computing, its chief executive, Mara Quist, said on Tuesday.\n\n"
        'Quist spent much of the launch on a feature the company calls "Glimpse," which '
        "shows short summaries of messages, she said.\n\n"
        '"We think people are tired of looking down," Quist said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "ambient" not in found
    assert "Glimpse" not in found
    assert found["We think people are tired of looking down"][0] == "Mara Quist"


def test_a_name_a_perfect_gives_is_no_one_s_words() -> None:
    text = (
        "Aid convoy reaches the north\n\n"
        "The fighting has displaced eight million people in what aid agencies have called "
        '"the gravest hunger emergency on earth."\n\n'
        '"We need the roads open," said Pia Lund, a coordinator for the convoy.'
    )
    found = speakers_and_roles(text, DAY)
    assert "the gravest hunger emergency on earth" not in found
    assert found["We need the roads open"][0] == "Pia Lund"


def test_a_declared_status_and_a_name_known_as_are_no_one_s_words() -> None:
    text = (
        "Hillside homes to be moved\n\n"
        'Officials said the slope had been declared a "no-rebuild zone" by the council in '
        "2021.\n\n"
        'Tomas Berg, a volunteer at a soup kitchen known as a "comedor", said they served '
        "400 meals a day.\n\n"
        'Inspectors said staff used a trick known inside the firm as "double booking."'
    )
    found = speakers_and_roles(text, DAY)
    for name in ("no-rebuild zone", "double booking"):
        assert name not in found


def test_a_term_the_clause_after_it_names_is_no_one_s_words() -> None:
    text = (
        "School start times\n\n"
        'Dr Ines Wolk said she hoped boards would look past the "8 a.m. problem", as '
        "researchers call it, when they set timetables.\n\n"
        '"Teenagers are not lazy," Wolk said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "8 a.m. problem" not in found
    assert found["Teenagers are not lazy"][0] == "Ines Wolk"


def test_a_verdict_on_an_object_and_a_noun_of_calls_stay_speech() -> None:
    text = (
        "Council row over depot\n\n"
        'Mayor Lena Ross called the decision "a disgrace" on Monday.\n\n'
        'The union, in a statement, calls it "a betrayal of the workers" and a move in which '
        'the council calls "wholly unacceptable."\n\n'
        'Depot manager Sam Ortiz said the calls "were relentless" all week.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["a disgrace"][0] == "Lena Ross"
    assert "a betrayal of the workers" in found
    assert "wholly unacceptable" in found
    assert "were relentless" in found


def test_what_a_person_called_a_thing_is_her_words() -> None:
    text = (
        "Audit finds missing funds\n\n"
        "Auditor-General Nkechi Obi told lawmakers that money was lost to what she called the "
        '"ghost payroll" in three ministries.\n\n'
        'Union leader Dan Eze said what he has called "the quiet purge" had to end.\n\n'
        'Clerks warned about what they called the "paper maze" of the old system.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["ghost payroll"][0] == "Nkechi Obi"
    assert found["the quiet purge"][0] == "Dan Eze"
    assert "paper maze" not in found


def test_a_title_or_a_name_after_a_naming_participle_is_no_one_s_words() -> None:
    text = (
        "Flood town gets an app\n\n"
        "Mayor Sue Kerr said the council's app, called “FloodWatch”, had been downloaded 4,000 "
        "times since Friday.\n\n"
        "Kerr also handed reporters a pamphlet by a local historian, an essay called “Why the "
        "river always wins in the end and we never learn”, which she said every resident "
        "should read.\n\n"
        "The prize has been accused of favouring what one critic called “safe storm fiction”, "
        "Kerr said.\n\n"
        "“We are not going anywhere,” Kerr said."
    )
    found = speakers_and_roles(text, DAY)
    assert "FloodWatch" not in found
    assert not any(quoted.startswith("Why the river") for quoted in found)
    assert "safe storm fiction" in found
    assert found["We are not going anywhere"][0] == "Sue Kerr"


def test_a_chant_after_its_noun_and_a_comma_is_no_one_s_words() -> None:
    text = (
        "Fans march on the town hall\n\n"
        "Club chairman Tom Reed said the fans' chant, “We're going nowhere”, could be heard "
        "across the city on Saturday.\n\n"
        "“This club belongs here,” Reed said."
    )
    found = speakers_and_roles(text, DAY)
    assert "We're going nowhere" not in found
    assert found["This club belongs here"][0] == "Tom Reed"


def test_a_preposition_s_definite_term_is_no_one_s_words_unless_a_cue_governs_it() -> None:
    text = (
        "Seaside traders fear winter\n\n"
        "Tom Hale, who has run a café on the front for 20 years, said he feared for the "
        "“quiet months” ahead.\n\n"
        "A council spokeswoman, Ruth Amis, said the mayor was referring to the “revised "
        "timetable”.\n\n"
        "Hale complained about the “endless paperwork” at the council.\n\n"
        "“January is when we find out who our friends are,” Hale said."
    )
    found = speakers_and_roles(text, DAY)
    assert "quiet months" not in found
    assert "revised timetable" not in found
    assert found["endless paperwork"][0] == "Tom Hale"
    assert found["January is when we find out who our friends are"][0] == "Tom Hale"
