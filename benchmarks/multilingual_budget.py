"""Word budgets and title/dateline lines in every language: NTREX-128 articles as news pages.

NTREX-128 holds the same 123 news articles in 13 languages, one sentence per line, line 1 the
headline. Each article of one event cluster (the Sulawesi earthquake, eight articles) becomes
a plain-text page as a scraper saves it: headline, a dateline line (the city and the date,
written by CLDR for the language through babel, in the language's own digits where it has
them), a blank line, then the body in paragraphs of three lines. Per language the script builds
one briefing with a word budget and reports:

* the summary's words (:func:`newsbrief.nlp.tokens.count_words`, the budget's own count) and
  their ratio to the budget;
* how many summary sentences are (or contain) a headline or dateline line, which should be 0;
  (``--layout raw`` keeps each file as it is: headline, then one sentence per line, no
  dateline);
* the language detected for the documents.

    .venv/bin/python benchmarks/multilingual_budget.py --corpus ../shared/data/ntrex128
    .venv/bin/python benchmarks/multilingual_budget.py --corpus ../shared/data/ntrex128 \\
        --languages hi,ar,he --words 100
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

import newsbrief
from newsbrief.nlp.tokens import count_words

#: The Sulawesi earthquake and tsunami articles (see the corpus README).
CLUSTER = (
    "008_nytimes.184837",
    "010_euronews-en.153835",
    "028_reuters.218863",
    "029_nytimes.184860",
    "067_telegraph.405422",
    "098_reuters.218865",
    "100_euronews-en.153797",
    "108_newsweek.51340",
)
LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "ar", "el", "he", "hi", "cs", "it", "zh")
#: CLDR locales whose dates use the language's own digits, used for every other article.
NATIVE_DIGITS = {"ar": "ar_EG", "hi": "hi_IN@numbers=deva"}
DATE = dt.date(2018, 9, 30)


def page(language: str, lines: list[str], index: int, layout: str = "page") -> tuple[str, str]:
    """The page text of an article, and its dateline line (``raw``: the file as it is)."""
    from babel.dates import format_date, get_timezone_location

    if layout == "raw":
        return "\n".join(lines) + "\n", lines[0]
    locale = NATIVE_DIGITS.get(language, language) if index % 2 else language
    city = get_timezone_location("Asia/Jakarta", locale=language, return_city=True)
    try:
        date = format_date(DATE, "long", locale=locale)
    except (ValueError, LookupError):  # a locale babel cannot spell with those digits
        date = format_date(DATE, "long", locale=language)
    dateline = f"{city}, {date}"
    body = lines[1:]
    paragraphs = ["\n".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return "\n\n".join([lines[0], dateline, *paragraphs]) + "\n", dateline


def run(
    corpus: Path, languages: list[str], words: int, layout: str = "page"
) -> list[dict[str, object]]:
    """One row per language."""
    rows = []
    for language in languages:
        folder = corpus / language
        if not folder.is_dir():
            print(f"skipping {language}: no folder {folder}", file=sys.stderr)
            continue
        furniture: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            for index, name in enumerate(CLUSTER):
                lines = (folder / f"{name}.txt").read_text("utf-8").splitlines()
                text, dateline = page(language, lines, index, layout)
                furniture += [lines[0].strip(), dateline]
                Path(tmp, f"{name}.txt").write_text(text, "utf-8")
            loaded = newsbrief.load(tmp)
            briefing = newsbrief.build_briefing(loaded, words=words)
        summary = [item.sentence.text for item in briefing.summary]
        total = sum(map(count_words, summary))
        selected = sum(any(line in text for line in furniture) for text in summary)
        detected = Counter(str(d.metadata.language) for d in loaded.documents).most_common(1)
        rows.append(
            {
                "language": language,
                "sentences": len(summary),
                "words": total,
                "ratio": total / words,
                "furniture": selected,
                "detected": detected[0][0] if detected else "-",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 if a summary misses its budget by over 5% or shows furniture."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/data/ntrex128"))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument(
        "--layout",
        choices=("page", "raw"),
        default="page",
        help="page: headline, dateline, paragraphs; raw: the NTREX file (headline, then lines)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    rows = run(args.corpus, args.languages.split(","), args.words, args.layout)
    print(f"budget {args.words} words, {len(CLUSTER)} articles per language, {args.layout}\n")
    print("| language | detected | sentences | words | words / budget | title or dateline |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['language']} | {row['detected']} | {row['sentences']} | {row['words']} "
            f"| {row['ratio']:.2f} | {row['furniture']} |"
        )
    bad = [r for r in rows if not 0.95 <= float(r["ratio"]) <= 1.0 or r["furniture"]]  # type: ignore[arg-type]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
