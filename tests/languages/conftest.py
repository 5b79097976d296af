"""Fixtures of the language home's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.languages import PATH_ENV, reload


@pytest.fixture
def language_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A directory on ``NEWSBRIEF_LANGUAGES_PATH``; caches are reset before and after."""
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    yield tmp_path
    monkeypatch.delenv(PATH_ENV)
    reload()
