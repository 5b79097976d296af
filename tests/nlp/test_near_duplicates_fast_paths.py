"""``collect``'s per-document reading of the shared analysis gives what the per-sentence one gave.

Sentence numbers found once per document (not by bisection per sentence), content terms from one
pass of flags over the tokens, and word counts from the analysis' sentence tokens where they are
exactly the sentence's words (an overlapping or repeated sentence span is counted from its text):
the same candidates, bit for bit, as the plain reading kept here as the reference.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.sentences import SENTENCE, reshaped_articles
from newsbrief.model import Document, Metadata
from newsbrief.nlp import content_terms, near_duplicates
from newsbrief.nlp.analysis import analysis_of
from newsbrief.nlp.near_duplicates import collect, shared_analyses
from newsbrief.nlp.segmenter import segment
from newsbrief.nlp.tokens import count_words


def _plain(documents: list[Document], table: dict) -> tuple[list[frozenset[str]], list[int]]:
    """The per-sentence reading (the code before the fast paths)."""
    rows, lengths = [], []
    for document in documents:
        analysis = analysis_of(document, table) if document.sentences else None
        for sentence in document.sentences:
            number = analysis.sentence_index(sentence.start, sentence.end) if analysis else None
            if analysis is None or number is None:
                rows.append(near_duplicates.sentence_features(sentence.text, document.language)[0])
            else:
                first, last = analysis.sentence_tokens[number]
                norms, stems, stops = analysis.norms, analysis.stems, analysis.stops
                rows.append(
                    frozenset(
                        stems[i]
                        for i in range(first, last)
                        if not stops[i]
                        and any(c.isalnum() for c in norms[i])
                        and any(c.isalpha() for c in stems[i])
                    )
                )
            lengths.append(count_words(sentence.text))
    return rows, lengths


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(SENTENCE, min_size=1, max_size=6), min_size=1, max_size=4),
    st.sampled_from(["en", "de", "el", None]),
    st.sampled_from(["plain", "repeat", "overlap"]),
)
def test_collect_equals_the_per_sentence_reading(
    articles: list[list[str]], language: str | None, how: str
) -> None:
    documents = reshaped_articles(articles, language, how)
    table = {d.id: analysis_of(d) for d in documents}
    rows, lengths = _plain(documents, table)
    with shared_analyses(table):
        candidates = collect(documents, concepts=False)
    assert candidates.length.tolist() == lengths
    vocabulary = sorted(set().union(*rows)) if rows else []
    got = [
        frozenset(vocabulary[j] for j in candidates.terms[i].indices.tolist())
        for i in range(len(candidates))
    ]
    assert got == rows
    assert np.all(candidates.terms.data == 1)


def test_content_flags_made_elsewhere_are_kept_for_the_copies() -> None:
    # ``-j N``: a worker's flags travel with its (pickled) analyses and are kept here for the
    # copies, the same bytes as worked out here; flags of another length are not kept.
    import pickle

    text = "The minister resigned on Monday. Officials said the minister of Kyiv left."
    document = segment(Document(id="a", text=text, metadata=Metadata(language="en")))
    other = segment(
        Document(id="b", text="Zebras vex quartz. Jumpy fog.", metadata=Metadata(language="en"))
    )
    made = {"a": analysis_of(document, {}), "b": analysis_of(other, {})}
    assert len(made["b"].stems) > 1
    expected = content_terms.content_flags(made["a"])
    known = content_terms.known_content_flags(made)
    assert known == {"a": expected}  # only the flags worked out
    copies = pickle.loads(pickle.dumps(made))
    content_terms.remember_content_flags(copies, {**known, "b": b"\x01"})
    assert content_terms.known_content_flags(copies) == {"a": expected}
    assert content_terms.content_flags(copies["a"]) is known["a"]
    assert content_terms.content_flags(copies["b"]) == content_terms.content_flags(made["b"])


@given(
    st.integers(1, 12).flatmap(
        lambda n: st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 9)), max_size=60).map(
            lambda cells: (n, cells)
        )
    )
)
@settings(max_examples=150, deadline=None)
def test_shared_terms_listed_equal_the_sparse_product(case: tuple[int, list]) -> None:
    """The pairs of sentences sharing terms, listed in NumPy, are the sparse product's: the
    same pairs, counts (a term twice in a sentence counted once) and lengths."""
    n, cells = case
    sentence = np.asarray([s for s, _ in cells], dtype=np.int64)
    term = np.asarray([t for _, t in cells], dtype=np.int64)

    def found(limit: int) -> tuple[list[tuple[int, int, float]], list[int]]:
        before = near_duplicates._LISTED_PAIRS
        near_duplicates._LISTED_PAIRS = limit
        try:
            left, right, shared, length = near_duplicates._shared_terms(sentence, term, (n, 10))
        finally:
            near_duplicates._LISTED_PAIRS = before
        pairs = zip(left.tolist(), right.tolist(), shared.tolist(), strict=True)
        return sorted(pairs), length.tolist()

    assert found(1 << 18) == found(-1)
