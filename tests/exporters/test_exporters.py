"""The built-in exporters: markdown, json, text and html."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import re
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strict_schema import strict_schema

from newsbrief.default_plugins.exporters import builtin_exporters
from newsbrief.errors import NewsbriefError
from newsbrief.exporters.base import Exporter
from newsbrief.exporters.common import display
from newsbrief.exporters.html import HtmlExporter
from newsbrief.exporters.json_exporter import (
    JsonExporter,
    briefing_to_dict,
    load_schema,
    plain,
)
from newsbrief.exporters.markdown import MarkdownExporter, escape
from newsbrief.exporters.text import TextExporter
from newsbrief.model import (
    Briefing,
    CoverageNote,
    Document,
    Metadata,
    Quote,
    Section,
    Sentence,
    Source,
    SourceRef,
    Span,
    Story,
    SummaryItem,
)

EXPORTERS = [MarkdownExporter(), JsonExporter(), TextExporter(), HtmlExporter()]


def _segment(doc_id: str, text: str, parts: list[str], section: int = 0) -> list[Sentence]:
    """Sentences for ``parts``, each found verbatim in ``text`` after the previous one."""
    sentences, cursor = [], 0
    for index, part in enumerate(parts):
        start = text.index(part, cursor)
        cursor = start + len(part)
        sentences.append(Sentence(doc_id, index, start, cursor, part, section=section))
    return sentences


def _document(doc_id: str, text: str, parts: list[str], metadata: Metadata) -> Document:
    document = Document.from_text(text, id=doc_id, metadata=metadata)
    return attrs.evolve(
        document,
        sections=[Section(0, len(text))],
        sentences=_segment(doc_id, text, parts),
    )


A_TEXT = (
    "Ceasefire talks resume in Geneva\n"
    "Negotiators met on Monday in Geneva. "
    "The *bold* plan was <script>alert(1)</script> discussed at length. "
    "Share this"
)
B_TEXT = (
    "Geneva talks restart\n"
    "Negotiators met on Monday in Geneva, officials said. "
    "A second round is planned for next week."
)
C_TEXT = "Markets rally\nStocks rose sharply_on Tuesday [after] the data."


def make_briefing(**changes: Any) -> Briefing:
    """Three articles, two of them the same story, one summary sentence supported by another."""
    a = _document(
        "a",
        A_TEXT,
        [
            "Negotiators met on Monday in Geneva.",
            "The *bold* plan was <script>alert(1)</script> discussed at length.",
        ],
        Metadata(
            title="Ceasefire talks resume in Geneva",
            outlet="Reuters",
            author="Jane Doe",
            published=dt.date(2024, 3, 1),
            url="https://example.com/a?x=1&y=2",
            language="en",
            source_path="in/a.txt",
            encoding="utf-8",
        ),
    )
    a = attrs.evolve(a, removed=[Span(len(A_TEXT) - 10, len(A_TEXT), "promo")], headings=[])
    b = _document(
        "b",
        B_TEXT,
        [
            "Negotiators met on Monday in Geneva, officials said.",
            "A second round is planned for next week.",
        ],
        Metadata(title="Geneva talks restart", outlet="AP", published=dt.date(2024, 3, 2)),
    )
    c = _document(
        "c",
        C_TEXT,
        ["Stocks rose sharply_on Tuesday [after] the data."],
        Metadata(title="Markets rally", outlet="FT", published=dt.date(2024, 3, 4)),
    )
    sources = [
        Source(
            1,
            "a",
            0,
            "Ceasefire talks resume in Geneva",
            "Reuters",
            "Jane Doe",
            "2024-03-01",
            "https://example.com/a?x=1&y=2",
            "in/a.txt",
        ),
        Source(2, "b", 0, "Geneva talks restart", "AP", None, "2024-03-02", None, "in/b.txt"),
        Source(3, "c", 0, "Markets rally", "FT", None, "2024-03-04"),
    ]
    summary = [
        SummaryItem(
            a.sentences[0],
            0.8123456789,
            supported_by=[SourceRef("b", b.sentences[0].start, b.sentences[0].end, 0.91)],
            story="s1",
        ),
        SummaryItem(a.sentences[1], 0.5, story="s1"),
        SummaryItem(b.sentences[1], 0.25, story="s1"),
        SummaryItem(c.sentences[0], 0.1, story="s2"),
    ]
    fields: dict[str, Any] = {
        "documents": [a, b, c],
        "stories": [
            Story("s1", ["a", "b"], "Ceasefire talks resume in Geneva", ["Geneva", "Monday"]),
            Story("s2", ["c"], "Markets rally"),
        ],
        "summary": summary,
        "sources": sources,
        "notes": [CoverageNote("same_story", "a and b report the same talks.", ["a", "b"])],
        "settings": {"summarizer": "textrank", "budget": {"sentences": 4}, "ratio": 0.1},
    }
    fields.update(changes)
    return Briefing(**fields)


@pytest.fixture
def briefing() -> Briefing:
    return make_briefing()


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = importlib.resources.files("newsbrief").joinpath("data/briefing.schema.json")
    loaded = json.loads(text.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def _validate(schema: dict[str, Any], output: str) -> dict[str, Any]:
    data = json.loads(output)
    jsonschema.Draft202012Validator(schema).validate(data)
    jsonschema.Draft202012Validator(strict_schema(schema)).validate(data)
    return data


# --- all exporters ---------------------------------------------------------------------------


def test_builtin_exporters_satisfy_the_protocol() -> None:
    exporters = builtin_exporters()
    assert [e.name for e in exporters] == ["markdown", "json", "text", "html"]
    assert all(isinstance(e, Exporter) for e in exporters)
    assert all(e.description and e.extensions for e in exporters)


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_output_is_stable(exporter: Exporter, briefing: Briefing) -> None:
    first = exporter.export(briefing, {})
    assert first == exporter.export(make_briefing(), {})
    assert first.endswith("\n")


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_unknown_option_is_a_clear_error(exporter: Exporter, briefing: Briefing) -> None:
    with pytest.raises(NewsbriefError, match=rf"^{exporter.name} exporter: unknown option 'bogus'"):
        exporter.export(briefing, {"bogus": "1"})


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_unknown_section_is_a_clear_error(exporter: Exporter, briefing: Briefing) -> None:
    with pytest.raises(NewsbriefError, match=r"option 'sections' takes .* \(list\), not 'nope'"):
        exporter.export(briefing, {"sections": "summary,nope"})


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_empty_briefing(exporter: Exporter) -> None:
    empty = Briefing(documents=[])
    assert exporter.export(empty, {})


# --- markdown --------------------------------------------------------------------------------


def test_markdown_sections_and_citations(briefing: Briefing) -> None:
    output = MarkdownExporter().export(briefing, {})
    lines = output.splitlines()
    assert lines[0] == "# Briefing: 3 articles"
    assert "3 articles, published 2024\\-03\\-01 to 2024\\-03\\-04" not in output  # '-' is plain
    assert "3 articles, published 2024-03-01 to 2024-03-04" in output
    for heading in ("## Summary", "## Sources", "## Stories", "## Coverage notes"):
        assert heading in lines
    # Empty annotator sections are left out.
    assert "## Timeline" not in output and "## Key quotes" not in output
    assert "- Negotiators met on Monday in Geneva. [1][2]" in lines
    assert "- A second round is planned for next week. [2]" in lines
    assert any(line.startswith("- Stocks rose") and line.endswith("[3]") for line in lines)
    assert (
        "- [1] Reuters, Jane Doe, 2024-03-01, “Ceasefire talks resume in Geneva”, "
        "<https://example.com/a?x=1&y=2>" in lines
    )
    assert "- [2] AP, 2024-03-02, “Geneva talks restart”, in/b.txt" in lines
    assert any(line.startswith("- **s1** ") and line.endswith("[1][2]") for line in lines)
    assert "- a and b report the same talks. [1][2]" in lines


def test_markdown_escapes_article_text(briefing: Briefing) -> None:
    output = MarkdownExporter().export(briefing, {})
    assert "<script>" not in output
    assert "*bold*" not in output
    assert r"\<script\>alert(1)\</script\>" in output
    assert r"\*bold\*" in output
    assert r"sharply_on Tuesday \[after\]" in output


def test_markdown_escape_covers_markup() -> None:
    assert escape("_a_ __b__ c_d é_1 x_ _") == r"\_a\_ \_\_b\_\_ c_d é_1 x\_ \_"
    assert escape("a-b*c[d](e)<f>`g`#h!i|j~k&l\\m$n$") == (
        r"a-b\*c\[d\](e)\<f\>\`g\`\#h!i\|j\~k\&l\\m\$n\$"
    )


def test_markdown_options(briefing: Briefing) -> None:
    output = MarkdownExporter().export(briefing, {"title": "Week *42*", "sections": "sources"})
    assert output.startswith("# Week \\*42\\*\n")
    assert "## Sources" in output
    assert "## Summary" not in output and "## Stories" not in output


def test_markdown_annotations_from_dicts_and_attrs(briefing: Briefing) -> None:
    @attrs.frozen
    class Quote:
        text: str
        speaker: str | None = None
        doc_id: str | None = None

    annotated = attrs.evolve(
        briefing,
        timeline=[{"date": dt.date(2024, 3, 1), "text": "Talks *resume*", "doc_id": "a"}],
        quotes=[Quote("We are <close>", "The envoy", "b"), {"speaker": "nobody"}],
        entities=[{"name": "Geneva", "type": "place"}, {"name": "UN"}],
    )
    lines = MarkdownExporter().export(annotated, {}).splitlines()
    assert "## Timeline" in lines and "## Key quotes" in lines
    assert "## People & organisations" in lines
    assert r"- **2024-03-01** Talks \*resume\* [1]" in lines
    assert r"- “We are \<close\>” — The envoy [2]" in lines
    assert "- Geneva (place)" in lines and "- UN" in lines


def test_markdown_blank_lines_in_text_stay_inside_the_bullet() -> None:
    text = "Line one\n\n# not a heading\n---"
    document = Document.from_text(text, id="x")
    sentence = Sentence("x", 0, 0, len(text), text)
    document = attrs.evolve(document, sentences=[sentence])
    out = MarkdownExporter().export(
        Briefing(documents=[document], summary=[SummaryItem(sentence, 1.0)]), {}
    )
    assert r"- Line one \# not a heading ---" in out.splitlines()


# --- json ------------------------------------------------------------------------------------


def test_json_validates_and_is_byte_stable(briefing: Briefing, schema: dict[str, Any]) -> None:
    output = JsonExporter().export(briefing, {})
    assert output == JsonExporter().export(make_briefing(), {})
    assert output.endswith("}\n") and '\n  "documents"' in output
    data = _validate(schema, output)
    assert data["schema"] == "newsbrief.briefing/1"
    assert list(data) == sorted(data)


def test_json_summary_is_verbatim_and_cited(briefing: Briefing, schema: dict[str, Any]) -> None:
    data = _validate(schema, JsonExporter().export(briefing, {}))
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for item in data["summary"]:
        assert item["text"] == texts[item["doc_id"]][item["start"] : item["end"]]
    first = data["summary"][0]
    assert first["score"] == 0.8123456789  # written exactly, so it reads back equal
    assert first["source"] == 1 and first["story"] == "s1"
    assert first["supported_by"] == [
        {"doc_id": "b", "start": 21, "end": 73, "similarity": 0.91, "source": 2}
    ]


def test_json_document_fields(briefing: Briefing, schema: dict[str, Any]) -> None:
    data = _validate(schema, JsonExporter().export(briefing, {}))
    a = data["documents"][0]
    assert a["published"] == "2024-03-01" and a["path"] == "in/a.txt"
    assert a["sha256"] == briefing.documents[0].metadata.sha256
    assert a["removed"] == [{"start": len(A_TEXT) - 10, "end": len(A_TEXT), "kind": "promo"}]
    assert a["sections"][0]["start"] == 0 and a["sections"][0]["title"] is None
    assert [s["start"] for s in a["sentences"]] == [
        s.start for s in briefing.documents[0].sentences
    ]
    assert data["settings"] == {"budget": {"sentences": 4}, "ratio": 0.1, "summarizer": "textrank"}
    assert data["stories"][0] == {
        "id": "s1",
        "documents": ["a", "b"],
        "label": "Ceasefire talks resume in Geneva",
        "shared_terms": ["Geneva", "Monday"],
    }


def test_json_options(briefing: Briefing, schema: dict[str, Any]) -> None:
    exporter = JsonExporter()
    data = _validate(schema, exporter.export(briefing, {"include_text": "false", "title": "T"}))
    assert "text" not in data["documents"][0] and data["title"] == "T"
    data = _validate(schema, exporter.export(briefing, {"sections": ["summary"]}))
    assert data["summary"] and data["sources"] == [] and data["documents"]
    with pytest.raises(NewsbriefError, match="json exporter: option 'include_text'"):
        exporter.export(briefing, {"include_text": "maybe"})


def test_briefing_to_dict_matches_export(briefing: Briefing) -> None:
    as_dict = briefing_to_dict(briefing)
    assert as_dict == json.loads(JsonExporter().export(briefing, {}))
    assert "text" not in briefing_to_dict(briefing, include_text=False)["documents"][0]


def test_json_plain_turns_values_into_json_data() -> None:
    @attrs.frozen
    class Mention:
        name: str
        when: dt.date
        tags: frozenset[str]
        score: float

    assert plain([Mention("UN", dt.date(2024, 1, 2), frozenset({"b", "a"}), float("nan"))]) == [
        {"name": "UN", "when": "2024-01-02", "tags": ["a", "b"], "score": None}
    ]


def test_load_schema_is_the_shipped_file(schema: dict[str, Any]) -> None:
    assert load_schema() == schema
    assert schema["properties"]["schema"]["const"] == "newsbrief.briefing/1"


# --- text ------------------------------------------------------------------------------------


def test_text_sections_and_width(briefing: Briefing) -> None:
    output = TextExporter().export(briefing, {})
    lines = output.splitlines()
    assert lines[0] == "Briefing: 3 articles"
    assert all(len(line) <= 80 for line in lines)
    for heading in ("Summary", "Sources", "Stories", "Coverage notes"):
        assert heading in lines
    assert "- Negotiators met on Monday in Geneva. [1][2]" in lines
    assert "*bold*" in output  # no markup, so nothing to escape
    assert not any(line.startswith(("#", "##")) for line in lines)


def test_text_width_option(briefing: Briefing) -> None:
    narrow = TextExporter().export(briefing, {"width": "30"}).splitlines()
    assert max(len(line) for line in narrow) <= 30
    with pytest.raises(NewsbriefError, match="text exporter: option 'width'"):
        TextExporter().export(briefing, {"width": "wide"})
    with pytest.raises(NewsbriefError, match="at least 20"):
        TextExporter().export(briefing, {"width": 5})


def test_text_neutralises_control_characters() -> None:
    text = "Red \x1b[31malert\x07 ends."
    document = Document.from_text(text, id="x")
    sentence = Sentence("x", 0, 0, len(text), text)
    document = attrs.evolve(document, sentences=[sentence])
    output = TextExporter().export(
        Briefing(documents=[document], summary=[SummaryItem(sentence, 1.0)]), {}
    )
    assert "\x1b" not in output and "\x07" not in output
    assert "Red \ufffd[31malert\ufffd ends." in output


# --- any text --------------------------------------------------------------------------------


@settings(
    max_examples=75, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sentence=st.text(), title=st.none() | st.text(), width=st.integers(20, 120))
def test_any_sentence_text_exports(
    sentence: str, title: str | None, width: int, schema: dict[str, Any]
) -> None:
    text = f"Head\n{sentence}\nTail"
    document = Document.from_text(
        text, id="d", metadata=Metadata(title=sentence, author=sentence, url=sentence)
    )
    item = Sentence("d", 0, 5, 5 + len(sentence), sentence)
    document = attrs.evolve(document, sections=[Section(0, len(text))], sentences=[item])
    briefing = Briefing(
        documents=[document],
        summary=[SummaryItem(item, 1.0, supported_by=[SourceRef("d", 0, 4)], story=sentence)],
        sources=[Source(1, "d", title=sentence, outlet=sentence, url=sentence, published=sentence)],
        stories=[Story(sentence or "s", ["d"], sentence, [sentence])],
        notes=[CoverageNote(sentence, sentence, ["d"])],
        title=title,
        quotes=[Quote("d", 5, 5 + len(sentence), sentence, sentence or None)],
        settings={sentence: sentence},
    )
    for exporter in EXPORTERS:
        exporter.export(briefing, {})
    lines = TextExporter().export(briefing, {"width": width}).splitlines()
    assert all(len(line) <= width for line in lines)
    data = _validate(schema, JsonExporter().export(briefing, {}))
    assert data["summary"][0]["text"] == sentence
    markdown = MarkdownExporter().export(briefing, {})
    assert escape(display(sentence)) in markdown


@settings(max_examples=300, deadline=None)
@given(sentence=st.text(), title=st.text())
def test_markdown_renders_article_text_literally(sentence: str, title: str) -> None:
    """A CommonMark renderer shows escaped text exactly as written: no markup gets through."""
    markdown_it = pytest.importorskip("markdown_it")
    from markdown_it.common.utils import escapeHtml

    text = f"Head\n{sentence}\nTail"
    document = Document.from_text(text, id="d")
    item = Sentence("d", 0, 5, 5 + len(sentence), sentence)
    document = attrs.evolve(document, sentences=[item])
    briefing = Briefing(
        documents=[document],
        summary=[SummaryItem(item, 1.0)],
        sources=[Source(1, "d")],
        title=title,
    )
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    rendered = html.render(MarkdownExporter().export(briefing, {}))
    expected_title = escapeHtml(display(title)) if display(title) else "Briefing: 1 article"
    assert f"<h1>{expected_title}</h1>" in rendered
    assert f"<li>{escapeHtml(f'{display(sentence)} [1]'.strip())}</li>" in rendered


# --- every section, hostile text -------------------------------------------------------------

ALL_HEADINGS = [
    "Summary",
    "Timeline",
    "Key quotes",
    "People & organisations",
    "Stories",
    "Sources",
    "Coverage notes",
]


def test_markdown_of_every_section_renders_literally(rich_briefing: Briefing) -> None:
    from briefing_fixtures import EVIL_IMG, EVIL_SCRIPT
    from markdown_it import MarkdownIt
    from markdown_it.common.utils import escapeHtml

    rendered = MarkdownIt("commonmark").render(MarkdownExporter().export(rich_briefing, {}))
    assert re.findall(r"<h2>(.*?)</h2>", rendered) == [escapeHtml(h) for h in ALL_HEADINGS]
    assert "<script" not in rendered and "<img" not in rendered
    assert escapeHtml(f"The memo read {EVIL_SCRIPT} and {EVIL_IMG} in full. [1]") in rendered
    assert "<strong>2024-10 (expected)</strong> Talks resume on 2024-10-10. [1]" in rendered
    # Only web addresses become links: the javascript: URL of source 2 stays text.
    assert re.findall(r'href="([^"]*)"', rendered) == ["https://example.com/nato?a=1&amp;b=2"]


def test_text_of_every_section_fits_80_columns(rich_briefing: Briefing) -> None:
    output = TextExporter().export(rich_briefing, {"locale": "en_GB"})
    lines = output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(heading in lines for heading in ALL_HEADINGS)
    assert "- 3 October 2024: NATO will not shoot down drones over Ukraine, Sabrina Singh" in lines


# --- coverage notes naming their sources ------------------------------------------------------

_CITING_NOTES = [
    CoverageNote("same_story", "[1] and [2] tell the same story <b>.", ["a", "b"]),
    CoverageNote("skipped", "x[3].txt skipped: not a text file", []),
    CoverageNote("plugin", "[3] was checked against [2024] figures", ["c"]),
    CoverageNote("plugin", "[2024] figures only", ["c"]),
]


def test_html_note_references_link_to_their_sources() -> None:
    html = HtmlExporter().export(make_briefing(notes=_CITING_NOTES), {})
    assert (
        '<li><a class="cite" href="#source-1">[1]</a> and '
        '<a class="cite" href="#source-2">[2]</a> tell the same story &lt;b&gt;.</li>'
    ) in html
    # A bracketed number that is not one of the note's own sources stays text.
    assert "<li>x[3].txt skipped: not a text file</li>" in html
    assert (
        '<li><a class="cite" href="#source-3">[3]</a> was checked against [2024] figures</li>'
    ) in html
    # A note naming none of its sources gets its documents' citations after the text.
    assert '<li>[2024] figures only <a class="cite" href="#source-3">[3]</a></li>' in html


def test_markdown_note_references_stay_citations() -> None:
    text = MarkdownExporter().export(make_briefing(notes=_CITING_NOTES), {})
    assert "- [1] and [2] tell the same story \\<b\\>." in text
    assert "- x\\[3\\].txt skipped: not a text file\n" in text
    assert "- [3] was checked against \\[2024\\] figures\n" in text
    assert "- \\[2024\\] figures only [3]\n" in text
