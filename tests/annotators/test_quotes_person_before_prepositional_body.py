"""A person is the subject of an English cue, not a place or body inside a prepositional
phrase after the name (session 34, issue #16): ``Co-author Ana Roe of the Marine Institute in
Norway warned that ... "..."`` is Ana Roe's, not Norway's (annotators/quotes/speakers.py
``_person_before_object``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_place_after_in_is_not_the_subject() -> None:
    text = (
        "Glaciers in the Andes are shrinking faster than forecast, a study found.\n\n"
        "Co-author Tomás Ibarra of the Glacier Research Institute in Chile warned that the "
        'estimates were "on the cautious side" because the survey ended in March.\n'
    )
    assert _speakers(text)["on the cautious side"] == "Tomás Ibarra"


def test_a_body_after_from_is_not_the_subject() -> None:
    text = (
        "Aid convoys reached the flooded villages on Thursday.\n\n"
        "Grace Wanjiku from the Nairobi office of Oxfam said the supplies were "
        '"far short of what families need" and called for more trucks.\n'
    )
    assert _speakers(text)["far short of what families need"] == "Grace Wanjiku"
