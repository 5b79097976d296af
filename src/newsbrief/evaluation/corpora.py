"""Readers for DUC/TAC-style summarization corpora: topics of articles plus human summaries.

Three layouts are recognised (see :func:`read_corpus`):

* TAC 2011 MultiLing: ``SourceTexts/M00TD.english``, ``Model Summaries/English/M00T.X.250``,
  and the participants' ``correctedSubmissions/ID*/English/M00T``;
* DUC 2004: ``docs/d30001t/APW19981016.0240`` (TREC SGML), ``models/D30001.M.100.T.A`` and,
  when present, ``peers/D30001.M.100.T.<system>``;
* topic folders: ``topics/<topic>/docs/*`` and ``topics/<topic>/refs/*`` (plain text).

Readers return plain data (no :mod:`newsbrief.model` objects), so scoring needs no pipeline.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

from newsbrief.model.frozen import to_tuple


@attrs.frozen
class SourceText:
    """One source article of a topic."""

    #: Identifier unique within the topic (the file name).
    id: str
    #: The article text (for TAC, its first line is the headline).
    text: str
    #: Headline, when the format marks it apart from the text (DUC ``<HEADLINE>``).
    title: str | None = None


@attrs.frozen
class Topic:
    """A set of related articles and the human summaries written for it."""

    #: Topic identifier (``M000``, ``D30001``, a folder name).
    id: str
    #: Source articles, in file-name order.
    documents: tuple[SourceText, ...] = attrs.field(converter=to_tuple)
    #: Reference (model) summaries, in file-name order.
    references: tuple[str, ...] = attrs.field(converter=to_tuple)


@attrs.frozen
class Corpus:
    """Topics plus, when the corpus ships them, the summaries of past evaluation participants."""

    #: Short name of the layout (``tac2011``, ``duc2004``, ``topics``).
    layout: str
    #: Where it was read from.
    root: Path
    #: Topics, sorted by id.
    topics: tuple[Topic, ...] = attrs.field(converter=to_tuple)
    #: Participants' summaries: system id -> topic id -> summary text.
    peers: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    #: Summary length the task asked for, in words.
    words: int = 100
    #: The ``-l`` cut of the official evaluation (``None``: summaries were not cut).
    length_limit: int | None = None
    #: Whether the official evaluation stemmed (``-m``).
    official_stemming: bool = True


def read_text(path: Path) -> str:
    """Decode a corpus file: UTF-8, else Windows-1252 (old newswire), never failing."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _files(folder: Path) -> list[Path]:
    # Hidden files (.DS_Store...) are never part of a corpus.
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


# --- TREC SGML (DUC) -------------------------------------------------------------------------

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S | re.I)
_DOCNO = re.compile(r"<DOCNO>\s*(.*?)\s*</DOCNO>", re.S | re.I)
_HEADLINE = re.compile(r"<HEADLINE>(.*?)</HEADLINE>", re.S | re.I)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S | re.I)
_P = re.compile(r"<P>(.*?)(?=<P>|</P>|$)", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
# Paragraph breaks in untagged bodies: a blank line, or an indented line (APW/XIE style).
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t])")


# ASCII conventions of 1990s wire copy: AP's `` _ `` dash (``LONDON (AP) _ ...``) and TeX quotes.
_WIRE_DASH = re.compile(r"(?<=\s)_(?=\s)")
_WIRE_QUOTES = (("``", "\u201c"), ("''", "\u201d"))


def _unwrap(text: str) -> str:
    # Newswire lines are hard-wrapped at ~80 columns: one paragraph becomes one line.
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def decode_wire_conventions(text: str) -> str:
    """Wire copy's ASCII stand-ins as the characters they stand for: `` _ `` is a dash.

    AP and NYT copy of the DUC years had no em dash, so ``LONDON (AP) _ Police said...``
    is the dateline ``LONDON (AP) \u2014``; decoded, newsbrief's parser sets it aside as it
    does for today's copy instead of leaving three words of dateline in the lead sentence.
    """
    text = _WIRE_DASH.sub("\u2014", text)
    for ascii_form, character in _WIRE_QUOTES:
        text = text.replace(ascii_form, character)
    return text


def parse_trec_sgml(text: str) -> list[SourceText]:
    """Each ``<DOC>``'s ``<DOCNO>``, ``<HEADLINE>`` and ``<TEXT>`` body (paragraphs one per line).

    Paragraphs come from ``<P>`` elements when the body has them, else from blank or
    indented lines; tags inside the body are dropped and SGML entities decoded.
    """
    documents = []
    for match in _DOC.finditer(text):
        block = match.group(1)
        docno = _DOCNO.search(block)
        body = _TEXT.search(block)
        if docno is None or body is None:
            continue
        raw = body.group(1)
        parts = _P.findall(raw) if re.search(r"<P>", raw, re.I) else _PARAGRAPH_BREAK.split(raw)
        paragraphs = [p for p in (decode_wire_conventions(_unwrap(part)) for part in parts) if p]
        headline = _HEADLINE.search(block)
        title = _unwrap(headline.group(1)) if headline else None
        documents.append(SourceText(docno.group(1), "\n\n".join(paragraphs), title or None))
    return documents


# --- Layouts ---------------------------------------------------------------------------------


def read_tac2011(root: Path, language: str = "English") -> Corpus:
    """The TAC 2011 MultiLing pilot (one language), with the participants' summaries."""
    sources = root / "SourceTexts"
    docs: dict[str, list[SourceText]] = {}
    for path in _files(sources):
        # M00TD.english: topic M00T, article D.
        docs.setdefault(path.name[:4], []).append(SourceText(path.stem, read_text(path)))
    refs: dict[str, list[str]] = {}
    for path in _files(root / "Model Summaries" / language):
        refs.setdefault(path.name.split(".")[0], []).append(read_text(path))
    topics = [Topic(tid, docs[tid], refs.get(tid, ())) for tid in sorted(docs)]
    peers: dict[str, dict[str, str]] = {}
    submissions = root / "correctedSubmissions"
    if submissions.is_dir():
        for system in sorted(submissions.iterdir(), key=lambda p: _natural(p.name)):
            folder = system / language
            if folder.is_dir():
                peers[system.name] = {p.name: read_text(p) for p in _files(folder)}
    # PublishedEvaluation/README.txt: ROUGE-1.5.5 ran without -m and without -l.
    return Corpus(
        "tac2011", root, topics, peers, words=250, length_limit=None, official_stemming=False
    )


def read_duc2004(root: Path) -> Corpus:
    """DUC 2004 task 2: ``docs/<set>/`` SGML articles, ``models/`` and optional ``peers/``."""
    topics = []
    peers: dict[str, dict[str, str]] = {}
    models = _files(root / "models")
    for folder in sorted(p for p in (root / "docs").iterdir() if p.is_dir()):
        # d30001t -> D30001: the trailing letter names the assessor, absent from model names.
        tid = folder.name.rstrip("abcdefghijklmnopqrstuvwxyz").upper() or folder.name
        documents = [doc for path in _files(folder) for doc in parse_trec_sgml(read_text(path))]
        references = [read_text(p) for p in models if p.name.split(".")[0].upper() == tid]
        topics.append(Topic(tid, documents, references))
    if (root / "peers").is_dir():
        for path in _files(root / "peers"):
            # D30001.M.100.T.<system>
            tid, system = path.name.split(".")[0].upper(), path.name.split(".")[-1]
            peers.setdefault(system, {})[tid] = read_text(path)
    return Corpus("duc2004", root, topics, peers, words=100, length_limit=100)


def read_topic_folders(root: Path, words: int = 100, length_limit: int | None = None) -> Corpus:
    """``topics/<topic>/docs/*`` and ``topics/<topic>/refs/*`` (``root`` may be ``topics``)."""
    base = root / "topics" if (root / "topics").is_dir() else root
    topics = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        documents = [SourceText(p.name, read_text(p)) for p in _files(folder / "docs")]
        references = (
            [read_text(p) for p in _files(folder / "refs")] if (folder / "refs").is_dir() else []
        )
        topics.append(Topic(folder.name, documents, references))
    return Corpus("topics", root, topics, words=words, length_limit=length_limit)


def detect_layout(root: Path) -> str:
    """``tac2011``, ``duc2004`` or ``topics``, from the folders present."""
    if (root / "SourceTexts").is_dir() and (root / "Model Summaries").is_dir():
        return "tac2011"
    if (root / "docs").is_dir() and (root / "models").is_dir():
        return "duc2004"
    if (root / "topics").is_dir() or any((p / "docs").is_dir() for p in root.iterdir()):
        return "topics"
    raise ValueError(f"{root}: not a TAC 2011, DUC 2004 or topics/<topic>/docs corpus")


def read_corpus(root: str | Path) -> Corpus:
    """Read a corpus in whichever supported layout ``root`` has."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"no corpus folder at {root}")
    layout = detect_layout(root)
    if layout == "tac2011":
        return read_tac2011(root)
    if layout == "duc2004":
        return read_duc2004(root)
    return read_topic_folders(root)


def _natural(name: str) -> tuple[str, int]:
    # ID2 before ID10.
    digits = re.search(r"\d+$", name)
    return (name[: digits.start()], int(digits.group())) if digits else (name, -1)
