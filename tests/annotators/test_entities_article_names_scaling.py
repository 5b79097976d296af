"""A name opening with an article (``Le Parisien``) is read in time linear in a page's length:
whether a first name stands before it elsewhere is looked for once per name, not at each mention."""

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
        text = unit * n + f"Page {next(_PAGES)}."
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language="fr"))])

    return least_cpu_seconds(run)


def test_many_names_with_an_article_on_one_page_stay_linear() -> None:
    unit = "Selon Le Parisien et le journal Le Monde, Marine Le Pen est au Stade rennais. "
    _cost(unit, 20)
    assert _cost(unit, 800) < 16 * _cost(unit, 100)
