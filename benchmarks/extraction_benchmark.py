"""Extraction benchmark: newsbrief's HTML text against trafilatura alone, on real pages.

newsbrief's HTML parser runs trafilatura and then its own noise rules over the text (bylines,
captions, link lists, datelines...). This script scores, side by side in the same run:

* **trafilatura**: ``trafilatura.bare_extraction`` with the same settings the parser uses;
* **newsbrief**: the parsed document's text minus its removed spans (what a summarizer sees);

against the expected article text, with a bag-of-words F1 (words as
:func:`newsbrief.nlp.tokens.words` finds them, lower-cased; each word counted as often as it
occurs, as the article-extraction benchmark's scorer does). It also reports, per removal rule
(``SpanKind``), how many words the rule removed and how many of them are in the expected body
(a removed word counts as body while the expected text still has an unmatched copy of it), and
checks titles: how many are free of the site's name (``... | The Beachbody Blog``) and how many
equal the expected title.

Pages are read from a folder (nothing is fetched, nothing copied into the repository), in one
of two layouts, detected automatically:

* **newspaper4k's test data** (``tests/data`` of its source distribution on PyPI):
  ``html/NAME.html``, expected text ``txt/NAME.txt``, expected title ``metadata/NAME.json``;
* **the article-extraction benchmark** (``ground-truth.json`` mapping ids to ``articleBody``
  and ``html/ID.html.gz``): the 181-page public benchmark, when you have a copy;
* **pages alone** (``*.html``, no expected text, such as ``tests/cache`` of trafilatura 1.0.0's
  source distribution): no F1, but the words each rule removes and the title check.

Run from the checkout::

    .venv/bin/pip download --no-binary :all: --no-deps newspaper4k==0.9.6 -d /tmp/sdists
    tar xzf /tmp/sdists/newspaper4k-0.9.6.tar.gz -C /tmp/sdists
    .venv/bin/python benchmarks/extraction_benchmark.py \
        --pages /tmp/sdists/newspaper4k-0.9.6/tests/data [--tables] [--pages-detail]

``--tables`` repeats the run with trafilatura's ``include_tables`` off (both systems; on is the
parser's default, as it is trafilatura's), to measure that choice; ``--pages-detail`` prints
each page's figures and samples of removed body text.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs

from newsbrief.model import Document
from newsbrief.nlp.tokens import words
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.html import ExtractionSettings, HtmlParser, extract_article
from newsbrief.parsers.html.titles import site_names

#: Separators that never join two halves of a headline: a part after one is suspect.
_PIPE = re.compile(r"\s[|»]\s")
#: Separators a page title puts between the headline and the site's name.
_SEPARATOR = re.compile(r"\s[|\-–—:·•»]\s|\s[|·•»]|[|·•»]\s")


@attrs.frozen
class Page:
    """One benchmark page."""

    name: str
    html: bytes
    expected: str | None
    title: str | None = None
    url: str | None = None


@attrs.frozen
class Scores:
    """Bag-of-words precision, recall and F1 of one text against the expected one."""

    precision: float
    recall: float
    f1: float


def bag(text: str) -> collections.Counter[str]:
    """The text's words, lower-cased, with their counts."""
    return collections.Counter(word.lower() for word in words(text))


def score(found: str, expected: str) -> Scores:
    """Word precision, recall and F1 of ``found`` against ``expected``."""
    got, want = bag(found), bag(expected)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1)


def read_pages(folder: Path) -> list[Page]:
    """The pages of ``folder``, in either layout (see the module docstring)."""
    if (folder / "ground-truth.json").is_file():
        return list(_benchmark_pages(folder))
    if (folder / "html").is_dir() and (folder / "txt").is_dir():
        return list(_newspaper_pages(folder))
    if any(folder.glob("*.html")):
        return [Page(p.stem, p.read_bytes(), None) for p in sorted(folder.glob("*.html"))]
    raise SystemExit(f"{folder}: no ground-truth.json, html/ and txt/ folders or *.html pages")


def _benchmark_pages(folder: Path) -> Iterator[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for name in sorted(truth):
        path = folder / "html" / f"{name}.html.gz"
        if not path.is_file():
            continue
        html = gzip.decompress(path.read_bytes())
        item = truth[name]
        yield Page(name, html, item.get("articleBody") or "", item.get("headline"), item.get("url"))


def _newspaper_pages(folder: Path) -> Iterator[Page]:
    for path in sorted((folder / "html").glob("*.html")):
        expected = folder / "txt" / f"{path.stem}.txt"
        if not expected.is_file():
            continue
        meta_path = folder / "metadata" / f"{path.stem}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        yield Page(
            path.stem,
            path.read_bytes(),
            expected.read_text(encoding="utf-8"),
            meta.get("title") or None,
            meta.get("url") or None,
        )


def kept_text(document: Document) -> str:
    """The document's text outside its removed spans (headings kept: they are article text)."""
    text, parts, position = document.text, [], 0
    for span in sorted(document.removed, key=lambda s: (s.start, s.end)):
        if span.start > position:
            parts.append(text[position : span.start])
        position = max(position, span.end)
    parts.append(text[position:])
    return "\n".join(parts)


def removal_stats(
    document: Document, expected: str, kept: str
) -> dict[str, tuple[int, int, list[str]]]:
    """Per span kind: words removed, how many of them the expected body still lacked, samples.

    The body words not already matched by the kept text are the ones a removal could have
    supplied; each removed word is matched against them once.
    """
    missing = bag(expected) - bag(kept)
    stats: dict[str, tuple[int, int, list[str]]] = {}
    for span in document.removed:
        removed = [w.lower() for w in words(document.text[span.start : span.end])]
        body = 0
        for word in removed:
            if missing[word] > 0:
                missing[word] -= 1
                body += 1
        total, in_body, samples = stats.get(span.kind, (0, 0, []))
        if body and len(samples) < 3:
            samples = [*samples, document.text[span.start : span.end][:90]]
        stats[span.kind] = (total + len(removed), in_body + body, samples)
    return stats


def has_site_name(title: str | None, page_html: str, url: str | None) -> bool:
    """Whether ``title`` still carries the site's name after a separator (``... | CNN``)."""
    if not title:
        return False
    names = site_names(page_html, url)
    for part in _SEPARATOR.split(title)[1:] + _SEPARATOR.split(title)[:-1]:
        normal = _normal(part)
        if normal and any(normal == name or name in normal for name in names):
            return True
    return False


def _normal(text: str) -> str:
    return "".join(word.lower() for word in words(text))


@attrs.frozen
class Row:
    """The figures of one system over all pages."""

    name: str
    precision: float
    recall: float
    f1: float


def run(pages: list[Page], tables: bool, detail: bool) -> None:
    """Score both systems on ``pages`` with ``include_tables=tables`` and print the tables."""
    settings = ExtractionSettings(include_tables=tables)
    parser = HtmlParser(settings)
    totals: dict[str, list[Scores]] = {"trafilatura": [], "newsbrief": []}
    rules: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    samples: dict[str, list[str]] = collections.defaultdict(list)
    titles = clean_titles = same_titles = piped = 0
    timings = {"trafilatura": 0.0, "newsbrief": 0.0}
    for page in pages:
        markup = page.html.decode("utf-8", "replace")
        begin = time.perf_counter()
        alone = extract_article(markup, url=page.url, settings=settings)
        timings["trafilatura"] += time.perf_counter() - begin
        alone_text = alone.text if alone else ""
        begin = time.perf_counter()
        try:
            raw = RawInput(name=page.name, data=page.html, url=page.url, doc_id=page.name)
            document: Document | None = next(iter(parser.parse(raw)))
        except Exception as error:  # an input error: the page counts as empty
            print(f"{page.name}: {error}", file=sys.stderr)
            document = None
        timings["newsbrief"] += time.perf_counter() - begin
        ours = kept_text(document) if document else ""
        expected = page.expected if page.expected is not None else ""
        first, second = score(alone_text, expected), score(ours, expected)
        if page.expected is not None:
            totals["trafilatura"].append(first)
            totals["newsbrief"].append(second)
        if document is not None:
            for kind, (total, body, found) in removal_stats(document, expected, ours).items():
                rules[kind][0] += total
                rules[kind][1] += body
                samples[kind] += [f"{page.name}: {sample}" for sample in found]
            title = document.metadata.title
            titles += 1
            clean_titles += not has_site_name(title, markup, page.url)
            piped += bool(title and _PIPE.search(title))
            same_titles += bool(page.title) and _normal(title or "") == _normal(page.title or "")
        if detail and page.expected is not None:
            print(
                f"{page.name:28} trafilatura F1 {first.f1:.3f}  newsbrief F1 {second.f1:.3f}"
                f"  title {document.metadata.title if document else None!r}"
            )
    n = len(totals["newsbrief"])
    print(f"\n### include_tables={str(tables).lower()}: {len(pages)} pages, {n} with a text\n")
    if n:
        print("| system | precision | recall | F1 | seconds |")
        print("|---|---:|---:|---:|---:|")
    for name, scores in totals.items() if n else ():
        p = sum(s.precision for s in scores) / n
        r = sum(s.recall for s in scores) / n
        f = sum(s.f1 for s in scores) / n
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {timings[name]:.1f} |")
    print("\n| rule (span kind) | words removed | of them body | share body |")
    print("|---|---:|---:|---:|")
    for kind, (total, body) in sorted(rules.items()):
        share = body / total if total else 0.0
        print(f"| {kind} | {total} | {body} | {share:.0%} |")
    print(
        f"\nTitles: {clean_titles}/{titles} free of the site's name, "
        f"{same_titles}/{titles} equal to the expected title (words compared), "
        f"{piped}/{titles} still holding a ` | ` or ` » ` part."
    )
    if detail:
        for kind, found in sorted(samples.items()):
            for sample in found[:8]:
                print(f"  {kind}: {sample}")


def main(argv: list[str] | None = None) -> None:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, required=True, help="folder of pages")
    parser.add_argument("--tables", action="store_true", help="also run without tables")
    parser.add_argument("--pages-detail", action="store_true", help="per-page figures")
    options = parser.parse_args(argv)
    pages = read_pages(options.pages)
    if not pages:
        raise SystemExit(f"{options.pages}: no pages")
    run(pages, tables=True, detail=options.pages_detail)
    if options.tables:
        run(pages, tables=False, detail=options.pages_detail)


if __name__ == "__main__":
    main()
