"""What a non-English name's own letters say of its type, wherever it stands.

An acronym (``PNV``, ``КПРФ``) or a name holding one (``Oddo BHF``) is a body's unless a
neighbour says it is a line in capitals or a dotted abbreviation (``EE. UU.``); a noun for an
institution (``Sénat``, ``Arbeitsministerium``) or a legal form after a name (``Vernal SAS``)
names a body; a place's first word (``Río Negro``), ending (``Полтавщини``) or hyphenated words
(``Pas-de-Calais``) name a place. Where every noun is capitalised (German), a word ending like a
common noun is no name (:func:`nounlike`), and a noun for a body before capitalised words
(``Discounter Aldi``) says where the body's name begins. The evidence pass (:mod:`.foreign`)
reads these before the name's position.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newsbrief.annotators.entities.chunker import ROMAN_DIGITS, rules_for
from newsbrief.annotators.entities.foreign_words import ForeignWords, word_before
from newsbrief.languages import morphology

__all__ = [
    "acronym",
    "body_acronym",
    "body_after_article",
    "body_after_party_noun",
    "body_before_hyphen",
    "body_by_adjective",
    "body_with_acronym",
    "compound_body",
    "dotted_link",
    "institution",
    "legal_form_end",
    "named_after_noun",
    "nounlike",
    "opens_sentence",
    "people_initials",
    "place_by_form",
]


def acronym(name: str) -> bool:
    """Whether ``name`` is an acronym (``PNV``, ``КПРФ``, ``VDMA``): two to five capitals,
    digits or ``&``, no Roman numeral. Acronyms the gazetteer knows as places are checked
    first (``USA``, ``США``)."""
    if not 2 <= len(name) <= 5 or not name.isupper() or set(name) <= ROMAN_DIGITS:
        return False
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and all(c.isalnum() or c == "&" for c in name)
    )


def compound_body(name: str, words: ForeignWords) -> bool:
    """Whether ``name`` is one compound naming a body by its end (``SPD-Bundestagsfraktion``)."""
    return (
        " " not in name
        and institution(name, words)
        and name.lower() not in words.organisation_words
    )


def body_before_hyphen(name: str, words: ForeignWords) -> str | None:
    """The first part of a compound for a role or an event where every noun is capitalised
    (``EU-Gipfel``, ``BVB-Trainer``), when it may be a body's name; ``None`` for a body's own
    compound (``SPD-Fraktion``) or any other word."""
    if not words.noun_endings or " " in name or name.count("-") != 1:
        return None
    head, rest = name.split("-")
    if len(head) < 2 or not rest[:1].isupper() or compound_body(name, words):
        return None
    return head


def body_by_adjective(name: str, words: ForeignWords, heads: frozenset[str]) -> bool:
    """Whether ``name`` is a body's where every noun is capitalised but adjectives are not: a
    capitalised adjective first (``name_adjective_endings``) and a noun ending in a body's
    head last, in any case or number (``Statistisches Bundesamt``, ``Statistischen
    Bundesamtes``, ``Österreichischen Bundesbahnen``)."""
    parts = name.split(" ")
    return (
        bool(words.noun_endings)
        and len(parts) == 2
        and len(parts[0]) > 4
        and parts[0].lower().endswith(words.name_adjective_endings)
        and parts[1][:1].isupper()
        and parts[1].lower().endswith(_inflected_heads(heads))
    )


#: Endings of a German-like noun's genitive and plural (``Bundesamtes``, ``Bundesbahnen``).
_HEAD_ENDINGS = ("", "s", "es", "n", "en")


@cache
def _inflected_heads(heads: frozenset[str]) -> tuple[str, ...]:
    """``heads`` and their genitives and plurals (``amt``, ``amtes``; ``bahn``, ``bahnen``)."""
    return tuple(sorted(head + ending for head in heads for ending in _HEAD_ENDINGS))


def body_after_article(
    name: str, text: str, start: int, end: int, words: ForeignWords
) -> int | None:
    """Where a body's compound begins at the end of a run of capitalised nouns after a
    lower-case article (``Mitglied der SPD-Fraktion``), or, where every noun is capitalised,
    a company's name with its legal form (``Zentrale der Brandt Logistik AG``), else ``None``."""
    parts = name.split(" ")
    if len(parts) < 3:
        return None
    if parts[-2].islower() and compound_body(parts[-1], words):
        at = end - len(parts[-1])
        return at if text[at:end] == parts[-1] and at > start else None
    # (a German company's name has no lower-case word; a Spanish one may: ``Gas del Sur S.A.``)
    lower = [i for i, part in enumerate(parts) if part.islower()]
    if not (words.noun_endings and lower and 0 < lower[-1] < len(parts) - 2):
        return None
    if not name.endswith(words.legal_suffixes):
        return None
    tail = " ".join(parts[lower[-1] + 1 :])
    at = end - len(tail)
    return at if text[at:end] == tail else None


def body_after_party_noun(name: str, text: str, start: int, words: ForeignWords) -> int | None:
    """Where a company's name with its legal form begins after a first word that is a noun of
    a party to it (``[entities] party_nouns``: ``Hauptaktionär Brandt Logistik AG``, a compound
    ending in one: ``Finanzinvestor``), else ``None``. After an article that agrees with the
    company and not with the noun (``die Partner Reisen GmbH``), the noun is the name's."""
    parts = name.split(" ")
    if len(parts) < 3 or not words.party_nouns or not name.endswith(words.legal_suffixes):
        return None
    first = parts[0].lower()
    if not any(
        first == noun or (first.endswith(noun) and len(first) > len(noun) + 2)
        for noun in words.party_nouns
    ):
        return None
    if word_before(text, start) in words.company_articles and not first.endswith(
        words.feminine_endings
    ):
        return None
    at = start + len(parts[0]) + 1
    return at if text[at : at + len(parts[1])] == parts[1] else None


def institution(name: str, words: ForeignWords) -> bool:
    """Whether ``name`` is a body's by its noun (``Sénat``, ``Arbeitsministerium``)."""
    lower = name.lower()
    if lower in words.organisation_words:
        return True
    if (
        words.organisation_starts
        and " " not in name
        and lower.startswith(words.organisation_starts)
    ):
        return True  # (``Минпромторге``, ``Мінцифри``: a ministry's short name, in any case)
    return (
        bool(words.organisation_endings)
        and " " not in name
        # (``Масштаб``, ``Естрада``: common nouns that end like ``Генштаб``, ``Київрада``)
        and not lower.startswith(words.not_organisation_stems)
        and any(
            # (an ending with a hyphen needs a name of two letters before it: ``EU-Kommission``)
            lower.endswith(ending) and len(lower) > len(ending) + 1 + (ending[0] != "-")
            for ending in words.organisation_endings
        )
    )


#: Letters of an acronym read as the initials of a phrase of people, at most.
_PEOPLE_INITIALS = 4


def people_initials(name: str, text: str, code: str) -> bool:
    """Whether the acronym ``name`` stands for people, not a body: the text writes the words
    its letters open, the ones after the first in lower case, the first each time a noun of
    people in the plural by the dictionary (``ЧЖ`` beside ``членів журі``, members of a
    jury abbreviated as a translation does); not where that noun is a role's (``МЗС``
    beside ``міністрів закордонних справ``: the body's office holders)."""
    if not 2 <= len(name) <= _PEOPLE_INITIALS or not name.isalpha() or not name.isupper():
        return False
    profile = rules_for(code).profile
    if profile is None or not morphology.has_analyzer(code):
        return False
    firsts = _spelt_out(text).get(name)
    if not firsts or any(profile.is_role(first) for first in firsts):
        return False  # (``міністрів закордонних справ``: holders of the body's office)
    return {morphology.people_noun_number(first, code) for first in firsts} == {"plur"}


#: A word and the spaces after it.
_SPACED_WORD = re.compile(r"(\w+)([ \u00a0]*)")


@lru_cache(maxsize=4)  # (the document's text, asked of each of its acronyms)
def _spelt_out(text: str) -> dict[str, frozenset[str]]:
    """``{initials in capitals: the lower-case first words of the phrases}`` of every run of
    two to :data:`_PEOPLE_INITIALS` words the text writes apart by spaces only, the ones after
    the first in lower case (``членів журі`` under ``ЧЖ``): read once per text."""
    matches = list(_SPACED_WORD.finditer(text))
    words = [(m.group(1), bool(m.group(2))) for m in matches]
    ends = [m.end() for m in matches]
    starts = [m.start() for m in matches]
    found: dict[str, set[str]] = {}
    for i, (first, _) in enumerate(words):
        if first[0].isupper() and not opens_sentence(text, starts[i]):
            continue  # (``«Врачи без границ»``: a body's own name, its ``ВБГ`` a body's)
        initials = first[0].upper()
        for k in range(i + 1, min(len(words), i + _PEOPLE_INITIALS)):
            if ends[k - 1] != starts[k] or not words[k - 1][1] or not words[k][0][0].islower():
                break
            initials += words[k][0][0].upper()
            found.setdefault(initials, set()).add(first.lower())
    return {key: frozenset(value) for key, value in found.items()}


#: What ends a sentence before the word that opens the next.
_SENTENCE_ENDS = frozenset(".!?…\n")


#: What stands between a sentence's end and its first word: spaces; with a quotation's dash,
#: the dash too (``… — Марина``).
_SPACES = " \u00a0\t"
_SPACES_AND_DASHES = _SPACES + "–—-"


def opens_sentence(text: str, at: int, *, after_dash: bool = False) -> bool:
    """Whether the word at ``at`` opens the text, a line or a sentence (only spaces after a
    stop or a line's end before it; with ``after_dash``, dashes too, a quotation's or a
    dialogue's): a capital there is the sentence's, not a name's."""
    between = _SPACES_AND_DASHES if after_dash else _SPACES
    k = at
    while k > 0 and text[k - 1] in between:
        k -= 1
    return k == 0 or text[k - 1] in _SENTENCE_ENDS


def body_acronym(name: str, text: str, start: int, end: int, words: ForeignWords) -> bool:
    """Whether acronym ``name`` is a body's: no common noun's abbreviation (``PIB``) or legal
    form (``SAS``), and no word in capitals beside it (``MIRÁ TAMBIÉN``: a line in capitals)."""
    lower = name.lower()
    if lower in words.not_acronyms or lower in words.zones or name in words.legal_forms:
        return False
    if dotted_link(text, start, end):
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


def dotted_link(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are one link of a dotted abbreviation (``EE. UU.``,
    ``EE.UU.``: the United States in Spanish), which names no body."""
    return _DOTTED_AFTER.match(text, end) is not None or (
        _DOTTED_BEFORE.search(text[max(0, start - 7) : start]) is not None
        and text[end : end + 1] == "."
    )


def body_with_acronym(name: str, text: str, start: int, code: str, words: ForeignWords) -> bool:
    """Whether a name of capitalised words, one of them an acronym, is a body's (``Oddo BHF``,
    ``Paris SG``): not a person's with a first name (``Jean DUPONT`` in a byline), nor a
    noun and an acronym (``Analyst ФГ`` at a sentence's start, ``Branchenverband VDMA``)."""
    parts = name.split(" ")
    if len(parts) < 2 or not any(acronym(part) for part in parts):
        return False
    if not all(part[:1].isupper() for part in parts):
        return False
    if nounlike(name, words) or parts[0].lower().endswith(words.compound_heads):
        return False
    before = text[:start].rstrip(" \u00a0")
    if not before or before[-1] in '.!?:\n«"„“':
        return False  # (a sentence's first word may be a common noun)
    rules = rules_for(code)
    return (
        any(acronym(part) and part not in words.legal_forms for part in parts)
        and not all(acronym(part) for part in parts)
        # (``LSU Wade Sims``: a first name after the acronym is a person's)
        and not any(rules.first_name(part) in ("male", "female") for part in parts)
    )


def place_by_form(name: str, words: ForeignWords) -> bool:
    """Whether ``name`` is a place's by its first word (``Río Negro``), its ending
    (``Полтавщини``) or a lower-case word inside its hyphens (``Saint-Liévin-sur-Aa``,
    ``Pas-de-Calais``)."""
    if " " in name:
        # (its last word capitalised: ``Canton de`` cut before a known place names none)
        parts = name.split(" ")
        return parts[0].lower() in words.place_leads and parts[-1][:1].isupper()
    if words.place_endings and len(name) > 6 and name.endswith(words.place_endings):
        # (``Женщина``, ``Батьківщина``: common nouns that end so)
        return not name.lower().startswith(words.not_place_stems)
    if "-" not in name or not words.place_hyphen_words:
        return False
    pieces = name.split("-")
    return len(pieces) > 2 and any(p in words.place_hyphen_words for p in pieces[1:-1])


def legal_form_end(text: str, end: int, words: ForeignWords) -> int | None:
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


def nounlike(name: str, words: ForeignWords) -> bool:
    """Whether ``name`` starts with a word written like a common noun, where every noun is
    capitalised (``Millionen``, ``Richtung Osten``)."""
    return bool(words.noun_endings) and name.split(" ", 1)[0].endswith(words.noun_endings)


def named_after_noun(
    name: str, text: str, start: int, words: ForeignWords, *, body: bool = False
) -> int | None:
    """Where the name after a noun for a body inside ``name`` (at ``start``) begins, when the
    noun (``Kette``, or a compound ending in one: ``Supermarktkette``) is followed by
    capitalised words only; else ``None``. A ``body`` (``name`` known as one) may go on with a
    word ending like a common noun (``Zulieferer Rosenbauer International``)."""
    parts = name.split(" ")
    for i in range(len(parts) - 2, -1, -1):
        lower = parts[i].lower()
        if lower in words.organisation_before or lower.endswith(words.compound_heads):
            rest = parts[i + 1 :]
            # (``Maschinenbauer Kessler Maschinenbau AG``: a legal form outweighs a first word
            # ending like a common noun)
            if not all(part[:1].isupper() for part in rest) or (
                not body and nounlike(rest[0], words) and not name.endswith(words.legal_suffixes)
            ):
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
