"""The medium words went out on is no speaker (session 31, issue #16): in ``X posted on
Instagram that it had admitted "..."``, ``it`` is X, not the platform named after ``on``
(``[quotes] medium_prepositions``; annotators/quotes/attribution/mentions.py ``_nearest``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_it_after_posted_on_a_platform_is_the_poster() -> None:
    text = (
        "Seal pups are washing up along the coast.\n\n"
        "The Seal Trust, a rescue charity, posted on Instagram that it had admitted "
        '"more injured pups than in any winter since 2015."\n'
    )
    assert _speakers(text)["more injured pups than in any winter since 2015."] == "Seal Trust"


def test_an_acronym_s_post_on_facebook_is_its_own() -> None:
    text = (
        "Seal pups are washing up along the coast.\n\n"
        "SEALWATCH, the seal rescue charity, posted on Facebook that it had admitted "
        '"more injured pups than in any winter since 2015."\n'
    )
    assert _speakers(text)["more injured pups than in any winter since 2015."] == "SEALWATCH"
