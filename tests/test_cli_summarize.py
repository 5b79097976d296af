"""``newsbrief summarize``: what its help promises is what it does."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

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


def test_summarize_prints_as_many_sentences_as_its_help_says_by_default(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(" ".join(HARBOUR) + "\n", encoding="utf-8")
    runner = CliRunner()
    help_text = runner.invoke(cli, ["summarize", "--help"], terminal_width=200).output
    default = re.search(r"Length budget in sentences \[default: (\d+)\]", help_text)
    assert default is not None, help_text

    result = runner.invoke(cli, ["summarize", str(article)])

    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == int(default.group(1)) == 10
