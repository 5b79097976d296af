"""A name's genitive written with an ending glued to it (German ``Kiews``, ``Dortmunds``,
``Innenministeriums``): the endings of ``[entities] name_genitive_endings`` and the one way
every reader takes them off, so the entity annotator, the merging of names and the briefing's
sections agree on what a genitive's base is."""

from __future__ import annotations

from functools import cache

from newsbrief.languages import language, on_reload


@cache
def genitive_endings(code: str | None) -> tuple[str, ...]:
    """The endings of a name's genitive in language ``code`` (``[entities]
    name_genitive_endings``: ``es``, ``s`` in German), the longest first (a longer ending is
    tried before a shorter one it ends with); empty for a language without them."""
    if code is None:
        return ()
    endings = language(code).words("entities", "name_genitive_endings")
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def genitive_bases(word: str, code: str | None, shortest: int = 1) -> list[str]:
    """``word`` less each genitive ending of language ``code`` it ends with, the longest
    ending first, where ``shortest`` letters or more are left (``Griechenlands`` ->
    ``Griechenland``; ``Hauses`` -> ``Haus``, ``Hause``): what it may be the genitive of, for
    the caller to look up."""
    return [
        word[: -len(ending)]
        for ending in genitive_endings(code)
        if word.endswith(ending) and len(word) - len(ending) >= shortest
    ]


# (A language data file reloaded may list other endings.)
on_reload(genitive_endings.cache_clear)
