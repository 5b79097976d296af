"""Refresh the screenshots of the seeds' HTML briefing that the docs show.

Run from the checkout (Debian's ``chromium`` and ``chromium-driver`` and the ``test`` extra
installed)::

    python docs/img/make_screenshot.py

It builds ``seeds/`` with the CLI, as the README does, opens the page in the same headless
Chromium the tests use (``tests/exporters/chromium.py``) and writes:

* ``docs/img/seeds-briefing.png``: the top of the page on a desktop, light colours;
* ``docs/img/seeds-briefing-phone-dark.png``: the timeline section with its picture on a
  360-pixel phone in dark mode (``prefers-color-scheme: dark``, emulated).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "exporters"))

from chromium import (  # noqa: E402
    CHROMEDRIVER,
    CHROMIUM,
    capture,
    screenshot,
    set_color_scheme,
    set_width,
    start_chromium,
)

DESKTOP = ROOT / "docs" / "img" / "seeds-briefing.png"
PHONE_DARK = ROOT / "docs" / "img" / "seeds-briefing-phone-dark.png"


def main() -> int:
    """Build the seeds' page and write both screenshots; 1 with a message when it cannot."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        print(f"needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "seeds.html"
        built = subprocess.run(
            [sys.executable, "-m", "newsbrief", "build", "seeds/", "-o", str(page)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            print(f"newsbrief build seeds/ failed:\n{built.stderr.strip()}")
            return 1
        driver = start_chromium(CHROMIUM, CHROMEDRIVER, Path(folder) / "profile")
        try:
            driver.get(page.as_uri())
            screenshot(driver, DESKTOP, max_height=2400)
            set_width(driver, 360)
            set_color_scheme(driver, "dark")
            driver.get(page.as_uri())
            top, bottom = driver.execute_script(
                "const box = document.querySelector('#timeline').getBoundingClientRect();"
                "const figure = document.querySelector('#timeline figure.picture');"
                "return [box.top + scrollY, figure.getBoundingClientRect().bottom + scrollY]"
            )
            # The timeline's heading, picture and legend, and the first entries of its list.
            shot = capture(driver, {"x": 0, "y": top, "width": 360, "height": bottom - top + 160})
            PHONE_DARK.write_bytes(shot)
        finally:
            driver.quit()
    print(f"wrote {DESKTOP.relative_to(ROOT)} and {PHONE_DARK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
