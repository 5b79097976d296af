"""Check the scorer against the official TAC 2011 MultiLing ROUGE results.

``PublishedEvaluation/AutomaticEvaluation/ROUGE`` holds ROUGE-1.5.5's output for every
participant (flags ``-a -x -2 4 -u -c 95 -r 1000 -n 2 -f A -p 0.5 -t 0 -d``): per-summary
R/P/F (``Detailed``) and system averages (``Averages``). Two facts shape the comparison:

* the per-summary lines are numbered ``Eval 1..10`` in the order of the organisers' config
  file, not by topic, so topics are matched to lines by their scores (each summary's nine
  figures must all be equal);
* ROUGE-1.5.5 reports as system average the mean of its 1000 bootstrap resamples, not the
  plain mean of the per-summary scores, so the published averages carry resampling noise of
  a few 1e-4. The resampling draws the same evaluation lines for every system, so the
  published averages are one fixed weighted mean: :func:`resample_counts` recovers how often
  each line was drawn (integers summing to 1000 x 10) and re-weighting our per-summary scores
  with them gives the published figures digit for digit.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import attrs
import numpy as np

from newsbrief.evaluation.corpora import Corpus
from newsbrief.evaluation.rouge import RougeScorer, RougeSettings, Score

#: The official settings (no -m, no -l), as our scorer spells them.
TAC2011_SETTINGS = RougeSettings(max_n=2, stem=False, skip_gap=4, scoring="A", alpha=0.5)
METRICS = ("ROUGE-1", "ROUGE-2", "ROUGE-SU4")

_DETAIL = re.compile(r"(\S+) (ROUGE-\S+) Eval (\d+)\.\S+ R:([\d.]+) P:([\d.]+) F:([\d.]+)")


@attrs.frozen
class SystemCheck:
    """One participant and metric: the published recall against ours."""

    system: str
    metric: str
    #: Published system average recall (ROUGE-1.5.5's bootstrap mean).
    official: float
    #: Plain mean of the published per-summary recalls.
    official_mean: float
    #: Our mean recall over the same summaries.
    ours: float
    #: Our recalls weighted like ROUGE-1.5.5's bootstrap draws (``None`` if lines unmatched).
    ours_resampled: float | None
    #: Summaries whose R, P and F (all three metrics) equal a published line to 5 decimals.
    matched: int
    #: Summaries scored.
    summaries: int


def _evaluation_dir(root: Path) -> Path:
    return root / "PublishedEvaluation" / "AutomaticEvaluation" / "ROUGE"


def read_published_averages(root: Path, language: str = "ENGLISH") -> dict[str, dict[str, Score]]:
    """System id -> metric -> published average R/P/F (``Averages/<LANG>_ROUGE-*.csv``)."""
    result: dict[str, dict[str, Score]] = {}
    for metric in METRICS:
        path = _evaluation_dir(root) / "Averages" / f"{language}_{metric}.csv"
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                system = row["runid"].rsplit("_", 1)[0]
                score = Score(float(row["recall"]), float(row["precision"]), float(row["f-score"]))
                result.setdefault(system, {})[metric] = score
    return result


def read_published_details(
    root: Path, language: str = "english"
) -> dict[str, dict[int, dict[str, Score]]]:
    """System id -> evaluation number -> metric -> published per-summary R/P/F."""
    result: dict[str, dict[int, dict[str, Score]]] = {}
    path = _evaluation_dir(root) / "Detailed" / f"{language}Detailed.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _DETAIL.match(line):
            system, metric, number = match.group(1), match.group(2), int(match.group(3))
            score = Score(*(float(match.group(i)) for i in (4, 5, 6)))
            result.setdefault(system, {}).setdefault(number, {})[metric] = score
    return result


def _key(scores: dict[str, Score]) -> tuple[float, ...]:
    # Nine figures rounded as the Perl script prints them.
    return tuple(
        round(getattr(scores[m], f), 5) for m in METRICS for f in ("recall", "precision", "f")
    )


def resample_counts(
    averages: dict[str, dict[str, Score]],
    details: dict[str, dict[int, dict[str, Score]]],
    resamples: int = 1000,
) -> dict[int, int]:
    """How often ROUGE-1.5.5's bootstrap drew each evaluation line (``-r 1000``).

    Solves published average = sum(count * per-summary score) / draws over every system,
    metric and R/P/F by least squares, then rounds to integers.
    """
    numbers = sorted(next(iter(details.values())))
    rows, targets = [], []
    for system, lines in details.items():
        for metric in METRICS:
            for field in ("recall", "precision", "f"):
                rows.append([getattr(lines[n][metric], field) for n in numbers])
                targets.append(getattr(averages[system][metric], field))
    weights = np.linalg.lstsq(np.array(rows), np.array(targets), rcond=None)[0]
    draws = resamples * len(numbers)
    return {n: round(float(w) * draws) for n, w in zip(numbers, weights, strict=True)}


def _match_lines(
    ours: list[dict[str, Score]], published: dict[int, dict[str, Score]]
) -> list[int | None]:
    """The published line number equal to each of our summaries' scores (or ``None``)."""
    free = dict(published)
    numbers: list[int | None] = []
    for scores in ours:
        number = next((n for n, line in free.items() if _key(line) == _key(scores)), None)
        if number is not None:
            del free[number]
        numbers.append(number)
    return numbers


def verify_tac2011(corpus: Corpus, scorer: RougeScorer | None = None) -> list[SystemCheck]:
    """Score every participant's summaries and compare with the published results."""
    scorer = scorer or RougeScorer(TAC2011_SETTINGS)
    averages = read_published_averages(corpus.root)
    details = read_published_details(corpus.root)
    counts = resample_counts(averages, details)
    references = {topic.id: topic.references for topic in corpus.topics}
    checks = []
    for system, summaries in corpus.peers.items():
        ours = [scorer.score(text, references[tid]) for tid, text in sorted(summaries.items())]
        published = details.get(system, {})
        numbers = _match_lines(ours, published)
        for metric in METRICS:
            official = [line[metric].recall for line in published.values()]
            resampled = None
            if None not in numbers:
                total = sum(counts[n] for n in numbers if n is not None)
                resampled = (
                    sum(
                        counts[n] * s[metric].recall
                        for n, s in zip(numbers, ours, strict=True)
                        if n
                    )
                    / total
                )
            checks.append(
                SystemCheck(
                    system=system,
                    metric=metric,
                    official=averages[system][metric].recall,
                    official_mean=sum(official) / len(official),
                    ours=sum(s[metric].recall for s in ours) / len(ours),
                    ours_resampled=resampled,
                    matched=sum(n is not None for n in numbers),
                    summaries=len(ours),
                )
            )
    return checks


def _pct(value: float | None, sign: bool = False) -> str:
    if value is None:
        return "n/a"
    # Adding 0.0 turns a rounded -0.0 into 0.0.
    return f"{round(100 * value, 3) + 0.0:{'+' if sign else ''}.3f}"


def verification_table(checks: list[SystemCheck], metric: str = "ROUGE-2") -> str:
    """A Markdown table of one metric (recall, in %)."""
    lines = [
        f"| system | official {metric} R | ours (plain mean) | diff | "
        "ours, bootstrap-weighted | diff | mean of official per-summary R | "
        "per-summary R/P/F equal |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in (c for c in checks if c.metric == metric):
        weighted_diff = None if c.ours_resampled is None else c.ours_resampled - c.official
        lines.append(
            f"| {c.system} | {_pct(c.official)} | {_pct(c.ours)} | "
            f"{_pct(c.ours - c.official, True)} | {_pct(c.ours_resampled)} | "
            f"{_pct(weighted_diff, True)} | {_pct(c.official_mean)} | {c.matched}/{c.summaries} |"
        )
    return "\n".join(lines)
