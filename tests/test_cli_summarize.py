"""``newsbrief summarize``: what its help promises is what it does."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief import api
from newsbrief.cli import cli

#: Fourteen different sentences about one harbour: more than any default budget.
HARBOUR = [
    "The harbour council met on Tuesday to discuss the new ferry timetable.",
    "Fishermen asked for longer opening hours at the northern quay.",
    "The mayor said the budget for repairs would be doubled next spring.",
    "Two cranes at the container terminal have been idle since March.",
    "A survey found that most residents want a cycle path along the water.",
    "The ferry company plans to add an evening crossing in the summer.",
    "Council engineers warned that the old sea wall needs urgent work.",
    "Local shops reported more visitors after the market moved to the pier.",
    "The harbour master expects cruise ships to return in larger numbers.",
    "Environmental groups want the dredging postponed until autumn.",
    "A new fish auction hall will open on the eastern side next year.",
    "Parking near the terminal will be free for residents on weekends.",
    "The council will publish the final timetable at the end of the month.",
    "Several speakers praised the volunteers who clean the beaches each week.",
]


def _article(tmp_path: Path, name: str, sentences: list[str]) -> Path:
    article = tmp_path / name
    article.write_text(" ".join(sentences) + "\n", encoding="utf-8")
    return article


def test_summarize_prints_as_many_sentences_as_its_help_says_by_default(tmp_path: Path) -> None:
    article = _article(tmp_path, "harbour.txt", HARBOUR)
    runner = CliRunner()
    help_text = runner.invoke(cli, ["summarize", "--help"], terminal_width=200).output
    default = re.search(r"Length budget in sentences \[default: (\d+)\]", help_text)
    assert default is not None, help_text

    result = runner.invoke(cli, ["summarize", str(article)])

    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == int(default.group(1)) == 10


def test_summarize_takes_its_default_from_the_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One number for the command and the API: changing the API's changes what the command prints.
    article = _article(tmp_path, "harbour.txt", HARBOUR)
    default = inspect.signature(api.summarize).parameters["sentences"].default
    assert default == api.SUMMARY_SENTENCES
    monkeypatch.setattr(api, "SUMMARY_SENTENCES", 3)

    result = CliRunner().invoke(cli, ["summarize", str(article)])

    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 3


#: An interview page that repeats its key paragraph and holds one-word answers.
INTERVIEW = [
    "The minister defended the plan to build a second bridge across the river.",
    "Traffic on the old bridge has doubled in ten years, according to the city.",
    "Will the new bridge carry trains?",
    "Yes.",
    "Will it be finished before the election?",
    "No.",
    "The minister said the second bridge across the river would cut traffic on the old bridge.",
    "Construction of the new bridge is expected to start next spring and last three years.",
    "Residents near the river worry about noise from the building site during the works.",
    "The minister said the second bridge across the river would cut traffic on the old bridge.",
    "Critics say the money would be better spent on buses and on repairing the old bridge.",
]


def _interview(tmp_path: Path) -> Path:
    return _article(tmp_path, "interview.txt", INTERVIEW)


def test_summarize_never_prints_the_same_sentence_twice(tmp_path: Path) -> None:
    for name in ("lexrank", "textrank", "luhn"):
        result = CliRunner().invoke(
            cli, ["summarize", str(_interview(tmp_path)), "--summarizer", name]
        )
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert lines and len(lines) == len(set(lines)), (name, lines)


def test_a_word_budget_is_not_filled_with_empty_one_word_answers(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["summarize", str(_interview(tmp_path)), "--summarizer", "lexrank", "--words", "40"],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines and not {"Yes.", "No."} & set(lines), lines


def test_a_text_of_fragments_alone_is_still_summarized(tmp_path: Path) -> None:
    article = _article(tmp_path, "answers.txt", ["Yes.", "No.", "Maybe."])
    result = CliRunner().invoke(cli, ["summarize", str(article), "--summarizer", "lexrank"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["Yes.", "No.", "Maybe."]


def test_summarize_refuses_a_folder_in_one_line(tmp_path: Path) -> None:
    _article(tmp_path, "harbour.txt", HARBOUR)
    result = CliRunner().invoke(cli, ["summarize", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: {tmp_path} is a folder: summarize reads one file (newsbrief build reads a folder)"
    ]
