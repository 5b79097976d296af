"""A hand-made briefing with every section filled and hostile text in its article fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

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

#: Article text that would run script if an exporter did not escape it.
EVIL_SCRIPT = "<script>window.__pwned=1</script>"
EVIL_IMG = '<img src=x onerror="window.__pwned=1">'

A_TEXT = (
    "NATO rules out a no-fly zone\n"
    "NATO will not shoot down drones over Ukraine, Sabrina Singh said on October 3. "
    f"The memo read {EVIL_SCRIPT} and {EVIL_IMG} in full. "
    "“We are not a party to this war,” Singh said. "
    "Talks resume on 2024-10-10."
)
B_TEXT = (
    "Київ просить ППО\n"
    "Україна просить союзників закрити небо над заходом країни 28 червня. "
    "«Це не просте рішення», — сказав посадовець."
)


def _sentences(doc_id: str, text: str, parts: list[str]) -> list[Sentence]:
    out, cursor = [], 0
    for index, part in enumerate(parts):
        start = text.index(part, cursor)
        cursor = start + len(part)
        out.append(Sentence(doc_id, index, start, cursor, part))
    return out


def _where(doc_id: str, text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"doc_id": doc_id, "start": start, "end": start + len(part)}


def make_rich_briefing() -> Briefing:
    """Two articles (English and Ukrainian) with every briefing section filled by hand."""
    a_parts = [
        "NATO will not shoot down drones over Ukraine, Sabrina Singh said on October 3.",
        f"The memo read {EVIL_SCRIPT} and {EVIL_IMG} in full.",
        "“We are not a party to this war,” Singh said.",
        "Talks resume on 2024-10-10.",
    ]
    b_parts = [
        "Україна просить союзників закрити небо над заходом країни 28 червня.",
        "«Це не просте рішення», — сказав посадовець.",
    ]
    october = _where("a", A_TEXT, "October 3")
    a = Document.from_text(
        A_TEXT,
        id="a",
        metadata=Metadata(
            title="NATO rules out a no-fly zone",
            outlet="Kyiv Post",
            author="Jane <b>Doe</b>",
            published=dt.date(2024, 10, 4),
            url="https://example.com/nato?a=1&b=2",
            language="en",
            source_path="in/a.txt",
        ),
    )
    a = attrs.evolve(
        a,
        sections=[Section(0, len(A_TEXT))],
        headings=[Span(0, A_TEXT.index("\n"), "heading")],
        sentences=_sentences("a", A_TEXT, a_parts),
        annotations=[
            Annotation(
                "date",
                october["start"],
                october["end"],
                "October 3",
                "dates",
                {"value": "2024-10-03", "granularity": "day", "status": "past"},
            )
        ],
    )
    b = Document.from_text(
        B_TEXT,
        id="b",
        metadata=Metadata(
            title=f"Київ просить ППО {EVIL_IMG}",
            outlet="Укрінформ",
            published=dt.date(2024, 6, 28),
            url="javascript:window.__pwned=1",
            language="uk",
        ),
    )
    b = attrs.evolve(
        b,
        sections=[Section(0, len(B_TEXT))],
        removed=[Span(0, B_TEXT.index("\n"), "metadata")],
        sentences=_sentences("b", B_TEXT, b_parts),
    )

    def mention(doc_id: str, text: str, part: str) -> Mention:
        return Mention(**_where(doc_id, text, part), text=part)

    return Briefing(
        documents=[a, b],
        stories=[Story("s1", ["a", "b"], "NATO rules out a no-fly zone", ["NATO", "Ukraine"])],
        summary=[
            SummaryItem(
                a.sentences[0],
                0.8123456789,
                supported_by=[SourceRef("b", b.sentences[0].start, b.sentences[0].end, 0.4)],
                story="s1",
            ),
            SummaryItem(a.sentences[1], 0.5, story="s1"),
            SummaryItem(b.sentences[1], 0.25, story="s1"),
        ],
        sources=[
            Source(
                1,
                "a",
                0,
                a.metadata.title,
                "Kyiv Post",
                "Jane <b>Doe</b>",
                "2024-10-04",
                a.metadata.url,
                "in/a.txt",
            ),
            Source(2, "b", 0, b.metadata.title, "Укрінформ", None, "2024-06-28", b.metadata.url),
        ],
        notes=[
            CoverageNote("same_story", f"a and b tell the same story {EVIL_SCRIPT}.", ["a", "b"])
        ],
        title=f"Air defence <i>briefing</i> {EVIL_SCRIPT}",
        settings={
            "newsbrief": "0.1.0",
            "summarizer": "newsbrief",
            "budget": {"sentences": 3, "words": None},
            "options": {"redundancy": 0.4},
            "annotators": ["dates", "quotes"],
        },
        timeline=[
            TimelineEntry("2024-06-28", "day", b_parts[0], **_where("b", B_TEXT, b_parts[0])),
            TimelineEntry(
                "2024-10-03", "day", a_parts[0], **_where("a", A_TEXT, a_parts[0]), sources=2
            ),
            TimelineEntry(
                "2024-10",
                "month",
                a_parts[3],
                **_where("a", A_TEXT, a_parts[3]),
                status="anticipated",
            ),
        ],
        dates=[
            DateMention(expression="October 3", value="2024-10-03", granularity="day", **october)
        ],
        quotes=[
            Quote(
                text="We are not a party to this war,",
                speaker="Sabrina Singh",
                speaker_mention="Singh",
                cue="said",
                **_where("a", A_TEXT, "We are not a party to this war,"),
            ),
            Quote(
                text="Це не просте рішення",
                speaker=None,
                speaker_mention="посадовець",
                cue="сказав",
                **_where("b", B_TEXT, "Це не просте рішення"),
            ),
        ],
        entities=[
            Entity(
                "Sabrina Singh",
                "person",
                ["Sabrina Singh", "Singh"],
                [mention("a", A_TEXT, "Sabrina Singh"), mention("a", A_TEXT, "Singh said")],
            ),
            Entity("NATO", "organisation", ["NATO"], [mention("a", A_TEXT, "NATO")]),
            Entity("Україна", "place", ["Україна"], [mention("b", B_TEXT, "Україна")]),
        ],
    )
