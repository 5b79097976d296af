"""``newsbrief --help``, ``--version`` and ``list`` import the command line, not the pipeline.

Checked by what a fresh interpreter has imported (``sys.modules``), not by timing: the
pipeline, the API module and NumPy cost most of a start (docs/performance.md, start-up).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief

#: What none of the three commands needs.
PIPELINE = ("newsbrief.api", "newsbrief.pipeline", "numpy", "scipy")
#: What --help and --version need neither: language data, annotators, exporters.
LANGUAGE_WORK = ("newsbrief.languages", "newsbrief.annotators.dates", "newsbrief.exporters.html")


def imported_by(*args: str) -> tuple[set[str], str]:
    """The modules a fresh ``newsbrief ARGS`` (through the console script's entry point) has
    imported when it exits, and what it printed."""
    probe = (
        "import sys\n"
        "from newsbrief.cli import main\n"
        f"sys.argv = ['newsbrief', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(sys.modules))"
    )
    # The tree under test, whatever the interpreter's own installation points to.
    source = str(Path(newsbrief.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": source}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    *printed, modules = result.stdout.splitlines()
    return set(ast.literal_eval(modules)), "\n".join(printed)


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_neither_pipeline_nor_language_data(option: str) -> None:
    modules, printed = imported_by(option)

    assert printed.strip(), "printed nothing"
    assert not modules & {*PIPELINE, *LANGUAGE_WORK}


def test_version_imports_not_even_the_model() -> None:
    # The version needs neither the plugin host nor the attrs classes of the model.
    modules, printed = imported_by("--version")

    assert printed.startswith("newsbrief, version ")
    assert not modules & {"newsbrief.model", "newsbrief.plugins", "attrs"}


def test_help_still_lists_the_plugin_commands() -> None:
    # The built-in plugin commands (schema, extract) are listed without importing the pipeline.
    modules, printed = imported_by("--help")

    assert "extract" in printed and "schema" in printed
    assert "newsbrief.pipeline" not in modules


def test_list_imports_the_components_but_not_the_pipeline() -> None:
    modules, printed = imported_by("list")

    assert "exporter   html" in printed
    assert not modules & set(PIPELINE)


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run in a fresh interpreter that imports this checkout's newsbrief."""
    env = {**os.environ, "PYTHONPATH": str(Path(newsbrief.__file__).resolve().parents[1])}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_every_public_name_is_there_in_a_fresh_process() -> None:
    # The package imports its names on first use: each resolves, with no import cycle, and
    # every public name has its module named.
    assert set(newsbrief.__all__) == set(newsbrief._LAZY)
    probe = "import newsbrief\nfor name in newsbrief.__all__:\n    getattr(newsbrief, name)\n"
    for first in ("from_json", "build_briefing", "hookimpl", "load", "__version__"):
        result = _python(f"from newsbrief import {first}\n{probe}")
        assert result.returncode == 0, result.stderr


def test_a_submodule_is_there_after_importing_only_the_package() -> None:
    # As when the package imported its modules eagerly; a name that is neither is still an error.
    probe = (
        "import newsbrief\n"
        "assert newsbrief.pipeline.segmented is newsbrief.pipeline.analyse.segmented\n"
        "assert not hasattr(newsbrief, 'no_such_module')\n"
    )
    result = _python(probe)
    assert result.returncode == 0, result.stderr


#: Threads that first use public names of the pipeline at once, each from another module of it;
#: a finder that only waits a moment before each of newsbrief's modules makes their imports
#: overlap, as they may on a busy machine.
CONCURRENT_FIRST_USE = """
import sys, threading, time

class Slow:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("newsbrief."):
            time.sleep(0.003)
        return None

sys.meta_path.insert(0, Slow())
import newsbrief

names = ["build_story_briefings", "load", "export", "load_distributed", "from_json", "Analysis"]
errors = []
start = threading.Barrier(len(names))

def use(name):
    start.wait()
    try:
        getattr(newsbrief, name)
    except Exception as error:
        errors.append(f"{name}: {error!r}")

threads = [threading.Thread(target=use, args=(name,)) for name in names]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert not errors, errors
"""


def _runs_three_times(script: str) -> None:
    """Run ``script`` in a fresh interpreter three times (a race shows in some runs only); each
    run must end cleanly."""
    for _ in range(3):
        result = _python(script)
        assert result.returncode == 0, result.stderr[-2000:]


def test_threads_may_first_use_public_names_at_once() -> None:
    # Each name imports its module on first use; at once in several threads they must not
    # deadlock on the pipeline's import locks (they did: _DeadlockError, partial modules).
    _runs_three_times(CONCURRENT_FIRST_USE)


#: The public modules themselves imported at once in threads (``import newsbrief.scaling``
#: beside ``import newsbrief.distributed``): each locked a module of the pipeline before importing
#: the pipeline package, which imports that module (a half-made module in 8 runs of 10).
CONCURRENT_MODULES = """
import importlib, sys, threading, time

class Slow:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("newsbrief."):
            time.sleep(0.003)
        return None

sys.meta_path.insert(0, Slow())
modules = ["newsbrief.scaling", "newsbrief.distributed", "newsbrief.pipeline"]
errors = []
start = threading.Barrier(len(modules))

def load(name):
    start.wait()
    try:
        importlib.import_module(name)
    except Exception as error:
        errors.append(f"{name}: {error!r}")

threads = [threading.Thread(target=load, args=(name,)) for name in modules]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert not errors, errors
"""


def test_threads_may_first_import_the_public_modules_at_once() -> None:
    _runs_three_times(CONCURRENT_MODULES)
