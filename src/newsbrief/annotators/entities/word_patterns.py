"""Regular-expression alternations built from a language's word lists.

Shared by the English evidence pass (:mod:`~newsbrief.annotators.entities.evidence`) and the
sports tables it reads (:mod:`~newsbrief.annotators.entities.sports_tables`), so that both
build their patterns from ``en.toml``'s words the same way.
"""

from __future__ import annotations

import re


def alternatives(words: frozenset[str], capital: bool = False) -> str:
    """A pattern matching any of ``words`` (in a fixed order), each also with a capital first
    letter when ``capital``."""
    return (
        "(?:"
        + "|".join(
            f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if capital else re.escape(w)
            for w in sorted(words)
        )
        + ")"
    )
