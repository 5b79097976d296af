"""English-only attribution rules stay English (session 15 review of 944a19b): a list item's
label (``* Reuters - "..."``, a dash standing for the colon) and a person named after a body and
a lower-case role (``UCLA athletic director Dan Guerrero``) attribute nothing new in German,
Ukrainian or Spanish, where the start-of-session tree (2d885d0) gave no speaker, or the body.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_of_quotes

PUBLISHED = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "de",
            "Die Agenturen berichten über den Gipfel.\n\n"
            "* Reuters - „Die Gespräche über den Vertrag sind heute endgültig gescheitert“\n"
            "* AFP - „Eine Einigung ist nah“",
            "Die Gespräche über den Vertrag sind heute endgültig gescheitert",
        ),
        (
            "uk",
            "Агенції повідомляють про саміт.\n\n"
            "* Reuters - «Переговори щодо угоди сьогодні остаточно провалилися»\n"
            "* AFP - «Угода близька»",
            "Переговори щодо угоди сьогодні остаточно провалилися",
        ),
    ],
)
def test_a_list_item_label_names_no_speaker_outside_english(
    language: str, text: str, quoted: str
) -> None:
    found = speakers_of_quotes(text, PUBLISHED, language)
    assert found[quoted] is None
    assert "Reuters" not in found.values() and "AFP" not in found.values()


def test_a_list_item_label_names_no_speaker_in_spanish() -> None:
    text = (
        "Las agencias informan sobre la cumbre.\n\n"
        '* Reuters - "Las conversaciones fracasaron"\n'
        '* AFP - "Un acuerdo está cerca"'
    )
    found = speakers_of_quotes(text, PUBLISHED, "es")
    assert found["Un acuerdo está cerca"] is None
    assert "Reuters" not in found.values() and "AFP" not in found.values()


def test_a_list_item_label_still_names_the_source_in_english() -> None:
    text = (
        "Agencies reported on the summit.\n\n"
        '* Reuters - "Talks have failed"\n'
        '* AFP - "A deal is near"'
    )
    assert speakers_of_quotes(text, PUBLISHED, "en") == {
        "Talks have failed": "Reuters",
        "A deal is near": "AFP",
    }


@pytest.mark.parametrize(
    ("language", "text", "quoted", "body"),
    # (verbs that are no speech verbs: the quotation has no cue, its speaker is the subject;
    # ``назвав``, ``nannte``, ``calificó`` are cues since session 23)
    [
        ("uk", "НАТО речник Марк Рютте вважав рішення «великою помилкою».",
         "великою помилкою", "НАТО"),
        ("de", "NATO Sprecher Mark Rutte hielt die Entscheidung für „einen großen Fehler“.",
         "einen großen Fehler", "NATO"),
        ("es", 'La OTAN portavoz Mark Rutte consideraba la decisión "un gran error".',
         "un gran error", "NATO"),
    ],
)  # fmt: skip
def test_a_body_and_a_lower_case_role_leave_the_body_the_subject_outside_english(
    language: str, text: str, quoted: str, body: str
) -> None:
    assert speakers_of_quotes(text, PUBLISHED, language)[quoted] == body
