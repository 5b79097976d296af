"""A German unnamed speaker described by what they belong to in the indefinite genitive
(``Eine Pflegerin eines großen Krankenhauses sagte``, ``sagte ein Mitarbeiter einer Kölner
Klinik``) is named with that description, as with the definite one (``des Klinikums``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_an_indefinite_genitive_describes_the_unnamed_speaker() -> None:
    text = (
        "Mehrere Kliniken klagen über Personalmangel.\n\n"
        "Eine Pflegerin eines großen Krankenhauses sagte: „Wir arbeiten am Limit.“\n\n"
        "„Die Betten stehen leer“, sagte ein Mitarbeiter einer Kölner Klinik."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir arbeiten am Limit"][0] == "eine Pflegerin eines großen Krankenhauses"
    assert found["Die Betten stehen leer"][0] == "ein Mitarbeiter einer Kölner Klinik"


def test_an_outlet_after_the_description_is_who_was_told() -> None:
    # ``einer Zeitung`` after what the source is of (``der Feuerwehr``) is the dative of the
    # outlet told, as ``der Deutschen Presse-Agentur`` is.
    text = (
        "In der Altstadt brannte ein Dachstuhl.\n\n"
        "„Das Feuer ist gelöscht“, sagte ein Sprecher der Feuerwehr einer Nachrichtenagentur.\n\n"
        "„Niemand wurde verletzt“, sagte ein Sprecher eines Klinikums einer Zeitung."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Das Feuer ist gelöscht"][0] == "ein Sprecher der Feuerwehr"
    assert found["Niemand wurde verletzt"][0] == "ein Sprecher eines Klinikums"
