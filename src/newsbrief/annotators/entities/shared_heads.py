"""A body's name whose first part shares the head of its second, written with a hyphen and a
joiner before it (``Industrie- und Handelskammer Lindau``, ``Wirtschafts- und
Sozialausschuss``): German leaves a compound's repeated end out and marks the gap with a
hyphen, so the hyphened word and the joiner (``[entities] list_joiners``) are the first words of
the body's name, never a name of their own; so is a capitalised adjective before them, as
German writes one only in a name (``[entities] name_adjective_endings``: ``Schweizerisches
Rot- und Weißweininstitut``). The body's mention grows back over them, and a
mention of the hyphened word alone goes. Runs after the evidence pass (:mod:`.foreign`), on the
bodies it typed; only where a word may end in a hyphen before a joiner (German-style
compounds), which the pattern itself asks.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities.chunker import TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import typed_as
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload

__all__ = ["shared_heads"]


@cache
def _opening(code: str) -> re.Pattern[str] | None:
    """A capitalised word ending in a hyphen, a space, a joiner of the language and a space,
    right at the end of the text searched (``Industrie- und ``), perhaps after a capitalised
    adjective of a name (group 1)."""
    lang = language(code)
    joiners = sorted(lang.words("entities", "list_joiners"))
    if not joiners:
        return None
    alternation = "|".join(re.escape(word) for word in joiners)
    endings = sorted(lang.words("entities", "name_adjective_endings"), key=len, reverse=True)
    adjective = (
        rf"(?:([^\W\d_a-z]\w*(?:{'|'.join(map(re.escape, endings))}))[ \u00a0])?" if endings else ""
    )
    return re.compile(rf"(?<![\w\-]){adjective}[^\W\d_][\w]*-[ \u00a0](?:{alternation})[ \u00a0]$")


def shared_heads(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Each body's mention after a hyphened word and a joiner grown back over them; a mention
    inside the growth goes (see the module)."""
    opening = _opening(code)
    if opening is None:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation":
            continue
        start, end = spans.span(index, number)
        if fields[TEXT] != text[start:end]:
            continue
        found = opening.search(text, max(0, start - 60), start)
        if found is None or not found.group()[:1].isupper():
            continue
        begin = found.start()
        if found.group(1) is not None and found.group(1).lower() in language(code).stopwords:
            begin = found.start() + len(found.group(1)) + 1
        grown = list(typed_as(fields, "organisation", None))
        grown[TEXT] = text[begin:end]
        items[k] = (index, spans.add(begin, end), tuple(grown))
        for before in range(k - 1, -1, -1):
            if spans.span(items[before][0], items[before][1])[1] <= begin:
                break
            dropped.add(before)


# (Built from language data: a reload reads it again.)
on_reload(_opening.cache_clear)
