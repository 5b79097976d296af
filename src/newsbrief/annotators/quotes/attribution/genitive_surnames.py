"""A man's full name written in the genitive, given back in the nominative by his surname.

A speaker reached through a pronoun or a role may be a mention written in the genitive
(``признал бывшего председателя Ерлана Жумабаева виновным``, then ``Сам Жумабаев ... он
заявил:``). Neither the dictionary (``Ерлана`` may be a woman's name in the nominative) nor
the comparison of full names (the page writes the full name once) gives the nominative; the
surname the page writes alone does: where ``Жумабаев`` stands alone, ``Ерлана Жумабаева`` is
his genitive. The endings are the language's ``[quotes] genitive_names`` (a man's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbrief.languages import language, morphology

__all__ = ["nominative_by_genitive_surname"]

#: The shortest stem a surname keeps once its ending is taken off.
_STEM = 3


def nominative_by_genitive_surname(
    text: str, names: Iterable[str], code: str | None
) -> dict[str, str]:
    """``{name: its nominative}`` of two-word names whose surname takes a man's genitive
    ending (``[quotes] genitive_names``, longer than one letter: ``ева:ев``) the page also
    writes without (``Жумабаев``), and whose first name takes one too (``Ерлана``: ``а:``);
    not a name the dictionary reads as a woman's first name in the nominative (``Анна``)."""
    if code is None:
        return {}
    table = language(code).table("quotes", "genitive_names")
    male = str(table.get("male", "")) if table else ""
    pairs = [tuple(p.split(":", 1)) for p in male.split() if ":" in p]
    if not pairs:
        return {}
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) != 2 or _woman_first_name(words[0], code):
            continue
        first, surname = words
        alone = next(
            (
                surname[: -len(ending)] + replacement
                for ending, replacement in pairs
                if len(ending) > 1
                and surname.endswith(ending)
                and len(surname) - len(ending) >= _STEM
            ),
            None,
        )
        if alone is None or not re.search(rf"(?<!\w){re.escape(alone)}(?!\w)", text):
            continue
        given = next(
            (
                first[: -len(e)] + r
                for e, r in pairs
                if first.endswith(e) and len(first) > len(e) + 1
            ),
            None,
        )
        if given is not None:
            found[name] = f"{given} {alone}"
    return found


def _woman_first_name(word: str, code: str) -> bool:
    """Whether the dictionary itself (not a guess from the word's end) reads ``word`` as a
    woman's first name in the nominative."""
    morph = morphology.analyzer(code) if morphology.has_analyzer(code) else None
    if morph is None:
        return False
    return any(
        {"Name", "femn", "nomn"} <= p.tag.grammemes and len(p.methods_stack) == 1
        for p in morph.parse(word.lower())
    )
