"""Abbreviations per language, used to repair sentence splits made after them.

The words live in each language's data file (``[segmentation]`` in
``newsbrief/languages/data/<code>.toml``, read through :func:`newsbrief.languages.language`);
this module is the segmenter's view of them. Three kinds, all lower-case and without their final
period:

* ``never_final``: titles and the like that are always followed by more of the sentence
  (``Lt. Gen. Mark Hertling``, ``Mr. Umerov``, ``им. Пушкина``);
* ``before_number``: abbreviations that continue the sentence when a number follows
  (``Feb. 28``, ``No. 5``, ``p. 55``);
* time expressions after which a time zone continues the sentence (``7:30 a.m. ET``).
"""

from __future__ import annotations

import functools

import attrs

from newsbrief.languages import language, on_reload


@attrs.frozen
class Abbreviations:
    """The abbreviations of one language."""

    #: Never end a sentence.
    never_final: frozenset[str]
    #: Continue the sentence when a number follows.
    before_number: frozenset[str]


#: The language whose abbreviations every language gets: news in any language quotes English
#: names and titles.
_ALWAYS = "en"

#: Time zones that may follow ``a.m.``/``p.m.`` within the same sentence.
TIME_ZONES = frozenset(
    [
        "ET",
        "EST",
        "EDT",
        "CT",
        "CST",
        "CDT",
        "MT",
        "MST",
        "MDT",
        "PT",
        "PST",
        "PDT",
        "AKST",
        "HST",
        "GMT",
        "UTC",
        "BST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "MSK",
        "IST",
        "JST",
        "AEST",
        "AEDT",
        "KST",
    ]
)


@functools.cache
def times() -> frozenset[str]:
    """``a.m.`` and friends (lower-case, without the final period); read at first use, as
    reading the language's data at import cost ``newsbrief --help`` a third of a second."""
    return language(_ALWAYS).abbreviations.get("times", frozenset())


_CACHE: dict[str | None, Abbreviations] = {}
on_reload(_CACHE.clear)
on_reload(times.cache_clear)


def abbreviations(language_code: str | None) -> Abbreviations:
    """The abbreviations for ``language_code``; English ones are always included, since news in
    any language quotes English names and titles."""
    if language_code not in _CACHE:
        kinds = (language(_ALWAYS).abbreviations, language(language_code).abbreviations)
        _CACHE[language_code] = Abbreviations(
            never_final=frozenset().union(*(k.get("never_final", ()) for k in kinds)),
            before_number=frozenset().union(*(k.get("before_number", ()) for k in kinds)),
        )
    return _CACHE[language_code]
