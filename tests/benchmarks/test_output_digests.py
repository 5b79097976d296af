"""The output-identity check: digests of a small key and the seed briefing, and their comparison."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    """``benchmarks/output_digests.py`` (a script, not a package) as a module."""
    if "output_digests" in sys.modules:
        return sys.modules["output_digests"]
    spec = importlib.util.spec_from_file_location(
        "output_digests", ROOT / "benchmarks" / "output_digests.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["output_digests"] = module
    spec.loader.exec_module(module)
    return module


def _key(folder: Path, name: str, texts: list[str]) -> None:
    documents = [{"text": text, "published": "2024-03-05"} for text in texts]
    payload = {"language": "en", "documents": documents}
    (folder / name).write_text(json.dumps(payload), encoding="utf-8")


def test_a_document_whose_annotations_change_changes_its_digest_only(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.mkdir()
    _key(keys, "quotes_en-tiny.json", ['"We will rebuild," Mayor Ana Lopez said on Monday.'])
    _key(keys, "seed_slots.json", ["Not documents: left out, as the seed briefing's slots are."])
    before = _benchmark().annotation_digests(keys, tmp_path)
    _key(keys, "quotes_en-tiny.json", ['"We will rebuild," Mayor Ana Lopez said on Tuesday.'])
    after = _benchmark().annotation_digests(keys, tmp_path)

    assert list(before) == ["quotes_en-tiny#0"]
    assert before != after


def test_compare_names_what_differs_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps({"k#0": "a", "k#1": "b", "seeds.json": "c"}), encoding="utf-8")
    after.write_text(json.dumps({"k#0": "a", "k#1": "x"}), encoding="utf-8")

    assert _benchmark().main(["--compare", str(before), str(after)]) == 1
    printed = capsys.readouterr().out
    assert printed.splitlines()[0] == "2 of 3 digests differ (3 vs 2)"
    assert "  k#1" in printed and f"  seeds.json (only in {before})" in printed
    assert _benchmark().main(["--compare", str(before), str(before)]) == 0


def test_a_webpages_key_gives_its_development_half_only(tmp_path: Path) -> None:
    # The blind half of the *-webpages* keys (odd positions) is never looked at, nor named.
    keys = tmp_path / "keys"
    keys.mkdir()
    texts = ["The council met on Monday.", "Rain fell in Lyon.", "A bridge reopened in Turin."]
    _key(keys, "entities_fr-webpages26.json", texts)

    assert list(_benchmark().annotation_digests(keys, tmp_path)) == [
        "entities_fr-webpages26#0",
        "entities_fr-webpages26#2",
    ]
