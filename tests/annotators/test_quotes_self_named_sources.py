"""An unnamed source's own name (session 31, issue #16): ``A driver, who gave his name only as
Tunde, said ...`` followed by ``"...," he said`` is Tunde's, the name the source gives
themselves (annotators/quotes/attribution/unnamed_sources.py ``self_named_after``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_an_unnamed_source_s_own_name_is_the_one_he_points_back_to() -> None:
    text = (
        "Prices rose again in Kano.\n\n"
        "A market trader, who gave his name only as Femi, said prices had doubled since May.\n\n"
        '"We cannot sell anything at these prices," he said.\n'
    )
    assert _speakers(text)["We cannot sell anything at these prices"] == "Femi"


def test_a_first_name_given_after_a_comma_is_the_one_she_points_back_to() -> None:
    text = (
        "Prices rose again in Kano.\n\n"
        "A nurse at the clinic, who gave only her first name, Amaka, said the queues began at "
        "dawn.\n\n"
        '"We see more children every week," she said.\n'
    )
    assert _speakers(text)["We see more children every week"] == "Amaka"
