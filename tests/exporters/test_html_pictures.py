"""The HTML page's pictures: the SVG timeline and the story map (no browser needed here).

The same pictures in a real Chromium are tested in ``test_html_browser.py``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsbrief
from newsbrief.exporters import svg_timeline
from newsbrief.exporters.svg_timeline import (
    MAX_LANES,
    WIDTH,
    PictureItem,
    period,
    placeable,
    timeline_svg,
)
from newsbrief.model import (
    Briefing,
    Document,
    Metadata,
    Section,
    Source,
    Story,
    TimelineEntry,
)

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = (
    '</svg><script>window.__pwned=1</script>"><img src=x onerror=alert(1)>&amp;\u202e\x07\uffff'
)


def picture_of(page: str) -> str | None:
    """The timeline SVG of an HTML page, as written."""
    found = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="tl".*?</svg>', page, re.S)
    return found[0] if found else None


def parse(svg: str) -> etree._Element:
    root = etree.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    return root


def marks(root: etree._Element) -> list[etree._Element]:
    """The item links of a picture."""
    return root.findall(f"{SVG}a")


def mark_classes(link: etree._Element) -> str:
    shapes = [el for el in link if "mark" in (el.get("class") or "")]
    assert len(shapes) == 1
    return shapes[0].get("class") or ""


def briefing_with(
    events: list[tuple[str, str, str]],
    stories: list[list[str]] | None = None,
    *,
    expected: set[int] = frozenset(),  # type: ignore[assignment]
    language: str = "en",
) -> Briefing:
    """A briefing whose timeline holds ``events`` (date value, document id, text)."""
    doc_ids = sorted({doc for _, doc, _ in events} | {d for s in stories or [] for d in s})
    documents, sources = [], []
    texts = {doc: " ".join(text for _, d, text in events if d == doc) or "Text." for doc in doc_ids}
    for number, doc in enumerate(doc_ids, start=1):
        text = texts[doc]
        metadata = Metadata(language=language)
        documents.append(
            Document(id=doc, text=text, sections=[Section(0, len(text))], metadata=metadata)
        )
        sources.append(Source(number, doc, title=f"Headline {doc}"))
    timeline = []
    for index, (value, doc, text) in enumerate(events):
        start = texts[doc].index(text)
        timeline.append(
            TimelineEntry(
                value,
                "day",
                text,
                doc,
                start,
                start + len(text),
                status="anticipated" if index in expected else "past",
            )
        )
    story_list = [
        Story(f"s{i + 1}", docs, f"Story {i + 1} label") for i, docs in enumerate(stories or [])
    ]
    return Briefing(documents=documents, stories=story_list, sources=sources, timeline=timeline)


def html(briefing: Briefing, **options: str) -> str:
    return newsbrief.export(briefing, "html", **options)


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-10-03", "2024-10-03", "2024-10-03"),
        ("2024-10-03T18:00Z", "2024-10-03", "2024-10-03"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-02-late", "2024-02-21", "2024-02-29"),
        ("2024-W25", "2024-06-17", "2024-06-23"),
        ("2024-2025-winter", "2024-12-01", "2025-02-28"),
        ("2022-spring", "2022-03-01", "2022-05-31"),
        ("1988-Q3", "1988-07-01", "1988-09-30"),
        ("2020-H2", "2020-07-01", "2020-12-31"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("199", "1990-01-01", "1999-12-31"),
        ("19", "1901-01-01", "2000-12-31"),
    ],
)
def test_every_date_value_covers_its_period(value: str, first: str, last: str) -> None:
    assert period(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["PRESENT_REF", "2024-13", "2024-02-30", "2024-W60", "0000", ""])
def test_values_without_a_calendar_reading_are_left_out(value: str) -> None:
    assert period(value) is None


# --- the picture in the page ---------------------------------------------------------------


def test_the_picture_is_an_accessible_self_contained_svg(rich_briefing: Briefing) -> None:
    page = html(rich_briefing, locale="en_GB")
    svg = picture_of(page)
    assert svg is not None
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "tl-title tl-desc"
    assert root.findtext(f"{SVG}title") == "Timeline at a glance"
    assert root.findtext(f"{SVG}desc").startswith("3 dated events from 28 June 2024 to ")
    assert re.fullmatch(r"0 0 360 \d+", root.get("viewBox") or "")
    # One linked item per timeline entry, each to an entry of the list that exists.
    listed = re.findall(r'<li id="(timeline-\d+)">', page)
    assert [a.get("href") for a in marks(root)] == [f"#{anchor}" for anchor in listed]
    assert len(listed) == len(rich_briefing.timeline)
    # Nothing that could load or run: only in-page links, no script, image, style or URL.
    assert not root.xpath(
        "//*[local-name()='script' or local-name()='image' or "
        "local-name()='use' or local-name()='foreignObject' or local-name()='style']"
    )
    hrefs = [el.get("href") for el in root.iter() if el.get("href") is not None]
    assert all(href.startswith("#timeline-") for href in hrefs)
    assert (
        "url(" not in svg
        and "xlink" not in svg
        and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    )
    # The page's CSP is untouched and still forbids any script or load.
    assert "default-src 'none'" in page and "<script" not in page


def test_items_take_their_story_s_colour_and_shape_and_expected_ones_are_hollow() -> None:
    briefing = briefing_with(
        [
            ("2024-01-05", "a", "Alpha one."),
            ("2024-02-05", "b", "Beta one."),
            ("2024-03-05", "c", "Gamma one."),
            ("2024-04-05", "a", "Alpha two."),
            ("2024-05-05", "z", "Nowhere."),
        ],
        [["a"], ["b"], ["c"]],
        expected={3},
    )
    root = parse(picture_of(html(briefing)) or "")
    classes = [mark_classes(link) for link in marks(root)]
    assert classes == [
        "mark s0",
        "mark s1",
        "mark s2",
        "mark s0 expected",
        "mark s-none",
    ]
    tags = [next(el for el in link if "mark" in el.get("class", "")).tag for link in marks(root)]
    # Colour is not the only cue: each story has its own marker shape.
    assert len({tags[0], tags[1], tags[2]}) == 3 and tags[0] == tags[3]
    page = html(briefing)
    legend = page.split('<ul class="legend">')[1].split("</ul>")[0]
    assert [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", legend)] == [
        "s1 Story 1 label",
        "s2 Story 2 label",
        "s3 Story 3 label",
        "Other",
        "hollow: expected",
    ]


def test_story_styles_differ_for_forty_stories() -> None:
    assert len({svg_timeline.story_style(i) for i in range(40)}) == 40


def test_hostile_text_stays_text_inside_the_svg() -> None:
    briefing = briefing_with([("2024-01-05", "a", f"Said {HOSTILE} today.")], [["a"]])
    briefing = Briefing(
        documents=briefing.documents,
        stories=[Story("s1", ["a"], f"Label {HOSTILE}")],
        sources=briefing.sources,
        timeline=briefing.timeline,
    )
    page = html(briefing)
    svg = picture_of(page)
    assert svg is not None and "<script" not in page
    root = parse(svg)  # well-formed: nothing broke out of an attribute or element
    assert len(marks(root)) == 1
    tooltip = marks(root)[0].findtext(f"{SVG}title") or ""
    assert "</svg><script>window.__pwned=1</script>" in tooltip
    # Controls are shown as U+FFFD; bidi overrides cannot reorder the tooltip's other parts.
    assert "\x07" not in tooltip and "\uffff" not in tooltip and "\ufffd" in tooltip
    assert "\u202e" not in tooltip and tooltip.count("\u2068") == tooltip.count("\u2069") == 3


def test_no_timeline_means_no_picture_and_no_crash(rich_briefing: Briefing) -> None:
    empty = Briefing(documents=[])
    assert picture_of(html(empty)) is None
    unplaceable = briefing_with([("PRESENT_REF", "a", "Now.")], [["a"]])
    page = html(unplaceable)
    assert picture_of(page) is None and '<li id="timeline-1">' in page
    assert timeline_svg([]) is None


def test_the_picture_follows_the_sections_option(rich_briefing: Briefing) -> None:
    assert picture_of(html(rich_briefing, sections="summary,sources")) is None
    assert 'class="storymap"' not in html(rich_briefing, sections="summary,timeline")


def test_pictures_false_gives_the_lists_only(rich_briefing: Briefing) -> None:
    page = html(rich_briefing, pictures="false")
    assert picture_of(page) is None and 'class="storymap"' not in page
    assert '<li id="timeline-1">' in page
    with pytest.raises(newsbrief.NewsbriefError, match="pictures"):
        html(rich_briefing, pictures="maybe")


def test_output_is_deterministic_across_processes(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import briefing_fixtures, newsbrief;"
        "print(newsbrief.export(briefing_fixtures.make_rich_briefing(), 'html'), end='')"
    )
    here = str(Path(__file__).parent)
    pages = {
        subprocess.run(
            [sys.executable, "-c", script, here],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(pages) == 1 and picture_of(pages.pop()) is not None


# --- the axis --------------------------------------------------------------------------------


def tick_labels(root: etree._Element) -> list[str]:
    return [t.text or "" for t in root.findall(f"{SVG}text")]


def items(values: list[str]) -> list[PictureItem]:
    return [
        PictureItem(f"timeline-{i + 1}", v, v, f"event {i}", i % 3) for i, v in enumerate(values)
    ]


def test_ticks_follow_the_span_from_days_to_centuries() -> None:
    days = tick_labels(parse(timeline_svg(items(["2024-03-01", "2024-03-04", "2024-03-06"])) or ""))
    # Days, the year on the first label only.
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, 2024", days[0])
    assert len(days) >= 3 and all(re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", d) for d in days[1:])
    months = tick_labels(
        parse(timeline_svg(items(["2024-01-10", "2024-04-20", "2024-06-01"])) or "")
    )
    assert months[0] == "Feb 2024" and {"Mar", "Apr", "May", "Jun"} <= set(months)
    years_across = tick_labels(parse(timeline_svg(items(["2023-11-10", "2024-02-20"])) or ""))
    assert "Jan 2024" in years_across  # a new year's month carries its year
    years = parse(timeline_svg(items(["1990", "2001", "2012", "2024"])) or "")
    assert all(label.isdigit() for label in tick_labels(years))
    centuries = parse(timeline_svg(items(["15", "17", "19"])) or "")
    assert all(label.isdigit() for label in tick_labels(centuries))


def test_long_empty_gaps_are_cut_out_with_a_break_mark() -> None:
    root = parse(
        timeline_svg(items(["2022-02-24", "2022-03-01", "2024-10-03", "2024-11-21"])) or ""
    )
    assert len(root.findall(f"{SVG}line[@class='break']")) == 2  # one mark, two strokes
    labels = tick_labels(root)
    assert any("2022" in label for label in labels) and any("2024" in label for label in labels)
    even = parse(timeline_svg(items(["2024-01-01", "2024-02-01", "2024-03-01"])) or "")
    assert not even.findall(f"{SVG}line[@class='break']")


def test_month_names_come_from_the_page_language() -> None:
    values = ["2024-01-10", "2024-04-20", "2024-06-01"]
    uk = parse(timeline_svg(items(values), words="uk") or "")
    assert uk.findtext(f"{SVG}title") == "Хронологія одним поглядом"
    assert any(re.search("[а-яі]", label) for label in tick_labels(uk))
    de = parse(timeline_svg(items(values), words="en", locale="de") or "")
    from babel.dates import format_skeleton

    march, may = (format_skeleton("MMM", dt.date(2024, m, 1), locale="de") for m in (3, 5))
    assert {"Feb. 2024", march, may} <= set(tick_labels(de)) and march != "Mar"


def test_right_to_left_languages_run_the_axis_right_to_left() -> None:
    values = [
        PictureItem(f"t{i}", v, v, "x", 0) for i, v in enumerate(["2024-01-01", "2024-06-01"])
    ]
    ltr = [float(c.get("cx")) for c in parse(timeline_svg(values) or "").iter(f"{SVG}circle")]
    rtl_svg = timeline_svg(values, words="ar", rtl=True)
    xs = [float(c.get("cx")) for c in parse(rtl_svg or "").iter(f"{SVG}circle")]
    assert ltr[0] < ltr[1] and xs[0] > xs[1]
    assert xs == [pytest.approx(WIDTH - x, abs=0.11) for x in ltr]
    page = html(
        briefing_with(
            [("2024-01-01", "a", "Alef."), ("2024-06-01", "a", "Bet.")], [["a"]], language="ar"
        )
    )
    assert 'dir="rtl"' in page
    circles = [
        float(x)
        for x in re.findall(r'<circle class="mark s0" cx="([\d.]+)"', picture_of(page) or "")
    ]
    assert circles[0] > circles[1]


def test_many_items_on_one_day_stay_in_a_bounded_picture() -> None:
    svg = timeline_svg([PictureItem(f"t{i}", "2024-05-05", "x", "y", i) for i in range(300)])
    root = parse(svg or "")
    assert len(marks(root)) == 300
    height = int((root.get("viewBox") or "").split()[3])
    assert height <= 8 + MAX_LANES * 20 + 2 + 11 + 12


# --- properties ----------------------------------------------------------------------------

DATE_VALUES = st.one_of(
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat),
    st.dates(dt.date(1000, 1, 1), dt.date(9998, 12, 1)).map(lambda d: d.isoformat()[:7]),
    st.builds(lambda y, w: f"{y}-W{w:02d}", st.integers(1000, 9998), st.integers(1, 53)),
    st.builds(
        lambda y, s: f"{y}-{s}",
        st.integers(1000, 9998),
        st.sampled_from(["spring", "summer", "autumn", "winter", "Q1", "Q4", "H2"]),
    ),
    st.integers(100, 999).map(str),
    st.text(max_size=12),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(DATE_VALUES, st.text(), st.one_of(st.none(), st.integers(0, 50)), st.booleans()),
        max_size=25,
    ),
    st.sampled_from(["en", "uk", "fr", "ar", "zh"]),
)
def test_any_dates_and_titles_give_a_well_formed_picture(
    raw: list[tuple[str, str, int | None, bool]], words: str
) -> None:
    given_items = [
        PictureItem(f"timeline-{i + 1}", value, value, text, story, expected)
        for i, (value, text, story, expected) in enumerate(raw)
    ]
    svg = timeline_svg(given_items, words=words, rtl=words == "ar")
    if not placeable(given_items):
        assert svg is None
        return
    assert svg is not None and svg == timeline_svg(given_items, words=words, rtl=words == "ar")
    root = parse(svg)
    assert len(marks(root)) == len(placeable(given_items))
    for element in root.iter():
        for name in ("x", "cx", "x1", "x2"):
            if element.get(name) is not None:
                assert -1 <= float(element.get(name)) <= WIDTH + 1
    # Tick labels keep apart.
    texts = sorted(
        (float(t.get("x")), svg_timeline._label_width(t.text or ""))
        for t in root.iter(f"{SVG}text")
    )
    for (x0, w0), (x1, w1) in itertools.pairwise(texts):
        assert x1 - x0 >= (w0 + w1) / 2 - 1e-6


# --- the story map ---------------------------------------------------------------------------


def test_the_story_map_shows_each_story_s_articles_by_length() -> None:
    briefing = briefing_with(
        [
            ("2024-01-05", "a", "Alpha " * 30),
            ("2024-02-05", "b", "Beta " * 10),
            ("2024-03-05", "c", "G."),
        ],
        [["a", "b"], ["c"]],
    )
    page = html(briefing)
    story_map = page.split('<figure class="storymap"')[1].split("</figure>")[0]
    rows = re.findall(r"<li>(.*?)</li>", story_map)
    assert len(rows) == 2
    assert "2 articles, 40 words" in rows[0] and "1 article, 1 word" in rows[1]
    widths = re.findall(r'href="#source-(\d+)" style="width: calc\(([\d.]+)% - 2px\)"', story_map)
    assert widths == [("1", "75"), ("2", "25"), ("3", "2.5")]
    for number, _ in widths:
        assert f'<li id="source-{number}">' in page
    # Its marker matches the timeline's for the same story.
    assert 'class="mark s0"' in rows[0] and 'class="mark s1"' in rows[1]


def test_no_stories_no_story_map() -> None:
    assert 'class="storymap"' not in html(briefing_with([("2024-01-05", "a", "Alpha.")]))


def test_hostile_story_labels_stay_text_in_the_story_map() -> None:
    briefing = briefing_with([("2024-01-05", "a", "Alpha.")], [["a"]])
    briefing = Briefing(
        documents=briefing.documents,
        stories=[Story("s1", ["a"], f"Label {HOSTILE}")],
        sources=briefing.sources,
    )
    page = html(briefing)
    assert "<script" not in page and "&lt;/svg&gt;&lt;script&gt;" in page


def test_a_story_without_source_entries_still_shows_its_articles() -> None:
    text = "One two three four."
    briefing = Briefing(
        documents=[Document(id="a", text=text, sections=[Section(0, len(text))])],
        stories=[Story("s1", ["a", "missing"], None)],
    )
    story_map = html(briefing).split('<figure class="storymap"')[1].split("</figure>")[0]
    # The label falls back to the document ids; the unknown document is left out.
    assert "a, missing" in story_map and "1 article, 4 words" in story_map
    assert story_map.count('<span class="seg s0" style="width: calc(100% - 2px)"') == 1
