"""The eml parser, installed through its entry point, on messages built as mailers build them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from email.message import EmailMessage
from importlib.metadata import version
from pathlib import Path

import pytest
from newsbrief_eml import html_text

import newsbrief

PLAIN = (
    "Ceasefire talks resume in Geneva\n\n"
    "Negotiators from both sides returned to Geneva on Monday for a third round of talks.\n\n"
    "The United Nations envoy said the “first priority” was a humanitarian corridor.\n\n"
    "Officials expect the talks to last at least a week, according to people briefed on them.\n"
)

HTML = (
    "<html><head><title>ignored</title><style>p {color: red}</style></head><body>"
    "<h1>Ceasefire talks resume in Geneva</h1>"
    "<p>Negotiators from both sides returned to Geneva on Monday for a third round of talks.</p>"
    "<script>alert('x')</script>"
    "<p>The United Nations envoy said the &ldquo;first priority&rdquo; was a corridor.</p>"
    "</body></html>"
)


def message(*, plain: str | None = PLAIN, markup: str | None = HTML) -> EmailMessage:
    """A newsletter as a mailer sends it: headers, a text part and/or an HTML alternative."""
    msg = EmailMessage()
    msg["From"] = "World Brief <news@worldbrief.example>"
    msg["To"] = "reader@example.org"
    msg["Subject"] = "Morning brief: Geneva talks — what to know"
    msg["Date"] = "Mon, 03 Jun 2024 23:30:00 -0400"
    msg["List-Archive"] = "<https://worldbrief.example/archive>"
    if plain is not None:
        msg.set_content(plain, cte="quoted-printable")
        if markup is not None:
            msg.add_alternative(markup, subtype="html")
    else:
        msg.set_content(markup, subtype="html", cte="base64")
    return msg


def write(tmp_path: Path, msg: EmailMessage, name: str = "brief.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(msg))
    return path


def test_plain_text_body_is_the_document_text(tmp_path) -> None:
    path = write(tmp_path, message())
    (document,) = newsbrief.load(str(path)).documents
    assert document.text == PLAIN
    meta = document.metadata
    assert meta.title == "Morning brief: Geneva talks — what to know"
    assert meta.outlet == "World Brief"
    # The day in the sender's time zone, not UTC's (which is already 4 June).
    assert meta.published == dt.date(2024, 6, 3)
    assert meta.url == "https://worldbrief.example/archive"
    assert meta.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta.source_path == str(path)


def test_sentences_of_a_briefing_are_verbatim_slices_of_the_body(tmp_path) -> None:
    briefing = newsbrief.build_briefing(newsbrief.load(str(write(tmp_path, message()))))
    assert briefing.summary
    for item in briefing.summary:
        s = item.sentence
        assert PLAIN[s.start : s.end] == s.text
    assert "Geneva" in " ".join(item.sentence.text for item in briefing.summary)


def test_html_only_message_is_read_through_the_html_path(tmp_path) -> None:
    (document,) = newsbrief.load(str(write(tmp_path, message(plain=None)))).documents
    assert "Negotiators from both sides returned to Geneva" in document.text
    assert "“first priority”" in document.text
    assert "alert(" not in document.text
    assert "<p>" not in document.text
    assert document.metadata.title == "Morning brief: Geneva talks — what to know"


def test_html_text_fallback_keeps_paragraphs_and_drops_code() -> None:
    text = html_text(HTML)
    assert text.split("\n\n") == [
        "Ceasefire talks resume in Geneva",
        "Negotiators from both sides returned to Geneva on Monday for a third round of talks.",
        "The United Nations envoy said the “first priority” was a corridor.\n",
    ]


def test_a_message_without_extension_is_recognised_by_content(tmp_path) -> None:
    path = write(tmp_path, message(), name="saved-message")
    (document,) = newsbrief.load(str(path)).documents
    assert document.text == PLAIN


def test_a_file_that_is_not_a_message_is_skipped_with_a_reason(tmp_path) -> None:
    path = tmp_path / "notes.eml"
    path.write_text("just some notes, no headers at all\n", encoding="utf-8")
    corpus = newsbrief.load(str(path))
    assert corpus.documents == ()
    (skipped,) = corpus.skipped
    assert skipped.input == str(path)
    assert skipped.reason  # newsbrief's own one-line reason
    # Forced with --parser eml, the parser says why.
    with pytest.raises(newsbrief.InputError, match="not an e-mail message"):
        newsbrief.load(str(path), parser="eml", strict=True)


def test_command_line_and_plugins_listing(tmp_path) -> None:
    path = write(tmp_path, message())
    run = [sys.executable, "-m", "newsbrief"]
    built = subprocess.run(
        [*run, "build", str(path), "-f", "json"], capture_output=True, text=True, check=True
    )
    (source,) = json.loads(built.stdout)["sources"]
    assert source["outlet"] == "World Brief"
    listed = subprocess.run([*run, "plugins"], capture_output=True, text=True, check=True)
    plugin = {p["name"]: p for p in json.loads(listed.stdout)}["eml"]
    assert (plugin["distribution"], plugin["version"]) == (
        "newsbrief-eml",
        version("newsbrief-eml"),
    )
    assert plugin["parsers"] == ["eml"]


def test_options_are_declared_language_only(tmp_path) -> None:
    path = write(tmp_path, message())
    corpus = newsbrief.load(str(path), parser="eml:language=de", strict=True)
    assert corpus.documents[0].language == "de"
    with pytest.raises(newsbrief.NewsbriefError, match=r"did you mean 'language'\?"):
        newsbrief.load(str(path), parser="eml:langage=de", strict=True)
