"""A language data file changed or added is read again everywhere after ``languages.reload()``.

Stages keep what they build from a language (word sets, rules, grammars) in caches; each such
cache must be registered with :func:`newsbrief.languages.on_reload`, or a reload leaves it
answering from the old file.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from newsbrief.annotators.dates.grammar import find_expressions
from newsbrief.annotators.dates.lexicon import lexicon_for
from newsbrief.annotators.entities.gazetteer import profile
from newsbrief.annotators.quotes.marks import marks_for
from newsbrief.languages import reload
from newsbrief.nlp.segmenter import sentence_spans

SOURCE = Path(__file__).resolve().parents[2] / "src" / "newsbrief"
# A call that reads a language's data, by any name a module imports ``language`` as
# (``normalize_language(`` is not one: no word boundary).
_READS_LANGUAGE = re.compile(r"\b(?:language|language_of|_?language_data|profile)\(")


def _cached_readers(tree: ast.Module, registered: set[str]) -> Iterator[str]:
    """Cached functions that read a language's data, or call a cache that is cleared on reload
    in ``registered`` (``_phrases`` built from ``timex_words``: cleared alone, the old words
    would stay in the cache built from them)."""
    cleared = "|".join(re.escape(name) for name in sorted(registered))
    reads = re.compile(_READS_LANGUAGE.pattern + (rf"|\b(?:{cleared})\(" if cleared else ""))
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name == "language":
            continue
        cached = any("cache" in ast.unparse(decorator) for decorator in node.decorator_list)
        if cached and reads.search(ast.unparse(node)):
            yield node.name


def _registered(tree: ast.Module) -> set[str]:
    """Names whose ``cache_clear`` is passed to ``on_reload``, alone or by a loop over a tuple
    of names (``for made in (a, b): on_reload(made.cache_clear)``)."""
    loops = {
        node.target.id: [name.id for name in node.iter.elts if isinstance(name, ast.Name)]
        for node in ast.walk(tree)
        if isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Tuple)
    }
    names: set[str] = set()
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "on_reload"
            and isinstance(call.args[0], ast.Attribute)
            and isinstance(call.args[0].value, ast.Name)
        ):
            name = call.args[0].value.id
            names.update(loops.get(name, [name]))
    return names


def test_every_cache_of_language_data_is_cleared_on_reload() -> None:
    trees = {
        path.relative_to(SOURCE): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(SOURCE.rglob("*.py"))
    }
    # Caches cleared anywhere: a cache built on another module's (``foreign._honorific`` on
    # ``chunker.rules_for``) must be cleared too.
    everywhere = set().union(*(_registered(tree) for tree in trees.values()))
    missing = [
        f"{path}: {name}"
        for path, tree in trees.items()
        for name in _cached_readers(tree, everywhere)
        if name not in _registered(tree)
    ]
    assert missing == [], "cached readers of language data not registered with on_reload"


def test_entity_roles_and_quote_marks_follow_a_changed_file(language_dir: Path) -> None:
    data = language_dir / "sw.toml"
    data.write_text('[language]\nname = "Swahili"\n', encoding="utf-8")
    reload()
    before = profile("sw")
    assert before is not None and "mkuu" not in before.roles
    marks = marks_for("sw")
    assert marks is not None and "《" not in marks.double
    data.write_text(
        '[language]\nname = "Swahili"\n\n[entities]\nroles = "mkuu"\n\n'
        '[quotes]\npairs = [["《", "》"]]\n',
        encoding="utf-8",
    )
    reload()
    after = profile("sw")
    assert after is not None and "mkuu" in after.roles
    marks = marks_for("sw")
    assert marks is not None and marks.double["《"] == "》"


def test_date_phrases_follow_a_changed_file(language_dir: Path) -> None:
    # The date rules are cached by lexicon, equal to the old one when only a phrase changed.
    data = language_dir / "sw.toml"
    data.write_text('[language]\nname = "Swahili"\n', encoding="utf-8")
    reload()
    text = "Alifika wiki ijayo mjini."
    assert find_expressions(text, lexicon_for("sw")) == []
    data.write_text(
        '[language]\nname = "Swahili"\n\n'
        '[calendar]\nrelative_units = { "wiki ijayo" = "next week" }\n',
        encoding="utf-8",
    )
    reload()
    found = find_expressions(text, lexicon_for("sw"))
    assert [(e.kind, e.fields) for e in found] == [("relative", {"rel": "next", "unit": "week"})]


def test_sentence_marks_follow_a_changed_file(language_dir: Path) -> None:
    # The segmenter's rules (its marks, and whether one is ASCII, which picks the fast scans)
    # are built from the file: a mark added there must cut the next text segmented.
    data = language_dir / "sw.toml"
    data.write_text('[language]\nname = "Swahili"\n', encoding="utf-8")
    reload()
    text = "Alifika leo; Kesho anaondoka."
    assert len(sentence_spans(text, "sw")) == 1
    data.write_text(
        '[language]\nname = "Swahili"\n\n[segmentation]\nterminators = [";"]\n', encoding="utf-8"
    )
    reload()
    sentences = [text[s:e] for s, e in sentence_spans(text, "sw")]
    assert sentences == ["Alifika leo;", "Kesho anaondoka."]


def test_sentence_openers_follow_a_changed_file(language_dir: Path) -> None:
    # The openers after a capital initialism are part of the segmenter's rules, and a line
    # segmented before the change is not answered from the memory of segmented lines.
    data = language_dir / "sw.toml"
    data.write_text('[language]\nname = "Swahili"\n', encoding="utf-8")
    reload()
    text = "Mvua ilinyesha katika U.N. Wao walikimbia."
    assert len(sentence_spans(text, "sw")) == 1
    data.write_text(
        '[language]\nname = "Swahili"\n\n[segmentation]\nsentence_openers = "wao"\n',
        encoding="utf-8",
    )
    reload()
    sentences = [text[s:e] for s, e in sentence_spans(text, "sw")]
    assert sentences == ["Mvua ilinyesha katika U.N.", "Wao walikimbia."]
