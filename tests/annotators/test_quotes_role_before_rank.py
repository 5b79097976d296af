"""An office written right before a rank or a form of address kept with a name (``Police
spokesperson Assistant Commissioner Tom Banda``, ``Council leader Cllr Ann Roe``) is the
speaker's role with the rank, as the article writes it next to the name, not the rank alone
(issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Council leader Cllr Ann Roe said the budget gap was "the worst in a decade".',
            "Ann Roe",
            "Council leader Cllr",
        ),
        (
            "Police spokesperson Assistant Commissioner Tom Banda confirmed that 12 people had "
            'been "arrested for public violence".',
            "Tom Banda",
            "Police spokesperson Assistant Commissioner",
        ),
        # A modifier before an office is no office of its own: the title as read before.
        (
            "The country's caretaker Prime Minister Omar Haddad said the strikes were "
            '"a grave violation".',
            "Omar Haddad",
            "Prime Minister",
        ),
    ],
)
def test_the_office_before_a_rank_is_read_with_it(text: str, speaker: str, role: str) -> None:
    article = f"Headline\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == (speaker, role)


def test_an_abbreviated_title_yields_to_the_office_another_mention_states() -> None:
    article = (
        "Headline\n\nIntroduction.\n\n"
        "Mayor Jane Hill said the council had voted for level two restrictions.\n\n"
        '"We cannot keep watering concrete," Cr Hill said.'
    )
    (found,) = speakers_and_roles(article, dt.date(2026, 12, 6)).values()
    assert found == ("Jane Hill", "Mayor")


def test_an_abbreviated_title_keeps_to_itself_over_a_past_role() -> None:
    # ``a former county judge`` is an office she left, not the fuller form of ``Sen.``.
    article = (
        "Headline\n\nIntroduction.\n\n"
        "Sen. Ruth Oduya said the bill was late.\n\n"
        "Oduya, a former county judge, then pressed the witness.\n\n"
        '"You have had a year to fix this," Sen. Oduya said.'
    )
    found = speakers_and_roles(article, dt.date(2026, 12, 6))
    assert found["You have had a year to fix this"] == ("Ruth Oduya", "Sen.")
