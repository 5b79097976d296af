"""The words that link two dates into a range are the language data's, not the grammar's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.annotators.dates import DateAnnotator
from newsbrief.languages import PATH_ENV, reload
from newsbrief.model import AnnotationKind, Document, Metadata

TEXT = "The bridge stays shut spanning March 3 thru March 9, the county said."


def _dates(text: str) -> list[tuple[str, str]]:
    metadata = Metadata(published=dt.date(2025, 2, 20), language="en")
    (document,) = DateAnnotator().annotate([Document.from_text(text, metadata=metadata)])
    return [
        (a.text, a.attributes["granularity"]) for a in document.annotations_of(AnnotationKind.DATE)
    ]


@pytest.fixture
def more_range_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English data that also links a range with ``thru`` and opens one with ``spanning``."""
    (tmp_path / "en.toml").write_text(
        '[calendar]\nrange_links = "thru"\nrange_openers = "spanning"\n', encoding="utf-8"
    )
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    yield
    monkeypatch.delenv(PATH_ENV)
    reload()


def test_the_shipped_words_link_a_range() -> None:
    assert _dates("The bridge stays shut from March 3 to March 9.") == [
        ("March 3 to March 9", "range")
    ]
    assert [kind for _, kind in _dates(TEXT)] == ["day", "day"]


def test_words_added_to_the_data_link_a_range(more_range_words: None) -> None:
    assert _dates(TEXT) == [("March 3 thru March 9", "range")]
