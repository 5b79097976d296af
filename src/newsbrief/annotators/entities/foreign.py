"""Evidence for the types of names in a document in a language other than English.

The chunker types a name it cannot place as a person when nothing says otherwise (a lone
capitalised word in French, Spanish, Russian or Ukrainian). The document often says otherwise:

* a name written with the English possessive ``'s`` in a language that has no such possessive
  (``Sainsbury's``, ``McDonald's``) is a company's;
* a name in quotation marks where the language quotes the names of bodies (Russian and
  Ukrainian: ``«Лейкерс»``, ``"ЛСЮ Тайгерс"``; ``[entities] quoted_organisations``), unless
  after a word for a work (``work_before``: ``роман «Анна Каренина»``);
* a name right after a word that introduces a body (``[entities] organisation_before``: ``chaîne``,
  ``Kette``, ``компании``) or a place (``[entities] place_before``: ``штат``);
* a name the English gazetteer knows as a place or an organisation (``Louisiana``, ``EU``);
* a plural article before a name that is no demonym (``les Lakers``, ``los Lakers``;
  ``plural_articles``, ``demonym_endings``, ``plural_not_bodies``); a preposition of place
  (``place_prepositions``: ``à``, ``en``, ``in``) or ``в``/``у`` (``locative_before``,
  ``locative_not_places``), only before a name the gazetteer or the document already knows as
  a place by its stem (``в Кройдоне`` beside ``штат Кройдон``; not ``à Jean``, ``in Betrieb``,
  ``в Газпроме``) or one starting like a place (``à San Diego``); an honorific (``Mme
  Martin``: a person, though ``Martin`` stems like ``Martinique``; never a role);
* names listed with a company (``Boots, Superdrug et Debenhams``, ``Aldi und Lidl``; the last
  two joined by ``list_joiners``) are companies, but no first name or person of two words
  is; a name beside a place (``Selly Oak, Birmingham``, ``Selly Oak (Birmingham)``) is a place;
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

import bisect
import re
import unicodedata
from collections import Counter
from functools import cache

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    GENDER,
    LANGUAGE,
    OTHER_SCRIPTS,
    ROLE,
    TEXT,
    TYPE,
    CandidateFields,
    rules_for,
)
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language
from newsbrief.languages.detect import script_counts

__all__ = ["language_of", "retyped"]

#: Closing quotation mark of each opening one a body's name is written in.
_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‚": "‘"}
_APOSTROPHES = ("'s", "’s")
_APOSTROPHE_STARTS = frozenset("'’")


@attrs.frozen
class _Words:
    """A language's words for this pass (``[entities]`` of its data file)."""

    organisation_before: frozenset[str]
    place_before: frozenset[str]
    #: Prepositions of place (``à``, ``en``, ``in``): they also introduce objects (``à Jean``,
    #: ``in Betrieb``), so a name after one is a place only when already known as one.
    place_prepositions: frozenset[str]
    #: Prepositions of place before a name in the locative case (``в Кройдоне``).
    locative_before: frozenset[str]
    quoted_organisations: bool
    #: Words for works, whose titles are quoted too (``роман «Анна Каренина»``).
    work_before: frozenset[str]
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
    #: ... or is a group's noun (``les Noirs``, ``les Jeux``).
    plural_not_bodies: frozenset[str]
    #: Endings of common nouns, where every noun is capitalised: a name whose first word ends
    #: so gets no type by position (``in Geschäften``, ``in Gewahrsam``).
    noun_endings: tuple[str, ...]
    #: A country's institutions named by a generic noun (``Sénat``, ``Bundestag``, ``Рада``).
    organisation_words: frozenset[str]
    #: Endings of compounds naming a body (``Arbeitsministerium``, ``SPD-Fraktion``).
    organisation_endings: tuple[str, ...]
    #: Lower-case nouns that begin a body's name before a name (``ministère de l'Industrie``,
    #: ``tribunal correctionnel de Marseille``) ...
    organisation_nouns_before: frozenset[str]
    #: ... or a place's, right before it (``rue Victor-Hugo``, ``stade Geoffroy-Guichard``).
    place_nouns_before: frozenset[str]
    #: Endings of adjectives, where a capitalised adjective and a generic noun after it name a
    #: place (``Харківській області``) or a body (``Московской бирже``).
    adjective_endings: tuple[str, ...]
    place_nouns_after: frozenset[str]
    organisation_nouns_after: frozenset[str]
    #: An acronym and the place right after it are one body (``МИД России``).
    acronym_of_place: bool
    #: Both lists of nouns before a name.
    nouns_before: tuple[str, ...]
    #: Words between a noun of ``organisation_nouns_before`` and the name (``de``, ``l'``).
    noun_connectors: frozenset[str]
    #: Abbreviations of common nouns, written like acronyms (``PIB``, ``ВВП``).
    not_acronyms: frozenset[str]
    #: Legal forms after a company's name (``SAS``, ``S.A.``), part of it.
    legal_forms: tuple[str, ...]
    #: ... their first characters, and each after a space (the end of a name holding one).
    legal_starts: frozenset[str]
    legal_suffixes: tuple[str, ...]
    #: Capitalised first words of places' names (``Río Negro``, ``Punta Arenas``).
    place_leads: frozenset[str]
    #: Lower-case words inside a hyphenated place's name (``Boulogne-sur-Mer``).
    place_hyphen_words: frozenset[str]
    #: News agencies (``[page] agencies``, this language's and English), by their names.
    agencies: frozenset[str]
    #: Time zones (``[page] time_zones``, this language's and English): no acronym of a body.
    zones: frozenset[str]
    #: Endings of regions' names (``Полтавщина``, ``Сумщини``).
    place_endings: tuple[str, ...]
    #: Plural generic nouns after a list of adjectives (``Сумській та Полтавській областях``).
    place_nouns_plural: frozenset[str]
    #: Endings of adjectives that end a body's name in lower case (``européenne``,
    #: ``étrangères``: ``ministère des Affaires étrangères``), where adjectives follow nouns.
    name_adjective_endings: tuple[str, ...]
    #: Endings of verbs a body's name is cut before (``devra``).
    name_verb_endings: tuple[str, ...]
    #: Capitalised nouns naming a body by the place after them (``Банк России``).
    organisation_of_place: frozenset[str]
    #: Lower-case words that begin a body's name (``ministère``, ``commission``).
    org_leads: frozenset[str]
    #: Words between a place's noun of ``place_before`` and its name (``provincia de``).
    place_connectors: frozenset[str]
    #: Words of a caption's credit (``[page] credit_markers``, ``credit_labels``: ``Foto``).
    credit_markers: frozenset[str]


@cache
def _words(code: str) -> _Words:
    lang = language(code)
    section = lang.sections.get("entities", {})
    return _Words(
        organisation_before=lang.words("entities", "organisation_before"),
        place_before=lang.words("entities", "place_before"),
        place_prepositions=lang.words("entities", "place_prepositions"),
        locative_before=lang.words("entities", "locative_before"),
        quoted_organisations=bool(section.get("quoted_organisations", False)),
        work_before=lang.words("entities", "work_before"),
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
        plural_not_bodies=lang.words("entities", "plural_not_bodies"),
        noun_endings=tuple(sorted(lang.words("entities", "noun_endings"))),
        organisation_words=lang.words("entities", "organisation_words"),
        organisation_endings=tuple(sorted(lang.words("entities", "organisation_endings"))),
        organisation_nouns_before=lang.words("entities", "organisation_nouns_before"),
        place_nouns_before=lang.words("entities", "place_nouns_before"),
        adjective_endings=tuple(sorted(lang.words("entities", "adjective_endings"))),
        place_nouns_after=lang.words("entities", "place_nouns_after"),
        organisation_nouns_after=lang.words("entities", "organisation_nouns_after"),
        acronym_of_place=bool(section.get("acronym_of_place", False)),
        nouns_before=tuple(
            sorted(
                lang.words("entities", "organisation_nouns_before")
                | lang.words("entities", "place_nouns_before")
            )
        ),
        noun_connectors=lang.words("entities", "noun_connectors"),
        not_acronyms=lang.words("entities", "not_acronyms"),
        # (as written: ``SA`` is a legal form, ``Sa`` no)
        legal_forms=tuple(sorted(section.get("legal_forms", ()), key=len, reverse=True)),
        legal_starts=frozenset(form[0] for form in section.get("legal_forms", ())),
        legal_suffixes=tuple(" " + form for form in section.get("legal_forms", ())),
        place_leads=lang.words("entities", "place_leads"),
        place_hyphen_words=lang.words("entities", "place_hyphen_words"),
        agencies=lang.page.agencies | language("en").page.agencies,
        zones=lang.page.time_zones | language("en").page.time_zones,
        place_endings=tuple(sorted(lang.words("entities", "place_endings"))),
        place_nouns_plural=lang.words("entities", "place_nouns_plural"),
        place_connectors=lang.words("entities", "place_connectors"),
        name_adjective_endings=tuple(sorted(lang.words("entities", "name_adjective_endings"))),
        org_leads=lang.words("entities", "org_leads"),
        name_verb_endings=tuple(sorted(lang.words("entities", "name_verb_endings"))),
        organisation_of_place=lang.words("entities", "organisation_of_place"),
        credit_markers=frozenset(
            word
            for phrase in lang.page.credit_markers | lang.page.credit_labels
            for word in phrase.split()
        ),
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


#: Roman numerals, which are written like acronyms (``Charles III``).
_ROMAN = frozenset("IVXLCDM")


def _acronym(name: str) -> bool:
    """Whether ``name`` is an acronym (``PNV``, ``КПРФ``, ``VDMA``): two to five capitals,
    digits or ``&``, no Roman numeral. Acronyms the gazetteer knows as places are checked
    first (``USA``, ``США``)."""
    if not 2 <= len(name) <= 5 or not name.isupper() or set(name) <= _ROMAN:
        return False
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and all(c.isalnum() or c == "&" for c in name)
    )


def _compound_body(name: str, words: _Words) -> bool:
    """Whether ``name`` is one compound naming a body by its end (``SPD-Bundestagsfraktion``)."""
    return (
        " " not in name
        and _institution(name, words)
        and name.lower() not in words.organisation_words
    )


def _body_after_article(name: str, text: str, start: int, end: int, words: _Words) -> int | None:
    """Where a body's compound begins at the end of a run of capitalised nouns after a
    lower-case article (``Mitglied der SPD-Fraktion``), else ``None``."""
    parts = name.split(" ")
    if len(parts) < 3 or not parts[-2].islower() or not _compound_body(parts[-1], words):
        return None
    at = end - len(parts[-1])
    return at if text[at:end] == parts[-1] and at > start else None


def _institution(name: str, words: _Words) -> bool:
    """Whether ``name`` is a body's by its noun (``Sénat``, ``Arbeitsministerium``)."""
    lower = name.lower()
    if lower in words.organisation_words:
        return True
    return (
        bool(words.organisation_endings)
        and " " not in name
        and any(
            lower.endswith(ending) and len(lower) > len(ending) + 2
            for ending in words.organisation_endings
        )
    )


@cache
def _noun_before(code: str) -> re.Pattern[str] | None:
    """A lower-case noun beginning a body's name, an optional adjective and connectors
    (``ministère ukrainien des ``, ``tribunal de ``), or a place's noun (``rue ``), at the end
    of the text before a name."""
    words = _words(code)
    if not words.organisation_nouns_before and not words.place_nouns_before:
        return None
    glued = [re.escape(c[:-1]) + "['’]" for c in words.noun_connectors if c.endswith("'")]
    spaced = [re.escape(c) + r"[ \u00a0]+" for c in words.noun_connectors if not c.endswith("'")]
    connector = "(?:" + "|".join(sorted(glued + spaced, key=len, reverse=True) or ["(?!)"]) + ")"
    org = "|".join(sorted(words.organisation_nouns_before)) or "(?!)"
    place = "|".join(sorted(words.place_nouns_before)) or "(?!)"
    return re.compile(
        rf"(?<![\w'’\-])(?:(?P<org>{org})(?:[ \u00a0]+[a-zà-ÿ]+)?[ \u00a0]+{connector}{{0,2}}"
        rf"|(?P<place>{place})[ \u00a0]+)$"
    )


@cache
def _noun_word(code: str) -> re.Pattern[str] | None:
    """Any noun of ``organisation_nouns_before`` or ``place_nouns_before``, as a word."""
    words = _words(code)
    if not words.nouns_before:
        return None
    return re.compile(rf"(?<![\w'’\-])(?:{'|'.join(words.nouns_before)})(?![\w\-])")


def _grown_before(text: str, start: int, code: str) -> tuple[int, str] | None:
    """Where a body's or place's name that begins with a lower-case noun before the name at
    ``start`` begins, and its type."""
    pattern = _noun_before(code)
    if pattern is None:
        return None
    match = pattern.search(text, max(0, start - 60), start)
    if match is None:
        return None
    return match.start(), "organisation" if match.group("org") else "place"


def _grown_after(text: str, end: int, words: _Words) -> tuple[int, str] | None:
    """Where a capitalised adjective's name ends when up to two lower-case adjectives and a
    generic noun follow it (``Харківській області``, ``Варшавській фондовій біржі``), and the
    name's type."""
    at = end
    for _ in range(3):
        if text[at : at + 1] != " ":
            return None
        begin = at + 1
        at = begin
        while at < len(text) and (text[at].isalpha() or text[at] == "-"):
            at += 1
        word = text[begin:at]
        if not word or not word.islower():
            return None
        if word in words.place_nouns_after:
            return at, "place"
        if word in words.place_nouns_plural:
            return end, "place"  # (``Полтавській областях``: the adjective alone)
        if word in words.list_joiners and at == end + 1 + len(word):
            # (``Сумській та Полтавській областях``)
            other = _grown_after(text, at + 1 + len(text[at + 1 :].split(" ", 1)[0]), words)
            return (end, "place") if other is not None and other[0] < at + 40 else None
        if word in words.organisation_nouns_after:
            return at, "organisation"
        if not word.endswith(words.adjective_endings):
            return None
    return None


def _alone(name: str, text: str, start: int, end: int, words: _Words) -> bool:
    """Whether acronym ``name`` is a body's: no common noun's abbreviation (``PIB``) or legal
    form (``SAS``), and no word in capitals beside it (``MIRÁ TAMBIÉN``: a line in capitals)."""
    lower = name.lower()
    if lower in words.not_acronyms or lower in words.zones or name in words.legal_forms:
        return False
    if _dotted(text, start, end):
        return False
    before = text[max(0, start - 30) : start].rstrip(" \u00a0").rsplit(None, 1)
    after = text[end : end + 30].lstrip(" \u00a0").split(None, 1)
    for word in (before[-1] if before else "", after[0] if after else ""):
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 3 and all(c.isupper() for c in letters):
            return False
    return True


#: Capitals closed by a full stop: a link of a dotted abbreviation (``EE. UU.``, ``EE.UU.``).
_DOTTED_AFTER = re.compile(r"\.[ \u00a0]?[^\W\d_a-z]{1,4}\.")
_DOTTED_BEFORE = re.compile(r"(?:^|[^\w.])[^\W\d_a-z]{1,4}\.[ \u00a0]?$")


def _dotted(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are one link of a dotted abbreviation (``EE. UU.``,
    ``EE.UU.``: the United States in Spanish), which names no body."""
    return _DOTTED_AFTER.match(text, end) is not None or (
        _DOTTED_BEFORE.search(text[max(0, start - 7) : start]) is not None
        and text[end : end + 1] == "."
    )


def _with_acronym(name: str, text: str, start: int, code: str, words: _Words) -> bool:
    """Whether a name of capitalised words, one of them an acronym, is a body's (``Oddo BHF``,
    ``Paris SG``): not a person's with a first name (``Jean DUPONT`` in a byline), nor a
    noun and an acronym (``Analyst ФГ`` at a sentence's start, ``Branchenverband VDMA``)."""
    parts = name.split(" ")
    if len(parts) < 2 or not any(_acronym(part) for part in parts):
        return False
    if not all(part[:1].isupper() for part in parts):
        return False
    if _nounlike(name, words) or parts[0].lower().endswith(words.compound_heads):
        return False
    before = text[:start].rstrip(" \u00a0")
    if not before or before[-1] in '.!?:\n«"„“':
        return False  # (a sentence's first word may be a common noun)
    rules = rules_for(code)
    return (
        any(_acronym(part) and part not in words.legal_forms for part in parts)
        and not all(_acronym(part) for part in parts)
        # (``LSU Wade Sims``: a first name after the acronym is a person's)
        and not any(rules.first_name(part) in ("male", "female") for part in parts)
    )


def _place_by_form(name: str, words: _Words) -> bool:
    """Whether ``name`` is a place's by its first word (``Río Negro``), its ending
    (``Полтавщини``) or a lower-case word inside its hyphens (``Saint-Liévin-sur-Aa``,
    ``Pas-de-Calais``)."""
    if " " in name:
        return name.split(" ", 1)[0].lower() in words.place_leads
    if words.place_endings and len(name) > 6 and name.endswith(words.place_endings):
        return True
    if "-" not in name or not words.place_hyphen_words:
        return False
    pieces = name.split("-")
    return len(pieces) > 2 and any(p in words.place_hyphen_words for p in pieces[1:-1])


def _grown(
    fields: CandidateFields,
    text: str,
    start: int,
    end: int,
    code: str,
    words: _Words,
    nouns: list[int],
) -> tuple[int, int, str] | None:
    """``(start, end, type)`` of a name grown by the generic noun written with it (before:
    ``ministère de l'Industrie``, ``rue Victor-Hugo``; after: ``Харківській області``), or
    ``None``. A person's name typed by a first name is never grown, nor one typed by a title
    unless it is an adjective before a generic noun."""
    name = fields[TEXT]
    if (
        words.adjective_endings
        and " " not in name
        and name[:1].isupper()
        and name.lower().endswith(words.adjective_endings)
        # (``Руководитель Российской антарктической экспедиции``: a role before a body's
        # adjective made it a person; a first name did not)
        and not fields[GENDER]
    ):
        after = _grown_after(text, end, words)
        if after is not None:
            return start, after[0], after[1]
    if fields[ROLE] or (fields[TYPE] == "person" and not _open(fields)):
        return None
    # (``nouns``: where the document's nouns of ``nouns_before`` end; most names have none
    # near, and need no search)
    at = bisect.bisect_left(nouns, start - 60)
    before = _grown_before(text, start, code) if at < len(nouns) and nouns[at] <= start else None
    if before is not None:
        return before[0], end, before[1]
    return None


def _legal_form(text: str, end: int, words: _Words) -> int | None:
    """Where a legal form right after a name ending at ``end`` ends (``Vernal SAS``,
    ``Pampa Austral S.A.``), else ``None``."""
    if not words.legal_forms:
        return None
    at = end + 1 if text[end : end + 1] == " " else end + 2 if text[end : end + 2] == ", " else 0
    if not at or text[at : at + 1] not in words.legal_starts:
        return None
    for form in words.legal_forms:
        if text.startswith(form, at):
            finish = at + len(form)
            if finish == len(text) or not text[finish].isalnum():
                return finish
    return None


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
    if words.quoted_organisations and _quoted_body(text, start, end, words):
        return "organisation", fields[CANONICAL]
    if name in gz.organisation_names():
        return "organisation", gz.organisation_names()[name]
    if name in gz.place_names():
        return "place", gz.place_names()[name]
    if _nounlike(name, words):
        return None
    before = _word_before(text, start)
    if before in words.organisation_before or (
        before in words.plural_articles
        and not name.lower().endswith(words.demonym_endings)
        and name.lower() not in words.plural_not_bodies
    ):
        return "organisation", fields[CANONICAL]
    if before in words.place_before and _place_shaped(name, code):
        return "place", fields[CANONICAL]
    # (``provincia de Neuquén``, ``la ville de Lens``: a place's noun and a connector)
    if before in words.place_connectors and _place_shaped(name, code):
        at = text.rfind(before, max(0, start - len(before) - 2), start)
        if at > 0 and _word_before(text, at) in words.place_before:
            return "place", fields[CANONICAL]
    return None


#: What follows a dateline's place: an agency in brackets (``Heilbronn (dpa) -``, ``Madrid,
#: 3 dic (EFE).-``), or, after a name in capitals, a comma and a day (``АСТАНА, 2 декабря``).
_DATELINE_AFTER = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*\d{1,2}[ .\u00a0][^\n()]{0,16})?\((?P<agency>[^()\n]{2,20})\)"
    r"|(?P<day>,[ \u00a0]*\d{1,2}[ .\u00a0])"
)


def _dateline(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether the name at ``start:end`` begins a line as a wire dateline's place does (not
    ``Sims, 20 ans, a été tué``: a person's name and age)."""
    if start and text[start - 1] != "\n":
        return False
    match = _DATELINE_AFTER.match(text, end)
    if match is None:
        return False
    if match.group("day") is not None:
        return text[start:end].isupper()
    return all(
        part.strip().lower() in words.agencies for part in re.split(r"[/,]", match["agency"])
    )


def _place_shaped(name: str, code: str) -> bool:
    """Every word capitalised, and no first name first (``en James``: a person's even after a
    place's preposition)."""
    return all(part[:1].isupper() for part in name.split(" ")) and rules_for(code).first_name(
        name.split()[0]
    ) not in ("male", "female")


def _known_place(
    name: str, text: str, start: int, code: str, known: set[str], near: set[str]
) -> bool:
    """Whether a name after a preposition of place (``à``, ``in``) or ``в``/``у`` is a place the
    gazetteer or the document already knows (``known``: the lookup keys of its places, which
    stems make case-blind: ``в Калифорнии``, ``Калифорния``). Those words also introduce
    objects and bodies (``à Jean``, ``in Betrieb``, ``в Газпроме``), so position alone is not
    enough."""
    words = _words(code)
    before = _word_before(text, start)
    if before in words.locative_before:
        if name.lower() in words.locative_not_places:
            return False
    elif before not in words.place_prepositions:
        return False
    # (``à San Diego``: a place's first word is a second signal)
    return _place_shaped(name, code) and (
        _near_key(_place_key(name, code), known, near)
        or (" " in name and name.split(" ")[0] in gz.PLACE_LEADS)
    )


#: Shortest key two spellings of a place may differ by a last letter in.
_NEAR_KEY = 4


def _near_key(key: str, known: set[str], near: set[str]) -> bool:
    """Whether ``key`` is in ``known``, or one letter longer or shorter than a key there
    (``астан`` of ``в Астане``, ``аста`` of ``АСТАНА``: stems of one name's cases); ``near``
    holds the keys of ``known`` without their last letter."""
    if key in known:
        return True
    return len(key) >= _NEAR_KEY and (key[:-1] in known or key in near)


def _place_key(name: str, code: str) -> str:
    """The key a place's spellings share in language ``code`` (stemmed words)."""
    profile = rules_for(code).profile
    return " ".join(profile.key(name)) if profile is not None else name.lower()


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and _QUOTES.get(text[start - 1]) == text[end : end + 1]


def _quoted_body(text: str, start: int, end: int, words: _Words) -> bool:
    """A name in quotation marks, unless they give a work's title (``роман «Анна Каренина»``,
    ``фильм «Изгнание»``)."""
    return _quoted(text, start, end) and _word_before(text, start - 1) not in words.work_before


def _in_work_title(text: str, start: int, words: _Words) -> bool:
    """Whether ``start`` lies inside quotation marks opened after a word for a work (``le film
    « Les Misérables »``, ``la película «Los Olvidados»``)."""
    window = text[max(0, start - 80) : start]
    for at in range(len(window) - 1, -1, -1):
        closing = _QUOTES.get(window[at])
        if closing is not None:
            if closing in window[at + 1 :]:
                return False
            return _word_before(text, start - len(window) + at) in words.work_before
    return False


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
            # (``Компания ООО «Ромашка»``: a legal form before the name is no name)
            if len(rest) == 1 and (
                rest[0].lower() in words.not_acronyms or rest[0] in words.legal_forms
            ):
                return None
            at = start
            for part in parts[: i + 1]:
                at = text.find(part, at)
                if at < 0:
                    return None  # (a name spelt otherwise than its text: no cut)
                at += len(part)
            at = text.find(rest[0], at)
            return at if at >= 0 else None
    return None


def _lists(
    items: list[Mention], where: list[tuple[int, int]], text: str, words: _Words
) -> list[list[int]]:
    """The positions of names listed together: separated by commas, the last two by a joiner
    (``Boots, Superdrug et Debenhams``, ``Aldi und Lidl``); never a comma alone."""
    runs: list[list[int]] = []
    run = [0]
    for k in range(1, len(items) + 1):
        gap = text[where[k - 1][1] : where[k][0]].strip(" \u00a0") if k < len(items) else ""
        if gap == "," and k < len(items):
            run.append(k)
            continue
        if gap in words.list_joiners and k < len(items):
            run.append(k)
            runs.append(run)
        run = [k]
    return runs


def _kind(fields: CandidateFields, found: dict[str, tuple[str, str | None]]) -> str | None:
    """The type ``fields`` has or was found to have, when a place or an organisation."""
    if fields[TEXT] in found:
        return found[fields[TEXT]][0]
    if fields[TYPE] in ("place", "organisation") and not _open(fields):
        return str(fields[TYPE])
    return None


#: How much of a text tells the script it is written in.
_SCRIPT_SAMPLE = 4000


def language_of(mentions: list[Mention], text: str = "") -> str | None:
    """The language of a document whose ``mentions`` are mostly in one other than English
    (a Spanish page quoting an English company's name is Spanish), else ``None``; also
    ``None`` when its ``text`` is mostly in Latin letters while that language is written in
    another script."""
    codes = [fields[LANGUAGE] for _, _, fields in mentions]
    foreign = [code for code in codes if code not in (None, "en")]
    if 2 * len(foreign) <= len(codes):
        return None
    code = str(Counter(foreign).most_common(1)[0][0])
    # An English text declared Russian (a mixed batch, a site's wrong ``lang``): mostly Latin
    # letters where the language is written in another script. (Its names may well be Latin:
    # a Ukrainian page on British shops.)
    if code in OTHER_SCRIPTS and text:
        letters = script_counts(text[:_SCRIPT_SAMPLE])
        if 2 * letters["Latin"] > sum(letters.values()):
            return None
    return code


def retyped(mentions: list[Mention], spans: Spans, text: str) -> tuple[list[Mention], set[int]]:
    """One non-English document's ``mentions`` (mostly of one language:
    :func:`language_of`), retyped by the evidence above, and the positions of those left out
    (joined to the one before); a mention is replaced, never edited."""
    found_code = language_of(mentions, text)
    if found_code is None:
        return mentions, set()
    code = found_code
    words = _words(code)
    found: dict[str, tuple[str, str | None]] = {}
    items = list(mentions)
    where = [spans.span(index, number) for index, number, _ in mentions]
    profile = rules_for(code).profile
    places, organisations = gz.place_names(), gz.organisation_names()
    honorific = _honorific(code)
    after_honorific = {m.end() for m in honorific.finditer(text)} if honorific else set()
    noun = _noun_word(code)
    nouns = [m.end() for m in noun.finditer(text)] if noun is not None else []
    # (by stem: ``Лаврова`` is ``Сергей Лавров``'s)
    stem = profile.name_stem if profile is not None else str.lower
    surnames = {
        stem(fields[TEXT].rsplit(" ", 1)[-1])
        for _, _, fields in mentions
        if fields[TYPE] == "person" and (fields[ROLE] or fields[GENDER])
    }
    # (the places the chunker found, by key: what a preposition of place may point to)
    known = {_place_key(fields[TEXT], code) for _, _, fields in mentions if fields[TYPE] == "place"}
    pending: list[int] = []
    persons = {fields[TEXT] for _, _, fields in mentions if fields[TYPE] == "person"}
    honoured = {k for k in range(len(mentions)) if where[k][0] in after_honorific}
    for k, (index, number, fields) in enumerate(mentions):
        start, end = where[k]
        # ``Mme Martin``: an honorific makes a person of a name the chunker took for a place
        # (``Martin``: a stem of ``Martinique``) or left untyped.
        if start in after_honorific and fields[TYPE] in (None, "place") and not fields[ROLE]:
            person = list(_typed(fields, "person", None))
            person[EVIDENCE] = True
            items[k] = (index, number, tuple(person))
            continue
        if k in honoured:
            continue  # (``г-н Иванов``: a person, whatever its neighbours)
        if words.work_before and _in_work_title(text, start, words):
            continue  # (``le film « Les Misérables »``: a title, no body's name)
        if _acronym(fields[TEXT]) and _dotted(text, start, end):
            continue  # (``los EE.UU.``: a link of a dotted abbreviation, no body's name)
        widened = _grown(fields, text, start, end, code, words, nouns)
        if widened is not None:
            begin, finish, widened_kind = widened
            named = list(_typed(fields, widened_kind, None))
            named[TEXT] = text[begin:finish]
            items[k] = (index, spans.add(begin, finish), tuple(named))
            where[k] = (begin, finish)
            continue
        # ``Santa Cruz``, ``Pas-de-Calais``: a place's by its form, even with a first name in it.
        if (
            fields[TYPE] in (None, "person")
            and not fields[ROLE]
            and _place_by_form(fields[TEXT], words)
            and not _quoted(text, start, end)
        ):
            found.setdefault(fields[TEXT], ("place", fields[CANONICAL]))
            items[k] = (index, number, _typed(fields, "place", fields[CANONICAL]))
            continue
        # ``«Денвер Наггетс»``: the quotation marks outweigh a first name.
        if not _open(fields) and not (
            words.quoted_organisations
            and fields[TYPE] == "person"
            and not fields[ROLE]
            and _quoted_body(text, start, end, words)
        ):
            # ``Речник МЗС``: an acronym after a role is the body the person speaks for.
            # ``Sprecher der SPD-Bundestagsfraktion``: so is a body's compound.
            if not (
                fields[TYPE] == "person"
                and (
                    # (``речниця МЗС``: a woman's role gave the acronym a gender, no first name)
                    (_acronym(fields[TEXT]) and _alone(fields[TEXT], text, start, end, words))
                    or (
                        not fields[GENDER]
                        and bool(fields[ROLE])
                        and _compound_body(fields[TEXT], words)
                    )
                )
            ):
                continue
            bare = list(fields)
            bare[TYPE] = bare[ROLE] = bare[GENDER] = None
            fields = tuple(bare)
        if fields[TYPE] is None and " " in fields[TEXT]:
            tail = _named_after_noun(fields[TEXT], text, start, words)
            if tail is None:
                tail = _body_after_article(fields[TEXT], text, start, end, words)
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
        if fields[TEXT] not in places and (
            _institution(fields[TEXT], words)
            or (bool(words.legal_forms) and fields[TEXT].endswith(words.legal_suffixes))
            or fields[TEXT].lower() in words.agencies
            or (_acronym(fields[TEXT]) and _alone(fields[TEXT], text, start, end, words))
            or _with_acronym(fields[TEXT], text, start, code, words)
        ):
            # ``PNV``, ``КПРФ``, ``Sénat``, ``Arbeitsministerium``, ``Lumarel SAS``: a body's,
            # by its form.
            found.setdefault(fields[TEXT], ("organisation", fields[CANONICAL]))
            items[k] = (index, number, _typed(fields, "organisation", fields[CANONICAL]))
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
            pending.append(k)
            continue  # (most of a German document's capitalised words: nouns, at a glance)
        typed = _evidence(fields, text, start, end, code)
        if typed is None:
            pending.append(k)
            continue
        if " " not in fields[TEXT] and stem(fields[TEXT]) in surnames:
            continue  # (a person's surname: ``à Scherzer``, ``По словам Лаврова, Москва``)
        found.setdefault(fields[TEXT], typed)
        items[k] = (index, number, _typed(fields, *typed))
    # ``à Croydon``, ``в Кройдоне``: a preposition of place types a name the gazetteer or the
    # document (the chunker, or the evidence above: ``штат Кройдон``) knows as a place.
    # ``АСТАНА, 2 декабря.``, ``Heilbronn (dpa) -``: a dateline's name is a place.
    for k in pending:
        index, number, fields = items[k]
        if _dateline(text, *where[k], words) and _place_shaped(fields[TEXT], code):
            found.setdefault(fields[TEXT], ("place", fields[CANONICAL]))
    known |= {_place_key(name, code) for name, (kind, _) in found.items() if kind == "place"}
    near = {key[:-1] for key in known if len(key) > _NEAR_KEY}
    for k in pending:
        index, number, fields = items[k]
        name = fields[TEXT]
        if not _known_place(name, text, where[k][0], code, known, near) or (
            " " not in name and stem(name) in surnames
        ):
            continue
        # (a place found so types no other mention the chunker took for a person)
        if name not in persons:
            found.setdefault(name, ("place", fields[CANONICAL]))
        items[k] = (index, number, _typed(fields, "place", fields[CANONICAL]))
    # ``nach Leipzig und Berlin``, ``Москвы и Подмосковья``: names listed after a preposition
    # of place with a place are places.
    waiting = set(pending)
    for run in _lists(items, where, text, words):
        if _word_before(text, where[run[0]][0]) not in (
            words.place_prepositions | words.locative_before
        ) or not any(_kind(items[k][2], found) == "place" for k in run):
            continue
        for k in run:
            index, number, fields = items[k]
            name = fields[TEXT]
            if (
                k in waiting
                and _open(fields)
                and _place_shaped(name, code)
                and not (" " not in name and stem(name) in surnames)
            ):
                items[k] = (index, number, _typed(fields, "place", fields[CANONICAL]))

    # ``Boots, Superdrug et Debenhams``: names listed together are of one kind; ``Selly Oak,
    # Birmingham``, ``Selly Oak (Birmingham)``: a name beside a place is a place in it.
    def lends_to(k: int, *, listed: bool = True) -> bool:
        b = items[k][2]
        name = b[TEXT]
        return not (
            name in found
            or not _open(b)
            or k in honoured
            or (" " not in name and stem(name) in surnames)
            # (``Робин Кристи``, ``Camille``: a person's name, whatever it is listed with)
            or (listed and b[TYPE] == "person" and " " in name)
            or rules_for(code).first_name(name.split(" ")[0]) is not None
            # (``Polizei von Baton Rouge, Louisiana``: not one name)
            or not all(part[:1].isupper() for part in name.split(" "))
            or _nounlike(name, words)
        )

    for k in range(len(items) - 1):
        gap = text[where[k][1] : where[k + 1][0]].strip(" \u00a0")
        if (
            # (``Selly Oak, en Birmingham``: a preposition of place may come between)
            (gap in (",", "(") or (gap[:1] == "," and gap[1:].strip() in words.place_prepositions))
            and _kind(items[k + 1][2], found) == "place"
            and _kind(items[k][2], found) is None
            and lends_to(k, listed=False)
        ):
            found[items[k][2][TEXT]] = ("place", None)
    for run in _lists(items, where, text, words):
        kinds = [_kind(items[k][2], found) for k in run]
        # (``Aldi und Lidl``: a company lends its kind; ``Rajoy, Sánchez y Cataluña``, ``Real
        # Madrid, Barcelona y Sánchez``: places do not, as people are listed with them)
        if set(kinds) - {None} != {"organisation"}:
            continue
        for k, kind in zip(run, kinds, strict=True):
            if kind is None and lends_to(k):
                found[items[k][2][TEXT]] = ("organisation", None)
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
                    at = text.find(part, at)
                    at = at + len(part) if at >= 0 else -1
                    if at < 0:
                        break
                cut = text.find(parts[lower[-1] + 1], at) if at >= 0 else -1
                start = cut if cut >= 0 else start
            grown = list(fields)
            grown[TEXT] = text[start : end + 2]
            items[k] = (index, spans.add(start, end + 2), tuple(grown))
            continue
        # ``Brossard Industries SAS``: a legal form after a name is the company's.
        legal = _legal_form(text, end, words)
        if (
            legal is not None
            and k not in dropped
            and (fields[TYPE] in (None, "organisation", "person"))
            and (fields[TYPE] != "person" or _open(fields))
        ):
            grown = list(_typed(fields, "organisation", None))
            grown[TEXT] = text[start:legal]
            items[k] = (index, spans.add(start, legal), tuple(grown))
            if k + 1 < len(items) and where[k + 1][0] < legal:
                dropped.add(k + 1)
            continue
        # ``МИД России``: an acronym and the place right after it are one body's name.
        if (
            words.acronym_of_place
            and fields[TYPE] == "organisation"
            and _acronym(fields[TEXT])
            and k + 1 < len(items)
            and k not in dropped
            and items[k + 1][2][TYPE] == "place"
            and text[end : where[k + 1][0]] == " "
        ):
            grown = list(fields)
            finish = where[k + 1][1]
            grown[TEXT] = text[start:finish]
            items[k] = (index, spans.add(start, finish), tuple(grown))
            dropped.add(k + 1)
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
    _first_names(items, dropped, spans, text, code)
    _quoted_names(items, dropped, spans, text, words)
    _credits(items, dropped, spans, text, words)
    _bylines(items, dropped, spans, text)
    _adjectives(items, dropped, spans, text, words)
    _bodies_of_places(items, dropped, spans, text, words)
    _clubs(items, dropped, spans, text, words)
    return items, dropped


def _quoted_names(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: _Words
) -> None:
    """``«Новые люди»``, ``«Единая Россия»``, ``Fraktion „Die Linke“``: a short name in quotation
    marks that goes on in lower case, or holds a place's name, is one body's name where the
    language quotes bodies (``quoted_organisations``) or after a word introducing one; a work's
    title (``роман «Анна Каренина»``) is none."""
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or (fields[TYPE] == "person" and not _open(fields)):
            continue
        start, end = spans.span(index, number)
        quoted = _quotation(text, start, end)
        if quoted is None:
            continue
        begin, finish = quoted
        if (begin, finish) == (start, end) and fields[TYPE] == "organisation":
            continue
        if (
            not (
                words.quoted_organisations
                or _word_before(text, begin - 1) in words.organisation_before
            )
            or _word_before(text, begin - 1) in words.work_before
        ):
            continue
        if (begin, finish) == (start, end) and fields[TYPE] is not None:
            continue  # (a whole quoted name the passes above typed: theirs to judge)
        named = list(_typed(fields, "organisation", None))
        named[TEXT] = text[begin:finish]
        items[k] = (index, spans.add(begin, finish), tuple(named))
        # (the other names inside the quotation marks are this one's words)
        for j in range(k + 1, min(k + 5, len(items))):
            inside = spans.span(items[j][0], items[j][1])
            if inside[0] < finish:
                dropped.add(j)


def _first_names(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """``Martín Echeverría Lanús``, ``Martine Delattre-Caron``: a first name the gazetteer
    took for a place by its stem (``Martinique``), right before a surname, begins a person's
    name."""
    rules = rules_for(code)
    for k in range(len(items) - 1):
        index, number, fields = items[k]
        if (
            k in dropped
            or k + 1 in dropped
            or fields[TYPE] != "place"
            or fields[CANONICAL] in (None, fields[TEXT])
            or " " in fields[TEXT]
            or rules.first_name(fields[TEXT]) not in ("male", "female")
            # (a place's spelling cut short, ``Martín`` of ``Martinique``; not an inflected
            # country's, ``Росії`` of Russia)
            or not _bare(str(fields[CANONICAL])).startswith(_bare(fields[TEXT])[:4])
        ):
            continue
        after = items[k + 1][2]
        start, end = spans.span(index, number)
        begin, finish = spans.span(items[k + 1][0], items[k + 1][1])
        if (
            text[end:begin] != " "
            or after[TYPE] not in (None, "person")
            or after[ROLE]
            or not all(part[:1].isupper() for part in after[TEXT].split(" "))
        ):
            continue
        person = list(_typed(fields, "person", None))
        person[TEXT], person[EVIDENCE] = text[start:finish], True
        items[k] = (index, spans.add(start, finish), tuple(person))
        dropped.add(k + 1)


def _bare(word: str) -> str:
    """``word`` in lower case without accents (``Martín`` -> ``martin``)."""
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def _adjectives(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: _Words
) -> None:
    """A body's name ends with its adjectives, not with a verb: ``Commission européenne
    devra`` -> ``Commission européenne``; ``ministère des Affaires`` + ``étrangères`` ->
    ``ministère des Affaires étrangères`` (``name_adjective_endings``)."""
    if not words.name_adjective_endings:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation":
            continue
        start, end = spans.span(index, number)
        name = text[start:end]
        pieces = name.split(" ")
        if fields[TEXT] != name or len(pieces) < 2:
            continue
        cut = len(pieces)
        last = pieces[-1]
        # (one verb right after the name's last capitalised word or adjective: ``devra``; not
        # a noun after a connector, ``Parti des travailleurs``)
        if (
            last.islower()
            and last.endswith(words.name_verb_endings)
            and not _adjective(last, words)
            and (pieces[-2][:1].isupper() or _adjective(pieces[-2], words))
        ):
            cut -= 1
        finish = start + len(" ".join(pieces[:cut]))
        if cut == len(pieces) and pieces[0].lower() in words.org_leads and pieces[-1][:1].isupper():
            # (one or two adjectives after the body's last capitalised word)
            at = finish
            for _ in range(2):
                word = re.match(r" ([^\W\d_]+)(?![\w'’-])", text[at : at + 40])
                if (
                    word is None
                    or not word.group(1).islower()
                    or not _adjective(word.group(1), words)
                ):
                    break
                at += word.end()
            finish = at
        if finish == end or not pieces[cut - 1][:1].strip():
            continue
        named = list(fields)
        named[TEXT] = text[start:finish]
        items[k] = (index, spans.add(start, finish), tuple(named))


def _bodies_of_places(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: _Words
) -> None:
    """``Банк России``, ``Мэрия Москвы``: a capitalised noun of ``organisation_of_place`` right
    before a place names a body with it."""
    if not words.organisation_of_place:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "place":
            continue
        start, end = spans.span(index, number)
        match = re.search(r"(?<![\w-])([^\W\d_][\w-]*) $", text[max(0, start - 30) : start])
        if match is None or not match.group(1)[:1].isupper():
            continue
        if match.group(1).lower() not in words.organisation_of_place:
            continue
        begin = start - len(match.group(0))
        named = list(_typed(fields, "organisation", None))
        named[TEXT] = text[begin:end]
        items[k] = (index, spans.add(begin, end), tuple(named))


def _adjective(word: str, words: _Words) -> bool:
    return len(word) > 3 and word.endswith(words.name_adjective_endings)


#: Where a part of a credit ends (``Foto: X / Belga / AFP``, ``(J. Clergeau/L'Équipe)``).
_PART_END = re.compile(r"[ \u00a0]?(?:[/|)\n]|$)")
#: How far a credit's or a byline's line is read either side of a name.
_LINE_REACH = 200
#: Most words after a name in a credit's part (``/ Закарпаття онлайн``).
_PART_WORDS = 2


def _credits(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: _Words
) -> None:
    """``Foto: Thomas Imhof / Belga / AFP``, ``Фото: Алексей Мальцев / РИА Новости``: in a
    caption's credit (a line holding a word of ``[page] credit_markers`` or ``©``), a part after
    a slash or a bar that is no person's name with a first name is a body's (an agency, an
    outlet, a picture library), with the lower-case words ending it."""
    if not words.credit_markers:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or (fields[TYPE] == "person" and not _open(fields)):
            continue
        start, end = spans.span(index, number)
        before = text[max(0, start - 3) : start].rstrip(" \u00a0")
        if not before or before[-1] not in "/|":
            continue
        # (the credit's words are on its line, near: a long line is no caption)
        line = text[max(0, start - _LINE_REACH) : start]
        line = line[line.rfind("\n") + 1 :].lower()
        if "©" not in line and not any(
            marker in words.credit_markers for marker in re.findall(r"\w+", line)
        ):
            continue
        rest = _PART_END.search(text, end, end + _LINE_REACH)
        if rest is None:
            continue
        tail = text[end : rest.start()].split()
        if len(tail) > _PART_WORDS or not all(w.isalpha() and w.islower() for w in tail):
            continue
        finish = end + len(text[end : rest.start()].rstrip(" \u00a0"))
        if fields[TYPE] == "place" and finish == end:
            continue  # (``Foto: X / Berlin``: a place may end a credit)
        if fields[TYPE] == "organisation" and finish == end:
            continue
        named = list(_typed(fields, "organisation", None))
        named[TEXT] = text[start:finish]
        number = number if finish == end else spans.add(start, finish)
        items[k] = (index, number, tuple(named))


#: The parts of a byline (``Максим Бондар, Економічна правда``, ``Olé | Por Nicolás Ferreyra``).
_BYLINE_PARTS = re.compile(r"[ \u00a0]*(?:,|[/|·])[ \u00a0]*")
#: Most words of a byline.
_BYLINE_WORDS = 8
#: ``© 2026 Економічна правда``: a copyright line's owner.
_COPYRIGHT = re.compile(r"©[ \u00a0]*(?:\d{4}[ \u00a0]+)?$")


def _bylines(items: list[Mention], dropped: set[int], spans: Spans, text: str) -> None:
    """``Максим Бондар, Економічна правда``, ``Federico Gaona / El Financiero``, ``© 2026
    Економічна правда``: on a short line of parts, one a person's name with a first name, a
    part that is one name (with lower-case words ending it) is the outlet's; so is the owner of
    a copyright line. A place is left alone (``Hélène Varenne, Paris``)."""
    persons = sorted(
        spans.span(index, number)
        for k, (index, number, fields) in enumerate(items)
        if k not in dropped and fields[TYPE] == "person" and fields[GENDER] and " " in fields[TEXT]
    )
    person_starts = [b for b, _ in persons]
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or fields[TYPE] not in (None, "person", "place"):
            continue
        if fields[TYPE] == "person" and not _open(fields):
            continue
        start, end = spans.span(index, number)
        line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
        line_end = text.find("\n", end, end + _LINE_REACH)
        line_end = len(text) if line_end < 0 and end + _LINE_REACH >= len(text) else line_end
        if (line_start == 0 and start > _LINE_REACH) or line_end < 0:
            continue  # (a long line: running text, no byline)
        line = text[line_start:line_end]
        if len(line.split()) > _BYLINE_WORDS:
            continue
        head = text[line_start:start]
        cuts = list(_BYLINE_PARTS.finditer(line))
        part_start = max(
            (c.end() + line_start for c in cuts if c.end() + line_start <= start),
            default=line_start,
        )
        part_end = min(
            (c.start() + line_start for c in cuts if c.start() + line_start >= end),
            default=line_end,
        )
        tail = text[end:part_end].split()
        if part_start != start or not all(w.isalpha() and w.islower() for w in tail):
            continue
        if len(tail) > _PART_WORDS or (fields[TYPE] == "place" and not tail):
            continue
        copyright_line = _COPYRIGHT.search(head) is not None
        first = bisect.bisect_left(person_starts, line_start)
        last = bisect.bisect_left(person_starts, line_end)
        # (a person before the name, or after it with a word first: ``Olé | Por Nicolás
        # Ferreyra``; a section's label before a place taken for a person is no byline,
        # ``Internacional | América Latina``)
        bylined = any(
            f <= start or (b >= end and text[max(0, b - 8) : b].rstrip(" \u00a0")[-1:].isalpha())
            for b, f in persons[first:last]
        )
        if not (bylined and cuts) and not copyright_line:
            continue
        finish = end + len(text[end:part_end].rstrip(" \u00a0."))
        named = list(_typed(fields, "organisation", None))
        named[TEXT] = text[start:finish]
        number = number if finish == end else spans.add(start, finish)
        items[k] = (index, number, tuple(named))


#: Most words of a body's name in quotation marks (``«Российская антарктическая экспедиция»``);
#: longer quotations are speech (``«Торопиться здесь не стыдно»``).
_QUOTED_WORDS = 3


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quotation marks around the name at ``start:end`` when they hold a
    short name beginning with a capital and no punctuation (``«Новые люди»``), else ``None``."""
    window = text[max(0, start - 40) : start]
    cut = max((window.rfind(q) for q in _QUOTES), default=-1)
    if cut < 0:
        return None
    begin = start - len(window) + cut + 1
    closing = _QUOTES[text[begin - 1]]
    finish = text.find(closing, end, end + 60)
    if finish < 0 or not text[begin : begin + 1].isupper():
        return None
    inside = text[begin:finish]
    pieces = inside.split(" ")
    if len(pieces) > _QUOTED_WORDS or not all(
        piece and all(c.isalnum() or c in "-'’" for c in piece) for piece in pieces
    ):
        return None
    # (a short lower-case word is a clause's: ``«Мы не сдадимся»``)
    if any(len(piece) < 3 and piece.islower() for piece in pieces[1:]):
        return None
    return begin, finish


#: A team's name on a results line: capitalised words (``1. FC Köln``, ``Bayer 04 Leverkusen``,
#: ``«Зенит»``) after the line's start or a colon or semicolon.
_SIDE = r"«?(?:\d{1,2}\.[ \u00a0])?[^\W\d_][\w'’.+&-]*(?:[ \u00a0][\w'’.+&-]+){0,4}»?"
_RESULT = re.compile(
    rf"(?:^|(?<=[:;][ \u00a0\u202f]))(?:(?P<a>{_SIDE})[ \u00a0][–—-][ \u00a0](?P<b>{_SIDE})"
    rf"[ \u00a0]\d{{1,2}}[:-]\d{{1,2}}|(?P<c>{_SIDE})[ \u00a0]\d{{1,2}}[ \u00a0][–—-][ \u00a0]"
    rf"(?P<d>{_SIDE})[ \u00a0]\d{{1,2}})(?!\d|[:.,/]\d)",
    re.MULTILINE,
)
#: A line of a league table: ``1. Boca 34; 2. Rosario Central 32``.
_STANDING = re.compile(
    rf"(?:^|(?<=[:;,][ \u00a0]))\d{{1,2}}\.[ \u00a0](?P<a>{_SIDE})[ \u00a0]\d{{1,3}}(?=[;,.]|$)",
    re.MULTILINE,
)


def _sides(text: str, words: _Words) -> list[tuple[int, int]]:
    """Where the teams' names of a document's results lines (``Marseille - Rennes 1-2``,
    ``Boca Juniors 2 - River Plate 1``, ``Динамо — Шахтар 2:1``) and league tables (three
    entries or more on a line) are, without quotation marks."""
    found: list[tuple[int, int]] = []
    for match in _RESULT.finditer(text):
        pair = ("a", "b") if match.group("a") is not None else ("c", "d")
        found += [match.span(pair[0]), match.span(pair[1])]
    lines: dict[int, list[tuple[int, int]]] = {}
    for match in _STANDING.finditer(text):
        lines.setdefault(text.rfind("\n", 0, match.start()), []).append(match.span("a"))
    found += [span for spans in lines.values() if len(spans) >= 3 for span in spans]
    return _names_only(text, found, words)


def _names_only(text: str, found: list[tuple[int, int]], words: _Words) -> list[tuple[int, int]]:
    """The spans of ``found`` that hold a name (capitalised words, digits, connectors), without
    quotation marks around it."""
    out = []
    for begin, finish in found:
        side = text[begin:finish]
        if side.startswith("«") and side.endswith("»"):
            begin, finish = begin + 1, finish - 1
        elif "«" in side or "»" in side:
            continue
        pieces = text[begin:finish].split()
        if all(p[:1].isupper() or p[:1].isdigit() or p in words.connectors for p in pieces) and any(
            p[:1].isupper() for p in pieces
        ):
            out.append((begin, finish))
    return out


#: A row of a table of share prices: a name, then a price or a change in per cent (``Dürr
#: 22,04 Euro -2,1 %``, ``Pampa Austral | 4.182,50 | +11,4``, ``«Уралхимпром» +11,4%``).
_PRICE = re.compile(
    rf"(?:^|(?<=[,;:][ \u00a0]))(?P<a>{_SIDE})(?:[ \u00a0]\|)?[ \u00a0]+[+\-−]?\d[\d.,\u00a0]*"
    r"(?=[ \u00a0%|]|$)",
    re.MULTILINE,
)
#: How far after a price its per cent sign is looked for (``41,18 Euro -11,6 %``).
_PRICE_REACH = 24
#: Fewest rows of a table of prices (in lines, or on one line).
_PRICE_ROWS = 3


def _listed(text: str, words: _Words) -> list[tuple[int, int]]:
    """Where the companies' names of a table of share prices are (three rows or more, each
    with a per cent sign on its line or a bar between columns), without quotation marks."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for match in _PRICE.finditer(text):
        # (the per cent sign or the column's bar is near the name, on its line)
        near = text[match.start() : match.end() + _PRICE_REACH].split("\n", 1)[0]
        if "%" in near or "|" in near:
            rows.setdefault(text.rfind("\n", 0, match.start()), []).append(match.span("a"))
    found = [span for spans in rows.values() for span in spans]
    if len(found) < _PRICE_ROWS:
        return []
    return _names_only(text, found, words)


def _clubs(items: list[Mention], dropped: set[int], spans: Spans, text: str, words: _Words) -> None:
    """``Marseille - Rennes 1-2``: the names on a results line or in a league table are
    teams', and so are the same names elsewhere in the document (``renversé par Rennes``),
    but not after a preposition of place (``in Freiburg``, ``à Lens``) nor in a dateline.
    The names of a table of share prices are companies' the same way (``Dürr 22,04 Euro``)."""
    teams = _sides(text, words)
    companies = _listed(text, words)
    if not teams and not companies:
        return
    sides = teams + companies
    names = {text[b:f] for b, f in sides}
    # (``VfB Stuttgart``: ``VfB`` and ``Stuttgart`` alone name the team too; ``Kessler
    # Maschinenbau``: ``Kessler`` the company)
    names |= {
        piece
        for b, f in teams
        for piece in text[b:f].split()
        if len(piece) > 2 and piece[:1].isupper()
    }
    names |= {text[b:f].split()[0] for b, f in companies if " " in text[b:f] and f - b > 3}
    # (``Borussia Dortmund hat``: a team's name of several words, written out of the table;
    # by first word, longest first, so that no mention scans every name)
    grown: dict[str, list[str]] = {}
    for several in sorted((n for n in names if " " in n), key=len, reverse=True):
        grown.setdefault(several.split(" ", 1)[0], []).append(several)
    sides.sort()
    side_starts = [b for b, _ in sides]
    taken_end = -1
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or (fields[TYPE] == "person" and not _open(fields)):
            continue
        start, end = spans.span(index, number)
        if start < taken_end:
            dropped.add(k)  # (a word of a team's name already grown: ``Paris SG``)
            continue
        at = bisect.bisect_right(side_starts, start) - 1
        side = sides[at] if at >= 0 and end <= sides[at][1] else None
        if side is None:
            longer = grown.get(fields[TEXT].split(" ", 1)[0], ())
            whole = next((n for n in longer if text.startswith(n, start)), None)
            # (never cut: ``Pampa Austral S.A.`` keeps its legal form)
            side = (start, max(end, start + len(whole))) if whole is not None else None
        kind = "organisation"
        if side is not None:
            begin, finish = side
        elif fields[TEXT] in names:
            begin, finish = start, end
            if _placed(text, start, end, words):
                # (``à Lens``: the town; typed, so that the team's type is not lent to it)
                kind = "place"
        else:
            continue
        named = list(_typed(fields, kind, None))
        named[TEXT] = text[begin:finish]
        number = number if (begin, finish) == (start, end) else spans.add(begin, finish)
        items[k] = (index, number, tuple(named))
        taken_end = max(taken_end, finish)


def _placed(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether a name at ``start:end`` is a place by its position: after a preposition of
    place (``in Freiburg``, ``à Lens``, ``в Самаре``) or as a dateline (``Dortmund – ...``)."""
    before = _word_before(text, start)
    if before in words.place_prepositions or before in words.locative_before:
        return True
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 3] in (
        " – ",
        " - ",
        " — ",
        " (",
        ", ",
    )
