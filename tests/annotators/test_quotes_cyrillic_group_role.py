"""A plural role noun before a body's name in Russian and Ukrainian (session 28 review of lane
D): ``Представители Минздрава заявили`` is the body speaking through a group, not a role
holder named before, nor an unnamed ``представители``. The sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.morphology import with_uk_dictionary
from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Представители Минтранса сообщили: «Мост откроют осенью».", "Минтранс"),
        with_uk_dictionary(
            "uk", "Представники Мінекономіки повідомили: «Завод запрацює восени».", "Мінекономіки"
        ),
    ],
)
def test_a_group_before_a_bodys_name_speaks_for_the_body(
    language: str, text: str, speaker: str
) -> None:
    found = speakers_and_roles(text, dt.date(2026, 5, 6), "c", language)
    assert [who for who, _ in found.values()] == [speaker]
