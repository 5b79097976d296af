"""A name after a role held in a body and a genitive connector is the body's: ``le directeur
général de Vernal``, ``el diputado de Junts``, ``el arquero de River``, ``les actionnaires de
Vernal``. The role nouns (``[entities] body_roles``) are those held in a party, a club or a
company, never in a place (``maire``, ``alcalde``) nor towards a person (``avocat``): the
name after them is an organisation's, in every mention the document makes of it, unless the
role is one held for a seat (``[entities] seat_roles``: ``diputado de Cádiz``) and the name is
a town's. The
connectors are ``[entities] body_role_connectors``; an area a role heads inside a body, which
French and Spanish capitalise (``[entities] role_departments``: ``directeur de la
Communication``), names no body.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.towns import named_town
from newsbrief.languages import language, on_reload

__all__ = [
    "after_body_role",
    "after_seat_role",
    "body_after_role_in_run",
    "hyphened_to_body_role",
    "names_a_department",
    "seat_town",
]

#: Characters read back from a name for a role and its connector (``directeur général de``).
_REACH = 48
#: Words of a run that opens with a role: the role, its connector and a name.
_RUN_WORDS = 3


@cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The role nouns and connectors of ``code`` (``[entities] body_roles``,
    ``body_role_connectors``)."""
    lang = language(code)
    return lang.words("entities", "body_roles"), lang.words("entities", "body_role_connectors")


on_reload(_words.cache_clear)


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    """A role noun of ``code``, up to one word after it (``directeur général``,
    ``conseil d'administration``), and a connector (``de``, ``d'``), ending where the name
    begins; ``None`` where the language lists no role."""
    roles, connectors = _words(code)
    if not roles or not connectors:
        return None
    nouns = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
    # (an elided connector, ``d'``, is glued to the name; a whole word is followed by a space)
    links = "|".join(
        re.escape(c) + ("" if c.endswith(("'", "’")) else r"[ \u00a0]+")
        for c in sorted(connectors, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:^|[^\w'’-])(?P<role>{nouns})(?:[ \u00a0]+[\w'’-]+)?[ \u00a0]+(?:{links})$",
        re.IGNORECASE,
    )


on_reload(_pattern.cache_clear)


@cache
def _departments(code: str) -> frozenset[str]:
    """The areas of ``code`` a role heads inside a body (``[entities] role_departments``)."""
    return language(code).words("entities", "role_departments")


on_reload(_departments.cache_clear)


def names_a_department(name: str, code: str) -> bool:
    """Whether ``name`` is an area a role heads inside a body, which Spanish and French
    capitalise (``director de Operaciones``, ``directrice de la Communication``): no body's
    name."""
    return name.split(" ", 1)[0].lower() in _departments(code)


def after_body_role(text: str, start: int, code: str) -> bool:
    """Whether the name at ``start`` follows a role held in a body and its connector
    (``directeur général de``, ``diputado de``)."""
    pattern = _pattern(code)
    if pattern is None:
        return False
    return pattern.search(text, max(0, start - _REACH), start) is not None


#: A hyphen and the compound's word after a name (``-Sprecher`` of ``Kessler-Sprecher``).
_HYPHENED_WORD = re.compile(r"-([^\W\d_]+)")


def hyphened_to_body_role(text: str, end: int, code: str) -> bool:
    """Whether the name ending at ``end`` opens a compound with a hyphen whose word is a role
    held in a body (``Kessler-Sprecher``, ``Kranich-Chef``, ``Lakers-Trainer``: ``[entities]
    body_roles``, also at a compound's end, ``Grünen-Fraktionschefin``)."""
    found = _HYPHENED_WORD.match(text, end)
    if found is None:
        return False
    word = found.group(1).lower()
    roles, _ = _words(code)
    return any(word.endswith(role) for role in roles)


@cache
def _seat_roles(code: str) -> frozenset[str]:
    """The roles of ``code`` held for a place as much as for a party (``[entities]
    seat_roles``: ``diputado``, ``Abgeordnete``)."""
    return language(code).words("entities", "seat_roles")


on_reload(_seat_roles.cache_clear)


def after_seat_role(text: str, start: int, code: str) -> bool:
    """Whether the name at ``start`` follows a role held for a place or a party and its
    connector (``diputado de``: ``de Cádiz`` is the seat's town, ``de Junts`` the party)."""
    pattern = _pattern(code)
    if pattern is None or not _seat_roles(code):
        return False
    found = pattern.search(text, max(0, start - _REACH), start)
    return found is not None and found.group("role").lower() in _seat_roles(code)


def seat_town(name: str, code: str) -> bool:
    """Whether ``name``, after a role held for a seat, is a town on the list, with or without
    its accents (the list may spell ``Cádiz`` as ``Cadiz``): the role says a place's name may
    stand there, which outweighs the chance that a town's name is a word or a surname."""
    if named_town(name, code) is not None:
        return True
    plain = gz.unaccented(name)
    return plain != name and named_town(plain, code) is not None


def body_after_role_in_run(name: str, text: str, start: int, code: str) -> int | None:
    """Where the body's name begins inside ``name`` (at ``start`` of ``text``) when the run
    opens with a role held in a body and its connector (German capitalises the noun, so the
    chunker reads ``Aktien von Brenntag`` as one run) and the rest is capitalised; else
    ``None``."""
    roles, connectors = _words(code)
    parts = name.split(" ")
    if (
        len(parts) < _RUN_WORDS
        or parts[0].lower() not in roles
        or parts[1] not in connectors
        or not all(part[:1].isupper() for part in parts[2:])
    ):
        return None
    at = start + len(parts[0]) + len(parts[1]) + 2
    return at if text.startswith(parts[2], at) else None
