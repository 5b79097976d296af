"""The ROUGE scorer, the corpus readers and the benchmark runner."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsbrief
from newsbrief import hookimpl
from newsbrief.evaluation.corpora import (
    Corpus,
    detect_layout,
    parse_trec_sgml,
    read_corpus,
    read_duc2004,
    read_tac2011,
    read_topic_folders,
)
from newsbrief.evaluation.rouge import (
    RougeScorer,
    RougeSettings,
    Score,
    cut_words,
    skip_bigrams,
)
from newsbrief.model import SummaryItem
from newsbrief.plugins import PluginHost

ROOT = Path(__file__).resolve().parents[2]
TAC = Path("data") / "tac2011-multiling-en"


def _runner() -> ModuleType:
    """``benchmarks/rouge_benchmark.py`` (a script, not a package) as a module."""
    if "rouge_benchmark" in sys.modules:
        return sys.modules["rouge_benchmark"]
    spec = importlib.util.spec_from_file_location(
        "rouge_benchmark", ROOT / "benchmarks" / "rouge_benchmark.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["rouge_benchmark"] = module
    spec.loader.exec_module(module)
    return module


# --- Scorer ----------------------------------------------------------------------------------


def test_tokens_follow_rouge155() -> None:
    scorer = RougeScorer(RougeSettings(stem=False))
    # Hyphens split words and vanish; "cannot" and "gonna" stay whole (nltk would split them);
    # non-ASCII letters are separators, as bytes are to the Perl script.
    assert scorer.tokens("Well-known CANNOT gonna café $5") == [
        "well",
        "known",
        "cannot",
        "gonna",
        "caf",
        "5",
    ]


def test_stemming_uses_rouge_exceptions_without_nltk_data() -> None:
    scorer = RougeScorer(RougeSettings(stem=True))
    # Porter for long tokens, untouched up to three letters, WordNet exceptions first.
    assert scorer.tokens("running cats are geese") == ["run", "cat", "are", "goose"]


def test_length_cut_counts_whitespace_words_across_lines() -> None:
    assert cut_words("one two\nthree-four five\nsix", 3) == "one two three-four"
    assert cut_words("one two\n\nthree", None) == "one two three"
    scorer = RougeScorer(RougeSettings(stem=False, length_limit=2))
    assert scorer.tokens("a b c", peer=True) == ["a", "b"]
    assert scorer.tokens("a b c") == ["a", "b", "c"]  # references are never cut


def test_skip_bigrams_leave_out_the_last_unigram_like_perl() -> None:
    grams = skip_bigrams(["a", "b", "c"], gap=4)
    assert set(grams) == {("a",), ("b",), ("a", "b"), ("a", "c"), ("b", "c")}


def test_model_average_sums_counts_over_references() -> None:
    scorer = RougeScorer(RougeSettings(stem=False, skip_gap=None, perl_rounding=False))
    score = scorer.score("a b c d", ["a b x y", "a b c d e f"])["ROUGE-1"]
    assert score.recall == pytest.approx(6 / 10)
    assert score.precision == pytest.approx(6 / 8)
    best = RougeScorer(RougeSettings(stem=False, skip_gap=None, scoring="B"))
    assert best.score("a b c d", ["a b x y", "a b c d e f"])["ROUGE-1"].recall == 0.66667


def test_jackknife_averages_leave_one_out_sets() -> None:
    settings = RougeSettings(stem=False, skip_gap=None, jackknife=True, perl_rounding=False)
    recall = RougeScorer(settings).score("a b", ["a b", "a x", "y z"])["ROUGE-1"].recall
    assert recall == pytest.approx((3 / 4 + 2 / 4 + 1 / 4) / 3)


def test_agrees_with_py_rouge_given_the_same_tokens() -> None:
    from newsbrief.evaluation.rouge import _load_py_rouge

    rouge_class = _load_py_rouge()

    class WhitespaceRouge(rouge_class):  # type: ignore[misc, valid-type]
        # py-rouge's own pipeline with the NLTK-data-free tokenizer swapped in.
        tokenize_text = staticmethod(lambda text, language="english": text.split())

    summary = "The quick brown foxes jumped.\nThey were running over lazy dogs."
    refs = ["A quick brown fox jumps over the lazy dog.", "Foxes run; dogs sleep lazily."]
    theirs = WhitespaceRouge(metrics=["rouge-n"], max_n=2, limit_length=False, stemming=True)
    ours = RougeScorer(RougeSettings(stem=True, skip_gap=None, perl_rounding=False))
    expected = theirs.get_scores(summary, refs)
    got = ours.score(summary, refs)
    for n in (1, 2):
        assert got[f"ROUGE-{n}"].recall == pytest.approx(expected[f"rouge-{n}"]["r"])
        assert got[f"ROUGE-{n}"].f == pytest.approx(expected[f"rouge-{n}"]["f"])


def test_settings_state_the_flags() -> None:
    settings = RougeSettings(stem=True, length_limit=100)
    assert settings.flags() == "-n 2 -m -2 4 -u -l 100 -f A -p 0.5 -t 0"
    assert "stemming on, stopwords kept, peers cut to 100 words" in settings.describe()
    assert settings.metrics == ("ROUGE-1", "ROUGE-2", "ROUGE-SU4")


@pytest.mark.shared
def test_reproduces_published_tac2011_scores(shared_dir: Path) -> None:
    from newsbrief.evaluation.verify import verify_tac2011

    corpus = read_corpus(shared_dir / TAC)
    checks = verify_tac2011(corpus)
    assert len(checks) == 30  # 10 systems x ROUGE-1/2/SU4
    for check in checks:
        # Every summary's R/P/F equals a published line, digit for digit ...
        assert check.matched == check.summaries == 10
        assert check.ours == pytest.approx(check.official_mean, abs=1e-6)
        # ... and weighting them like ROUGE-1.5.5's bootstrap gives the published average.
        assert check.ours_resampled is not None
        assert round(check.ours_resampled, 5) == check.official
        # Without that weighting the bootstrap noise stays below 0.0005.
        assert abs(check.ours - check.official) < 5e-4


# --- Corpus readers --------------------------------------------------------------------------

SGML = """<DOC>
<DOCNO> APW19981016.0240 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<HEADLINE> Storm hits
 the coast </HEADLINE>
<TEXT>
   A storm hit the coast on Friday,
officials said.
   Power was cut to 10,000 homes &amp; shops.
</TEXT>
</DOC>
<DOC>
<DOCNO> NYT19981016.0001 </DOCNO>
<TEXT>
<P>
First paragraph
wrapped.
</P>
<P>
Second &AMP; last.
</P>
</TEXT>
</DOC>
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_trec_sgml_bodies_become_paragraph_lines() -> None:
    first, second = parse_trec_sgml(SGML)
    assert first.id == "APW19981016.0240"
    assert first.title == "Storm hits the coast"
    assert first.text == (
        "A storm hit the coast on Friday, officials said.\n\nPower was cut to 10,000 homes & shops."
    )
    assert second.title is None
    assert second.text == "First paragraph wrapped.\n\nSecond & last."


def test_duc2004_layout(tmp_path: Path) -> None:
    _write(tmp_path / "docs" / "d30001t" / "APW19981016.0240", SGML)
    _write(tmp_path / "models" / "D30001.M.100.T.A", "A storm hit.")
    _write(tmp_path / "models" / "D30001.M.100.T.B", "Homes lost power.")
    _write(tmp_path / "peers" / "D30001.M.100.T.12", "Storm.")
    corpus = read_corpus(tmp_path)
    assert corpus.layout == "duc2004"
    assert corpus.length_limit == 100 and corpus.words == 100
    (topic,) = corpus.topics
    assert topic.id == "D30001"
    assert [d.id for d in topic.documents] == ["APW19981016.0240", "NYT19981016.0001"]
    assert topic.references == ("A storm hit.", "Homes lost power.")
    assert corpus.peers == {"12": {"D30001": "Storm."}}


def test_topic_folders_layout(tmp_path: Path) -> None:
    _write(tmp_path / "topics" / "t1" / "docs" / "a.txt", "Alpha.")
    _write(tmp_path / "topics" / "t1" / "docs" / ".DS_Store", "junk")
    _write(tmp_path / "topics" / "t1" / "refs" / "r1.txt", "Ref.")
    _write(tmp_path / "topics" / "t2" / "docs" / "b.txt", "Beta.")
    corpus = read_topic_folders(tmp_path)
    assert detect_layout(tmp_path) == "topics"
    assert [(t.id, [d.id for d in t.documents], t.references) for t in corpus.topics] == [
        ("t1", ["a.txt"], ("Ref.",)),
        ("t2", ["b.txt"], ()),
    ]


def test_tac2011_layout(tmp_path: Path) -> None:
    for doc in range(2):
        _write(tmp_path / "SourceTexts" / f"M000{doc}.english", f"Title {doc}\n\nBody {doc}.")
    _write(tmp_path / "Model Summaries" / "English" / "M000.A.250", "Ref A.")
    _write(tmp_path / "Model Summaries" / "English" / "M000.B.250", "Ref B.")
    for system in ("ID10", "ID2"):
        _write(tmp_path / "correctedSubmissions" / system / "English" / "M000", system)
    corpus = read_tac2011(tmp_path)
    (topic,) = corpus.topics
    assert topic.id == "M000" and [d.id for d in topic.documents] == ["M0000", "M0001"]
    assert topic.references == ("Ref A.", "Ref B.")
    assert list(corpus.peers) == ["ID2", "ID10"]  # natural order
    assert corpus.length_limit is None and not corpus.official_stemming


def test_latin1_files_decode(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "docs" / "d1t").mkdir(parents=True)
    (tmp_path / "models" / "D1.M.100.T.A").write_bytes("caf\xe9 au lait".encode("cp1252"))
    assert read_duc2004(tmp_path).topics[0].references == ("café au lait",)


# --- Runner ----------------------------------------------------------------------------------


def _synthetic_corpus(root: Path) -> Path:
    """2 topics x 2 documents x 1 reference, in the topic-folders layout."""
    stories = {
        "floods": [
            "Heavy rain flooded the river valley on Monday. Hundreds of homes were evacuated. "
            "Rescue teams used boats to reach stranded families.",
            "The river burst its banks after three days of rain. Officials opened shelters "
            "in two schools. More rain is forecast for Wednesday.",
        ],
        "election": [
            "Voters chose a new mayor on Sunday. Turnout was the highest in twenty years. "
            "The winner promised cheaper buses.",
            "The new mayor won by a narrow margin. Her rival conceded late at night. "
            "Bus fares will be reviewed next month.",
        ],
    }
    refs = {
        "floods": "Rain flooded the river valley and homes were evacuated.",
        "election": "A new mayor won a narrow vote with record turnout.",
    }
    for topic, docs in stories.items():
        for i, text in enumerate(docs):
            _write(root / "topics" / topic / "docs" / f"{topic}{i}.txt", text)
        _write(root / "topics" / topic / "refs" / "A.txt", refs[topic])
    return root


class FirstSentences:
    """Stub summarizer: the first sentence of each document (stands in for ``lead``)."""

    name = "stub-first"
    description = "first sentence of each document"
    multi_document = False

    def summarize(self, request: Any) -> list[Any]:
        return [SummaryItem(doc.sentences[0], 1.0) for doc in request.documents if doc.sentences]


class LastSentences(FirstSentences):
    """Stub summarizer: the last sentence of each document."""

    name = "stub-last"

    def summarize(self, request: Any) -> list[Any]:
        return [SummaryItem(doc.sentences[-1], 1.0) for doc in request.documents if doc.sentences]


class StubPlugin:
    """Registers the stubs through the summarizer hook, as any plugin would."""

    @hookimpl
    def register_summarizers(self, register: Any) -> None:
        register(FirstSentences())
        register(LastSentences())


def test_runner_end_to_end(tmp_path: Path, fresh_host: PluginHost, capsys: Any) -> None:
    runner = _runner()
    fresh_host.register(StubPlugin(), name="stubs")
    corpus = _synthetic_corpus(tmp_path / "corpus")
    output = tmp_path / "out" / "table.md"
    argv = ["--corpus", str(corpus), "--words", "20", "--systems", "stub-first", "stub-last"]
    assert runner.main([*argv, "nope", "--output", str(output), "--quiet"]) == 0
    report = capsys.readouterr().out
    assert output.read_text(encoding="utf-8") == report
    assert "`-n 2 -m -2 4 -u -f A -p 0.5 -t 0`" in report  # topic folders: stemmed, no cut
    assert "Budget(words=20)" in report
    rows = {line.split(" | ")[0].strip("| "): line for line in report.splitlines()}
    assert {"stub-first", "stub-last"} <= set(rows)
    assert "Unavailable (not scored): nope." in report
    # The first sentences carry the references' words: the stub ranking is meaningful.
    first_r1 = float(rows["stub-first"].split(" | ")[1])
    last_r1 = float(rows["stub-last"].split(" | ")[1])
    assert first_r1 > last_r1 > 0


def test_benchmark_summaries_are_the_briefings_build_makes(tmp_path: Path) -> None:
    """Same stories, same request: the benchmark's summary is ``build_briefing``'s summary."""
    runner = _runner()
    corpus = read_corpus(_synthetic_corpus(tmp_path / "corpus"))
    documents = runner.build_documents(corpus.topics[0])
    budget = runner.make_budget(25, 25)
    briefing = newsbrief.build_briefing(documents, budget=budget)
    expected = "\n".join(" ".join(i.sentence.text.split()) for i in briefing.summary)
    assert runner.summarize("newsbrief", documents, budget, seed=0) == expected


def test_duc_wire_datelines_are_set_aside(tmp_path: Path) -> None:
    sgml = (
        "<DOC>\n<DOCNO> APW1 </DOCNO>\n<HEADLINE> Pinochet arrested </HEADLINE>\n<TEXT>\n"
        "   LONDON (AP) _ Former Chilean dictator Augusto Pinochet has been arrested by\n"
        "British police, a spokesman said.\n   ``He was arrested on a warrant issued in\n"
        "Spain,'' Scotland Yard said.\n</TEXT>\n</DOC>\n"
    )
    (tmp_path / "docs" / "d1t").mkdir(parents=True)
    (tmp_path / "docs" / "d1t" / "APW1").write_text(sgml, encoding="utf-8")
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "D1.M.100.T.A").write_text("Pinochet was arrested.", encoding="utf-8")
    (document,) = _runner().build_documents(read_duc2004(tmp_path).topics[0])
    assert document.metadata.title == "Pinochet arrested"
    first, second = (sentence.text for sentence in document.sentences)
    assert first.startswith("Former Chilean dictator")  # the dateline is set aside
    assert second.startswith("\u201cHe was arrested") and "Spain,\u201d" in second


def test_runner_cut_runs_let_the_budget_overflow() -> None:
    runner = _runner()
    assert runner.make_budget(100, 100).overflow
    assert not runner.make_budget(250, None).overflow


def test_report_warns_when_official_scores_do_not_compare(tmp_path: Path) -> None:
    runner = _runner()
    corpus = Corpus("tac2011", tmp_path, (), words=250, official_stemming=False)
    official = RougeSettings(stem=False, length_limit=None)
    proxy = RougeSettings(stem=True, length_limit=100)
    scores = {m: Score(0.17, 0.17, 0.17) for m in ("ROUGE-1", "ROUGE-2", "ROUGE-SU4")}
    participant = runner.SystemResult("ID3", scores, None, 221.0, {})
    assert "differ from the official" not in runner.format_report(
        corpus, official, 250, [], [participant]
    )
    assert "differ from the official" in runner.format_report(corpus, proxy, 100, [], [participant])
