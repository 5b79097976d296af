"""Listing the summarizers stays light: the fast ones import NumPy and SciPy only to rate."""

from __future__ import annotations

import subprocess
import sys


def test_built_in_summarizers_register_without_numerical_libraries() -> None:
    code = (
        "import sys\n"
        "from newsbrief.summarizers.builtin import builtin_summarizers\n"
        "names = [s.name for s in builtin_summarizers()]\n"
        "assert 'edmundson' in names and 'sumy-edmundson' in names, names\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'sumy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_newsbrief_list_loads_no_numerical_library() -> None:
    # Every built-in plugin registers (the default summarizer too) without NumPy or SciPy.
    code = (
        "import sys\n"
        "from newsbrief.cli import main\n"
        "sys.argv = ['newsbrief', 'list']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'sumy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "newsbrief " in result.stdout  # the default summarizer is listed
    assert result.stdout.splitlines()[-1] == "[]"
