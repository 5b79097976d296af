"""The date annotator keeps no word lists: its words are read from the language home.

Each module of ``annotators/dates/`` is parsed. A set, list or tuple display of three or more
lower-case words (letters and spaces), or a dict display of such keys with constant values, is
a word list unless every word is one the grammar itself names: an expression kind (``date``,
``season``) or a word a pattern of the package spells (the value a reader gets back from a group
such as ``(?P<rel>last|next|this)`` or a TIMEX3 season ``(spring|summer|autumn|winter)``, or
its plural). Count
words, cue words, function words and the like are no such words: they belong in
``languages/data/<code>.toml``.

Words written inside a regular expression are the shapes themselves, which are English's for
every language; but a group that only lists three or more words to choose from (``(?:to|until|
through)``, no name for a reader to get the word back) is a word list spelled as a pattern:
:func:`pattern_word_lists` finds those, and the ones still in code are listed in
:data:`STILL_IN_PATTERNS`, to be moved to the language home and taken off the list.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsbrief
from newsbrief.annotators.dates.lexicon import lexicon_for
from newsbrief.annotators.dates.rule_table import rules_for

DATES = Path(newsbrief.__file__).parent / "annotators" / "dates"
# A table word: lower-case letters, words joined by single spaces (``a few``).
_WORD = re.compile(r"[^\W\d_A-Z]+(?: [^\W\d_A-Z]+)*")
# A string literal that is a pattern: it holds an alternation or a group.
_PATTERN = re.compile(r"\||\(\?")
_SPELLED = re.compile(r"[^\W\d_]+")
#: Fewer entries than this are a comparison (``("st", "nd")``), not a list.
MIN_ENTRIES = 3


def _entries(node: ast.AST) -> list[ast.expr] | None:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return list(node.elts)
    if isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
        return [key for key in node.keys if key is not None]
    return None


def word_tables(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """``(line, words)`` for each display of lower-case word literals in ``tree``."""
    tables = []
    for node in ast.walk(tree):
        entries = _entries(node)
        if entries is None or len(entries) < MIN_ENTRIES:
            continue
        words = [e.value for e in entries if isinstance(e, ast.Constant)]
        if len(words) == len(entries) and all(
            isinstance(w, str) and _WORD.fullmatch(w) for w in words
        ):
            tables.append((node.lineno, words))
    return tables


def spelled_words(trees: list[ast.AST]) -> set[str]:
    """The words the patterns of ``trees`` spell (lower-cased)."""
    words: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _PATTERN.search(node.value)
            ):
                words.update(w.lower() for w in _SPELLED.findall(node.value))
    return words


def _own_words() -> set[str]:
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in sorted(DATES.glob("*.py"))]
    kinds = {rule.kind for rule in rules_for(lexicon_for("en"))} | {"range"}
    return kinds | spelled_words(trees)


def word_lists(path: Path, own: set[str]) -> list[str]:
    """``name:line [words]`` for each table in ``path`` holding a word the grammar does not
    name itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{line} {words}"
        for line, words in word_tables(tree)
        if any(not _named(part, own) for word in words for part in word.split())
    ]


def _named(word: str, own: set[str]) -> bool:
    # A plural of a word a pattern spells is the pattern's too (``(?:day|week)s``).
    return word in own or (word.endswith("s") and word[:-1] in own)


# A non-capturing group without groups inside it, and a plain lower-case word of one.
_GROUP = re.compile(r"\(\?:([^()]*)\)")
_PLAIN = re.compile(r"[a-z]+")

#: Word lists still spelled as patterns in code, by module: move them to the language home.
STILL_IN_PATTERNS: set[tuple[str, tuple[str, ...]]] = set()


def pattern_word_lists(path: Path) -> set[tuple[str, tuple[str, ...]]]:
    """``(module, words)`` for each group of a pattern in ``path`` that lists three or more
    plain words (``(?:to|until|through)``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in _GROUP.finditer(node.value):
                words = tuple(w for w in group[1].split("|") if _PLAIN.fullmatch(w))
                if len(words) >= MIN_ENTRIES:
                    found.add((path.name, words))
    return found


def test_no_new_word_list_is_spelled_as_a_pattern() -> None:
    found = set().union(*(pattern_word_lists(path) for path in sorted(DATES.glob("*.py"))))
    assert found <= STILL_IN_PATTERNS, "word lists in patterns:\n" + "\n".join(
        f"{name} {list(words)}" for name, words in sorted(found - STILL_IN_PATTERNS)
    )
    # One moved: take it off the list.
    assert found >= STILL_IN_PATTERNS, sorted(STILL_IN_PATTERNS - found)


def test_the_date_annotator_defines_no_word_lists() -> None:
    own = _own_words()
    hits = [hit for path in sorted(DATES.glob("*.py")) for hit in word_lists(path, own)]
    assert not hits, "word lists outside the language home:\n" + "\n".join(hits)


def test_the_scan_finds_word_lists(tmp_path: Path) -> None:
    module = tmp_path / "shapes.py"
    module.write_text(
        'COUNTS = {"one": 1, "two": 2, "three": 3}\n'
        'CUES = frozenset({"since", "until", "before"})\n'
        'KINDS = ("date", "month", "season")\n'
        'RELS = ("last", "next", "this")\n'
        'PATTERN = r"(?P<rel>last|next|this)"\n'
        'FIELDS = {"n": n, "unit": unit, "lead": lead}\n'
        'PAIR = ("st", "nd")\n',
        encoding="utf-8",
    )
    own = _own_words() - {"one", "two", "three", "since", "until", "before"}
    found = [hit.split(" ", 1)[1] for hit in word_lists(module, own)]
    assert found == ["['one', 'two', 'three']", "['since', 'until', 'before']"]
