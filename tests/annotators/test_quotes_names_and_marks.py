"""Names and marks that are no speech (session 28, issue #16): the colon after a noun of a name
given introduces the name (annotators/quotes/speech.py, ``[quotes] colon_naming_nouns``: ``the
crews had a nickname for the night run: "..."``, in English and the other languages that list
such nouns), a title after a noun of a piece of writing (``our explainer "..."``), and a straight
mark between two letters opens nothing (annotators/quotes/marks.py: ``coup d"état``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_nickname_after_a_colon_is_no_speech() -> None:
    text = (
        "Night freight\n\n"
        "Driver Abel Moreno told the inquiry the crews had a nickname for the late run: "
        '"the ghost shuttle".\n\n'
        '"Nobody wanted that shift," Moreno said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "the ghost shuttle" not in found
    assert found["Nobody wanted that shift"][0] == "Abel Moreno"


def test_a_german_nickname_after_a_colon_is_no_speech() -> None:
    text = (
        "Nachtzug\n\n"
        "Der Fahrer Abel Moreno sagte vor dem Ausschuss, die Crews hätten einen Spitznamen für "
        "die späte Strecke: „die letzte Fahrt ins Nirgendwo“.\n\n"
        "„Niemand wollte diese Schicht“, sagte der Fahrer Abel Moreno."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert "die letzte Fahrt ins Nirgendwo" not in found
    assert "Niemand wollte diese Schicht" in found


def test_a_title_after_a_noun_of_a_piece_of_writing_is_no_speech() -> None:
    text = (
        "Storm live\n\n"
        "Forecaster Nia Brandt said winds would peak overnight. You can read our explainer "
        '"Why do storms get names?" below.\n\n'
        '"Stay indoors if you can," Brandt said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Why do storms get names?" not in found
    assert found["Stay indoors if you can"][0] == "Nia Brandt"


def test_a_straight_mark_between_letters_opens_no_quotation() -> None:
    text = (
        "Coup anniversary\n\n"
        'In 1961 the generals planned a coup d"état that never came, the historian Lena Ruiz '
        "wrote in her new book on the period and its long shadow over the army.\n\n"
        '"We were lucky," Ruiz said.'
    )
    found = speakers_and_roles(text, DAY)
    assert list(found) == ["We were lucky"]
    assert found["We were lucky"][0] == "Lena Ruiz"
