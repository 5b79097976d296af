"""Words a source printed without quotation marks (a transcript's turn, ``Ann Roe: We sail
at dawn.``) are shown without them (session 31): the JSON's ``quotes[]`` say ``quoted: false``,
and the Markdown, text and HTML briefings show the words and their speaker with no marks, which
would claim a quotation the text never made. Words in marks keep them.

The articles are written for these tests in the manner of broadcast transcripts; none is
copied."""

from __future__ import annotations

import json

import newsbrief
from helpers.transcripts import briefing_of

FERRY = (
    "The last ferry\n\n"
    "Transcript of a radio interview.\n\n"
    "Our reporter spoke to skipper Oskar Lindgren on the quay.\n\n"
    "Anna Berg: How many crossings do you make a day?\n\n"
    "Oskar Lindgren: Eleven in summer and four in winter when the ice comes in.\n\n"
    "Anna Berg: Who steers when you are ill?\n\n"
    "Oskar Lindgren: My sister steers, and I fix the engine when it stops.\n"
)
WORDS = "Eleven in summer and four in winter when the ice comes in."


def test_a_turn_without_marks_is_shown_without_them() -> None:
    briefing = briefing_of(FERRY)
    turns = [q for q in briefing.quotes if q.text == WORDS]
    assert [q.quoted for q in turns] == [False]
    data = json.loads(str(newsbrief.export(briefing, "json")))
    assert [q["quoted"] for q in data["quotes"] if q["text"] == WORDS] == [False]
    for form in ("markdown", "text"):
        shown = " ".join(str(newsbrief.export(briefing, form)).split())
        assert f"- {WORDS} — " in shown, form
        assert f"“{WORDS}”" not in shown, form
    html = str(newsbrief.export(briefing, "html"))
    assert f"<p>{WORDS}</p>" in html


def test_a_quote_in_marks_keeps_its_marks() -> None:
    text = (
        "Ferry service cut\n\n"
        '"We cannot run the night ferry with four crew members missing," said Captain '
        "Ingrid Solberg of the Nordvik line on Tuesday.\n"
    )
    briefing = briefing_of(text)
    assert [q.quoted for q in briefing.quotes] == [True]
    assert "“We cannot run the night ferry" in str(newsbrief.export(briefing, "markdown"))
    data = json.loads(str(newsbrief.export(briefing, "json")))
    assert [q["quoted"] for q in data["quotes"]] == [True]
