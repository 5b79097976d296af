"""The HTML briefing in a real headless Chromium: visible, inert, offline, phone- and print-ready,
with its timeline picture and story map painted (on a desktop, a 360-pixel phone, in dark mode).

The screenshots in the docs come from ``docs/img/make_screenshot.py``, which drives the same
browser (``chromium.py``).
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from briefing_fixtures import EVIL_IMG, EVIL_SCRIPT
from chromium import capture, png_pixels, screenshot, set_color_scheme, set_width

import newsbrief
from newsbrief.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["summary", "timeline", "quotes", "entities", "stories", "sources", "notes"]


def open_page(driver: Any, path: Path) -> list[str]:
    """Load ``path`` and return the URL of every request made for it (the page included).

    The DevTools Network events are read from the performance log. Requests of the browser's
    own pages (the ``chrome://`` new-tab page a fresh profile opens) are not the page's.
    """
    driver.get("about:blank")
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get(path.as_uri())
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        params = message["params"]
        if not params.get("documentURL", "").startswith("chrome://"):
            requests.append(params["request"]["url"])
    return requests


def assert_offline(driver: Any, path: Path, requests: list[str]) -> None:
    assert set(requests) <= {path.as_uri()}, f"the page made requests: {requests}"
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def assert_visible(driver: Any, selector: str) -> None:
    from selenium.webdriver.common.by import By

    element = driver.find_element(By.CSS_SELECTOR, selector)
    assert element.is_displayed(), f"{selector} is not displayed"
    assert element.size["width"] > 0 and element.size["height"] > 0, f"{selector} has no size"


@pytest.fixture
def rich_page(rich_briefing: Briefing, tmp_path: Path) -> Path:
    path = tmp_path / "briefing.html"
    path.write_text(newsbrief.export(rich_briefing, "html", locale="en_GB"), encoding="utf-8")
    return path


def test_sections_show_and_nothing_runs_or_loads(browser: Any, rich_page: Path) -> None:
    requests = open_page(browser, rich_page)
    assert browser.title.startswith("Air defence <i>briefing</i>")
    for selector in ["header h1", "p.overview", *(f"section#{key}" for key in SECTIONS)]:
        assert_visible(browser, selector)
    assert_visible(browser, "footer.made")
    # No script ran: neither the <script> nor the onerror handler in the article text.
    assert browser.execute_script("return window.__pwned") is None
    assert (
        browser.execute_script(
            "return document.querySelectorAll('script, img, iframe, object, embed, link').length"
        )
        == 0
    )
    summary = browser.execute_script("return document.querySelector('#summary').innerText")
    assert f"The memo read {EVIL_SCRIPT} and {EVIL_IMG} in full." in summary
    assert_offline(browser, rich_page, requests)
    screenshot(browser, rich_page.with_suffix(".png"))


def test_citations_jump_to_the_source_list(browser: Any, rich_page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, rich_page)
    browser.find_element(By.CSS_SELECTOR, "#summary a.cite[href='#source-2']").click()
    assert browser.execute_script("return location.hash") == "#source-2"
    target = browser.execute_script("return document.querySelector(':target').id")
    assert target == "source-2"
    # The cited source is highlighted and really in view.
    assert browser.execute_script(
        "const r = document.getElementById('source-2').getBoundingClientRect();"
        "return r.top >= 0 && r.top < window.innerHeight"
    )


def test_reads_on_a_phone(browser: Any, rich_page: Path) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True},
    )
    try:
        open_page(browser, rich_page)
        assert browser.execute_script("return window.innerWidth") == 390
        # Nothing is wider than the screen: no sideways scrolling.
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
        size = browser.execute_script(
            "return parseFloat(getComputedStyle(document.querySelector('#summary li')).fontSize)"
        )
        assert size >= 15
        for key in SECTIONS:
            assert_visible(browser, f"section#{key}")
        screenshot(browser, rich_page.with_name("phone.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_prints(browser: Any, rich_page: Path, tmp_path: Path) -> None:
    open_page(browser, rich_page)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.execute_script(
            "return document.querySelector('nav.toc').getClientRects().length"
        )
        for key in SECTIONS:
            assert_visible(browser, f"section#{key}")
        after = browser.execute_script(
            "return getComputedStyle(document.querySelector('#source-1 a'), '::after').content"
        )
        assert "https://example.com/nato?a=1&b=2" in after
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF")
    (tmp_path / "briefing.pdf").write_bytes(data)


def test_the_seeds_briefing_built_by_the_cli(browser: Any, seeds_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "seeds.html"
    # Run from the checkout with a relative path, as the README does, so sources show seeds/...
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", "seeds/", "-o", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=seeds_dir.parent,
    )
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    requests = open_page(browser, path)
    for selector in ["header h1", "section#summary", "section#sources", "section#notes"]:
        assert_visible(browser, selector)
    assert browser.execute_script("return document.querySelectorAll('#summary li').length") > 0
    cited = browser.execute_script(
        "return [...document.querySelectorAll('a.cite')].map(a => a.hash.slice(1))"
    )
    assert cited and all(
        browser.execute_script("return !!document.getElementById(arguments[0])", c) for c in cited
    )
    assert_offline(browser, path, requests)
    screenshot(browser, tmp_path / "seeds.png")


# --- the pictures: the SVG timeline and the story map ------------------------------------------

#: Background of the page in light and dark mode (``--paper``).
PAPER = {"light": (255, 255, 255), "dark": (24, 25, 27)}


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' briefing as the CLI writes it, with its timeline picture and story map."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.html"
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", "seeds/", "-o", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return path


def _rgb(css: str) -> tuple[int, int, int]:
    """``rgb(1, 2, 3)`` or ``#010203`` as a triple."""
    css = css.strip()
    if css.startswith("#"):
        return (int(css[1:3], 16), int(css[3:5], 16), int(css[5:7], 16))
    r, g, b = (int(float(part)) for part in css[css.index("(") + 1 : -1].split(",")[:3])
    return (r, g, b)


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(rgb: tuple[int, int, int]) -> float:
        channels = [c / 255 for c in rgb]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def assert_picture(driver: Any, scheme: str = "light") -> dict[str, Any]:
    """Fail unless the timeline picture is really painted on the loaded page: there, sized,
    inside the screen, one mark per timeline entry, drawn in the story colours (each with
    enough contrast on the page's background), its labels readable, and its region of a
    screenshot not blank. Returns what it measured."""
    box = driver.execute_script(
        "const svg = document.querySelector('#timeline svg.tl');"
        "if (!svg) return null;"
        "const r = svg.getBoundingClientRect();"
        "return {x: r.left, y: r.top + scrollY, width: r.width, height: r.height,"
        " screen: innerWidth, marks: svg.querySelectorAll('a .mark').length,"
        " entries: document.querySelectorAll('#timeline ol.timeline li').length,"
        " label: Math.min(...[...svg.querySelectorAll('text.tick')]"
        "   .map(t => t.getBoundingClientRect().height)),"
        " fills: [...new Set([...svg.querySelectorAll('a .mark:not(.expected)')]"
        "   .map(m => getComputedStyle(m).fill))],"
        " stories: new Set([...svg.querySelectorAll('a .mark:not(.expected)')]"
        "   .map(m => m.getAttribute('class'))).size,"
        " background: getComputedStyle(document.body).backgroundColor}"
    )
    assert box is not None, "the timeline picture is missing"
    assert box["width"] >= min(300, box["screen"] * 0.8), f"the picture is too narrow: {box}"
    assert box["height"] >= 60, f"the picture is too flat: {box}"
    assert box["x"] >= 0 and box["x"] + box["width"] <= box["screen"], f"off screen: {box}"
    assert box["marks"] == box["entries"] > 0, box
    assert box["label"] >= 8, f"axis labels are too small to read: {box}"
    background = _rgb(box["background"])
    assert background == PAPER[scheme]
    fills = [_rgb(fill) for fill in box["fills"]]
    assert box["stories"] >= 2, "the seeds' timeline spans several stories"
    assert len(fills) == box["stories"], f"items are not coloured by story: {box['fills']}"
    for fill in fills:
        assert _contrast(fill, background) >= 3, f"{fill} on {background} is too faint"
    # The painted region: not blank, and the story colours really show in it.
    region = {"x": box["x"], "y": box["y"], "width": box["width"], "height": box["height"]}
    pixels = png_pixels(capture(driver, region))[:, :, :3].reshape(-1, 3).astype(int)
    painted = (abs(pixels - background).sum(axis=1) > 30).mean()
    assert painted > 0.01, f"the picture's region is blank ({painted:.2%} painted)"
    for fill in fills:
        near = (abs(pixels - fill).sum(axis=1) < 24).sum()
        assert near >= 20, f"story colour {fill} is not painted ({near} pixels)"
    return {**box, "painted": painted}


def test_the_timeline_picture_in_chromium(browser: Any, seeds_page: Path, tmp_path: Path) -> None:
    open_page(browser, seeds_page)
    desktop = assert_picture(browser)
    assert desktop["marks"] >= 5  # every dated entry of the seeds' timeline (as many as listed)
    # Each item links to its entry, which exists.
    targets = browser.execute_script(
        "return [...document.querySelectorAll('svg.tl a')].map(a => a.getAttribute('href'))"
    )
    assert all(browser.execute_script(f"return !!document.querySelector('{t}')") for t in targets)
    # The story map: one row per story, one segment per source, each linking to its source.
    segments = browser.execute_script(
        "return [...document.querySelectorAll('#stories figure.storymap a.seg')]"
        ".map(a => [a.getAttribute('href'), a.getBoundingClientRect().width])"
    )
    sources = browser.execute_script("return document.querySelectorAll('#sources li').length")
    assert len(segments) == sources and all(width > 10 for _, width in segments)
    assert_visible(browser, "#stories figure.storymap")
    screenshot(browser, tmp_path / "desktop.png")


def test_the_pictures_on_a_phone_in_dark_mode(
    browser: Any, seeds_page: Path, tmp_path: Path
) -> None:
    try:
        set_width(browser, 360)
        set_color_scheme(browser, "dark")
        open_page(browser, seeds_page)
        assert browser.execute_script("return window.innerWidth") == 360
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
        phone = assert_picture(browser, "dark")
        assert phone["width"] <= 360
        # The story map's rows fit the screen too.
        widest = browser.execute_script(
            "return Math.max(...[...document.querySelectorAll('figure.storymap li')]"
            ".map(li => li.getBoundingClientRect().right))"
        )
        assert widest <= 360
        dark_fills = set(phone["fills"])
        screenshot(browser, tmp_path / "phone-dark.png")
        set_color_scheme(browser, "light")
        light = assert_picture(browser, "light")
        # Dark mode has its own story colours, not the light ones on a dark page.
        assert not dark_fills & set(light["fills"])
    finally:
        set_color_scheme(browser, "")
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        pytest.param(
            lambda page: re.sub(r"<svg[^>]*class=\"tl\".*?</svg>", "", page, flags=re.S),
            "is missing",
            id="no-picture",
        ),
        pytest.param(
            lambda page: page.replace("</style>", "svg.tl a { display: none; }</style>"),
            "not painted",
            id="no-marks",
        ),
        pytest.param(
            lambda page: page.replace("</style>", ".mark { fill: var(--paper); }</style>"),
            "faint|not coloured",
            id="uncoloured",
        ),
        pytest.param(
            lambda page: page.replace("</style>", "svg.tl { width: 40px; }</style>"),
            "too narrow",
            id="tiny",
        ),
        pytest.param(
            lambda page: page.replace("</style>", "svg.tl { visibility: hidden; }</style>"),
            "blank",
            id="invisible",
        ),
    ],
)
def test_the_picture_check_fails_without_a_picture(
    browser: Any, seeds_page: Path, tmp_path: Path, damage: Any, reason: str
) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text(damage(seeds_page.read_text(encoding="utf-8")), encoding="utf-8")
    open_page(browser, broken)
    with pytest.raises(AssertionError, match=reason):
        assert_picture(browser)
