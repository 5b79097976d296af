"""Council-news articles to feed the command line, and the command run on a real terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import tempfile
from pathlib import Path

TOWNS = ["Ashford", "Brampton", "Carlow", "Dunmore", "Elgin", "Fenwick", "Garth", "Hexham"]
TOPICS = ["bus depot", "swimming pool", "market hall", "cycle lane", "fire station", "park"]


def article(number: int, cost: str = "") -> str:
    """A short plain-text article (title, blank line, body), different for each ``number``;
    ``cost`` (e.g. ``"$20 million"``) is written as what the plan costs."""
    town, topic = TOWNS[number % len(TOWNS)], TOPICS[number % len(TOPICS)]
    costing = f" costing {cost}" if cost else ""
    return (
        f"{town} approves new {topic}\n\n"
        f"Councillors in {town} approved plans for a new {topic}{costing} on Monday after a "
        f"public consultation drew {100 + number} responses. Work on the {topic} is due to start "
        f"in the autumn and should take about {number + 2} months. Residents near the site said "
        "they welcomed the plan but asked for quieter building work at weekends.\n"
    )


def on_terminal(
    *args: str, cwd: Path | None = None, stdout_too: bool = False
) -> tuple[int, str, str]:
    """``newsbrief ARGS`` with stderr (and stdout, ``stdout_too``) on a pseudo-terminal:
    ``(exit code, what the terminal showed, stdout when it was piped)``."""
    controller, terminal = pty.openpty()
    # A file, not a pipe, for stdout: a full pipe would block the child while the terminal
    # is read to its end.
    with tempfile.TemporaryFile() as stdout:
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "newsbrief", *args],
                stdout=terminal if stdout_too else stdout,
                stderr=terminal,
                stdin=subprocess.DEVNULL,
                cwd=cwd,
            )
        finally:
            os.close(terminal)
        shown = _read_to_end(controller)
        process.wait(timeout=120)
        stdout.seek(0)
        out = stdout.read().decode()
    return process.returncode, shown, out


def _read_to_end(controller: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    return b"".join(chunks).decode(errors="replace")
