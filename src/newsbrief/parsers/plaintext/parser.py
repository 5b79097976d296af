"""The plain-text news parser."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import attrs

from newsbrief.languages.detect import text_language
from newsbrief.model import Document
from newsbrief.options import OptionSpec
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.decoding import decode, looks_like_text
from newsbrief.parsers.plaintext.analysis import analyze

#: Confidence for any decodable text: plain text is the fallback every richer format beats.
TEXT_CONFIDENCE = 0.1


class PlainTextParser:
    """Reads scraped news pages saved as plain text.

    Harvests headline, dates, bylines, outlets and copyright notices into metadata, records
    page furniture (language switchers, promos, captions, link lists, reader comments) as
    removed spans and subheadings as headings, and splits pages holding several articles
    into sections. The text itself is never modified.

    The title is the first substantial line when it reads as a headline (short, capitalised, no
    final full stop); a page that opens with prose gets no title rather than an invented one
    (a later subheading is structure, not the headline).
    """

    #: Name for ``--parser text``.
    name = "text"
    #: One line for ``newsbrief list``.
    description = "plain-text news articles (scraped pages; metadata and noise detected)"
    #: Extensions read by default; ``""`` is a file without one.
    extensions = (".txt", ".text", "")
    #: No options of its own (``language``, taken by every parser, aside).
    options = OptionSpec()

    def sniff(self, raw: RawInput) -> float:
        """:data:`TEXT_CONFIDENCE` for text in any encoding, 0 for binary or empty input.

        Judged from the bytes without decoding them (:func:`looks_like_text`): the input is
        decoded once, by :meth:`parse`.
        """
        return TEXT_CONFIDENCE if looks_like_text(raw.data) else 0.0

    def parse(self, raw: RawInput) -> Iterator[Document]:
        """One document: the decoded text with its harvested metadata, noise and sections."""
        text, encoding = decode(raw)
        language = text_language(text)
        analysis = analyze(text, language=language)
        metadata = attrs.evolve(
            analysis.metadata,
            url=raw.url,
            language=language,
            source_path=raw.path,
            encoding=encoding,
            sha256=hashlib.sha256(raw.data).hexdigest(),
        )
        yield Document(
            id=raw.doc_id,
            text=text,
            metadata=metadata,
            sections=analysis.sections,
            removed=analysis.removed,
            headings=analysis.headings,
        )
