"""A leaning, a plural rival or a possessive opening a sentence before a body's name is no part
of it (issue 16, session 32)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_leaning_or_a_possessive_opening_a_sentence_is_cut_from_a_body() -> None:
    found = typed(
        "Separatist Karenni Liberation Front fighters attacked a post. Their Green Justice "
        "Party won seats. Rivals Brandt Industries Inc and Velmore Ltd fell."
    )
    assert found["Karenni Liberation Front"] == "organisation"
    assert found["Green Justice Party"] == "organisation"
    assert found["Brandt Industries Inc"] == "organisation"
    assert not any(text.startswith(("Separatist", "Their", "Rivals")) for text in found)


def test_a_leaning_before_a_bare_head_is_kept() -> None:
    # What a cut would leave is a body's head alone, no name.
    found = typed(
        "Opposition Party lawmakers walked out on Monday. Separatist Front fighters shelled "
        "the town."
    )
    assert "Party" not in found
    assert "Front" not in found
    assert found.get("Opposition Party") == "organisation"
