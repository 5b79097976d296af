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
adjective, then the first name; ``languages/morphology.py``).
"""

from __future__ import annotations

from functools import cache

from newsbrief.annotators.entities.chunker import CANONICAL, TEXT, TYPE, rules_for
from newsbrief.annotators.entities.foreign_words import is_open, typed_as, word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload
from newsbrief.languages.morphology import nominative_name

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
        if k in dropped or fields[TYPE] != "person" or not is_open(fields):
            continue
        parts = fields[TEXT].split(" ")
        if (
            len(parts) != 2
            or not capitalised_adjective(parts[0], code)
            or not (parts[1][:1].isupper() and parts[1][1:].islower())
        ):
            continue
        start, end = spans.span(index, number)
        if text[start:end] != fields[TEXT] or word_before(text, start) not in prepositions:
            continue
        if nominative_name(fields[TEXT], code) is not None:
            # (an adjectival surname before the first name, ``у Горького Максима``: the
            # dictionary reads the two as one person's name in one case and gender)
            continue
        items[k] = (index, number, typed_as(fields, "place", fields[CANONICAL]))


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
