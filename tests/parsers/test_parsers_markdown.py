"""The Markdown parser, and plain text with YAML front matter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.model import SpanKind
from newsbrief.nlp.segmenter import segment
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.parsers.markdown import MarkdownParser
from newsbrief.pipeline import choose_parser

FIXTURES = Path(__file__).parent / "fixtures"


def source(name: str) -> RawInput:
    path = FIXTURES / name
    return RawInput(name=str(path), data=path.read_bytes(), doc_id=path.stem, path=str(path))


@pytest.fixture(scope="module")
def note():
    (document,) = MarkdownParser().parse(source("briefing_note.md"))
    return segment(document)


def test_protocol_and_selection():
    assert isinstance(MarkdownParser(), Parser)
    assert choose_parser(source("briefing_note.md")).name == "markdown"
    assert choose_parser(source("front_matter.txt")).name == "markdown"


def test_the_text_is_the_file_as_written(note):
    assert note.text == (FIXTURES / "briefing_note.md").read_text(encoding="utf-8")


def test_front_matter_becomes_metadata_and_a_removed_span(note):
    metadata = note.metadata
    assert metadata.title == "Rail fares rise by 5 percent from March"
    assert metadata.published == dt.date(2025, 2, 20)
    assert metadata.author == "Jonas Berg, Lea Fischer"
    assert metadata.outlet == "Northern Transit Review"
    assert metadata.url == "https://transit.example/2025/02/rail-fares"
    assert metadata.extra == {"tags": "rail, fares"}
    first = note.removed[0]
    assert first.kind == SpanKind.METADATA and first.start == 0
    assert note.text[first.start : first.end].endswith("tags: [rail, fares]\n---\n")


def test_markdown_structure_becomes_spans(note):
    removed = {(span.text(note.text), span.kind) for span in note.removed}
    assert ("# Rail fares to rise", SpanKind.METADATA) in removed
    assert (
        "![Commuters at the central station](https://transit.example/img/station.jpg)",
        SpanKind.CAPTION,
    ) in removed
    assert (
        "- [Northern line delays: a timeline](https://transit.example/delays)\n"
        "- [How fares are set](https://transit.example/fares-explained)",
        SpanKind.LINK_LIST,
    ) in removed
    assert ("```\nfare_index = 1.05\n```", SpanKind.BOILERPLATE) in removed
    assert ("---", SpanKind.BOILERPLATE) in removed
    assert [span.text(note.text) for span in note.headings] == ["## Reaction"]


def test_summarised_sentences_keep_inline_markup_verbatim(note):
    sentences = [sentence.text for sentence in note.sentences]
    assert sentences == [
        "Regional rail fares will rise by 5 percent on 1 March, the transport authority said "
        "on **Thursday**, citing higher energy and staff costs.",
        "Season tickets for students and pensioners are exempt, and the authority said "
        "[discount cards](https://transit.example/cards) would stay at last year's price.",
        "Passenger groups called the rise unfair after two years of delays on the northern line.",
        "The authority will publish the new fare tables next week.",
    ]
    for sentence in note.sentences:
        assert note.text[sentence.start : sentence.end] == sentence.text


def test_plain_text_with_front_matter():
    (document,) = MarkdownParser().parse(source("front_matter.txt"))
    metadata = document.metadata
    assert metadata.title == "Harbour cranes return to service"
    assert metadata.published == dt.date(2025, 3, 20)
    assert (metadata.author, metadata.outlet) == ("Elena Marin", "Harbour Daily")
    assert metadata.extra == {"section": "Business"}
    sentences = [s.text for s in segment(document).sentences]
    assert sentences[0].startswith("All twelve container cranes")
    assert "Harbour cranes return to service" not in sentences


def test_a_leading_heading_is_the_title_without_front_matter(raw):
    data = b"# Storm closes schools\n\nAll schools in the county closed on Monday as the storm hit."
    (document,) = MarkdownParser().parse(raw(data, name="storm.md"))
    assert document.metadata.title == "Storm closes schools"
    assert [s.text for s in segment(document).sentences] == [
        "All schools in the county closed on Monday as the storm hit."
    ]


@pytest.mark.parametrize(
    "data",
    [
        b"---\n: : not yaml [\n---\nBody text of the story follows here.\n",
        b"---\n- a list, not a mapping\n---\nBody text of the story follows here.\n",
    ],
)
def test_front_matter_that_is_not_a_mapping_is_left_as_text(raw, data):
    (document,) = MarkdownParser().parse(raw(data, name="odd.md"))
    assert document.metadata.title is None
    assert "Body text of the story follows here." in [s.text for s in segment(document).sentences]


def test_front_matter_alone_is_an_input_error(raw):
    with pytest.raises(InputError, match="no text after the front matter"):
        list(MarkdownParser().parse(raw(b"---\ntitle: Empty\n---\n\n", name="empty.md")))


def test_crlf_line_endings_keep_spans_on_their_lines(raw):
    data = b"---\r\ntitle: T\r\n---\r\n## Sub\r\n\r\nA sentence of the body text.\r\n"
    (document,) = MarkdownParser().parse(raw(data, name="crlf.md"))
    assert [h.text(document.text) for h in document.headings] == ["## Sub"]
    assert [s.text for s in segment(document).sentences] == ["A sentence of the body text."]
