"""ROUGE benchmark: newsbrief's summarizers side by side on a DUC/TAC-style corpus.

Every system summarizes the same segmented documents with the same word budget; summaries
are scored by :mod:`newsbrief.evaluation.rouge` (ROUGE-1.5.5 equivalent). When the corpus
ships the participants' summaries (TAC 2011), they are rescored with the same settings and
listed with their published scores. See ``benchmarks/README.md``.

    python benchmarks/rouge_benchmark.py --corpus ../shared/data/tac2011-multiling-en
    python benchmarks/rouge_benchmark.py --corpus CORPUS --verify-scorer
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsbrief.evaluation.corpora import Corpus, SourceText, Topic, read_corpus
from newsbrief.evaluation.rouge import RougeScorer, RougeSettings, Score, mean_score

#: The default multi-document summarizer, every sumy algorithm, then the two baselines.
DEFAULT_SYSTEMS = (
    "newsbrief",
    "lexrank",
    "lsa",
    "textrank",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
    "lead",
    "random",
)
#: Summarizers given the ``seed`` option (the others get no options).
SEEDED = ("random",)


@attrs.frozen
class SystemResult:
    """One system's mean scores over the corpus."""

    name: str
    scores: dict[str, Score]
    seconds_per_topic: float | None
    words_per_summary: float
    #: Published recall per metric (participants of the official evaluation only).
    official: dict[str, float] = attrs.field(factory=dict)


# --- Getting things from the project ---------------------------------------------------------


def load_summarizer(name: str) -> Any:
    """The project's summarizer called ``name`` (``newsbrief.get_summarizer``)."""
    import newsbrief

    return newsbrief.get_summarizer(name)


def _plaintext_parser() -> Any | None:
    try:
        return importlib.import_module("newsbrief.parsers.plaintext").PlainTextParser()
    except (ImportError, AttributeError):
        return None


def build_documents(topic: Topic, *, parse: bool = True) -> list[Any]:
    """The topic's articles as segmented English documents.

    Every article goes through the project's plain-text parser when it has one, as
    ``newsbrief build`` would read it: a first-line headline becomes a heading rather than a
    sentence, and datelines and page furniture are set aside. A headline the corpus marks
    apart (DUC ``<HEADLINE>``) becomes the title.
    """
    from newsbrief.errors import InputError
    from newsbrief.model import Document, Metadata
    from newsbrief.nlp.segmenter import segment

    parser = _plaintext_parser() if parse else None
    documents = []
    for source in topic.documents:
        if parser is not None:
            try:
                documents.extend(_parsed(parser, source))
                continue
            except InputError:
                pass  # unreadable to the parser: score the raw text rather than drop it
        metadata = Metadata(language="en", title=source.title)
        documents.append(Document.from_text(source.text, id=source.id, metadata=metadata))
    return [segment(document) for document in documents]


def _parsed(parser: Any, source: SourceText) -> list[Any]:
    from newsbrief.parsers.base import RawInput

    raw = RawInput(name=source.id, data=source.text.encode("utf-8"), doc_id=source.id)
    documents = []
    for document in parser.parse(raw):
        # TAC texts carry no language; the corpus is English.
        metadata = attrs.evolve(
            document.metadata,
            language=document.metadata.language or "en",
            title=document.metadata.title or source.title,
        )
        documents.append(attrs.evolve(document, metadata=metadata))
    return documents


def make_budget(words: int, cut: int | None) -> Any:
    """``-l`` runs let the last sentence overflow (ROUGE cuts it); otherwise never exceed."""
    from newsbrief.summarizers.base import Budget

    return Budget(words=words, overflow=cut is not None)


def summarize(name: str, documents: list[Any], budget: Any, seed: int) -> str:
    """One summary, one sentence per line (ROUGE's SPL format).

    It is made by ``newsbrief.build_briefing``, exactly as ``newsbrief build`` makes it: the
    same story grouping and the same request reach the summarizer.
    """
    import newsbrief

    options = {"seed": seed} if name in SEEDED else {}
    briefing = newsbrief.build_briefing(documents, summarizer=name, budget=budget, options=options)
    return "\n".join(" ".join(item.sentence.text.split()) for item in briefing.summary)


# --- Running ---------------------------------------------------------------------------------


def _mean_scores(per_topic: Sequence[dict[str, Score]], metrics: Sequence[str]) -> dict[str, Score]:
    return {m: mean_score([scores[m] for scores in per_topic]) for m in metrics}


def run_systems(
    corpus: Corpus,
    systems: Sequence[str],
    scorer: RougeScorer,
    *,
    words: int,
    seed: int = 0,
    log: Callable[[str], None] = print,
) -> tuple[list[SystemResult], list[str]]:
    """Summarize every topic with every system; returns results and unavailable systems."""
    summarizers, missing = {}, []
    for name in systems:
        try:
            summarizers[name] = load_summarizer(name)
        except Exception as error:  # a system under construction must not sink the others
            log(f"skipping {name}: {error}")
            missing.append(name)
    budget = make_budget(words, scorer.settings.length_limit)
    per_topic: dict[str, list[dict[str, Score]]] = {name: [] for name in summarizers}
    seconds = dict.fromkeys(summarizers, 0.0)
    lengths = dict.fromkeys(summarizers, 0)
    topics = [topic for topic in corpus.topics if topic.references]
    for index, topic in enumerate(topics):
        documents = build_documents(topic)
        if index == 0:
            # Untimed warm-up: lazy imports (sumy, numpy kernels) must not count as speed.
            for name in summarizers:
                summarize(name, documents, budget, seed)
        for name in summarizers:
            start = time.perf_counter()
            summary = summarize(name, documents, budget, seed)
            seconds[name] += time.perf_counter() - start
            lengths[name] += len(summary.split())
            per_topic[name].append(scorer.score(summary, topic.references))
        log(f"{topic.id}: done")
    results = [
        SystemResult(
            name,
            _mean_scores(per_topic[name], scorer.settings.metrics),
            seconds[name] / len(topics),
            lengths[name] / len(topics),
        )
        for name in summarizers
    ]
    return results, missing


def rescore_participants(
    corpus: Corpus, scorer: RougeScorer, *, with_official: bool = True
) -> list[SystemResult]:
    """The corpus's submitted summaries, scored with our settings, plus published recalls.

    ``with_official=False`` leaves the published column empty (e.g. on a subset of topics,
    where the published all-topic averages would not compare).
    """
    official: dict[str, dict[str, float]] = {}
    if with_official and corpus.layout == "tac2011":
        from newsbrief.evaluation.verify import read_published_averages

        averages = read_published_averages(corpus.root)
        official = {s: {m: v.recall for m, v in ms.items()} for s, ms in averages.items()}
    references = {topic.id: topic.references for topic in corpus.topics}
    results = []
    for system, summaries in corpus.peers.items():
        scored = [
            (text, references[tid])
            for tid, text in sorted(summaries.items())
            if references.get(tid)
        ]
        if not scored:
            continue
        per_topic = [scorer.score(text, refs) for text, refs in scored]
        words = sum(len(text.split()) for text, _ in scored) / len(scored)
        results.append(
            SystemResult(
                system,
                _mean_scores(per_topic, scorer.settings.metrics),
                None,
                words,
                official.get(system, {}),
            )
        )
    return results


# --- Reporting -------------------------------------------------------------------------------

PARTICIPANT_NAMES = {"ID9": "centroid baseline", "ID10": "topline, used the references"}


def _pct(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.2f}"


def _official_caveat(corpus: Corpus, settings: RougeSettings) -> str:
    """A warning when the table's settings are not those the official figures used."""
    official = (corpus.official_stemming, corpus.length_limit)
    if (settings.stem, settings.length_limit) == official:
        return ""
    return (
        " These settings differ from the official ones, so the rescored column, not the "
        "official one, compares with the table above."
    )


def format_report(
    corpus: Corpus,
    settings: RougeSettings,
    words: int,
    ours: Sequence[SystemResult],
    participants: Sequence[SystemResult],
    missing: Sequence[str] = (),
) -> str:
    """The Markdown report: settings, our systems, then the rescored participants."""
    su = f"ROUGE-SU{settings.skip_gap}" if settings.skip_gap is not None else None
    metric_cols = ["ROUGE-1", "ROUGE-2", *([su] if su else [])]
    labels = {"ROUGE-1": "R-1", "ROUGE-2": "R-2", su: "R-SU4" if su == "ROUGE-SU4" else su}
    budget = f"Budget(words={words}{', overflow=True' if settings.length_limit else ''})"
    lines = [
        f"# ROUGE benchmark: {corpus.root.name} ({corpus.layout}, {len(corpus.topics)} topics, "
        f"{sum(len(t.references) for t in corpus.topics) // max(1, len(corpus.topics))} "
        "references per topic)",
        "",
        f"Scoring: {settings.describe()}. Scores are x100, means over topics.",
        f"Summaries: {budget}; one sentence per line.",
        "",
        "| system | "
        + " | ".join(f"{labels[m]} R | {labels[m]} F" for m in metric_cols)
        + " | words | s/topic |",
        "|---" + "|---:" * (2 * len(metric_cols) + 2) + "|",
    ]
    for result in ours:
        cells = " | ".join(
            f"{_pct(result.scores[m].recall)} | {_pct(result.scores[m].f)}" for m in metric_cols
        )
        lines.append(
            f"| {result.name} | {cells} | {result.words_per_summary:.0f} | "
            f"{result.seconds_per_topic:.3f} |"
        )
    if missing:
        lines += ["", f"Unavailable (not scored): {', '.join(missing)}."]
    if participants:
        lines += [
            "",
            "## Participants of the official evaluation (submitted summaries, rescored)",
            "",
            "Rescored with the settings above. Official = published ROUGE-1.5.5 recall "
            f"({'no -m, no -l' if corpus.layout == 'tac2011' else 'as published'}; "
            "system average = bootstrap mean)." + _official_caveat(corpus, settings),
            "",
            "| system | "
            + " | ".join(f"{labels[m]} R | official {labels[m]} R" for m in metric_cols)
            + " | words |",
            "|---" + "|---:" * (2 * len(metric_cols) + 1) + "|",
        ]
        for result in participants:
            name = result.name + (
                f" ({PARTICIPANT_NAMES[result.name]})" if result.name in PARTICIPANT_NAMES else ""
            )
            cells = " | ".join(
                f"{_pct(result.scores[m].recall)} | {_pct(result.official.get(m))}"
                for m in metric_cols
            )
            lines.append(f"| {name} | {cells} | {result.words_per_summary:.0f} |")
    return "\n".join(lines) + "\n"


# --- Command line ----------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line (see ``--help``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", required=True, type=Path, help="corpus folder (TAC 2011, DUC 2004 or topics/)"
    )
    parser.add_argument(
        "--words", type=int, help="summary budget in words (default: the task's: TAC 250, DUC 100)"
    )
    parser.add_argument(
        "--cut",
        type=int,
        help="ROUGE -l cut in words, 0 for none (default: the official one: TAC none, DUC 100)",
    )
    parser.add_argument(
        "--systems", nargs="+", default=list(DEFAULT_SYSTEMS), help="summarizer names"
    )
    parser.add_argument(
        "--stem",
        choices=("auto", "on", "off"),
        default="auto",
        help="Porter stemming (-m); auto = as the official evaluation (TAC 2011 off, DUC on)",
    )
    parser.add_argument("--no-su4", action="store_true", help="skip ROUGE-SU4")
    parser.add_argument(
        "--jackknife", action="store_true", help="average over leave-one-out reference sets"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the random baseline")
    parser.add_argument("--topics", type=int, help="only the first N topics (quick runs)")
    parser.add_argument(
        "--no-participants", action="store_true", help="do not rescore submitted summaries"
    )
    parser.add_argument("--output", type=Path, help="also write the Markdown report here")
    parser.add_argument(
        "--verify-scorer",
        action="store_true",
        help="check the scorer against the published TAC 2011 results, then exit",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    return parser.parse_args(argv)


def settings_for(corpus: Corpus, args: argparse.Namespace) -> RougeSettings:
    """ROUGE settings from the corpus's official ones and the command line."""
    stem = corpus.official_stemming if args.stem == "auto" else args.stem == "on"
    cut = corpus.length_limit if args.cut is None else (args.cut or None)
    return RougeSettings(
        max_n=2,
        stem=stem,
        length_limit=cut,
        skip_gap=None if args.no_su4 else 4,
        jackknife=args.jackknife,
    )


def verify(corpus: Corpus) -> tuple[str, bool]:
    """The scorer-verification report and whether every figure was reproduced."""
    from newsbrief.evaluation.verify import verification_table, verify_tac2011

    if corpus.layout != "tac2011":
        raise SystemExit("--verify-scorer needs the TAC 2011 MultiLing corpus (published results)")
    checks = verify_tac2011(corpus)
    ok = all(
        c.matched == c.summaries
        and c.ours_resampled is not None
        and abs(round(c.ours_resampled, 5) - c.official) < 1e-9
        for c in checks
    )
    parts = [f"# Scorer verification: {corpus.root.name}", ""]
    for metric in ("ROUGE-1", "ROUGE-2", "ROUGE-SU4"):
        parts += [f"## {metric} recall (x100)", "", verification_table(checks, metric), ""]
    parts.append(f"Result: {'all published figures reproduced' if ok else 'MISMATCH'}.")
    return "\n".join(parts) + "\n", ok


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or the scorer verification) and print the Markdown report."""
    args = parse_args(argv)
    corpus = read_corpus(args.corpus)
    if args.topics:
        corpus = attrs.evolve(corpus, topics=corpus.topics[: args.topics])

    def log(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr)

    if args.verify_scorer:
        report, ok = verify(corpus)
    else:
        settings = settings_for(corpus, args)
        scorer = RougeScorer(settings)
        words = args.words or corpus.words
        ours, missing = run_systems(
            corpus, args.systems, scorer, words=words, seed=args.seed, log=log
        )
        kept = {t.id for t in corpus.topics}
        participants = []
        if not args.no_participants:
            peers = {s: {t: x for t, x in p.items() if t in kept} for s, p in corpus.peers.items()}
            participants = rescore_participants(
                attrs.evolve(corpus, peers=peers), scorer, with_official=not args.topics
            )
        report, ok = format_report(corpus, settings, words, ours, participants, missing), True
    print(report, end="")
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
