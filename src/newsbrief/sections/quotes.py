"""Key quotes: every quotation of the run, the few worth showing flagged.

A key quote is a statement (at least :data:`MIN_KEY_WORDS` words, so not a scare quote) with a
speaker. Its words are counted once however many articles repeat them. Candidates are ranked by
how many documents repeat them, whether the speaker is named and the words were in quotation
marks (not an anonymous source, not an unquoted statement), then length (up to
:data:`IDEAL_WORDS`, very long ones lose), then recency (the quote's date, newest first).

The choice is spread over the stories, newest story first: each story's best quote is taken in
turn before any story gets a second, so a long background explainer cannot crowd out the newest
development's words. At most ``per_speaker`` quotes per speaker (one by default), at most
``limit`` in all. A quote inside a sentence another section already shows (``shown``: the
summary's and the timeline's sentences) is taken only when no other candidate is left: nothing
is said twice while something else can be said.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs

from newsbrief.model import AnnotationKind, Document, Quote, SummaryItem

#: Shorter quotations are scare quotes or phrases, not statements worth showing alone.
MIN_KEY_WORDS = 6
#: Beyond this many words a quote is not more worth showing; past twice as many, less.
IDEAL_WORDS = 25

#: A place in a document: ``(doc_id, start, end)``.
Span = tuple[str, int, int]


def collect_quotes(
    documents: Iterable[Document],
    summary: Sequence[SummaryItem] = (),
    *,
    limit: int = 5,
    per_speaker: int = 1,
    shown: Iterable[Span] = (),
    story_rank: Mapping[str, int] | None = None,
    undated: Mapping[str, str] | None = None,
) -> tuple[Quote, ...]:
    """Every quotation in document order (``quote`` annotations), key ones flagged ``key``.

    ``summary`` sentences and ``shown`` spans are what other sections already say;
    ``story_rank`` maps a document id to its story's place in the briefing (0 first; by
    default each document is its own story, in input order). ``undated`` gives a date (ISO)
    for a quote whose annotator found none, by document id: its story's latest date, as the
    dates annotator dates an undated article by its story.
    """
    documents = list(documents)
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
            date=a.attributes.get("date") or (undated or {}).get(document.id),
            quoted=a.attributes.get("quoted") is not False,
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
    said = [(i.sentence.doc_id, i.sentence.start, i.sentence.end) for i in summary]
    said.extend(shown)
    rank = story_rank if story_rank is not None else {d.id: i for i, d in enumerate(documents)}
    keys = _key_quotes(quotes, said, weaker, rank, limit, per_speaker)
    return tuple(attrs.evolve(q, key=(q.doc_id, q.start) in keys) for q in quotes)


def _key_quotes(
    quotes: list[Quote],
    said: Sequence[Span],
    weaker: set[tuple[str, int]],
    story_rank: Mapping[str, int],
    limit: int,
    per_speaker: int,
) -> set[tuple[str, int]]:
    copies: dict[str, set[str]] = {}
    first: dict[str, Quote] = {}
    normal: dict[str, str] = {}  # each text's words, worked out once (the ranking reads them)
    for quote in quotes:
        words = normal.get(quote.text)
        if words is None:
            words = normal[quote.text] = _normal(quote.text)
        copies.setdefault(words, set()).add(quote.doc_id)
        first.setdefault(words, quote)

    def repeated(quote: Quote) -> bool:
        return any(d == quote.doc_id and s < quote.end and quote.start < e for d, s, e in said)

    candidates = [
        quote
        for quote in first.values()
        if quote.speaker and len(quote.text.split()) >= MIN_KEY_WORDS
    ]
    fresh = [quote for quote in candidates if not repeated(quote)]
    pool = fresh or candidates  # said elsewhere only when nothing else is left

    def strength(quote: Quote) -> tuple[object, ...]:
        return (
            -len(copies[normal[quote.text]]),
            (quote.doc_id, quote.start) in weaker,
            -_readable(len(quote.text.split())),
            _newest_first(quote.date),
        )

    # Each story's quotes, best first; stories in briefing order.
    by_story: dict[int, list[Quote]] = defaultdict(list)
    for quote in sorted(pool, key=strength):
        by_story[story_rank.get(quote.doc_id, len(story_rank))].append(quote)
    chosen: set[tuple[str, int]] = set()
    spoken: dict[str, int] = defaultdict(int)
    # A cursor per story: a quote passed over (taken, or its speaker's share used up) stays
    # passed over, so no round rescans it; a story with nothing left drops out. (Rescanning
    # every story's whole list each round made many quotes by one speaker quadratic.)
    cursor = dict.fromkeys(by_story, 0)
    while cursor:
        for story in sorted(cursor):
            if len(chosen) >= limit:
                return chosen
            # This story's best quote still open (one per story and round).
            quotes_of, at = by_story[story], cursor[story]
            while at < len(quotes_of) and (
                (quotes_of[at].doc_id, quotes_of[at].start) in chosen
                or spoken[str(quotes_of[at].speaker)] >= per_speaker
            ):
                at += 1
            if at == len(quotes_of):
                del cursor[story]
                continue
            chosen.add((quotes_of[at].doc_id, quotes_of[at].start))
            spoken[str(quotes_of[at].speaker)] += 1
            cursor[story] = at + 1
    return chosen


def _newest_first(date: str | None) -> tuple[int, str]:
    # ISO dates sort as text; inverting each character's code sorts the newest first.
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))


def _readable(words: int) -> float:
    """Statements of about :data:`IDEAL_WORDS` words read best; very long ones less so."""
    return min(words, IDEAL_WORDS) - max(0, words - 2 * IDEAL_WORDS) / 2


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


_WORD = re.compile(r"\w+")
