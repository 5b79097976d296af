"""The timeline: dates ranked by sources (news-tls date-wise), verbatim sentences, chronological."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from newsbrief.annotators.dates import DateAnnotator
from newsbrief.annotators.dates.values import interval
from newsbrief.model import Briefing, Document, Metadata, SummaryItem
from newsbrief.pipeline import segmented
from newsbrief.sections.timeline import build_timeline

ANNOTATOR = DateAnnotator()


def annotated(*texts: str, published: str = "2024-11-26") -> list[Document]:
    metadata = Metadata(published=dt.date.fromisoformat(published), language="en")
    documents = [
        segmented(Document.from_text(text, id=f"d{i}", metadata=metadata))
        for i, text in enumerate(texts)
    ]
    return list(ANNOTATOR.annotate(documents))


@pytest.fixture(scope="module")
def seed_briefing(newsbrief_seed_documents: tuple[Document, ...]) -> Briefing:
    return newsbrief.build_briefing(newsbrief_seed_documents)


@pytest.fixture(scope="module")
def seed_documents(seed_briefing: Briefing) -> list[Document]:
    return list(ANNOTATOR.annotate(seed_briefing.documents))


@pytest.fixture(scope="module")
def seed_timeline(seed_documents, seed_briefing):
    return build_timeline(seed_documents, seed_briefing.summary)


def test_seed_timeline_has_the_key_events(seed_timeline) -> None:
    by_date = {entry.date: entry for entry in seed_timeline}
    assert "Zelenskyy" in by_date["2024-10-03"].text and "Rutte" in by_date["2024-10-03"].text
    assert by_date["2024-10-03"].sources == 2  # seeds 000 and 001 both report the meeting
    assert "invasion" in by_date["2022-02-24"].text
    assert "2022-02-28" in by_date
    # The Dnipro strike (2024-11-21) is told once: the summary took its only sentence.
    assert "2024-11-21" not in by_date
    assert by_date["2024-W49"].status == "anticipated"
    assert all(e.status == "past" for e in seed_timeline if e.date.startswith("2022"))


def test_seed_timeline_is_verbatim_chronological_and_bounded(
    seed_timeline, seed_documents, seed_briefing
) -> None:
    assert 0 < len(seed_timeline) <= 12
    texts = {document.id: document.text for document in seed_documents}
    for entry in seed_timeline:
        assert texts[entry.doc_id][entry.start : entry.end] == entry.text
    starts = [interval(e.date)[0] for e in seed_timeline]
    assert starts == sorted(starts)
    shown = {item.sentence.key for item in seed_briefing.summary}
    assert not {(e.doc_id, e.start, e.end) for e in seed_timeline} & shown
    assert len({(e.doc_id, e.start) for e in seed_timeline}) == len(seed_timeline)


def test_date_lines_never_become_events(seed_timeline) -> None:
    # ``March 2, 2022`` and ``July 2nd, 2024`` are page date lines, not events.
    assert not {"2022-03-02", "2024-07-02", "2024-07-01", "2024-10-04"} & {
        e.date for e in seed_timeline
    }


def test_more_sources_rank_higher() -> None:
    documents = annotated(
        "Kyiv was hit on Monday. Officials said the damage was heavy.",
        "Drones struck Kyiv on Monday. Power was cut across the city.",
        "The minister travelled to Warsaw on Sunday. He met his counterpart.",
    )
    (top,) = build_timeline(documents, (), limit=1)
    assert (top.date, top.sources) == ("2024-11-25", 2)


def test_days_rank_above_years_with_the_same_sources() -> None:
    documents = annotated(
        "The council was founded in 2023. Kyiv was hit on Monday.",
        "The council has met often since 2023. Drones struck Kyiv on Monday.",
    )
    (top,) = build_timeline(documents, (), limit=1)
    assert top.date == "2024-11-25"
    both = build_timeline(documents, ())
    assert [e.date for e in both] == ["2023", "2024-11-25"]


def test_summary_sentences_are_not_repeated() -> None:
    documents = annotated(
        "Drones struck Kyiv on Monday. The strike on Monday cut power to Kyiv homes."
    )
    first = documents[0].sentences[0]
    entries = build_timeline(documents, [SummaryItem(first, 1.0)])
    assert [e.text for e in entries] == ["The strike on Monday cut power to Kyiv homes."]
    both = [SummaryItem(s, 1.0) for s in documents[0].sentences]
    assert build_timeline(documents, both) == ()


def test_salient_sentence_shares_most_with_the_rest() -> None:
    documents = annotated(
        "Russia fired a new missile at Dnipro on Thursday. Weather was mild on Thursday. "
        "The missile strike on Dnipro was condemned. Dnipro officials counted missile damage."
    )
    (entry,) = build_timeline(documents, ())
    assert entry.text == "Russia fired a new missile at Dnipro on Thursday."


def test_anticipated_and_limit() -> None:
    documents = annotated(
        "Ministers will meet in Brussels next week. Russia struck Dnipro on Thursday. "
        "The war began in 2022."
    )
    entries = build_timeline(documents, ())
    assert [(e.date, e.status) for e in entries] == [
        ("2022", "past"),
        ("2024-11-21", "past"),
        ("2024-W49", "anticipated"),
    ]
    assert build_timeline(documents, (), limit=0) == ()
    assert [e.date for e in build_timeline(documents, (), limit=2)] == ["2024-11-21", "2024-W49"]


def test_unannotated_documents_give_no_timeline() -> None:
    document = segmented(Document.from_text("Kyiv was hit on Monday.", metadata=Metadata()))
    assert build_timeline([document], ()) == ()


def test_a_copied_sentence_counts_as_one_source() -> None:
    documents = annotated(
        "Drones struck Kyiv on Monday.",
        "Drones struck Kyiv on Monday. Lviv was quiet on Sunday.",
        "Officials met in Lviv on Sunday.",
    )
    (top,) = build_timeline(documents, (), limit=1)
    assert (top.date, top.sources) == ("2024-11-24", 2)
