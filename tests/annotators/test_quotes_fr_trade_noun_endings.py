"""French nouns of a trade known by their ending (``[quotes] description_endings``): a scientist
of a ``-logie`` (``l'épidémiologiste``, ``le cardiologiste``) and one in ``-icien``
(``physicienne``, ``technicien``) head the speaker's role, before the name or in apposition
after it (session 42, lane F).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)
LEAD = "Le virus circule de plus en plus vite dans la région. "


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        ("», explique l'épidémiologiste Jeanne Morel.", "épidémiologiste"),
        ("», affirme Jeanne Morel, physicienne au CNRS.", "physicienne au CNRS"),
        (
            "», ajoute Paul Morel, technicien à l'hôpital de Rouen.",
            "technicien à l'hôpital de Rouen",
        ),
    ],
)
def test_fr_a_trade_known_by_its_ending_is_the_role(cue: str, role: str) -> None:
    found = speakers_and_roles(LEAD + "« Il faut se faire vacciner " + cue, DAY, language="fr")
    assert found["Il faut se faire vacciner"][1] == role
