"""A headline's surname with its particle (``DE VRIES``) is joined to its article's full name
(``Anneke de Vries``) in time linear in the run: the full names of other documents that share
the surname are not read for it."""

from __future__ import annotations

import random

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.merging import Spans, merge_mentions

_SYLLABLES = ("ber", "lan", "dor", "vic", "mar", "tol", "sen", "quo", "rav", "pel", "gru", "fek")


def _run(documents: int) -> tuple[list[tuple[int, int, tuple[object, ...]]], Spans]:
    """``documents`` articles, each a headline ``DE VRIES`` and a full name of its own."""
    pick = random.Random(documents).choice
    spans, found = Spans(), []
    for doc_index in range(documents):
        first = "".join(pick(_SYLLABLES) for _ in range(3)).capitalize() + str(doc_index)
        heading = ("DE VRIES", "person", None, True, None, None, False, True, "en", False)
        body = (f"{first} de Vries", "person", None, True, None, None, False, False, "en", False)
        for fields, start in ((heading, 0), (body, 40)):
            found.append((doc_index, spans.add(start, start + len(fields[0])), fields))
    return found, spans


def _cost(documents: int) -> float:
    found, spans = _run(documents)
    # (a copy each run: merging empties the list it reads)
    return least_cpu_seconds(lambda: merge_mentions(list(found), spans))


def test_each_headline_surname_is_joined_to_its_own_article_s_full_name() -> None:
    found, spans = _run(3)
    merged = merge_mentions(found, spans)
    for doc_index in merged.documents():
        kept = merged.pop(doc_index)
        entities = {entity for _, _, _, entity in kept}
        assert len(kept) == 2 and len(entities) == 1, kept


def test_many_articles_sharing_a_particled_surname_merge_in_linear_time() -> None:
    _cost(50)
    assert _cost(3000) < 16 * _cost(375) + 0.02
