"""A comment belongs above a word list: inside a triple-quoted list TOML reads it as words."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsbrief.languages

DATA = Path(newsbrief.languages.__file__).parent / "data"


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, path)
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.name)
def test_no_comment_line_inside_a_word_list(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    inside = [
        (key, line.strip())
        for key, text in _strings(data, "")
        for line in text.splitlines()
        if line.lstrip().startswith("#")
    ]
    assert inside == []
