"""A person named with the body they are of (``X of Y said``) is the one a later pronoun
points back to; a film company or a community named so is a body, never a person."""

from __future__ import annotations

from helpers.entities import typed
from helpers.quotes import speakers_as_written


def test_a_pronoun_after_a_person_of_a_film_company_is_that_person() -> None:
    text = (
        '"We shot it in eleven days," said Kofi Mensah, the film\'s director.\n\n'
        "Irish producer Tom Hale of Dublin-based Redwater Films said the budget had been tiny.\n\n"
        '"It nearly broke us," he said.'
    )
    assert speakers_as_written(text)["It nearly broke us"] == "Tom Hale"


def test_a_community_group_named_after_a_saint_is_no_man() -> None:
    text = (
        "The Peter McVerry Community said rents had doubled in five years.\n\n"
        "I met Joe Dunn of the Peter McVerry Community on Friday. "
        '"Nobody on a normal wage can afford this," he said.'
    )
    assert speakers_as_written(text) == {"Nobody on a normal wage can afford this": "Joe Dunn"}


def test_film_and_community_end_a_bodys_name_only_at_its_end() -> None:
    # ``Film`` and ``Community`` end a name as its last capitalised word (``Redwater Films``,
    # ``Peter McVerry Community`` above); before another word they are part of a longer one.
    text = (
        "The Cannes Film Festival opens on Tuesday.\n\n"
        '"It was packed," said Dan Roe, chairman of the Black Community Forum in Bristol.'
    )
    found = typed(text)
    assert "Cannes Film" not in found
    assert "Black Community" not in found
