"""Evidence for the types of names in a document in a language other than English.

The chunker types a name it cannot place as a person when nothing says otherwise (a lone
capitalised word in French, Spanish, Russian or Ukrainian). The document often says otherwise:

* a name written with the English possessive ``'s`` in a language that has no such possessive
  (``Sainsbury's``, ``McDonald's``) is a company's;
* a name in quotation marks where the language quotes the names of bodies (Russian and
  Ukrainian: ``«Лейкерс»``, ``"ЛСЮ Тайгерс"``; ``[entities] quoted_organisations``);
* a name right after a word that introduces a body (``[entities] organisation_before``: ``chaîne``,
  ``Kette``, ``компании``) or a place (``[entities] place_before``: ``штат``, ``en``);
* a name the English gazetteer knows as a place or an organisation (``Louisiana``, ``EU``);
* a plural article before a name that is no demonym (``les Lakers``, ``los Lakers``;
  ``plural_articles``, ``demonym_endings``); a place's preposition (``place_before``), or
  ``в``/``у`` before a name in the locative case (``в Кройдоне``; ``locative_before``,
  ``locative_endings``, ``locative_not_places``); an honorific (``Mme Martin``: a person, though
  ``Martin`` stems like ``Martinique``);
* names listed together (``Boots, Superdrug et Debenhams``; ``list_joiners``) are of one kind,
  and a name beside a place (``Selly Oak, Birmingham``, ``Selly Oak (Birmingham)``) is a place;
* inside a German run of capitalised nouns, the name after a noun for a body (``Discounter
  Aldi``, ``Kauf der Ketten Argos``) is the body's.

A type found once holds for the document's other mentions of the same spelling. A person typed
by a title, role or first name is left as it is, and so is a word that is a surname of one of
the document's people (``à Scherzer``, ``По словам Лаврова, Москва``, by stem). Where every noun
is capitalised (German), a name whose first word ends like a common noun (``noun_endings``:
``in Geschäften``) gets no type by position. A company's name keeps its ``'s``, and ``les
Nuggets de Denver`` becomes one organisation.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    GENDER,
    LANGUAGE,
    ROLE,
    TEXT,
    TYPE,
    CandidateFields,
    rules_for,
)
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language

__all__ = ["retyped"]

#: Closing quotation mark of each opening one a body's name is written in.
_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‚": "‘"}
_APOSTROPHES = ("'s", "’s")
_APOSTROPHE_STARTS = frozenset("'’")


@attrs.frozen
class _Words:
    """A language's words for this pass (``[entities]`` of its data file)."""

    organisation_before: frozenset[str]
    place_before: frozenset[str]
    #: Prepositions of place before a name in the locative case (``в Кройдоне``) ...
    locative_before: frozenset[str]
    #: ... and the endings of that case.
    locative_endings: tuple[str, ...]
    quoted_organisations: bool
    #: Words that join the last two names of a list (``et``, ``und``, ``и``).
    list_joiners: frozenset[str]
    #: Lower-case words joining a name to a place in a team's name (``Nuggets de Denver``).
    connectors: frozenset[str]
    #: The longer words of ``organisation_before``, which end compounds (``Parfümhändler``).
    compound_heads: tuple[str, ...]
    #: Words in the locative case that name no place (``Твиттере``, ``Сенате``).
    locative_not_places: frozenset[str]
    #: Plural articles (``les``, ``los``) before a team's or company's name ...
    plural_articles: frozenset[str]
    #: ... unless it ends like a plural demonym (``Américains``, ``Catalans``).
    demonym_endings: tuple[str, ...]
    #: Endings of common nouns, where every noun is capitalised: a name whose first word ends
    #: so gets no type by position (``in Geschäften``, ``in Gewahrsam``).
    noun_endings: tuple[str, ...]


@cache
def _words(code: str) -> _Words:
    lang = language(code)
    section = lang.sections.get("entities", {})
    return _Words(
        organisation_before=lang.words("entities", "organisation_before"),
        place_before=lang.words("entities", "place_before"),
        locative_before=lang.words("entities", "locative_before"),
        locative_endings=tuple(sorted(lang.words("entities", "locative_endings"))),
        quoted_organisations=bool(section.get("quoted_organisations", False)),
        list_joiners=lang.words("entities", "list_joiners"),
        connectors=frozenset(
            word for phrase in lang.words("entities", "connectors") for word in phrase.split()
        ),
        compound_heads=tuple(
            sorted(w for w in lang.words("entities", "organisation_before") if len(w) > 4)
        ),
        locative_not_places=lang.words("entities", "locative_not_places"),
        plural_articles=lang.words("entities", "plural_articles"),
        demonym_endings=tuple(sorted(lang.words("entities", "demonym_endings"))),
        noun_endings=tuple(sorted(lang.words("entities", "noun_endings"))),
    )


def _open(fields: CandidateFields) -> bool:
    """Untyped, or a person by nothing but its capitals (no title, role or first name)."""
    return fields[TYPE] is None or (
        fields[TYPE] == "person" and not fields[ROLE] and not fields[GENDER]
    )


def _typed(fields: CandidateFields, kind: str, canonical: str | None) -> CandidateFields:
    out = list(fields)
    out[TYPE], out[EVIDENCE], out[GENDER], out[CANONICAL] = kind, False, None, canonical
    return tuple(out)


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` (its letters, apostrophes and hyphens), in lower case; ``""``
    after punctuation."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'’-"):
        begin -= 1
    return text[begin:end].lower()


@cache
def _honorific(code: str) -> re.Pattern[str] | None:
    """An honorific of language ``code`` and the space after it (``Mme ``, ``M. ``, ``г-н ``),
    found once in a document rather than looked for before each name."""
    profile = rules_for(code).profile
    if profile is None or not profile.honorifics:
        return None
    words = "|".join(re.escape(w) for w in sorted(profile.honorifics, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w'’\-])(?:{words})\.?[ \u00a0]+", re.IGNORECASE)


def _evidence(
    fields: CandidateFields,
    text: str,
    start: int,
    end: int,
    code: str,
) -> tuple[str, str | None] | None:
    """``(type, canonical)`` the document gives a name at ``start:end``, or ``None``."""
    name = fields[TEXT]
    words = _words(code)
    if text.startswith(_APOSTROPHES, end) and not text[end + 2 : end + 3].isalpha():
        return "organisation", fields[CANONICAL]
    if words.quoted_organisations and _quoted(text, start, end):
        return "organisation", fields[CANONICAL]
    if name in gz.organisation_names():
        return "organisation", gz.organisation_names()[name]
    if name in gz.place_names():
        return "place", gz.place_names()[name]
    if _nounlike(name, words):
        return None
    before = _word_before(text, start)
    if before in words.organisation_before or (
        before in words.plural_articles and not name.lower().endswith(words.demonym_endings)
    ):
        return "organisation", fields[CANONICAL]
    # ``en James``: a first name or a person's surname is a person's even after a place's
    # preposition.
    if (
        (
            before in words.place_before
            or (
                before in words.locative_before
                and name.endswith(words.locative_endings)
                and name.lower() not in words.locative_not_places
            )
        )
        and all(part[:1].isupper() for part in name.split(" "))
        and rules_for(code).first_name(name.split()[0]) not in ("male", "female")
    ):
        return "place", fields[CANONICAL]
    return None


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and _QUOTES.get(text[start - 1]) == text[end : end + 1]


def _nounlike(name: str, words: _Words) -> bool:
    """Whether ``name`` starts with a word written like a common noun, where every noun is
    capitalised (``Millionen``, ``Richtung Osten``)."""
    return bool(words.noun_endings) and name.split(" ", 1)[0].endswith(words.noun_endings)


def _named_after_noun(name: str, text: str, start: int, words: _Words) -> int | None:
    """Where the name after a noun for a body inside ``name`` (at ``start``) begins, when the
    noun (``Kette``, or a compound ending in one: ``Supermarktkette``) is followed by
    capitalised words only; else ``None``."""
    parts = name.split(" ")
    for i in range(len(parts) - 2, -1, -1):
        lower = parts[i].lower()
        if lower in words.organisation_before or lower.endswith(words.compound_heads):
            rest = parts[i + 1 :]
            if not all(part[:1].isupper() for part in rest) or _nounlike(rest[0], words):
                return None
            at = start
            for part in parts[: i + 1]:
                at = text.index(part, at) + len(part)
            return text.index(rest[0], at)
    return None


def _kind(fields: CandidateFields, found: dict[str, tuple[str, str | None]]) -> str | None:
    """The type ``fields`` has or was found to have, when a place or an organisation."""
    if fields[TEXT] in found:
        return found[fields[TEXT]][0]
    if fields[TYPE] in ("place", "organisation") and not _open(fields):
        return str(fields[TYPE])
    return None


def retyped(mentions: list[Mention], spans: Spans, text: str) -> tuple[list[Mention], set[int]]:
    """One non-English document's ``mentions`` (all of one language), retyped by the
    evidence above, and the positions of those left out (joined to the one before); a
    mention is replaced, never edited."""
    if not mentions or mentions[0][2][LANGUAGE] in (None, "en"):
        return mentions, set()
    code = str(mentions[0][2][LANGUAGE])
    words = _words(code)
    found: dict[str, tuple[str, str | None]] = {}
    items = list(mentions)
    where = [spans.span(index, number) for index, number, _ in mentions]
    profile = rules_for(code).profile
    places, organisations = gz.place_names(), gz.organisation_names()
    honorific = _honorific(code)
    after_honorific = {m.end() for m in honorific.finditer(text)} if honorific else set()
    # (by stem: ``Лаврова`` is ``Сергей Лавров``'s)
    stem = profile.name_stem if profile is not None else str.lower
    surnames = {
        stem(fields[TEXT].rsplit(" ", 1)[-1])
        for _, _, fields in mentions
        if fields[TYPE] == "person" and (fields[ROLE] or fields[GENDER])
    }
    for k, (index, number, fields) in enumerate(mentions):
        start, end = where[k]
        # ``Mme Martin``: an honorific makes a person of a name the chunker took for a place
        # (``Martin``: a stem of ``Martinique``) or left untyped.
        if start in after_honorific and fields[TYPE] in (None, "place") and not fields[ROLE]:
            person = list(_typed(fields, "person", None))
            person[EVIDENCE] = True
            items[k] = (index, number, tuple(person))
            continue
        # ``«Денвер Наггетс»``: the quotation marks outweigh a first name.
        if not _open(fields) and not (
            words.quoted_organisations
            and fields[TYPE] == "person"
            and not fields[ROLE]
            and _quoted(text, start, end)
        ):
            continue
        if fields[TYPE] is None and " " in fields[TEXT]:
            tail = _named_after_noun(fields[TEXT], text, start, words)
            if tail is not None:
                # ``Discounter Aldi``, ``Kauf der Ketten Argos``: a noun for a body (German
                # capitalises it), then the body's name.
                begin = tail
                named = list(_typed(fields, "organisation", None))
                named[TEXT] = text[begin:end]
                found.setdefault(named[TEXT], ("organisation", None))
                items[k] = (index, spans.add(begin, end), tuple(named))
                where[k] = (begin, end)
                continue
        if (
            fields[TYPE] is None
            and words.noun_endings
            and " " not in fields[TEXT]
            and fields[TEXT].endswith(words.noun_endings)
            and text[end : end + 1] not in _APOSTROPHE_STARTS
            and fields[TEXT] not in places
            and fields[TEXT] not in organisations
        ):
            continue  # (most of a German document's capitalised words: nouns, at a glance)
        typed = _evidence(fields, text, start, end, code)
        if typed is not None and " " not in fields[TEXT] and stem(fields[TEXT]) in surnames:
            continue  # (a person's surname: ``à Scherzer``, ``По словам Лаврова, Москва``)
        if typed is not None:
            found.setdefault(fields[TEXT], typed)
            items[k] = (index, number, _typed(fields, *typed))
    # ``Boots, Superdrug et Debenhams``: names listed together are of one kind; ``Selly Oak,
    # Birmingham``, ``Selly Oak (Birmingham)``: a name beside a place is a place in it.
    for _ in range(2):
        for k in range(len(items) - 1):
            left, right = items[k][2], items[k + 1][2]
            if (_kind(left, found) is None) == (_kind(right, found) is None):
                continue  # (neither has a type to lend, or both have one)
            gap = text[where[k][1] : where[k + 1][0]].strip(" \u00a0")
            if gap != "," and gap != "(" and gap not in words.list_joiners:
                continue
            for a, b in ((left, right), (right, left)):
                kind = _kind(a, found)
                if kind is None or b[TEXT] in found or not _open(b):
                    continue
                if " " not in b[TEXT] and stem(b[TEXT]) in surnames:
                    continue
                if not all(part[:1].isupper() for part in b[TEXT].split(" ")) or _nounlike(
                    b[TEXT], words
                ):
                    continue  # (``Polizei von Baton Rouge, Louisiana``: not one name)
                if gap == "(" and (kind != "place" or b is left):
                    continue  # (``Sainsbury (SBRY)``: an acronym, not a list)
                found[b[TEXT]] = (kind, None)
    for k, (index, number, fields) in enumerate(items):
        if fields[TEXT] in found and _open(fields) and fields[TYPE] != found[fields[TEXT]][0]:
            items[k] = (index, number, _typed(fields, *found[fields[TEXT]]))
    dropped: set[int] = set()
    for k, (index, _, fields) in enumerate(items):
        start, end = where[k]
        # ``Sainsbury's``: the company's name keeps its ``'s`` (no possessive in this language).
        if (
            fields[TYPE] == "organisation"
            and text.startswith(_APOSTROPHES, end)
            and not text[end + 2 : end + 3].isalpha()
        ):
            # (``Angaben von Sainsbury's``: the name after the last lower-case word)
            parts = fields[TEXT].split(" ")
            lower = [i for i, part in enumerate(parts) if not part[:1].isupper()]
            if lower and lower[-1] + 1 < len(parts):
                at = start
                for part in parts[: lower[-1] + 1]:
                    at = text.index(part, at) + len(part)
                start = text.index(parts[lower[-1] + 1], at)
            grown = list(fields)
            grown[TEXT] = text[start : end + 2]
            items[k] = (index, spans.add(start, end + 2), tuple(grown))
            continue
        # ``les Nuggets de Denver``: a body's name, a connector and a place right after it
        # are one team's or company's name (``République de``, with no such evidence, is not).
        last = fields[TEXT].rsplit(" ", 1)
        if (
            len(last) == 2
            and last[1] in words.connectors
            and (
                fields[TYPE] == "organisation"
                or found.get(fields[TEXT].split(" ", 1)[0], ("",))[0] == "organisation"
            )
            and k + 1 < len(items)
            and k not in dropped
            and items[k + 1][2][TYPE] == "place"
            and text[end : where[k + 1][0]] in (" ", "\u00a0")
        ):
            grown = list(_typed(fields, "organisation", None))
            finish = where[k + 1][1]
            grown[TEXT] = text[start:finish]
            items[k] = (index, spans.add(start, finish), tuple(grown))
            dropped.add(k + 1)
    return items, dropped
