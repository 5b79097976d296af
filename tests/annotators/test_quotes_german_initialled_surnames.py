"""A German surname cut to its initial, as court reports write the accused's (``Monika S.
ließ``), keeps its full stop inside a sentence: the speaker is named as written.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_surname_cut_to_its_initial_keeps_its_full_stop() -> None:
    text = (
        "Vor dem Amtsgericht steht die frühere Kassiererin Monika S. aus Fulda.\n\n"
        "Monika S. ließ eine Erklärung verlesen. „Ich bereue nichts“, sagte sie."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Ich bereue nichts"][0] == "Monika S."


def test_an_age_in_brackets_after_the_initial_keeps_its_full_stop() -> None:
    text = (
        "In Fulda brannte in der Nacht ein Wohnhaus.\n\n"
        "„Der Rauch kam durch alle Ritzen“, sagt Anwohnerin Petra W. (58) am Morgen danach."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Der Rauch kam durch alle Ritzen"][0] == "Petra W."
