"""Everything the plain-text heuristics learn about one text, in one call."""

from __future__ import annotations

import unicodedata

import attrs

from newsbrief.model import Metadata, Section, Span
from newsbrief.model.spans import span_order
from newsbrief.nlp.normal_form import OffsetMap
from newsbrief.nlp.tokens import composed
from newsbrief.parsers.plaintext.classify import classify
from newsbrief.parsers.plaintext.noise import related_teasers
from newsbrief.parsers.plaintext.sections import Hints, structure


@attrs.frozen
class Analysis:
    """Metadata, sections, noise and subheadings found in a text (offsets into it)."""

    #: Document-level metadata harvested from the text (title, date, author, outlet...).
    metadata: Metadata
    #: Article bodies; a single section spanning the text when it holds one article.
    sections: tuple[Section, ...]
    #: Stretches set aside, each with its :class:`~newsbrief.model.SpanKind`.
    removed: tuple[Span, ...]
    #: Subheadings.
    headings: tuple[Span, ...]


def analyze(text: str, hints: Hints | None = None, language: str | None = None) -> Analysis:
    """Harvest metadata and mark noise, subheadings and articles in ``text`` (never modified),
    a page in ``language`` when known (its own one-word furniture lines are noise too).

    Only lines shorter than :data:`~newsbrief.parsers.plaintext.lines.MAX_EXAMINED` are examined
    whole; of longer ones only the start and the end, so the cost stays linear in the length.
    """
    if not unicodedata.is_normalized("NFC", text):
        return _analyzed_as_nfc(text, hints, language)
    classified = classify(text, language)
    found = structure(classified, len(text), hints or Hints())
    sections = found.sections or (Section(0, len(text)),)
    # A key sort: comparing attrs instances field by field is slow on huge inputs.
    # ``Read more: <headline>`` reads like a subheading to the structure pass; it is a link.
    teasers = list(related_teasers(text))
    teased = {(span.start, span.end) for span in teasers}
    headings = tuple(h for h in found.headings if (h.start, h.end) not in teased)
    removed = sorted({*classified.removed, *found.removed, *teasers}, key=span_order)
    return Analysis(found.header.metadata(), sections, tuple(removed), headings)


def _analyzed_as_nfc(text: str, hints: Hints | None, language: str | None) -> Analysis:
    """:func:`analyze` of a text not in NFC (decomposed: ``Ze`` + U+0301 ``roHedge``), read
    as its NFC form (a byline's or a date's words match only there), its spans moved back to
    ``text``'s offsets; the metadata's words are as the NFC form writes them."""
    offsets = OffsetMap(text)
    if hints is not None:  # (their words are compared with the view's lines)
        hints = attrs.evolve(
            hints,
            title=None if hints.title is None else composed(hints.title),
            links=None if hints.links is None else frozenset(map(composed, hints.links)),
        )
    found = analyze(offsets.view, hints, language)

    def spans(items: tuple[Span, ...]) -> tuple[Span, ...]:
        moved: list[Span] = []
        for item in items:
            start, end = offsets.to_original(item.start, item.end)
            if moved and start < moved[-1].end:  # (widened to whole chunks: never overlapping)
                start = moved[-1].end
            if start < end or item.start == item.end:
                moved.append(Span(start, max(start, end), item.kind))
        return tuple(moved)

    sections = tuple(
        Section(*offsets.to_original(section.start, section.end), section.metadata)
        for section in found.sections
    )
    return Analysis(found.metadata, sections, spans(found.removed), spans(found.headings))
