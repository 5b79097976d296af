"""The declared plugin surface: what plugins, examples and the docs may import, and what it holds.

Plugin authors get two modules, ``newsbrief`` (running briefings) and ``newsbrief.plugin_api``
(writing components); everything else is internal and may change in any release. The plugins
shipped in ``plugins/``, the examples and every Python code block of the docs are what authors
copy, so they must import only from those two: a test fails when one reaches into an internal
module (``from newsbrief.exporters.common import outline``, or ``newsbrief.plugins.get_host()``).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

import newsbrief
import newsbrief.plugin_api as plugin_api

ROOT = Path(__file__).resolve().parents[1]
#: The modules a plugin, an example or the docs may import from.
PUBLIC_MODULES = frozenset({"newsbrief", "newsbrief.plugin_api"})
_FENCE = re.compile(r"^( *)```(\w*)[^\n]*\n(.*?)^\1```", re.M | re.S)
_PROMPT = re.compile(r"^(?:>>> |\.\.\. ?)", re.M)


def python_sources() -> list[tuple[str, str]]:
    """``(where, code)`` of every plugin source file, example and Python block of the docs."""
    found = []
    for path in sorted(ROOT.glob("plugins/*/src/**/*.py")) + sorted(ROOT.glob("examples/**/*.py")):
        found.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
    for page in sorted((ROOT / "docs").glob("**/*.md")):
        text = page.read_text(encoding="utf-8")
        for block in _FENCE.finditer(text):
            if block.group(2) in ("python", "py", "pycon"):
                line = text.count("\n", 0, block.start()) + 1
                code = "\n".join(row[len(block.group(1)) :] for row in block.group(3).splitlines())
                found.append((f"{page.relative_to(ROOT)}:{line}", _PROMPT.sub("", code)))
    return found


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def internal_uses(code: str) -> list[str]:
    """The internal ``newsbrief`` modules ``code`` imports from or reaches through attributes."""
    tree = ast.parse(code)
    used = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "newsbrief"
            and _is_module(f"newsbrief.{node.attr}")
        ):
            modules = [f"newsbrief.{node.attr}"]
        else:
            continue
        used += [m for m in modules if m.split(".")[0] == "newsbrief" and m not in PUBLIC_MODULES]
    return used


SOURCES = python_sources()


def test_the_scan_sees_plugins_examples_and_docs() -> None:
    places = {where.split("/")[0] for where, _ in SOURCES}
    assert places == {"plugins", "examples", "docs"}
    assert any(where.startswith("docs/plugins/") for where, _ in SOURCES)


@pytest.mark.parametrize(("where", "code"), SOURCES, ids=[where for where, _ in SOURCES])
def test_imports_only_the_public_modules(where: str, code: str) -> None:
    assert internal_uses(code) == [], (
        f"{where} uses internal modules; import from newsbrief or newsbrief.plugin_api"
    )


def test_the_check_catches_internal_imports() -> None:
    assert internal_uses("from newsbrief.exporters.common import outline") == [
        "newsbrief.exporters.common"
    ]
    assert internal_uses("import newsbrief.nlp.tokens") == ["newsbrief.nlp.tokens"]
    assert internal_uses("import newsbrief\nnewsbrief.plugins.get_host()") == ["newsbrief.plugins"]
    assert internal_uses("import newsbrief\nnewsbrief.load('x')") == []
    assert internal_uses("from newsbrief.plugin_api import terms\nimport newsbrief_docx") == []


@pytest.mark.parametrize("module", [newsbrief, plugin_api], ids=lambda m: m.__name__)
def test_every_declared_name_exists_and_is_documented(module) -> None:
    assert len(set(module.__all__)) == len(module.__all__)
    for name in module.__all__:
        value = getattr(module, name)
        if name.startswith("__") or not callable(value):
            continue
        assert (getattr(value, "__doc__", None) or "").strip(), f"{module.__name__}.{name}"


def test_plugin_api_holds_what_the_shipped_plugins_use() -> None:
    # The contracts, the model, the option spec, the hook marker and the helpers.
    for name in (
        "Parser",
        "Summarizer",
        "Exporter",
        "Annotator",
        "AnnotationContext",
        "Analysis",
        "Document",
        "Annotation",
        "RawInput",
        "Option",
        "OptionSpec",
        "hookimpl",
        "terms",
        "count_words",
        "BudgetCounter",
        "select_items",
        "assemble",
        "outline",
        "overview",
        "check_options",
        "locale_option",
    ):
        assert name in plugin_api.__all__, name
    assert plugin_api.hookimpl is newsbrief.hookimpl
    assert plugin_api.Document is newsbrief.Document


def test_importing_the_plugin_api_loads_no_numerical_library() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, newsbrief.plugin_api as api\n"
        "print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))\n"
        "print(api.Analysis.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "Analysis"]


@pytest.mark.parametrize("module", [newsbrief, plugin_api], ids=["newsbrief", "plugin_api"])
def test_dir_lists_every_declared_name_before_its_first_use(module) -> None:
    # Completion and help() read dir(); names imported on first use belong there too.
    assert set(module.__all__) <= set(dir(module))
