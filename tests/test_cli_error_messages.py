"""A bad input's one line says what is wrong with it and, where it can, what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

RECORDS = (
    '{"headline": "Ferry back", "body": "The island ferry sailed again on Friday after storms."}\n'
    '{"headline": "Market", "body": "The Saturday market moved to the old harbour this week."}\n'
)


def _skipped(tmp_path: Path, name: str, data: str) -> str:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if "skipped" in line]
    return line


def test_records_without_the_text_key_name_their_keys_and_the_option(tmp_path: Path) -> None:
    line = _skipped(tmp_path, "feed.jsonl", RECORDS)
    assert line.endswith(
        "no usable record: no text in field 'text' "
        "(its keys: headline, body; give --parser json:text=KEY)"
    )
    path = tmp_path / "feed.jsonl"
    result = CliRunner().invoke(cli, ["build", str(path), "--parser", "json:text=body", "-q"])
    assert result.exit_code == 0, result.output


def test_records_with_other_keys_each_still_name_the_option(tmp_path: Path) -> None:
    # Each record has keys of its own: the reasons differ, and none has the text's key.
    records = (
        '{"headline": "Ferry back", "body": "The island ferry sailed again on Friday."}\n'
        '{"title": "Market", "content": "The Saturday market moved to the old harbour."}\n'
    )
    line = _skipped(tmp_path, "mixed.jsonl", records)
    assert line.endswith(
        "no usable record: none has text in field 'text'; give --parser json:text=KEY"
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # JSON Lines whose last line was cut short while the feed was written.
        ("cut.jsonl", RECORDS + '{"headline": "Bridge", "body": "The bridge repairs'),
        # A JSON list with one item that is no record at all.
        (
            "list.json",
            '[{"headline": "Ferry back", "body": "The island ferry sailed again on Friday."},'
            ' "a stray string", '
            '{"headline": "Market", "body": "The Saturday market moved to the harbour."}]',
        ),
    ],
)
def test_records_without_the_text_key_beside_a_broken_one_still_name_the_option(
    tmp_path: Path, name: str, data: str
) -> None:
    # The broken item is not why nothing was read: the records' text is under another key.
    line = _skipped(tmp_path, name, data)
    assert line.endswith(
        "no usable record: no text in field 'text' "
        "(its keys: headline, body; give --parser json:text=KEY)"
    )
    path = tmp_path / name
    result = CliRunner().invoke(cli, ["build", str(path), "--parser", "json:text=body", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output  # the broken one skipped
    assert "no usable record" not in result.output


def test_a_json_error_has_one_form_in_a_document_and_in_a_line(tmp_path: Path) -> None:
    # json's own form (message: place); a line of JSON Lines is named by its label.
    document = _skipped(tmp_path, "story.json", '{"title": "Ferry" "text": "Sailed."}')
    assert document.endswith("story.json: invalid JSON: Expecting ',' delimiter: line 1 column 19")
    lines = '{"text": "The ferry sailed again on Friday."}\n{"title": "Ferry" "text": "x"}\n'
    path = tmp_path / "feed.jsonl"
    path.write_text(lines, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    (line,) = [line for line in result.output.splitlines() if "skipped" in line]
    assert line.endswith("feed.jsonl:2: invalid JSON: Expecting ',' delimiter: column 19")


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ('{"title": "Ferry", "text": "The island ferry sailed again on', "line 1 column 28"),
        ('{\n  "title": "Ferry",\n  "text": [\n', "line 4 column 1"),
    ],
)
def test_json_cut_short_says_invalid_json_and_where(tmp_path: Path, data: str, where: str) -> None:
    line = _skipped(tmp_path, "story.json", data)
    assert ": invalid JSON: " in line and line.endswith(f": {where}")


@pytest.mark.parametrize(
    ("data", "what"),
    [("[]\n", "an empty list, no record in it"), ('"The ferry sailed."', "a string")],
)
def test_json_without_records_says_what_it_holds(tmp_path: Path, data: str, what: str) -> None:
    line = _skipped(tmp_path, "ferries.json", data)
    assert line.endswith(
        f"skipped {tmp_path / 'ferries.json'}: {what} "
        "(expected a JSON object or a non-empty list of objects)"
    )


@pytest.mark.parametrize(
    "data",
    [
        "Council approves the new harbour wall after a long debate.\n",
        "Notes: the ferry timetable changes in May. " * 300,  # longer than the sniffed head
        # Broken near the start of a long document.
        '[{"title": "Ferry" "text": "x"}' + ', {"text": "The ferry sailed."}' * 400 + "]",
    ],
)
def test_a_json_file_of_prose_or_broken_json_says_invalid_json(tmp_path: Path, data: str) -> None:
    # Not "not in a shape the json parser reads": a file named .json is JSON that breaks here.
    line = _skipped(tmp_path, "notes.json", data)
    assert ": invalid JSON: " in line, line


def test_a_json_file_of_binary_data_says_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(bytes(range(1, 32)) * 40 + bytes(range(128, 256)) * 20)
    result = CliRunner().invoke(cli, ["build", str(path), "-q"])
    assert result.output.splitlines()[0].endswith("photo.json: binary data, not text")


def test_a_broken_feed_says_it_is_not_well_formed_xml(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Ferry & storm</title>'
        "<description>The island ferry sailed again</item></channel></rss>"
    )
    line = _skipped(tmp_path, "news.rss", feed)
    assert line.endswith(
        "no entry of the feed has text; not well-formed XML at line 1, column 86: invalid token"
    )


@pytest.mark.parametrize("count", [2, 200])  # within the sniffed head, and longer
def test_json_lines_whose_first_record_is_broken_keep_the_others(
    tmp_path: Path, count: int
) -> None:
    # A cut first line says where it breaks, as a bad line further down does; not the whole
    # input refused for it.
    lines = ['{"title": "Ferry", "text": "The ferry sailed'] + [
        f'{{"id": "pier-{n}", "text": "Crews at pier {n} lifted the old timber on Friday."}}'
        for n in range(count)
    ]
    line = _skipped(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    assert line.endswith("feed.jsonl:1: invalid JSON: Unterminated string starting at: column 28")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "feed.jsonl"), "-f", "json"])
    assert f"{count} document(s) used" in result.output
