"""The JSON format reads back: ``from_json(to_json(b)) == b``, and the schema is published."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from briefing_strategies import briefings
from click.testing import CliRunner
from hypothesis import given, settings
from strict_schema import strict_schema

import newsbrief
from newsbrief.cli import cli
from newsbrief.errors import NewsbriefError
from newsbrief.exporters.json_exporter import (
    briefing_from_dict,
    briefing_from_json,
    briefing_to_dict,
    load_schema,
)
from newsbrief.model import Briefing

SCHEMA = load_schema()
VALIDATORS = [
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()),
    jsonschema.Draft202012Validator(strict_schema(SCHEMA)),
]


def _valid(text: str) -> dict[str, Any]:
    data = json.loads(text)
    for validator in VALIDATORS:
        validator.validate(data)
    return data


def test_the_shipped_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema"]["const"] == "newsbrief.briefing/1"


@settings(max_examples=100, deadline=None)
@given(briefing=briefings())
def test_any_briefing_round_trips_and_validates(briefing: Briefing) -> None:
    text = newsbrief.export(briefing, "json")
    _valid(text)
    again = newsbrief.from_json(text)
    assert again == briefing
    # Equal field by field too, so a failure says which one (and nothing is lost to __eq__).
    for field in attrs.fields(Briefing):
        assert getattr(again, field.name) == getattr(briefing, field.name), field.name
    assert newsbrief.export(again, "json") == text


def test_the_hand_made_briefing_round_trips(rich_briefing: Briefing) -> None:
    text = newsbrief.export(rich_briefing, "json")
    data = _valid(text)
    assert data["quotes"][0]["speaker"] == "Sabrina Singh"
    assert data["entities"][0]["mentions"][0]["text"] == "Sabrina Singh"
    assert data["documents"][0]["annotations"][0]["attributes"]["value"] == "2024-10-03"
    assert data["documents"][0]["headings"] == [{"start": 0, "end": 28, "kind": "heading"}]
    assert data["summary"][0]["score"] == 0.8123456789
    assert briefing_from_json(text) == rich_briefing
    assert briefing_from_json(text.encode("utf-8")) == rich_briefing


def test_the_seeds_briefing_round_trips_through_the_cli(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.json"
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", str(seeds_dir), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    data = _valid(text)
    assert data["schema"] == "newsbrief.briefing/1" and data["summary"]
    loaded = newsbrief.from_json(text)
    assert newsbrief.export(loaded, "json") == text
    # The same briefing built in-process is equal to the one read back.
    assert loaded == newsbrief.build_briefing(newsbrief.load(str(seeds_dir)))


def test_unknown_fields_are_ignored(rich_briefing: Briefing) -> None:
    """The evolution rule: a newer /1 file with more fields still loads."""
    data = briefing_to_dict(rich_briefing)
    data["future"] = {"x": 1}
    data["documents"][0]["future"] = []
    data["quotes"][0]["future"] = True
    data["entities"][0]["mentions"][0]["future"] = 1
    assert briefing_from_dict(data) == rich_briefing


def test_older_files_without_the_newer_fields_load(rich_briefing: Briefing) -> None:
    data = briefing_to_dict(rich_briefing)
    for document in data["documents"]:
        del document["annotations"]
        for sentence in document["sentences"]:
            del sentence["index"]
        for heading in document["headings"]:
            del heading["kind"]
    loaded = briefing_from_dict(data)
    assert loaded.documents[0].annotations == ()
    assert [s.index for s in loaded.documents[0].sentences] == [0, 1, 2, 3]
    assert loaded.documents[0].headings == rich_briefing.documents[0].headings


def test_files_from_before_speaker_and_quoted_load_as_they_were_shown() -> None:
    # docs/json-schema.md: optional within /1; an absent speaker is null, an absent quoted true.
    transcript = (
        "Transcript of a council meeting broadcast on Monday.\n\n"
        "CHAIR: Councillor Priya Natarajan, what did the inspectors find?\n\n"
        "NATARAJAN: The east bridge needs new bearings before the winter. The work will take "
        "six weeks.\n\n"
        "CHAIR: Will the bridge close?\n\n"
        "NATARAJAN: One lane will close from March. Buses will use the ring road.\n"
    )
    document = newsbrief.Document.from_text(transcript, id="council")
    briefing = newsbrief.build_briefing([document], sentences=6)
    data = briefing_to_dict(briefing)
    assert any("speaker" in item for item in data["summary"])
    assert any(quote["quoted"] is False for quote in data["quotes"])
    for item in data["summary"]:
        item.pop("speaker", None)
    for quote in data["quotes"]:
        del quote["quoted"]
    jsonschema.validate(data, newsbrief.load_schema())
    loaded = briefing_from_dict(data)
    assert {item.speaker for item in loaded.summary} == {None}
    assert {quote.quoted for quote in loaded.quotes} == {True}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="newsbrief.briefing/2"), "not a newsbrief.briefing/1"),
        (lambda d: d["documents"][0].pop("text"), "include_text=false"),
        (lambda d: d["summary"][0].pop("doc_id"), "missing field 'doc_id'"),
        (lambda d: d["quotes"][0].pop("speaker"), "Quote lacks field 'speaker'"),
        (lambda d: d["documents"][0].update(published="March"), "invalid newsbrief"),
        (lambda d: d["summary"][0].update(text="not verbatim"), "invalid newsbrief"),
        (lambda d: d.update(summary={}), "'summary' must be an array"),
    ],
)
def test_bad_data_is_a_clear_error(rich_briefing: Briefing, change: Any, message: str) -> None:
    data = briefing_to_dict(rich_briefing)
    change(data)
    with pytest.raises(NewsbriefError, match=message):
        briefing_from_dict(data)


def test_not_json_is_a_clear_error() -> None:
    with pytest.raises(NewsbriefError, match="not JSON"):
        newsbrief.from_json("{nope")
    with pytest.raises(NewsbriefError, match=r"not a newsbrief\.briefing/1 briefing"):
        newsbrief.from_json("[]")


def test_schema_command_prints_the_shipped_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == SCHEMA
    listed = CliRunner().invoke(cli, ["--help"])
    assert "schema" in listed.output


def test_schema_command_is_a_builtin_plugin(fresh_host: Any) -> None:
    fresh_host.load()
    assert fresh_host.pm.get_plugin("newsbrief.default_plugins.commands") is not None
