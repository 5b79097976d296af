"""A cue word used as a noun attributes nothing (session 27, issue #16;
annotators/quotes/speech.py): after a determiner (``the claims``) or, ending in ``-s``, after a
quantifier or a modal (``Several states plan ...``, ``can states stop it``), so a short
quotation in its sentence, with no other cue, is a term, not words said.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_plural_noun_cue_after_a_quantifier_or_a_modal_is_no_cue() -> None:
    text = (
        "EXPLAINER\n\n"
        'Why are "junk fees" everywhere, and can states do anything about them?\n\n'
        'Several states plan to outlaw "drip pricing" on concert tickets next year.\n\n'
        'Consumer groups said the fees were "a tax on fans".'
    )
    found = speakers_and_roles(text, DAY)
    assert "junk fees" not in found
    assert "drip pricing" not in found
    assert "a tax on fans" in found


def test_a_cue_after_an_unnamed_speaker_or_in_the_past_stays_a_cue() -> None:
    text = (
        "Toll road opens\n\n"
        "Drivers queued at the barrier on Monday. "
        'One says the new fee is "daylight robbery".\n\n'
        'The council, sued by an accused contractor, said the fee was "fair".'
    )
    found = speakers_and_roles(text, DAY)
    assert "daylight robbery" in found
    assert "fair" in found


def test_a_cue_after_a_relative_pronoun_is_a_verb() -> None:
    # Review of session 27: ``that`` is a determiner (``that claim``) and a relative pronoun;
    # before a verb in ``-s`` it opens a clause, and the cue stays a cue.
    text = (
        "Water bills\n\n"
        "The regulator released a study that warns of "
        '"steep and lasting rises" in bills across the north of England.'
    )
    found = speakers_and_roles(text, DAY)
    assert "steep and lasting rises" in found


def test_a_name_ending_in_a_modal_is_no_quantifier() -> None:
    # Review of session 27: ``May`` and ``Most`` end names too; capitalised after a
    # capitalised word, they are no modal or quantifier before a noun.
    text = (
        "Brexit bill\n\n"
        'Former prime minister Theresa May warns of "grave consequences for the union" if '
        "the bill passes.\n\n"
        'Several states plan to outlaw "drip pricing" next year.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["grave consequences for the union"][0] == "Theresa May"
    assert "drip pricing" not in found
