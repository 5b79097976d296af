"""The words a sign carries (session 25, issue #16; annotators/quotes/written_signs.py): a
sign, a banner or a ballot and the verb or preposition of its bearing them right before the
marks (``a sign ... that said "..."``, ``A banner with "..."``, ``the ballot read: "..."``) set
off its text, not anyone's speech; a note or an invitation quoted is still someone's writing.
A song's words after its noun and a dash (``singing the chorus – "..."``) are no speech either;
a caption is its poster's words, after a colon too (``with the caption: "..."``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_sign_s_and_a_banner_s_words_are_no_one_s_speech() -> None:
    text = (
        "Kitchen that nearly closed\n\n"
        'Chef Ada Munro said a colleague stuck a sign above the stove that said "KEEP CALM" '
        "in red letters, which made everyone nervous.\n\n"
        'A banner with "Our town is not for sale" was hung from the town hall on Sunday, the '
        "organisers said.\n\n"
        '"We had six weeks of money left," Munro said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "KEEP CALM" not in found
    assert "Our town is not for sale" not in found
    assert found["We had six weeks of money left"][0] == "Ada Munro"


def test_a_ballot_s_question_is_no_one_s_speech() -> None:
    text = (
        "Orlen votes on its charter\n\n"
        'The question on the ballot read: "Do you support the new charter for the city of '
        'Orlen and its council."\n\n'
        '"Turnout will decide it," said Mayor Jon Ekdal.'
    )
    found = speakers_and_roles(text, DAY)
    assert not any(quoted.startswith("Do you support") for quoted in found)
    assert found["Turnout will decide it"][0] == "Jon Ekdal"


def test_a_note_s_words_stay_its_writer_s() -> None:
    text = (
        "Coach leaves club\n\n"
        'In a note to players, coach Rita Vance said: "It has been the honour of my life."'
    )
    found = speakers_and_roles(text, DAY)
    assert found["It has been the honour of my life"][0] == "Rita Vance"


def test_a_chorus_after_a_dash_is_a_song_s_words_and_a_caption_its_poster_s() -> None:
    text = (
        "Festival review: Harbour Lights\n\n"
        "By the encore, 30,000 people were singing the chorus – “we kept the lights on, we "
        "kept the lights on for you” – louder than the band.\n\n"
        "The singer, Mila Strand, later posted a photo of the crowd with the caption: “Best "
        "night of my life. Thank you.”"
    )
    found = speakers_and_roles(text, DAY)
    assert not any(quoted.startswith("we kept the lights on") for quoted in found)
    assert "Best night of my life. Thank you" in found
