"""The HTML briefing in a real headless Chromium: visible, inert, offline, phone- and print-ready.

Set ``NEWSBRIEF_UPDATE_SCREENSHOT=1`` to also refresh ``docs/img/seeds-briefing.png`` from the
seeds' briefing.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from briefing_fixtures import EVIL_IMG, EVIL_SCRIPT

import newsbrief
from newsbrief.model import Briefing

ROOT = Path(__file__).resolve().parents[2]
DOCS_SCREENSHOT = ROOT / "docs" / "img" / "seeds-briefing.png"
SECTIONS = ["summary", "timeline", "quotes", "entities", "stories", "sources", "notes"]
PNG = b"\x89PNG\r\n\x1a\n"


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


def screenshot(driver: Any, path: Path, max_height: float | None = None) -> Path:
    """A PNG of the whole page (not just the viewport), or of its top ``max_height`` pixels."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    height = min(size["height"], max_height or size["height"])
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": height, "scale": 1},
        },
    )
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.read_bytes().startswith(PNG)
    return path


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
    # The docs show the top of the page at a size that stays readable.
    top = screenshot(browser, tmp_path / "seeds-top.png", max_height=2400)
    if os.environ.get("NEWSBRIEF_UPDATE_SCREENSHOT", "") not in ("", "0"):
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(top, DOCS_SCREENSHOT)
