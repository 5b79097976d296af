"""French names read in time linear in a page's length: what a rule asks of the whole text is
asked once per name, not at each mention. A name opening with an article (``Le Parisien``):
whether a first name stands before it elsewhere; a big city spelt as a first name after ``à``
(``à Lille``): who in the text bears that first name."""

from __future__ import annotations

from itertools import count

import pytest

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

_PAGES = count()


def _cost(unit: str, n: int) -> float:
    annotator = EntityAnnotator()

    def run() -> None:
        # (a new text each run: no analysis is read back from a cache)
        text = unit * n + f"Page {next(_PAGES)}."
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language="fr"))])

    return least_cpu_seconds(run)


@pytest.mark.parametrize(
    "unit",
    [
        "Selon Le Parisien et le journal Le Monde, Marine Le Pen est au Stade rennais. ",
        "Le salon aura lieu à Lille, le concert à Nancy et la foire à Florence. ",
    ],
    ids=["names-with-an-article", "cities-after-a"],
)
def test_many_such_names_on_one_page_stay_linear(unit: str) -> None:
    _cost(unit, 20)
    assert _cost(unit, 800) < 16 * _cost(unit, 100)
