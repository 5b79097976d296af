"""Where no attribution pattern settles a quotation's speaker, the best-scored candidate named
before it speaks (issue #16, attribution/candidate_scores.py): the subject of its sentence over
a person named after ``from`` or ``told``; never for a few words borrowed inside a sentence from
paragraphs back, nor for a heading's quotation.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution.candidate_scores import CANDIDATES, WEIGHTS

DAY = dt.date(2026, 12, 1)


def test_an_unresolved_role_phrase_goes_to_the_scored_subject_not_the_nearer_object() -> None:
    text = (
        "The trial of the former harbour master opened in Cardiff on Monday.\n\n"
        "Judge Eleanor Pryce-Hughes adjourned the case until March after a request from "
        "defence barrister Owen Tallis.\n\n"
        '"The defendant is entitled to see every page of the evidence before the trial '
        'resumes," the judge ruled.\n'
    )
    found = speakers_and_roles(text, DAY)
    quote = "The defendant is entitled to see every page of the evidence before the trial resumes"
    assert found[quote][0] == "Eleanor Pryce-Hughes"


def test_a_borrowed_fragment_is_nobody_s_from_paragraphs_back() -> None:
    text = (
        "The cabinet met in Oslo on Thursday.\n\n"
        "Finance Minister Ingrid Solberg-Haug presented the budget, saying it would protect "
        "pensions.\n\n"
        'The opposition\'s plan is "a leap in the dark."\n'
    )
    assert speakers_and_roles(text, DAY)["a leap in the dark"][0] is None


def test_a_heading_s_quotation_is_not_scored() -> None:
    text = (
        "Storm Ingrid live\n\n"
        "Transport Secretary Callum Reid-Murray spoke to reporters at noon.\n\n"
        '"Please do not travel tonight unless you must," Reid-Murray said.\n\n'
        "14:10\n"
        "'Every road on the coast will stay shut until the wind has dropped' - police\n\n"
        "Gusts of 90mph were recorded on Tiree.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["Please do not travel tonight unless you must"][0] == "Callum Reid-Murray"
    assert found["Every road on the coast will stay shut until the wind has dropped"][0] is None


def test_the_weights_are_explainable_and_the_work_bounded() -> None:
    assert WEIGHTS["person"] > WEIGHTS["organisation"]
    assert WEIGHTS["object"] < 0 < WEIGHTS["subject"]
    assert 0 < CANDIDATES <= 20
