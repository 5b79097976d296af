"""Choosing a parser: every format's sniff score beats the others on its own inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.parsers.base import RawInput
from newsbrief.pipeline import choose_parser
from newsbrief.plugins import get_host

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ARTICLE = "Dock workers extended their strike on Wednesday, the union said.\n"

SAMPLES = {
    "html page": (FIXTURES / "article.html").read_bytes(),
    "xhtml page": (
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
        b' Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>'
        + ARTICLE.encode()
        + b"</p></body></html>"
    ),
    "html fragment": b"<div class='story'><p>" + ARTICLE.encode() + b"</p></div>",
    "rss": (FIXTURES / "wire.rss").read_bytes(),
    "atom": (FIXTURES / "wire.atom").read_bytes(),
    "rss 1.0": (
        b'<?xml version="1.0"?>\n<!-- exported -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
        b'02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>T</title>'
        b"<description>" + ARTICLE.encode() + b"</description></item></rdf:RDF>"
    ),
    "trec sgml": (FIXTURES / "duc_cluster.sgml").read_bytes(),
    "gigaword": (FIXTURES / "gigaword.xml").read_bytes(),
    "json": json.dumps({"text": ARTICLE, "title": "Strike"}).encode(),
    "jsonl": b'{"text": "One."}\n{"text": "Two."}\n',
    "markdown": (FIXTURES / "briefing_note.md").read_bytes().split(b"---\n# ", 1)[1],
    "front matter": (FIXTURES / "front_matter.txt").read_bytes(),
    "plain text": (SEEDS / next(SEEDS.glob("001_*.txt")).name).read_bytes(),
}

EXPECTED = {
    "html page": "html",
    "xhtml page": "html",
    "html fragment": "html",
    "rss": "feed",
    "atom": "feed",
    "rss 1.0": "feed",
    "trec sgml": "trec",
    "gigaword": "trec",
    "json": "json",
    "jsonl": "json",
    "markdown": "markdown",
    "front matter": "markdown",
    "plain text": "text",
}


def raw(data: bytes, name: str, media_type: str | None = None) -> RawInput:
    return RawInput(name=name, data=data, doc_id="input", media_type=media_type)


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_content_sniffing_picks_the_format_with_a_clear_margin(sample):
    data = SAMPLES[sample]
    parsers = [entry.component for entry in get_host().registry("parser").entries()]
    scores = sorted(((p.sniff(raw(data, "-")), p.name) for p in parsers), reverse=True)
    (best, name), (runner_up, _) = scores[0], scores[1]
    assert name == EXPECTED[sample], scores
    assert best - runner_up > 0.05, scores  # no near-ties
    assert choose_parser(raw(data, "-")).name == EXPECTED[sample]


@pytest.mark.parametrize(
    ("name", "sample", "expected"),
    [
        ("story.html", "html page", "html"),
        ("https://news.example/2025/03/strike", "html page", "html"),
        ("feed.xml", "rss", "feed"),
        ("https://news.example/feed", "atom", "feed"),
        ("archive.xml", "gigaword", "trec"),
        ("APW19990305.0117", "trec sgml", "trec"),
        ("cluster.txt", "trec sgml", "trec"),
        ("note.txt", "front matter", "markdown"),
        ("note.md", "markdown", "markdown"),
        ("story.txt", "plain text", "text"),
        ("story", "plain text", "text"),
        ("records.json", "json", "json"),
    ],
)
def test_extension_and_content_together(name, sample, expected):
    assert choose_parser(raw(SAMPLES[sample], name)).name == expected


def test_a_served_media_type_counts():
    data = ARTICLE.encode()  # no markup at all, but the server said it is HTML
    assert choose_parser(raw(data, "https://x.example/a", "text/html; charset=utf-8")).name == (
        "html"
    )


def test_every_seed_article_stays_with_the_plain_text_parser():
    for path in sorted(SEEDS.glob("*.txt")):
        data = path.read_bytes()
        assert choose_parser(raw(data, path.name)).name == "text", path.name
        assert choose_parser(raw(data, "-")).name == "text", path.name


def test_binary_and_empty_inputs_are_claimed_by_no_parser():
    parsers = [entry.component for entry in get_host().registry("parser").entries()]
    for data in (b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))):
        assert all(p.sniff(raw(data, "-")) == 0 for p in parsers if p.name != "html"), data
