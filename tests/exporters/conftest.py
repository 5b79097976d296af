"""A real headless Chromium for the HTML exporter's tests, driven by selenium.

The browser is Debian's ``chromium`` with its ``chromium-driver``; when missing they are installed
with apt-get (CI's ``.ci/run`` installs them up front). Selenium is pointed at the system
chromedriver and told to stay offline, so selenium-manager never downloads anything. Outside CI
a machine without the browser skips these tests; in CI (``CI=true``) it fails them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from briefing_fixtures import make_rich_briefing
from chromium import CHROMEDRIVER, CHROMIUM, start_chromium


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false")


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"headless Chromium is required in CI: {reason}", pytrace=False)
    pytest.skip(f"headless Chromium unavailable: {reason}")


def _install_chromium() -> str | None:
    """Install Debian's chromium and chromium-driver; the reason it failed, or ``None``."""
    if shutil.which("apt-get") is None:
        return "apt-get not found"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return "not root, cannot apt-get install chromium chromium-driver"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}"
    return None


@pytest.fixture(scope="session")
def chromium_binaries() -> tuple[Path, Path]:
    """Paths of chromium and chromedriver, installing them first when missing."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        failure = _install_chromium()
        if failure:
            _unavailable(failure)
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        _unavailable(f"{CHROMIUM} or {CHROMEDRIVER} missing after installing")
    return CHROMIUM, CHROMEDRIVER


@pytest.fixture(scope="session")
def browser(
    chromium_binaries: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """A selenium WebDriver on a fresh headless Chromium profile, with network logging on."""
    # selenium-manager must never go online looking for a driver or a browser.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")
        yield from _start_browser(chromium_binaries, tmp_path_factory)


def _start_browser(
    chromium_binaries: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    try:
        import selenium  # noqa: F401
    except ImportError as error:  # pragma: no cover - selenium is a test dependency
        _unavailable(f"selenium is not installed ({error})")
    chromium, chromedriver = chromium_binaries
    try:
        driver = start_chromium(chromium, chromedriver, tmp_path_factory.mktemp("chromium-profile"))
    except Exception as error:
        _unavailable(f"could not start {chromium}: {error}")
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def rich_briefing() -> Any:
    """A hand-made briefing with every section filled and hostile text in article fields."""
    return make_rich_briefing()
