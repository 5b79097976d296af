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


def test_an_unmarked_answer_counts_for_recall_but_not_as_a_matched_span(tmp_path: Path) -> None:
    # A printed interview's answers carry ``quoted: false`` and are not among the spans whose
    # share precision gives; matching them too put precision above 1 (val35: 1.020).
    text = (
        "Q&A: Baker Ines Moreau on thirty years of bread\n\n"
        "Ines Moreau opened her bakery in Lyon in 1996.\n\n"
        "Q: How did you begin?\n"
        "A: My mother baked every morning and I took over her oven.\n\n"
        "Q: What is hardest now?\n"
        "A: Flour costs twice what it did, so we bake less and sell out by noon.\n\n"
        'A neighbour said: "Her rye is the best in the street."\n'
    )
    key = {
        "about": "a test key",
        "language": "en",
        "documents": [
            {
                "id": "bakery",
                "published": "2024-03-04",
                "text": text,
                "quotes": [
                    {"text": "My mother baked every morning and I took over her oven.",
                     "speaker": "Ines Moreau"},
                    {"text": "Flour costs twice what it did, so we bake less and sell out by "
                     "noon.", "speaker": "Ines Moreau"},
                    {"text": "Her rye is the best in the street.", "speaker": None},
                ],
                "not_quotes": [],
            }
        ],
    }  # fmt: skip
    path = tmp_path / "quotes_en-interview.json"
    path.write_text(json.dumps(key), encoding="utf-8")

    figures = _benchmark().score_key(path, misses=False)

    assert figures is not None
    assert (figures["quotes"], figures["found"]) == (3, 3)
    assert figures["spans"] == 1  # the one quotation in marks
    assert figures["matched"] == 1
