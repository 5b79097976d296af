"""An acronym before a name written in small letters is no first name, though the name tables
know it as one (issue 16, session 32)."""

from __future__ import annotations

from helpers.entities import typed


def test_an_acronym_before_a_name_is_no_first_name() -> None:
    # ``Kia``, ``Ana`` are first names in the tables; ``KIA`` and ``ANA`` here are no persons.
    found = typed(
        "Police stopped a KIA Sportage near the border. She flew an ANA Dreamliner to Tokyo."
    )
    assert not any(kind == "person" for kind in found.values())


def test_a_name_in_capitals_is_still_a_person() -> None:
    found = typed("By MARIA KOWALSKA\n\nThe mayor said the bridge would reopen.")
    assert found["MARIA KOWALSKA"] == "person"
