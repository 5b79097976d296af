"""German clubs' names are found in time linear in a sports page's length: a club's adjective
(``Hamburger SV``) and a club's word (``FC Ulm``) look at their neighbours only."""

from __future__ import annotations

from itertools import count

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

_PAGES = count()


def _cost(unit: str, n: int) -> float:
    annotator = EntityAnnotator()

    def run() -> None:
        # (a new text each run: no analysis is read back from a cache)
        text = unit * n + f"Stand {next(_PAGES)}."
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language="de"))])

    return least_cpu_seconds(run)


def test_club_names_on_a_long_sports_page_stay_linear() -> None:
    unit = (
        "Der Hamburger SV spielt gegen die Stuttgarter Kickers, der FC Ulm gegen den "
        "VfB Stuttgart, sagte Anna Berger in Kiel. "
    )
    _cost(unit, 20)
    assert _cost(unit, 800) < 16 * _cost(unit, 100)
