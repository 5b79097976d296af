"""The JSON / JSON Lines parser."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.errors import InputError
from newsbrief.model import SpanKind
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.parsers.jsonl import JsonParser
from newsbrief.parsers.plaintext import PlainTextParser

ARTICLE = {
    "id": "afp-1",
    "title": "NATO Vows Ukraine Backing",
    "text": "NATO pledged support for Ukraine at talks in Brussels on Tuesday after the strike.",
    "published": "2024-11-26T19:32:00-05:00",
    "url": "https://example.org/nato",
    "outlet": "AFP",
    "author": ["Jane Doe", "John Roe"],
    "language": "en",
    "section": "World",
}


def make_raw(data: bytes) -> RawInput:
    return RawInput(name="input.json", data=data, doc_id="input")


def jsonl(*records: object) -> bytes:
    return "\n".join(json.dumps(record) for record in records).encode()


def test_protocol():
    parser = JsonParser()
    assert isinstance(parser, Parser)
    assert parser.name == "json"
    assert set(parser.extensions) == {".json", ".jsonl", ".ndjson"}


def test_single_object(raw):
    (document,) = JsonParser().parse(raw(json.dumps(ARTICLE).encode(), name="a.json"))
    metadata = document.metadata
    assert document.id == "afp-1"
    assert document.text == ARTICLE["text"]
    assert metadata.title == "NATO Vows Ukraine Backing"
    assert metadata.published == dt.date(2024, 11, 26)
    assert metadata.url == "https://example.org/nato"
    assert (metadata.outlet, metadata.author) == ("AFP", "Jane Doe, John Roe")
    assert metadata.language == "en"
    assert metadata.source_path == "a.json"
    assert metadata.extra == {"section": "World"}
    assert [(s.start, s.end) for s in document.sections] == [(0, len(ARTICLE["text"]))]


def test_list_of_objects_gets_numbered_ids(raw):
    records = [{"text": "First article text here."}, {"text": "Second article text here."}]
    documents = list(JsonParser().parse(raw(json.dumps(records).encode(), name="feed.json")))
    assert [document.id for document in documents] == ["feed-1", "feed-2"]


def test_single_record_without_id_uses_the_input_id(raw):
    (document,) = JsonParser().parse(raw(b'{"text": "Only one."}', name="one.json"))
    assert document.id == "one"


def test_duplicate_record_ids_stay_unique(raw):
    data = jsonl({"id": "x", "text": "One."}, {"id": "x", "text": "Two."})
    assert [d.id for d in JsonParser().parse(raw(data, name="d.jsonl"))] == ["x", "x-2"]


def test_jsonl_with_a_bad_line_keeps_the_good_ones(raw):
    data = jsonl({"text": "Good one."}) + b"\n{not json\n\n" + jsonl({"text": "Good two."})
    results = list(JsonParser().parse(raw(data, name="feed.jsonl")))
    documents = [r for r in results if not isinstance(r, InputError)]
    problems = [r for r in results if isinstance(r, InputError)]
    assert [document.text for document in documents] == ["Good one.", "Good two."]
    assert [problem.input_name for problem in problems] == ["feed.jsonl:2"]
    assert problems[0].reason.startswith("invalid JSON: ")


def test_a_bad_line_says_where_on_the_line_it_breaks(raw):
    data = jsonl({"text": "Kept."}) + b'\n{"text": "cut off\n'
    results = list(JsonParser().parse(raw(data, name="cut.jsonl")))
    (problem,) = [r for r in results if isinstance(r, InputError)]
    assert problem.input_name == "cut.jsonl:2"
    assert problem.reason == "invalid JSON: Unterminated string starting at: column 10"
    data = jsonl({"text": "Kept."}) + b'\n{"text": "x"}}\n'
    (other,) = [
        r for r in JsonParser().parse(raw(data, name="x.jsonl")) if isinstance(r, InputError)
    ]
    assert other.reason == "invalid JSON: Extra data: column 14"


def test_parse_yields_problems_in_order(raw):
    data = jsonl({"text": "Good."}, {"title": "no text"}, [1, 2])
    results = list(JsonParser().parse(raw(data, name="feed.jsonl")))
    assert [type(result).__name__ for result in results] == ["Document", "InputError", "InputError"]
    assert str(results[1]) == "feed.jsonl:2: no text in field 'text' (its keys: title)"
    assert str(results[2]) == "feed.jsonl:3: expected an object, got a list"


def test_configurable_field_names(raw):
    record = {"body": "Text in a body field.", "headline": "A Headline", "date": "2024-07-01"}
    parser = JsonParser(fields={"text": "body", "title": "headline", "published": "date"})
    (document,) = parser.parse(raw(json.dumps(record).encode()))
    assert document.text == "Text in a body field."
    assert document.metadata.title == "A Headline"
    assert document.metadata.published == dt.date(2024, 7, 1)


def test_unknown_field_name_is_a_programming_error():
    with pytest.raises(ValueError, match="bodyy"):
        JsonParser(fields={"bodyy": "text"})


def test_text_is_analyzed_for_noise(raw):
    text = "ua en ru\n\nNATO Vows Support\n\nBy Jane Doe\n\nThe alliance pledged help.\n"
    (document,) = JsonParser().parse(raw(json.dumps({"text": text}).encode()))
    assert document.metadata.title == "NATO Vows Support"
    assert document.metadata.author == "Jane Doe"
    assert {span.kind for span in document.removed} >= {SpanKind.LANGUAGE_SWITCHER, "byline"}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"42", "expected a JSON object or a non-empty list of objects"),
        (b"[]", "expected a JSON object or a non-empty list of objects"),
        (b'"text"', "expected a JSON object or a non-empty list of objects"),
        (b"{broken", "invalid JSON: Expecting property name enclosed in double quotes: line 1"),
        (b'{\n  "text": "cut', "invalid JSON: Unterminated string starting at: line 2"),
        (b"{broken\n{broken", "not JSON or JSON Lines"),
        (b'{"title": "no text"}', "no text in field 'text'"),
        (b'[{"text": ""}, {"text": 3}]', "no usable record"),
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
    ],
)
def test_wrong_shapes_raise_input_error_naming_the_input(raw, data, reason):
    with pytest.raises(InputError, match=r"bad\.json") as error:
        list(JsonParser().parse(raw(data, name="bad.json")))
    assert reason in error.value.reason


def test_sniff_prefers_json_over_text(raw):
    parser, text_parser = JsonParser(), PlainTextParser()
    whole = raw(json.dumps([ARTICLE]).encode())
    lines = raw(jsonl(ARTICLE, ARTICLE))
    prose = raw(b"Just a plain sentence about NATO.")
    assert parser.sniff(whole) > parser.sniff(lines) > text_parser.sniff(whole) > 0
    assert parser.sniff(prose) == 0.0
    assert parser.sniff(raw(b"{ not json at all")) == 0.0
    assert parser.sniff(raw(b"")) == 0.0


def test_bom_and_legacy_encoding(raw):
    text = "Україна просить НАТО закрити небо над західною частиною країни."
    data = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8-sig")
    (document,) = JsonParser().parse(raw(data))
    assert document.text == text
    assert document.metadata.encoding == "utf-8-sig"
    assert document.metadata.language == "uk"


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=500)
    | st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=30),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.sampled_from(["text", "title", "id", "published"]), inner)
        ),
        max_leaves=20,
    ).map(lambda value: json.dumps(value).encode())
)
def test_any_input_yields_documents_or_raises_input_error(data):
    try:
        results = list(JsonParser().parse(make_raw(data)))
        documents = [r for r in results if not isinstance(r, InputError)]
    except InputError:
        return
    for document in documents:
        for span in (*document.removed, *document.headings, *document.sections):
            assert 0 <= span.start <= span.end <= len(document.text)


def test_deep_nesting_is_an_input_error(raw):
    with pytest.raises(InputError):
        list(JsonParser().parse(raw(b"[" * 100_000 + b"]" * 100_000)))
    assert JsonParser().sniff(raw(b"[" * 100_000 + b"]" * 100_000)) == 0.0
