"""A body's territorial office named as one organisation (Russian and Ukrainian).

The offices of a ministry or a service in a region are named by the body, maybe its country
in the genitive, a preposition and the territory: ``ГУ МЧС России по Петербургу``, ``УМВД по
Тверской области``, ``ГУ ДСНС у Харківській області``. The chunker reads the capitalised
pieces apart (``ГУ МЧС``, ``России``, ``Петербургу``), so the office that speaks came out as
its parent body and the territory as a place the article is about. Here an organisation
followed by such a tail (``[entities] territorial_links``, and for a language that lists
``territorial_units`` a territory ending in one of them: Ukrainian ``МЗС у Варшаві`` is a
ministry in a city) becomes one organisation mention, named by the body's name and the tail
as written (the tail keeps its case whatever the body's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsbrief.annotators.entities.merging import Kept, slug
from newsbrief.languages import language, on_reload
from newsbrief.model import Document
from newsbrief.nlp.candidates import TEXT, with_fields

__all__ = ["with_territorial_bodies"]

#: Spaces between the pieces of one name (no line break, no punctuation).
_GAP = re.compile(r"[ \u00a0]+")
#: A Cyrillic letter: an office's abbreviation is written in its language's script.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(territorial_links, territorial_units, org_leads)`` of language ``code``, lower
    case; a link is read with each of ``territorial_heads`` after it too (``по
    республике``)."""
    data = language(code)
    links = frozenset(w.lower() for w in data.words("entities", "territorial_links"))
    heads = frozenset(w.lower() for w in data.words("entities", "territorial_heads"))
    return (
        links | {f"{link} {head}" for link in links for head in heads},
        frozenset(w.lower() for w in data.words("entities", "territorial_units")),
        frozenset(w.lower() for w in data.words("entities", "org_leads")),
    )


on_reload(_words.cache_clear)


def with_territorial_bodies(document: Document, kept: Sequence[Kept]) -> list[Kept]:
    """``kept`` (a document's entity mentions, in text order) with each organisation that a
    territorial office's tail follows made one mention with it, the place mentions of the tail
    left out; ``kept`` itself where the language names no such links."""
    code = document.language
    links, units, leads = _words(code) if code else (frozenset(), frozenset(), frozenset())
    if not links:
        return list(kept)
    text = document.text
    out: list[Kept] = []
    index = 0
    while index < len(kept):
        item = kept[index]
        joined = (
            _office(text, kept, index, links, units) if _state_body(item[2][TEXT], leads) else None
        )
        if joined is None:
            out.append(item)
            index += 1
            continue
        last = kept[joined]
        start, end, fields, entity = item
        tail = text[end : last[1]]
        name = entity[0] + tail
        body = (name, "organisation", f"organisation:{slug(name)}", None)
        out.append((start, last[1], with_fields(fields, text=text[start : last[1]]), body))
        index = joined + 1
    return out


def _state_body(name: str, leads: frozenset[str]) -> bool:
    """Whether ``name`` (an organisation as written) may be a state body with territorial
    offices: opening with an abbreviation (``ГУ МЧС России``, ``УФСИН``) or led by an
    institution's noun (``Управление Росреестра``); a company's name (``Сбербанк по
    Москве``: its business in Moscow, ``Kernel у Київській області``) is no office."""
    first = name.split(None, 1)[0] if name.strip() else ""
    return first.lower() in leads or (first.isupper() and _CYRILLIC.search(first) is not None)


def _office(
    text: str, kept: Sequence[Kept], index: int, links: frozenset[str], units: frozenset[str]
) -> int | None:
    """The index of the territory's mention when the organisation at ``index`` opens a
    territorial office's name (maybe a country between: ``МЧС России по``), else ``None``."""
    end, entity = kept[index][1], kept[index][3]
    if entity[1] != "organisation" or index + 1 >= len(kept):
        return None
    at = index + 1
    following = kept[at]
    after = kept[at + 1][0] if at + 1 < len(kept) else -1
    if (
        following[3][1] == "place"
        and _GAP.fullmatch(text[end : following[0]])
        and _linked(text, following[1], after, links)
    ):
        # (the body's country in the genitive, a link after it: ``УМВД России по``)
        end, at = following[1], at + 1
    if at >= len(kept):
        return None
    territory = kept[at]
    if territory[3][1] != "place" or not _linked(text, end, territory[0], links):
        return None
    if units and territory[2][TEXT].rsplit(None, 1)[-1].lower() not in units:
        return None
    return at


def _linked(text: str, end: int, start: int, links: frozenset[str]) -> bool:
    """Whether the text between ``end`` and ``start`` is one link word between spaces."""
    if start <= end:
        return False
    between = text[end:start]
    word = between.strip(" \u00a0")
    return (
        " ".join(word.split()).lower() in links
        and _GAP.fullmatch(between[: between.index(word)]) is not None
        and _GAP.fullmatch(between[between.index(word) + len(word) :]) is not None
    )
