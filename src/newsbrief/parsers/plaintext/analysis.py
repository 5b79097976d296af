"""Everything the plain-text heuristics learn about one text, in one call."""

from __future__ import annotations

import attrs

from newsbrief.model import Metadata, Section, Span
from newsbrief.model.spans import span_order
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
