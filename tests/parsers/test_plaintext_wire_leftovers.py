"""Wire-copy leftovers of real pages: a dateline behind a stray ``|`` and a contributor credit
with the copyright notice on the same line stay out of the sentences (and the timeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from newsbrief.model import Document
from newsbrief.nlp.segmenter import segmented
from newsbrief.parsers.plaintext.metadata import match_credit, match_dateline

KABUL = """Afghan forces retake northern district from Taliban

| KABUL, Afghanistan (AP) -- Afghan forces on Sunday retook a district in the country's north from the Taliban, a provincial spokesman said.

The district of Dasht-e-Archi in Kunduz province had fallen to the insurgents on Friday, said Mahmood Danish, the spokesman.

Fighting continued on the outskirts of Kunduz city on Monday, according to local officials.

Associated Press writer Rahim Faiez in Kabul contributed to this story. © 2016 The Associated Press. All rights reserved.
"""  # noqa: E501


def _document(tmp_path: Path, text: str, name: str = "story.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segmented(newsbrief.load(str(path)).documents[0])


def _removed(document: Document) -> dict[str, str]:
    return {document.text[s.start : s.end]: s.kind for s in document.removed}


def test_a_dateline_behind_a_stray_bar_is_set_aside(tmp_path: Path) -> None:
    document = _document(tmp_path, KABUL)
    first = document.sentences[0].text
    assert first.startswith("Afghan forces on Sunday retook a district")
    assert _removed(document)["| KABUL, Afghanistan (AP) -- "] == "metadata"
    assert document.metadata.outlet == "AP"


def test_a_credit_and_its_copyright_notice_are_no_sentences(tmp_path: Path) -> None:
    document = _document(tmp_path, KABUL)
    texts = [sentence.text for sentence in document.sentences]
    assert texts[-1] == (
        "Fighting continued on the outskirts of Kunduz city on Monday, according to local "
        "officials."
    )
    assert not any("contributed" in text or "©" in text or "reserved" in text for text in texts)
    removed = _removed(document)
    credit = "Associated Press writer Rahim Faiez in Kabul contributed to this story."
    assert removed[credit] == "byline"
    assert removed["© 2016 The Associated Press. All rights reserved."] == "copyright"


def test_the_credit_reaches_no_timeline(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(KABUL, encoding="utf-8")
    briefing = newsbrief.build_briefing(newsbrief.load(str(tmp_path / "story.txt")), words=200)
    output = newsbrief.export(briefing, "markdown")
    assert isinstance(output, str)
    assert "contributed to this story" not in output
    assert "KABUL" not in output and "| " not in output.split("## Sources")[0]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Associated Press writer Rahim Faiez in Kabul contributed to this story.", True),
        ("AP writers Kathy Gannon and Amir Shah contributed to this report.", True),
        ("Jane Roe contributed reporting from Kyiv.", True),
        ("Reporting by Pavel Polityuk; Editing by Alex Richardson.", True),
        ("Contributing: Jane Roe, USA TODAY.", True),
        ("Reporting by the BBC showed that the ministry had known for months.", False),
        ("Poor harvests contributed to the rise in food prices, the ministry said.", False),
        ("Jane Roe contributed to this story. The talks resume on Monday.", False),
    ],
)
def test_what_counts_as_a_credit(line: str, credit: bool) -> None:
    assert (match_credit(line) is not None) is credit


def test_a_credit_keeps_the_copyright_holder() -> None:
    found = match_credit("Kyiv bureau contributed to this report. © 2024 Reuters")
    assert found is not None
    end, notice = found
    assert end == len("Kyiv bureau contributed to this report.")
    assert notice is not None and notice.outlet == "Reuters"


def test_stray_separators_before_other_datelines() -> None:
    for line, prefix in [
        ("| WASHINGTON (AP) — The Senate voted on Tuesday.", "| WASHINGTON (AP) — "),
        ("• KYIV, Ukraine (Reuters) - Ukraine said on Monday.", "• KYIV, Ukraine (Reuters) - "),
        ("|| (June 28, 2024) — The council met.", "|| (June 28, 2024) — "),
    ]:
        found = match_dateline(line)
        assert found is not None and line[: found.length] == prefix
    # A bar before prose that has no dateline is left alone.
    assert match_dateline("| The council met on Tuesday.") is None
