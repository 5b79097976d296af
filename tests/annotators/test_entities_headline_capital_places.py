"""A headline in capitals: a known place opening its run before a word the body writes in
another form (``PERU NAMES PANEL`` over ``Peru named a panel``), or closing it after a word the
body never writes as a name (``ICELAND STUN PERU``), is the place: sentences written for these
tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_place_before_a_verb_the_body_writes_in_another_form_is_the_place() -> None:
    found = typed(
        "PERU NAMES PANEL TO REVIEW MINING LAWS .\n"
        "LIMA 1996-12-10\n"
        "Peru on Tuesday named a panel of nine experts to review its mining laws ."
    )
    assert found.get("PERU") == "place", found


def test_a_place_after_a_word_the_body_never_writes_as_a_name_is_the_place() -> None:
    found = typed(
        "SOCCER - ICELAND STUN PERU IN LIMA .\n"
        "LIMA 1996-12-10\n"
        "Iceland beat Peru 2-1 in a friendly international in Lima on Tuesday ."
    )
    assert found.get("PERU") == "place", found
    assert "STUN PERU" not in found, found
