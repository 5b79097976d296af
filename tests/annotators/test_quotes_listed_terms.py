"""A list of quotations with its commas inside the closing marks (session 25, issue #16):
``Our grades are "Sound," "Mostly sound," "Shaky" and "Wrong."`` lists labels, none of them
speech, as with the commas outside; a quotation its own speaker's cue follows stays speech.
A quotation in brackets right after one that is no speech (``a poem called "..." ("...")``)
is its translation, no speech either.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_labels_listed_with_commas_inside_the_marks_are_no_one_s_words() -> None:
    text = (
        "Claims checked: the harbour bridge\n\n"
        "Councillor Omar Reyes said the repairs had cost “far more than anyone admits.”\n\n"
        "How we grade claims: Our grades are “Sound,” “Mostly sound,” “Shaky” and “Wrong.” "
        "Read our full method."
    )
    found = speakers_and_roles(text, DAY)
    for label in ("Sound", "Mostly sound", "Shaky", "Wrong"):
        assert label not in found
    assert found["far more than anyone admits"][0] == "Omar Reyes"


def test_a_translation_in_brackets_after_a_title_is_no_one_s_words() -> None:
    text = (
        "A poet of the harbour\n\n"
        "Lucía Marín gave the festival a reading of her poem called “El mar no perdona "
        "a nadie” (“The sea forgives no one”, printed on the programme), which she wrote in "
        "1998.\n\n"
        "“I wrote it the night my brother's boat came back empty,” Marín said."
    )
    found = speakers_and_roles(text, DAY)
    assert not any(quoted.startswith(("El mar", "The sea forgives")) for quoted in found)
    assert found["I wrote it the night my brother's boat came back empty"][0] == "Lucía Marín"
