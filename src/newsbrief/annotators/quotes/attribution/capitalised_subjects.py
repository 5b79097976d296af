"""Where an unnamed person's description ends before its verb in a language that capitalises
every noun (German): ``Ein Student zeigte mehr Verständnis: „...“``, ``Eine Rentnerin aus
Kassel hat wenig Verständnis: „...“``.

The French reading (the verb stands before its object's article) fails there: the object often
has no article (``zeigte mehr Verständnis``). A capital tells the nouns instead: after the
article come lower-case adjectives, the noun heading the description, then any links to what
it is of or from (``[quotes] description_links``: ``aus Kassel``, ``des Vereins``), each
followed by capitalised words, maybe after an adjective or two (``des bayerischen
Ministeriums``; ``description_adjective_endings``); the first word after that is the verb.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

__all__ = ["description_verb"]

#: At most this many adjectives stand between a link and its noun (``des neuen bayerischen``).
_LINK_ADJECTIVES = 2


def description_verb(
    words: Sequence[tuple[str, int, int]],
    is_head: Callable[[str], bool],
    links: Collection[str],
    adjective_endings: tuple[str, ...] = (),
) -> int | None:
    """The index in ``words`` (an indefinite article first) of the verb after the description
    they open, or ``None`` when no described noun heads it or no word follows it."""
    i = 1
    while i < len(words) and words[i][0][:1].islower() and words[i][0].lower() not in links:
        i += 1  # ``ein junger Student``
    if i >= len(words) or not words[i][0][:1].isupper() or not is_head(words[i][0]):
        return None
    i += 1
    while i < len(words) and words[i][0].lower() in links:
        after = i + 1
        while (
            after < len(words)
            and after - i <= _LINK_ADJECTIVES
            and words[after][0].islower()
            and words[after][0].endswith(adjective_endings)
        ):
            after += 1  # ``des bayerischen Ministeriums``
        if after >= len(words) or not words[after][0][:1].isupper():
            break
        i = after + 1
        while i < len(words) and words[i][0][:1].isupper():
            i += 1  # ``aus Bad Homburg``
    return i if i < len(words) else None
