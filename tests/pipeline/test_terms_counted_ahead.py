"""The timeline's term counts travel with the per-document work made ahead (``-j N``), so the
process that composes does not count them again; counts of other documents are never used."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.pipeline.analyse import prepare_chunk
from newsbrief.pipeline.compose import TermCounts, count_terms
from newsbrief.sections import timeline

_PLACES = ["Dockside", "Old Quay", "Saltmarsh", "Northgate", "Ferryside", "Millbank"]


def _documents(count: int) -> list[Document]:
    documents = []
    for number in range(count):
        place = _PLACES[number % len(_PLACES)]
        sentences = [
            f"Crews at {place} began lifting the rotten timber piles on March {number + 2}, 2025.",
            f"The harbour board in {place} had first warned of the decay on February {number + 5}.",
            f"A new pier for {place} should open in June 2026, a board engineer told residents.",
            *(f"Boat owner {k} in {place} described tide number {k + number}." for k in range(8)),
        ]
        documents.append(
            Document.from_text(
                " ".join(sentences),
                id=f"pier-{number}",
                metadata=Metadata(language="en", published=dt.date(2025, 3, 20)),
            )
        )
    return documents


def _briefing_json(documents: list[Document], **ahead: object) -> str:
    briefing = newsbrief.build_briefing(documents, words=80, **ahead)
    output = newsbrief.export(briefing, "json")
    return output.decode() if isinstance(output, bytes) else output


def test_a_chunk_carries_its_term_counts() -> None:
    documents = _documents(6)
    chunk = pickle.loads(pickle.dumps(prepare_chunk(documents)))
    assert chunk.terms is not None
    assert chunk.terms.doc_ids == tuple(d.id for d in documents)
    assert chunk.terms.counts == timeline.run_terms(chunk.documents, chunk.analyses)
    # Without the dates annotator nothing reads them: none are counted.
    assert prepare_chunk(documents, annotators=["entities"]).terms is None


def test_counts_given_are_not_counted_again(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(6)
    expected = _briefing_json(documents)
    assert '"timeline": []' not in expected  # the counts are read
    first, second = prepare_chunk(documents[:4]), prepare_chunk(documents[4:])
    assert first.terms is not None and second.terms is not None
    terms = TermCounts.of_parts([first.terms, second.terms])

    def counted_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("the term counts were made again")

    monkeypatch.setattr(timeline, "run_terms", counted_again)
    assert _briefing_json(documents, terms=terms) == expected


def test_counts_of_other_documents_are_not_used() -> None:
    documents = _documents(6)
    expected = _briefing_json(documents)
    # Counted for five of the six (a document left out of them): counted again, same output.
    partial = count_terms(documents[1:])
    assert partial.counts_of(documents) is None
    assert _briefing_json(documents, terms=partial) == expected
    # The same documents in another order are other counts' documents too.
    assert count_terms(documents[::-1]).counts_of(documents) is None
