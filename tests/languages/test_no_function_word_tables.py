"""English function words are read from ``en.toml``, not written as tables in the quote
attribution rules or the text helpers of ``newsbrief.nlp`` (the language home's standard).

Each module under ``annotators/quotes/attribution/`` and ``nlp/`` is parsed; a set, tuple or
list display of string literals that are all English function words (``[quotes]
function_words`` of en.toml, as ``("the", "a", "an")``), or a regex group of such words in a
string literal (``(?:and|or)``), is a word list that belongs in the data file.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsbrief
from newsbrief.languages import language

SOURCE = Path(newsbrief.__file__).parent
SCANNED = (SOURCE / "annotators" / "quotes" / "attribution", SOURCE / "nlp")
# A group of alternatives that are all words: ``(?:and|or)``, ``(that|which)``, a named one
# (``(?P<art>the|a)``), a word's last letter optional (``(?:the|an?)``).
_GROUP = re.compile(r"\((?:\?:|\?P<\w+>)?([A-Za-z]+\??(?:\|[A-Za-z]+\??)+)\)")


def function_word_tables(path: Path, words: frozenset[str], label: str) -> list[str]:
    """``label:line [...]`` for each table of function words written in ``path``."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and node.elts:
            items = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(items) == len(node.elts) and all(
                isinstance(w, str) and w.lower() in words for w in items
            ):
                hits.append((node.lineno, f"{label}:{node.lineno} {items}"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in _GROUP.findall(node.value):
                if all(w.rstrip("?").lower() in words for w in group.split("|")):
                    hits.append((node.lineno, f"{label}:{node.lineno} ({group})"))
    return [hit for _, hit in sorted(hits)]


def test_no_function_word_tables_in_the_attribution_rules() -> None:
    words = language("en").words("quotes", "function_words")
    hits = [
        hit
        for folder in SCANNED
        for path in sorted(folder.rglob("*.py"))
        for hit in function_word_tables(path, words, str(path.relative_to(SOURCE)))
    ]
    assert not hits, "function words outside the language home:\n" + "\n".join(hits)


def test_the_scan_finds_function_word_tables(tmp_path: Path) -> None:
    module = tmp_path / "rules.py"
    module.write_text(
        'ARTICLES = ("the", "a", "an")\n'
        'STOPS = {"on"}\n'
        'KINDS = ("person", "place")\n'
        'PATTERN = r"[ ]+(?:and|or)[ ]"\n'
        'OTHER = r"(?:Smith|Jones)"\n'
        'OPTIONAL = r"\\b(?:the|an?)\\s"\n'
        'NAMED = r"(?P<art>The|the)\\s"\n',
        encoding="utf-8",
    )
    words = language("en").words("quotes", "function_words")
    found = [hit.split(" ", 1)[1] for hit in function_word_tables(module, words, module.name)]
    assert found == ["['the', 'a', 'an']", "['on']", "(and|or)", "(the|an?)", "(The|the)"]
