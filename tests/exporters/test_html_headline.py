"""The HTML page's headline line ("Latest: ..."), as the Markdown and text briefings give it."""

from __future__ import annotations

import html
from pathlib import Path

import attrs
import pytest
from briefing_fixtures import EVIL_IMG, EVIL_SCRIPT
from test_html_exporter import Page

import newsbrief
from newsbrief.model import Briefing


@pytest.fixture(scope="module")
def seed_briefing() -> Briefing:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return newsbrief.build_briefing(newsbrief.load(str(seeds)))


def _latest(page: str) -> str:
    """The ``<p class="latest">`` element of ``page`` (which must have exactly one)."""
    assert page.count('<p class="latest">') == 1, page
    return '<p class="latest">' + page.split('<p class="latest">')[1].split("</p>")[0] + "</p>"


def test_the_seed_page_has_the_markdown_headline_cited(seed_briefing: Briefing) -> None:
    markdown = newsbrief.export(seed_briefing, "markdown")
    line = next(line for line in markdown.splitlines() if line.startswith("**Latest:**"))
    page = newsbrief.export(seed_briefing, "html")
    latest = _latest(page)
    # Same words, same citation, in the header under the overview and before the sections.
    assert page.index('<p class="overview">') < page.index(latest) < page.index("<main>")
    shown = Page(latest).visible()
    assert shown.startswith("Latest: NATO Vows Ukraine Backing")
    assert shown == line.replace("**", "").replace("\\", "")
    assert latest.endswith('<a class="cite" href="#source-6">[6]</a></p>')
    assert 'id="source-6"' in page


def test_the_headline_takes_the_pages_language(seed_briefing: Briefing) -> None:
    page = newsbrief.export(seed_briefing, "html", locale="uk")
    latest = _latest(page)
    assert latest.startswith('<p class="latest"><strong>Найновіше:</strong> <span lang="en">')
    assert "26 листопада 2024" in latest
    # Without the summary there is no headline, as in Markdown.
    assert '<p class="latest">' not in newsbrief.export(
        seed_briefing, "html", sections="sources,notes"
    )


def test_hostile_headline_text_is_escaped(rich_briefing: Briefing) -> None:
    hostile = f"Drones {EVIL_SCRIPT} over {EVIL_IMG}"
    sources = tuple(
        attrs.evolve(s, title=hostile, outlet="<b>Post</b>") if s.number == 1 else s
        for s in rich_briefing.sources
    )
    page = newsbrief.export(attrs.evolve(rich_briefing, sources=sources), "html")
    latest = _latest(page)
    assert "<script" not in latest and "<img" not in latest and "<b>" not in latest
    assert html.escape(hostile) in latest
    assert Page(latest).visible() == f"Latest: {hostile} — <b>Post</b>, 2024-10-04 [1]"
