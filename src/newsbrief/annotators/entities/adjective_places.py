"""Places named by an adjective and a noun, written in an oblique case after a preposition of
place: ``под Вышним Волочком``, ``из Нижнего Новгорода``, ``на Сіверському Донці``.

Russian and Ukrainian name many towns, rivers and districts so. Outside the gazetteer, two
capitalised words read as a person's name; but no first name ends as an adjective in an oblique
case (``[entities] adjective_place_endings``: ``-ого``, ``-ому``, ``-ым``), and a person is
not where a preposition of place puts a name (``[entities] adjective_place_prepositions``:
``в``, ``под``, ``из``). Such a name, typed a person by its capitals alone (no role, title or
first name) and of two words, the first no first name, is a place's (the noun may be spelt
as one: ``в Кривому Розі``), unless the language's dictionary reads the two words as one
person's name in one case and gender (``у Горького Максима``: a surname declined as an
adjective, then the first name; ``languages/morphology.py``). A name the town list reads in
such a case (``towns.town_in``: ``Білій Церкві``, ``Кривому Розі``) is the town's after any
word, and whether the chunker or the evidence made it a person's or a body's (``церква`` is a
body's noun too). Each such place is named in the nominative (the town's canonical name, else
the dictionary's: ``Нижний Новгород``), so its case forms are one place across documents.
"""

from __future__ import annotations

from functools import cache

from newsbrief.annotators.entities.chunker import CANONICAL, TEXT, TYPE, rules_for
from newsbrief.annotators.entities.foreign_words import is_open, typed_as, word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.annotators.entities.towns import town_in
from newsbrief.languages import language, on_reload
from newsbrief.languages.morphology import (
    is_nominative_adjective,
    nominative_body,
    nominative_name,
)

__all__ = ["adjective_places", "capitalised_adjective", "is_oblique_adjective"]


def adjective_places(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Each person's mention of the module's shape after a preposition of place made a place's
    (see the module)."""
    endings, prepositions = _words(code)
    if not endings:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] not in (None, "person", "organisation"):
            continue
        parts = fields[TEXT].split(" ")
        if (
            len(parts) != 2
            or not all(part[:1].isupper() and part[1:].islower() for part in parts)
            or rules_for(code).first_name(parts[0]) is not None
        ):
            continue
        start, end = spans.span(index, number)
        if text[start:end] != fields[TEXT] or text[start - 1 : start] in _QUOTES:
            continue  # (``«Кривий Ріг»``: a club or a paper named after the town)
        # (``у Білій Церкві``, ``між Стриєм і Новим Розділом``, ``Біла Церква``: a listed
        # town's name is the town's wherever it stands, though its noun is a body's too)
        listed = town_in(fields[TEXT], code)
        if listed is not None:
            if not (
                is_oblique_adjective(parts[0], code)
                or is_nominative_adjective(parts[0].lower(), code)
            ):
                continue
        elif (
            fields[TYPE] != "person"
            or not is_open(fields)
            or not is_oblique_adjective(parts[0], code)
            or word_before(text, start) not in prepositions
            # (an adjectival surname before the first name, ``у Горького Максима``: the
            # dictionary reads the two as one person's name in one case and gender; the
            # Ukrainian one reads ``Білій Церкві`` so too, which the town list outweighs)
            or nominative_name(fields[TEXT], code) is not None
        ):
            continue
        # (the town's or the nominative's name, ``Нижний Новгород`` of ``Нижнем
        # Новгороде``: one place however its case forms are written across documents)
        canonical = listed or nominative_body(fields[TEXT], code) or fields[CANONICAL]
        items[k] = (index, number, typed_as(fields, "place", canonical))


#: Quotation marks a quoted title or a body's name opens with. Not :data:`.foreign_words.QUOTES`
#: (each opening mark with its closing one, for a name read to its closing mark): here only the
#: one mark right before the name is read, so a set of opening marks, the single quotes ``'``
#: and ``‘`` among them (a club's name quoted so is still no town's).
_QUOTES = frozenset("«\"„“'‘")


def capitalised_adjective(word: str, code: str, endings: tuple[str, ...] = ()) -> bool:
    """Whether ``word``, the first of a two-word name, is a capitalised adjective and no first
    name: a capital then lower case, ending as :func:`is_oblique_adjective` or as one of
    ``endings`` (``Нижнего``, ``Конституційний``; not ``Марину``)."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and (word.lower().endswith(endings) or is_oblique_adjective(word, code))
        and rules_for(code).first_name(word) is None
    )


def is_oblique_adjective(word: str, code: str) -> bool:
    """Whether ``word`` ends as an adjective in an oblique case of language ``code`` does
    (``[entities] adjective_place_endings``: ``Большом``, ``Нижнего``); never in a language
    listing no such endings."""
    endings = _words(code)[0]
    return bool(endings) and word.lower().endswith(endings)


@cache
def _words(code: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Language ``code``'s oblique adjective endings and prepositions of place (see the
    module); no endings where it lists none."""
    lang = language(code)
    return (
        tuple(sorted(lang.words("entities", "adjective_place_endings"))),
        lang.words("entities", "adjective_place_prepositions"),
    )


on_reload(_words.cache_clear)
