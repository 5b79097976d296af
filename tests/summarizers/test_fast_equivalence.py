"""The vectorised summarizers select what sumy selects, with sumy's own ratings as scores.

Comparison rule (also in ``docs/performance.md``):

- Luhn, Edmundson, SumBasic and Reduction compute sumy's ratings with the same floating-point
  operations in the same order: scores and selections must be identical.
- LexRank, TextRank and LSA sum in a different order (sparse products, and for LSA a column
  norm instead of an SVD): scores must agree within ``RTOL`` (``ATOL`` near zero), and the
  selections must be identical unless sumy's ratings at the cut are a float tie (two sentences
  within that tolerance on either side of it). Then every sentence rated clearly above the cut
  must be selected by both, and the rest of each selection must come from the tie.
- KL: the pick order must equal sumy's for every pick sumy made without a float tie (its
  lowest divergence within ``RTOL`` of another candidate's); after the first such tie the
  two runs' summaries differ and are not compared.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.nlp.segmenter import segment
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.fast import ALGORITHMS, FastSummarizer
from newsbrief.summarizers.fast.vectors import row_max, segment_sums
from newsbrief.summarizers.sumy_adapter import SumySummarizer, build_model, make_summarizer

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXACT = ("luhn", "edmundson", "sumbasic", "reduction")
FLOAT = ("lexrank", "textrank", "lsa")
RTOL = 1e-9
ATOL = 1e-12


def load(path: Path, doc_id: str, title: str | None = None) -> Document:
    metadata = Metadata(language="en", title=title)
    return segment(Document.from_text(path.read_text("utf-8"), id=doc_id, metadata=metadata))


def scores(summarizer: Any, request: SummaryRequest) -> np.ndarray:
    with warnings.catch_warnings():
        # sumy's LSA warns when a text has fewer distinct words than sentences
        warnings.filterwarnings("ignore", "Number of words", UserWarning)
        return np.asarray(summarizer.score(request)[1])


def kl_picks(documents: Sequence[Document]) -> tuple[list[int], int]:
    """sumy's KL pick order, and how many picks came before its first float tie."""
    model = build_model(documents)
    summarizer = make_summarizer("kl", model.language)
    remaining = list(range(len(model.sentences)))
    picks: list[int] = []
    clear = None

    def best(kls: list[float]) -> int:
        nonlocal clear
        index = kls.index(min(kls))
        near = [k for k in kls if math.isclose(k, kls[index], rel_tol=RTOL, abs_tol=ATOL)]
        if clear is None and len(near) > 1:
            clear = len(picks)
        picks.append(remaining.pop(index))
        return index

    summarizer._find_index_of_best_sentence = best
    summarizer(model.document, 1)
    return picks, len(picks) if clear is None else clear


def assert_equivalent(
    name: str, documents: Sequence[Document], counts: Sequence[int], **options: Any
) -> None:
    """Our scores and selections against sumy's, by the rule in this module's docstring.

    sumy runs once; its selection for each count is the top of its
    ratings (``test_sumy_summarizers`` checks that this is exactly sumy's own selection).
    """
    request = SummaryRequest(documents, options=options)
    ours = scores(FastSummarizer(name), request)
    if name == "kl":
        picks, clear = kl_picks(documents)
        order = np.argsort(-ours, kind="stable")
        assert list(order[:clear]) == picks[:clear]
        for count in counts:
            if clear >= count:
                assert sorted(order[:count]) == sorted(picks[:count])
        return
    theirs = scores(SumySummarizer(name), request)
    if name in EXACT:
        assert ours.tolist() == theirs.tolist()
        return
    np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=ATOL)
    for count in counts:
        # The plain top ``count`` (select_top also drops repeated texts and fragments, the
        # same way for both: the scores are compared here, not that policy).
        chosen = set(np.argsort(-ours, kind="stable")[:count].tolist())
        expected = set(np.argsort(-theirs, kind="stable")[:count].tolist())
        if chosen == expected:
            continue
        cut = sorted(theirs, reverse=True)[count - 1]
        band = RTOL * abs(cut) + ATOL
        above = set(np.flatnonzero(theirs > cut + band))
        tie = set(np.flatnonzero(abs(theirs - cut) <= band))
        assert len(tie) > 1, "selections differ without a float tie at the cut"
        for selection in (chosen, expected):
            assert above <= selection <= above | tie


# --- Real articles ------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(ALGORITHMS))
def test_seed_articles(name: str) -> None:
    # sumy's KL is cubic in the number of sentences: two articles (about 60 sentences) for it
    paths = SEEDS[1:3] if name == "kl" else SEEDS
    documents = [load(path, f"seed{i}") for i, path in enumerate(paths)]
    assert_equivalent(name, documents, [1, 5, 12])


@pytest.mark.parametrize("name", list(ALGORITHMS))
def test_each_seed_article_with_its_title(name: str) -> None:
    for i, path in enumerate(SEEDS):
        document = load(path, f"t{i}", title=path.read_text("utf-8").splitlines()[0][:80])
        assert_equivalent(name, [document], [4])


@pytest.mark.parametrize("name", list(ALGORITHMS))
def test_tac_articles(name: str, shared_dir: Path) -> None:
    folder = shared_dir / "data" / "tac2011-multiling-en" / "SourceTexts"
    paths = sorted(folder.glob("*.english"))[:: 20 if name != "kl" else 50]
    documents = [load(path, path.stem) for path in paths]
    assert_equivalent(name, documents, [10])


def test_edmundson_options() -> None:
    documents = [load(path, f"seed{i}", title="NATO air defence") for i, path in enumerate(SEEDS)]
    for options in (
        {"key_weight": 1},
        {"cue_weight": 0, "title_weight": 0},
        {"bonus_words": ["Ukraine", "missiles"], "stigma_words": ["said"], "null_words": ["a"]},
    ):
        assert_equivalent("edmundson", documents, [6], **options)


# --- Generated texts ----------------------------------------------------------------------

# Few distinct words, capitals, stop words, repeats and one-word sentences: many exact ties.
VOCABULARY = [
    "the", "The", "of", "and", "it", "is", "Ukraine", "ukraine", "missile", "missiles",
    "defence", "Defence", "NATO", "air", "said", "says", "zone", "no-fly", "F-16", "2024",
    "he", "was", "not", "rockets", "rocket", "Kyiv",
]  # fmt: skip
sentence = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=9).map(
    lambda words: " ".join(words).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
texts = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(list(ALGORITHMS)), st.integers(1, 6), st.booleans())
def test_generated_texts(text: str, name: str, count: int, titled: bool) -> None:
    title = "NATO air defence for Kyiv" if titled else None
    document = segment(
        Document.from_text(text, id="g", metadata=Metadata(language="en", title=title))
    )
    assert_equivalent(name, [document], [count])


# --- Building blocks ----------------------------------------------------------------------


@given(st.lists(st.lists(st.floats(0, 1e6, allow_subnormal=False), max_size=12), max_size=20))
def test_segment_sums_add_left_to_right_like_python(segments: list[list[float]]) -> None:
    values = np.array([v for s in segments for v in s])
    lengths = np.array([len(s) for s in segments], dtype=np.int64)
    starts = np.r_[0, np.cumsum(lengths)[:-1]].astype(np.int64)
    assert segment_sums(values, starts, lengths).tolist() == [sum(s) for s in segments]


def test_row_max_of_empty_rows() -> None:
    import scipy.sparse as sp

    matrix = sp.csr_matrix(np.array([[0, 2, 1], [0, 0, 0], [3, 0, 0]], dtype=float))
    assert row_max(matrix).tolist() == [2.0, 0.0, 3.0]
    assert row_max(sp.csr_matrix((2, 0))).tolist() == [0.0, 0.0]


# --- Through the public API -------------------------------------------------------------------


def test_names_serve_the_fast_versions_and_sumy_stays_available() -> None:
    for name in ALGORITHMS:
        assert isinstance(newsbrief.get_summarizer(name), FastSummarizer)
        reference = newsbrief.get_summarizer(f"sumy-{name}")
        assert isinstance(reference, SumySummarizer)
        assert reference.algorithm == name


def test_summarize_exposes_scores_and_is_deterministic() -> None:
    text = SEEDS[2].read_text("utf-8")
    for name in ALGORITHMS:
        first = newsbrief.summarize(text, name, sentences=3)
        assert len(first) == 3
        assert all(math.isfinite(item.score) for item in first)
        assert newsbrief.summarize(text, name, sentences=3) == first
        reference = newsbrief.summarize(text, f"sumy-{name}", sentences=3)
        assert [i.sentence for i in first] == [i.sentence for i in reference]


def test_cli_scores(seeds_dir: Path) -> None:
    from click.testing import CliRunner

    from newsbrief.cli import cli

    path = str(seeds_dir / SEEDS[2].name)
    options = ["--sentences", "2", "--scores"]
    result = CliRunner().invoke(cli, ["summarize", path, "--summarizer", "lexrank", *options])
    assert result.exit_code == 0, result.output
    reference = CliRunner().invoke(
        cli, ["summarize", path, "--summarizer", "sumy-lexrank", *options]
    )
    assert result.output == reference.output


def test_another_language() -> None:
    german = segment(
        Document.from_text(
            "Die Regierung hat neue Raketen bestellt. Die Raketen kommen im Mai. Mai ist spät. "
            "Die Regierung bestellt Raketen.",
            id="de",
            metadata=Metadata(language="de"),
        )
    )
    for name in ALGORITHMS:
        assert_equivalent(name, [german], [2])


# --- Benchmark and start-up -------------------------------------------------------------------


def test_help_imports_no_numerical_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from newsbrief.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'sumy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_speed_benchmark_runs_and_checks_selections(capsys: pytest.CaptureFixture) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "speed_sumy", ROOT / "benchmarks" / "speed_sumy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document, note = module.benchmark_text(40)
    assert len(document.sentences) == 40 and "sentences" not in note
    status = module.main(
        ["--sentences", "40", "--kl-sentences", "25", "--count", "3", "--repeat", "1"]
    )
    out = capsys.readouterr().out
    assert status == 0
    for name in ALGORITHMS:
        assert f"| {name} |" in out
    assert "`newsbrief --help`:" in out


def test_ukrainian_and_a_document_with_only_a_title() -> None:
    ukrainian = segment(
        Document.from_text(
            "Президент України провів зустріч у Києві. Зустріч тривала дві години.\n\n"
            "Президент заявив про нові рішення. Рішення стосуються оборони України.",
            id="uk",
            metadata=Metadata(language="uk", title="Зустріч Президента"),
        )
    )
    title_only = segment(
        Document.from_text("", id="empty", metadata=Metadata(language="uk", title="Оборона"))
    )
    for name in ALGORITHMS:
        assert_equivalent(name, [ukrainian, title_only], [1, 2])
        assert_equivalent(name, [title_only, ukrainian], [3])
