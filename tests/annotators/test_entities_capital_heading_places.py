"""A word of a headline in capitals that names a country, or a place the body names, is that
place even where the chunker read it as part of a longer run (``BEAT AUSTRALIA``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_country_inside_a_capitals_run_is_a_place() -> None:
    got = found(
        "CRICKET - INDIA BEAT KENYA BY SIX WICKETS .\n"
        "NAIROBI 1997-06-01\n"
        "The visitors won with ten overs to spare on Sunday .\n",
        "en",
    )
    assert ("KENYA", "place") in got, got


def test_a_town_the_body_names_is_a_place_in_the_headline() -> None:
    got = found(
        "FLOODS CUT OFF BRELLAN FARMS AFTER STORM .\n"
        "LONDON 1997-01-05\n"
        "Rivers burst their banks near the town of Brellan on Sunday , police said .\n",
        "en",
    )
    assert ("Brellan", "place") in got, got
    assert ("BRELLAN", "place") in got, got


def test_a_headline_word_the_body_gives_to_a_person_stays_the_person() -> None:
    got = found(
        "GOLF - LOWRY CHARGES INTO LEAD .\n"
        "DUBLIN 1997-06-14\n"
        "Irishman Shane Lowry shot a 65 on Saturday .\n",
        "en",
    )
    assert ("LOWRY", "person") in got, got


def test_a_place_before_the_body_s_common_nouns_in_a_capitals_run_is_a_place() -> None:
    # ``OPPOSITION`` is a noun the body writes in lower case; ``COURT`` a public body's noun
    got = found(
        "GHANA OPPOSITION PARTY NAMES NEW LEADER .\n"
        "ACCRA 1997-02-11\n"
        "Ghana 's main opposition party chose a new leader on Tuesday .\n",
        "en",
    )
    assert ("GHANA", "place") in got, got
    got = found(
        "PERU COURT FREES FORMER MINISTER .\n"
        "LIMA 1997-02-11\n"
        "Judges ordered the release of a former minister on Tuesday .\n",
        "en",
    )
    assert ("PERU", "place") in got, got


def test_a_capitals_run_the_body_writes_whole_keeps_its_name() -> None:
    got = found(
        "SINGAPORE AIRLINES ORDERS JETS .\n"
        "SINGAPORE 1997-02-11\n"
        "Singapore Airlines ordered ten jets on Tuesday , the airline said .\n",
        "en",
    )
    assert ("SINGAPORE AIRLINES", "place") not in got, got
    assert ("Singapore Airlines", "organisation") in got, got
