"""Parser options: ``NAME:key=value`` specs and each parser's ``configure``."""

from __future__ import annotations

import json

import pytest

from newsbrief.parsers.jsonl import JsonParser
from newsbrief.parsers.options import configured, parse_bool, parse_spec
from newsbrief.parsers.plaintext import PlainTextParser

RECORD = {
    "headline": "Ferry timetable agreed",
    "body": "The ferry operator and two unions agreed on a summer timetable on Tuesday.",
    "link": "https://harbourdaily.example/ferry",
}


def test_parse_spec():
    assert parse_spec("json:text=body, title=headline") == (
        "json",
        {"text": "body", "title": "headline"},
    )
    assert parse_spec("html") == ("html", {})
    with pytest.raises(ValueError, match="not key=value"):
        parse_spec("json:body")


def test_json_fields_renamed_through_options(raw):
    parser = configured(JsonParser(), {"text": "body", "title": "headline", "url": "link"})
    (document,) = parser.parse(raw(json.dumps(RECORD).encode(), name="ferry.json"))
    assert document.text == RECORD["body"]
    assert document.metadata.title == "Ferry timetable agreed"
    assert document.metadata.url == "https://harbourdaily.example/ferry"
    assert JsonParser().fields["text"] == "text"  # the registered parser is unchanged


def test_json_analysis_can_be_switched_off():
    assert JsonParser().configure({"analyze": "false"}).analyze_text is False


@pytest.mark.parametrize(
    ("parser", "options", "message"),
    [
        (JsonParser(), {"body": "text"}, "^json parser: unknown option 'body'; known: analyze"),
        (JsonParser(), {"analyse": "no"}, r"unknown option 'analyse' \(did you mean 'analyze'\?\)"),
        (JsonParser(), {"analyze": "perhaps"}, r"option 'analyze' takes true or false \(bool\)"),
        (PlainTextParser(), {"x": "1"}, "^text parser: unknown option 'x'; known: language$"),
    ],
)
def test_bad_options_are_value_errors(parser, options, message):
    with pytest.raises(ValueError, match=message):
        configured(parser, options)


def test_parse_bool():
    assert [parse_bool("k", v) for v in ("true", "Yes", "on", "1")] == [True] * 4
    assert [parse_bool("k", v) for v in ("false", "NO", "off", "0")] == [False] * 4
