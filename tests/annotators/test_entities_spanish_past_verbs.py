"""A Spanish verb in the preterite after a body's head (``[entities] name_verb_endings``:
``aprobó``, ``anunció``) is no part of its name."""

from __future__ import annotations

from helpers.entities import found


def test_a_preterite_after_a_body_is_cut() -> None:
    got = found("El Gobierno aprobó la reforma tras un largo debate.", "es")
    assert ("Gobierno", "organisation") in got
    assert not any(text.startswith("Gobierno ") for text, _ in got)
