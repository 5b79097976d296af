"""Character spans: the unit of provenance.

Every offset in newsbrief counts Unicode code points into a document's original text, so that
``document.text[span.start:span.end]`` is always the exact characters the span describes.
"""

from __future__ import annotations

import enum

import attrs


class SpanKind(enum.StrEnum):
    """Why a stretch of an article was set aside instead of summarised."""

    METADATA = "metadata"  #: headline, date line, dateline prefix harvested into metadata
    LANGUAGE_SWITCHER = "language_switcher"  #: ``ua en ru`` site chrome
    PROMO = "promo"  #: ``WATCH TV LIVE``, a trailing ``Share``
    CAPTION = "caption"  #: photo captions and credits
    BYLINE = "byline"  #: ``Author: ...``, ``By ...``
    LINK_LIST = "link_list"  #: related-article headlines
    COPYRIGHT = "copyright"  #: ``© AFP 2024``
    COMMENT = "comment"  #: a reader comment appended to the page
    HEADING = "heading"  #: a section subheading: structure, not a summary sentence
    BOILERPLATE = "boilerplate"  #: any other page furniture


def _check_order(instance: Span, attribute: attrs.Attribute, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"span end {value} is before its start {instance.start}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in a document's text, with a kind."""

    #: First code point of the span.
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: One past the last code point.
    end: int = attrs.field(validator=_check_order)
    #: Why the span was set aside (a :class:`SpanKind` value or a plugin's own word).
    kind: str = SpanKind.BOILERPLATE

    def text(self, original: str) -> str:
        """The characters of ``original`` this span covers."""
        return original[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def shifted(self, offset: int) -> Span:
        """The same span moved by ``offset`` code points (a part's spans into the whole text)."""
        return Span(self.start + offset, self.end + offset, self.kind)


def span_order(span: Span) -> tuple[int, int, str]:
    """Sort key equal to the spans' natural order, but fast: attrs compares field by field."""
    return (span.start, span.end, span.kind)
