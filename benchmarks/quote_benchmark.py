"""Quotations and their speakers on hand-made keys: English, Ukrainian, Russian, German, French
and Spanish news paragraphs, and the seed articles' key.

Keys (``benchmarks/keys/quotes_<lang>.json``) hold short news articles written for this
benchmark, each with its quotations (the quoted words, the speaker's canonical name or ``null``,
optionally the role the article states and the date) and the quotation-marked spans that are not
speech (scare quotes, titles of works, nicknames, slogans). The seed key is
``tests/annotators/seed_quotes.json`` (52 quotations in the five seed articles). English keys:
``quotes_en.json`` and ``quotes_en-dev.json`` are development data, ``quotes_en-val*.json`` were
scored once before the rules were changed for them, ``quotes_en-heldout.json`` is never tuned on
(each key's ``about`` says so; docs/entities-and-quotes.md has the figures).
``quotes_en-val8.json`` to ``-val12.json`` are real news text (NTREX-128 articles read from
``../shared/data``): their documents give a ``source`` file instead of a ``text``, and their
quotations their offsets ``at`` with their first words ``begins`` (the articles are not copied
into the project; a MEANTIME ``.xml`` source is read as ``benchmarks/meantime_text.py`` renders
it); such a key is skipped, with a message, when the data is absent.

Figures per key:

* ``detection P / R / F1``: a quotation found when a ``quote`` annotation in quotation marks
  overlaps at least half its words; a found span that overlaps no key quotation is a false
  positive (so are the spans that are not speech);
* ``speaker``: of the key's quotations, the share found with the right speaker (lower-cased, a
  leading article dropped);
* ``not speech left out``: of the spans that are not speech, the share not output as quotes;
* ``role``: of the key's quotations that give a role, the share found with that role;
* ``date``: of those that give a date, the share found with it;
* ``one quote over paragraphs``: of the quotations continuing one from the paragraph before,
  the share marked ``continues`` with the same speaker.

Run from the checkout::

    .venv/bin/python benchmarks/quote_benchmark.py [--keys benchmarks/keys] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEYS = ROOT / "benchmarks" / "keys"
DATA = ROOT.parent / "shared" / "data"
SEED_KEY = ROOT / "tests" / "annotators" / "seed_quotes.json"


def _normal(name: Any) -> str | None:
    if name is None:
        return None
    name = " ".join(str(name).lower().split())
    for article in ("a ", "an ", "the "):
        name = name.removeprefix(article)
    return name


def annotate(documents: list[Any]) -> list[Any]:
    """Entities, dates, then quotes, as a build runs them."""
    from newsbrief.annotators.dates import DateAnnotator
    from newsbrief.annotators.entities.annotator import EntityAnnotator
    from newsbrief.annotators.quotes.annotator import QuoteAnnotator

    with_entities = EntityAnnotator().annotate(documents)
    return QuoteAnnotator().annotate(DateAnnotator().annotate(with_entities))


def _found(document: Any, text: str, occurrence: int = 0) -> Any | None:
    from newsbrief.model import AnnotationKind

    start = -1
    for _ in range(occurrence + 1):
        start = document.text.find(text, start + 1)
        if start < 0:
            raise SystemExit(f"quote_benchmark: key text {text[:40]!r} not in {document.id}")
    end = start + len(text)
    for quote in document.annotations_of(AnnotationKind.QUOTE):
        if min(end, quote.end) - max(start, quote.start) >= len(text) / 2:
            return quote
    return None


def _found_at(document: Any, start: int, end: int) -> Any | None:
    """The ``quote`` annotation overlapping at least half of ``start:end``, if any."""
    from newsbrief.model import AnnotationKind

    for quote in document.annotations_of(AnnotationKind.QUOTE):
        if min(end, quote.end) - max(start, quote.start) >= (end - start) / 2:
            return quote
    return None


def _span(document: Any, label: dict[str, Any]) -> tuple[int, int]:
    """A key label's offsets, checked against its first words (a key on shared data)."""
    start, end = label["at"]
    if not document.text[start:end].startswith(label["begins"]):
        raise SystemExit(f"quote_benchmark: {label['begins']!r} not at {start} in {document.id}")
    return start, end


def _text_of(item: dict[str, Any], data: Path) -> str | None:
    """A key document's text: its own, or its ``source`` file under the shared data."""
    if "text" in item:
        return str(item["text"])
    path = data / item["source"]
    if not path.is_file():
        return None
    if path.suffix == ".xml":  # a MEANTIME article, tokens only: rendered as its news text
        from meantime_text import news_text

        return news_text(path)
    return path.read_text(encoding="utf-8")


def _any_found(document: Any, text: str) -> bool:
    """Whether any occurrence of ``text`` is (mostly) inside a ``quote`` annotation."""
    count = document.text.count(text)
    return any(_found(document, text, n) is not None for n in range(count))


def score_key(
    path: Path, misses: bool, data: Path = DATA, half: str | None = None
) -> dict[str, Any] | None:
    """The figures of one ``quotes_<lang>.json`` key (``None`` when its shared data is absent);
    with ``half``, of its ``development`` (even) or ``blind`` (odd) documents only."""
    from newsbrief.model import AnnotationKind, Document, Metadata

    key = json.loads(path.read_text(encoding="utf-8"))
    code = key["language"]
    items = key["documents"]
    if half is not None:
        items = items[0::2] if half == "development" else items[1::2]
    texts = [_text_of(item, data) for item in items]
    if any(text is None for text in texts):
        print(f"quote_benchmark: skipping {path.name}: its articles are not under {data}",
              file=sys.stderr)  # fmt: skip
        return None
    documents = [
        Document.from_text(
            str(text),
            id=item["id"],
            metadata=Metadata(language=code, published=dt.date.fromisoformat(item["published"])),
        )
        for item, text in zip(items, texts, strict=True)
    ]
    started = time.perf_counter()
    annotated = {d.id: d for d in annotate(documents)}
    seconds = time.perf_counter() - started
    counts = dict.fromkeys(
        ("quotes", "found", "speaker", "spans", "matched", "not", "left_out", "roles",
         "role_right", "dates", "date_right", "continues", "continues_right"), 0
    )  # fmt: skip
    for item in items:
        document = annotated[item["id"]]
        spans = [
            q for q in document.annotations_of(AnnotationKind.QUOTE)
            if q.attributes.get("quoted") is not False
        ]  # fmt: skip
        counts["spans"] += len(spans)
        matched: set[int] = set()
        # A key may list the same words twice (a headline quote repeated in the body): the n-th
        # entry is the n-th occurrence in the text, so the body's copy is not scored at the top.
        seen: dict[str, int] = {}
        for quote in item["quotes"]:
            counts["quotes"] += 1
            if "at" in quote:
                found = _found_at(document, *_span(document, quote))
                quote = {**quote, "text": document.text[slice(*quote["at"])]}
            else:
                text = quote["text"]
                occurrence = min(seen.get(text, 0), max(document.text.count(text) - 1, 0))
                seen[text] = seen.get(text, 0) + 1
                found = _found(document, text, occurrence)
            if found is not None:
                counts["found"] += 1
                # Only a span in quotation marks is one of ``spans`` (precision's whole); an
                # unmarked answer found counts for recall alone, or precision passes 1.
                if found.attributes.get("quoted") is not False:
                    matched.add(found.start)
            got = found.attributes.get("speaker") if found is not None else "(not found)"
            if found is not None and _normal(got) == _normal(quote["speaker"]):
                counts["speaker"] += 1
            elif misses:
                print(f"  {code} {item['id']}: {quote['text'][:45]!r} -> {got!r}, "
                      f"want {quote['speaker']!r}")  # fmt: skip
            if "role" in quote:
                counts["roles"] += 1
                role = found.attributes.get("role") if found is not None else None
                if _normal(role) == _normal(quote["role"]):
                    counts["role_right"] += 1
                elif misses:
                    print(f"  {code} {item['id']}: role {role!r}, want {quote['role']!r}")
            if "date" in quote:
                counts["dates"] += 1
                date = found.attributes.get("date") if found is not None else None
                counts["date_right"] += date == quote["date"]
            if quote.get("continues"):
                counts["continues"] += 1
                counts["continues_right"] += bool(
                    found is not None
                    and found.attributes.get("continues")
                    and _normal(found.attributes.get("speaker")) == _normal(quote["speaker"])
                )
        for text in item["not_quotes"]:
            counts["not"] += 1
            if isinstance(text, dict):
                left_out = _found_at(document, *_span(document, text)) is None
                text = document.text[slice(*text["at"])]
            else:
                left_out = not _any_found(document, text)
            if left_out:
                counts["left_out"] += 1
            elif misses:
                print(f"  {code} {item['id']}: {text!r} output as a quote")
        counts["matched"] += len(matched)
    shown = path.name if half is None else f"{path.name}, {half} half"
    return {"name": f"{code} ({shown})", **counts, "seconds": seconds}


def score_seeds(misses: bool) -> dict[str, Any]:
    """The seed key: speaker accuracy over the 52 quotations of the seed articles."""
    import newsbrief

    key = json.loads(SEED_KEY.read_text(encoding="utf-8"))["quotes"]
    started = time.perf_counter()
    documents = {d.id: d for d in annotate(list(newsbrief.load(str(ROOT / "seeds")).documents))}
    seconds = time.perf_counter() - started
    right = found_count = 0
    for item in key:
        found = _found(documents[item["doc"]], item["text"], item.get("occurrence", 0))
        found_count += found is not None
        got = found.attributes.get("speaker") if found is not None else "(not found)"
        if found is not None and _normal(got) == _normal(item["speaker"]):
            right += 1
        elif misses:
            print(f"  seeds {item['doc'][:3]}: {item['text'][:45]!r} -> {got!r}, "
                  f"want {item['speaker']!r}")  # fmt: skip
    return {"name": "seeds (seed_quotes.json)", "quotes": len(key), "found": found_count,
            "speaker": right, "seconds": seconds}  # fmt: skip


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "-"


def table(rows: list[dict[str, Any]]) -> str:
    """The Markdown table of every key's figures."""
    lines = [
        "| key | detection P / R / F1 | speaker | not speech left out | role | date "
        "| one quote over paragraphs | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        if "spans" in row:
            false = row["spans"] - row["matched"]
            p = row["matched"] / row["spans"] if row["spans"] else 0.0
            r = row["found"] / row["quotes"] if row["quotes"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            detection = f"{p:.3f} / {r:.3f} / **{f:.3f}** ({false} false)"
            rest = [_share(row["left_out"], row["not"]), _share(row["role_right"], row["roles"]),
                    _share(row["date_right"], row["dates"]),
                    _share(row["continues_right"], row["continues"])]  # fmt: skip
        else:
            detection = f"recall {_share(row['found'], row['quotes'])}"
            rest = ["-", "-", "-", "-"]
        speaker = _share(row["speaker"], row["quotes"])
        lines.append(f"| {row['name']} | {detection} | **{speaker}** | " + " | ".join(rest)
                     + f" | {row['seconds']:.2f} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (with ``--misses``, every wrong speaker, role and scare quote first)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--keys", type=Path, default=KEYS, help="a quotes_<lang>.json key or a folder of them"
    )
    parser.add_argument("--misses", action="store_true", help="list what went wrong")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed key")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data (val8's articles)")
    parser.add_argument(
        "--half", choices=("development", "blind"), help="even or odd documents of each key"
    )
    args = parser.parse_args(argv)
    if args.half and not args.no_seeds:
        parser.error("--half splits the held-out keys only: add --no-seeds")
    paths = [args.keys] if args.keys.is_file() else sorted(args.keys.glob("quotes_*.json"))
    if not paths:
        print(f"quote_benchmark: no quotes_<lang>.json in {args.keys}", file=sys.stderr)
        return 2
    english = [p for p in paths if p.name == "quotes_en.json"]
    scored = [
        score_key(p, args.misses, args.data, args.half)
        for p in english + [p for p in paths if p not in english]
    ]
    rows = [row for row in scored if row is not None]
    if not args.no_seeds:
        rows.append(score_seeds(args.misses))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
