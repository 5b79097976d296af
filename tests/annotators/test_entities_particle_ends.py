"""A person's name never ends on its particle: before a known place the name stops at the
first name (issue 16, session 32)."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_never_ends_on_its_particle() -> None:
    # A first name, a particle and a known place: the particle ends no one's name.
    found = typed(
        "Los productores de Concepción de Paraguay exportan soja; la feria se celebró en "
        "Santiago de Cuba el lunes.",
        "es",
    )
    assert not any(text.endswith(" de") for text in found)
    assert found["Paraguay"] == "place"
    assert found["Cuba"] == "place"
    assert "person" not in found.values()
