"""English definite descriptions by a noun that usually names an unnamed source (``the
witness``) when the article has given that role to a named person: the person, not the
description as written."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_and_roles

_WITNESS = (
    "The trial of three men accused of setting fire to a market continued on Tuesday.\n\n"
    "Martin Kowalski, the prosecution's key witness, told the court he had seen two men "
    "carrying fuel cans. Defence lawyer Sarah Lind questioned how far away he had been.\n\n"
    '"I saw them clearly. There was a street light right above the door," the witness said.\n'
)

_UNNAMED_WITNESS = (
    "The trial of three men accused of setting fire to a market continued on Tuesday.\n\n"
    "A witness who asked not to be named told the court he had seen two men carrying fuel "
    "cans. Defence lawyer Sarah Lind questioned how far away he had been.\n\n"
    '"I saw them clearly. There was a street light right above the door," the witness said.\n'
)


def test_the_witness_is_the_person_the_article_named_as_the_witness() -> None:
    """``"...," the witness said`` after ``Martin Kowalski, the prosecution's key witness,``:
    Kowalski, with the role the article gave him (not the lawyer named last)."""
    found = speakers_and_roles(_WITNESS, dt.date(2026, 12, 1))
    speaker, role = found["I saw them clearly. There was a street light right above the door"]
    assert speaker == "Martin Kowalski"
    assert role is not None and role.endswith("witness")


def test_an_unnamed_witness_stays_the_unnamed_source() -> None:
    """No named person holds the role: the unnamed witness introduced before speaks."""
    found = speakers_and_roles(_UNNAMED_WITNESS, dt.date(2026, 12, 1))
    speaker, _ = found["I saw them clearly. There was a street light right above the door"]
    assert speaker is not None and "witness" in speaker
    assert speaker != "Sarah Lind"
