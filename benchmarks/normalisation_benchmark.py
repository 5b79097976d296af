"""The same articles in Unicode NFC and NFD: how much of the briefing differs between them.

Text copied from macOS files and some CMSs comes decomposed (``e`` + U+0301 for ``é``). This
briefs the NTREX-128 articles of some languages twice, once with each text in NFC and once in
NFD (one briefing per language and form, the language declared), and counts, per language,
what differs between the two once both are brought to NFC:

* ``entities``, ``dates``, ``quotes``: annotations (kind, text in NFC, and the entity's
  canonical name, the date's value or the quote's speaker) found in one form and not the
  other, summed over both directions (``found/differ``);
* ``summary``: summary sentences (their text in NFC) chosen in one form and not the other;
* ``per article``: the same for a summary of each article on its own
  (:func:`newsbrief.summarize`, three sentences, the briefing's default summarizer);
* ``broken``: spans of the NFD briefing whose text is not ``original[start:end]`` (always 0).

Run from the checkout (the data is read from ``../shared/data/ntrex128``)::

    PYTHONPATH=src .venv/bin/python benchmarks/normalisation_benchmark.py [--languages fr,de,es,cs]
        [--data ../shared/data/ntrex128]
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections import Counter
from pathlib import Path

import newsbrief
from newsbrief.model import Briefing, Document, Metadata
from newsbrief.pipeline.settings import DEFAULT_SUMMARIZER

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ntrex128"
LANGUAGES = ("fr", "de", "es", "cs")
KINDS = ("entity", "date", "quote")
#: The attribute read beside each kind's text.
DETAIL = {"entity": "name", "date": "value", "quote": "speaker"}


def nfc(text: object) -> object:
    """``text`` in NFC when it is a string."""
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def missing(data: Path, codes: list[str]) -> str | None:
    """Why the table cannot be made from ``data`` for ``codes`` (a language without articles),
    or ``None``: said before any row, not after the rows of the languages found."""
    empty = [code for code in codes if not any((data / code).glob("*.txt"))]
    if not empty:
        return None
    return (
        f"normalisation_benchmark: no NTREX-128 articles ({data}/<language>/*.txt) for "
        f"{', '.join(empty)}; give the ntrex128 folder of the shared data with --data "
        "(python benchmarks/normalisation_benchmark.py --data ../shared/data/ntrex128)"
    )


def documents(data: Path, code: str, form: str) -> list[Document]:
    """The NTREX articles of one language with their text in ``form``, in file order."""
    paths = sorted((data / code).glob("*.txt"))
    return [
        Document.from_text(
            unicodedata.normalize(form, path.read_text(encoding="utf-8")),
            id=path.stem,
            metadata=Metadata(language=code),
        )
        for path in paths
    ]


def found(briefing: Briefing) -> dict[str, Counter[tuple[object, ...]]]:
    """Each kind's annotations, and the summary's sentences, as NFC facts."""
    facts: dict[str, Counter[tuple[object, ...]]] = {
        kind: Counter() for kind in (*KINDS, "summary")
    }
    for document in briefing.documents:
        for annotation in document.annotations:
            if annotation.kind in DETAIL:
                detail = annotation.attributes.get(DETAIL[annotation.kind])
                facts[annotation.kind][(document.id, nfc(annotation.text), nfc(detail))] += 1
    for item in briefing.summary:
        facts["summary"][(item.sentence.doc_id, nfc(item.sentence.text))] += 1
    return facts


def article_summaries(docs: list[Document]) -> tuple[Counter[tuple[object, ...]], int]:
    """Each article's own summary (three sentences) as NFC facts, and the sentences among
    them not verbatim in their article."""
    facts: Counter[tuple[object, ...]] = Counter()
    bad = 0
    for document in docs:
        for item in newsbrief.summarize(document, DEFAULT_SUMMARIZER, sentences=3):
            sentence = item.sentence
            bad += document.text[sentence.start : sentence.end] != sentence.text
            facts[(document.id, nfc(sentence.text))] += 1
    return facts, bad


def broken(briefing: Briefing) -> int:
    """Spans (sentences, annotations, summary sentences) not verbatim in their document."""
    texts = {document.id: document.text for document in briefing.documents}
    count = 0
    for document in briefing.documents:
        spans = (*document.sentences, *document.annotations)
        count += sum(document.text[s.start : s.end] != s.text for s in spans)
    for item in briefing.summary:
        sentence = item.sentence
        count += texts[sentence.doc_id][sentence.start : sentence.end] != sentence.text
    return count


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--data", type=Path, default=DATA, help="the NTREX-128 folder")
    args = parser.parse_args()
    codes = args.languages.split(",")
    if (why := missing(args.data, codes)) is not None:
        raise SystemExit(why)
    header = ("lang", "docs", "entities", "dates", "quotes", "summary", "per article", "broken")
    header += ("s NFC/NFD",)
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    total: Counter[str] = Counter()
    for form in ("NFC", "NFD"):  # warm up (models, language data), so the seconds compare
        newsbrief.build_briefing(documents(args.data, codes[0], form)[:5])
    for code in codes:
        briefings = {}
        seconds = {}
        articles = {}
        bad = 0
        for form in ("NFC", "NFD"):
            docs = documents(args.data, code, form)
            started = time.perf_counter()
            briefings[form] = newsbrief.build_briefing(docs)
            seconds[form] = time.perf_counter() - started
            articles[form], wrong = article_summaries(docs)
            bad += wrong + broken(briefings[form])
        composed, decomposed = found(briefings["NFC"]), found(briefings["NFD"])
        composed["per article"], decomposed["per article"] = articles["NFC"], articles["NFD"]
        cells = [code, str(len(briefings["NFC"].documents))]
        for kind in (*KINDS, "summary", "per article"):
            differ = sum(
                ((composed[kind] - decomposed[kind]) + (decomposed[kind] - composed[kind])).values()
            )
            count = sum(composed[kind].values())
            total[kind] += count
            total[kind + " differ"] += differ
            cells.append(f"{count}/{differ}")
        total["broken"] += bad
        cells += [str(bad), f"{seconds['NFC']:.1f}/{seconds['NFD']:.1f}"]
        print(" | ".join(cells))
    cells = ["all", ""]
    kinds = (*KINDS, "summary", "per article")
    cells += [f"{total[kind]}/{total[kind + ' differ']}" for kind in kinds]
    print(" | ".join([*cells, str(total["broken"]), ""]))


if __name__ == "__main__":
    main()
