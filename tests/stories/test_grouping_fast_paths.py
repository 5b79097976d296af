"""Story grouping's fast paths give what the plain ones give, bit for bit.

* pair scores by the block product equal the scores by gathering each pair's two rows (the
  plain way), to the last bit, whichever way each block takes;
* features read through ``compress`` and the remembered tables equal the plain per-token reading
  of the shared analysis (:meth:`Analysis.content_stems`, one regular-expression search per
  sentence, the chunker's candidates one by one).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.model import Document, Metadata
from newsbrief.nlp.analysis import Analysis, analyse
from newsbrief.nlp.segmenter import segment
from newsbrief.stories import features, grouping


def _gathered(terms: sp.csr_matrix, entities: sp.csr_matrix, pairs: np.ndarray, weight: float):
    # The plain way: each pair's two rows multiplied, then weighted by column.
    both = sp.hstack([terms, entities], format="csr")
    weights = np.concatenate(
        [np.full(terms.shape[1], 1 - weight), np.full(entities.shape[1], weight)]
    )
    if not len(pairs):
        return np.zeros(0)
    return both[pairs[:, 0]].multiply(both[pairs[:, 1]]) @ weights


def _random_rows(rng: np.random.Generator, n: int, columns: int, density: float) -> sp.csr_matrix:
    # Columns sorted within each row, as grouping's rows are (``_joined_rows``).
    return grouping._normalise_rows(
        sp.random(n, columns, density=density, format="csr", random_state=rng)
    ).sorted_indices()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 90),
    st.integers(1, 60),
    st.sampled_from([0.5, 0.0, 1.0, 0.25, 0.3]),
    st.sampled_from([1, 7, 64, 1 << 22]),
    st.sampled_from([0, 8, 10**9]),
    st.integers(0, 2**32 - 1),
)
def test_product_scores_equal_gathered_scores_bit_for_bit(
    n: int, columns: int, weight: float, cells: int, advantage: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    terms = _random_rows(rng, n, columns, 0.3)
    entities = _random_rows(rng, n, columns, 0.1)
    pairs = grouping._candidate_pairs(terms, entities)
    with pytest.MonkeyPatch.context() as patch:
        # Blocks of a few rows, and each block forced to either way (0: always gathering,
        # 10**9: always the product when exact).
        patch.setattr(grouping, "_PRODUCT_CELLS", cells)
        patch.setattr(grouping, "_PRODUCT_ADVANTAGE", advantage)
        scores = grouping.StoryGrouper(entity_weight=weight)._pair_scores(terms, entities, pairs)
    assert np.array_equal(scores, _gathered(terms, entities, pairs, weight))


def test_the_product_is_taken_only_where_its_floats_are_exact() -> None:
    both = sp.csr_matrix(np.eye(3))
    assert grouping._PairScorer(both, np.array([0.5, 0.5, 0.5])).exact
    assert grouping._PairScorer(both, np.array([0.0, 1.0, 1.0])).exact
    assert not grouping._PairScorer(both, np.array([0.7, 0.3, 0.3])).exact


def test_a_pair_sharing_nothing_scores_zero_either_way(monkeypatch) -> None:
    terms = sp.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]))
    entities = sp.csr_matrix((3, 0))
    pairs = np.array([[0, 1], [0, 2]], dtype=np.int64)
    monkeypatch.setattr(grouping, "_PRODUCT_ADVANTAGE", 10**9)
    scores = grouping.StoryGrouper()._pair_scores(terms, entities, pairs)
    assert scores.tolist() == [0.0, 0.5]


# --- features ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")


def _plain_features(document: Document, analysis: Analysis) -> tuple[list, list]:
    """The per-token reading (the code before the fast paths, kept here as the reference)."""
    terms = Counter(analysis.title_content_stems())
    for first, last in analysis.sentence_tokens:
        terms.update(analysis.content_stems(range(first, last)))
    found: dict[str, str] = {}
    text = document.text
    starts, ends = analysis.starts.tolist(), analysis.ends.tolist()
    inside = {i for first, last in analysis.sentence_tokens for i in range(first, last)}
    capitalised = features.languages.language(analysis.language).capitalised_calendar
    for hit in analysis.calendar:
        if hit.kind == "month" and hit.token in inside:
            date = features._month_day(text, capitalised, starts, ends, hit.token)
            if date is not None:
                found.setdefault(f"date:{hit.value}-{date[0]}", date[1])
    title = document.metadata.title or ""
    pieces = ([title] if title else []) + [text[s:e] for s, e in analysis.sentences]
    for piece in pieces:
        for match in _NUMBER.finditer(piece):
            digits = match.group(0).replace(",", "")
            if len(digits) >= 2:
                found.setdefault(f"num:{digits}", match.group(0))
    for candidate in (*analysis.title_candidates, *analysis.candidates):
        words = candidate.words
        lone = candidate.type is None and len(words) == 1 and candidate.sentence_initial
        if lone and not (len(candidate.text) >= 2 and candidate.text.isupper()):
            continue
        name = candidate.canonical or candidate.text
        names = [(name, name)] + [(w, w) for w in words if len(words) > 1 and w[:1].isupper()]
        for key, surface in names:
            found.setdefault(features._name_feature(key, document.language), surface)
    return list(terms.items()), list(found.items())


_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "of",
        "said",
        "Minister",
        "Anna",
        "Kovalenko",
        "NATO",
        "Red",
        "Cross",
        "in",
        "on",
        "3",
        "12",
        "1,200",
        "4.5",
        "2024",
        "٣",
        "October",
        "May",
        "may",
        "5",
        "June",
        "Kyiv",
        "Berlin",
        "and",
        "9.1.2",
        "x7",
        "½",
        "30s",
        "e.g.",
        "mid-2024",
        "Zelensky's",
        "UN",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(_SENTENCE, min_size=1, max_size=8),
    st.one_of(st.none(), _SENTENCE),
    st.sampled_from(["en", "de", "uk", None]),
    st.sampled_from(["\n\n", " ", "\n"]),
)
def test_features_equal_the_plain_reading(
    sentences: list[str], title: str | None, language: str | None, gap: str
) -> None:
    document = segment(
        Document.from_text(
            gap.join(sentences), id="d", metadata=Metadata(title=title, language=language)
        )
    )
    analysis = analyse(document)
    got = features.extract_features(document, analysis)
    terms, entities = _plain_features(document, analysis)
    assert list(got.terms.items()) == terms
    assert list(got.entities.items()) == entities


#: The number pattern as it was first written (an alternation, each side opening on ``\b``).
_PLAIN_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        st.sampled_from(list("0123456789,.-_ aé\n٣۵१x")) | st.characters(), min_size=0, max_size=40
    )
)
def test_number_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert features._NUMBER.findall(text) == _PLAIN_NUMBER.findall(text)
    matches = [m.span() for m in features._NUMBER.finditer(text)]
    assert matches == [m.span() for m in _PLAIN_NUMBER.finditer(text)]


def test_number_pattern_on_numbers_in_words() -> None:
    text = "1,200 people, 3.5 km, B2B, x9, 9x, 1990s, ٣٤ and 7. Then 12,,13 and .5"
    assert features._NUMBER.findall(text) == _PLAIN_NUMBER.findall(text)
    assert features._NUMBER.findall(text)[:2] == ["1,200", "3.5"]
