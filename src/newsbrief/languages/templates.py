"""Template words of the exporters (``Summary``, ``3 articles``...) in a reader's language.

They live in each data file's ``[templates]`` section: a key maps to a string with ``{field}``
placeholders, or to plural forms by CLDR plural category (``zero``, ``one``, ``two``, ``few``,
``many``, ``other``) with ``{n}`` for the count; babel says which category a number takes in the
language. A form keyed ``"=1"`` (ICU's exact match) wins over the category: words that agree
with a *list* of ``n`` things, not with the numeral ``n``, are singular for one thing only
(Ukrainian ``21`` takes ``one``, yet 21 listed sources are plural).

What CLDR knows is not written by hand: a translated language without its own ``and_join`` or
``date_range`` gets CLDR's list pattern (``{0} و{1}``) and interval fallback (``{0} – {1}``),
and :func:`join_words` CLDR's whole list format (``[1]、[2]和[3]``). A key a language lacks
otherwise is taken from English, as gettext falls back to the source text.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from newsbrief.languages import language
from newsbrief.languages import language as _language_data

#: The language whose words fill any gap.
FALLBACK = "en"


@functools.cache
def _plural_rule(code: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(FALLBACK).plural_form


@functools.cache
def _cldr_templates(code: str) -> dict[str, str]:
    """The templates CLDR gives for ``code`` (none when babel does not know the language)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    found = {}
    end = locale.list_patterns.get("standard", {}).get("end")
    if end:
        found["and_join"] = end.replace("{0}", "{first}").replace("{1}", "{last}")
    interval = locale.interval_formats.get(None)
    if isinstance(interval, str) and "{0}" in interval and "{1}" in interval:
        found["date_range"] = interval.replace("{0}", "{first}").replace("{1}", "{last}")
    return found


def phrase(code: str | None, key: str, n: int | None = None, **fields: Any) -> str:
    """Template ``key`` in the language of ``code``, with ``{n}`` and ``fields`` filled in."""
    words = language(code)
    own = words.templates.get(key)
    if own is None and words.templates and words.code != FALLBACK:
        # A translated language: CLDR fills what it knows (not a mix into English otherwise).
        own = _cldr_templates(words.code).get(key)
    value, rule_code = (own, words.code) if own is not None else (None, FALLBACK)
    if value is None:
        value = language(FALLBACK).templates.get(key)
    if value is None:
        raise KeyError(f"no template {key!r}")
    if isinstance(value, Mapping):
        exact = value.get(f"={n}") if n is not None else None
        category = _plural_rule(rule_code)(n if n is not None else 0)
        value = exact if exact is not None else value.get(category, value.get("other", ""))
    return str(value).format(n=n, **fields)


def join_words(words: Sequence[str], language: str | None) -> str:
    """``a``, ``a and b``, ``a, b and c`` in ``language`` (its ``and_join`` template)."""
    if len(words) < 2:
        return "".join(words)
    data = _language_data(language)
    if data.templates and "and_join" not in data.templates and data.code != FALLBACK:
        joined = _cldr_list(tuple(words), data.code)
        if joined is not None:
            return joined  # CLDR's own separators too: "[1]、[2]和[3]", "[1] و[2] و[3]"
    return phrase(language, "and_join", first=", ".join(words[:-1]), last=words[-1])


def _cldr_list(words: tuple[str, ...], code: str) -> str | None:
    from babel import UnknownLocaleError
    from babel.lists import format_list

    if not _cldr_templates(code):
        return None
    try:
        return str(format_list(list(words), locale=code))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
