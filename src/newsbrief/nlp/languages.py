"""Per-language resources: stop words and stemmers, chosen by each document's language.

Nothing here downloads data: stop words come from the ``stop-words`` package and stemmers from
``snowballstemmer`` (sumy's own Ukrainian stemmer where Snowball has none).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

#: ISO 639-1 codes newsbrief knows, mapped to the language names the libraries use.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "arabic",
    "bg": "bulgarian",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sv": "swedish",
    "tr": "turkish",
    "uk": "ukrainian",
}

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
    """An ISO 639-1 code for ``language`` (a code or an English name); English when unknown."""
    if not language:
        return DEFAULT_LANGUAGE
    language = language.strip().lower().replace("_", "-").split("-")[0]
    if language in LANGUAGE_NAMES:
        return language
    for code, name in LANGUAGE_NAMES.items():
        if name == language:
            return code
    return DEFAULT_LANGUAGE


@functools.cache
def resources(language: str | None) -> LanguageResources:
    """Stop words and stemmer for ``language`` (cached; English when the language is unknown)."""
    code = normalize_language(language)
    return LanguageResources(code=code, stopwords=_stopwords(code), stem=_stemmer(code))


def _stopwords(code: str) -> frozenset[str]:
    from stop_words import StopWordError, get_stop_words

    try:
        return frozenset(word.lower() for word in get_stop_words(LANGUAGE_NAMES[code]))
    except StopWordError:
        return frozenset()


def _stemmer(code: str) -> Callable[[str], str]:
    import snowballstemmer

    name = LANGUAGE_NAMES[code]
    if name in snowballstemmer.algorithms():
        stem = snowballstemmer.stemmer(name).stemWord
        return functools.lru_cache(maxsize=65536)(stem)
    if code == "uk":
        from sumy.nlp.stemmers.ukrainian import stem_word

        return functools.lru_cache(maxsize=65536)(stem_word)
    return str.lower


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿ]+")


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """Guess the ISO 639-1 language of ``text`` from its script and stop words.

    Cyrillic text is told apart by the letters only Ukrainian or only Russian uses; Latin-script
    text by which language's stop words are most frequent. ``None`` when there is too little text.
    """
    head = text[:sample]
    letters = sum(ch.isalpha() for ch in head)
    if letters < 20:
        return None
    cyrillic = len(_CYRILLIC.findall(head))
    if cyrillic > letters / 2:
        uk, ru = len(_UKRAINIAN_ONLY.findall(head)), len(_RUSSIAN_ONLY.findall(head))
        return "uk" if uk > ru else "ru"
    words = _LATIN_WORD.findall(head.lower())
    if not words:
        return None
    best, best_hits = None, 0
    for code in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "da", "ro", "tr"):
        stop = resources(code).stopwords
        hits = sum(word in stop for word in words)
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= max(3, len(words) // 20) else None
