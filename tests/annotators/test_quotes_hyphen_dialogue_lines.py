"""A dialogue line typed with a hyphen and a space for its dash (issue 16, session 36): many
Russian and Ukrainian pages set ``- Мы выбежали, - говорит она`` for ``— Мы выбежали, —
говорит она``. The hyphen opens the speech and turns to its attribution as the dash does; a
hyphen inside a word (``з-за``) turns nothing, and a list of lines opening with hyphens and
no speech verb is no speech.

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_of_quotes

DAY = dt.date(2026, 3, 2)


def test_ukrainian_hyphen_dialogue_line_is_the_persons_speech() -> None:
    text = (
        "Продавчиня ринку Ганна Коваль розповіла про нічну атаку.\n\n"
        "- Через вибухи з-за річки ми не спали всю ніч, - каже Коваль."
    )
    assert speakers_of_quotes(text, DAY, "uk") == {
        "Через вибухи з-за річки ми не спали всю ніч": "Ганна Коваль"
    }


def test_a_list_of_hyphen_lines_is_no_speech() -> None:
    text = "Що взяти з собою:\n\n- документи та гроші;\n\n- ліки на кілька днів."
    assert speakers_of_quotes(text, DAY, "uk") == {}
