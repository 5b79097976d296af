"""Custom stop words (``--stopwords [LANG:]FILE``): read and bounded here, scoped to one run.

A file holds one word per line, UTF-8; blank lines and lines starting with ``#`` are skipped;
words are compared lower-cased (``’`` folded to ``'``), as the shared analysis compares them.
``LANG:FILE`` adds them to one language's stop words (``uk:words.txt``), a plain ``FILE`` to every
language's.

How they travel: the run's :class:`~newsbrief.pipeline.settings.Settings` carries them
(``stopwords``, ``{language or "*": words}``) and the pipeline scopes them to the run with
:func:`using_stopwords` (a context variable, set and reset around the briefing, like the progress
observer), so the shared analysis (story features) and the summarizers see them without a new
argument on every stage and plugin protocol. Every cache of stop-word flags is keyed by them
(:func:`stopwords_key`): two runs with different lists in one process never mix. The language's
own list is untouched, and so is the name finder's (a custom stop word is no reason to stop
seeing a name).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterable, Iterator, Mapping

#: The largest stop-word file read, checked before reading (a word list, not a corpus).
MAX_STOPWORDS_BYTES = 1 << 20
#: The key of the words added to every language.
ALL_LANGUAGES = "*"

#: The run's extra stop words: ``((language or "*", words), ...)`` sorted, or ``None``.
_EXTRA: contextvars.ContextVar[tuple[tuple[str, frozenset[str]], ...] | None]
_EXTRA = contextvars.ContextVar("newsbrief_stopwords", default=None)


def read_stopwords_spec(spec: str) -> tuple[str, frozenset[str]]:
    """``(language code or "*", words)`` of ``LANG:FILE`` or ``FILE``; a one-line
    :class:`ValueError` for an unknown language or a missing, oversized, binary or non-UTF-8
    file."""
    from newsbrief.languages.detect import parse_language

    prefix, sep, rest = spec.partition(":")
    # ``uk:words.txt``; a file whose own name has a colon is still that file when it exists.
    if sep and rest and not os.path.exists(spec) and prefix.replace("-", "").isalpha():
        return parse_language(prefix), read_stopwords(rest)
    return ALL_LANGUAGES, read_stopwords(spec)


def read_stopwords(path: str) -> frozenset[str]:
    """The words of the stop-word file ``path`` (see the module docstring)."""
    try:
        if os.path.isdir(path):
            raise ValueError(f"{path}: is a folder, not a file of stop words")
        size = os.stat(path).st_size
        if size > MAX_STOPWORDS_BYTES:
            raise ValueError(f"{path}: {size} bytes, more than {MAX_STOPWORDS_BYTES} of stop words")
        with open(path, "rb") as handle:
            data = handle.read(MAX_STOPWORDS_BYTES + 1)  # it may have grown since the stat
    except OSError as error:
        raise ValueError(f"{path}: {(error.strerror or str(error)).lower()}") from None
    if len(data) > MAX_STOPWORDS_BYTES:
        raise ValueError(f"{path}: more than {MAX_STOPWORDS_BYTES} bytes of stop words")
    if b"\0" in data:
        raise ValueError(f"{path}: binary data, not a list of stop words")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 (byte {error.start})") from None
    words = set()
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(word.lower().replace("’", "'"))
    return frozenset(words)


def normalized(table: Mapping[str, Iterable[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """``table`` (``{language or "*": words}``) as the sorted, hashable form kept in context."""
    out = []
    for key, words in sorted(table.items()):
        if isinstance(words, str):
            raise TypeError(f"stop words of {key!r}: a collection of words, not one string")
        folded = (word.strip().lower().replace("’", "'") for word in words)
        out.append((str(key), frozenset(word for word in folded if word)))
    return tuple(out)


@contextlib.contextmanager
def using_stopwords(table: Mapping[str, Iterable[str]] | None) -> Iterator[None]:
    """Within the block, :func:`extra_stopwords` gives ``table``'s words (none when empty)."""
    token = _EXTRA.set(normalized(table) if table else None)
    try:
        yield
    finally:
        _EXTRA.reset(token)


def stopwords_key() -> tuple[tuple[str, frozenset[str]], ...] | None:
    """The extra stop words in force, as a hashable key for caches (``None``: none)."""
    return _EXTRA.get()


def extra_stopwords(language: str | None) -> frozenset[str]:
    """The extra stop words in force for ``language`` (an ISO 639-1 code): the ``"*"`` words
    and the language's own."""
    table = _EXTRA.get()
    if not table:
        return frozenset()
    found = frozenset[str]()
    for key, words in table:
        if key in (ALL_LANGUAGES, language):
            found |= words
    return found
