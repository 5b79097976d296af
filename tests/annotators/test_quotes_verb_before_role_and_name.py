"""``Mark Evans thanked council leader Tom Fox ... he said``: a verb between a name and a role's
noun makes the name the sentence's subject and the role and name after it its object, as does a
preposition (``Paul Reid with chief executive Tom Fox``); a later ``he said`` is the subject's, not
the object's (English).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Recount ends\n\nThe count ended at dawn.\n\nMark Evans thanked council leader Tom "
            'Fox for his support. "We won it fairly," he said.',
            "We won it fairly",
            "Mark Evans",
        ),
        (
            "Talks resume\n\nThe strike is in its third week.\n\nUnion official Paul Reid met "
            'chief executive Tom Fox on Monday. "It went well," he said.',
            "It went well",
            "Paul Reid",
        ),
    ],
)
def test_a_role_after_a_verb_is_its_object(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Plant tour\n\nThe factory reopened in May.\n\nUnion official Paul Reid with chief "
            'executive Tom Fox toured the line on Monday. "It went well," he said.',
            "It went well",
            "Paul Reid",
        ),
        (
            "Flood visit\n\nThe river fell overnight.\n\nMark Evans from party leader Tom "
            'Fox\'s office toured the town. "They saved it," he said.',
            "They saved it",
            "Mark Evans",
        ),
    ],
)
def test_a_role_after_a_preposition_is_its_object(text: str, quoted: str, speaker: str) -> None:
    assert speaker_of(text, "en", quoted) == speaker
