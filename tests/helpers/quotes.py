"""Quotations of a text as the public annotators give them, for the quote tests."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import Annotation, AnnotationKind, Document, Metadata


def speakers_and_roles(
    text: str, published: dt.date, doc_id: str = "q", language: str = "en"
) -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article in ``language``
    (entities first, as a run annotates; each quotation checked to be the text at its
    offsets)."""
    return {
        q.text.rstrip(",."): (q.attributes["speaker"], q.attributes.get("role"))
        for q in quotations(text, published, doc_id, language)
    }


def speakers_as_written(
    text: str, published: dt.date = dt.date(2026, 12, 6), language: str = "en"
) -> dict[str, str | None]:
    """``{words: speaker}`` of every quotation of one article, its words exactly as found
    (a closing comma or stop kept)."""
    return {q.text: q.attributes["speaker"] for q in quotations(text, published, "t", language)}


def quotations(
    text: str, published: dt.date = dt.date(2026, 12, 6), doc_id: str = "t", language: str = "en"
) -> list[Annotation]:
    """The quotations of one article in ``language`` (entities first, as a run annotates),
    each checked to be the text at its offsets."""
    document = Document.from_text(
        text, id=doc_id, metadata=Metadata(language=language, published=published)
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return found


def speaker_of(text: str, language: str, quoted: str) -> str | None:
    """The speaker of the one quotation opening with ``quoted`` in the article ``text``."""
    found = speakers_and_roles(text, dt.date(2026, 11, 30), language=language)
    (match,) = [who for words, (who, _) in found.items() if words.startswith(quoted)]
    return match


def speakers_of_quotes(
    text: str, published: dt.date = dt.date(2026, 12, 1), language: str = "en"
) -> dict[str, str | None]:
    """``{quoted words: speaker}`` of every quotation of one article (roles left out), for the
    tests that ask only whether words are speech and whose."""
    return {
        words: who
        for words, (who, _) in speakers_and_roles(text, published, language=language).items()
    }


def speakers_in(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article in ``language``,
    published on a fixed day (for the tests whose speakers do not depend on the date)."""
    return speakers_and_roles(text, dt.date(2026, 12, 1), language=language)


def speakers_and_quoted(
    text: str, published: dt.date = dt.date(2026, 12, 6), language: str = "en"
) -> dict[str, tuple[str | None, bool]]:
    """``{words: (speaker, quoted)}`` of every quotation of one article, its words exactly as
    found; ``quoted`` is false for words printed without quotation marks (an interview's
    answers, a transcript's turns)."""
    return {
        q.text: (q.attributes["speaker"], q.attributes.get("quoted", True))
        for q in quotations(text, published, "t", language)
    }
