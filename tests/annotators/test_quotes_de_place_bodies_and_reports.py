"""German speakers a place's adjective or reported speech used to hide: the adjective of a place
before a body's noun (``das Bremer Umweltministerium``) names that body; ``rief`` is a verb of
speech; a sentence in reported speech right after a quotation (``Lisa Brand sei „...“``)
reports that quotation's speaker, not the person it is about; and a quotation standing alone
after an unnamed person's cue (``Eine Lehrerin aus Walle ... sagte, ...``) is theirs.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)
DE_LEAD = "Die Stadt Bremen plant einen neuen Hafen.\n\n"


def test_a_body_after_the_adjective_of_its_place_speaks() -> None:
    text = DE_LEAD + (
        "„Wir brauchen mehr Platz“, sagte Bürgermeister Jan Peters.\n\n"
        "Das Bremer Umweltministerium erklärte, die Pläne seien „ein großer Fehler“.\n\n"
        "Die Kölner Polizei erklärte: „Die Lage ist ruhig.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["ein großer Fehler"][0] == "Bremer Umweltministerium"
    assert found["Die Lage ist ruhig"][0] == "Kölner Polizei"


def test_someone_who_calls_out_speaks() -> None:
    text = DE_LEAD + (
        "„Wir brauchen mehr Platz“, sagte Bürgermeister Jan Peters.\n\n"
        "Eine ältere Anwohnerin rief „Das ist ein Skandal!“ in den Saal."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Das ist ein Skandal!"][0] == "eine ältere Anwohnerin"


def test_reported_speech_about_someone_else_is_the_last_speakers() -> None:
    text = DE_LEAD + (
        "„Sie trainiert sehr hart“, sagte Trainer Uwe Kolb. Lisa Brand sei „viel stärker“ "
        "als im Vorjahr.\n\n"
        "„Wir sind bereit“, sagte die Kapitänin Anna Roth. Sie sei „sehr zuversichtlich“."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["viel stärker"][0] == "Uwe Kolb"
    assert found["sehr zuversichtlich"][0] == "Anna Roth"


def test_a_quotation_after_an_unnamed_persons_cue_is_theirs_not_the_last_speakers() -> None:
    # One sentence a line: the whole article is one paragraph.
    text = (
        "Die Stadt Bremen plant einen neuen Hafen.\n"
        "„Wir brauchen mehr Platz“, sagte Bürgermeister Jan Peters.\n"
        "Eine Lehrerin aus Walle, die anonym bleiben wollte, sagte, viele Eltern hätten Angst "
        "vor dem Lärm.\n"
        "„Die Kinder schlafen schon jetzt schlecht. Mit dem Hafen wird es noch schlimmer.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir brauchen mehr Platz"][0] == "Jan Peters"
    (later,) = [who for words, (who, _) in found.items() if words.startswith("Die Kinder")]
    assert later == "eine Lehrerin aus Walle"
