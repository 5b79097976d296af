"""Language knowledge lives in the language home only (issue 12; the project's standard
"language knowledge lives in one place, per language"): one walk of every module under
``src/newsbrief`` outside ``languages/`` looks for what belongs in a data file.

Each module is parsed once and its syntax tree walked once (:func:`scan`); every check reads the
same hits:

* **calendar names**: the full month and weekday names of every supported language, as whole
  words, in any string literal but a docstring (prose, not a table);
* **a language's words**: a set, tuple or list display of three or more words (lower case or
  capitalised) most of which a language's data file lists (``("the", "a", "an")``), or a
  pattern's group of them (``(?:il|elle|ils|elles)``), and a comparison with such a word
  (``token.text == "the"``, ``word in ("press", "secretary")``). A language's words are those
  of its data file (word lists and table keys; not its stop-word library, which holds ``html``
  and ``importance``), less the codes of newsbrief's languages (not every code babel knows:
  ``an``, ``to`` and ``la`` are words). Words the project names things with (annotation
  types, options, fields) are :data:`IDENTIFIERS`; in the date grammar's modules the words its
  patterns spell are its own (below);
* **the date grammar's word lists** (``annotators/dates/``): a display of three or more
  lower-case words (letters and spaces), or a dict display of such keys with constant values,
  unless every word is one the grammar itself names: an expression kind (``date``,
  ``season``) or a word a pattern of the package spells (the value a reader gets back from a
  group such as ``(?P<rel>last|next|this)``, or its plural); and a pattern's group that only
  lists three or more plain words to choose from (``(?:to|until|through)``). Words written
  inside a regular expression are the shapes themselves, English's for every language;
* **English function words** (``[quotes] function_words`` of en.toml) in the quote attribution
  rules, the entity annotator, the parsers and the text helpers of ``newsbrief.nlp``: a display
  of string literals that are all such words, however few (``{"on"}``), a pattern's group of
  them (``(?:and|or)``, ``(?:the|an?)``), one such word alone between a pattern's white space
  or word boundaries (``[ ]+of[ ]+``, ``[ ]+(?:the[ ]+)?``, ``\\s+of\\b``, ``\\bwho\\b``) or
  plain spaces (``| at [0-9]``), or a string that is one such word between spaces (``" and "``,
  a joint looked for in a text) or with a space on one side outside an f-string (``" of"``, a
  phrase's end; ``"By "``, a line's opening).

:data:`STILL_IN_CODE`, :data:`STILL_IN_PATTERNS` and :data:`STILL_FUNCTION_WORDS` list what is
still to move (the tests fail on a new one, and on one no longer found); the function words with
how many literals of their module hold each, so a new literal of a listed word fails too.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import attrs

import newsbrief
from newsbrief.annotators.dates.lexicon import lexicon_for
from newsbrief.annotators.dates.rule_table import rules_for
from newsbrief.languages import language, supported

SOURCE = Path(newsbrief.__file__).parent
HOME = SOURCE / "languages"
DATES = SOURCE / "annotators" / "dates"
#: Where English function words are looked for.
FUNCTION_WORD_FOLDERS = (
    SOURCE / "annotators" / "quotes" / "attribution",
    SOURCE / "annotators" / "entities",
    SOURCE / "parsers",
    SOURCE / "nlp",
)

#: A calendar name's shape in a literal.
WORD = re.compile(r"[^\W\d_][\w'’ʼ\-]*")
#: Calendar names that are also ordinary words in the strings newsbrief keeps: English ``may``
#: (the modal, in the page-furniture patterns) and ``Maj.`` (Major, a military rank; Polish,
#: Danish and Swedish for May). Anything else is a table that belongs in the language home.
EXEMPT = frozenset({"may", "maj"})
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
#: and take them off.
STILL_IN_CODE: frozenset[tuple[str, str]] = frozenset()
#: Word lists still spelled as patterns in the date grammar, as ``(module name, words)``.
STILL_IN_PATTERNS: frozenset[tuple[str, tuple[str, ...]]] = frozenset()
#: English function words still written in code where they are looked for, as ``(module, what
#: the check found)`` -> how many literals of that module hold it: move them to en.toml and take
#: them off (the test fails on one more, a new literal in a listed module too, and on one fewer).
STILL_FUNCTION_WORDS: Mapping[tuple[str, str], int] = {
    ("annotators/entities/chunker.py", "['and']"): 1,
    ("annotators/entities/chunker.py", "its"): 1,
    ("annotators/entities/chunker.py", "of"): 1,
    ("annotators/entities/chunker.py", "that"): 1,
    ("annotators/entities/evidence.py", "its"): 1,
    ("annotators/entities/towns.py", "of"): 1,
    ("annotators/quotes/attribution/descriptions.py", "of"): 2,
    ("annotators/quotes/attribution/descriptions.py", "to"): 1,
    ("annotators/quotes/attribution/mentions.py", "and"): 2,
    ("annotators/quotes/attribution/organisation_speakers.py", "an"): 1,
    ("annotators/quotes/attribution/organisation_speakers.py", "in"): 1,
    ("annotators/quotes/attribution/press_conventions.py", "a"): 1,
    ("annotators/quotes/attribution/speaker_phrases.py", "the"): 1,
    ("annotators/quotes/attribution/speaker_phrases.py", "to"): 1,
    ("annotators/quotes/attribution/unnamed_sources.py", "for"): 1,
    ("annotators/quotes/attribution/unnamed_sources.py", "in"): 1,
    ("annotators/quotes/attribution/unnamed_sources.py", "of"): 1,
    ("annotators/quotes/attribution/unnamed_sources.py", "the"): 4,
}

#: A pattern's group that lists words to choose from: ``(?:the|an?)``, ``(?P<art>the|a)``.
PATTERN_GROUP = re.compile(r"\((?:\?:|\?P<\w+>)?([^()|]+(?:\|[^()|]+)+)\)")
#: A date table's word: lower-case letters, words joined by single spaces (``a few``).
TABLE_WORD = re.compile(r"[^\W\d_A-Z]+(?: [^\W\d_A-Z]+)*")
#: A string literal that is a pattern: it holds an alternation or a group.
PATTERN = re.compile(r"\||\(\?")
SPELLED = re.compile(r"[^\W\d_]+")
#: A non-capturing group without groups inside it, and a plain lower-case word of one.
PLAIN_GROUP = re.compile(r"\(\?:([^()]*)\)")
PLAIN = re.compile(r"[a-z]+")
#: A group of alternatives that are all words: ``(?:and|or)``, ``(that|which)``, a named one
#: (``(?P<art>the|a)``), a word's last letter optional (``(?:the|an?)``).
FUNCTION_GROUP = re.compile(r"\((?:\?:|\?P<\w+>)?([A-Za-z]+\??(?:\|[A-Za-z]+\??)+)\)")
#: A pattern's white space: ``\s`` or a character class with a space in it (``[ \u00a0]``).
_WHITE = r"(?:\\s|\[[^\]]*?(?: |\\s|\\t|\\u00a0|\u00a0)[^\]]*\])"
#: A pattern's word boundary (``\b``).
_BOUNDARY = r"\\b"
#: One word alone between a pattern's white space or word boundaries, maybe in a group of its
#: own: ``[ ]+of[ ]+``, ``\s+(?:the\s+)?``, ``[ ](?:and)[ ]``, ``\s+of\b``, ``\bwho\b``.
SPACED_WORD = re.compile(
    rf"(?:{_WHITE}[+*?]?|{_BOUNDARY})(?:\((?:\?:)?)?([A-Za-z]+)"
    rf"(?=\)?[+*?]?(?:{_WHITE}|{_BOUNDARY}))"
)
#: The same between plain spaces, in a pattern (``| at \d``, ``(?:^| )of ``) ...
PLAIN_SPACED_WORD = re.compile(r"(?<=[ |(])([A-Za-z]+)(?= )")
#: ... and a string literal that is one word between spaces (``" and "``: a joint looked for).
SPACED_LITERAL = re.compile(r" ([A-Za-z]+) ")
#: ... or with a space on one side, outside an f-string (``" of"``: a phrase's end looked for;
#: ``f"the {name} parser"`` is a message's).
HALF_SPACED_LITERAL = re.compile(r" ([A-Za-z]+)|([A-Za-z]+) ")


# -- what is looked for -------------------------------------------------------------------------


@cache
def calendar_names() -> Mapping[str, str]:
    """Every supported language's full month and weekday names (lower case) -> its code."""
    names: dict[str, str] = {}
    for code in supported():
        lang = language(code)
        for word in (*lang.months, *lang.weekdays):
            names.setdefault(word, code)
    return {word: code for word, code in names.items() if word not in EXEMPT}


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


def spelled_words(trees: list[ast.AST]) -> set[str]:
    """The words the patterns of ``trees`` spell (lower-cased)."""
    words: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and PATTERN.search(node.value)
            ):
                words.update(w.lower() for w in SPELLED.findall(node.value))
    return words


@cache
def own_words() -> frozenset[str]:
    """The date grammar's own words: its expression kinds and the words its patterns spell."""
    trees = [_parsed(path)[0] for path in sorted(DATES.glob("*.py"))]
    kinds = {rule.kind for rule in rules_for(lexicon_for("en"))} | {"range"}
    return frozenset(kinds | spelled_words(trees))


def function_words() -> frozenset[str]:
    """English's function words (``[quotes] function_words``)."""
    return language("en").words("quotes", "function_words")


@attrs.frozen
class Vocabulary:
    """The words one scan looks for."""

    #: Calendar names -> their language.
    names: Mapping[str, str]
    #: A language's words (for lists, patterns and comparisons).
    words: frozenset[str]
    #: The date grammar's own words (a date table of them alone is no word list).
    own: frozenset[str] = frozenset()
    #: English function words.
    function: frozenset[str] = frozenset()


class Hit(NamedTuple):
    """Something a scan found: where, which check, and what (its words, as the check says)."""

    line: int
    column: int
    kind: str
    text: str


# -- the walk -----------------------------------------------------------------------------------


@cache
def _parsed(path: Path) -> tuple[ast.Module, frozenset[int]]:
    """The syntax tree of ``path`` and the ids of its docstrings' nodes (parsed once a run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return tree, _docstrings(tree)


def _docstrings(tree: ast.AST) -> frozenset[int]:
    found = set()
    for node in ast.walk(tree):
        kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return frozenset(found)


def _as_written(text: str) -> bool:
    """Whether ``text`` is written as a word is, in lower case or capitalised (``the``,
    ``The``), not as initials or a code (``US``, ``A``, ``Cf``)."""
    return text.islower() or (len(text) > 2 and text[0].isupper() and text[1:].islower())


def _mostly(items: list[str], words: frozenset[str]) -> bool:
    """Whether ``items`` are at least :data:`MIN_ENTRIES` plain lower-case words, most of
    them ``words``."""
    return (
        len(items) >= MIN_ENTRIES
        and all(LOWER_WORD.fullmatch(w) for w in items)
        and 2 * sum(w in words for w in items) > len(items)
    )


def _word(node: ast.AST, words: frozenset[str]) -> str | None:
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _as_written(node.value)
        and node.value.lower() in words
    ):
        return node.value.lower()
    return None


def _strings(nodes: list[ast.expr]) -> list[str]:
    return [e.value for e in nodes if isinstance(e, ast.Constant) and isinstance(e.value, str)]


def _date_table(node: ast.AST) -> list[str] | None:
    """The words of a display of three or more lower-case word literals (a dict's keys, its
    values all constants), else ``None``."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        entries: list[Any] = list(node.elts)
    elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
        entries = [key for key in node.keys if key is not None]
    else:
        return None
    if len(entries) < MIN_ENTRIES:
        return None
    words = [e.value for e in entries if isinstance(e, ast.Constant)]
    if len(words) == len(entries) and all(
        isinstance(w, str) and TABLE_WORD.fullmatch(w) for w in words
    ):
        return words
    return None


def _named(word: str, own: frozenset[str]) -> bool:
    # A plural of a word a pattern spells is the pattern's too (``(?:day|week)s``).
    return word in own or (word.endswith("s") and word[:-1] in own)


def _string_hits(
    node: ast.Constant, text: str, docstring: bool, v: Vocabulary, fragment: bool = False
) -> list[Hit]:
    at = (node.lineno, node.col_offset)
    hits = []
    if not docstring:
        for word in WORD.findall(text):
            if (code := v.names.get(word.lower())) is not None:
                hits.append(Hit(*at, "calendar", f"{word!r} ({code})"))
    for group in PATTERN_GROUP.findall(text):
        items = [item.rstrip("?").lower() for item in group.split("|")]
        if _mostly(items, v.words):
            hits.append(Hit(*at, "pattern", " ".join(items)))
    for group in PLAIN_GROUP.finditer(text):
        plain = tuple(w for w in group[1].split("|") if PLAIN.fullmatch(w))
        if len(plain) >= MIN_ENTRIES:
            hits.append(Hit(*at, "date pattern", " ".join(plain)))
    for found in FUNCTION_GROUP.findall(text):
        if all(w.rstrip("?").lower() in v.function for w in found.split("|")):
            hits.append(Hit(*at, "function words", f"({found})"))
    if not docstring:
        spaced = SPACED_WORD.findall(text)
        if PATTERN.search(text):
            spaced += [w for w in PLAIN_SPACED_WORD.findall(text) if f" {w} " in text]
        if SPACED_LITERAL.fullmatch(text):
            spaced.append(text.strip())
        elif not fragment and (half := HALF_SPACED_LITERAL.fullmatch(text)):
            spaced.append(half[1] or half[2])
        for word in dict.fromkeys(spaced):
            if word.lower() in v.function:
                hits.append(Hit(*at, "function words", word))
    return hits


def _display_hits(node: ast.Set | ast.Tuple | ast.List, v: Vocabulary) -> list[Hit]:
    at = (node.lineno, node.col_offset)
    hits = []
    elements = node.elts
    written = [w.lower() for w in _strings(elements) if _as_written(w)]
    if len(written) == len(elements) and _mostly(written, v.words):
        hits.append(Hit(*at, "list", " ".join(written)))
    items = _strings(elements)
    if elements and len(items) == len(elements) and all(w.lower() in v.function for w in items):
        hits.append(Hit(*at, "function words", str(items)))
    return hits


def scan_tree(tree: ast.AST, docstrings: frozenset[int], vocabulary: Vocabulary) -> list[Hit]:
    """Every hit of every check in ``tree``, in source order (one walk)."""
    hits: list[Hit] = []
    fragments = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            hits += _string_hits(
                node, node.value, id(node) in docstrings, vocabulary, id(node) in fragments
            )
        elif isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                shown = operand.elts if isinstance(operand, (ast.Set, ast.Tuple)) else [operand]
                for word in filter(None, (_word(e, vocabulary.words) for e in shown)):
                    hits.append(Hit(node.lineno, node.col_offset, "comparison", word))
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            hits += _display_hits(node, vocabulary)
        table = _date_table(node)
        if table is not None and any(
            not _named(part, vocabulary.own) for word in table for part in word.split()
        ):
            hits.append(Hit(node.lineno, node.col_offset, "date table", str(table)))
    return sorted(set(hits))


def scan(path: Path, vocabulary: Vocabulary) -> list[Hit]:
    """:func:`scan_tree` of the module at ``path``."""
    tree, docstrings = _parsed(path)
    return scan_tree(tree, docstrings, vocabulary)


@cache
def source_hits() -> dict[str, list[Hit]]:
    """Every module outside the language home, by its path under ``src/newsbrief``, and its
    hits (the date grammar's modules read with its own words taken out of a language's)."""
    names, words, own = calendar_names(), language_words(), own_words()
    general = Vocabulary(names, words, own, function_words())
    dates = attrs.evolve(general, words=words - own)
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if HOME in path.parents:
            continue
        label = path.relative_to(SOURCE).as_posix()
        found[label] = scan(path, dates if DATES in path.parents else general)
    return found


def _in(label: str, folder: Path) -> bool:
    return (SOURCE / label).is_relative_to(folder)


def _report(hits: Iterator[str]) -> str:
    return "\n".join(sorted(set(hits)))


# -- the checks ---------------------------------------------------------------------------------


def test_no_module_outside_the_language_home_defines_month_or_weekday_names() -> None:
    hits = [
        f"{label}:{hit.line} {hit.text}"
        for label, found in source_hits().items()
        for hit in found
        if hit.kind == "calendar"
    ]
    assert not hits, "calendar words outside newsbrief/languages:\n" + "\n".join(hits)


def test_no_module_outside_the_language_home_writes_a_languages_words() -> None:
    words = language_words()
    found: dict[tuple[str, str], list[str]] = {}
    for label, hits in source_hits().items():
        scanned = words - own_words() if _in(label, DATES) else words
        for hit in hits:
            if hit.kind in ("list", "pattern", "comparison"):
                for word in hit.text.split():
                    if word in scanned:
                        found.setdefault((label, word), []).append(
                            f"{label}:{hit.line} {hit.kind} {hit.text!r}"
                        )
    new = _report(hit for key in set(found) - STILL_IN_CODE for hit in found[key])
    assert not new, "words of a language outside newsbrief/languages:\n" + new
    # One moved: take it off the list.
    assert set(found) >= STILL_IN_CODE, sorted(STILL_IN_CODE - set(found))


def test_the_date_annotator_defines_no_word_lists() -> None:
    hits = [
        f"{Path(label).name}:{hit.line} {hit.text}"
        for label, found in source_hits().items()
        if _in(label, DATES)
        for hit in found
        if hit.kind == "date table"
    ]
    assert not hits, "word lists outside the language home:\n" + "\n".join(hits)


def test_no_new_word_list_is_spelled_as_a_pattern() -> None:
    found = {
        (Path(label).name, tuple(hit.text.split()))
        for label, hits in source_hits().items()
        if _in(label, DATES)
        for hit in hits
        if hit.kind == "date pattern"
    }
    assert found <= STILL_IN_PATTERNS, "word lists in patterns:\n" + "\n".join(
        f"{name} {list(words)}" for name, words in sorted(found - STILL_IN_PATTERNS)
    )
    # One moved: take it off the list.
    assert found >= STILL_IN_PATTERNS, sorted(STILL_IN_PATTERNS - found)


def test_no_function_word_tables_in_the_attribution_rules() -> None:
    found: dict[tuple[str, str], list[str]] = {}
    for label, hits in source_hits().items():
        if any(_in(label, folder) for folder in FUNCTION_WORD_FOLDERS):
            for hit in hits:
                if hit.kind == "function words":
                    found.setdefault((label, hit.text), []).append(f"{label}:{hit.line} {hit.text}")
    new = _report(
        hit
        for key, places in found.items()
        if len(places) > STILL_FUNCTION_WORDS.get(key, 0)
        for hit in places
    )
    assert not new, "function words outside the language home:\n" + new
    # One moved: lower its count (take it off at none).
    fewer = {key: len(found.get(key, ())) for key in STILL_FUNCTION_WORDS}
    assert fewer == dict(STILL_FUNCTION_WORDS), sorted(
        set(fewer.items()) - set(STILL_FUNCTION_WORDS.items())
    )


# -- the walk finds what each check looks for ---------------------------------------------------


def _found(tmp_path: Path, source: str, vocabulary: Vocabulary, kinds: set[str]) -> list[Any]:
    module = tmp_path / "module.py"
    module.write_text(source, encoding="utf-8")
    tree = ast.parse(source)
    hits = scan_tree(tree, _docstrings(tree), vocabulary)
    return [(hit.kind, hit.text) for hit in hits if hit.kind in kinds]


def test_the_scan_finds_a_month_table(tmp_path: Path) -> None:
    # The scanner itself must see tables in any script, in any literal but docstrings.
    source = (
        '"""Mentions March in prose."""\n'
        'MONTHS = {"january": 1, "лютого": 2}\n'
        'PATTERN = r"(?:Montag|mardi)"\n'
    )
    found = _found(tmp_path, source, Vocabulary(calendar_names(), frozenset()), {"calendar"})
    assert [text for _, text in found] == [
        "'january' (en)", "'лютого' (uk)", "'Montag' (de)", "'mardi' (fr)"
    ]  # fmt: skip


def test_the_scan_finds_word_lists_and_comparisons(tmp_path: Path) -> None:
    source = (
        'ARTICLES = frozenset({"a", "an", "the"})\n'
        'CAPITALISED = ("Der", "Die", "Das")\n'
        'CODES = ("US", "A", "EU")\n'
        'FIELDS = ("outlet", "author", "opening")\n'
        'ARTICLE = r"\\b(?:the|an?|la)\\s"\n'
        'PAIR_PATTERN = r"(?:the|a)"\n'
        'PAIR = ("of", "the")\n'
        "def rule(token, word, kind):\n"
        '    return token.text == "The" or word.lower() in ("press", "secretary")'
        ' or kind == "person" or token.text == "и" or word == "to"\n'
    )
    vocabulary = Vocabulary({}, language_words())
    found = _found(tmp_path, source, vocabulary, {"list", "pattern", "comparison"})
    assert sorted(found) == sorted(
        [
            ("list", "a an the"),
            ("list", "der die das"),
            ("pattern", "the an la"),
            ("comparison", "press"),
            ("comparison", "secretary"),
            ("comparison", "the"),
            ("comparison", "to"),
            ("comparison", "и"),
        ]
    )


def test_the_scan_finds_date_word_lists(tmp_path: Path) -> None:
    source = (
        'COUNTS = {"one": 1, "two": 2, "three": 3}\n'
        'CUES = frozenset({"since", "until", "before"})\n'
        'KINDS = ("date", "month", "season")\n'
        'RELS = ("last", "next", "this")\n'
        'PATTERN = r"(?P<rel>last|next|this)"\n'
        'FIELDS = {"n": n, "unit": unit, "lead": lead}\n'
        'PAIR = ("st", "nd")\n'
        'SHAPE = r"(?:to|until|through)\\s+(?:a|b)"\n'
    )
    own = own_words() - {"one", "two", "three", "since", "until", "before"}
    vocabulary = Vocabulary({}, frozenset(), own)
    found = _found(tmp_path, source, vocabulary, {"date table", "date pattern"})
    assert found == [
        ("date table", "['one', 'two', 'three']"),
        ("date table", "['since', 'until', 'before']"),
        ("date pattern", "to until through"),
    ]


def test_the_scan_finds_function_word_tables(tmp_path: Path) -> None:
    source = (
        'ARTICLES = ("the", "a", "an")\n'
        'STOPS = {"on"}\n'
        'KINDS = ("person", "place")\n'
        'PATTERN = r"[ ]+(?:and|or)[ ]"\n'
        'OTHER = r"(?:Smith|Jones)"\n'
        'OPTIONAL = r"\\b(?:the|an?)\\s"\n'
        'NAMED = r"(?P<art>The|the)\\s"\n'
        'SPACED = r"[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?(?:[ \\u00a0]and)?\\s(?:to)\\s"\n'
        'NAME = r"[ ]+(?:Smith)[ ]+(?P<word>[a-z]+)\\s"\n'
        'GAP = r"(?= \\d| at \\d| same | ?$)"\n'
        'BOUNDED = r"(?!\\s+from\\b)[a-z]+[ ]+its\\b|\\bwho\\b|\\bSt\\b"\n'
        'JOINED = {" or "}\n'
        'ENDS = name.endswith(" for")\n'
        'OPENS = f"the {name} parser"\n'
        'MESSAGE = "no name at all"\n'
    )
    vocabulary = Vocabulary({}, frozenset(), function=function_words())
    found = [text for _, text in _found(tmp_path, source, vocabulary, {"function words"})]
    assert found == [
        "['the', 'a', 'an']", "['on']", "(and|or)", "(the|an?)", "(The|the)",
        "and", "of", "the", "to", "at", "from", "its", "who", "or", "for",
    ]  # fmt: skip
