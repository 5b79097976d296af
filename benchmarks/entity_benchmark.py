"""Named-entity mentions on held-out news keys and MEANTIME English, beside a spaCy baseline.

Held-out keys (``benchmarks/keys/entities_*.json``): NTREX-128 English news articles labelled in
CoNLL-2003's convention (PER, ORG, LOC; exact character spans; no leading ``the``, no titles in a
person's span), stored as offsets into ``../shared/data/<source>`` with each text's SHA-1 (no
text copied). A prediction overlapping a key's ``ignore`` span is not counted. Scores: ``exact``
on every line, ``exact, body`` without the headline (line 1: CoNLL's running-text lines) and
``overlap``. Each article is read as plain text (no heading marked), all of a key at once.

MEANTIME (``../shared/data/meantime/en``, CC BY 4.0) is 120 English Wikinews articles whose
headline, date line and first four body sentences (sentences 0-5) carry hand-made entity
mentions. A gold mention here is a *name* mention (``syntactic_type`` ``NAM`` or ``PRE.NAM``)
of an entity typed ``PER``, ``ORG`` or ``LOC``. Each article's text is rebuilt from its tokens
(one paragraph per sentence, the headline as a heading) and every system reads the same text.

Two scores per type and overall, micro-averaged over all mentions:

* ``exact``: a predicted mention counts when its token span and type equal a gold mention's;
* ``overlap``: when it shares a token with a gold mention of the same type (each gold mention
  matched at most once). A gold mention's leading ``the`` is dropped (``the United States``:
  CoNLL's convention, and every system here leaves it out). MEANTIME's name mentions may include
  appositions (``AirTanker Ltd., an
  EADS-led consortium``), so exact scores understate every system.

Systems, all in the same run on the same text:

* ``newsbrief``: the built-in entity annotator (person -> PER, organisation -> ORG, place -> LOC);
* ``spacy-ruler`` (when spaCy is installed, ``pip install -e '.[bench]'``): a blank English
  pipeline with an ``EntityRuler`` of country and territory names (pycountry and babel, several
  languages), ``Title-case words + Inc/Corp/Ltd/...`` organisation patterns and ``Mr./Dr./
  President + Title-case words`` person patterns. No trained spaCy pipeline is used: the only
  packaged small English pipelines on PyPI are third-party re-uploads, which this project does not
  trust; a user with one installed can pass ``--spacy-model en_core_web_sm`` to add it. Any
  installed pipeline loads (``fr_core_news_sm``: its PER/ORG/LOC labels map as above, MISC is
  dropped); it is scored only on keys of its own language.

A key's top-level ``language`` is the language its documents are read in (newsbrief is told it;
the ruler is a blank pipeline of that language), so keys of any language score the same way.

* ``natasha`` (``--natasha``, when ``pip install natasha`` is there): the Russian news NER a
  Russian user would pick, scored on Russian keys only.

Run from the checkout::

    .venv/bin/python benchmarks/entity_benchmark.py [--data ../shared/data/meantime/en]
        [--keys KEY.json ...] [--no-meantime] [--spacy-model NAME] [--no-spacy] [--natasha]
        [--errors 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = SHARED / "meantime" / "en"
KEYS = Path(__file__).resolve().parent / "keys"
TYPES = ("PER", "ORG", "LOC")
_NEWSBRIEF_TYPES = {"person": "PER", "organisation": "ORG", "place": "LOC"}
_SPACY_TYPES = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "%", "'s", "'", "n't", "’s"})
_NO_SPACE_AFTER = frozenset({"(", "$", "``"})


@attrs.frozen
class Article:
    """One MEANTIME article rebuilt as text, with its gold name mentions."""

    name: str
    text: str
    #: ``(start, end)`` code points of each token.
    tokens: tuple[tuple[int, int], ...]
    #: ``(start, end)`` of the headline (sentence 0).
    headline: tuple[int, int]
    #: ``(first token, last token + 1, type)`` of each gold name mention.
    gold: frozenset[tuple[int, int, str]]
    #: Number of tokens in the annotated sentences (0-5).
    annotated: int
    #: ``(start, end)`` spans a held-out key leaves unscored (a prediction overlapping one).
    ignore: tuple[tuple[int, int], ...] = ()
    #: The language the text is read in (a key's top-level ``language``).
    language: str = "en"


def read(path: Path) -> Article:
    """An article from its CAT XML file."""
    root = ET.parse(path).getroot()
    words = [(int(t.get("t_id")), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    index = {t_id: i for i, (t_id, _, _) in enumerate(words)}
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length, previous_sentence, previous = 0, None, ""
    for _, sentence, word in words:
        if previous_sentence is None:
            gap = ""
        elif sentence != previous_sentence:
            gap = "\n\n"
        elif word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        pieces.append(gap)
        length += len(gap)
        spans.append((length, length + len(word)))
        pieces.append(word)
        length += len(word)
        previous_sentence, previous = sentence, word
    text = "".join(pieces)
    headline_end = max((e for (s, e), w in zip(spans, words, strict=True) if w[1] == 0), default=0)
    markables = root.find("Markables")
    types = {
        e.get("m_id"): e.get("ent_type")
        for e in (markables.iter("ENTITY") if markables is not None else ())
    }
    mentions = {}
    for m in markables.iter("ENTITY_MENTION") if markables is not None else ():
        if m.get("syntactic_type") in ("NAM", "PRE.NAM"):
            anchors = sorted(index[int(a.get("t_id"))] for a in m.iter("token_anchor"))
            if len(anchors) > 1 and words[anchors[0]][2] in ("the", "The"):
                anchors = anchors[1:]  # ``the United States``: the article is not the name
            if anchors:
                mentions[m.get("m_id")] = (anchors[0], anchors[-1] + 1)
    gold = set()
    relations = root.find("Relations")
    for link in relations.iter("REFERS_TO") if relations is not None else ():
        targets = [types.get(t.get("m_id")) for t in link.iter("target")]
        kind = next((t for t in targets if t), None)
        if kind not in TYPES:
            continue
        for source in link.iter("source"):
            if source.get("m_id") in mentions:
                gold.add((*mentions[source.get("m_id")], kind))
    annotated = sum(1 for _, sentence, _ in words if sentence <= 5)
    return Article(path.stem, text, tuple(spans), (0, headline_end), frozenset(gold), annotated)


def articles(folder: Path) -> list[Article]:
    """Every article under ``folder/intra-doc_annotation``, in path order."""
    paths = sorted((folder / "intra-doc_annotation").glob("*/*.xml"))
    return [read(path) for path in paths]


def to_tokens(article: Article, spans: Iterable[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Character spans as token spans, within the annotated sentences only."""
    out = set()
    for start, end, kind in spans:
        inside = [
            i
            for i, (s, e) in enumerate(article.tokens[: article.annotated])
            if s < end and e > start
        ]
        if inside:
            out.add((inside[0], inside[-1] + 1, kind))
    return out


def newsbrief_system() -> Callable[[list[Article]], list[set[tuple[int, int, str]]]]:
    """The built-in entity annotator over all articles at once (merging is cross-document).

    It returns character spans; an article with an empty ``headline`` is read as plain text.
    """
    from newsbrief.annotators.entities.annotator import EntityAnnotator
    from newsbrief.model import AnnotationKind, Document, Metadata, Span, SpanKind

    def run(items: list[Article]) -> list[set[tuple[int, int, str]]]:
        documents = [
            Document.from_text(
                a.text,
                id=a.name,
                metadata=Metadata(language=a.language),
                headings=(Span(*a.headline, SpanKind.HEADING),) if a.headline[1] else (),
            )
            for a in items
        ]
        annotated = EntityAnnotator().annotate(documents)
        return [
            {
                (e.start, e.end, _NEWSBRIEF_TYPES[str(e.attributes["type"])])
                for e in document.annotations_of(AnnotationKind.ENTITY)
            }
            for document in annotated
        ]

    return run


def _ruler_patterns() -> list[dict[str, object]]:
    import babel
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(
            n for n in (country.name, getattr(country, "common_name", None)) if n and "," not in n
        )
    for code in ("en", "de", "fr", "es", "ru", "uk"):
        names.update(
            name for name in babel.Locale.parse(code).territories.values() if "," not in name
        )
    patterns: list[dict[str, object]] = [{"label": "GPE", "pattern": name} for name in names]
    title = {"IS_TITLE": True}
    heads = ["Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Group", "Bank", "University",
             "Company", "Corporation", "Party", "Ministry", "Agency", "Council"]  # fmt: skip
    patterns.append({"label": "ORG", "pattern": [{**title, "OP": "+"}, {"TEXT": {"IN": heads}}]})
    honorifics = ["Mr.", "Mrs.", "Ms.", "Dr.", "President", "Senator", "Minister", "CEO"]
    patterns.append(
        {"label": "PERSON", "pattern": [{"TEXT": {"IN": honorifics}}, {**title, "OP": "+"}]}
    )
    return patterns


def spacy_system(
    model: str | None,
) -> Callable[[list[Article]], list[set[tuple[int, int, str]]] | None]:
    """A spaCy pipeline: ``model`` when named (any installed pipeline, of any language), else a
    blank pipeline of the articles' language + the ruler above (built once per language)."""
    import spacy

    pipelines: dict[str, object] = {}
    if model:
        loaded = spacy.load(model)
        pipelines[loaded.lang] = loaded

    def pipeline(language: str):  # type: ignore[no-untyped-def]
        if model:
            return next(iter(pipelines.values()))
        if language not in pipelines:
            try:
                nlp = spacy.blank(language)
            except ImportError:  # a language spaCy has no class for
                nlp = spacy.blank("xx")
            ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
            ruler.add_patterns(_ruler_patterns())
            pipelines[language] = nlp
        return pipelines[language]

    def run(items: list[Article]) -> list[set[tuple[int, int, str]]] | None:
        language = items[0].language if items else "en"
        nlp = pipeline(language)
        if model and nlp.lang != language:
            return None  # a pipeline of another language: not scored on this key
        out = []
        for doc in nlp.pipe(a.text for a in items):
            out.append(
                {
                    (e.start_char, e.end_char, _SPACY_TYPES[e.label_])
                    for e in doc.ents
                    if e.label_ in _SPACY_TYPES
                }
            )
        return out

    return run


def score(
    gold: list[frozenset[tuple[int, int, str]]], predicted: list[set[tuple[int, int, str]]]
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """``{mode: {type: (true positives, predicted, gold)}}``, ``ALL`` included."""
    counts: dict[str, dict[str, Counter[str]]] = {
        mode: {t: Counter() for t in (*TYPES, "ALL")} for mode in ("exact", "overlap")
    }
    for gold_set, found in zip(gold, predicted, strict=True):
        for kind in TYPES:
            g = {m for m in gold_set if m[2] == kind}
            p = {m for m in found if m[2] == kind}
            hits = {"exact": len(g & p), "overlap": _overlaps(g, p)}
            for mode, hit in hits.items():
                for bucket in (kind, "ALL"):
                    counts[mode][bucket].update(tp=hit, pred=len(p), gold=len(g))
    return {
        mode: {t: (c["tp"], c["pred"], c["gold"]) for t, c in table.items()}
        for mode, table in counts.items()
    }


def _overlaps(gold: set[tuple[int, int, str]], predicted: set[tuple[int, int, str]]) -> int:
    used: set[tuple[int, int, str]] = set()
    hits = 0
    for p in sorted(predicted):
        match = next(
            (g for g in sorted(gold) if g not in used and g[0] < p[1] and p[0] < g[1]), None
        )
        if match is not None:
            used.add(match)
            hits += 1
    return hits


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 in percent."""
    p = 100 * tp / pred if pred else 0.0
    r = 100 * tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(results: dict[str, dict[str, dict[str, tuple[int, int, int]]]], seconds: dict) -> str:
    """The Markdown table of every system's scores."""
    head = "| system | match | " + " | ".join(f"{t} P / R / F1" for t in (*TYPES, "ALL"))
    lines = [head + " | seconds |", "|---|---|" + "---|" * (len(TYPES) + 2)]
    for system, by_mode in results.items():
        for mode, by_type in by_mode.items():
            cells = []
            for kind in (*TYPES, "ALL"):
                p, r, f = prf(*by_type[kind])
                cells.append(f"{p:.1f} / {r:.1f} / **{f:.1f}**")
            lines.append(
                f"| {system} | {mode} | " + " | ".join(cells) + f" | {seconds[system]:.1f} |"
            )
    return "\n".join(lines)


def _words(article: Article, mention: tuple[int, int, str]) -> str:
    start, end = article.tokens[mention[0]][0], article.tokens[mention[1] - 1][1]
    return f"{article.text[start:end]!r}/{mention[2]}"


def _errors(items: list[Article], predicted: list[set[tuple[int, int, str]]], limit: int) -> None:
    shown = 0
    for article, found in zip(items, predicted, strict=True):
        missed = sorted(article.gold - found)
        wrong = sorted(found - article.gold)
        if missed or wrong:
            print(f"{article.name}: missed {[_words(article, m) for m in missed]}")
            print(f"{' ' * len(article.name)}  extra  {[_words(article, m) for m in wrong]}")
            shown += 1
        if shown >= limit:
            return


def read_key(path: Path, shared: Path = SHARED, half: str | None = None) -> list[Article]:
    """A held-out key's articles: text read from ``shared`` (or, for text written for the
    benchmark, from the key's own ``text``), gold as character spans; with ``half``, only the
    ``development`` (even positions) or ``blind`` (odd positions) documents (:func:`halved`).

    A text whose SHA-1 differs from the key's is refused, since every offset would be wrong.
    """
    key = json.loads(path.read_text(encoding="utf-8"))
    language = key.get("language", "en")
    items = []
    for entry in halved(key["documents"], half):
        if "text" in entry:  # text written for the benchmark, kept in the key itself
            text = entry["text"]
        elif (shared / "ntrex128").is_dir():
            text = (shared / entry["source"]).read_text(encoding="utf-8")
        else:
            raise SystemExit(f"entity_benchmark: no shared data in {shared} for {path.name}")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != entry["sha1"]:
            raise SystemExit(f"entity_benchmark: {entry['source']} differs from {path.name}")
        gold = frozenset((s, e, kind) for s, e, kind in entry["mentions"])
        ignore = tuple((s, e) for s, e in entry["ignore"])
        name = Path(entry["source"]).stem
        items.append(Article(name, text, (), (0, 0), gold, len(text), ignore, language))
    return items


def halved(documents: list[Any], half: str | None) -> list[Any]:
    """The ``development`` half (positions 0, 2, 4, ...) or the ``blind`` half (1, 3, 5, ...)
    of a key's documents, or all of them: rules are written on one half and judged on the
    other, which no one reads."""
    if half is None:
        return documents
    return documents[0::2] if half == "development" else documents[1::2]


def key_scores(
    items: list[Article], predicted: list[set[tuple[int, int, str]]]
) -> dict[str, dict[str, tuple[int, int, int]]]:
    """Exact and overlap scores on all lines, and exact on running text (the first line, the
    headline, left out); predictions overlapping an ``ignore`` span are not counted."""
    kept = [
        {p for p in found if not any(s < p[1] and p[0] < e for s, e in article.ignore)}
        for article, found in zip(items, predicted, strict=True)
    ]
    body_gold, body_found = [], []
    for article, found in zip(items, kept, strict=True):
        start = article.text.find("\n") + 1
        body_gold.append(frozenset(m for m in article.gold if m[0] >= start))
        body_found.append({m for m in found if m[0] >= start})
    every = score([a.gold for a in items], kept)
    return {**every, "exact, body": score(body_gold, body_found)["exact"]}


def _key_errors(items: list[Article], predicted: list[set[tuple[int, int, str]]]) -> None:
    for article, found in zip(items, predicted, strict=True):
        found = {p for p in found if not any(s < p[1] and p[0] < e for s, e in article.ignore)}

        def words(spans: Iterable[tuple[int, int, str]], text: str = article.text) -> list[str]:
            return [f"{text[s:e]!r}/{kind}" for s, e, kind in sorted(spans)]

        missed, wrong = article.gold - found, found - article.gold
        if missed or wrong:
            print(f"{article.name}: missed {words(missed)}")
            print(f"{' ' * len(article.name)}  extra  {words(wrong)}")


def natasha_system() -> Callable[[list[Article]], list[set[tuple[int, int, str]]] | None]:
    """Natasha's Russian news NER (slovnet; its model ships inside the ``natasha`` package, so
    nothing is downloaded), scored on Russian keys only."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def run(items: list[Article]) -> list[set[tuple[int, int, str]]] | None:
        if not items or items[0].language != "ru":
            return None
        out = []
        for article in items:
            doc = Doc(article.text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            out.append({(s.start, s.stop, s.type) for s in doc.spans if s.type in TYPES})
        return out

    return run


def _systems(spacy_model: str | None, no_spacy: bool, natasha: bool) -> dict[str, Callable]:
    systems: dict[str, Callable] = {"newsbrief": newsbrief_system()}
    if natasha:
        try:
            systems["natasha"] = natasha_system()
        except ImportError:
            print("natasha is not installed (pip install natasha): without it")
    if not no_spacy:
        try:
            systems[f"spacy-{spacy_model or 'ruler'}"] = spacy_system(spacy_model)
        except ImportError:
            print("spaCy is not installed (pip install -e '.[bench]'): newsbrief alone")
        except OSError as error:
            print(f"spaCy pipeline {spacy_model!r} not found: {error}".splitlines()[0])
    return systems


def _run(
    systems: dict[str, Callable], items: list[Article]
) -> tuple[dict[str, list[set[tuple[int, int, str]]]], dict[str, float]]:
    predictions, seconds = {}, {}
    for system, run in systems.items():
        started = time.process_time()
        found = run(items)
        if found is not None:  # None: the system does not read this language
            predictions[system] = found
            seconds[system] = time.process_time() - started
    return predictions, seconds


def main(argv: list[str] | None = None) -> int:
    """Print the tables (and, with ``--errors N``, newsbrief's misses)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="MEANTIME English folder")
    parser.add_argument("--shared", type=Path, default=SHARED, help="where keys' sources live")
    parser.add_argument(
        "--keys",
        type=Path,
        nargs="*",
        default=sorted(KEYS.glob("entities_*.json")),
        help="held-out keys (default: benchmarks/keys/entities_*.json)",
    )
    parser.add_argument("--no-meantime", action="store_true", help="the held-out keys alone")
    parser.add_argument("--spacy-model", default=None, help="an installed spaCy pipeline")
    parser.add_argument("--no-spacy", action="store_true", help="newsbrief alone")
    parser.add_argument(
        "--natasha", action="store_true", help="add natasha's Russian NER (on Russian keys)"
    )
    parser.add_argument("--errors", type=int, default=0, help="show misses in N articles")
    parser.add_argument(
        "--half", choices=("development", "blind"), help="even or odd documents of each key"
    )
    args = parser.parse_args(argv)
    if args.half and not args.no_meantime:
        parser.error("--half splits the held-out keys only: add --no-meantime")
    systems = _systems(args.spacy_model, args.no_spacy, args.natasha)
    for path in args.keys:
        items = read_key(path, args.shared, args.half)
        predictions, seconds = _run(systems, items)
        results = {system: key_scores(items, found) for system, found in predictions.items()}
        mentions = Counter(m[2] for a in items for m in a.gold)
        shown = f"{path.name} ({args.half} half)" if args.half else path.name
        print(
            f"{shown}: {len(items)} articles, {sum(mentions.values())} gold mentions "
            + ", ".join(f"{t} {mentions[t]}" for t in TYPES)
            + " (CPU seconds)"
        )
        print(table(results, seconds))
        if args.errors:
            _key_errors(items, predictions["newsbrief"])
        print()
    if args.no_meantime:
        return 0
    if not (args.data / "intra-doc_annotation").is_dir():
        print(f"entity_benchmark: no MEANTIME data in {args.data}", file=sys.stderr)
        return 2
    items = articles(args.data)
    gold = [a.gold for a in items]
    spans, seconds = _run(systems, items)
    predictions = {
        system: [to_tokens(a, found) for a, found in zip(items, runs, strict=True)]
        for system, runs in spans.items()
    }
    results = {system: score(gold, found) for system, found in predictions.items()}
    mentions = Counter(m[2] for g in gold for m in g)
    print(
        f"MEANTIME English: {len(items)} articles, {sum(mentions.values())} gold name mentions "
        + ", ".join(f"{t} {mentions[t]}" for t in TYPES)
        + " (CPU seconds)"
    )
    print(table(results, seconds))
    if args.errors:
        _errors(items, predictions["newsbrief"], args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
