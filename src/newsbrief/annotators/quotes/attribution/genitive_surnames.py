"""A man's full name written in the genitive, given back in the nominative by his surname.

A speaker reached through a pronoun or a role may be a mention written in the genitive
(``признал бывшего председателя Ерлана Жумабаева виновным``, then ``Сам Жумабаев ... он
заявил:``). Neither the dictionary (``Ерлана`` may be a woman's name in the nominative) nor
the comparison of full names (the page writes the full name once) gives the nominative; the
surname the page writes alone does: where ``Жумабаев`` stands alone, ``Ерлана Жумабаева`` is
his genitive. The endings are the language's ``[quotes] genitive_names`` (a man's). A
first name the dictionary does not know may be a woman's in the nominative (``Жанара
Сейткалиева`` beside her husband ``Сейткалиев``): a name a past verb in the feminine stands
beside, or whose quotation's cue is one (``— заявила она``), is a woman's and kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbrief.annotators.quotes.attribution.press_words import document_words
from newsbrief.languages import language, morphology

__all__ = ["feminine_cue", "nominative_by_genitive_surname"]

#: The shortest stem a surname keeps once its ending is taken off.
_STEM = 3
#: How many of a name's places in the text are read for a verb beside it.
_PLACES = 8
#: Characters read on either side of a name for the verb beside it.
_BESIDE = 40


def nominative_by_genitive_surname(
    text: str, names: Iterable[str], code: str | None, women: Iterable[str] = ()
) -> dict[str, str]:
    """``{name: its nominative}`` of two-word names whose surname takes a man's genitive
    ending (``[quotes] genitive_names``, longer than one letter: ``ева:ев``) the page also
    writes without (``Жумабаев``), and whose first name takes one too (``Ерлана``: ``а:``);
    not a name the dictionary reads as a woman's first name in the nominative (``Анна``), one
    in ``women`` (its quotation's cue is a verb in the feminine) or one the text writes beside
    such a verb (``Жанара Сейткалиева выступила``)."""
    if code is None:
        return {}
    table = language(code).table("quotes", "genitive_names")
    male = str(table.get("male", "")) if table else ""
    pairs = [tuple(p.split(":", 1)) for p in male.split() if ":" in p]
    if not pairs:
        return {}
    feminine = document_words(code).past_genders.get("female", ())
    excluded = set(women)
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) != 2 or name in excluded or _woman_first_name(words[0], code):
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
        if given is not None and not _beside_feminine_verb(text, name, feminine, code):
            found[name] = f"{given} {alone}"
    return found


def feminine_cue(cue: str | None, code: str | None) -> bool:
    """Whether a quotation's cue ends in a past verb in the feminine (``заявила``,
    ``— розповіла вона``: ``[quotes] past_gender_endings``)."""
    if not cue or code is None:
        return False
    feminine = document_words(code).past_genders.get("female", ())
    return any(_feminine(word, feminine) for word in cue.split()[-2:])


def _feminine(word: str, endings: tuple[str, ...]) -> bool:
    """Whether lower-case ``word`` ends like a past verb in the feminine."""
    word = word.strip(".,;:!?—–-")
    return bool(endings) and word[:1].islower() and word.endswith(endings)


def _beside_feminine_verb(text: str, name: str, endings: tuple[str, ...], code: str) -> bool:
    """Whether the word just before or just after one of ``name``'s first places in ``text``
    is a past verb in the feminine (``Жанара Сейткалиева выступила``; ``посла``, a noun's
    genitive, is none)."""

    def verb(word: str) -> bool:
        return _feminine(word, endings) and not morphology.reads_in_case(
            word.strip(".,;:!?"), code, "gent"
        )

    at = text.find(name)
    for _ in range(_PLACES):
        if at < 0:
            return False
        before = text[max(0, at - _BESIDE) : at].rstrip(" \u00a0,—–-").rsplit(None, 1)
        after = text[at + len(name) : at + len(name) + _BESIDE].lstrip(" \u00a0,—–-").split(None, 1)
        if (before and verb(before[-1])) or (after and verb(after[0])):
            return True
        at = text.find(name, at + len(name))
    return False


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
