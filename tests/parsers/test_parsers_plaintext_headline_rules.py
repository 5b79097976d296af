"""Headline rules of the plain-text parser: a date stamp before the headline, a headline that
ends with initials, and headlines that merely start with a number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.model import Document, SpanKind
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.plaintext import PlainTextParser

# The shape of the TAC 2011 MultiLing source texts (Wikinews): a stamped headline, the date
# written out, then the article. Written for these tests.
STAMPED = """2011/03/14 Power restored to parts of Sendai after the earthquake

Monday, March 14, 2011

Electricity returned to about half of the homes in Sendai on Monday, the regional utility said, \
three days after the earthquake cut supplies across northern Japan.

Crews worked through the night to repair lines along the coast.
"""


def _parse(text: str) -> tuple[str, Document]:
    raw = RawInput(name="story.txt", data=text.encode(), doc_id="story", path="story.txt")
    (document,) = PlainTextParser().parse(raw)
    return document.text, document


def test_a_date_stamp_before_the_headline_is_date_and_headline() -> None:
    text, document = _parse(STAMPED)
    assert document.metadata.title == "Power restored to parts of Sendai after the earthquake"
    assert document.metadata.published == dt.date(2011, 3, 14)
    stamp = next(span for span in document.removed if span.start == 0)
    assert stamp.kind == SpanKind.METADATA
    assert text[stamp.start : stamp.end].strip() == "2011/03/14"
    # The headline itself is set aside as metadata, as for an unstamped one.
    headline = text.index("Power restored")
    assert any(span.start == headline for span in document.removed)


@pytest.mark.parametrize(
    "stamp", ["2011/03/14", "2011-03-14", "March 14, 2011", "14 March 2011", "2011/3/14 08:30"]
)
def test_any_full_date_form_can_stamp_the_headline(stamp: str) -> None:
    _, document = _parse(STAMPED.replace("2011/03/14", stamp, 1))
    assert document.metadata.title == "Power restored to parts of Sendai after the earthquake"
    assert document.metadata.published == dt.date(2011, 3, 14)


def test_a_sentence_that_opens_with_a_date_is_left_alone() -> None:
    text = STAMPED.replace(
        "Power restored to parts of Sendai after the earthquake",
        "Power was restored to parts of Sendai on Monday, the utility said.",
    )
    _, document = _parse(text)
    assert document.metadata.title is None
    assert not any(span.start == 0 for span in document.removed)


@pytest.mark.parametrize(
    "headline",
    [
        "2008 Olympic Games officially open",
        "15 sailors seized at gunpoint by coastguards",
        "8.8 magnitude earthquake hits Chile",
        "7/7 survivors call for an inquiry",
    ],
)
def test_headlines_that_start_with_a_number_stay_whole(headline: str) -> None:
    _, document = _parse(
        STAMPED.replace(
            "2011/03/14 Power restored to parts of Sendai after the earthquake", headline
        )
    )
    assert document.metadata.title == headline
    assert document.metadata.published == dt.date(2011, 3, 14)  # from the written-out date


def test_a_headline_may_end_with_initials_but_a_later_sentence_is_no_heading() -> None:
    text = STAMPED.replace("after the earthquake\n", "after the earthquake in the U.S.\n", 1)
    text += "\nTalks were held in the U.S.\n\nMore crews are expected on Tuesday.\n"
    text_out, document = _parse(text)
    assert document.metadata.title.endswith("after the earthquake in the U.S.")
    talks = text_out.index("Talks were held")
    assert not any(span.start == talks for span in document.headings)


def test_tac_2011_stamped_headlines_are_read_by_the_cli(shared_dir: Path) -> None:
    sources = shared_dir / "data" / "tac2011-multiling-en" / "SourceTexts"
    files = sorted(sources.glob("*.english"))[:3]
    if not files:
        pytest.skip("no TAC 2011 source texts")
    stamped = [f for f in files if f.read_text(errors="replace")[:4].isdigit()]
    result = CliRunner().invoke(
        cli, ["build", *map(str, files), "-f", "text", "-O", "sections=sources", "-O", "width=400"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("[")]
    assert len(lines) == len(files)
    for path, line in zip(files, lines, strict=True):
        first = path.read_text(errors="replace").splitlines()[0]
        headline = first.split(" ", 1)[1] if path in stamped else first
        assert f"“{headline.strip()}”" in line
