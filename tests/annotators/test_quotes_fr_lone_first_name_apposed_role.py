"""A speaker named by a first name alone right after the verb of speech (``», soupire Mehdi,
livreur à Lyon.``), a name the entity annotator leaves untyped: the description set off after it
is the speaker's role, as it is after a full name (session 42, lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("« Ils auraient pu attendre l'été », soupire Mehdi, livreur à Lyon.", "Mehdi",
         "livreur à Lyon"),
        ("« Ils auraient pu attendre l'été », raille Solène, infirmière en pédiatrie, sur le quai.",
         "Solène", "infirmière en pédiatrie"),
    ],
)  # fmt: skip
def test_fr_the_description_after_a_lone_first_name_is_its_role(
    sentence: str, speaker: str, role: str
) -> None:
    text = "Le métro fermera trois semaines en janvier. " + sentence
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Ils auraient pu attendre l'été"] == (speaker, role)


def test_fr_a_body_named_by_one_word_gets_no_role() -> None:
    text = (
        "Le métro fermera trois semaines en janvier. « Les travaux sont indispensables », "
        "indique Keolis, l'exploitant du réseau."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Les travaux sont indispensables"][1] is None
