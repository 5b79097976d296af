"""A person's fullest name is a person's (session 34, issue #16): a title-case headline the
entity annotator reads as one body (``"...": Director Meera Joshi On Her New Film``) opens
with the person's name, but it is no longer name of hers; ``Joshi said`` stays Meera Joshi
(annotators/quotes/attribution/names.py ``_written_forms``, ``person opens``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_headline_read_as_a_body_is_no_fuller_name_of_its_person() -> None:
    text = (
        '"We Never Had A Budget": Director Kavya Menon On Her Cannes-Bound Film\n\n'
        "Kavya Menon's documentary is the only Indian film in competition.\n\n"
        '"We shot it in eleven days with borrowed cameras," Menon said.\n'
    )
    assert _speakers(text)["We shot it in eleven days with borrowed cameras"] == "Kavya Menon"


def test_a_person_s_longer_name_is_still_taken() -> None:
    # (The fuller form of a person's name, written first, is still the one given.)
    text = (
        "Roberto Córdova Carreño, the mayor, opened the bridge on Friday.\n\n"
        '"It took nine years," Roberto Córdova said.\n'
    )
    assert _speakers(text)["It took nine years"] == "Roberto Córdova Carreño"
