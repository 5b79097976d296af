"""French names read in time linear in a page's length: what a rule asks of the whole text is
asked once per name, not at each mention. A name opening with an article (``Le Parisien``):
whether a first name stands before it elsewhere; a big city spelt as a first name after ``à``
(``à Lille``): who in the text bears that first name."""

from __future__ import annotations

from itertools import count

import pytest

from helpers.entities import annotation_seconds
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

_PAGES = count()


def _cost(unit: str, n: int) -> float:
    return annotation_seconds(unit * n, "fr", "Page")


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


def _distinct_article_names(n: int) -> str:
    # Hundreds of different names opening with an article, each written once, none after a
    # first name: each is asked about once, and no answer may cost a pass over the whole page.
    syllables = ("bor", "val", "min", "tes", "rac", "lu", "go", "pen", "dri", "sa")
    return "".join(
        f"La {''.join(syllables[int(d)] for d in f'{i:03d}').capitalize()} Vernière"
        f" ({''.join(syllables[int(d)][0] for d in f'{i:03d}').upper()}), "
        for i in range(n)
    )


def test_many_different_names_with_an_article_stay_linear() -> None:
    annotator = EntityAnnotator()

    def cost(n: int) -> float:
        text = _distinct_article_names(n) + f"Page {next(_PAGES)}."
        document = Document.from_text(text, id="d", metadata=Metadata(language="fr"))
        return least_cpu_seconds(lambda: annotator.annotate([document]))

    cost(20)
    assert cost(800) < 16 * cost(100)
