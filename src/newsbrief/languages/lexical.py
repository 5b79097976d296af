"""Stop words and stemmers: from the ``stop-words`` and ``snowballstemmer`` packages (sumy's own
Ukrainian stemmer where Snowball has none). Nothing is downloaded."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

#: ISO 639-1 codes mapped to the language names the ``stop-words`` and ``snowballstemmer``
#: packages use.
LIBRARY_NAMES: dict[str, str] = {
    "ar": "arabic",
    "bg": "bulgarian",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
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
    "vi": "vietnamese",
    "zh": "chinese",
}


@functools.cache
def stopwords(code: str) -> frozenset[str]:
    """The ``stop-words`` package's lower-case list for ``code``; empty when it has none."""
    from stop_words import StopWordError, get_stop_words

    name = LIBRARY_NAMES.get(code)
    if name is None:
        return frozenset()
    try:
        return frozenset(word.lower() for word in get_stop_words(name))
    except StopWordError:
        return frozenset()


@functools.cache
def stemmer(code: str) -> Callable[[str], str]:
    """A cached stemmer for ``code``: Snowball's, sumy's for Ukrainian, else lower-casing."""
    import snowballstemmer
    import Stemmer  # PyStemmer: the same Snowball stemmers, compiled (docs/performance.md)

    name = LIBRARY_NAMES.get(code)
    if name in Stemmer.algorithms():
        compiled = Stemmer.Stemmer(name)
        # Its own cache off: the lru_cache below remembers stems, and PyStemmer's cache made
        # every new word three times as slow to stem (the same stems).
        compiled.maxCacheSize = 0
        return functools.lru_cache(maxsize=65536)(compiled.stemWord)
    if name in snowballstemmer.algorithms():
        return functools.lru_cache(maxsize=65536)(snowballstemmer.stemmer(name).stemWord)
    if code == "uk":
        return functools.lru_cache(maxsize=65536)(_sumy_ukrainian_stemmer())
    return str.lower


def _sumy_ukrainian_stemmer() -> Callable[[str], str]:
    """sumy's Ukrainian stemmer (one file of regular expressions), loaded from its file alone:
    importing it as ``sumy.nlp.stemmers.ukrainian`` runs that package's ``__init__``, which
    imports NLTK and, through it, SciPy: seconds before the first Ukrainian word is stemmed.
    Called once per process (:func:`stemmer` is cached)."""
    try:
        stem: Callable[[str], str] = _file_module("sumy", "nlp/stemmers/ukrainian.py").stem_word
        return stem
    except (ImportError, OSError):  # sumy not in a plain folder (a zip): the usual import
        from sumy.nlp.stemmers.ukrainian import stem_word

        return stem_word


def _file_module(package: str, relative: str) -> ModuleType:
    """The module in file ``relative`` of ``package``, run on its own (not as the package's
    submodule, so the package's ``__init__`` is not run)."""
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise ImportError(f"{package} is not installed as a package")
    path = Path(next(iter(found.submodule_search_locations)), relative)
    if not path.is_file():
        raise ImportError(f"{path} is not a file")
    spec = importlib.util.spec_from_file_location(f"newsbrief_{package}_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
