"""Per-language resources: stop words and stemmers, chosen by each document's language.

Nothing here downloads data: stop words come from the ``stop-words`` package and stemmers from
``snowballstemmer`` (sumy's own Ukrainian stemmer where Snowball has none).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs

# Language identification lives with the rest of the language knowledge; re-exported here for
# the callers that import it from this module.
from newsbrief.languages import lexical
from newsbrief.languages.detect import detect_language, language_code

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGE_NAMES",
    "LanguageResources",
    "detect_language",
    "normalize_language",
    "resources",
]

#: ISO 639-1 codes that have stop words or a stemmer, mapped to the libraries' language names
#: (the language home's table, :data:`newsbrief.languages.lexical.LIBRARY_NAMES`).
LANGUAGE_NAMES: dict[str, str] = lexical.LIBRARY_NAMES

DEFAULT_LANGUAGE = "en"


@attrs.frozen
class LanguageResources:
    """Stop words and a stemmer for one language."""

    #: ISO 639-1 code.
    code: str
    #: Lower-case stop words.
    stopwords: frozenset[str]
    #: Maps a lower-case word to its stem.
    stem: Callable[[str], str] = attrs.field(eq=False, repr=False)


def normalize_language(language: str | None) -> str:
    """The ISO 639-1 code of ``language`` (a code, BCP 47 tag or English name: ``uk-UA``,
    ``Ukrainian``); English only when no language is given or the value names none.

    A language newsbrief has no stop words or stemmer for keeps its own code (``ja``, ``ko``):
    :func:`resources` then gives it no stop words and an identity stemmer, never English ones.
    """
    if not language:
        return DEFAULT_LANGUAGE
    return language_code(language) or DEFAULT_LANGUAGE


@functools.cache
def resources(language: str | None) -> LanguageResources:
    """Stop words and stemmer for ``language`` (cached). A language without them gets no stop
    words and a lower-casing stemmer; English only when no language is known at all."""
    code = normalize_language(language)
    return LanguageResources(code=code, stopwords=_stopwords(code), stem=_stemmer(code))


def _stopwords(code: str) -> frozenset[str]:
    return lexical.stopwords(code)


def _stemmer(code: str) -> Callable[[str], str]:
    return lexical.stemmer(code)
