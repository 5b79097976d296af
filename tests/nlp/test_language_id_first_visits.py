"""The identifier's first-visit table: left clean after every text, one per thread.

``FastIdentifier.visits`` finds each feature's first visit with ``minimum.at`` into a table over
all features instead of sorting; the table must hold nothing of one text when the next comes
(else a feature seen earlier would seem visited sooner), even when a walk fails halfway, and
threads walking at once must not share it.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import visit_counts

from newsbrief.languages import detect
from newsbrief.languages.identifier import _UNSEEN, FastIdentifier

TEXTS = [
    "Ukraine's president said on Tuesday that talks with NATO would resume next week.",
    "Верховна Рада ухвалила закон про бюджет на наступний рік у другому читанні.",
    "أعلنت الحكومة عن إجراءات جديدة لدعم الأسر ذات الدخل المحدود.",
    "国务院周二宣布了一系列支持中小企业的新措施。",
    "the the the the the the the the",
    "a",
    "",
]


@pytest.fixture(scope="module")
def fast() -> FastIdentifier:
    identifier = detect._identifier()
    assert isinstance(identifier, FastIdentifier)
    return identifier


def _expected(identifier: FastIdentifier, data: bytes) -> list[tuple[int, float]]:
    found = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
    return [(feature, float(count)) for feature, count in (found or Counter()).items()]


def _visited(identifier: FastIdentifier, data: bytes) -> list[tuple[int, float]]:
    found = identifier.visits(data)
    if found is None:
        return []
    return list(zip(found[0].tolist(), found[1].tolist(), strict=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TEXTS) | st.text(max_size=80), min_size=1, max_size=6))
def test_texts_in_a_row_are_each_counted_alone(fast: FastIdentifier, texts: list[str]) -> None:
    for text in texts:
        data = fast._encode(text)
        assert _visited(fast, data) == _expected(fast, data)
    assert (fast._first_visits() == _UNSEEN).all()


def test_a_failed_walk_leaves_the_table_clean(
    fast: FastIdentifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    minimum = np.minimum

    class Failing:
        """``np.minimum`` whose ``at`` writes the first visits, then fails."""

        @staticmethod
        def at(table: np.ndarray, features: np.ndarray, positions: np.ndarray) -> None:
            minimum.at(table, features, positions)
            raise RuntimeError("interrupted")

    data = fast._encode(TEXTS[0])
    monkeypatch.setattr(np, "minimum", Failing)
    with pytest.raises(RuntimeError):
        fast.visits(data)
    monkeypatch.undo()
    assert (fast._first_visits() == _UNSEEN).all()
    assert _visited(fast, data) == _expected(fast, data)


def test_threads_walking_at_once_each_get_their_own_answer(fast: FastIdentifier) -> None:
    datas = [fast._encode(text * 20) for text in TEXTS] * 8
    expected = [_expected(fast, data) for data in datas]
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(lambda data: _visited(fast, data), datas))
    assert found == expected


def test_each_thread_has_its_own_table(fast: FastIdentifier) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        other = pool.submit(fast._first_visits).result()
    assert other is not fast._first_visits()
    assert len(other) == len(fast._table)
