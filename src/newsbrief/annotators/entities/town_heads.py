"""A town named with a qualifier whose first word reads as something else: the qualifier and
the place after it belong to the town's name.

News names some towns by a word and a qualifier (``[entities] town_qualifiers``): ``Weil am
Rhein``, ``Halle an der Saale``, ``Weiden in der Oberpfalz``. Their first word alone is a stop
word (``weil``), a first name (``Halle``) or a common noun (``Weiden``, ``[entities]
not_towns``), so no town is read there and only the river or the region after the qualifier is
found (``Rhein``). Where the place found is the end of such a name, the town's name is the
whole: one on the town list as written (``Weil am Rhein``), or one whose first word the list
holds as a town (:data:`~.towns.MIN_POPULATION` people or more), with an article after the
qualifier (``an der Saale``; not ``Karl Freiherr von Stein in Bonn``), that nothing before it
makes a common noun (no article: ``die Halle am Rhein``; no stop word: ``weil am Rhein``
without the list's town), and whose qualifier is no country (``Lehre in der Schweiz``). Runs
after the evidence pass, on the places it typed.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import CANONICAL, TEXT
from newsbrief.annotators.entities.foreign_bounds import PlaceGrowth, grow_places, town_qualifiers
from newsbrief.annotators.entities.foreign_words import word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.annotators.entities.towns import (
    MIN_POPULATION,
    listed_population,
    named_town,
)
from newsbrief.languages import language, on_reload

__all__ = ["town_heads"]

#: How far before a place its town's first word and qualifier are looked for.
_REACH = 60


def town_heads(items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str) -> None:
    """Each place's mention that ends a town's name with a qualifier grown back over the
    town's first word and qualifier (see the module); a mention inside the growth goes."""
    found = _heads(code)
    if found is None:
        return
    heads, articles, stopwords = found

    def head_of(fields: tuple[str, ...], start: int, end: int) -> PlaceGrowth | None:
        if " " in fields[TEXT]:
            return None
        match = heads.search(text, max(0, start - _REACH), start)
        if match is None:
            return None
        head, between = match.group(1), match.group(2)
        if not head[:1].isupper() or not (between is None or between.islower()):
            return None
        begin = match.start(1)
        whole = text[begin:end]
        if listed_population(whole) >= MIN_POPULATION:
            return begin, end, whole
        if (
            # (an article after the qualifier, ``an der Saale``: not ``von Stein in Bonn``)
            between is not None
            and listed_population(head) >= MIN_POPULATION
            and named_town(head, code) is None
            and head.lower() not in stopwords
            and word_before(text, begin) not in articles
            # (a town's qualifier is a river or a region, never a country: ``Lehre in der
            # Schweiz``, ``Ende in der Türkei`` are the nouns)
            and fields[CANONICAL] not in gz.country_names().values()
        ):
            return begin, end, None
        return None

    grow_places(items, dropped, spans, text, head_of)


@cache
def _heads(code: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]] | None:
    """A capitalised word, a qualifier of language ``code`` and at most one lower-case word,
    right before a place (``Weil am``, ``Halle an der``); the language's articles and stop
    words."""
    alternation = town_qualifiers(code)
    if alternation is None:
        return None
    lang = language(code)
    pattern = re.compile(
        rf"(?<![\w\-])([^\W\d_][\w\-]*)[ \u00a0](?:{alternation})(?:[ \u00a0]([^\W\d_]+))?"
        r"[ \u00a0]\Z"
    )
    articles = lang.words("quotes", "definite_articles") | lang.words(
        "quotes", "indefinite_articles"
    )
    return pattern, articles, lang.stopwords


# (Built from language data: a reload reads it again.)
on_reload(_heads.cache_clear)
