"""Month and weekday names, and the words of every language, live in the language home only
(issue 12; the project's standard "language knowledge lives in one place, per language").

Every string literal under ``src/newsbrief`` outside ``languages/`` is scanned (docstrings are
prose, not tables, and are skipped) for the full month and weekday names of every supported
language, as whole words.

The same walk looks for other words of a language written in code: a set, tuple or list display
of three or more words (lower case or capitalised) most of which a language's data file lists
(``("the", "a", "an")``) or a pattern's group of them (``(?:il|elle|ils|elles)``), and a
comparison with such a word (``token.text == "the"``, ``word in ("press", "secretary")``).
A language's words are those of its data file (word lists and table keys; not its stop-word
library, which holds ``html`` and ``importance``), less the codes of newsbrief's languages
(not every code babel knows: ``an``, ``to`` and ``la`` are words). Words the project names
things with (annotation types, options, fields) are :data:`IDENTIFIERS`; the date grammar's own
words (what its patterns spell, see ``test_no_date_word_lists``) are its modules' own;
:data:`STILL_IN_CODE` lists the words still to move.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from tests.languages.test_no_date_word_lists import _own_words

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


# -- other words of a language ----------------------------------------------------------------

#: A lower-case word (no digits, no spaces): what a word list of code holds.
LOWER_WORD = re.compile(r"[^\W\d_A-Z]+")
#: Fewer entries than this are a comparison (``("of", "the")``), not a list.
MIN_ENTRIES = 3
#: Names newsbrief gives things, which are words of a language too: annotation types and
#: genders, a speaker's kinds, briefing sections and metadata fields, markup and option values
#: (``--since yesterday``, ``--order newest``), TIMEX granularities and a date's status.
IDENTIFIERS = frozenset(
    {
        "person", "organisation", "place", "anonymous", "female", "male", "unknown", "thing",
        "several", "summary", "sources", "stories", "notes", "documents", "outlet", "author",
        "authors", "byline", "opening", "published", "updated", "created", "title", "date",
        "text", "image", "end", "w", "proportional", "all", "off", "on", "either", "today",
        "yesterday", "day", "month", "year", "hour", "past",
        # The parts of a date value (``2024-06-early``, ``2024-spring``) the exporters read.
        "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter",
        # A markup tag; the second-level domain labels of a host (``bbc.co.uk``, ``gov.ua``).
        "hr", "co", "ac", "gov", "net",
        # A script's name (``unicodedata``), a group's name in a pattern.
        "latin", "name",
    }
)  # fmt: skip
#: Language words still written in code, as ``(module, word)``: move them to the language home
#: and take them off (the test fails on a new one, and on one no longer found).
STILL_IN_CODE: frozenset[tuple[str, str]] = frozenset()


def _flat(value: Any) -> Iterator[str]:
    """The words of a data file value: a word list's words, a table's keys."""
    if isinstance(value, Mapping):
        yield from (str(key) for key in value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _flat(item)
    elif isinstance(value, str):
        yield from value.split()


@cache
def language_words() -> frozenset[str]:
    """The words (letters only) of every supported language's data file, lower-cased, less
    language codes and :data:`IDENTIFIERS`."""
    words = {
        word.lower()
        for code in supported()
        for name, section in language(code).sections.items()
        if name not in ("language", "templates")
        for value in section.values()
        for word in _flat(value)
        if LOWER_WORD.fullmatch(word.lower())
    }
    # Only the codes newsbrief names languages by: every code babel knows would hide ``an``,
    # ``to``, ``la``, ``or`` and some eighty other words.
    return frozenset(words - set(supported()) - {"und"} - IDENTIFIERS)


#: A group of a pattern that lists words to choose from: ``(?:the|an?)``, ``(?P<art>the|a)``.
PATTERN_GROUP = re.compile(r"\((?:\?:|\?P<\w+>)?([^()|]+(?:\|[^()|]+)+)\)")


def _pattern_lists(text: str, words: frozenset[str]) -> Iterator[str]:
    """The groups of ``text`` that list :data:`MIN_ENTRIES` or more words, most of them
    ``words``, as those words lower-cased."""
    for group in PATTERN_GROUP.findall(text):
        items = [item.rstrip("?").lower() for item in group.split("|")]
        if (
            len(items) >= MIN_ENTRIES
            and all(LOWER_WORD.fullmatch(w) for w in items)
            and 2 * sum(w in words for w in items) > len(items)
        ):
            yield " ".join(items)


def _as_written(text: str) -> bool:
    """Whether ``text`` is written as a word is, in lower case or capitalised (``the``,
    ``The``), not as initials or a code (``US``, ``A``, ``Cf``)."""
    return text.islower() or (len(text) > 2 and text[0].isupper() and text[1:].islower())


def _word(node: ast.AST, words: frozenset[str]) -> str | None:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _as_written(node.value)
        and node.value.lower() in words
    ):
        return node.value.lower()
    return None


def language_word_literals(path: Path, words: frozenset[str]) -> list[tuple[int, str, str]]:
    """``(line, kind, words)`` for each word list of ``words`` displayed in ``path`` or spelled
    as a pattern's group, and each comparison with one of them, in source order."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) >= MIN_ENTRIES:
            items = [
                e.value.lower()
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and _as_written(e.value)
            ]
            if (
                len(items) == len(node.elts)
                and all(LOWER_WORD.fullmatch(w) for w in items)
                and 2 * sum(w in words for w in items) > len(items)
            ):
                hits.append((node.lineno, "list", " ".join(items)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            hits.extend(
                (node.lineno, "pattern", found) for found in _pattern_lists(node.value, words)
            )
        elif isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                shown = operand.elts if isinstance(operand, (ast.Set, ast.Tuple)) else [operand]
                for word in filter(None, (_word(e, words) for e in shown)):
                    hits.append((node.lineno, "comparison", word))
    return sorted(set(hits))


def _found() -> dict[tuple[str, str], list[str]]:
    words = language_words()
    own = words - _own_words()  # the date grammar's modules name the words its patterns spell
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if HOME in path.parents:
            continue
        label = path.relative_to(SOURCE).as_posix()
        scanned = own if label.startswith("annotators/dates/") else words
        for line, kind, text in language_word_literals(path, scanned):
            for word in text.split():
                if word in scanned:
                    found.setdefault((label, word), []).append(f"{label}:{line} {kind} {text!r}")
    return found


def test_no_module_outside_the_language_home_writes_a_languages_words() -> None:
    found = _found()
    new = sorted({hit for key in set(found) - STILL_IN_CODE for hit in found[key]})
    assert not new, "words of a language outside newsbrief/languages:\n" + "\n".join(new)
    # One moved: take it off the list.
    assert set(found) >= STILL_IN_CODE, sorted(STILL_IN_CODE - set(found))


def test_the_scan_finds_word_lists_and_comparisons(tmp_path: Path) -> None:
    module = tmp_path / "rules.py"
    module.write_text(
        'ARTICLES = frozenset({"a", "an", "the"})\n'
        'CAPITALISED = ("Der", "Die", "Das")\n'
        'CODES = ("US", "A", "EU")\n'
        'FIELDS = ("outlet", "author", "opening")\n'
        'ARTICLE = r"\\b(?:the|an?|la)\\s"\n'
        'PAIR_PATTERN = r"(?:the|a)"\n'
        'PAIR = ("of", "the")\n'
        "def rule(token, word, kind):\n"
        '    return token.text == "The" or word.lower() in ("press", "secretary")'
        ' or kind == "person" or token.text == "и" or word == "to"\n',
        encoding="utf-8",
    )
    found = [(kind, text) for _, kind, text in language_word_literals(module, language_words())]
    assert found == [
        ("list", "a an the"),
        ("list", "der die das"),
        ("pattern", "the an la"),
        ("comparison", "press"),
        ("comparison", "secretary"),
        ("comparison", "the"),
        ("comparison", "to"),
        ("comparison", "и"),
    ]
