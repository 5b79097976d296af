"""The quote benchmark's scorer: each key entry is matched to its own place in the text."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    """``benchmarks/quote_benchmark.py`` (a script, not a package) as a module."""
    sys.path.insert(0, str(ROOT / "benchmarks"))  # the script imports its sibling modules
    try:
        spec = importlib.util.spec_from_file_location(
            "quote_benchmark", ROOT / "benchmarks" / "quote_benchmark.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def test_the_same_words_quoted_twice_are_scored_at_each_of_their_places(tmp_path: Path) -> None:
    text = (
        "Flood town vows to return\n\n"
        '"We will rebuild," Ann Roe, the mayor, said on Monday as the water fell.\n\n'
        "Across the river, the farmer Tom Hale said the same words a day later. "
        '"We will rebuild," he said.\n'
    )
    key = {
        "about": "a test key",
        "language": "en",
        "documents": [
            {
                "id": "flood",
                "published": "2024-03-04",
                "text": text,
                "quotes": [
                    {"text": "We will rebuild,", "speaker": "Ann Roe"},
                    {"text": "We will rebuild,", "speaker": "Tom Hale"},
                ],
                "not_quotes": [],
            }
        ],
    }
    path = tmp_path / "quotes_en-twice.json"
    path.write_text(json.dumps(key), encoding="utf-8")

    figures = _benchmark().score_key(path, misses=False)

    assert figures is not None
    assert (figures["quotes"], figures["found"], figures["speaker"]) == (2, 2, 2)
    # Both quotations are matched, so neither counts as a false one.
    assert figures["matched"] == figures["spans"] == 2
