"""Template words of the exporters (``Summary``, ``3 articles``...) in a reader's language.

They live in each data file's ``[templates]`` section: a key maps to a string with ``{field}``
placeholders, or to plural forms by CLDR plural category (``one``, ``few``, ``many``, ``other``)
with ``{n}`` for the count; babel says which category a number takes in the language. A key a
language lacks is taken from English, as gettext falls back to the source text.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from newsbrief.languages import language

#: The language whose words fill any gap.
FALLBACK = "en"


@functools.cache
def _plural_rule(code: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK).plural_form


def phrase(code: str | None, key: str, n: int | None = None, **fields: Any) -> str:
    """Template ``key`` in the language of ``code``, with ``{n}`` and ``fields`` filled in."""
    own = language(code).templates.get(key)
    value, rule_code = (own, language(code).code) if own is not None else (None, FALLBACK)
    if value is None:
        value = language(FALLBACK).templates.get(key)
    if value is None:
        raise KeyError(f"no template {key!r}")
    if isinstance(value, Mapping):
        category = _plural_rule(rule_code)(n if n is not None else 0)
        value = value.get(category, value.get("other", ""))
    return str(value).format(n=n, **fields)


def join_words(words: Sequence[str], language: str | None) -> str:
    """``a``, ``a and b``, ``a, b and c`` in ``language`` (its ``and_join`` template)."""
    if len(words) < 2:
        return "".join(words)
    return phrase(language, "and_join", first=", ".join(words[:-1]), last=words[-1])
