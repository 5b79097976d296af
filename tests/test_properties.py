"""Properties of the whole pipeline, through the public API, on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.parsers.base import RawInput
from newsbrief.pipeline import parse

# Prose-like text: words, punctuation, newlines, quotes, Cyrillic, and arbitrary unicode noise.
pieces = st.sampled_from(
    [
        "NATO",
        "said",
        "Kyiv",
        "the",
        "missile",
        "Zelenskyy",
        ".",
        ",",
        "!",
        "?",
        "\n",
        "\n\n",
        " ",
        "“",
        "”",
        '"',
        "Lt. Gen.",
        "U.S.",
        "Feb. 28",
        "ua en ru",
        "WATCH TV LIVE",
        "© AFP 2024",
        "Author: X",
        "Україна",
        "Россия",
        "\u00a0",
        "\u2014",
    ]
)
prose = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=80).map("".join)


def as_documents(texts: list[str]) -> list[newsbrief.Document]:
    documents = []
    for i, text in enumerate(texts):
        raw = RawInput(name=f"doc{i}.txt", data=text.encode("utf-8"), doc_id=f"doc{i}")
        try:
            documents.extend(parse(raw))
        except newsbrief.InputError:
            continue
    return documents


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(prose, min_size=1, max_size=4), st.integers(min_value=1, max_value=6))
def test_briefings_never_crash_stay_verbatim_and_are_deterministic(
    texts: list[str], sentences: int
) -> None:
    documents = as_documents(texts)
    if not documents:
        return
    first = newsbrief.build_briefing(documents, sentences=sentences)
    second = newsbrief.build_briefing(as_documents(texts), sentences=sentences)
    by_id = {d.id: d for d in first.documents}
    assert len(first.summary) <= sentences
    for item in first.summary:
        s = item.sentence
        assert by_id[s.doc_id].text[s.start : s.end] == s.text
    for document in first.documents:
        for s in document.sentences:
            assert document.text[s.start : s.end] == s.text
    assert newsbrief.export(first, "json") == newsbrief.export(second, "json")
    assert newsbrief.export(first, "markdown") == newsbrief.export(second, "markdown")


@settings(max_examples=40, deadline=None)
@given(prose, st.sampled_from(["lexrank", "textrank", "luhn", "lead", "newsbrief"]))
def test_single_document_summaries_are_verbatim(text: str, summarizer: str) -> None:
    for item in newsbrief.summarize(text, summarizer, sentences=3):
        assert text[item.sentence.start : item.sentence.end] == item.sentence.text
