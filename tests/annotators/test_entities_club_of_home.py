"""A club named with its home town before a match's verb (``X of Athens beat Y 2-1``): the
name before ``of`` is the side, the town its home; the texts are written for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


@pytest.mark.parametrize(
    ("heading", "dateline", "line", "present", "absent"),
    [
        # The name before its home town is the club.
        (
            "BASKETBALL - KORLAVIA TAKE THE CUP .",
            "MADRID 1997-04-10",
            "Korlavia of Belgrade beat Barcelona 71-64 in the final on Thursday .",
            [("Korlavia", "organisation"), ("Belgrade", "place"), ("Barcelona", "organisation")],
            [],
        ),
        # A town side without a name before it stays the club.
        (
            "SOCCER - CUP RESULT .",
            "LONDON 1997-04-10",
            "In the cup , Belgrade beat Barcelona 2-1 on Sunday .",
            [("Belgrade", "organisation")],
            [],
        ),
        # A title before the home town is no club.
        (
            "SOCCER - CUP RESULT .",
            "LONDON 1997-04-10",
            "The Duke of Belgrade beat Barcelona 2-1 on Sunday .",
            [],
            ["Duke"],
        ),
    ],
)
def test_a_club_named_with_its_home_town(
    heading: str, dateline: str, line: str, present: list[tuple[str, str]], absent: list[str]
) -> None:
    found = mentions(f"{heading}\n{dateline}\n{line}\n")
    for mention in present:
        assert mention in found, found
    for name in absent:
        assert name not in [mention for mention, _ in found], found
