"""A barrister's part in a British court report is the barrister's role (issue #16): opening the
sentence before the name (``Prosecuting, Ann Roe said``) or in apposition after it (``Ann Roe,
defending, said``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Prosecuting, Imogen Tarrant said the van was seen twice. "
            '"He knew the route," she said.',
            "Prosecuting",
        ),
        (
            "The jury was sent out. Defending, Imogen Tarrant told the court her client was "
            'frightened. "He panicked," she said.',
            "Defending",
        ),
        (
            "Imogen Tarrant, mitigating, said her client had lost his job. "
            '"He is sorry," she said.',
            "mitigating",
        ),
    ],
)
def test_a_barristers_part_is_the_role(text: str, role: str) -> None:
    article = f"Van driver jailed\n\nA man was sentenced on Friday.\n\n{text}"
    found = speakers_and_roles(article, dt.date(2026, 11, 30))
    assert list(found.values())[-1] == ("Imogen Tarrant", role)


def test_a_part_inside_a_sentence_is_no_role() -> None:
    article = (
        "Van driver jailed\n\nA man was sentenced on Friday.\n\n"
        'He was defending, Imogen Tarrant said. "He is sorry," she said.'
    )
    found = speakers_and_roles(article, dt.date(2026, 11, 30))
    assert list(found.values())[-1] == ("Imogen Tarrant", None)
