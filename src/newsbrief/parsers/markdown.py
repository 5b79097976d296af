"""The Markdown parser (also plain text with YAML front matter).

**The document text is the file as written**, Markdown source included: offsets must stay
verbatim, so inline markup (``**bold**``, ``[text](url)``) stays in the text and a summary
sentence quotes it as written (it renders as intended in the Markdown briefing). What the
Markdown *structure* says is recorded as spans instead of being stripped:

* YAML front matter (``---`` ... ``---`` at the top) is read into metadata and set aside as a
  ``metadata`` span;
* headings (``# ...`` and underlined ones) are headings, except a level-one heading opening
  the body: that is the headline, set aside as ``metadata`` (and the title unless the front
  matter gives one);
* paragraphs and lists made of nothing but links or images are set aside as ``link_list``
  (images alone: ``caption``), and code, raw HTML blocks and rules as ``boilerplate``.

The plain-text noise rules then run over the body, as for any text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsbrief.errors import InputError
from newsbrief.model import Document, Metadata, Span, SpanKind
from newsbrief.options import OptionSpec
from newsbrief.parsers.assemble import assemble, string_fields
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.decoding import decode, looks_like_text
from newsbrief.parsers.markup import head
from newsbrief.parsers.plaintext.dates import parse_iso_date

#: Sniff confidence for text opening with YAML front matter.
FRONT_MATTER_CONFIDENCE = 0.7
#: Sniff confidence for text showing Markdown syntax (``# heading``, ``[link](url)``, fences).
MARKDOWN_CONFIDENCE = 0.3
#: Sniff confidence for text without Markdown syntax in a file whose extension says Markdown
#: (:data:`MARKDOWN_ONLY_EXTENSIONS`): prose is Markdown too, and no other parser reads them.
PROSE_CONFIDENCE = 0.05
#: Extensions that name a Markdown file (not ``.txt``, whose prose the plain-text parser reads).
MARKDOWN_ONLY_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|\Z)", re.S | re.M
)
_MARKDOWN_SYNTAX = re.compile(
    r"^#{1,6}[ \t]+\S|\[[^\]\n]+\]\([^)\s]+\)|^```|^[=-]{3,}[ \t]*$", re.M
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# What may stand between the links of a link-only line: separators and whitespace.
_SEPARATORS = re.compile(r"[\s|·•,;/\-–—]*")

#: Front-matter keys read into each metadata field (the first present wins).
FRONT_MATTER_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubDate", "publishDate"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link", "canonical_url", "canonical", "permalink"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name"),
    "language": ("language", "lang"),
}


class MarkdownParser:
    """Reads Markdown articles and plain-text articles that open with YAML front matter.

    See the module documentation for what becomes metadata, headings and removed spans; the
    text itself is never modified.
    """

    #: Name for ``--parser markdown``.
    name = "markdown"
    #: One line for ``newsbrief list``.
    description = "Markdown, and plain text with YAML front matter (front matter -> metadata)"
    #: Extensions read by default (``.txt``: plain text with front matter).
    extensions = (".md", ".markdown", ".mdown", ".mkd", ".txt", "")
    #: No options of its own (``language``, taken by every parser, aside).
    options = OptionSpec()

    def sniff(self, raw: RawInput) -> float:
        """High for YAML front matter, low for Markdown syntax, lowest for other text in a
        Markdown file (``notes.md`` of prose alone), 0 otherwise."""
        text = head(raw).text
        if not text.strip():
            return 0.0
        matter = _FRONT_MATTER.match(text)
        if matter:
            try:
                if isinstance(_load_yaml(matter.group(1)), dict):
                    return FRONT_MATTER_CONFIDENCE
            except FrontMatterTooLarge:
                return FRONT_MATTER_CONFIDENCE  # ours to refuse, with the reason
        if _MARKDOWN_SYNTAX.search(text):
            return MARKDOWN_CONFIDENCE
        if raw.suffix in MARKDOWN_ONLY_EXTENSIONS and looks_like_text(raw.data):
            return PROSE_CONFIDENCE
        return 0.0

    def parse(self, raw: RawInput) -> Iterator[Document]:
        """One document: the text as written, front matter and Markdown structure as spans."""
        text, encoding = decode(raw)
        matter = _FRONT_MATTER.match(text)
        try:
            fields = _load_yaml(matter.group(1)) if matter else None
        except FrontMatterTooLarge as error:
            raise InputError(raw.name, str(error)) from None
        body_start = matter.end() if matter and isinstance(fields, dict) else 0
        removed: list[Span] = []
        if body_start:
            removed.append(Span(0, body_start, SpanKind.METADATA))
        front = fields if isinstance(fields, dict) else {}
        metadata = _metadata(raw, front, encoding)
        if not text[body_start:].strip():
            raise InputError(raw.name, "no text after the front matter")
        structure = markdown_structure(text[body_start:])
        removed.extend(span.shifted(body_start) for span in structure.removed)
        headings = [span.shifted(body_start) for span in structure.headings]
        if structure.title is not None:
            # The leading level-one heading is the headline: metadata, whoever names the title.
            title_span, title = structure.title
            if metadata.title is None:
                metadata = attrs.evolve(metadata, title=title)
            removed.append(title_span.shifted(body_start))
        yield assemble(
            doc_id=raw.doc_id,
            text=text,
            metadata=metadata,
            body=(body_start, len(text)),
            removed=removed,
            headings=headings,
        )


@attrs.define
class Structure:
    """Spans of a Markdown text that its syntax marks (offsets into that text)."""

    #: Headings, kind ``heading``.
    headings: list[Span] = attrs.field(factory=list)
    #: Link lists, captions, code, raw HTML and rules.
    removed: list[Span] = attrs.field(factory=list)
    #: The leading level-one heading as a ``metadata`` span and its text, if any.
    title: tuple[Span, str] | None = None


def markdown_structure(text: str) -> Structure:
    """Headings and removable blocks of Markdown ``text``, parsed with markdown-it-py."""
    from markdown_it import MarkdownIt

    starts = [found.start() for found in _LINE.finditer(text)]
    tokens = MarkdownIt("commonmark").parse(text)
    found = Structure()
    first_block = True
    index = 0
    while index < len(tokens):
        token = tokens[index]
        span = _line_span(text, starts, token.map) if token.map else None
        if token.type == "heading_open" and span is not None:
            inline = tokens[index + 1]
            title = inline.content.strip()
            if first_block and token.tag == "h1" and title:
                found.title = (Span(span.start, span.end, SpanKind.METADATA), title)
            else:
                found.headings.append(Span(span.start, span.end, SpanKind.HEADING))
        elif token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            close = _closing(tokens, index)
            inlines = [t for t in tokens[index:close] if t.type == "inline"]
            kind = _links_only(inlines)
            if kind and span is not None:
                found.removed.append(Span(span.start, span.end, kind))
            index = close
        elif token.type == "paragraph_open" and token.level == 0 and span is not None:
            kind = _links_only([tokens[index + 1]])
            if kind:
                found.removed.append(Span(span.start, span.end, kind))
        elif token.type in ("fence", "code_block", "html_block", "hr") and span is not None:
            found.removed.append(Span(span.start, span.end, SpanKind.BOILERPLATE))
        if token.level == 0 and token.nesting >= 0 and token.type != "inline":
            first_block = False
        index += 1
    return found


def _line_span(text: str, starts: list[int], lines: list[int]) -> Span:
    first, last = lines[0], max(lines[1] - 1, lines[0])
    start = starts[min(first, len(starts) - 1)]
    end = starts[last + 1] if last + 1 < len(starts) else len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return Span(start, end)


def _closing(tokens: list[Any], index: int) -> int:
    level = tokens[index].level
    for position in range(index + 1, len(tokens)):
        if tokens[position].level == level and tokens[position].nesting == -1:
            return position
    return len(tokens) - 1


def _links_only(inlines: list[Any]) -> SpanKind | None:
    """``link_list`` when the inlines hold links and nothing else but separators, ``caption``
    for images alone, else ``None``."""
    links = images = 0
    for inline in inlines:
        depth = 0
        for child in inline.children or ():
            if child.type == "link_open":
                depth += 1
                links += 1
            elif child.type == "link_close":
                depth -= 1
            elif child.type == "image":
                images += 1
            elif child.type in ("softbreak", "hardbreak") or depth > 0:
                continue
            elif child.type != "text" or not _SEPARATORS.fullmatch(child.content):
                return None
    if links:
        return SpanKind.LINK_LIST
    return SpanKind.CAPTION if images else None


def _metadata(raw: RawInput, front: Mapping[str, Any], encoding: str) -> Metadata:
    values: dict[str, Any] = {}
    used: set[str] = set()
    for field, keys in FRONT_MATTER_KEYS.items():
        for key in keys:
            if front.get(key) not in (None, "", []):
                values[field] = front[key]
                used.add(key)
                break
    author = values.get("author")
    if isinstance(author, list):
        author = ", ".join(str(name) for name in author if name)
    return Metadata(
        title=_string(values.get("title")),
        author=_string(author),
        published=parse_iso_date(values.get("published")),
        url=_string(values.get("url")) or raw.url,
        outlet=_string(values.get("outlet")),
        language=_string(values.get("language")),
        source_path=raw.path,
        encoding=encoding,
        sha256=hashlib.sha256(raw.data).hexdigest(),
        extra=string_fields({str(key): _scalar(value) for key, value in front.items()}, used),
    )


def _scalar(value: Any) -> Any:
    # Lists of scalars (``tags: [a, b]``) are kept as ``a, b``; dates as ISO dates.
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


#: Largest front matter read, in characters; a longer one is refused before YAML parses it.
MAX_FRONT_MATTER_CHARS = 64 * 1024
#: Most YAML nodes the front matter may stand for once aliases are expanded: ``&a [x, x]``,
#: ``&b [*a, *a]``... doubles with each line (the "billion laughs").
MAX_FRONT_MATTER_NODES = 10_000


class FrontMatterTooLarge(ValueError):
    """The front matter is over :data:`MAX_FRONT_MATTER_CHARS` or expands past
    :data:`MAX_FRONT_MATTER_NODES` nodes."""


def _load_yaml(source: str) -> Any:
    """The YAML front matter ``source`` as data; ``None`` when it is not valid YAML.

    Raises :class:`FrontMatterTooLarge` before building anything too large: the source is
    measured first, then the composed node graph is weighed with aliases expanded (a linear
    walk, each node weighed once), and only then are Python objects constructed.
    """
    import yaml

    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise FrontMatterTooLarge(
            f"YAML front matter of {len(source):,} characters, over the "
            f"{MAX_FRONT_MATTER_CHARS:,}-character limit"
        )

    class BoundedLoader(yaml.SafeLoader):
        def compose_document(self) -> Any:
            node = super().compose_document()
            _check_expansion(node)
            return node

    try:
        return yaml.load(source, Loader=BoundedLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    except FrontMatterTooLarge:
        raise
    except ValueError:
        return None


def _check_expansion(root: Any) -> None:
    import yaml

    weights: dict[int, int] = {}
    in_progress: set[int] = set()

    def weigh(node: Any) -> int:
        key = id(node)
        if key in weights:
            return weights[key]
        if key in in_progress:
            raise FrontMatterTooLarge("YAML front matter refers to itself (a recursive alias)")
        in_progress.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [item for pair in node.value for item in pair]
        else:
            children = []
        for child in children:
            total += weigh(child)
            if total > MAX_FRONT_MATTER_NODES:
                raise FrontMatterTooLarge(
                    f"YAML front matter expands to over {MAX_FRONT_MATTER_NODES:,} values "
                    "(aliases repeated inside aliases)"
                )
        in_progress.discard(key)
        weights[key] = total
        return total

    if root is not None:
        weigh(root)


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return " ".join(str(value).split()) or None
