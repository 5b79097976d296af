"""One ``[entities]`` key holds one kind of value in every language's data file (session 38,
review RK): a reader takes a key either as a word list or as a table, so a key that is a table
in one language and words in another is read wrongly in one of them (``lang.words`` of a table
reads its keys; ``lang.table`` of words is empty)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import newsbrief.languages

DATA = Path(newsbrief.languages.__file__).parent / "data"


def _entities(path: Path) -> dict[str, object]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    section = data.get("entities", {})
    return section if isinstance(section, dict) else {}


def test_the_oblique_adjective_endings_of_every_language_are_a_table() -> None:
    # (entities/foreign_declension.py reads ``oblique_adjective_endings`` as a table: an
    # oblique ending -> its nominative's, ``en`` -> ``e``)
    words = [
        path.name
        for path in sorted(DATA.glob("*.toml"))
        if "oblique_adjective_endings" in _entities(path)
        and not isinstance(_entities(path)["oblique_adjective_endings"], dict)
    ]
    assert words == []
