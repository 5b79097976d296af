"""One reading of a name written with a nickname in quotation marks between given name and
surname (:func:`newsbrief.annotators.quotes.attribution.nicknamed_names.nicknamed_names`), for
the speaker named by its surname alone and for the role read where the name is written in full:
every mark the page may use (``“…”``, ``«…»``, British single marks) and a surname or given
name with a capital inside (``McKenzie``, ``LaToya``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        # A surname with a capital inside, after a nickname in British single marks.
        (
            "en",
            "Veteran winger Devon 'Shark' McKenzie scored twice on Saturday.\n\n"
            '"We kept going," McKenzie said.',
            "Devon McKenzie",
            None,
        ),
        (
            "es",
            "El senador Martín «el Flaco» McAllister habló el martes.\n\n"
            "«Votaremos en contra», dijo McAllister.",
            "Martín McAllister",
            "senador",  # (read where the name is written in full, in every language)
        ),
        # The role is read where the name is written in full, a capital inside the given name.
        (
            "en",
            "Senior guard LaToya “Toy” Brandt scored 20 points.\n\n"
            '"We found our rhythm," Brandt said.',
            "LaToya Brandt",
            "Senior guard",
        ),
    ],
)
def test_a_speaker_named_by_the_surname_of_a_nicknamed_name(
    language: str, text: str, speaker: str, role: str | None
) -> None:
    article = f"Title\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, role)
