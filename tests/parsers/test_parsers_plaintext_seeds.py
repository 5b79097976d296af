"""The plain-text parser on the five seed articles: metadata, sections, noise, headings."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re

import pytest

from newsbrief.model import Document, SpanKind
from newsbrief.parsers.decoding import decode
from newsbrief.parsers.plaintext import PlainTextParser

PARSER = PlainTextParser()

#: Strings that are page furniture, per seed: each must lie wholly inside a removed span.
NOISE = {
    "000": [
        "ua en ru",
        "Photo: Deputy Pentagon Press Secretary Sabrina Singh (Getty Images)",
        "Author: Bohdan Babaiev",
    ],
    "001": ["date 2024-10-04"],
    "002": [
        "March 2, 2022",
        "Can you volunteer to defend Ukraine against Russian invasion? What US government says",
        "What are vacuum bombs? Ukraine ambassador says Russia used them during invasion",
        "Most in US oppose Russia invading Ukraine — and American military action, polls show",
        "‘Complete chaos.’ California couple narrowly escapes Ukraine with newborn daughter",
        "©2022 The Charlotte Observer. Visit charlotteobserver.com. "
        "Distributed by Tribune Content Agency, LLC.",
    ],
    "003": [
        "July 2nd, 2024 - by Tyler Durden / ZeroHedge",
        "Tyler Durden / ZeroHedge",
        "(July 1, 2024) — ",
        "(June 28, 2024) — ",
        "Defense Post",
        "Map of energy sites impacted by Ukraine-Russia conflict.",
    ],
    "004": [
        "date 2024-11-26",
        "WATCH TV LIVE",
        "Tuesday, 26 November 2024 07:32 PM EST",
        "© AFP 2024",
    ],
}

#: Subheadings per seed.
HEADINGS = {
    "000": ["NATO assistance in intercepting enemy targets over Ukraine"],
    "001": ["What Zelensky offered to NATO"],
    "002": [],
    "003": ["Critical Energy Situation"],
    "004": [],
}


def parse_seed(seed, number: str) -> Document:
    (document,) = PARSER.parse(seed(number))
    return document


def removed_text(document: Document, kind: str | None = None) -> list[str]:
    return [
        span.text(document.text) for span in document.removed if kind is None or span.kind == kind
    ]


def is_removed(document: Document, needle: str, start: int = 0) -> bool:
    """Whether every occurrence of ``needle`` lies inside one removed span."""
    found = False
    for match in re.finditer(re.escape(needle), document.text[start:]):
        begin, end = match.start() + start, match.end() + start
        if not any(span.start <= begin and end <= span.end for span in document.removed):
            return False
        found = True
    return found


def body(document: Document) -> str:
    """The text with removed spans and headings blanked out: what summarizers may select."""
    chars = list(document.text)
    for span in (*document.removed, *document.headings):
        chars[span.start : span.end] = " " * len(span)
    return "".join(chars)


SEEDS = ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("number", SEEDS)
def test_text_is_the_decoded_input_and_provenance_is_recorded(seed, number):
    raw = seed(number)
    document = parse_seed(seed, number)
    assert document.text == decode(raw)[0] == raw.data.decode("utf-8")
    assert document.id == raw.doc_id
    assert document.metadata.sha256 == hashlib.sha256(raw.data).hexdigest()
    assert document.metadata.source_path == raw.path
    assert document.metadata.encoding == "utf-8"
    assert document.metadata.language == "en"


@pytest.mark.parametrize("number", SEEDS)
def test_spans_are_within_bounds_and_disjoint(seed, number):
    document = parse_seed(seed, number)
    spans = sorted((*document.removed, *document.headings))
    for span in spans:
        assert 0 <= span.start < span.end <= len(document.text)
        assert not span.text(document.text)[0].isspace()
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start, (first, second)
    for section in document.sections:
        assert 0 <= section.start < section.end <= len(document.text)


@pytest.mark.parametrize("number", SEEDS)
def test_noise_is_removed(seed, number):
    document = parse_seed(seed, number)
    for needle in NOISE[number]:
        assert is_removed(document, needle), needle


@pytest.mark.parametrize("number", SEEDS)
def test_headings(seed, number):
    document = parse_seed(seed, number)
    assert [span.text(document.text) for span in document.headings] == HEADINGS[number]
    assert all(span.kind == SpanKind.HEADING for span in document.headings)


@pytest.mark.parametrize("number", SEEDS)
def test_body_is_only_article_prose(seed, number):
    document = parse_seed(seed, number)
    text = body(document)
    for needle in ("ua en ru", "WATCH TV LIVE", "Photo:", "©", "Author:", "Steven S", " Share\n"):
        assert needle not in text
    for line in text.splitlines():
        line = line.strip()
        # Every line left is a paragraph of prose: punctuated at its end, or long.
        assert not line or line[-1] in '.!?"”’:' or len(line) > 200, line


def test_seed_000(seed):
    document = parse_seed(seed, "000")
    metadata = document.metadata
    assert metadata.title == (
        "NATO countries not to intercept missiles and drones over Ukraine - Pentagon"
    )
    assert metadata.author == "Bohdan Babaiev"
    assert metadata.published is None
    assert len(document.sections) == 1
    assert removed_text(document, SpanKind.LANGUAGE_SWITCHER) == ["ua en ru"]
    assert removed_text(document, SpanKind.BYLINE) == ["Author: Bohdan Babaiev"]
    (caption,) = removed_text(document, SpanKind.CAPTION)
    assert caption.startswith(metadata.title) and caption.endswith("(Getty Images)")


def test_seed_001(seed):
    """The first line is a one-sentence lead after the ``date`` prefix; the headline is the
    line under it (line 3), and the lead stays prose."""
    document = parse_seed(seed, "001")
    assert document.metadata.published == dt.date(2024, 10, 4)
    assert document.metadata.title == "The Pentagon did not like Zelensky's idea"
    assert removed_text(document, SpanKind.METADATA) == [
        "date 2024-10-04 ",
        "The Pentagon did not like Zelensky's idea",
    ]
    # Only the trailing word goes, not the sentence before it.
    assert removed_text(document, SpanKind.PROMO) == ["Share"]
    share = next(span for span in document.removed if span.kind == SpanKind.PROMO)
    assert document.text[share.start - len("said. ") : share.start] == "said. "
    assert document.text.startswith(" date 2024-10-04 The US Department of Defense")


def test_seed_002(seed):
    document = parse_seed(seed, "002")
    metadata = document.metadata
    assert metadata.title == (
        "Why Won’t NATO Deploy Troops to Ukraine or Set Up a No-Fly Zone? Here’s What to Know"
    )
    assert metadata.published == dt.date(2022, 3, 2)
    assert metadata.outlet == "The Charlotte Observer"
    assert metadata.distributor == "Tribune Content Agency"
    (links,) = removed_text(document, SpanKind.LINK_LIST)
    assert links.startswith("Can you volunteer") and links.endswith("newborn daughter")
    assert "Reuters reported." not in links
    assert len(removed_text(document, SpanKind.COPYRIGHT)) == 1


def test_seed_003_page_metadata(seed):
    metadata = parse_seed(seed, "003").metadata
    assert metadata.title == "NATO to Push for No-Fly-Zone Escalation in Ukraine"
    assert metadata.published == dt.date(2024, 7, 2)
    assert metadata.author == "Tyler Durden"
    assert metadata.outlet == "ZeroHedge"


def test_seed_003_two_articles(seed):
    document = parse_seed(seed, "003")
    first, second = document.sections
    text = document.text
    assert text[first.start :].startswith("NATO Mulls Imposing\nNo-Fly Zone Over Western Ukraine")
    assert text[second.start :].startswith("Kyiv Pushes Allies to Create")
    assert first.end == second.start
    assert first.metadata.title == "NATO Mulls Imposing No-Fly Zone Over Western Ukraine"
    assert first.metadata.published == dt.date(2024, 7, 1)
    assert (first.metadata.author, first.metadata.outlet) == ("Tyler Durden", "ZeroHedge")
    assert second.metadata.title == "Kyiv Pushes Allies to Create No-Fly Zone in Western Ukraine"
    assert second.metadata.published == dt.date(2024, 6, 28)
    assert second.metadata.outlet == "Defense Post"
    # Section metadata falls back to the page's for what a section does not say.
    offset = text.index("Lacking sufficient anti-aircraft")
    assert document.section_metadata(offset).language == "en"
    assert document.section_metadata(offset).outlet == "Defense Post"


def test_seed_003_reader_comment(seed):
    document = parse_seed(seed, "003")
    (comment,) = removed_text(document, SpanKind.COMMENT)
    assert comment.startswith("Steven S\u00a0— Apparently")
    assert comment.endswith("approached the Yalu river.")
    assert document.text.rstrip().endswith(comment)
    # The comment belongs to neither article.
    assert document.sections[-1].end <= document.text.index("Steven S")


def test_seed_003_wrapped_headlines_are_one_span(seed):
    document = parse_seed(seed, "003")
    titles = removed_text(document, SpanKind.METADATA)
    assert "NATO Mulls Imposing\nNo-Fly Zone Over Western Ukraine" in titles
    assert "Kyiv Pushes Allies to Create\nNo-Fly Zone in Western Ukraine" in titles


def test_seed_004(seed):
    document = parse_seed(seed, "004")
    metadata = document.metadata
    assert metadata.published == dt.date(2024, 11, 26)
    assert metadata.title == "NATO Vows Ukraine Backing After Russian Missile 'Intimidation'"
    assert metadata.outlet == "AFP"
    assert removed_text(document, SpanKind.PROMO) == ["WATCH TV LIVE"]
    assert removed_text(document, SpanKind.COPYRIGHT) == ["© AFP 2024"]
