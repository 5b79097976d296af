"""The JSON / JSON Lines parser: one article per record.

Partial failure follows the :class:`~newsbrief.parsers.base.Parser` contract: :meth:`parse`
yields, in input order, a :class:`~newsbrief.model.Document` for every usable record and an
:class:`InputError` *value* (named ``file.jsonl:12``, not raised) for every record it had to skip,
so the host reports the bad line and keeps the good ones. It raises only when the input holds no
usable record at all. No state is kept between calls.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from newsbrief.errors import InputError
from newsbrief.model import Document, Metadata
from newsbrief.options import Option, OptionSpec
from newsbrief.parsers.assemble import assemble, string_fields
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.decoding import decode, looks_like_text
from newsbrief.parsers.markup import HEAD_BYTES, head
from newsbrief.parsers.plaintext.dates import parse_iso_date

#: The record fields the parser reads, mapped to the key each has in the input by default.
DEFAULT_FIELDS: Mapping[str, str] = {
    "text": "text",
    "title": "title",
    "published": "published",
    "url": "url",
    "outlet": "outlet",
    "author": "author",
    "language": "language",
    "id": "id",
}

# What a JSON text cut at an arbitrary byte may end with after its last complete token.
_TOKEN_END = re.compile(r"\s*[\w.+\\-]{0,6}\s*")

#: Most records read from one input: a 64 MiB list of ten million ``{}`` is no collection of
#: articles, and checking it record by record would flood the report.
MAX_RECORDS = 100_000
#: Skipped records reported one by one per input; the rest are counted in one more line.
MAX_REPORTED_RECORDS = 20

#: Sniff confidence for a whole JSON document of objects, and for JSON Lines.
JSON_CONFIDENCE = 0.9
JSONL_CONFIDENCE = 0.8


class JsonParser:
    """Reads articles from JSON (an object or a list of objects) or JSON Lines (one per line).

    Each record needs a non-empty ``text``; ``title``, ``published`` (ISO date or datetime),
    ``url``, ``outlet``, ``author`` (a string or a list), ``language`` (an ISO 639 code, BCP 47
    tag or language name; it wins over detection) and ``id`` are optional and take precedence
    over what the plain-text heuristics harvest from the text. Other scalar fields
    land in ``Metadata.extra``. Keys can be renamed: ``JsonParser(fields={"text": "body"})``, or
    from the command line as parser options (``--parser json:text=body,title=headline``;
    ``language_field=lang`` for the language's key).
    """

    #: Name for ``--parser json``.
    name = "json"
    #: One line for ``newsbrief list``.
    description = "articles as JSON records (an object, a list of objects, or JSON Lines)"
    #: Extensions read by default.
    extensions = (".json", ".jsonl", ".ndjson")
    #: A renamed key per record field (``text=body``), ``language_field`` and ``analyze``.
    options = OptionSpec(
        *(
            Option(field, str, key, f"The record key holding the {field} field.")
            for field, key in DEFAULT_FIELDS.items()
            if field != "language"
        ),
        Option(
            "language_field",
            str,
            DEFAULT_FIELDS["language"],
            "The record key holding the language (language=CODE sets the language itself).",
        ),
        Option(
            "analyze",
            bool,
            True,
            "Run the plain-text heuristics on each text (noise, subheadings).",
        ),
    )

    def __init__(
        self,
        fields: Mapping[str, str] | None = None,
        *,
        analyze_text: bool = True,
    ) -> None:
        """Configure the parser.

        ``fields`` maps record fields (keys of :data:`DEFAULT_FIELDS`) to the keys used in the
        input; ``analyze_text`` runs the plain-text heuristics on each text to mark noise and
        subheadings.
        """
        unknown = set(fields or {}) - set(DEFAULT_FIELDS)
        if unknown:
            raise ValueError(f"unknown record fields: {', '.join(sorted(unknown))}")
        #: Record field to input key.
        self.fields: Mapping[str, str] = {**DEFAULT_FIELDS, **(fields or {})}
        #: Whether texts go through the plain-text noise and structure heuristics.
        self.analyze_text = analyze_text

    def configure(self, options: Mapping[str, str]) -> JsonParser:
        """A copy using parser options: a record field renamed (``text=body``,
        ``title=headline``...; the language field is ``language_field=lang``, since
        ``language=uk``, taken by every parser, sets the language itself) or ``analyze=false``
        to skip the plain-text heuristics.

        Raises :class:`~newsbrief.options.OptionError` (a :class:`ValueError`) for an unknown
        option (with a "did you mean") or a bad value. An empty key leaves the field as it was.
        """
        chosen = self.options.parse(options, f"{self.name} parser", defaults=False)
        fields = {**self.fields}
        analyze_text = chosen.get("analyze", self.analyze_text)
        for key, value in chosen.items():
            if key == "language_field" and value:
                fields["language"] = value
            elif key in DEFAULT_FIELDS and value:
                fields[key] = value
        return JsonParser(fields, analyze_text=analyze_text)

    def sniff(self, raw: RawInput) -> float:
        """High for JSON holding objects, a little lower for JSON Lines, else 0.

        Only the head of the input is read (:func:`~newsbrief.parsers.markup.head`): an input
        longer than that counts as JSON when its head is the start of a JSON document, and as
        JSON Lines when the head's first line is a whole JSON object (or a broken one before a
        whole one).
        """
        start = head(raw)
        stripped = start.text.lstrip()
        whole = len(raw.data) <= HEAD_BYTES
        # Text named as JSON is read whatever it opens with (a bare value, prose), so that its
        # one problem is said rather than no parser taking it; an empty or a binary input is
        # left to be said so.
        named_json = raw.suffix in self.extensions
        named = whole and named_json
        readable = stripped and named_json and looks_like_text(raw.data)
        if stripped[:1] not in ("{", "[") and not readable:
            return 0.0
        try:
            value = _loads(start.text)
        except ValueError as error:
            first, newline, rest = stripped.partition("\n")
            if (newline or whole) and _record_line(first):
                return JSONL_CONFIDENCE
            # A first record broken (cut, a stray quote) before whole ones: JSON Lines, whose
            # parse skips the bad line and keeps the others.
            second = rest.lstrip().partition("\n")
            if first.startswith("{") and (second[1] or whole) and _record_line(second[0]):
                return JSONL_CONFIDENCE
            cut_short = not whole and _cut_short(start.text, error)
            if not cut_short and named_json:
                # Named as JSON and no other parser reads it: say where it breaks (in the
                # head, so in the whole input too).
                raise InputError(raw.name, _invalid(error)) from None
            return JSON_CONFIDENCE if cut_short else 0.0
        if isinstance(value, dict) or (isinstance(value, list) and value):
            return JSON_CONFIDENCE
        if named:
            # Valid JSON named as JSON, but no records (``[]``, ``"text"``): say so.
            raise InputError(raw.name, _wrong_shape(value))
        return 0.0

    def parse(self, raw: RawInput) -> Iterator[Document | InputError]:
        """Documents and skipped-record problems, in input order (problems are yielded).

        Raises :class:`InputError` when the input is not JSON, has the wrong shape, or holds
        no usable record.
        """
        text, encoding = decode(raw)
        value, part = self._read(raw, text, encoding)
        if part is not None:
            # JSON Lines: the same three steps as a split parse (newsbrief.pipeline.parse),
            # in one piece.
            yield from self.joined(raw, [self.parse_lines(part)])
            return
        records = list(self._records(raw, value))
        several = len(records) > 1
        results: list[Document | InputError] = []
        for number, (label, record) in enumerate(records, start=1):
            try:
                results.append(self._document(raw, record, number, several, encoding))
            except InputError as error:
                results.append(InputError(label, error.reason))
        yield from _numbered(raw, results)

    def split_lines(self, raw: RawInput, size: int) -> list[LinePart] | None:
        """A JSON Lines input's records cut into runs of at most ``size`` lines, in order, for
        :meth:`parse_lines` in several processes and :meth:`joined` after: the same results
        as :meth:`parse`; ``None`` for a JSON document. Raises :class:`InputError` as
        :meth:`parse` does for an input it refuses whole (not text, too many lines for
        :data:`MAX_RECORDS`: counted before any line is parsed).
        """
        text, encoding = decode(raw)
        _, whole = self._read(raw, text, encoding)
        if whole is None:
            return None
        size = max(1, size)
        return [
            attrs.evolve(whole, lines=whole.lines[start : start + size])
            for start in range(0, len(whole.lines), size)
        ]

    def parse_lines(self, part: LinePart) -> LineResults:
        """One result per line of ``part`` (a document, or the problem that skipped it as an
        ``(input, reason)`` pair): the per-record work of a JSON Lines input, which runs in any
        process."""
        raw = part.raw
        results: list[Document | tuple[str, str]] = []
        valid = 0
        for lineno, number, line in part.lines:
            label = f"{raw.name}:{lineno}"
            try:
                record = _loads(line)
            except ValueError as error:
                # The label names the line: the reason says where on it.
                results.append((label, _invalid(error, line=False)))
                continue
            valid += 1
            try:
                results.append(self._document(raw, record, number, part.several, part.encoding))
            except InputError as error:
                results.append((label, error.reason))
        return LineResults(valid, results)

    def joined(
        self, raw: RawInput, parts: Iterable[LineResults]
    ) -> Iterator[Document | InputError]:
        """What :meth:`parse` yields for a JSON Lines input, from its parts' results in order:
        repeated ids made unique, skipped records reported (the first
        :data:`MAX_REPORTED_RECORDS`, the rest counted), an input of no valid line refused."""
        results: list[Document | InputError] = []
        valid = 0
        for part in parts:
            valid += part.valid
            results.extend(r if isinstance(r, Document) else InputError(*r) for r in part.results)
        if not valid:
            first = next((r for r in results if isinstance(r, InputError)), None)
            detail = "no records"
            if first is not None:
                detail = f"{_place(raw, first.input_name)}: {first.reason}"
            raise InputError(raw.name, f"not JSON or JSON Lines: {detail}")
        yield from _numbered(raw, results)

    def _read(self, raw: RawInput, text: str, encoding: str) -> tuple[Any, LinePart | None]:
        """``text`` as one JSON value, else (``None``, every non-blank line of it as JSON
        Lines with its line and record numbers)."""
        try:
            return _loads(text), None
        except ValueError as error:
            if _one_document(text):
                # Cut short or broken, not lines of records: say where it breaks.
                raise InputError(raw.name, _invalid(error)) from None
        count = text.count("\n") + 1
        if count > MAX_RECORDS:  # counted before any line is parsed
            raise InputError(raw.name, _too_many_records(count))
        numbered = [
            (lineno, line) for lineno, line in enumerate(text.splitlines(), start=1) if line.strip()
        ]
        lines = tuple(
            (lineno, number, line) for number, (lineno, line) in enumerate(numbered, start=1)
        )
        # The bytes are not needed by the records (and would be copied to every process).
        bare = attrs.evolve(raw, data=b"")
        return None, LinePart(bare, encoding, len(lines) > 1, lines)

    def _records(self, raw: RawInput, value: Any) -> Iterator[tuple[str, Any]]:
        if isinstance(value, dict):
            yield raw.name, value
        elif isinstance(value, list) and len(value) > MAX_RECORDS:
            raise InputError(raw.name, _too_many_records(len(value)))
        elif isinstance(value, list) and value:
            for index, item in enumerate(value):
                yield f"{raw.name}[{index}]", item
        else:
            raise InputError(raw.name, _wrong_shape(value))

    def _document(
        self, raw: RawInput, record: Any, number: int, several: bool, encoding: str
    ) -> Document:
        if not isinstance(record, dict):
            raise InputError(raw.name, f"expected an object, got {_kind(record)}")
        text = record.get(self.fields["text"])
        if not isinstance(text, str) or not text.strip():
            raise InputError(raw.name, _no_text(self.fields["text"], record))
        values = {name: record.get(key) for name, key in self.fields.items()}
        metadata = Metadata(
            title=_string(values["title"]),
            outlet=_string(values["outlet"]),
            author=_author(values["author"]),
            published=parse_iso_date(values["published"]),
            url=_string(values["url"]) or raw.url,
            language=_string(values["language"]),
            source_path=raw.path,
            encoding=encoding,
            extra=string_fields(record, skip=self.fields.values()),
        )
        return assemble(
            doc_id=_string(values["id"]) or (f"{raw.doc_id}-{number}" if several else raw.doc_id),
            text=text,
            metadata=metadata,
            heuristics=self.analyze_text,
        )


@attrs.frozen
class LinePart:
    """A run of a JSON Lines input's records (:meth:`JsonParser.split_lines`), to parse in
    any process: the lines with their numbers, and what every record of the input shares."""

    #: The input, without its bytes (names, suggested id, path, URL).
    raw: RawInput
    #: How its bytes were decoded (each document's ``encoding``).
    encoding: str
    #: Whether the input holds more than one record (ids then get the record number).
    several: bool
    #: ``(line number, record number, line)`` of each non-blank line, in order.
    lines: tuple[tuple[int, int, str], ...]


@attrs.frozen
class LineResults:
    """What :meth:`JsonParser.parse_lines` made of a :class:`LinePart`."""

    #: How many of its lines are valid JSON (an input with none is not JSON Lines).
    valid: int
    #: One document or problem per line, in order; problems as ``(input, reason)`` pairs,
    #: which pickle across processes (an :class:`InputError` does not).
    results: list[Document | tuple[str, str]]


def _numbered(
    raw: RawInput, results: Iterable[Document | InputError]
) -> Iterator[Document | InputError]:
    """The records' ``results`` as :meth:`JsonParser.parse` yields them: a repeated id given
    the record's number, the first :data:`MAX_REPORTED_RECORDS` problems yielded in order
    (each before the next document), the rest counted in one line; no document raises."""
    seen: set[str] = set()
    problems: list[InputError] = []
    reported = hidden = 0
    for number, result in enumerate(results, start=1):
        if isinstance(result, InputError):
            if reported < MAX_REPORTED_RECORDS:
                problems.append(result)
                reported += 1
            else:
                hidden += 1
            continue
        document = result
        if document.id in seen:  # ids must be unique within a run
            document = attrs.evolve(document, id=f"{document.id}-{number}")
        seen.add(document.id)
        # Problems are yielded in input order, each before the next good record.
        yield from problems
        problems.clear()
        yield document
    if not seen:
        missing = [p.reason for p in problems if isinstance(p.reason, _NoTextKey)]
        # Records without the key looked for: say how to name another, even when other
        # records were skipped for other reasons (a line cut short at the end of a feed).
        first = missing[0].hinted if missing else problems[0].reason if problems else "no records"
        reasons = {problem.reason for problem in problems}
        if len(problems) == 1:
            reason = first
        elif len(missing) == len(problems) and len(reasons) > 1:  # each with other keys
            reason = (
                f"no usable record: none has text in field {missing[0].key!r}; "
                "give --parser json:text=KEY"
            )
        elif missing:  # that reason says what to do
            reason = f"no usable record: {first}"
        else:  # where to look first: the record's line (``line 3``) or place (``item 0``)
            reason = f"no usable record; the first, {_place(raw, problems[0].input_name)}: {first}"
        raise InputError(raw.name, reason)
    yield from problems
    if hidden:
        yield InputError(raw.name, f"{hidden:,} more records skipped (not listed)")


def _place(raw: RawInput, label: str) -> str:
    """Where in ``raw`` the record ``label`` names is: ``line 12`` (``file.jsonl:12``), ``item
    3`` (``file.json[3]``), or ``the record`` (the input is one)."""
    tail = label[len(raw.name) :] if label.startswith(raw.name) else ""
    if tail.startswith(":"):
        return f"line {tail[1:]}"
    if tail.startswith("[") and tail.endswith("]"):
        return f"item {tail[1:-1]}"
    return "the record"


#: What a JSON value that holds no record is, by its type (``[]``, ``true``, ``null`` as written).
_JSON_KINDS = {str: "a string", int: "a number", float: "a number"}


def _kind(value: Any) -> str:
    """What a JSON value is, in JSON's words: ``a number``, ``a list``, ``null``, ``true``."""
    if isinstance(value, list):
        return "a list"
    return _JSON_KINDS.get(type(value)) or json.dumps(value)


def _wrong_shape(value: Any) -> str:
    """Why a JSON ``value`` holds no record: ``an empty list, no record in it (expected ...)``."""
    what = "an empty list, no record in it" if isinstance(value, list) else _kind(value)
    return f"{what} (expected a JSON object or a non-empty list of objects)"


def _too_many_records(count: int) -> str:
    return f"{count:,} records, over the {MAX_RECORDS:,}-record limit for one input"


def _loads(text: str) -> Any:
    """``json.loads``, with absurd nesting reported as the ``ValueError`` bad JSON raises."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


#: The most keys of a record a message lists.
MAX_KEYS_LISTED = 8


class _NoTextKey(str):
    """The reason a record without the text's key at all was skipped (a string, so it travels
    between processes as any reason does); :attr:`hinted` also says how to name another key,
    for an input none of whose records has it."""

    #: The key looked for.
    key: str
    #: The reason with the hint.
    hinted: str


def _no_text(key: str, record: dict[Any, Any]) -> str:
    """Why ``record`` gave no text; when it has no ``key`` at all, with the keys it has (a
    :class:`_NoTextKey`)."""
    reason = f"no text in field {key!r}"
    if key in record or not record:
        return reason
    keys = [str(name) for name in list(record)[:MAX_KEYS_LISTED]]
    more = ", ..." if len(record) > MAX_KEYS_LISTED else ""
    listed = f"its keys: {', '.join(keys)}{more}"
    missing = _NoTextKey(f"{reason} ({listed})")
    missing.key = key
    missing.hinted = f"{reason} ({listed}; give --parser json:text=KEY)"
    return missing


def _record_line(line: str) -> bool:
    """Whether ``line`` is one JSON object (a line of JSON Lines)."""
    try:
        return isinstance(_loads(line), dict)
    except ValueError:
        return False


def _one_document(text: str) -> bool:
    """Whether ``text`` (not valid JSON) is meant as one JSON document rather than JSON Lines:
    one line, or a first line that only opens an object or a list (pretty-printed)."""
    stripped = text.strip()
    first, newline, _ = stripped.partition("\n")
    return not newline or first.strip() in ("{", "[")


def _invalid(error: ValueError, *, line: bool = True) -> str:
    """The one form of a JSON error: ``invalid JSON: Expecting ',' delimiter: line 3 column 5``
    (json's own), without the line for a line of JSON Lines (its label names it)."""
    if not isinstance(error, json.JSONDecodeError):
        return f"invalid JSON: {error}"  # nested too deeply: no place
    where = f"line {error.lineno} column {error.colno}" if line else f"column {error.colno}"
    return f"invalid JSON: {error.msg}: {where}"


def _cut_short(text: str, error: ValueError) -> bool:
    """Whether ``text`` failed to load as JSON only because it stops early: the start of a
    longer document, not a syntax error."""
    if not isinstance(error, json.JSONDecodeError):
        return False
    if error.msg.startswith("Unterminated string"):
        return True  # the scanner reached the end inside a string
    # Anything else must fail at the very end, at most in a cut literal (``tr``, ``-1.``, ``\u00``).
    return _TOKEN_END.fullmatch(text, error.pos) is not None


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None


def _author(value: Any) -> str | None:
    if isinstance(value, list):
        names = [name for name in (_string(item) for item in value) if name]
        return ", ".join(names) or None
    return _string(value)
