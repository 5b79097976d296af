"""A German author titled before the name in a hyphened compound (``Ko-Autorin X``, ``KI-Autor
X``): the title is the speaker's role, not part of their name (``[entities] roles`` holds
``autor``; a compound without a hyphen, ``Studienautor``, was read so already). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Die Ergebnisse seien «ein erster Hinweis», sagte Ko-Autorin Lea Moll.",
            "Lea Moll",
            "Ko-Autorin",
        ),
        (
            "Das Programm sei «kein Ersatz für Lehrer», sagte KI-Autor Tim Baum.",
            "Tim Baum",
            "KI-Autor",
        ),
    ],
)
def test_an_author_title_before_a_name_is_the_speakers_role(
    text: str, speaker: str, role: str
) -> None:
    found = speakers_and_roles("Titel\n\n" + text, dt.date(2026, 12, 4), language="de")
    assert list(found.values()) == [(speaker, role)]
