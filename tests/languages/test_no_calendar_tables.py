"""Month and weekday names live in the language home only (issue 12).

Every string literal under ``src/newsbrief`` outside ``languages/`` is scanned (docstrings are
prose, not tables, and are skipped) for the full month and weekday names of every supported
language, as whole words.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsbrief
from newsbrief.languages import language, supported

SOURCE = Path(newsbrief.__file__).parent
HOME = SOURCE / "languages"
WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")

#: Calendar names that are also ordinary words in the strings newsbrief keeps: English ``may``
#: (the modal, in the page-furniture patterns) and ``Maj.`` (Major, a military rank; Polish,
#: Danish and Swedish for May). Anything else is a table that belongs in the language home.
EXEMPT = frozenset({"may", "maj"})


def _calendar_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in supported():
        lang = language(code)
        for word in (*lang.months, *lang.weekdays):
            names.setdefault(word, code)
    return {word: code for word, code in names.items() if word not in EXEMPT}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def calendar_literals(path: Path, names: dict[str, str], label: str) -> list[str]:
    """``label:line word (language)`` for each calendar name in a string literal of ``path``,
    in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for word in WORD.findall(node.value):
                if (code := names.get(word.lower())) is not None:
                    hits.append(
                        (node.lineno, node.col_offset, f"{label}:{node.lineno} {word!r} ({code})")
                    )
    return [hit for *_, hit in sorted(hits)]


def test_no_module_outside_the_language_home_defines_month_or_weekday_names() -> None:
    names = _calendar_names()
    hits = [
        hit
        for path in sorted(SOURCE.rglob("*.py"))
        if HOME not in path.parents
        for hit in calendar_literals(path, names, str(path.relative_to(SOURCE)))
    ]
    assert not hits, "calendar words outside newsbrief/languages:\n" + "\n".join(hits)


def test_the_scan_finds_a_month_table(tmp_path: Path) -> None:
    # The scanner itself must see tables in any script, in any literal but docstrings.
    module = tmp_path / "table.py"
    module.write_text(
        '"""Mentions March in prose."""\n'
        'MONTHS = {"january": 1, "лютого": 2}\n'
        'PATTERN = r"(?:Montag|mardi)"\n',
        encoding="utf-8",
    )
    names = _calendar_names()
    found = [hit.split(" ", 1)[1] for hit in calendar_literals(module, names, module.name)]
    assert found == ["'january' (en)", "'лютого' (uk)", "'Montag' (de)", "'mardi' (fr)"]
