"""``newsbrief extract INPUTS``: each input's cleaned text and metadata, and what was set aside.

The inputs go through the same loading path as ``newsbrief build`` (same readers, parsers,
bounds, one-line errors, ``--strict``, ``--jobs``); nothing is summarised. The JSON output
(``newsbrief.extract/1``, ``docs/cli.md``) is deterministic: sorted keys, documents in input
order, every offset a code point into the document's original text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from newsbrief.hookspecs import hookimpl
from newsbrief.model import Document, Metadata
from newsbrief.model.spans import SpanKind

#: The ``schema`` field of the JSON output.
SCHEMA = "newsbrief.extract/1"
#: Output formats, and the file extensions that choose them.
FORMATS = {"text": (".txt",), "markdown": (".md", ".markdown"), "json": (".json",)}
#: Characters of a removed span shown in text and Markdown output (JSON has them all).
PREVIEW_CHARS = 72

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def kept_pieces(document: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of the cleaned text: what is left of the original
    once the removed spans are taken out, cut at blank lines, stripped of surrounding space.

    Every piece is verbatim: ``document.text[start:end]``. Headings stay (they are structure,
    kept in :attr:`Document.headings`, not furniture).
    """
    text = document.text
    removed = sorted(
        (span.start, span.end) for span in document.removed if span.kind != SpanKind.HEADING
    )
    gaps: list[tuple[int, int]] = []
    cursor = 0
    for start, end in removed:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text):
        gaps.append((cursor, len(text)))
    pieces = []
    for start, end in gaps:
        for first, last in _paragraphs(text, start, end):
            pieces.append((first, last))
    return pieces


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for blank in _BLANK_LINE.finditer(text, start, end):
        yield from _stripped(text, cursor, blank.start())
        cursor = blank.end()
    yield from _stripped(text, cursor, end)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def authors(metadata: Metadata) -> list[str]:
    """The byline's names, one each (split at commas, semicolons, ``&`` and ``and`` in any
    language: ``und``, ``et``, ``y``)."""
    from newsbrief.nlp.bylines import author_names  # reads the language home: not for --help

    return author_names(metadata.author) if metadata.author else []


def _metadata(metadata: Metadata) -> dict[str, Any]:
    return {
        "title": metadata.title,
        "outlet": metadata.outlet,
        "authors": authors(metadata),
        "published": metadata.published.isoformat() if metadata.published else None,
        "language": metadata.language,
        "url": metadata.url,
    }


def extraction(document: Document, *, original: bool = False) -> dict[str, Any]:
    """The JSON record of one document (``newsbrief.extract/1``, see ``docs/cli.md``)."""
    text = document.text
    pieces = kept_pieces(document)
    record: dict[str, Any] = {
        "id": document.id,
        "input": document.metadata.source_path,
        **_metadata(document.metadata),
        "length": len(text),
        "text": "\n\n".join(text[start:end] for start, end in pieces),
        "paragraphs": [{"start": s, "end": e, "text": text[s:e]} for s, e in pieces],
        "headings": [
            {"start": h.start, "end": h.end, "text": text[h.start : h.end]}
            for h in document.headings
        ],
        "removed": [
            {"start": s.start, "end": s.end, "kind": str(s.kind), "text": text[s.start : s.end]}
            for s in document.removed
            if s.kind != SpanKind.HEADING
        ],
        "sections": [
            {"start": s.start, "end": s.end, **_metadata(document.section_metadata(s.start))}
            for s in document.sections
        ]
        if len(document.sections) > 1
        else [],
    }
    if original:
        record["original"] = text
    return record


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


_LABELS = (
    ("title", "Title"),
    ("outlet", "Outlet"),
    ("authors", "Authors"),
    ("published", "Published"),
    ("language", "Language"),
    ("url", "URL"),
)


def _fields(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key, label in _LABELS:
        value = record[key]
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            yield label, str(value)


def as_text(records: Sequence[dict[str, Any]]) -> str:
    """Plain text: per document a header, its fields, the cleaned text, what was removed."""
    blocks = []
    for record in records:
        lines = [f"== {record['input'] or record['id']} =="]
        lines += [f"{label}: {value}" for label, value in _fields(record)]
        lines += ["", record["text"], ""]
        lines.append(f"Removed ({len(record['removed'])}):")
        for span in record["removed"]:
            lines.append(
                f"  [{span['start']}:{span['end']}] {span['kind']}: {_preview(span['text'])}"
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def as_markdown(records: Sequence[dict[str, Any]]) -> str:
    """Markdown: per document a ``#`` title, its fields as a list, the cleaned text (headings
    as ``##``), and a list of what was removed."""
    blocks = []
    for record in records:
        title = record["title"] or record["input"] or record["id"]
        lines = [f"# {' '.join(title.split())}", ""]
        lines += [f"- **{label}:** {value}" for label, value in _fields(record) if label != "Title"]
        lines.append(f"- **Source:** {record['input'] or record['id']}")
        headings = {(h["start"], h["end"]) for h in record["headings"]}
        for paragraph in record["paragraphs"]:
            heading = (paragraph["start"], paragraph["end"]) in headings
            lines += ["", f"## {paragraph['text']}" if heading else paragraph["text"]]
        lines += ["", f"## Removed ({len(record['removed'])})", ""]
        for span in record["removed"]:
            lines.append(
                f"- `{span['start']}:{span['end']}` {span['kind']}: {_preview(span['text'])}"
            )
        blocks.append("\n".join(lines).rstrip())
    return "\n\n---\n\n".join(blocks) + "\n"


def as_json(records: Sequence[dict[str, Any]], skipped: Sequence[Any]) -> str:
    """The ``newsbrief.extract/1`` document: sorted keys, documents in input order."""
    from newsbrief.exporters.json_exporter import dumps

    return dumps(
        {
            "schema": SCHEMA,
            "documents": list(records),
            "skipped": [
                {"input": item.input, "reason": item.reason, "kind": item.kind} for item in skipped
            ],
        }
    )


def _format_for(format_: str | None, output: str | None) -> str:
    from newsbrief.pipeline.output import unknown_extension

    if format_:
        return format_
    if output:
        lower = output.lower()
        for name, extensions in FORMATS.items():
            if lower.endswith(extensions):
                return name
        reason = unknown_extension(
            output, (e for extensions in FORMATS.values() for e in extensions)
        )
        if reason is not None:
            raise click.ClickException(reason)
    return "text"


def extract_command() -> click.Command:
    """The ``extract`` command, built with the options it shares with ``build``."""
    from newsbrief import cli

    @click.command(name="extract")
    @click.argument("inputs", nargs=-1)
    @click.option(
        "-f",
        "--format",
        "format_",
        type=click.Choice(list(FORMATS)),
        help="Output format [default: from -o's extension, else text].",
    )
    @click.option(
        "-o", "--output", type=cli._OutputPath(dir_okay=False, writable=True), help="Write here."
    )
    @cli._parser_language_options
    @click.option(
        "--original",
        is_flag=True,
        help="With -f json, include each document's original text (the offsets' reference).",
    )
    @click.option("--strict", is_flag=True, help="Stop at the first bad input.")
    @cli._input_options
    def extract(inputs: tuple[str, ...], **options: Any) -> None:
        """Print each input's cleaned text and metadata (title, outlet, authors, date,
        language, URL), with the passages set aside as page furniture and why.

        INPUTS are read as by `newsbrief build`: files, directories, globs, - for stdin,
        http(s) URLs, @FILE. JSON (-f json) is the newsbrief.extract/1 format: offsets are
        code points into each document's original text.

        \b
        Examples:
          newsbrief extract page.html
          newsbrief extract seeds/ -f json -o extracted.json
        """
        run_extract(inputs, options)

    return extract


def run_extract(inputs: tuple[str, ...], options: dict[str, Any]) -> None:
    """``newsbrief extract``: load as ``build`` does, then print each document."""
    from newsbrief import cli
    from newsbrief.fetch.client import FetchOptions
    from newsbrief.pipeline import Settings, language_spec, named_parser
    from newsbrief.pipeline.load import load_inputs

    inputs = inputs + tuple(f"@{name}" for name in options.pop("from_files", ()))
    if not inputs:
        raise click.UsageError("give at least one input (or --from-file FILE)")
    output = options["output"]
    format_ = _format_for(options["format_"], output)
    if options["original"] and format_ != "json":
        raise click.UsageError("--original goes with -f json")
    timeout = options["timeout"]
    settings = Settings(
        parser=language_spec(options["parser"], options["language"]),
        strict=options["strict"],
        jobs=options["jobs"],
        cache=options["cache"],
        fetch=FetchOptions(timeout=timeout, deadline=3 * timeout),
    )
    if settings.parser is not None and not settings.parser.startswith(":"):
        named_parser(settings.parser)  # a misspelt parser fails before any input is read

    from newsbrief.console import Reporter, verbosity

    # Messages and the progress display as build has them (-q: errors only).
    reporter = Reporter(
        verbosity(bool(options.get("quiet")), bool(options.get("verbose"))), stages=("load",)
    )

    def report(skipped: Any) -> None:
        # Each input left out once, as it happens; a repeated input is no failure.
        if skipped.kind == "error":
            reporter.error(f"skipped {skipped}")
        else:
            reporter.info(f"skipped {skipped}")

    # -v: each file a folder or glob holds that is not read, once (as build).
    with reporter, reporter.passed_over():
        corpus = load_inputs(inputs, settings, on_skip=report, on_progress=reporter.progress)
    records = [extraction(document, original=options["original"]) for document in corpus]
    if format_ == "json":
        text = as_json(records, corpus.skipped)
    elif not records:
        text = ""
    else:
        text = as_markdown(records) if format_ == "markdown" else as_text(records)
    if text:
        cli._write(text, output)
    if corpus.errors:
        # Each was reported as it happened; one count, not the list again.
        reporter.error(
            f"{len(corpus.errors)} input(s) skipped, {len(corpus)} document(s) extracted"
        )
    if corpus.errors or not len(corpus):
        sys.exit(1)


@hookimpl(trylast=True)
def register_commands(cli: Any) -> None:
    """``newsbrief extract``."""
    cli.add_command(extract_command())
