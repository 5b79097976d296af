"""Key quotes: every quotation of the run, the few worth showing flagged.

A key quote is a statement (at least :data:`MIN_KEY_WORDS` words, so not a scare quote) with a
speaker. Its words are counted once however many articles repeat them; candidates are ranked by
whether a summary sentence carries them, how many documents repeat them, whether the speaker is
named and the words were in quotation marks (not an anonymous source, not an unquoted statement),
then length (up to :data:`IDEAL_WORDS`, very long ones lose); one quote per speaker, at most
``limit``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsbrief.model import AnnotationKind, Document, Quote, SummaryItem

#: Shorter quotations are scare quotes or phrases, not statements worth showing alone.
MIN_KEY_WORDS = 6
#: Beyond this many words a quote is not more worth showing; past twice as many, less.
IDEAL_WORDS = 25


def collect_quotes(
    documents: Iterable[Document], summary: Sequence[SummaryItem] = (), *, limit: int = 5
) -> tuple[Quote, ...]:
    """Every quotation in document order (``quote`` annotations), key ones flagged ``key``."""
    quotes = [
        Quote(
            doc_id=document.id,
            start=a.start,
            end=a.end,
            text=a.text,
            speaker=a.attributes.get("speaker"),
            speaker_mention=a.attributes.get("speaker_mention"),
            cue=a.attributes.get("cue"),
            role=a.attributes.get("role"),
            date=a.attributes.get("date"),
        )
        for document in documents
        for a in document.annotations_of(AnnotationKind.QUOTE)
    ]
    # Anonymous sources and statements printed without quotation marks rank lower.
    weaker = {
        (document.id, a.start)
        for document in documents
        for a in document.annotations_of(AnnotationKind.QUOTE)
        if a.attributes.get("anonymous") or a.attributes.get("quoted") is False
    }
    keys = _key_quotes(quotes, summary, weaker, limit)
    return tuple(attrs.evolve(q, key=(q.doc_id, q.start) in keys) for q in quotes)


def _key_quotes(
    quotes: list[Quote],
    summary: Sequence[SummaryItem],
    weaker: set[tuple[str, int]],
    limit: int,
) -> set[tuple[str, int]]:
    copies: dict[str, set[str]] = {}
    first: dict[str, Quote] = {}
    for quote in quotes:
        words = _normal(quote.text)
        copies.setdefault(words, set()).add(quote.doc_id)
        first.setdefault(words, quote)
    summarised = [(i.sentence.doc_id, i.sentence.start, i.sentence.end) for i in summary]

    def in_summary(quote: Quote) -> bool:
        return any(
            d == quote.doc_id and s < quote.end and quote.start < e for d, s, e in summarised
        )

    candidates = [
        (index, quote)
        for index, quote in enumerate(first.values())
        if quote.speaker and len(quote.text.split()) >= MIN_KEY_WORDS
    ]
    candidates.sort(
        key=lambda item: (
            -in_summary(item[1]),
            -len(copies[_normal(item[1].text)]),
            (item[1].doc_id, item[1].start) in weaker,
            -_readable(len(item[1].text.split())),
            item[0],
        )
    )
    chosen: set[tuple[str, int]] = set()
    speakers: set[str] = set()
    for _, quote in candidates:
        if len(chosen) >= limit:
            break
        if quote.speaker in speakers:
            continue
        speakers.add(str(quote.speaker))
        chosen.add((quote.doc_id, quote.start))
    return chosen


def _readable(words: int) -> float:
    """Statements of about :data:`IDEAL_WORDS` words read best; very long ones less so."""
    return min(words, IDEAL_WORDS) - max(0, words - 2 * IDEAL_WORDS) / 2


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
