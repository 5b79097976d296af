"""Dependencies are declared exactly: what ``src/`` imports is what ``pyproject.toml`` declares.

Every third-party module the package imports (function-level imports included) maps, through
``importlib.metadata.packages_distributions``, to a distribution that ``pyproject.toml``
declares: in ``dependencies``, or, for the few optional features, in their extra. Every core
dependency is imported somewhere, and no distribution is declared twice.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "newsbrief"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: Third-party modules used only by an optional feature, and the extra that installs them.
OPTIONAL = {
    # Story briefings on a Dask cluster (``--scheduler``).
    "distributed": "dask",
    # ROUGE with py-rouge's stemmer (benchmarks, evaluation).
    "rouge": "bench",
    # pymorphy3's Ukrainian dictionary (its package declares GPLv3; without it the hand rules).
    "pymorphy3_dicts_uk": "uk",
    # The pytest plugin module is loaded by pytest itself (the ``pytest11`` entry point).
    "pytest": "test",
}


def normalise(requirement: str) -> str:
    """A requirement's distribution name, normalised as PEP 503 does (``PyYAML`` -> ``pyyaml``)."""
    name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert name, requirement
    return re.sub(r"[-_.]+", "-", name.group(0)).lower()


def declared(requirements: list[str]) -> list[str]:
    """The distributions of ``requirements``, the project's own extras left out."""
    names = [normalise(r) for r in requirements]
    return [name for name in names if name != normalise(PROJECT["name"])]


def _guarded(tree: ast.Module) -> set[ast.AST]:
    """Imports under ``if TYPE_CHECKING`` or in a ``try`` that handles ``ImportError``."""
    nodes: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            nodes.update(ast.walk(node))
        elif isinstance(node, ast.Try) and any(
            handler.type is not None
            and re.search(r"\b(?:ImportError|ModuleNotFoundError)\b", ast.unparse(handler.type))
            for handler in node.handlers
        ):
            for statement in node.body:
                nodes.update(ast.walk(statement))
    return nodes


def third_party_imports() -> Iterator[tuple[str, str, bool]]:
    """``(top-level module, file, guarded)`` for every import of a third-party module in src/."""
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = _guarded(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in ("newsbrief", "__future__"):
                    continue
                yield top, str(path.relative_to(ROOT)), node in guarded


IMPORTS = list(third_party_imports())
DISTRIBUTIONS = importlib.metadata.packages_distributions()
CORE = declared(PROJECT["dependencies"])
EXTRAS = {extra: declared(reqs) for extra, reqs in PROJECT["optional-dependencies"].items()}


def distributions_of(module: str) -> set[str]:
    return {normalise(name) for name in DISTRIBUTIONS.get(module, [])}


def test_the_scan_finds_imports_at_every_level() -> None:
    modules = {module for module, _, _ in IMPORTS}
    assert {"attrs", "numpy", "lxml", "click"} <= modules  # lxml: inside a function
    assert any(guarded for _, _, guarded in IMPORTS)


@pytest.mark.parametrize(
    "module", sorted({module for module, _, guarded in IMPORTS if not guarded})
)
def test_every_imported_distribution_is_declared(module: str) -> None:
    where = sorted({path for name, path, _ in IMPORTS if name == module})
    provided = distributions_of(module)
    assert provided, f"{module} (imported by {where[0]}) is not installed by any distribution"
    if module in OPTIONAL:
        extra = OPTIONAL[module]
        assert provided & set(EXTRAS[extra]), f"{module}: declare it in the {extra!r} extra"
    else:
        assert provided & set(CORE), (
            f"{module} is imported by {', '.join(where)} but {sorted(provided)} is not in "
            "[project] dependencies"
        )


def test_every_core_dependency_is_imported() -> None:
    imported = set().union(*(distributions_of(module) for module, _, _ in IMPORTS))
    assert sorted(set(CORE) - imported) == []


def test_no_distribution_is_declared_twice() -> None:
    assert len(set(CORE)) == len(CORE)
    for extra, names in EXTRAS.items():
        assert len(set(names)) == len(names), extra
        assert not set(names) & set(CORE), f"{extra} repeats a core dependency"
