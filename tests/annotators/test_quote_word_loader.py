"""The quote rules read their ``[quotes]`` word lists through one loader
(:mod:`newsbrief.annotators.quotes.language_words`), not one helper per module."""

from __future__ import annotations

import ast
from pathlib import Path

import newsbrief
from newsbrief.annotators.quotes import language_words, speech

QUOTES = Path(newsbrief.__file__).parent / "annotators" / "quotes"


def _loaders(tree: ast.Module) -> list[str]:
    """Module functions whose whole body returns a ``[quotes]`` word list named by a parameter:
    ``def _words(code, key): return ...words("quotes", key)...`` (a closure over one language
    inside a builder is that builder's own)."""
    found = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [s for s in node.body if not isinstance(s, ast.Expr)]  # docstring aside
        params = {a.arg for a in node.args.args}
        if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
            continue
        for call in ast.walk(body[0].value):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "words"
                and len(call.args) == 2
                and isinstance(call.args[0], ast.Constant)
                and call.args[0].value == "quotes"
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id in params
            ):
                found.append(f"{node.name}:{node.lineno}")
    return found


def test_no_quote_module_writes_its_own_word_loader() -> None:
    own = QUOTES / "language_words.py"
    hits = [
        f"{path.relative_to(QUOTES)} {name}"
        for path in sorted(QUOTES.rglob("*.py"))
        if path != own
        for name in _loaders(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not hits, hits
    assert _loaders(ast.parse(own.read_text(encoding="utf-8")))  # the scan finds one


def test_the_loader_reads_the_language_home() -> None:
    assert speech.quote_words is language_words.quote_words  # still importable from speech
    assert "said" in language_words.quote_words("en", "speech_verbs")
    determiners = language_words.sorted_quote_words("en", "determiners")
    assert list(determiners) == sorted(language_words.quote_words("en", "determiners"))
