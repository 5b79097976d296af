"""Small things a reader sees first: ``newsbrief list`` lines up, and an HTML page's ``lang``
carries the region of the locale it was written for."""

from __future__ import annotations

import re

from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli

STORY = (
    "The county council approved the new cycle lanes on Tuesday. Work will start in May and "
    "take six weeks. Shop owners on the high street asked for loading bays to be kept.\n"
)


def test_list_descriptions_start_in_one_column_however_long_the_name() -> None:
    result = CliRunner().invoke(cli, ["list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(len(line.split()[1]) > 12 for line in lines)  # sumy-edmundson
    starts = {re.match(r"\S+\s+\S+\s+", line).end() for line in lines}  # type: ignore[union-attr]
    assert len(starts) == 1, sorted(starts)


def test_html_lang_is_the_locale_as_a_bcp47_tag() -> None:
    briefing = newsbrief.build_briefing([newsbrief.Document.from_text(STORY, id="lanes")])
    british = newsbrief.export(briefing, "html", locale="en_GB")
    plain = newsbrief.export(briefing, "html")
    assert isinstance(british, str) and isinstance(plain, str)
    assert '<html lang="en-GB">' in british
    assert '<html lang="en">' in plain


def test_html_lang_puts_the_script_before_the_region() -> None:
    briefing = newsbrief.build_briefing([newsbrief.Document.from_text(STORY, id="lanes")])
    serbian = newsbrief.export(briefing, "html", locale="sr_Latn_RS")
    assert isinstance(serbian, str)
    assert '<html lang="sr-Latn-RS"' in serbian
