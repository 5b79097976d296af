"""A Russian or Ukrainian body named after a person written with initials (session 38, lane
K): ``институте вакцин имени П. П. Петрова`` is one body's name, not a body cut at ``имени`` and
a person."""

from __future__ import annotations

from helpers.entities import found


def test_a_body_named_after_a_person_with_initials_is_one_name() -> None:
    ru = found(
        "В Научно-исследовательском институте вакцин имени П. П. Петрова отмечают рост.", "ru"
    )
    assert ("Научно-исследовательском институте вакцин имени П. П. Петрова", "organisation") in ru
    assert not any(kind == "person" for _, kind in ru)
