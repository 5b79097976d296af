"""The candidate ceiling of the default summarizer: identity below it, leads and centre above."""

from __future__ import annotations

import numpy as np

import newsbrief
from newsbrief.summarizers.multidoc.features import bounded, collect

SENTENCES = [
    "The harbour commission approved the new ferry terminal on Monday after a long debate.",
    "Engineers said the ferry terminal would open to passengers before the summer season.",
    "Fishermen worried that the terminal would close part of the old harbour to their boats.",
    "The mayor promised that the harbour would stay open to fishing boats during the works.",
    "Local shops expect more visitors once the ferry terminal opens next year.",
]


def _document(doc_id: str, paragraphs: int) -> newsbrief.Document:
    text = "\n\n".join(
        " ".join(f"{s[:-1]} in week {p}." for s in SENTENCES[p % 2 :]) for p in range(paragraphs)
    )
    return newsbrief.Document.from_text(text, id=doc_id, metadata=newsbrief.Metadata())


def test_below_the_ceiling_nothing_changes() -> None:
    candidates = collect([newsbrief.pipeline.segmented(_document("a", 3))])
    assert bounded(candidates, limit=len(candidates)) is candidates


def test_above_the_ceiling_leads_of_every_source_and_order_are_kept() -> None:
    docs = [newsbrief.pipeline.segmented(_document(f"d{i}", 30)) for i in range(3)]
    candidates = collect(docs)
    kept = bounded(candidates, limit=60)
    assert len(kept) == 60 < len(candidates)
    # Every source keeps its lead (ten sentences each: half the allowance over three sources).
    for source in range(3):
        assert sorted(kept.position[kept.source == source].tolist())[:10] == list(range(10))
    # Per-sentence fields are cut alike, in the original order.
    starts = [(s.doc_id, s.start) for s in kept.sentences]
    assert starts == sorted(starts, key=lambda key: (int(key[0][1:]), key[1]))
    assert kept.terms.shape[0] == kept.concepts.shape[0] == len(kept.length) == 60
    index = [candidates.sentences.index(s) for s in kept.sentences]
    assert np.array_equal(kept.length, candidates.length[index])
    assert (kept.terms != candidates.terms[index]).nnz == 0


def test_more_sources_than_the_ceiling_keeps_the_first_sentence_of_each() -> None:
    docs = [newsbrief.pipeline.segmented(_document(f"d{i}", 2)) for i in range(8)]
    kept = bounded(collect(docs), limit=5)
    assert kept.position.tolist() == [0] * 8


def _word(k: int) -> str:
    """A made-up word per number, so every sentence of the book has words of its own."""
    return "".join("bdfgklmnprstvz"[int(d)] + "aeiou"[int(d) % 5] for d in str(k)) + "s"


def test_a_book_length_document_is_summarised() -> None:
    # About 4,000 distinct sentences: twice the ceiling.
    paragraphs = [
        " ".join(
            f"The {_word(k)} of {_word(31 * k + 7)} visited {_word(57 * k + 3)} with "
            f"{_word(91 * k + 11)} today."
            for k in range(8 * p, 8 * p + 8)
        )
        for p in range(500)
    ]
    document = newsbrief.Document.from_text(
        "\n\n".join(paragraphs), id="book", metadata=newsbrief.Metadata(language="en")
    )
    assert len(newsbrief.pipeline.segmented(document).sentences) == 4000
    items = newsbrief.summarize(document, "newsbrief", sentences=3)
    assert len(items) == 3
