"""A quotation standing alone right after a sentence of reported speech whose cue names its
speaker last (``..., betont Hydrologe X.`` then ``„...“``) goes on with that speaker, not with
the one quoted before (on a web page whose lines make one paragraph); so does one after a
sentence an unnamed person opens (``Ein Anwohner aus Kassel blieb skeptisch.`` then ``„...“``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_quotation_after_reported_speech_is_its_speakers() -> None:
    text = (
        "Die Pegel im Rhein sinken. „Die Schiffe fahren nur noch halb beladen“, sagt Reederin "
        "Ina Falk. „Das kostet uns jede Woche Geld.“\n"
        "Wann der Pegel wieder steigt, hängt vom Regen in den Alpen ab, betont Hydrologe Tom "
        "Grewe. „Zwei nasse Wochen würden schon helfen.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Zwei nasse Wochen würden schon helfen"][0] == "Tom Grewe"
    assert found["Das kostet uns jede Woche Geld"][0] == "Ina Falk"


def test_a_quotation_after_a_sentence_opening_with_someone_unnamed_is_theirs() -> None:
    text = (
        "„Der Damm hält“, sagte Landrat Paul Weber am Morgen.\n"
        "Ein Anwohner aus Kassel blieb trotzdem skeptisch. „Er hat das vor drei Jahren auch "
        "gesagt.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Er hat das vor drei Jahren auch gesagt"][0] == "ein Anwohner aus Kassel"


def test_a_name_a_preposition_governs_at_the_end_of_reported_speech_is_not_its_speaker() -> None:
    # ``die Partei von X``, ``die Kanzlei von X``: the name closing the sentence is whose the
    # subject is, not the subject; the quotation standing alone after is not theirs.
    text = (
        "„Wir haben alles getan“, sagte Bürgermeister Jan Roth.\n"
        "Das kritisiert die Partei von Angela Merkel. „Das reicht nicht.“\n"
        "Die Klage sei unbegründet, erklärt die Kanzlei von Max Weber. „Die Vorwürfe sind "
        "haltlos.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Das reicht nicht"][0] != "Angela Merkel"
    assert found["Die Vorwürfe sind haltlos"][0] != "Max Weber"
