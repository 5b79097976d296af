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


def test_the_company_in_a_platform_post_is_the_company_named_before() -> None:
    # (session 40) ``In a Facebook post, the company said``: the platform names the post, not
    # the body ``the company`` points back to.
    text = (
        "Ferries between the islands were cancelled on Friday, said operator Westmere Lines.\n\n"
        "In a Facebook post, the company said the cancellations were "
        '"deeply regrettable" and that crews were "checking every vessel."\n'
    )
    found = _speakers(text)
    assert found["deeply regrettable"] == "Westmere Lines"
    assert found["checking every vessel."] == "Westmere Lines"


def test_it_on_its_platform_channel_is_the_body_named_before() -> None:
    text = (
        "The Harrowgate Museum closed its east wing on Tuesday.\n\n"
        "On its YouTube channel, it said the roof was "
        '"no longer safe for visitors."\n'
    )
    assert _speakers(text)["no longer safe for visitors."] == "Harrowgate Museum"
