"""Parsing one input: the parser chosen, the documents made safe, each article's length checked.

Everything here works on one raw input alone, so it runs wherever a runner sends it (this
process, a worker process, a Dask worker); :mod:`newsbrief.pipeline.load` orders the results.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.model import Document, Metadata, Section
from newsbrief.model.raw import RawInput
from newsbrief.parsers.base import Parser
from newsbrief.plugins import get_host

if TYPE_CHECKING:
    from newsbrief.parsers.jsonl import JsonParser, LinePart, LineResults

T = TypeVar("T")
R = TypeVar("R")

#: Longest article text accepted, in characters (override with ``NEWSBRIEF_MAX_DOCUMENT_CHARS``).
#: Cost is linear in length (the summarizer weighs a bounded number of candidate sentences), but a
#: 30 MB one-line dump is no article; 2 M characters (a book, about 10 s to brief) is the ceiling.
DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000


# File signatures worth naming when binary data is refused.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
)


# Lone UTF-16 surrogates (a JSON "\\ud800" escape): no UTF-8 encoder accepts them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def max_document_chars() -> int:
    """The per-article length limit in force."""
    value = os.environ.get("NEWSBRIEF_MAX_DOCUMENT_CHARS")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_DOCUMENT_CHARS


@attrs.frozen
class Outcome:
    """What became of one input: its documents, and problems as ``(input, reason)`` pairs.

    Plain pairs rather than :class:`InputError` objects, so outcomes pickle across processes.
    """

    #: The input as the user named it.
    name: str
    #: Parsed documents, in order.
    documents: tuple[Document, ...] = ()
    #: ``(input, reason)`` for the input itself or parts of it that were skipped.
    problems: tuple[tuple[str, str], ...] = ()
    #: ``(input, reason)`` when the input repeats an earlier one (not an error: counted once).
    duplicates: tuple[tuple[str, str], ...] = ()


def named_parser(spec: str) -> Parser:
    """The parser a ``--parser`` spec names, configured: ``json`` or ``json:text=body``."""
    from newsbrief.parsers.options import configured, parse_spec

    try:
        name, options = parse_spec(spec)
        return configured(get_host().registry("parser").get(name), options)
    except ValueError as error:
        raise NewsbriefError(f"--parser {spec}: {error}") from None


def choose_parser(
    raw: RawInput, name: str | None = None, *, problems: list[InputError] | None = None
) -> Parser:
    """The parser for ``raw``: by name (a spec, with options), else by extension, else sniffing.

    A parser whose ``sniff`` fails (a plugin's fault, see :mod:`newsbrief.guard`) is passed
    over and the failure added to ``problems``; without that list it is raised.
    """
    registry = get_host().registry("parser")
    if name is not None and name.startswith(":"):
        # ``:language=uk`` (``--language``): the parser chosen as usual, given the options.
        from newsbrief.parsers.options import with_spec_options

        return with_spec_options(choose_parser(raw, problems=problems), name)
    if name is not None:
        return named_parser(name)
    parsers = [entry.component for entry in registry.entries()]
    by_extension = [p for p in parsers if raw.suffix and raw.suffix in p.extensions]
    candidates = by_extension or parsers
    best, best_score = None, 0.0
    for parser in candidates:
        try:
            score = parser.sniff(raw)
        except InputError as error:
            if problems is None:
                raise
            problems.append(error)
            continue
        if score > best_score:
            best, best_score = parser, score
    if best is None:
        if problems:
            raise problems[0]
        raise InputError(raw.name, "no parser can read this input")
    return best


class Spread(Protocol):
    """Runs a function over the pieces of one input on several processes (a runner's):
    :func:`parse_input` parses a large JSON Lines input in pieces with it."""

    #: Records in a piece.
    piece_records: int
    #: Fewest records an input needs to be cut into pieces.
    min_records: int

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """``function`` of each item, in order (raising what a call raised)."""
        ...


def parse_all(raw: RawInput, parser: str | None = None) -> list[Document | InputError]:
    """Documents of one raw input, and the problems with parts of it that were skipped.

    A parser that failed to sniff the input is one of those problems: the input is still read
    by the best of the others, and the failure reported.
    """
    return _parse_all(raw, parser, None)


def _parse_all(
    raw: RawInput, parser: str | None, spread: Spread | None
) -> list[Document | InputError]:
    sniffing: list[InputError] = []
    chosen = choose_parser(raw, parser, problems=sniffing)
    parsed = _spread_parse(chosen, raw, spread) if spread is not None else None
    results = [*sniffing, *(chosen.parse(raw) if parsed is None else parsed)]
    if not any(isinstance(result, Document) for result in results):
        problems = [r for r in results if isinstance(r, InputError)]
        if problems:
            raise problems[0]
        raise InputError(raw.name, f"the {chosen.name} parser found no article in it")
    return results


def parse(raw: RawInput, parser: str | None = None) -> list[Document]:
    """Parse one raw input into documents (unsegmented), ignoring skipped parts."""
    return [result for result in parse_all(raw, parser) if isinstance(result, Document)]


def language_spec(parser: str | None, language: str | None) -> str | None:
    """The parser spec that also gives every document ``language`` (``json`` + ``uk`` ->
    ``json:language=uk``; no parser: ``:language=uk``, the parser still chosen per input).

    Raises :class:`NewsbriefError` when ``language`` names no language.
    """
    if language is None:
        return parser
    from newsbrief.languages.detect import parse_language

    try:
        code = parse_language(language)
    except ValueError as error:
        raise NewsbriefError(f"language: {error}") from None
    if parser is None:
        return f":language={code}"
    return f"{parser}{',' if ':' in parser else ':'}language={code}"


def parser_extensions() -> set[str]:
    """The file extensions the registered parsers claim (what a directory is read for)."""
    registry = get_host().registry("parser")
    return {ext for parser in registry.as_dict().values() for ext in parser.extensions}


def parse_inputs(
    raws: Sequence[RawInput],
    parser: str | None = None,
    limit: int | None = None,
    spread: Spread | None = None,
) -> list[Outcome]:
    """:func:`parse_input` of each raw input, in order (one task's worth)."""
    return [parse_input(raw, parser, limit, spread=spread) for raw in raws]


def parse_input(
    raw: RawInput,
    parser: str | None = None,
    limit: int | None = None,
    *,
    spread: Spread | None = None,
) -> Outcome:
    """Parse one raw input (in any process), checking each article's length.

    ``parser`` is a ``--parser`` spec (``None``: chosen by extension and content); ``limit`` is
    the longest article accepted, in characters (``None``: :func:`max_document_chars`).
    With ``spread``, a large JSON Lines input is parsed in pieces on its processes: the same
    outcome, document for document and problem for problem.
    """
    try:
        results = _parse_all(raw, parser, spread)
    except InputError as error:
        reason = error.reason
        if error.input_name == raw.name and reason == "no parser can read this input":
            reason = why_unreadable(raw) or reason
        return Outcome(raw.name, problems=((error.input_name, reason),))
    limit = max_document_chars() if limit is None else limit
    documents: list[Document] = []
    problems: list[tuple[str, str]] = []
    several = sum(isinstance(result, Document) for result in results) > 1
    for result in results:
        if isinstance(result, InputError):
            problems.append((result.input_name, result.reason))
        elif len(result.text) > limit:
            name = f"{raw.name} ({result.id})" if several else raw.name
            problems.append((name, _too_long(len(result.text), limit)))
        else:
            documents.append(safe_document(result))
    return Outcome(raw.name, tuple(documents), tuple(problems))


def _spread_parse(
    chosen: Parser, raw: RawInput, spread: Spread
) -> list[Document | InputError] | None:
    """What ``chosen.parse(raw)`` gives, parsed in pieces on ``spread``'s processes, or
    ``None`` to parse it in one piece: an input that is not large JSON Lines read by the
    built-in JSON parser, or pieces that could not be parsed on the spread (workers that could
    not start, a document the guard refuses, anything else that went wrong in the pieces'
    code), which the parse in one piece then meets again and reports as it always does, in
    one line. (A worker lost midway costs nothing here: the spread makes its pieces in this
    process.)

    An input refused whole raises its :class:`InputError` here, as the parse in one piece
    would (decoded and counted once); the work around the spread runs in this process, so a
    bug in it is raised, never hidden by a parse in one piece.
    """
    from newsbrief.guard import env_tracer
    from newsbrief.parsers.jsonl import JsonParser
    from newsbrief.parsers.options import WithLanguage

    # ``--language`` wraps the parser; the guard wraps both (its checks are made in the pieces).
    language = chosen.language if isinstance(chosen, WithLanguage) else None
    inner = chosen.parser if isinstance(chosen, WithLanguage) else chosen
    component = getattr(inner, "component", inner)
    # Only the built-in parser's own code (a subclass may parse otherwise); a traced run
    # traces each parse, which pieces would not.
    if type(component) is not JsonParser or env_tracer() is not None:
        return None
    # Counted in the bytes, so that a small input (or a JSON document on a few lines) is not
    # decoded here and again by the parse in one piece.
    if raw.data.count(b"\n") + 1 < spread.min_records:
        return None
    pieces = component.split_lines(raw, spread.piece_records)
    if pieces is None or len(pieces) < 2:
        return None
    try:
        made = spread(_parse_piece, [(component, piece, language) for piece in pieces])
    except Exception:
        # No worker could start (or all were lost), a document the guard refuses
        # (:class:`PieceFault`), or a bug or memory in the pieces, which ran outside the guard:
        # the parse in one piece runs inside it and reports what it meets in one line.
        return None
    return list(component.joined(raw, made))


def _parse_piece(task: tuple[JsonParser, LinePart, str | None]) -> LineResults:
    """One piece of a JSON Lines input parsed (in any process), with the guard's checks and
    the ``language`` option's effect, as the whole parser would have had them."""
    from newsbrief.guard import ContractViolation, check_documents
    from newsbrief.parsers.jsonl import LineResults
    from newsbrief.parsers.options import WithLanguage

    parser, piece, language = task
    lines = _PieceLines(parser)
    # The option's own wrapper: nothing detected, every document in the given language.
    wrapped = lines if language is None else WithLanguage(lines, language)
    results = list(wrapped.parse(piece))
    try:
        check_documents(r for r in results if isinstance(r, Document))
    except ContractViolation as violation:
        # The guard's violation carries the plugin it blames and does not travel between
        # processes; the whole parse reports it.
        raise PieceFault(str(violation)) from None
    return LineResults(lines.valid, results)


class _PieceLines:
    """:meth:`JsonParser.parse_lines` of one piece in the shape of a parser's ``parse`` (its
    results), for :class:`~newsbrief.parsers.options.WithLanguage` to wrap; the piece's count
    of valid lines is kept for its :class:`LineResults`."""

    def __init__(self, parser: JsonParser) -> None:
        self.parser = parser
        self.valid = 0

    def parse(self, piece: LinePart) -> list[Document | tuple[str, str]]:
        made = self.parser.parse_lines(piece)
        self.valid = made.valid
        return made.results


class PieceFault(Exception):
    """A piece of a JSON Lines input made a document the guard refuses
    (:func:`~newsbrief.guard.check_documents`): the input is parsed again in one piece, which
    reports the fault as it always does. Made of one message, so it pickles."""


def safe_document(document: Document) -> Document:
    """``document`` made safe to write anywhere, whichever parser made it.

    Lone surrogates become U+FFFD (one code point for one, so every offset stays valid) and
    the document's encoding says how many were replaced, which makes :func:`decoding_note`
    report it; URLs lose any ``user:password@`` part and show bidirectional or control
    characters percent-encoded.
    """
    from newsbrief.fetch.urls import safe_url

    replaced = 0

    def clean(value: str) -> str:
        nonlocal replaced
        if value.isascii():
            return value
        value, count = _SURROGATE.subn("\ufffd", value)
        replaced += count
        return value

    def clean_metadata(metadata: Metadata) -> Metadata:
        changes: dict[str, Any] = {}  # field name -> its cleaned value, of that field's type
        for name in ("title", "outlet", "author", "language", "source_path", "distributor"):
            value = getattr(metadata, name)
            if isinstance(value, str) and clean(value) != value:
                changes[name] = clean(value)
        if metadata.url is not None and safe_url(clean(metadata.url)) != metadata.url:
            changes["url"] = safe_url(clean(metadata.url))
        extra = {
            clean(str(k)): clean(v) if isinstance(v, str) else v for k, v in metadata.extra.items()
        }
        if extra != dict(metadata.extra):
            changes["extra"] = extra
        return attrs.evolve(metadata, **changes) if changes else metadata

    text = clean(document.text)
    doc_id = clean(document.id)
    metadata = clean_metadata(document.metadata)
    sections = tuple(Section(s.start, s.end, clean_metadata(s.metadata)) for s in document.sections)
    if replaced:
        what = f"{replaced} lone surrogate{'s' if replaced != 1 else ''} replaced)"
        metadata = attrs.evolve(metadata, encoding=f"{metadata.encoding or 'text'} ({what}")
    if (text, doc_id, metadata, sections) == (
        document.text,
        document.id,
        document.metadata,
        document.sections,
    ):
        return document
    sentences = tuple(
        attrs.evolve(s, doc_id=doc_id, text=text[s.start : s.end]) for s in document.sentences
    )
    annotations = tuple(
        attrs.evolve(
            a,
            text=text[a.start : a.end]
            if a.text == document.text[a.start : a.end]
            else clean(a.text),
        )
        for a in document.annotations
    )
    return attrs.evolve(
        document,
        id=doc_id,
        text=text,
        metadata=metadata,
        sections=sections,
        sentences=sentences,
        annotations=annotations,
    )


def decoding_note(document: Document) -> str | None:
    """``where: encoding`` when decoding ``document`` replaced bytes it could not read."""
    # The decoder's encoding name says how many bytes it replaced ("utf-8, 3 bytes replaced)").
    encoding = document.metadata.encoding or ""
    if "replaced)" not in encoding:
        return None
    where = document.metadata.source_path or document.metadata.url or document.id
    return f"{where}: {encoding}"


def why_unreadable(raw: RawInput) -> str | None:
    """The specific reason no parser took ``raw`` (empty, binary and what kind), if there is one."""
    from newsbrief.parsers.decoding import decode

    try:
        decode(raw)
    except InputError as error:
        if error.reason.startswith("binary"):
            kind = next((k for magic, k in _SIGNATURES if raw.data.startswith(magic)), None)
            if kind:
                return f"binary data ({kind}), not text"
            if b"\x00" in raw.data:
                return "binary data (NUL bytes), not text"
        return error.reason
    # Text, but its extension's parsers all declined it: say which, so a wrong shape is clear.
    names = [
        entry.name
        for entry in get_host().registry("parser").entries()
        if raw.suffix and raw.suffix in entry.component.extensions
    ]
    if names:
        return f"not in a shape the {' or '.join(names)} parser reads ({raw.suffix} file)"
    return None


def _too_long(length: int, limit: int) -> str:
    return (
        f"{length:,} characters, over the {limit:,}-character limit for one article "
        "(set NEWSBRIEF_MAX_DOCUMENT_CHARS to raise it)"
    )
