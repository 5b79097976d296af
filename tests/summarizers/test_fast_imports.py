"""Listing the summarizers stays light: the fast ones import NumPy and SciPy only to rate."""

from __future__ import annotations

import ast
import subprocess
import sys


def heavy_modules_after(code: str) -> tuple[list[str], str]:
    """Which of NumPy, SciPy and sumy a fresh interpreter has imported after ``code``, and what
    the code printed."""
    probe = "\nimport sys\nprint(sorted(m for m in ('numpy', 'scipy', 'sumy') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code + probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    *printed, loaded = result.stdout.splitlines()
    return ast.literal_eval(loaded), "\n".join(printed)


def test_built_in_summarizers_register_without_numerical_libraries() -> None:
    loaded, _ = heavy_modules_after(
        "from newsbrief.summarizers.builtin import builtin_summarizers\n"
        "names = [s.name for s in builtin_summarizers()]\n"
        "assert 'edmundson' in names and 'sumy-edmundson' in names, names"
    )
    assert loaded == []


def test_newsbrief_list_loads_no_numerical_library() -> None:
    # Every built-in plugin registers (the default summarizer too) without NumPy or SciPy.
    loaded, printed = heavy_modules_after(
        "import sys\n"
        "from newsbrief.cli import main\n"
        "sys.argv = ['newsbrief', 'list']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass"
    )
    assert "summarizer newsbrief" in printed
    assert loaded == []
