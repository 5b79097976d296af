"""English speakers and roles around courtesy titles, appositions and a sentence's subject
(issue #16, written in session 14 from the misses of the English keys).

Speakers: a surname under a courtesy title the entity annotator typed as a person of its own
(``Prof Lindqvist``) is still the one person named in full; a quotation of several sentences
closed by ``he said`` is the words of the subject of the sentence before it, not of a person
merely named there; a city and its state (``Austin, Texas,``) closing an apposition are one
place, not the subject of the cue after them; ``the spokesman said`` after ``A spokesman for
the World Health Organization said ...`` is that source under its full description; a person
named right after a quotation ending with a comma, with no cue (``"...," Laura Kemp, an analyst
for Autodata.``), speaks it.

Roles: a bare rank kept with a name (``Major``) gives way to the role written in apposition
after the name.

Not speech: one capitalised word set off right after a model number (``the 797 "Skyrunner"``)
with no cue in its sentence is a name; so is one word set off after its article (``a
"Cardgate," saying``), even with a cue right after it.

The sentences are written for these tests; none is copied from the keys' articles."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

PUBLISHED = dt.date(2019, 3, 14)


def test_a_courtesy_title_before_a_surname_gives_the_full_name() -> None:
    text = (
        "Anna Lindqvist, of the Karolinska Institute in Stockholm, led the trial.\n"
        'The drug "slows the spread of the disease," Prof Lindqvist explained.\n'
        "The team will now test it on older patients."
    )
    found = speakers_and_roles(text, PUBLISHED)
    assert found["slows the spread of the disease"][0] == "Anna Lindqvist"


def test_a_quotation_of_several_sentences_is_the_subject_s_not_a_name_in_the_sentence() -> None:
    text = (
        "Storm warning for the coast\n"
        "Mayor Daniel Okafor spoke about the damage left by the storm while thanking "
        "volunteer Peter Ashworth for his help.\n"
        '"We have lost roads and bridges.\n'
        "The clean-up will take months.\n"
        'Nobody will be left on their own," he said.'
    )
    (speaker,) = [
        who for words, (who, _) in speakers_and_roles(text, PUBLISHED).items()
        if words.startswith("We have lost")
    ]  # fmt: skip
    assert speaker == "Daniel Okafor"


def test_a_role_in_apposition_says_more_than_a_bare_rank_before_the_name() -> None:
    text = (
        '"No shots were fired at the border post," said Major Tom Hadley, a spokesman for the '
        "army in the south.\n\nNobody was hurt."
    )
    found = speakers_and_roles(text, PUBLISHED)
    assert found["No shots were fired at the border post"] == (
        "Tom Hadley",
        "spokesman for the army in the south",
    )


def test_a_city_and_its_state_closing_an_apposition_do_not_speak() -> None:
    text = (
        "Maria Ostrova, of the Institute of Physics in Austin, Texas, said the signal seen "
        'last week was "very real."'
    )
    found = speakers_and_roles(text, PUBLISHED)
    assert found["very real"][0] == "Maria Ostrova"


def test_a_capitalised_word_after_a_model_number_is_a_name() -> None:
    text = (
        "Airbus 390 \u201cSkyrunner\u201d makes first flight\n\n"
        "The plane landed safely in Toulouse after four hours.\n\n"
        '"It flew beautifully," test pilot Mark Ellison said after landing.'
    )
    found = speakers_and_roles(text, PUBLISHED)
    assert "Skyrunner" not in found
    assert found["It flew beautifully"][0] == "Mark Ellison"


def test_one_word_after_its_article_is_a_noun_even_before_a_cue() -> None:
    text = (
        "Westbury Bank admitted that a small number of customers had lost access to their "
        "accounts, but dismissed the existence of a \u201cCardgate,\u201d saying that similar "
        "faults affect all banks."
    )
    assert "Cardgate" not in speakers_and_roles(text, PUBLISHED)


def test_a_definite_source_is_named_by_its_full_earlier_description() -> None:
    text = (
        "A spokesman for the World Health Organization said the outbreak was contained. "
        'The spokesman said "We are confident the worst is over."'
    )
    found = speakers_and_roles(text, PUBLISHED)
    # (a body's spokesperson speaks as the body: session 37's convention, issue 16)
    assert found["We are confident the worst is over"] == (
        "World Health Organization",
        "spokesman",
    )


def test_a_name_after_a_quotation_speaks_it_when_the_writer_left_the_verb_out() -> None:
    text = (
        "Sales fell again in March.\n\n"
        "\u201cBuyers are staying away from the showrooms,\u201d Laura Kemp, an analyst for "
        "Autodata.\n\nShares rose on Wednesday."
    )
    found = speakers_and_roles(text, PUBLISHED)
    assert found["Buyers are staying away from the showrooms"] == (
        "Laura Kemp",
        "analyst for Autodata",
    )
