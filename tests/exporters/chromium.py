"""Headless Chromium through selenium, for the HTML tests and ``docs/img/make_screenshot.py``.

The browser is Debian's ``chromium`` with its ``chromium-driver``. Selenium is pointed at the
system chromedriver and told to stay offline (``SE_OFFLINE``), so selenium-manager never
downloads a driver or a browser.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PNG = b"\x89PNG\r\n\x1a\n"

#: Flags for a quiet, private, offline browser: no sandbox (we run as root in containers),
#: nothing fetched in the background, no first-run page, no QUIC probes. No scrollbars: a
#: screenshot beyond the viewport drops the scrollbar, and the page would reflow under it.
CHROMIUM_FLAGS = (
    "--headless",
    "--hide-scrollbars",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--window-size=1000,900",
)


def start_chromium(chromium: Path, chromedriver: Path, profile: Path) -> Any:
    """A selenium WebDriver on a fresh headless Chromium profile, with network logging on.

    Raises ImportError without selenium, and whatever selenium raises when the browser does
    not start.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never go online
    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    # The performance log carries the DevTools Network events: every request the page makes.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=str(chromedriver)), options=options)


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


def capture(driver: Any, clip: dict[str, float]) -> bytes:
    """A PNG of the page region ``clip`` (``x``, ``y``, ``width``, ``height`` in CSS pixels)."""
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True, "clip": {**clip, "scale": 1}},
    )
    return base64.b64decode(shot["data"])


def set_color_scheme(driver: Any, scheme: str) -> None:
    """Emulate ``prefers-color-scheme: scheme`` (``dark``, ``light``; ``""`` to stop)."""
    features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})


def set_width(driver: Any, width: int, height: int = 800, *, mobile: bool = True) -> None:
    """Emulate a screen ``width`` CSS pixels wide (a phone when ``mobile``)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def png_pixels(data: bytes) -> Any:
    """The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes) as a numpy
    array of shape (height, width, channels), decoded by hand: no imaging library needed."""
    import struct
    import zlib

    import numpy as np

    assert data.startswith(PNG), "not a PNG"
    position, chunks, header = len(PNG), [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG"
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(b"".join(chunks))
    rows = np.zeros((height, stride), dtype=np.int32)
    previous = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1).astype(np.int32)
        if kind == 2:  # Up
            line = (line + previous) % 256
        elif kind in (1, 3, 4):  # Sub, Average, Paeth: each byte depends on the one before
            out = line.copy()
            for x in range(stride):
                left = out[x - channels] if x >= channels else 0
                up = previous[x]
                if kind == 1:
                    base = left
                elif kind == 3:
                    base = (left + up) // 2
                else:
                    corner = previous[x - channels] if x >= channels else 0
                    guess = left + up - corner
                    pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                    base = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                out[x] = (out[x] + base) % 256
            line = out
        rows[y] = line
        previous = line
    return rows.reshape(height, width, channels).astype(np.uint8)
