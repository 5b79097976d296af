"""Names of two surnames, in the languages that write them (``[quotes] conventions`` has
``compound_surnames``: Spanish).

A Spanish name is a given name and two surnames (``Marta Villalobos Ruiz``, Catalan ``Jordi
Casanovas i Puig``); an article then writes the person by the given name and the first surname
(``Valentina Restrepo``) or by the first surname alone (``afirmó Villalobos``). The entity
annotator often stops the name at the first surname; the speaker is given the one full form
the page writes. The page's words are indexed once; each name is looked up by its first word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker

__all__ = ["second_surnames"]

#: A capitalised word (a surname), as the words of a name are written.
_WORD = r"[^\W\d_][\w’'\-]*"
#: A capitalised word of the page, as the first word of a name is looked up.
_CAPITALISED = re.compile(rf"(?<![\w’'\-]){_WORD}")
#: The word before a name, one space before it.
_WORD_BEFORE = re.compile(rf"({_WORD})[ \u00a0]+$")
#: A word and the second surname after a name, one space apart (``i Puig``, ``Ruiz``).
_SECOND = re.compile(rf"[ \u00a0]+(?:({_WORD})[ \u00a0]+)?({_WORD})")
#: The second surname alone after a name (``Prieto``).
_ONE_WORD = re.compile(rf"[ \u00a0]+({_WORD})")


def _ends_there(text: str, at: int) -> bool:
    """Whether a name ends at ``at``: no capitalised word follows it (``Ruiz, que``,
    ``Ruiz defendió``, ``Ruiz.``)."""
    rest = text[at : at + 4].lstrip(" \u00a0")
    return not rest[:1].isupper()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _second(
    text: str, stop: int, joiners: frozenset[str], starts: dict[int, Mention]
) -> str | None:
    """The second surname written right after a name ending at ``stop`` (``Ruiz``, ``i
    Puig``), with its joiner; ``None`` when the name ends there or goes on past it."""
    match = _SECOND.match(text, stop)
    if match is None:
        return None
    joiner, word = match.group(1), match.group(2)
    if joiner is not None and joiner not in joiners:
        # ``Luis Montalbán Prieto prometió``: the first word is the second surname itself.
        match = _ONE_WORD.match(text, stop)
        if match is None:
            return None
        joiner, word = None, match.group(1)
    at = match.end() - len(word)
    if (
        not _capitalised(word)
        or word in gz.CALENDAR
        or word in gz.ROLE_WORDS
        or (at in starts and starts[at].type != "person")
        or not _ends_there(text, match.end())
    ):
        return None
    return f"{joiner} {word}" if joiner else word


def _word_places(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of ``text`` starts (a page read once, not once per name)."""
    places: dict[str, list[int]] = {}
    for match in _CAPITALISED.finditer(text):
        if match.group()[:1].isupper():
            places.setdefault(match.group(), []).append(match.start())
    return places


def _full_forms(
    text: str,
    name: str,
    joiners: frozenset[str],
    starts: dict[int, Mention],
    profile: gz.Profile,
    places: dict[str, list[int]],
) -> set[str]:
    """The longer forms of ``name`` the page writes: ``name`` and a second surname; for a
    surname alone, a known given name before it too (``Marta Villalobos Ruiz``)."""
    forms: set[str] = set()
    lone = " " not in name
    for at in places.get(name.split()[0], ()):
        if not text.startswith(name, at):
            continue
        stop = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            stop == len(text) or not text[stop].isalnum()
        )
        second = _second(text, stop, joiners, starts) if whole else None
        if second is not None:
            if not lone:
                forms.add(f"{name} {second}")
            else:
                given = _WORD_BEFORE.search(text, max(0, at - 40), at)
                if given is not None and gz.first_name_gender_in(given.group(1), profile):
                    forms.add(f"{given.group(1)} {name} {second}")
    return forms


def second_surnames(
    text: str,
    speakers: list[Speaker | None],
    mentions: Iterable[Mention],
    profile: gz.Profile | None,
    joiners: frozenset[str],
) -> list[Speaker | None]:
    """``speakers`` with each person named by a given name (or two: ``Ana María Pérez``) and
    a surname, or by a surname alone, under the one longer form of the page with a second
    surname after it (``Valentina Restrepo`` -> ``Valentina Restrepo Giraldo``, ``Villalobos``
    -> ``Marta Villalobos Ruiz``); unchanged when the page writes two, or when a surname alone
    has a role (``la jueza Sánchez``) or a gender the full name's given name does not share."""
    if profile is None:
        return speakers
    mention_list: Sequence[Mention] = list(mentions)
    starts = {m.start: m for m in mention_list}
    # A place may be a surname too (the towns list types ``Montalbán``, ``Salcedo``): only a
    # given name the first-name list knows makes it a person's (see :func:`_full_forms`).
    bodies = {m.name for m in mention_list if m.type not in ("person", "place")}
    genders: dict[str, set[str]] = {}
    for mention in mention_list:
        if mention.gender:
            genders.setdefault(mention.name, set()).add(mention.gender)
    fuller: dict[str, str | None] = {}
    places: dict[str, list[int]] | None = None
    for speaker in speakers:
        if speaker is None or speaker.anonymous or speaker.name in fuller:
            continue
        name = speaker.name
        words = name.split()
        fuller[name] = None
        if len(words) > 3 or name in bodies or not all(map(_capitalised, words)):
            continue
        if len(words) == 3 and not gz.first_name_gender_in(words[1], profile):
            # (two given names and a surname, ``Ana María Pérez``, may go on; a given name
            # and two surnames is whole)
            continue
        if len(words) == 1 and speaker.role:
            continue  # ``la jueza Sánchez``: a role of its own, maybe someone else's name
        if places is None:
            places = _word_places(text)
        forms = _full_forms(text, name, joiners, starts, profile, places)
        if len(forms) != 1:
            continue
        (form,) = forms
        gender = gz.first_name_gender_in(form.split()[0], profile)
        if gender in ("male", "female") and genders.get(name, {gender}) != {gender}:
            continue
        fuller[name] = form
    found = {name: form for name, form in fuller.items() if form is not None}
    return [
        attrs.evolve(s, name=found[s.name]) if s is not None and s.name in found else s
        for s in speakers
    ]
