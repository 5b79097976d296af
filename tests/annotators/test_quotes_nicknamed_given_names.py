"""A nickname in marks between given name and surname, the speaker named there (session 34,
issue #16): ``said Marvin “Bigga” Reid`` is Marvin Reid's, not ``Marvin``'s; British single
marks too (``Devon 'Shark' Clarke``), whose closing mark the entity annotator may read as a
plural's apostrophe (``Shark' Clarke``). (annotators/quotes/attribution/nicknamed_names.py.)

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_speaker_named_at_a_nicknamed_name_is_given_the_full_name() -> None:
    text = (
        "The club has reached its first final in forty years.\n\n"
        "“We never stopped believing,” said Marcus “Tank” Obuya, the captain.\n"
    )
    assert _speakers(text)["We never stopped believing"] == "Marcus Obuya"


def test_a_nickname_in_single_marks_and_the_surname_later() -> None:
    text = (
        "Traders on the quay say the new levy is unfair.\n\n"
        "Winston 'Jumbo' Forde has sold fish at the market for 25 years.\n\n"
        "“Nobody asked us before the rule came in,” Forde said.\n"
    )
    assert _speakers(text)["Nobody asked us before the rule came in"] == "Winston Forde"
