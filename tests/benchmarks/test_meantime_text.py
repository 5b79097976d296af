"""MEANTIME's tokens rendered back as news text, the form a quote key's offsets index."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _renderer() -> ModuleType:
    """``benchmarks/meantime_text.py`` (a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location(
        "meantime_text", ROOT / "benchmarks" / "meantime_text.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(tmp_path: Path, sentences: list[list[str]]) -> Path:
    tokens = "".join(
        f'<token number="{n}" sentence="{s}" t_id="{s * 100 + n + 1}">{word}</token>'
        for s, words in enumerate(sentences)
        for n, word in enumerate(words)
    )
    path = tmp_path / "article.xml"
    path.write_text(f'<Document doc_name="a">{tokens}</Document>', encoding="utf-8")
    return path


def test_quotation_marks_close_up_and_a_quotation_keeps_its_sentences_together(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        [
            ["Jobs", "speaks"],
            ["He", "said", ",", "``", "We", "'re", "ready", "."],
            ["It", "works", "&amp;", "sells", ".", "''", "Then", "he", "left", "."],
            ["``", "Never", "''", "is", "a", "word", "."],
        ],
    )
    text = _renderer().news_text(path)
    assert text == (
        "Jobs speaks\n\n"
        "He said, “We're ready. It works & sells.” Then he left.\n\n"
        "“Never” is a word."
    )


def test_every_meantime_article_has_balanced_marks() -> None:
    data = ROOT.parent / "shared" / "data" / "meantime" / "en" / "intra-doc_annotation"
    if not data.is_dir():
        pytest.skip(f"MEANTIME English is not under {data} (the shared evaluation data)")
    renderer = _renderer()
    paths = sorted(data.glob("*/*.xml"))
    assert len(paths) == 120, "MEANTIME English has 120 articles"
    for path in paths:
        text = renderer.news_text(path)
        assert text.count("“") - text.count("”") in (0, 1), path.name
