"""A quotation in the first person standing alone after a sentence that names someone for the
first time with their role as a title (``Vereinschefin Petra Kranz denkt ... zurück``) is
theirs, as after a description set off by commas, even on a page whose paragraphs are one line
each.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_person_introduced_with_a_title_takes_the_turn() -> None:
    text = (
        "Die neue Umgehungsstraße ist seit Montag offen.\n"
        "„Es ist endlich ruhig“, sagt ein Anwohner.\n"
        "Vereinschefin Petra Kranz denkt an Abende im Stau zurück. "
        "„Wir standen jeden Abend im Stau.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir standen jeden Abend im Stau"][0] == "Petra Kranz"


def test_a_person_named_before_does_not_take_the_turn() -> None:
    text = (
        "Bürgermeister Jan Roth eröffnete die Straße.\n"
        "„Es ist endlich ruhig“, sagt ein Anwohner.\n"
        "Bürgermeister Jan Roth hatte den Bau lange verteidigt. „Ich hoffe, es bleibt so.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Ich hoffe, es bleibt so"][0] == "ein Anwohner"
