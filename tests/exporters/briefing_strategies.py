"""Hypothesis strategies for whole briefings: every model field, consistent offsets.

Generated briefings obey what the model promises (sentences and annotations are verbatim slices
of their document) and what JSON can carry (settings and annotation attributes are plain JSON
values; scores are finite), and what ``from_json`` checks (every document id named anywhere is
one of the briefing's documents), and nothing else: ids, kinds and metadata are arbitrary text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from newsbrief.model import (
    Annotation,
    Briefing,
    CoverageNote,
    DateMention,
    Document,
    Entity,
    Mention,
    Metadata,
    Quote,
    Section,
    Sentence,
    Source,
    SourceRef,
    Span,
    Story,
    SummaryItem,
    TimelineEntry,
)

short_text = st.text(max_size=12)
maybe_text = st.none() | short_text
offsets = st.integers(0, 10_000)
small = st.integers(0, 20)
finite = st.floats(allow_nan=False, allow_infinity=False)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | finite | short_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(short_text, children, max_size=3)
    ),
    max_leaves=8,
)
json_objects = st.dictionaries(short_text, json_values, max_size=4)

metadata = st.builds(
    Metadata,
    title=maybe_text,
    outlet=maybe_text,
    author=maybe_text,
    published=st.none() | st.dates(),
    url=maybe_text,
    language=maybe_text,
    source_path=maybe_text,
    encoding=maybe_text,
    sha256=st.none() | st.text("0123456789abcdef", min_size=64, max_size=64),
    distributor=maybe_text,
    extra=st.dictionaries(short_text, short_text, max_size=3),
)


@st.composite
def slices(draw: st.DrawFn, text: str) -> tuple[int, int]:
    """A ``[start, end)`` range inside ``text``."""
    start = draw(st.integers(0, len(text)))
    return start, draw(st.integers(start, len(text)))


@st.composite
def documents(draw: st.DrawFn, doc_id: str) -> Document:
    """A document with sections, removed spans, headings, sentences and annotations."""
    text = draw(st.text(max_size=80))

    def span(kind: st.SearchStrategy[str]) -> Span:
        start, end = draw(slices(text))
        return Span(start, end, draw(kind))

    sentences = []
    for _ in range(draw(st.integers(0, 4))):
        start, end = draw(slices(text))
        index = draw(st.integers(0, 9))
        sentences.append(
            Sentence(doc_id, index, start, end, text[start:end], draw(small), draw(small))
        )
    annotations = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(slices(text))
        kind, annotator = draw(short_text), draw(short_text)
        annotations.append(
            Annotation(kind, start, end, text[start:end], annotator, draw(json_objects))
        )
    return Document(
        id=doc_id,
        text=text,
        metadata=draw(metadata),
        sections=[
            Section(*draw(slices(text)), draw(metadata)) for _ in range(draw(st.integers(0, 2)))
        ],
        removed=[span(short_text) for _ in range(draw(st.integers(0, 2)))],
        headings=[span(st.just("heading") | short_text) for _ in range(draw(st.integers(0, 2)))],
        sentences=sentences,
        annotations=annotations,
    )


def _located(cls: type, doc_ids: st.SearchStrategy[str], **fields: Any) -> st.SearchStrategy[Any]:
    return st.builds(cls, doc_id=doc_ids, start=offsets, end=offsets, **fields)


def timeline_entries(doc_ids: st.SearchStrategy[str]) -> st.SearchStrategy[TimelineEntry]:
    return _located(
        TimelineEntry,
        doc_ids,
        date=short_text,
        granularity=short_text,
        text=short_text,
        status=short_text,
        sources=small,
    )


def date_mentions(doc_ids: st.SearchStrategy[str]) -> st.SearchStrategy[DateMention]:
    return _located(
        DateMention,
        doc_ids,
        expression=short_text,
        value=maybe_text,
        granularity=short_text,
        status=short_text,
        end_value=maybe_text,
        type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
        timex=maybe_text,
        timex_end=maybe_text,
    )


def quotes(doc_ids: st.SearchStrategy[str]) -> st.SearchStrategy[Quote]:
    return _located(
        Quote,
        doc_ids,
        text=short_text,
        speaker=maybe_text,
        speaker_mention=maybe_text,
        cue=maybe_text,
    )


def entities(doc_ids: st.SearchStrategy[str]) -> st.SearchStrategy[Entity]:
    return st.builds(
        Entity,
        name=short_text,
        type=short_text,
        variants=st.lists(short_text, max_size=3),
        mentions=st.lists(_located(Mention, doc_ids, text=short_text), max_size=3),
    )


@st.composite
def briefings(draw: st.DrawFn) -> Briefing:
    """A briefing with every field of the model filled (or empty) at random."""
    ids = draw(st.lists(st.text(min_size=1, max_size=6), max_size=3, unique=True))
    docs = [draw(documents(doc_id)) for doc_id in ids]
    # Every id a briefing names is one of its documents' (from_json refuses others); with no
    # documents, nothing can name one.
    doc_ids = st.sampled_from(ids) if ids else st.nothing()

    def listed(elements: st.SearchStrategy[Any], max_size: int) -> st.SearchStrategy[list[Any]]:
        # Hypothesis refuses lists of nothing(): without documents, every such list is empty.
        return st.lists(elements, max_size=max_size) if ids else st.just([])

    summary = []
    for document in docs:
        for sentence in document.sentences[: draw(st.integers(0, 2))]:
            refs = st.builds(SourceRef, doc_ids, offsets, offsets, finite)
            summary.append(
                SummaryItem(
                    sentence,
                    draw(finite),
                    supported_by=draw(listed(refs, 2)),
                    story=draw(maybe_text),
                    speaker=draw(maybe_text),
                )
            )
    sources = draw(
        listed(
            st.builds(
                Source,
                number=st.integers(1, 50),
                doc_id=doc_ids,
                section=small,
                title=maybe_text,
                outlet=maybe_text,
                author=maybe_text,
                published=maybe_text,
                url=maybe_text,
                path=maybe_text,
            ),
            3,
        )
    )
    return Briefing(
        documents=docs,
        stories=draw(
            st.lists(
                st.builds(
                    Story,
                    short_text,
                    listed(doc_ids, 2),
                    maybe_text,
                    st.lists(short_text, max_size=2),
                ),
                max_size=2,
            )
        ),
        summary=summary,
        sources=sources,
        notes=draw(
            st.lists(
                st.builds(CoverageNote, short_text, short_text, listed(doc_ids, 2)),
                max_size=2,
            )
        ),
        title=draw(maybe_text),
        settings=draw(json_objects),
        timeline=draw(listed(timeline_entries(doc_ids), 2)),
        dates=draw(listed(date_mentions(doc_ids), 2)),
        quotes=draw(listed(quotes(doc_ids), 2)),
        entities=draw(listed(entities(doc_ids), 2)),
    )
