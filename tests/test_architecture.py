"""The package's import graph: no cycles, and layers that only look down.

The graph is read from the source (the AST of every module), so imports inside functions count
as much as those at the top of a module: a cycle held open by a deferred import is still a
cycle. Imports under ``if TYPE_CHECKING:`` do not run and are left out. ``from pkg import name``
is an edge to ``pkg.name`` when that is a module, else to ``pkg`` (its ``__init__``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsbrief"

#: The layers, lowest first: a module may import its own layer's modules (within its own unit)
#: and any lower layer's, never a higher layer's. Each entry is a module or a package prefix.
LAYERS: tuple[tuple[str, ...], ...] = (
    # The model and what everything needs: no knowledge of any component.
    (
        "newsbrief._version",
        "newsbrief.defaults",
        "newsbrief.errors",
        "newsbrief.model",
        "newsbrief.registry",
        "newsbrief.options",
        "newsbrief.hookspecs",
    ),
    ("newsbrief.languages",),
    # Text analysis. The capitalised-name chunker, its furniture filter, its gazetteer and the
    # name keys of merging are text-level too: the shared analysis and story grouping read names
    # through them.
    (
        "newsbrief.nlp",
        "newsbrief.annotators.entities.chunker",
        "newsbrief.annotators.entities.furniture",
        "newsbrief.annotators.entities.gazetteer",
        "newsbrief.annotators.entities.merging",
    ),
    # Reading inputs: fetching and parsing are independent units (``fetch`` never imports a
    # parser; both take their ``RawInput`` from the model).
    ("newsbrief.fetch", "newsbrief.parsers", "newsbrief.evaluation"),
    ("newsbrief.inputs",),
    # The components: independent of one another.
    ("newsbrief.annotators", "newsbrief.stories", "newsbrief.summarizers"),
    ("newsbrief.sections",),
    ("newsbrief.exporters",),
    # The plugin machinery knows every kind of component.
    (
        "newsbrief.guard",
        "newsbrief.plugins",
        "newsbrief.default_plugins",
        "newsbrief.plugin_api",
    ),
    ("newsbrief.pipeline",),
    # The Python API and the older module names kept for it.
    (
        "newsbrief.api",
        "newsbrief.loading",
        "newsbrief.scaling",
        "newsbrief.distributed",
        "newsbrief.annotate",
    ),
    # What commands print on stderr besides their output: messages, the progress display.
    ("newsbrief.console",),
    ("newsbrief.cli", "newsbrief.commands", "newsbrief.pytest_plugin"),
    ("newsbrief", "newsbrief.__main__"),
)

#: Units of the same layer that must not import each other, beyond what the layers forbid.
#: Every pair of distinct entries of one layer is such a pair, except these allowed edges:
ALLOWED_WITHIN_LAYER: frozenset[tuple[str, str]] = frozenset(
    {
        # The model-level helpers build on the errors and the model.
        ("newsbrief.registry", "newsbrief.errors"),
        ("newsbrief.options", "newsbrief.errors"),
        ("newsbrief.options", "newsbrief.model"),
        ("newsbrief.hookspecs", "newsbrief.model"),
        # The name chunker is text-level (see LAYERS) and reads the language resources.
        ("newsbrief.annotators.entities.chunker", "newsbrief.nlp"),
        ("newsbrief.nlp", "newsbrief.annotators.entities.chunker"),
        ("newsbrief.nlp", "newsbrief.annotators.entities.gazetteer"),
        ("newsbrief.annotators.entities.chunker", "newsbrief.annotators.entities.gazetteer"),
        # The chunker refuses page furniture as it reads each region (words from the language).
        ("newsbrief.annotators.entities.chunker", "newsbrief.annotators.entities.furniture"),
        ("newsbrief.annotators.entities.furniture", "newsbrief.nlp"),
        ("newsbrief.annotators.entities.merging", "newsbrief.annotators.entities.chunker"),
        ("newsbrief.annotators.entities.merging", "newsbrief.annotators.entities.gazetteer"),
        # Plugin machinery: the host guards components and loads the default plugins.
        ("newsbrief.plugins", "newsbrief.guard"),
        ("newsbrief.plugin_api", "newsbrief.plugins"),
        ("newsbrief.plugin_api", "newsbrief.guard"),
        # The older module names are shims over the pipeline, the API uses its helpers.
        ("newsbrief.cli", "newsbrief.pytest_plugin"),
        # Built-in commands beyond build reuse build's options (registered as plugins).
        ("newsbrief.commands", "newsbrief.cli"),
        ("newsbrief.__main__", "newsbrief.cli"),
    }
)

#: Edges forbidden even though the layers allow them: ``(importer, imported, why)``. An importer
#: matches itself and its submodules ("newsbrief." matches every module but the root); an
#: imported name ending in "." matches every module under it, else only itself.
FORBIDDEN: tuple[tuple[str, str, str], ...] = (
    (
        "newsbrief.pipeline",
        "newsbrief.summarizers.",
        "the pipeline uses a summarizer through its protocol (summarizers.base) only",
    ),
    (
        "newsbrief.",
        "newsbrief",
        "nothing imports the package root (newsbrief._version holds the version)",
    ),
)
#: Targets FORBIDDEN does not cover: the summarizer protocol.
FORBIDDEN_EXCEPTIONS: frozenset[str] = frozenset({"newsbrief.summarizers.base"})
#: Known edges still to remove, each with the reason it is still there. Keep this short: an
#: entry here is a debt, and the test fails once the edge is gone so the entry goes too.
KNOWN_DEBTS: dict[tuple[str, str], str] = {}


def _modules() -> dict[str, tuple[Path, bool]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        modules[".".join(parts)] = (path, is_package)
    return modules


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    return skipped


def import_graph() -> dict[str, set[str]]:
    """``{module: modules of the package it imports}``, function-level imports included."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                submodules = [f"{base}.{alias.name}" for alias in node.names]
                targets.update([m for m in submodules if m in modules] or [base])
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _unit(module: str) -> tuple[int, str]:
    """The layer and the unit (the longest matching entry of LAYERS) of ``module``."""
    best: tuple[int, str] | None = None
    for level, entries in enumerate(LAYERS):
        for entry in entries:
            # The root entry is the package's ``__init__`` alone, not a prefix of every module.
            prefix = entry != "newsbrief" and module.startswith(entry + ".")
            if (module == entry or prefix) and (best is None or len(entry) > len(best[1])):
                best = (level, entry)
    assert best is not None, f"{module} is in no layer: add it to LAYERS"
    return best


def _edges(graph: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            yield source, target


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        _unit(module)


def test_the_import_graph_has_no_cycle() -> None:
    assert cycles(import_graph()) == []


def test_layers_only_look_down() -> None:
    wrong = []
    for source, target in _edges(import_graph()):
        (source_level, source_unit), (target_level, target_unit) = _unit(source), _unit(target)
        if source_unit == target_unit or target_level < source_level:
            continue
        if target_level > source_level:
            wrong.append(f"{source} -> {target} (imports a higher layer)")
        elif (source_unit, target_unit) not in ALLOWED_WITHIN_LAYER:
            wrong.append(f"{source} -> {target} ({source_unit} and {target_unit} are peers)")
    assert wrong == []


def _importer_matches(module: str, pattern: str) -> bool:
    if pattern.endswith("."):
        return module.startswith(pattern)
    return module == pattern or module.startswith(pattern + ".")


def _imported_matches(module: str, pattern: str) -> bool:
    return module.startswith(pattern) if pattern.endswith(".") else module == pattern


def test_no_forbidden_edge() -> None:
    wrong = [
        f"{source} -> {target}: {why}"
        for source, target in _edges(import_graph())
        for importer, imported, why in FORBIDDEN
        if _importer_matches(source, importer)
        and _imported_matches(target, imported)
        and target not in FORBIDDEN_EXCEPTIONS
        and (source, target) not in KNOWN_DEBTS
    ]
    assert wrong == []


def test_known_debts_are_still_owed() -> None:
    graph = import_graph()
    paid = [edge for edge in KNOWN_DEBTS if edge[1] not in graph.get(edge[0], set())]
    assert paid == [], "these edges are gone: remove them from KNOWN_DEBTS"


# The checker itself: a cycle through a function-level import is found, and TYPE_CHECKING
# imports are not edges.


def test_cycles_are_found_through_any_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_function_level_imports_are_edges(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "newsbrief"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text("def f():\n    from newsbrief import two\n")
    (package / "two.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from newsbrief.one import f\n"
        "from newsbrief.one import f as g\n"
    )
    monkeypatch.setattr(f"{__name__}.PACKAGE", package)
    graph = import_graph()
    assert graph["newsbrief.one"] == {"newsbrief.two"}
    assert graph["newsbrief.two"] == {"newsbrief.one"}
    assert cycles(graph) == [["newsbrief.one", "newsbrief.two"]]
