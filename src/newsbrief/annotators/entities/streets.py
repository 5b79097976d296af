"""Streets and squares by the form of their names, where every noun is capitalised.

A street's or a square's name ends in a noun for one (``[entities] street_nouns``: German
``Straße``, ``Allee``, ``Platz``, ``Weg``) and says whose it is before it, in one of three
forms news writes:

* a capitalised adjective of a place or a person, undeclined (``[entities]
  undeclined_adjective_endings``), and the noun as its own word (``Brakenfelder Straße``,
  ``Mirnauer Straße``): German writes such an adjective capitalised only in a name, and
  opening a sentence, where every word is, only one read back to a known place
  (:func:`~.foreign_bounds.place_adjective`; not a headline's ``Erster Platz``);
* names hyphened to the noun (``Jens-Kolbe-Straße``, ``Anna-Vogt-Allee``): a compound of
  capitalised parts is a name's;
* one word ending in the noun with a house number after it (``Parkstraße 12``): a common
  noun so ending (``Fahrradstraße``, ``Marktplatz``) takes no number, only a count of the
  noun after it (``auf dem Marktplatz 200 Menschen``);
* one word ending in a noun for a way or a square (``[entities] addressed_street_nouns``)
  after a preposition that says where something is on it (``street_before``: ``an der
  Lindenholzstraße``, ``am Lindenplatz``), less the common nouns so ending that news writes there
  (``not_streets``: ``an der Bundesstraße``, ``am Arbeitsplatz``).
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities.foreign_bounds import place_adjective
from newsbrief.languages import language, on_reload

__all__ = ["street"]

#: A house number after a street's name (``12``, ``7a``, ``3-5``), not a count of the
#: capitalised noun after it (``Marktplatz 200 Menschen``, ``Heimweg 2 Kilometer``).
_HOUSE_NUMBER = re.compile(
    r"[ \u00a0]\d{1,3}[a-z]?(?:[-–/]\d{1,3}[a-z]?)?(?![\w.,]?\d)(?:[ \u00a0]+(\w))?"
)


@cache
def _words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Language ``code``'s street nouns in lower case and its undeclined adjective endings."""
    lang = language(code)
    return (
        tuple(sorted(lang.words("entities", "street_nouns"))),
        tuple(sorted(lang.words("entities", "undeclined_adjective_endings"))),
    )


@cache
def _addressed(code: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Language ``code``'s prepositions (with their article) before a street, in lower case
    and each ending in a space, its nouns for a way or a square, and the common nouns so
    ending (and ending their compounds)."""
    lang = language(code)
    before = lang.sections.get("entities", {}).get("street_before") or ()
    return (
        tuple(sorted(f"{phrase.lower()} " for phrase in before)),
        tuple(sorted(lang.words("entities", "addressed_street_nouns"))),
        tuple(sorted(lang.words("entities", "not_streets"))),
    )


def _addressed_street(name: str, text: str, start: int, code: str) -> bool:
    """Whether the one word ``name`` at ``start`` ends in a noun for a way or a square and
    follows a preposition that says where on it (see the module)."""
    before, nouns, common = _addressed(code)
    lower = name.lower()
    # (a compound ends in its head: ``Firmenparkplatz`` is a ``Parkplatz``, no square's name)
    if not before or lower.endswith(common) or "-" in name:
        return False
    if not any(lower.endswith(noun) and len(lower) > len(noun) + 2 for noun in nouns):
        return False
    opening = text[max(0, start - 12) : start].replace("\u00a0", " ").lower()
    return any(
        opening.endswith(phrase) and not opening[: -len(phrase)][-1:].isalpha() for phrase in before
    )


def street(name: str, text: str, end: int, code: str) -> bool:
    """Whether ``name``, ending at ``end`` of ``text``, is a street's or a square's by its form
    (see the module)."""
    nouns, adjective_endings = _words(code)
    if not nouns or not name[:1].isupper():
        return False
    parts = name.split(" ")
    last = parts[-1]
    lower = last.lower()
    if len(parts) == 2 and lower in nouns and last[:1].isupper():
        first = parts[0]
        return (
            first.endswith(adjective_endings)
            and len(first) > 4
            and "-" not in first
            and place_adjective(text, end - len(name), first, code)
        )
    if len(parts) != 1:
        return False
    pieces = last.split("-")
    if len(pieces) >= 2:
        return pieces[-1].lower() in nouns and all(p[:1].isupper() and len(p) > 1 for p in pieces)
    if _addressed_street(last, text, end - len(name), code):
        return True
    number = _HOUSE_NUMBER.match(text, end)
    return (
        any(lower.endswith(noun) and len(lower) > len(noun) + 2 for noun in nouns)
        and number is not None
        and not (number.group(1) or "").isupper()
    )


# (Built from language data: a reload reads it again.)
on_reload(_words.cache_clear)
on_reload(_addressed.cache_clear)
