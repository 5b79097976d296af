"""``collect(keep=...)`` reads a document's vocabulary at once and a kept sentence's word count
alone: both equal what reading every sentence gives."""

from __future__ import annotations

import attrs
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.sentences import SENTENCE
from newsbrief.model import Document, Metadata
from newsbrief.nlp import near_duplicates
from newsbrief.nlp.analysis import analysis_of
from newsbrief.nlp.near_duplicates import Candidates, collect
from newsbrief.nlp.segmenter import segment


def _document(doc_id: str, lines: list[str]) -> Document:
    text = " ".join(lines)
    return segment(Document(id=doc_id, text=text, metadata=Metadata(language="en")))


def _assert_kept_rows(some: Candidates, every: Candidates, keep: list[bool]) -> None:
    """``some`` (collected with ``keep``) holds exactly the kept rows of ``every``."""
    rows = np.flatnonzero(keep)
    assert some.terms.shape[1] == every.terms.shape[1]
    assert (some.terms != every.terms[rows]).nnz == 0  # type: ignore[attr-defined]
    assert some.length.tolist() == every.length[rows].tolist()


@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=5), min_size=1, max_size=4), st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_kept_rows_are_the_rows_of_every_sentence(
    texts: list[list[str]], data: st.DataObject
) -> None:
    documents = [_document(f"d{k}", lines) for k, lines in enumerate(texts)]
    total = sum(len(d.sentences) for d in documents)
    keep = data.draw(st.lists(st.booleans(), min_size=total, max_size=total))
    # The rows of every sentence as the whole collection reads them (not through ``keep``,
    # whose reading of the vocabulary is what is checked).
    every = collect(documents, concepts=False)
    some = collect(documents, concepts=False, keep=keep)
    _assert_kept_rows(some, every, keep)


@given(st.lists(SENTENCE, min_size=1, max_size=8), st.data())
@settings(max_examples=60, deadline=None)
def test_word_count_alone_is_word_counts(lines: list[str], data: st.DataObject) -> None:
    analysis = analysis_of(_document("d", lines))
    counts = near_duplicates._word_counts(analysis)
    # Asked in any order, some twice (the counts before each are worked out as far as asked).
    asked = data.draw(st.lists(st.integers(0, len(counts) - 1), max_size=2 * len(counts)))
    alone = near_duplicates._WordCounts(analysis)
    assert [alone[k] for k in asked] == [counts[k] for k in asked]


@given(st.lists(SENTENCE, min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_all_terms_at_once_are_each_sentences_terms(lines: list[str]) -> None:
    analysis = analysis_of(_document("d", lines))
    reader = near_duplicates._TermReader(analysis)
    at_once: set[str] = set()
    one_by_one: set[str] = set()
    for sentence in range(len(analysis.sentence_tokens)):
        reader.add_to(one_by_one, sentence)
    # One document's own sentences follow one another: the update at once is taken.
    assert reader.add_all_to(at_once)
    assert at_once == one_by_one


@given(
    st.lists(st.lists(SENTENCE, min_size=2, max_size=5), min_size=1, max_size=3),
    st.lists(st.sampled_from(["same", "drop", "twice", "join", "other id"]), min_size=3),
    st.data(),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_resegmented_documents_read_sentence_by_sentence(
    texts: list[list[str]], changes: list[str], data: st.DataObject
) -> None:
    # The run's analysis of each text, read for documents whose sentences are not its own (the
    # one-update vocabulary must not be taken for them) or for a second document of that text.
    originals = [_document(f"d{k}", lines) for k, lines in enumerate(texts)]
    table = {d.id: analysis_of(d) for d in originals}
    documents = []
    for document, change in zip(originals, changes, strict=False):
        if len(document.sentences) < 2:  # (the segmenter may join the lines)
            documents.append(document)
            continue
        first, second, *rest = document.sentences
        joined = attrs.evolve(first, end=second.end, text=document.text[first.start : second.end])
        sentences = {
            "same": document.sentences,
            "drop": (first, *rest),
            "twice": (first, first, second, *rest),
            "join": (joined, *rest),
            "other id": document.sentences,
        }[change]
        documents.append(attrs.evolve(document, sentences=sentences))
        if change == "other id":
            table[f"{document.id}b"] = table[document.id]
            twin = f"{document.id}b"
            sentences = tuple(attrs.evolve(s, doc_id=twin) for s in document.sentences)
            documents.append(attrs.evolve(document, id=twin, sentences=sentences))
    total = sum(len(d.sentences) for d in documents)
    keep = data.draw(st.lists(st.booleans(), min_size=total, max_size=total))
    with near_duplicates.shared_analyses(table):
        every = collect(documents, concepts=False)
        some = collect(documents, concepts=False, keep=keep)
    _assert_kept_rows(some, every, keep)
    rows = np.flatnonzero(keep)
    assert some.source.tolist() == every.source[rows].tolist()
    assert some.position.tolist() == every.position[rows].tolist()
