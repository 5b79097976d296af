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
* a name the English gazetteer knows as a place or an organisation (``Louisiana``, ``EU``),
  or one GeoNames' list of towns knows, in any case form (``Бирмингеме``; :mod:`.towns`; where
  every noun is capitalised, only after a preposition of place);
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
  Aldi``, ``Kauf der Ketten Argos``) is the body's;
* where every noun is capitalised (German), what is written around a name: a town of the list
  (5,000 people and more: :func:`~.towns.named_town`) or a name ending like a town's
  (``town_endings``) after a preposition of place, a body's noun before its place
  (``organisation_of_place``: ``Landgericht Ulm``), a place's noun (``place_before``:
  ``Gemeinde Rechberghausen``), a point of the compass on a known place (``place_prefixes``:
  ``Norddeutschland``), the town a role is of (``Bürgermeisterin von Angermünde``), a town the
  chunker read in one run with a noun (``in Weinsberg Autos``), and a person's name hyphenated
  to a body's noun (``Robert Koch-Institut``).

A type found once holds for the document's other mentions of the same spelling. A person typed
by a title, role or first name is left as it is, and so is a word that is a surname of one of
the document's people (``à Scherzer``, ``По словам Лаврова, Москва``, by stem). Where every noun
is capitalised (German), a name whose first word ends like a common noun (``noun_endings``:
``in Geschäften``) gets no type by position. A company's name keeps its ``'s``, and ``les
Nuggets de Denver`` becomes one organisation.

The words all this reads are in :mod:`.foreign_words`; what a name's letters say, wherever it
stands, in :mod:`.foreign_forms`. After this evidence, :mod:`.foreign_bounds` fixes where names
begin and end, and :mod:`.foreign_pages` types the names of a page's layout (results lines,
share tables, credits, bylines). A name after a role held in a body (``directeur général de
Vernal``) is the body's (:mod:`.role_bodies`); a body and a place right after it are one name
(:mod:`.foreign_branches`); a run typed a person by its capitals alone stays one only where the
document confirms it (:mod:`.foreign_runs`); where a dictionary reads cases (Russian,
Ukrainian), a person's name the chunker ran on from words in another case is cut to the name
in the nominative (``Президент РАН Павел Логачев``, ``Зеленський Емманюелю Макрону``), and a
body's generic noun in a case form before a genitive names the body, in the nominative
(``в Совете Федерации``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from functools import cache, lru_cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.adjective_places import adjective_places, capitalised_adjective
from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    GENDER,
    LANGUAGE,
    OTHER_SCRIPTS,
    ROLE,
    SENTENCE_INITIAL,
    TEXT,
    TYPE,
    CandidateFields,
    name_articles,
    name_stopwords,
    rules_for,
)
from newsbrief.annotators.entities.club_towns import club_towns
from newsbrief.annotators.entities.elided_surnames import elided_surnames
from newsbrief.annotators.entities.foreign_acronyms import expanded_acronyms
from newsbrief.annotators.entities.foreign_bounds import (
    adjectives,
    bodies_of_places,
    clubs_by_name,
    compass_parts,
    complements,
    first_names,
    places_of_bodies,
    qualified_towns,
    quoted_names,
)
from newsbrief.annotators.entities.foreign_branches import branches
from newsbrief.annotators.entities.foreign_companies import short_names
from newsbrief.annotators.entities.foreign_declension import nominative_bodies
from newsbrief.annotators.entities.foreign_forms import (
    acronym,
    body_acronym,
    body_after_article,
    body_after_party_noun,
    body_before_hyphen,
    body_by_adjective,
    body_with_acronym,
    compound_body,
    dotted_link,
    institution,
    legal_form_end,
    named_after_noun,
    nounlike,
    opens_sentence,
    people_initials,
    place_by_form,
)
from newsbrief.annotators.entities.foreign_genitives import genitives
from newsbrief.annotators.entities.foreign_pages import (
    bylines,
    clubs,
    credits,
    players,
    prose_results,
)
from newsbrief.annotators.entities.foreign_portfolios import portfolios
from newsbrief.annotators.entities.foreign_runs import unconfirmed_runs
from newsbrief.annotators.entities.foreign_tails import (
    acronym_tails,
    body_tails,
    joined_surnames,
    role_tails,
)
from newsbrief.annotators.entities.foreign_words import (
    QUOTES,
    ForeignWords,
    body_of_place_noun,
    foreign_words,
    is_open,
    named_with_place,
    typed_as,
    word_before,
    word_bounds,
    work_title_at,
)
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.annotators.entities.particle_surnames import particle_surnames
from newsbrief.annotators.entities.role_bodies import (
    after_body_role,
    after_seat_role,
    body_after_role_in_run,
    hyphened_to_body_role,
    names_a_department,
    seat_town,
)
from newsbrief.annotators.entities.shared_heads import shared_heads
from newsbrief.annotators.entities.streets import street
from newsbrief.annotators.entities.topic_nouns import topic_noun, written_as_noun
from newsbrief.annotators.entities.town_heads import town_heads
from newsbrief.annotators.entities.towns import (
    MIN_NAMED_CITY_POPULATION,
    first_name_form,
    foreign_town,
    listed_population,
    named_town,
    short_town,
    town,
    town_in,
)
from newsbrief.languages import language, on_reload
from newsbrief.languages.detect import script_counts
from newsbrief.languages.morphology import (
    has_analyzer,
    is_common_word,
    is_genitive_noun,
    is_name,
    is_place_in_case,
    is_proper_noun,
    nominative_body,
    nominative_name,
    reads_in_case,
)

__all__ = ["language_of", "retyped"]

_APOSTROPHES = ("'s", "’s")
_APOSTROPHE_STARTS = frozenset("'’")


@cache
def _honorific(code: str) -> re.Pattern[str] | None:
    """An honorific of language ``code`` and the space after it (``Mme ``, ``M. ``, ``г-н ``),
    found once in a document rather than looked for before each name."""
    profile = rules_for(code).profile
    if profile is None or not profile.honorifics:
        return None
    words = "|".join(re.escape(w) for w in sorted(profile.honorifics, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w'’\-])(?:{words})\.?[ \u00a0]+", re.IGNORECASE)


@cache
def _noun_before(code: str) -> re.Pattern[str] | None:
    """A lower-case noun beginning a body's name, an optional adjective and connectors
    (``ministère ukrainien des ``, ``tribunal de ``), or a place's noun (``rue ``; ``glacier
    du ``), at the end of the text before a name."""
    words = foreign_words(code)
    if not words.nouns_before:
        return None
    glued = [re.escape(c[:-1]) + "['’]" for c in words.noun_connectors if c.endswith("'")]
    spaced = [re.escape(c) + r"[ \u00a0]+" for c in words.noun_connectors if not c.endswith("'")]
    connector = "(?:" + "|".join(sorted(glued + spaced, key=len, reverse=True) or ["(?!)"]) + ")"
    org = "|".join(sorted(words.organisation_nouns_before)) or "(?!)"
    place = "|".join(sorted(words.place_nouns_before)) or "(?!)"
    place_of = "|".join(sorted(words.place_nouns_of)) or "(?!)"
    return re.compile(
        rf"(?<![\w'’\-])(?:(?P<org>{org})(?:[ \u00a0]+[a-zà-ÿ]+)?[ \u00a0]+{connector}{{0,2}}"
        rf"|(?P<place>{place})[ \u00a0]+"
        rf"|{_after_determiner(code)}(?:{place_of})[ \u00a0]+{connector}{{1,2}})$"
    )


def _after_determiner(code: str) -> str:
    """A look-behind for a determiner of ``[entities] place_noun_determiners`` (``le``,
    ``du``, ``l'``), or nothing where the language lists none: ``le massif du Jura`` is a
    place, ``un soutien massif de Bruxelles`` an adjective after its noun."""
    determiners = language(code).words("entities", "place_noun_determiners")
    if not determiners:
        return ""
    behinds = []
    for word in sorted(determiners):
        for spelt in sorted({word, word.capitalize()}):
            if spelt.endswith("'"):
                behinds.append(rf"(?<![\w'’\-]){re.escape(spelt[:-1])}['’]")
            else:
                behinds.append(rf"(?<![\w'’\-]){re.escape(spelt)}[ \u00a0]")
    return "(?:" + "|".join(f"(?<={behind})" for behind in behinds) + ")"


@cache
def _noun_word(code: str) -> re.Pattern[str] | None:
    """Any noun of ``organisation_nouns_before`` or ``place_nouns_before``, as a word."""
    words = foreign_words(code)
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


def _grown_after(text: str, end: int, words: ForeignWords) -> tuple[int, str] | None:
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
            if word in words.complemented_nouns:
                return _complement(text, at, words), "organisation"
            if _joined_complement(text, at, words):
                # (``Государственном бюро лесов и охоты``: lower-case genitives joined
                # by ``и`` after a noun that takes none here; no name cut before them)
                return None
            return at, "organisation"
        if not word.endswith(words.adjective_endings + words.inner_adjective_endings):
            return None
    return None


#: Most lower-case words of a body's name after its noun (``прямых инвестиций``).
_COMPLEMENT_WORDS = 3


def _complement(text: str, end: int, words: ForeignWords) -> int:
    """Where a body's name ending in a noun of ``complemented_nouns`` at ``end`` ends with
    the lower-case words after it (``Высшей школы`` + ``экономики``, ``Российского фонда`` +
    ``прямых инвестиций``): no stop word or verb, and the last no adjective."""
    at, finish = end, end
    for _ in range(_COMPLEMENT_WORDS):
        if text[at : at + 1] != " ":
            break
        begin = at + 1
        stop = begin
        while stop < len(text) and (text[stop].isalpha() or text[stop] in "-'’"):
            stop += 1
        word = text[begin:stop]
        if (
            not word.islower()
            or len(word) < 3
            or word in words.stopwords
            or word.endswith(words.past_endings + words.name_verb_endings)
            or word.endswith(words.not_genitive_endings)
            or word in words.organisation_nouns_after
        ):
            break
        at = stop
        # (``прямых`` may end the run as a noun: only a long ending tells an adjective)
        if not word.endswith(_long_endings(words)):
            finish = at
    return finish


def _genitive_shaped(word: str, words: ForeignWords) -> bool:
    """Whether lower-case ``word`` may be a genitive noun of a body's name (``лесов``):
    no stop word, verb, dative or instrumental, nor a body's noun of its own."""
    return (
        word.islower()
        and len(word) >= 3
        and word not in words.stopwords
        and not word.endswith(words.past_endings + words.name_verb_endings)
        and not word.endswith(words.not_genitive_endings)
        and word not in words.organisation_nouns_after
    )


def _joined_complement(text: str, end: int, words: ForeignWords) -> bool:
    """Whether lower-case genitives after a body's noun ending at ``end`` go on past a list
    joiner to another (``бюро`` + ``лесов и охоты``, ``інспекції`` + ``праці і
    зайнятості``): a name the words after an adjective and its noun cannot hold whole."""
    if text[end : end + 1] != " ":
        return False
    # (the paragraph's end closes the name: no word of the next line is read)
    found = text[end : end + 120].split("\n", 1)[0].split(" ")[1 : 2 * _COMPLEMENT_WORDS + 1]
    for k, raw in enumerate(found):
        word = raw.rstrip('.,;:!?»"')
        # (every word before ``k`` was a genitive, or the loop had ended)
        if k and word in words.list_joiners:
            after = found[k + 1].rstrip('.,;:!?»"') if k + 1 < len(found) else ""
            return _genitive_shaped(after, words)
        if not _genitive_shaped(word, words) or word != raw:
            return False
    return False


def _long_endings(words: ForeignWords) -> tuple[str, ...]:
    """Adjective endings of three letters or more (``ской``, ``ного``)."""
    return tuple(e for e in words.adjective_endings + words.inner_adjective_endings if len(e) >= 3)


def _agrees(adjective: str, rest: str, words: ForeignWords) -> bool:
    """Whether capitalised ``adjective`` agrees with the generic noun among the words ``rest``
    after it, where its ending is a short one that nouns share (uk ``Державна служба``; not
    ``Заява партії``, a noun and a genitive) or one of a case the noun must share (an
    instrumental's, ``Тверским районом``; not ``с Вишневским площадь``, a surname and a noun)."""
    lower = adjective.lower()
    endings = words.adjective_endings + words.inner_adjective_endings
    ending = max((e for e in endings if lower.endswith(e)), key=len, default="")
    nouns = words.adjective_agreement.get(ending)
    if nouns is None:
        return True
    generic = words.organisation_nouns_after | words.place_nouns_after
    noun = next((w for w in rest.lower().split() if w in generic), "")
    return noun.endswith(nouns)


def _common_opening(fields: CandidateFields, text: str, end: int, words: ForeignWords) -> bool:
    """Whether the adjective of ``fields`` is a common one that only its place first in the
    sentence capitalises (``Новая школа откроется``, ``Местный суд отказал``), and its name,
    ending at ``end``, names no place or body after it (``Городской суд Сочи`` does)."""
    return (
        bool(fields[SENTENCE_INITIAL])
        and fields[TEXT].lower() in words.common_adjectives
        and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
    )


def _grown(
    fields: CandidateFields,
    text: str,
    start: int,
    end: int,
    code: str,
    words: ForeignWords,
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
        # (or an ending only lower-case adjectives inside a name have, where a generic noun
        # follows: ``в Северном районе``)
        and name.lower().endswith(words.adjective_endings + words.inner_adjective_endings)
        # (``Руководитель Российской антарктической экспедиции``: a role before a body's
        # adjective made it a person; a first name did not)
        and not fields[GENDER]
    ):
        after = _grown_after(text, end, words)
        if (
            after is not None
            and not _common_opening(fields, text, after[0], words)
            and _agrees(name, text[end : after[0]], words)
        ):
            return start, after[0], after[1]
    if fields[ROLE] or (fields[TYPE] == "person" and not is_open(fields)):
        return None
    # (``nouns``: where the document's nouns of ``nouns_before`` end; most names have none
    # near, and need no search)
    at = bisect.bisect_left(nouns, start - 60)
    before = _grown_before(text, start, code) if at < len(nouns) and nouns[at] <= start else None
    if before is not None:
        return before[0], end, before[1]
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
    words = foreign_words(code)
    if text.startswith(_APOSTROPHES, end) and not text[end + 2 : end + 3].isalpha():
        return "organisation", fields[CANONICAL]
    if words.quoted_organisations and _quoted_body(text, start, end, words):
        # (``на стадионе «Олимпийский»``, ``станции метро «Охотный ряд»``: a quoted place)
        if word_before(text, start - 1) in words.place_before:
            return "place", fields[CANONICAL]
        return "organisation", fields[CANONICAL]
    if name in gz.organisation_names():
        return "organisation", gz.organisation_names()[name]
    if name in gz.place_names():
        return "place", gz.place_names()[name]
    if (
        words.latin_names_are_bodies
        and _latin(name)
        and name not in gz.NOT_ACRONYMS
        # (``Ctrl+Enter``: keys, not a brand)
        and "+" not in (text[start - 1 : start], text[end : end + 1])
        # (``We will win``, ``Made in Russia``: a phrase in English, not a brand)
        and not _latin_phrase(text, start, end)
    ):
        # (``Boots``, ``Dragon Capital`` in a Russian text: people's names are transliterated,
        # brands' and companies' kept as they are)
        return "organisation", fields[CANONICAL]
    if _article_surname(name, text, code) or _named_after_cue(name, text, start, code):
        return "person", fields[CANONICAL]
    if nounlike(name, words):
        return None
    # (an elided article is no part of the word: ``l'opérateur Orange``)
    before = _ELIDED_ARTICLE.sub("", word_before(text, start))
    # (``Curicó``, ``Бирмингеме``: a town on GeoNames' list, when nothing else says otherwise)
    place = foreign_town(name, text, start, end, code, bool(fields[SENTENCE_INITIAL]))
    # (a body's noun before a name outweighs a town written so, ``club Lens``, ``клуба
    # Ростов``; not a town's case form, ``в магазинах Тулы``)
    if (
        before in words.organisation_before
        and (place is None or town(name, code) is not None)
        # (``dijo a este periódico María García``: a first name and a surname are the person
        # the outlet spoke to, not its name)
        and not (" " in name and rules_for(code).first_name(name.split(" ")[0]) is not None)
    ):
        return "organisation", fields[CANONICAL]
    if (
        place is None
        and _company_example(text, start, words)
        and not (" " in name and rules_for(code).first_name(name.split(" ")[0]) is not None)
    ):
        # (``des boutiques telles que Fnac``, ``Läden wie Rossmann``: examples of shops or
        # chains are companies)
        return "organisation", fields[CANONICAL]
    if place is not None:
        return "place", place
    if (
        after_body_role(text, start, code)
        and name not in gz.place_names()
        # (``le directeur de Jean Dupont``: a first name and a surname are a person's)
        and not (" " in name and rules_for(code).first_name(name.split(" ")[0]) is not None)
        and not names_a_department(name, code)
    ):
        # (``diputado de Cádiz``: a seat's town, whose canonical name GeoNames gives)
        if after_seat_role(text, start, code) and seat_town(name, code):
            return "place", fields[CANONICAL]
        # (``directeur général de Vernal``, ``diputado de Junts``: a role held in a body)
        return "organisation", fields[CANONICAL]
    if (
        before in words.plural_articles
        and not name.lower().endswith(words.demonym_endings)
        and name.lower() not in words.plural_not_bodies
    ):
        return "organisation", fields[CANONICAL]
    if before in words.place_before and _place_shaped(name, code):
        return "place", fields[CANONICAL]
    # (``provincia de Neuquén``, ``la ville de Lens``, ``département de la Gironde``: a place's
    # noun and connectors; a first name there is a town's, ``la ville de Lille``)
    if before in words.place_connectors and all(part[:1].isupper() for part in name.split(" ")):
        return ("place", fields[CANONICAL]) if _after_place_noun(text, start, words) else None
    return None


#: How far back the noun and the link of :func:`_company_example` are looked for.
_EXAMPLE_REACH = 48


def _company_example(text: str, start: int, words: ForeignWords) -> bool:
    """Whether the name at ``start`` is an example after a plural noun for shops, chains or
    brands (``example_nouns``, ``organisation_before``) and a link (``example_links``):
    ``des boutiques telles que Fnac``, ``otros establecimientos, como Zara``."""
    if not words.example_links:
        return False
    before = text[max(0, start - _EXAMPLE_REACH) : start].rstrip(" \u00a0").lower()
    for link in words.example_links:
        if before.endswith(link) and not before[: -len(link)][-1:].isalpha():
            rest = before[: -len(link)].rstrip(" \u00a0,")
            noun = word_before(rest, len(rest))
            return noun in words.example_nouns or noun in words.organisation_before
    return False


#: Most connectors between a place's noun and its name (``département de la``).
_PLACE_CONNECTORS = 2


def _after_place_noun(text: str, start: int, words: ForeignWords) -> bool:
    """Whether a place's noun and up to :data:`_PLACE_CONNECTORS` connectors come right before
    ``start`` (``ciudad de``, ``département de la``)."""
    at = start
    for _ in range(_PLACE_CONNECTORS):
        before = word_before(text, at)
        if before not in words.place_connectors:
            return False
        at = text.rfind(before, max(0, at - len(before) - 2), at)
        if at <= 0:
            return False
        if word_before(text, at) in words.place_before:
            return True
    return False


#: What follows a dateline's place: an agency in brackets (``Heilbronn (dpa) -``, ``Madrid,
#: 3 dic (EFE).-``), or, after a name in capitals, a comma and a day (``АСТАНА, 2 декабря``).
#: After a place in parentheses, the rest of ``(Cádiz, 1975)``: a birthplace and a year.
_BORN = re.compile(r"[^()\n]{0,40}?,[ \u00a0]*\d{4}\)")
_DATELINE_AFTER = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*\d{1,2}[ .\u00a0][^\n()]{0,16})?\((?P<agency>[^()\n]{2,20})\)"
    r"|(?P<day>,[ \u00a0]*\d{1,2}[ .\u00a0])"
)


#: After a name in capitals, a dash before the story's first word, an agency's initials in
#: brackets perhaps between (``MONTRÉAL —``, ``ABIDJAN (AIP) –``, ``QUITO -``).
_DASH_AFTER = re.compile(r"(?:[ \u00a0]*\([A-Z]{2,8}\))?[ \u00a0]+[—–-][ \u00a0]+\w")
#: After a town's name, a full stop before the story's first word: a town in capitals
#: (``ПСКОВ. Областной``), or German's town as the list spells it (``Passau. Nach ...``).
_STOP_AFTER = re.compile(r"\.[ \u00a0]+[^\W\d_]")


def _dash_dateline(text: str, start: int, end: int, code: str) -> bool:
    """Whether the name at ``start:end``, a town's, opens a line before a dash as a dateline's
    place does: in capitals (``QUÉBEC — Le ...``; a label in capitals, ``EXCLUSIF —``, is no
    town's name), or spelt as the list spells it before a sentence (``Passau – Nach ...``,
    ``Graz (APA) – Mit ...``, and German's ``Passau. Nach ...``, a full stop for the dash;
    not a results line, ``Mainz – Köln 2:1``, ``Freiburg – Köln im Liveticker``: a place after
    the dash, nor a headline's ``Merz – Der Kanzler``: no town of the list). A town in capitals
    before a full stop opens a dateline too (``ПСКОВ. Областной театр ...``, as Russian regional
    outlets write it), unless the dictionary knows the word as a common word only: a rubric's
    label then (``ЗИМА. Снег выпал ...``), not Zima's."""
    name = text[start:end]
    if start and text[start - 1] != "\n":
        return False
    dash = _DASH_AFTER.match(text, end)
    if name.isupper() and dash is not None:
        return town(name.title(), code) is not None
    if name.isupper() and _STOP_AFTER.match(text, end) is not None:
        title = name.title()
        return town(title, code) is not None and (
            is_proper_noun(title, code) or not is_common_word(title, code)
        )
    if dash is None and foreign_words(code).noun_endings:
        # (German news, where every noun is capitalised, writes a full stop after the town;
        # not a common noun a town is named like that the document writes after an article,
        # ``Essen. Nach dem Essen ...``: a sentence's first word)
        dash = _STOP_AFTER.match(text, end)
        if dash is not None and written_as_noun(name, text, code):
            return False
    if dash is None:
        return False
    # (a sentence follows: a lower-case word among its first three words; not a pairing's
    # other side, ``Freiburg – Köln im Liveticker``, ``Leverkusen – Bayern 1:0 nach ...``)
    line_end = text.find("\n", dash.end())
    following = text[dash.end() - 1 : line_end if line_end >= 0 else len(text)].split()[:3]
    other = following[0].strip(",.:;!?") if following else ""
    return (
        named_town(name, code) is not None
        and any(w[:1].islower() for w in following)
        and named_town(other, code) is None
        and rules_for(code).lookup(other) is None
    )


def _dateline(text: str, start: int, end: int, words: ForeignWords) -> bool:
    """Whether the name at ``start:end`` begins a line as a wire dateline's place does (not
    ``Sims, 20 ans, a été tué``: a person's name and age)."""
    if start and text[start - 1] != "\n":
        return False
    match = _DATELINE_AFTER.match(text, end)
    if match is None:
        return False
    if match.group("day") is not None:
        # (a month's name after the day: ``URGENT, 3 morts``, ``ВНИМАНИЕ, 2 человека`` are none)
        month = re.match(r"\w+", text[match.end() : match.end() + 24].lstrip(" .\u00a0"))
        return (
            text[start:end].isupper()
            and month is not None
            and (not words.months or month.group().lower() in words.months)
        )
    return all(
        part.strip().lower() in words.agencies for part in re.split(r"[/,]", match["agency"])
    )


def _label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a line and a colon follows it (``MOREL :``)."""
    return (start == 0 or text[start - 1] == "\n") and _LABEL_COLON.match(text, end) is not None


_LABEL_COLON = re.compile(r"[ \u00a0\u202f]?:")

#: Characters read back from a name for an ``according to`` phrase before it.
_CUE_REACH = 24


@cache
def _genitive_cues(code: str) -> tuple[str, ...]:
    """The language's ``according to`` phrases a name follows in the genitive (``[quotes]
    genitive_cues``: ``за словами``, ``по словам``; ``[morphology] person_cues``: ``зі
    слів``, ``со слов``)."""
    lang = language(code)
    return tuple(
        sorted(lang.words("quotes", "genitive_cues") | lang.words("morphology", "person_cues"))
    )


def _named_after_cue(name: str, text: str, start: int, code: str) -> bool:
    """Whether ``name`` follows an ``according to`` phrase that puts a person's name in the
    genitive (``за словами Макрона``) and the language's dictionary reads a word of it as a
    person's name (``languages/morphology.py``): a person, not a place listed beside the next
    name (``за словами Макрона, Франція``)."""
    cues = _genitive_cues(code)
    if not cues or not has_analyzer(code):
        return False
    before = text[max(0, start - _CUE_REACH) : start].rstrip().lower()
    return any(
        before.endswith(cue) and not before[: -len(cue)][-1:].isalpha() for cue in cues
    ) and any(is_name(word, code) for word in name.split())


#: A word and the spaces after it, where an article's name may follow (``Marine Le Pen``).
#: An elided article or connector opening a word (``l'opérateur``, ``d'assureurs``).
_ELIDED_ARTICLE = re.compile(r"^[^\W\d_]['’](?=[^\W\d_])")
_WORD_AND_SPACES = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+")
_WORD_CHARACTER = re.compile(r"\w")


@lru_cache(maxsize=4)
def _after_first_names(text: str, code: str) -> dict[str, list[int]]:
    """Where an article (``[entities] name_articles``) follows a capitalised first name and
    its spaces in ``text``, by the article, its space and the next one or two characters
    (``Le P``, ``Le Pe``): one pass over the text, so that each name opening with an article
    is looked up, not searched for in the whole text (hundreds of such names on a page made
    it quadratic)."""
    articles = name_articles(code)
    rules = rules_for(code)
    found: dict[str, list[int]] = {}
    for match in _WORD_AND_SPACES.finditer(text):
        at = match.end()
        space = text.find(" ", at, at + 8)
        if space < 0 or text[at:space].lower() not in articles:
            continue
        word = match.group(1)
        if word[:1].isupper() and rules.first_name(word) is not None:
            for key in {text[at : space + 2], text[at : space + 3]}:
                found.setdefault(key, []).append(at)
    return found


# (one answer per name and text: asked at each mention of ``Le Parisien``, a scan of the whole
# text each time made a page naming it often quadratic)
@lru_cache(maxsize=256)
def _article_surname(name: str, text: str, code: str) -> bool:
    """Whether ``name`` opens with an article (``[entities] name_articles``) and a first name
    stands before it elsewhere in ``text``: a surname (``Le Pen`` after ``Marine Le Pen``,
    ``Le Maire`` after ``Bruno Le Maire``), not a town's or a newspaper's name."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in name_articles(code):
        return False
    after = len(name)
    return any(
        text.startswith(name, at) and not _WORD_CHARACTER.match(text, at + after)
        for at in _after_first_names(text, code).get(name[: len(first) + 3], ())
    )


def _place_shaped(name: str, code: str) -> bool:
    """Every word capitalised, and no first name first (``en James``: a person's even after a
    place's preposition)."""
    return all(part[:1].isupper() for part in name.split(" ")) and rules_for(code).first_name(
        name.split()[0]
    ) not in ("male", "female")


def _noun_of_place(
    name: str, text: str, start: int, code: str, words: ForeignWords, known: set[str]
) -> tuple[int, str] | None:
    """Where every noun is capitalised, a name that opens with a noun for a body named by its
    place (``organisation_of_place``: ``Landgericht Ulm``) or a place's noun (``place_before``:
    ``Landkreis Göppingen``) and goes on with a place's name: where the body's or the place's
    name begins, and its type; else ``None``. The place is one the document or the gazetteer
    knows, a town on the list, or a name that ends like no common noun (``Amtsgericht
    Biberach``, not ``Polizei Angaben``). The noun may follow an article the chunker read
    into the run (``Angaben der Polizei Karlsruhe``)."""
    if not words.noun_endings:
        return None
    parts = name.split(" ")
    # (the noun opens the name, or follows its last lower-case word)
    lower_at = [i for i, part in enumerate(parts) if part.islower()]
    at_noun = lower_at[-1] + 1 if lower_at else 0
    if at_noun >= len(parts) - 1:
        return None
    first, rest = parts[at_noun], " ".join(parts[at_noun + 1 :])
    lower = first.lower()
    if body_of_place_noun(lower, words):
        kind = "organisation"
    elif lower in words.place_before:
        kind = "place"
    else:
        return None
    if not _place_like(rest, code, words, known):
        return None
    noun_at = text.find(first, start + sum(len(part) + 1 for part in parts[:at_noun]))
    named = kind == "organisation" or lower in words.district_nouns
    at = noun_at if named else text.find(rest, noun_at + len(first))
    return (at, kind) if noun_at >= 0 and at >= 0 else None


#: The word after a name and the spaces before it (``und`` of ``Klinik und Stadt``).
_WORD_AFTER = re.compile(r"[ \u00a0]*([^\W\d_]+)")

#: A run of word characters and hyphens: a name hyphened to a role is one (``Kessler``).
_WORD_RUN = re.compile(r"[\w\-]+")

#: Most places a name is written bare that :class:`_BareNames` keeps: two tell one other than
#: any mention's own.
_BARE_KEPT = 2


class _BareNames:
    """Where one document writes a name as a word of its own inside a sentence with no article
    or determiner before it (``sagte Kessler``, ``Kessler teilte mit``), as a name is written
    and a singular common noun is not. A word in a pair joined by ``list_joiners`` is no such
    evidence: common nouns drop their articles there (``Klinik und Stadt``, ``Bund oder
    Länder``); nor is a first name ever. The document's words are indexed once, on first use,
    and each name looked up once: a long page costs linear time."""

    def __init__(self, text: str, code: str) -> None:
        self._text, self._code = text, code
        self._runs: dict[str, list[int]] | None = None
        self._seen: dict[str, tuple[int, ...]] = {}

    def elsewhere(self, name: str, start: int) -> bool:
        """Whether the document writes ``name`` (a word at ``start``) bare somewhere else."""
        if name not in self._seen:
            self._seen[name] = self._places(name)
        return any(at != start for at in self._seen[name])

    def _occurrences(self, name: str) -> list[int]:
        """Where ``name`` stands as a whole word (not part of a hyphened compound)."""
        text = self._text
        if _WORD_RUN.fullmatch(name) is None:  # (``O'Neill``: not one run, scanned for)
            pattern = rf"(?<![\w\-]){re.escape(name)}(?![\w\-'’])"
            return [found.start() for found in re.finditer(pattern, text)]
        if self._runs is None:
            self._runs = {}
            for found in _WORD_RUN.finditer(text):
                self._runs.setdefault(found.group(), []).append(found.start())
        ends = len(name)
        return [
            at
            for at in self._runs.get(name, ())
            if text[at + ends : at + ends + 1] not in ("'", "’")
        ]

    def _places(self, name: str) -> tuple[int, ...]:
        """The first places the document writes ``name`` bare (at most ``_BARE_KEPT``)."""
        text, code = self._text, self._code
        if rules_for(code).first_name(name) is not None:
            return ()
        determiners, joiners = _determiners(code), foreign_words(code).list_joiners
        bare: list[int] = []
        for at in self._occurrences(name):
            before = at
            while before > 0 and text[before - 1] in " \u00a0":
                before -= 1
            if not before or text[before - 1] in '.!?:\n«»„“"' or not text[before - 1].isalpha():
                continue  # (a sentence's first word, or after punctuation: capitalised anyway)
            after = _WORD_AFTER.match(text, at + len(name))
            if word_before(text, at) in joiners or (after and after.group(1).lower() in joiners):
                continue
            if word_before(text, at) not in determiners:
                bare.append(at)
                if len(bare) == _BARE_KEPT:
                    break
        return tuple(bare)


@cache
def _determiners(code: str) -> frozenset[str]:
    """The articles and determiners of ``code`` a common noun takes (``[quotes]
    definite_articles``, ``indefinite_articles``, ``naming_determiners``)."""
    lang = language(code)
    return (
        lang.words("quotes", "definite_articles")
        | lang.words("quotes", "indefinite_articles")
        | lang.words("quotes", "naming_determiners")
    )


#: A capitalised word and the space before a legal form (``Allianz `` of ``Allianz SE``).
_WORD_BEFORE_FORM = re.compile(r"(?<![\w\-])[^\W\d_][\w\-]*[ \u00a0]$")


def _before_legal_form(
    fields: CandidateFields, text: str, start: int, code: str, words: ForeignWords
) -> int | None:
    """Where the company's name begins whose legal form alone is the mention ``fields`` (at
    ``start``): the capitalised word right before it, no article or determiner; else ``None``."""
    if fields[TYPE] is not None or fields[TEXT] not in words.legal_forms:
        return None
    found = _WORD_BEFORE_FORM.search(text, max(0, start - 40), start)
    if found is None or not found.group()[:1].isupper():
        return None
    word = found.group().rstrip(" \u00a0").lower()
    if word in _determiners(code) or word in language(code).stopwords:
        return None
    return found.start()


@cache
def _place_adjective_endings(code: str) -> tuple[str, ...]:
    """Endings of the adjectives made of towns' names in ``code`` (``[quotes]
    place_adjective_endings``: ``Münchner``)."""
    return tuple(language(code).words("quotes", "place_adjective_endings"))


def _kind_of_place(name: str, code: str, words: ForeignWords) -> bool:
    """Whether ``name`` is a town's adjective and a noun for a body's kind (``[entities]
    organisation_before``: ``Münchner Konzern``), where every noun is capitalised."""
    parts = name.split(" ")
    return (
        bool(words.noun_endings)
        and len(parts) == 2
        and parts[1].lower() in words.organisation_before
        and parts[0].endswith(_place_adjective_endings(code) or ("\0",))
    )


@cache
def _district_parts(code: str) -> frozenset[str]:
    """The language's words for a part of a town or land written after its name with a hyphen
    (``[entities] district_parts``: ``Mitte``, ``Stadt`` in ``Berlin-Mitte``, ``Basel-Stadt``)."""
    return language(code).words("entities", "district_parts")


@cache
def _district_prepositions(code: str) -> frozenset[str]:
    """The language's prepositions that put something in a place and never open a topic or a
    time (``[entities] district_prepositions``: ``in``, ``aus``): a town's compound after one
    names a part of the town (``in Bremen-Vegesack``), not what is done there."""
    return language(code).words("entities", "district_prepositions")


@cache
def _district_not_endings(code: str) -> tuple[str, ...]:
    """Endings of a plural no district's name ends in (``[entities] district_not_endings``:
    German's ``s`` of loanwords, ``in Bayern-Trikots``), which the common nouns' endings miss."""
    return tuple(sorted(language(code).words("entities", "district_not_endings")))


def _hyphened_place(
    name: str, head: str, code: str, known: set[str], before: str = ""
) -> tuple[int, str | None] | None:
    """Where the place a compound ``name`` opens with (``head``, then a hyphen) ends in it, and
    the place's canonical name: the head alone before a common noun (``Berlin-Besuch``), the
    whole compound before a place, a town of the list or a district's part (``Wien-Schwechat``,
    ``Hamburg-Harburg``, ``Berlin-Pankow``), or after one of the language's
    ``district_prepositions`` (``before``: ``in Bremen-Vegesack``, ``aus Salzgitter-Lebenstedt``);
    ``None`` when the head is no place the gazetteer or the document knows, or the compound is
    a place of its own (``Baden-Württemberg``, ``Sachsen-Anhalt``)."""
    listed = _listed(code)
    if listed(name) is not None:
        return None
    found = listed(head)
    after_preposition = before in _district_prepositions(code)
    # (``in Salzgitter-Lebenstedt``: after such a preposition, a town of the list too, but only as a
    # district's head: ``in Corona-Zeiten`` names no place ``Corona``)
    only_as_district = False
    if found is None or found[0] != "place":
        if _place_key(head, code) not in known:
            if not (after_preposition and named_town(head, code) is not None):
                return None
            only_as_district = True
        found = ("place", None)
    rest = name[len(head) + 1 :]
    if (
        rest.lower() in _district_parts(code)
        or listed(rest) is not None
        or named_town(rest, code) is not None
        # (one capitalised word after the hyphen that ends like no common noun: ``in
        # Bremen-Vegesack``, not ``in Corona-Zeiten``)
        or (
            after_preposition
            and "-" not in rest
            and rest[:1].isupper()
            and not nounlike(rest, foreign_words(code))
            # (nor a loanword's plural, ``in Bayern-Trikots``)
            and not rest.endswith(_district_not_endings(code))
        )
    ):
        return len(name), None
    return None if only_as_district else (len(head), found[1])


#: The fewest letters of the word a body's hyphened name opens with (``Hydro-``).
_MIN_HYPHENED_HEAD = 4


def _hyphened_body(
    name: str, code: str, words: ForeignWords, known: set[str], named: Collection[str] = ()
) -> bool:
    """Whether ``name`` is a body's of one word and a place's name joined by a hyphen
    (``Hydro-Québec``, ``Météo-France``) where nouns are not all capitalised (German's
    ``Berlin-Besuch`` is a compound noun): the whole is no place the lists or the document
    know, its first word no place, town, first name, modifier or first word of a place's name
    (``Haute-Savoie``, ``Côte-Nord``, ``Marie-France``), nor a name of its own, a mention of
    the document (``named``) or a body's head (``Betis-Sevilla`` after ``el Betis``,
    ``Racing-Paris``: a match between two clubs)."""
    if words.noun_endings or " " in name or name.count("-") != 1:
        return False
    head, rest = name.split("-")
    if len(head) < _MIN_HYPHENED_HEAD or not head[:1].isupper() or not rest[:1].isupper():
        return False
    if head in named or head.lower() in words.org_leads:
        return False
    listed = _listed(code)
    found = listed(rest)
    if found is None and listed_population(rest) >= MIN_NAMED_CITY_POPULATION:
        found = ("place", named_town(rest, code))  # (a big city: ``Hydro-Québec``)
    if found is None or found[0] != "place" or rest in gz.PLACE_MODIFIERS:
        return False
    lower = head.lower()
    return not (
        name in known
        or listed(name) is not None
        or named_town(name, code) is not None
        or listed(head) is not None
        or head in known
        or named_town(head, code) is not None
        or head in gz.PLACE_MODIFIERS
        or lower in words.place_leads
        or lower in words.place_before
        or lower in name_stopwords(code)
        or rules_for(code).first_name(head) is not None
    )


@cache
def _place_prefixes(code: str) -> tuple[str, ...]:
    """The language's words of the compass written onto a place's name (``[entities]
    place_prefixes``: ``nord``, ``süd``), longest first."""
    return tuple(sorted(language(code).words("entities", "place_prefixes"), key=len, reverse=True))


def _compass_place(name: str, code: str) -> bool:
    """Whether one word ``name`` is a place's name with a point of the compass written onto it
    (``Norddeutschland``, ``Osteuropa``, ``Südostasien``): the rest is a place the language's
    tables or the gazetteer know."""
    prefixes = _place_prefixes(code)
    if " " in name or not prefixes:
        return False
    lower = name.lower()
    if not lower.startswith(prefixes):
        return False
    for prefix in prefixes:
        rest = name[len(prefix) :]
        if lower.startswith(prefix) and len(rest) > 3 and rest.isalpha():
            rest = rest[:1].upper() + rest[1:]
            found = rules_for(code).lookup(rest)
            return (found is not None and found[0] == "place") or rest in gz.place_names()
    return False


def _place_like(name: str, code: str, words: ForeignWords, known: set[str]) -> bool:
    """Whether ``name``, after a noun that a place's name follows, is one: a place the
    document or the gazetteer knows, a town on the list (``Ulm``), or a word that ends as
    villages' names do and is no first name (``Unterzuffenhausen``)."""
    parts = name.split(" ")
    if len(parts) > 2 or not all(part[:1].isupper() for part in parts):
        return False
    return (
        _place_key(name, code) in known
        or name in gz.place_names()
        or short_town(name, code) is not None
        or _compass_place(name, code)
        # (not any word that ends like no common noun: ``dass die Stadt Geld verliert``,
        # ``weil die Polizei Alarm schlug``, ``die Gemeinde Recht hat``: a clause's subject and
        # object; a village's name by its ending, ``Gemeinde Unterzuffenhausen``)
        or (_town_ending(name, code) and rules_for(code).first_name(parts[0]) is None)
    )


#: A capitalised word and one space at the end of a text (the noun before a name).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_][\w\-]*) $")


def _noun_before_place(
    fields: CandidateFields, text: str, start: int, code: str, words: ForeignWords, known: set[str]
) -> tuple[int, str] | None:
    """Where every noun is capitalised, an untyped name right after a noun of
    ``organisation_of_place`` (``Universität Tübingen``: the body's name begins at the noun)
    or ``place_before`` (``Stadt Göppingen``: the place's at the name) that is a place's
    (:func:`_place_like`): where the name begins, and its type."""
    if fields[TYPE] is not None or not words.noun_endings or text[start - 1 : start] != " ":
        return None
    match = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if match is None or not match.group(1)[:1].isupper():
        return None
    lower = match.group(1).lower()
    if body_of_place_noun(lower, words):
        found = match.start(1), "organisation"
    elif lower in words.place_before:
        found = (match.start(1) if lower in words.district_nouns else start), "place"
    else:
        return None
    return found if _place_like(fields[TEXT], code, words, known) else None


def _place_in_run(
    name: str, text: str, start: int, code: str, words: ForeignWords, known: set[str]
) -> tuple[int, int] | None:
    """Where every noun is capitalised, the place in a run of capitalised words the chunker
    read as one name: a town or known place after a preposition of place, before a common
    noun or an article (``in Weinsberg Autos``, ``in Potsdam den Brief``), or after a noun
    (no first name) and a preposition of place (``Stadtrat von Göppingen``). Its start and
    end, or ``None``."""
    if not words.noun_endings:
        return None
    parts = name.split(" ")
    if (
        len(parts) >= 2
        # (``in Regensburg und Hannover Stellen``: a list's last place too; ``im
        # bayerischen Dingolfing Ersatzteile``: after a country's adjective)
        and (
            word_before(text, start) in words.place_prepositions | words.list_joiners
            or _after_origin_adjective(text, start, code)
        )
        # (``in Potsdam den Brief``: a run the chunker joined over an article)
        and (len(parts) == 2 or parts[1].islower() or nounlike(parts[1], words))
    ):
        first = parts[0]
        if (
            _place_key(name, code) not in known
            and named_town(name, code) is None
            and (
                _place_key(first, code) in known
                or named_town(first, code) is not None
                or _compass_place(first, code)
            )
        ):
            return start, start + len(first)
    if (
        len(parts) == 3
        and parts[1] in words.place_prepositions
        and rules_for(code).first_name(parts[0]) is None
    ):
        last = parts[2]
        if _place_key(last, code) in known or named_town(last, code) is not None:
            end = start + len(name)
            return (end - len(last), end) if text.startswith(name, start) else None
    return None


def _named_body(fields: CandidateFields, words: ForeignWords) -> bool:
    """Whether a name of several words that a first name made a person's holds a body's
    compound with a hyphen (``Robert Koch-Institut``, ``Martin-Luther-Universität
    Halle-Wittenberg``): the body is named after the person."""
    return (
        fields[TYPE] == "person"
        and not fields[ROLE]
        and " " in fields[TEXT]
        and any("-" in part and institution(part, words) for part in fields[TEXT].split(" "))
    )


def _body_in_case(fields: CandidateFields, words: ForeignWords, code: str) -> bool:
    """Whether a name typed a person's by no first name or role opens with a body's generic
    noun in any of its case forms (``organisation_nouns_after``, or a body's noun by its
    form: :func:`~.foreign_forms.institution`) and goes on with one or two
    capitalised words in the genitive (``Совете Федерации``, ``Комитету Безопасности``): a
    body's name, which no person's name is shaped like."""
    parts = fields[TEXT].split(" ")
    return (
        fields[TYPE] == "person"
        and not fields[ROLE]
        and not fields[GENDER]
        and 2 <= len(parts) <= 3
        and parts[0][:1].isupper()
        # (or a body's noun the language names bodies by, ``Парламенту Уельсу``,
        # ``organisation_endings``; not a town the list reads, ``Світлограді``)
        and (
            parts[0].lower() in words.organisation_nouns_after
            or parts[0].lower() in words.organisation_endings
            or (institution(parts[0], words) and town_in(parts[0], code) is None)
        )
        and all(p[:1].isupper() and is_genitive_noun(p, code) for p in parts[1:])
    )


def _adjective_and_body_noun(fields: CandidateFields, words: ForeignWords, code: str) -> bool:
    """Whether a name of two words typed a person's by no first name or role is a capitalised
    adjective and a body's generic noun, capitalised too (``Конституційний Суд``,
    ``Конституционного Суда``; ``organisation_nouns_after``, whose lower-case noun after such
    an adjective names a body already), or a body's acronym (``Харківської ОВА``): a body's
    name, which no person's is shaped like (after a role too: ``Начальник Харківської ОВА``
    is the body's head)."""
    parts = fields[TEXT].split(" ")
    acronym = len(parts) == 2 and len(parts[1]) > 1 and parts[1].isupper() and parts[1].isalpha()
    return (
        fields[TYPE] == "person"
        and (acronym or not (fields[ROLE] or fields[GENDER]))
        and len(parts) == 2
        and (
            acronym
            or (parts[1][:1].isupper() and parts[1].lower() in words.organisation_nouns_after)
        )
        # (ending as a body's adjective, or in an oblique case, ``Большом Театре``: no town's
        # name, though the case's ending is a town's adjective's too)
        and capitalised_adjective(parts[0], code, words.adjective_endings)
    )


def _role_of_place(
    fields: CandidateFields, text: str, start: int, code: str, words: ForeignWords, known: set[str]
) -> bool:
    """Whether a one-word name the chunker gave a role (``Bürgermeisterin von Angermünde``) is
    the place the role is of: a preposition of place between, and a town or known place that
    no first name spells."""
    name = fields[TEXT]
    return (
        fields[TYPE] == "person"
        and bool(fields[ROLE])
        and " " not in name
        and word_before(text, start) in words.place_prepositions
        and rules_for(code).first_name(name) is None
        and (_place_key(name, code) in known or named_town(name, code) is not None)
    )


def _known_place(
    name: str,
    text: str,
    start: int,
    code: str,
    known: set[str],
    near: set[str],
    bodies: frozenset[str] = frozenset(),
) -> bool:
    """Whether a name after a preposition of place (``à``, ``in``) or ``в``/``у`` is a place the
    gazetteer or the document already knows (``known``: the lookup keys of its places, which
    stems make case-blind: ``в Калифорнии``, ``Калифорния``). Those words also introduce
    objects and bodies (``à Jean``, ``in Betrieb``, ``в Газпроме``), so position alone is not
    enough; but news writes towns after some (``à``) far more than anything else, so there a
    name that reads as nothing else is a town's (:func:`_unknown_town`), unless the document
    names a body so (``bodies``: ``le groupe Veltrano`` ... ``vendu à Veltrano``)."""
    words = foreign_words(code)
    before = word_before(text, start)
    if _landscape(name, before, code):
        return True
    if _topic(name, text, start, code, known):
        return False  # (``ein Buch über Essen und Trinken``: the noun a town is named like)
    if name not in bodies and _unknown_town(name, text, start, code):
        return True
    if before in words.locative_before:
        if name.lower() in words.locative_not_places:
            return False
    elif before not in words.place_prepositions:
        # (``im bayerischen Dingolfing``: a country's adjective says a town of the list is
        # one, however small)
        return _after_origin_adjective(text, start, code) and (
            _place_key(name, code) in known
            or named_town(name, code) is not None
            or short_town(name, code) is not None
        )
    # (``à San Diego``: a place's first word is a second signal; ``in Basel``: a city on the
    # list outweighs a first name spelt so)
    capitalised = all(part[:1].isupper() for part in name.split(" "))
    return (
        _place_shaped(name, code)
        and (
            _near_key(_place_key(name, code), known, near, _inflected(code))
            or (" " in name and name.split(" ")[0] in gz.PLACE_LEADS)
            or _town_ending(name, code)
            or name in _divisions_named(code)
        )
    ) or (
        capitalised
        and (named_town(name, code) is not None or name in gz.territories(code))
        # (after a preposition that also takes a person, only with more evidence: ``dit à
        # Nancy``; ``en Albanie``, ``en Irlanda``: a country spelt as a first name, which the
        # gazetteer leaves out, is one after a preposition of place)
        and (
            before not in words.person_prepositions
            or rules_for(code).first_name(name) is None
            or _city_not_person(name, text, start, code)
        )
    )


@cache
def _origin_adjectives(code: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The endings of a country's or a land's adjective in language ``code`` (``[entities]
    origin_adjective_endings``) and the prepositions joined to an article before one
    (``origin_adjective_before``)."""
    lang = language(code)
    return (
        tuple(sorted(lang.words("entities", "origin_adjective_endings"))),
        lang.words("entities", "origin_adjective_before"),
    )


def _after_origin_adjective(text: str, start: int, code: str) -> bool:
    """Whether a lower-case adjective of a country or a land comes right before ``start``,
    after a preposition joined to an article (``im bayerischen Dingolfing``, ``ins polnische
    Breslau``): it says which country the town after it is in, as a preposition of place
    would say that it is one."""
    endings, openers = _origin_adjectives(code)
    if not endings:
        return False
    begin, end = word_bounds(text, start)
    adjective = text[begin:end]
    return (
        adjective[:1].islower()
        and adjective.endswith(endings)
        and word_before(text, begin) in openers
    )


#: Most prepositions of one list walked back over (``à X, à Y et à Z``), and how far back the
#: one before a list's conjunction is looked for.
_MOST_JOINED = 3
_JOINED_REACH = 60
#: A comma and the word after it (an apposition's first word).
_APPOSED = re.compile(r",[ \u00a0]+([^\W\d_]+['’]?)")


def _word_start(text: str, at: int) -> int:
    """Where the word before ``at`` (:func:`word_before`'s) begins, as the text writes it: a
    capitalised ``Le`` opening a sentence is no ``le`` found further back."""
    return word_bounds(text, at)[0]


def _capitalised_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is written as a name's (``Ensemble``; no acronym) and
    opens no sentence."""
    begin = _word_start(text, at)
    word = text[begin:at].rstrip(" \u00a0")
    return word.istitle() and not opens_sentence(text, begin)


#: An opening bracket after a name (before a birthplace and a year: ``Le Gorrec (Lorient, 1979)``).
_BRACKET_AFTER = re.compile(r"[ \u00a0]*\(")
#: The word right after a name, when a space alone comes between.
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)")


def _common_word_after(text: str, end: int, code: str) -> bool:
    """Whether a lower-case word that is no stop word, weekday or month follows the name
    ending at ``end`` (``à Valmora industries``: the name goes on in lower case, as a
    company's may; a town's is followed by punctuation, a stop word or a date)."""
    after = _WORD_AFTER.match(text, end)
    if after is None or not after.group(1).islower():
        return False
    word = after.group(1)
    lang = language(code)
    return not (
        word in foreign_words(code).stopwords or word in lang.weekdays or word in lang.months
    )


def _unknown_town(name: str, text: str, start: int, code: str) -> bool:
    """Whether a one-word name after one of the language's ``town_prepositions`` (``à``) is a
    town the lexicons do not know (``installée à Morvenac``): no first name, acronym, feast
    (``à Pâques``) or word the text writes before another name (``Florence Dupont``); after it
    no apposition with an article, birthplace and year in brackets nor lower-case word going
    on with it; before the preposition no verb that takes a person (``écrit à Florence``; or
    before the first of a list: ``écrit à X et à Y``), word that makes it take any noun
    (``grâce à``) or capitalised word of a name."""
    words = foreign_words(code)
    word = word_before(text, start)
    preposition = _word_start(text, start)
    if word in words.area_articles and word_before(text, preposition) in words.area_prepositions:
        # (``dans le Morbihan``, ``vers la Meuse``: a region's or a river's name)
        word = word_before(text, preposition)
        preposition = _word_start(text, preposition)
    elif word not in words.town_prepositions:
        return False
    if " " in name or name.isupper() or name.lower() in words.feasts:
        return False
    # (``écrit à Macron et à Dupont``: the verb before the list's first preposition governs
    # each one the list joins)
    for _ in range(_MOST_JOINED):
        joiner = word_before(text, preposition)
        if joiner not in words.list_joiners:
            break
        before = text.rfind(word, max(0, preposition - _JOINED_REACH), preposition - len(joiner))
        if before < 0:
            break
        preposition = before
    governor = word_before(text, preposition)
    apposed = _APPOSED.match(text, start + len(name))
    bracket = _BRACKET_AFTER.match(text, start + len(name))
    return (
        # (``revient à Le Gorrec (Lorient, 1979)``: a birthplace and a year follow a person)
        not (bracket and _BORN.match(text, bracket.end()))
        # (``Unité à Gauche``: a preposition inside a capitalised name)
        and not _capitalised_before(text, preposition)
        and not _common_word_after(text, start + len(name), code)
        # (``à Celesio, le propriétaire de``: an apposition with an article describes a body
        # or a person)
        and not (apposed and apposed.group(1).lower() in _determiners(code))
        and _place_shaped(name, code)
        and rules_for(code).first_name(name.split("-")[0]) is None
        and governor not in words.town_preposition_blockers
        and governor not in words.person_verbs
        and not _someone_named(name, text)
    )


def _topic(name: str, text: str, start: int, code: str, known: set[str]) -> bool:
    """Whether ``name`` at ``start`` is the common noun a town is named like, after a
    preposition that also opens a topic (:func:`~.topic_nouns.topic_noun`)."""
    return topic_noun(
        name,
        word_before(text, start),
        text,
        start + len(name),
        code,
        lambda word: named_town(word, code) is not None or _place_key(word, code) in known,
    )


def _city_not_person(name: str, text: str, start: int, code: str) -> bool:
    """Whether a big city's name spelt as a first name, after a preposition that also takes a
    person (``à Lille``), is the city's: no verb that takes a person stands before the
    preposition (``écrit à Florence``) and no one in the document bears the first name
    (``Florence Dupont``)."""
    words = foreign_words(code)
    preposition = text.rfind(word_before(text, start), 0, start)
    if word_before(text, preposition) in words.person_verbs:
        return False
    return not _someone_named(name, text)


# (one answer per name and text: asked at each ``à Lille`` of a page, a scan of the whole text
# each time made a page of many such phrases quadratic)
@lru_cache(maxsize=256)
def _someone_named(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` before a capitalised word (``Florence Dupont``)."""
    after = re.finditer(rf"(?<![\w'’\-]){re.escape(name)}[ \u00a0]+(\w)", text)
    return any(found.group(1).isupper() for found in after)


@cache
def _town_endings(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's endings of towns' names (``[entities] town_endings``: ``hausen``,
    ``ingen``), and the endings of common nouns among them (``not_town_endings``:
    ``hauptstadt``, ``pflegeheim``)."""
    lang = language(code)
    return (
        tuple(sorted(lang.words("entities", "town_endings"))),
        tuple(sorted(lang.words("entities", "not_town_endings"))),
    )


@cache
def _landscapes(code: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The endings of valleys' and lakes' names (``[entities] landscape_endings``: ``tal``,
    ``see``), the words before them (``landscape_before``: ``im``, ``dem``), and the common
    nouns so ending (``not_landscapes``: ``spital``, ``baggersee``)."""
    lang = language(code)
    return (
        tuple(sorted(lang.words("entities", "landscape_endings"))),
        lang.words("entities", "landscape_before"),
        tuple(sorted(lang.words("entities", "not_landscapes"))),
    )


def _landscape(name: str, before: str, code: str) -> bool:
    """Whether one word ``name`` after ``before`` is a valley's or a lake's name
    (``aus dem Remstal``, ``am Genfersee``): a compound ending so after an article, a few
    letters before the ending."""
    endings, articles, nouns = _landscapes(code)
    lower = name.lower()
    return (
        bool(endings)
        and before in articles
        and " " not in name
        and name[:1].isupper()
        and any(lower.endswith(e) and len(lower) >= len(e) + 3 for e in endings)
        and not lower.endswith(nouns)
    )


def _town_ending(name: str, code: str) -> bool:
    """Whether one word ``name`` ends as towns' names do in the language (``Zuffenhausen``,
    ``Rechberghausen``, ``Bietigheim-Bissingen``), a few letters before the ending: a village
    too small for the list, after a preposition of place (the caller's evidence)."""
    endings, nouns = _town_endings(code)
    lower = name.lower()
    return (
        bool(endings)
        and " " not in name
        and any(lower.endswith(e) and len(lower) >= len(e) + 3 for e in endings)
        # (``in Hauptstadt``, a headline's noun without its article)
        and not lower.endswith(nouns)
    )


@cache
def _divisions_named(code: str) -> frozenset[str]:
    """The names of the regions, provinces and states (pycountry's ISO 3166-2) of the
    countries that language ``code`` writes about most (``[entities] subdivided_countries``):
    ``Bretagne``, ``Gironde``, ``Jalisco``, ``Cataluña`` (a bracketed second name too)."""
    import pycountry

    names: set[str] = set()
    for country in language(code).words("entities", "subdivided_countries"):
        for division in pycountry.subdivisions.get(country_code=country.upper()) or ():
            name = re.sub(r"\s*\([^)]*\)", "", division.name)
            if "," in name:
                continue
            main, _, other = name.partition(" [")
            names.update(part.strip() for part in (main, other.rstrip("]")) if part.strip())
    return frozenset(names)


def _first_name_place(name: str, code: str) -> bool:
    """Whether ``name``, opening with a first name, is a division's or a listed town's name of
    three words or more with a lower-case connector inside (``Santiago del Estero``): a
    person's name is seldom written so, and never one a province bears."""
    parts = name.split(" ")
    return (
        len(parts) >= 3
        and any(part.islower() for part in parts[1:-1])
        and (name in _divisions_named(code) or named_town(name, code) is not None)
    )


#: A comma, an optional article and the word after them (``, el diputado``).
_ROLE_AFTER = re.compile(r",[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+)?([^\W\d_]+)")


def _introduced_as_person(text: str, start: int, end: int, code: str) -> bool:
    """Whether a speech verb stands right before the name at ``start:end`` (``dijo Bernardo
    de Irigoyen``) or a comma and a role right after it (``Carmen de Areco, la jueza``)."""
    if word_before(text, start) in foreign_words(code).person_verbs:
        return True
    profile = rules_for(code).profile
    role = _ROLE_AFTER.match(text, end)
    return profile is not None and role is not None and profile.is_role(role.group(1))


#: Shortest key two spellings of a place may differ by a last letter in.
_NEAR_KEY = 4
#: The last letters two spellings of a place may differ by where names take no case endings
#: (vowels: ``Irland``, ``Irlanda``): ``Berling`` and ``Berli`` are no ``Berlin``.
_CASE_LETTERS = frozenset("aeiouyäöüéèêáíóú")


def _inflected(code: str) -> bool:
    """Whether names take case endings in language ``code`` (its stems may then differ by any
    last letter: ``астан`` of ``Астане``, ``аста`` of ``Астана``)."""
    profile = rules_for(code).profile
    return profile is not None and bool(profile.name_endings)


def _near_key(key: str, known: set[str], near: set[str], inflected: bool) -> bool:
    """Whether ``key`` is in ``known``, or one letter longer or shorter than a key there
    (``астан`` of ``в Астане``, ``аста`` of ``АСТАНА``: stems of one name's cases); ``near``
    holds the keys of ``known`` without their last letter. Where names take no case endings,
    that letter is one of ``_CASE_LETTERS`` (``Berling`` is no ``Berlin``)."""
    if key in known:
        return True
    return len(key) >= _NEAR_KEY and (
        ((inflected or key[-1] in _CASE_LETTERS) and key[:-1] in known) or key in near
    )


def _place_key(name: str, code: str) -> str:
    """The key a place's spellings share in language ``code`` (stemmed words)."""
    profile = rules_for(code).profile
    return " ".join(profile.key(name)) if profile is not None else name.lower()


def _quoted(text: str, start: int, end: int) -> bool:
    return start > 0 and QUOTES.get(text[start - 1]) == text[end : end + 1]


def _quoted_body(text: str, start: int, end: int, words: ForeignWords) -> bool:
    """A name in quotation marks, unless they give a work's title (``роман «Анна Каренина»``,
    ``фильм «Изгнание»``) or a person's call sign (``з позивним «Сокіл»``)."""
    return (
        _quoted(text, start, end)
        and not work_title_at(text, start - 1, words)
        and not _call_sign(text, start, words)
    )


#: What a call sign is typed (:func:`_call_sign`).
_CALLED = ("person", None)


def _call_sign(text: str, start: int, words: ForeignWords) -> bool:
    """Whether a name in quotation marks opening at ``start`` follows a word for a call sign or
    a nickname (``[entities] nickname_before``: ``с позывным «Гром»``, ``на псевдо «Дід»``):
    a person's, called by it."""
    return bool(words.nickname_before) and word_before(text, start - 1) in words.nickname_before


def _in_work_title(text: str, start: int, words: ForeignWords) -> bool:
    """Whether ``start`` lies inside quotation marks opened after a word for a work (``le film
    « Les Misérables »``, ``la película «Los Olvidados»``)."""
    window = text[max(0, start - 80) : start]
    for at in range(len(window) - 1, -1, -1):
        closing = QUOTES.get(window[at])
        if closing is not None:
            if closing in window[at + 1 :]:
                return False
            return work_title_at(text, start - len(window) + at, words)
    return False


def _lists(
    items: list[Mention], where: list[tuple[int, int]], text: str, words: ForeignWords
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


@cache
def _listed(code: str) -> Callable[[str], tuple[str, str | None] | None]:
    """What the gazetteers know a spelling as in language ``code``: a body, or a place (the
    English lists, CLDR's territories, the language's own places, its country's divisions),
    with its canonical name."""
    profile = gz.profile(code)
    territories, divisions = gz.territories(code), _divisions_named(code)

    def listed(name: str) -> tuple[str, str | None] | None:
        if name in gz.organisation_names():
            return "organisation", gz.organisation_names()[name]
        if name in gz.place_names():
            return "place", gz.place_names()[name]
        if name in territories:
            return "place", territories[name]
        if name in divisions:
            return "place", name
        # (not GeoNames' small towns: ``Baldwins``, ``Holts`` are people's genitives)
        found = profile.place(name) if profile is not None else None
        return ("place", found) if found is not None else None

    return listed


def _kind(fields: CandidateFields, found: dict[str, tuple[str, str | None]]) -> str | None:
    """The type ``fields`` has or was found to have, when a place or an organisation."""
    if fields[TEXT] in found:
        return found[fields[TEXT]][0]
    if fields[TYPE] in ("place", "organisation") and not is_open(fields):
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


def _venue_end(text: str, start: int, end: int, words: ForeignWords, least: int) -> int:
    """The end of the venue named at ``text[start:end]``, less a connector the chunker left at
    its end for the town after it (``Movistar Arena de`` + ``Bogotá``, ``Théâtre Marie Curie
    de`` + ``Lyon``), when ``least`` words of it stay."""
    head, _, last = text[start:end].rpartition(" ")
    if last in words.connectors and len(head.split(" ")) >= least and head:
        return start + len(head)
    return end


def _moved(
    items: list[Mention],
    where: list[tuple[int, int]],
    spans: Spans,
    k: int,
    fields: Sequence[object],
    text: str,
    begin: int,
    end: int,
) -> CandidateFields:
    """Mention ``k`` of ``items`` given ``fields`` and moved to ``text[begin:end]`` (its text
    and its bounds, in ``where`` too): the fields it holds now (a mention is replaced, never
    edited)."""
    moved = list(fields)
    moved[TEXT] = text[begin:end]
    items[k] = (items[k][0], spans.add(begin, end), tuple(moved))
    where[k] = (begin, end)
    return items[k][2]


def retyped(mentions: list[Mention], spans: Spans, text: str) -> tuple[list[Mention], set[int]]:
    """One non-English document's ``mentions`` (mostly of one language:
    :func:`language_of`), retyped by the evidence above (and :mod:`.foreign_forms`), with
    their bounds fixed (:mod:`.foreign_bounds`) and the names of the page's layout typed
    (:mod:`.foreign_pages`), and the positions of those left out (joined to the one before); a
    mention is replaced, never edited."""
    found_code = language_of(mentions, text)
    if found_code is None:
        return mentions, set()
    code = found_code
    words = foreign_words(code)
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
    bodies = {fields[TEXT] for _, _, fields in mentions if fields[TYPE] == "organisation"}
    mentioned = {fields[TEXT] for _, _, fields in mentions}
    honoured = {k for k in range(len(mentions)) if where[k][0] in after_honorific}
    bare_names = _BareNames(text, code)
    for k, (index, number, fields) in enumerate(mentions):
        start, end = where[k]
        # ``Mme Martin``: an honorific makes a person of a name the chunker took for a place
        # (``Martin``: a stem of ``Martinique``) or left untyped.
        if start in after_honorific and fields[TYPE] in (None, "place") and not fields[ROLE]:
            # (its own canonical name: a call sign is no case form to put back, ``Ліра``)
            person = list(typed_as(fields, "person", fields[TEXT]))
            person[EVIDENCE] = True
            items[k] = (index, number, tuple(person))
            continue
        if k in honoured:
            continue  # (``г-н Иванов``: a person, whatever its neighbours)
        cut = (
            _name_after_oblique(fields, code)
            if fields[TYPE] == "person" and text[start:end] == fields[TEXT]
            else 0
        )
        if cut:
            # ``Президент РАН Павел Логачев``, ``заявил Марии Ивановой Олег Сухарев``: the
            # words before the first name are another's, in a case of their own.
            begin = start + len(" ".join(fields[TEXT].split(" ")[:cut])) + 1
            fields = _moved(items, where, spans, k, fields, text, begin, end)
            start = begin
        kept = (
            _name_before_oblique(fields, code)
            if fields[TYPE] == "person" and text[start:end] == fields[TEXT]
            else 0
        )
        if kept:
            # ``— заявил Алексей Кудрин Марии Ивановой``: the name after the speaker's, in an
            # oblique case, is the one told's.
            finish = start + len(" ".join(fields[TEXT].split(" ")[:kept]))
            fields = _moved(items, where, spans, k, fields, text, start, finish)
            end = finish
        legal_opening = _before_legal_form(fields, text, start, code, words)
        if legal_opening is not None:
            # ``Die Allianz SE``: a legal form names a company with the word before it, even a
            # common noun's (``Allianz``, an alliance) that the chunker left out.
            named = list(typed_as(fields, "organisation", None))
            named[SENTENCE_INITIAL] = False
            moved = _moved(items, where, spans, k, named, text, legal_opening, end)
            found.setdefault(moved[TEXT], ("organisation", None))
            continue
        if fields[TYPE] == "organisation" and _kind_of_place(fields[TEXT], code, words):
            # ``Münchner Konzern``, ``Wiener Firma``: a town's adjective and the noun for a
            # body's kind say which body, not its name (``Berliner Senat`` is one).
            untyped = list(fields)
            untyped[TYPE] = untyped[CANONICAL] = None
            items[k] = (index, number, tuple(untyped))
            continue
        if (
            fields[TYPE] == "organisation"
            and words.noun_endings
            and " " in fields[TEXT]
            and text[start:end] == fields[TEXT]
            and (tail := named_after_noun(fields[TEXT], text, start, words, body=True)) is not None
            and not text[tail:end].split(" ", 1)[0].lower().endswith(words.name_adjective_endings)
        ):
            # ``Zulieferer Rosenbauer International``, ``Antriebsspezialist Hellweg
            # Antriebstechnik GmbH``: the noun for the body's kind opening a company's name
            # (German capitalises it) is no part of it; with an adjective after it, it may be
            # (``Verband Deutscher Ingenieure``).
            named = list(fields)
            named[SENTENCE_INITIAL] = False
            moved = _moved(items, where, spans, k, named, text, tail, end)
            found.setdefault(moved[TEXT], ("organisation", fields[CANONICAL]))
            continue
        if _named_body(fields, words):
            # ``Robert Koch-Institut``: a person's name and a body's noun, hyphenated.
            found.setdefault(fields[TEXT], ("organisation", None))
            items[k] = (index, number, typed_as(fields, "organisation", None))
            continue
        if _body_in_case(fields, words, code):
            # ``в Совете Федерации``: a body's noun in a case form and a genitive name a body,
            # its name in the nominative (``Совет Федерации``).
            body = ("organisation", nominative_body(fields[TEXT], code))
            found.setdefault(fields[TEXT], body)
            items[k] = (index, number, typed_as(fields, *body))
            continue
        if _adjective_and_body_noun(fields, words, code):
            # ``Конституційний Суд``: a capitalised adjective and a body's generic noun.
            found.setdefault(fields[TEXT], ("organisation", fields[CANONICAL]))
            items[k] = (index, number, typed_as(fields, "organisation", fields[CANONICAL]))
            continue
        if _role_of_place(fields, text, start, code, words, known):
            # ``Bürgermeisterin von Angermünde``: the role is of the town, no person's name.
            found.setdefault(fields[TEXT], ("place", None))
            items[k] = (index, number, typed_as(fields, "place", None))
            continue
        if words.work_before and _in_work_title(text, start, words):
            continue  # (``le film « Les Misérables »``: a title, no body's name)
        if acronym(fields[TEXT]) and dotted_link(text, start, end):
            continue  # (``los EE.UU.``: a link of a dotted abbreviation, no body's name)
        if fields[SENTENCE_INITIAL] and " " in fields[TEXT] and is_open(fields):
            # ``Жители Мурома``, ``Акции Сбербанка``: a common noun opening the sentence is
            # no part of the name after it.
            opened = _after_opener(fields[TEXT], text, start, end, code, words)
            if opened is not None:
                cut, finish, opened_kind = opened
                rest = list(typed_as(fields, opened_kind, None))
                rest[SENTENCE_INITIAL] = False
                moved = _moved(items, where, spans, k, rest, text, cut, finish)
                found.setdefault(moved[TEXT], (opened_kind, None))
                continue
        venue_role = fields[ROLE] or ""
        if (
            fields[TYPE] == "person"
            and venue_role.lower() in words.venue_words
            and text[start - len(venue_role) - 1 : start] == venue_role + " "
        ):
            # ``Estadio Santiago Bernabéu``, ``Teatro Pablo Neruda``: a venue's noun before a
            # person's name, which the chunker took for a title, makes the venue's name.
            begin, finish = start - len(venue_role) - 1, _venue_end(text, start, end, words, 1)
            named_venue = list(typed_as(fields, "place", None))
            named_venue[ROLE] = None
            _moved(items, where, spans, k, named_venue, text, begin, finish)
            found.setdefault(text[begin:finish], ("place", None))
            continue
        if (
            words.venue_words
            and " " in fields[TEXT]
            and not fields[ROLE]
            and (is_open(fields) or fields[TYPE] == "organisation")
            and any(part.lower() in words.venue_words for part in fields[TEXT].split(" "))
        ):
            # ``Газпром Арене``: a venue named after its sponsor is a place; the connector the
            # chunker left at its end for the town after it is not its (``Movistar Arena de
            # Bogotá``: the venue, then the town).
            venue = typed_as(fields, "place", None)
            finish = _venue_end(text, start, end, words, 2)
            if finish != end:
                venue = _moved(items, where, spans, k, venue, text, start, finish)
            else:
                items[k] = (index, number, venue)
            found.setdefault(venue[TEXT], ("place", None))
            continue
        widened = _grown(fields, text, start, end, code, words, nouns)
        if widened is not None:
            begin, finish, widened_kind = widened
            if (
                widened_kind == "place"
                and words.quoted_organisations
                and _quoted_body(text, begin, finish, words)
                and word_before(text, begin - 1) not in words.place_before
            ):
                # (``сети «Окская набережная»``: a place's name in quotation marks names a
                # body, as any other quoted name does)
                widened_kind = "organisation"
            _moved(
                items, where, spans, k, typed_as(fields, widened_kind, None), text, begin, finish
            )
            continue
        # ``Santa Cruz``, ``Pas-de-Calais``: a place's by its form, even with a first name in it.
        if (
            fields[TYPE] in (None, "person")
            and not fields[ROLE]
            and place_by_form(fields[TEXT], words)
            and not _quoted(text, start, end)
        ):
            found.setdefault(fields[TEXT], ("place", fields[CANONICAL]))
            items[k] = (index, number, typed_as(fields, "place", fields[CANONICAL]))
            continue
        # ``Santiago del Estero``, ``San Miguel de Tucumán``: a province or town of several
        # words, a connector among them, outweighs the first name opening it (and the
        # capitalised words the chunker read before it as a title: ``estadio Único Madre de
        # Ciudades de Santiago del Estero``), unless it is a speaker's or introduced with a
        # role, for towns bear people's names (``dijo Bernardo de Irigoyen, el diputado``).
        if (
            fields[TYPE] == "person"
            and fields[GENDER]
            and _first_name_place(fields[TEXT], code)
            and not _introduced_as_person(text, start, end, code)
        ):
            place = list(typed_as(fields, "place", None))
            place[ROLE] = None
            found.setdefault(fields[TEXT], ("place", None))
            items[k] = (index, number, tuple(place))
            continue
        # ``«Денвер Наггетс»``: the quotation marks outweigh a first name.
        if not is_open(fields) and not (
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
                    _body_acronyms(fields[TEXT], text, start, end, words, code)
                    or (
                        not fields[GENDER]
                        and bool(fields[ROLE])
                        and compound_body(fields[TEXT], words)
                    )
                )
            ):
                continue
            bare = list(fields)
            bare[TYPE] = bare[ROLE] = bare[GENDER] = None
            fields = tuple(bare)
        if is_open(fields) and street(fields[TEXT], text, end, code):
            # ``Kufsteiner Straße``, ``Carl-Bosch-Straße``, ``Parkstraße 12``: a street's name.
            found.setdefault(fields[TEXT], ("place", None))
            items[k] = (index, number, typed_as(fields, "place", None))
            continue
        head = body_before_hyphen(fields[TEXT], words) if fields[TYPE] is None else None
        if (
            head is not None
            and profile is not None
            and not fields[TEXT].lower().endswith(tuple(profile.org_heads))
            and (head in organisations or head in bodies)
            and head not in places
        ):
            # ``EU-Gipfel``, ``SPD-Sprecher``: a body's name (the gazetteer's, or one the
            # document names alone) before a role's or an event's noun is the body's mention
            # (``SPD-Fraktion``, a body itself, stays whole; ``KI-Modell``, ``US-Präsident``
            # name none).
            named = list(typed_as(fields, "organisation", organisations.get(head)))
            named[TEXT] = head
            items[k] = (index, spans.add(start, start + len(head)), tuple(named))
            where[k] = (start, start + len(head))
            continue
        hyphened = (
            _hyphened_place(fields[TEXT], head, code, known, word_before(text, start))
            if head
            else None
        )
        if hyphened is not None:
            # ``Berlin-Besuch``, ``Brenner-Transit``: a place's name before a common noun is
            # the place's mention; ``Berlin-Mitte``, ``Basel-Stadt``: with a place or a
            # district's part after it, the whole compound is one place.
            length, canonical = hyphened
            finish = start + length
            named = list(typed_as(fields, "place", canonical))
            named[TEXT] = text[start:finish]
            found.setdefault(named[TEXT], ("place", canonical))
            items[k] = (index, number if finish == end else spans.add(start, finish), tuple(named))
            where[k] = (start, finish)
            continue
        if (
            fields[TYPE] is None
            and profile is not None
            and not fields[SENTENCE_INITIAL]
            and body_by_adjective(fields[TEXT], words, profile.org_heads)
        ):
            # ``Statistisches Bundesamt``: a capitalised adjective and a body's noun; not
            # opening a sentence, where every adjective is capitalised (``Gesetzliche
            # Krankenversicherung wird teurer``; the same name later in one is typed by it).
            found.setdefault(fields[TEXT], ("organisation", fields[CANONICAL]))
            items[k] = (index, number, typed_as(fields, "organisation", fields[CANONICAL]))
            continue
        if fields[TYPE] is None and _hyphened_body(fields[TEXT], code, words, known, mentioned):
            # ``Hydro-Québec``, ``Météo-France``: a word joined to a place's name, and no
            # place itself, names the body that serves it.
            found.setdefault(fields[TEXT], ("organisation", None))
            items[k] = (index, number, typed_as(fields, "organisation", None))
            continue
        if fields[TYPE] is None and " " in fields[TEXT]:
            of_place = _noun_of_place(fields[TEXT], text, start, code, words, known)
            if of_place is not None:
                # ``Landgericht Ulm``, ``Universität Tübingen``: a capitalised noun for a body
                # and a place's name make one body's name; ``Gemeinde Rechberghausen``: a
                # place's noun leaves the place's name.
                begin, of_kind = of_place
                renamed = named_with_place(fields, of_kind, text[begin:end], words)
                found.setdefault(renamed[TEXT], (of_kind, renamed[CANONICAL]))
                items[k] = (index, spans.add(begin, end), renamed)
                where[k] = (begin, end)
                continue
            in_run = _place_in_run(fields[TEXT], text, start, code, words, known)
            if in_run is not None:
                # ``in Weinsberg Autos``, ``Stadtrat von Göppingen``: a town and a common noun
                # the chunker read as one run (every noun is capitalised).
                begin, finish = in_run
                named = list(typed_as(fields, "place", None))
                named[TEXT], named[SENTENCE_INITIAL] = text[begin:finish], False
                found.setdefault(named[TEXT], ("place", None))
                items[k] = (index, spans.add(begin, finish), tuple(named))
                where[k] = (begin, finish)
                continue
            tail = named_after_noun(fields[TEXT], text, start, words)
            if tail is None:
                tail = body_after_article(fields[TEXT], text, start, end, words)
            if tail is None:
                tail = body_after_role_in_run(fields[TEXT], text, start, code)
            if tail is not None:
                # ``Discounter Aldi``, ``Kauf der Ketten Argos``: a noun for a body (German
                # capitalises it), then the body's name.
                begin = tail
                named = list(typed_as(fields, "organisation", None))
                named[TEXT] = text[begin:end]
                found.setdefault(named[TEXT], ("organisation", None))
                items[k] = (index, spans.add(begin, end), tuple(named))
                where[k] = (begin, end)
                continue
        if fields[TYPE] is None and _compass_place(fields[TEXT], code):
            # ``Norddeutschland``, ``Osteuropa``: a point of the compass and a known place.
            found.setdefault(fields[TEXT], ("place", None))
            items[k] = (index, number, typed_as(fields, "place", None))
            continue
        noun_first = _noun_before_place(fields, text, start, code, words, known)
        if noun_first is not None:
            # ``Universität Tübingen``, ``Stadt Göppingen``: the chunker left the noun out.
            begin, noun_kind = noun_first
            renamed = named_with_place(fields, noun_kind, text[begin:end], words)
            if noun_kind == "place":
                found.setdefault(renamed[TEXT], ("place", None))
            items[k] = (index, spans.add(begin, end), renamed)
            where[k] = (begin, end)
            continue
        if fields[TEXT] not in places and (
            # (``Світлограді`` ends like ``раді``, a council's: the town list reads the town,
            # a small one too, ``з Болграда``)
            (institution(fields[TEXT], words) and named_town(fields[TEXT], code) is None)
            or (bool(words.legal_forms) and fields[TEXT].endswith(words.legal_suffixes))
            or fields[TEXT].lower() in words.agencies
            # (a person's name in capitals opening a line before a colon is no acronym: a
            # transcript's ``MOREL :`` label, typed by ``transcript_labels.py``)
            # (nor is a wire dateline's town in capitals: ``КИРОВ, 4 дек — ТАСС``)
            or (
                not (fields[TYPE] == "person" and fields[EVIDENCE] and _label(text, start, end))
                and not _dateline(text, start, end, words)
                and not (fields[TEXT].isupper() and _dash_dateline(text, start, end, code))
                and _body_acronyms(fields[TEXT], text, start, end, words, code)
            )
            or body_with_acronym(fields[TEXT], text, start, code, words)
        ):
            # ``PNV``, ``КПРФ``, ``Sénat``, ``Arbeitsministerium``, ``Lumarel SAS``: a body's,
            # by its form.
            found.setdefault(fields[TEXT], ("organisation", fields[CANONICAL]))
            items[k] = (index, number, typed_as(fields, "organisation", fields[CANONICAL]))
            continue
        if (
            fields[TYPE] is None
            and " " not in fields[TEXT]
            and hyphened_to_body_role(text, end, code)
            and stem(fields[TEXT]) not in surnames
            and bare_names.elsewhere(fields[TEXT], start)
        ):
            # ``Kessler-Sprecher``, ``Kranich-Chef``: a word hyphened to a role held in a body
            # is the body's name where the document also writes it bare, as no common noun is
            # (``Kessler teilte mit``; not ``die Partei`` of ``Partei-Chef``).
            found.setdefault(fields[TEXT], ("organisation", fields[CANONICAL]))
            items[k] = (index, number, typed_as(fields, "organisation", fields[CANONICAL]))
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
        if _quoted(text, start, end) and (
            _call_sign(text, start, words) or found.get(fields[TEXT]) == _CALLED
        ):
            # ``командир роты с позывным «Гром»``: a person, named as the text calls them
            # (the name's later mentions too), though no first name tells.
            # (its own canonical name: a call sign is no case form to put back, ``Ліра``)
            person = list(typed_as(fields, "person", fields[TEXT]))
            person[EVIDENCE] = True
            found.setdefault(fields[TEXT], _CALLED)
            items[k] = (index, number, tuple(person))
            continue
        typed = _evidence(fields, text, start, end, code)
        if typed is None:
            pending.append(k)
            continue
        if " " not in fields[TEXT] and stem(fields[TEXT]) in surnames:
            continue  # (a person's surname: ``à Scherzer``, ``По словам Лаврова, Москва``)
        found.setdefault(fields[TEXT], typed)
        items[k] = (index, number, typed_as(fields, *typed))
    # ``à Croydon``, ``в Кройдоне``: a preposition of place types a name the gazetteer or the
    # document (the chunker, or the evidence above: ``штат Кройдон``) knows as a place.
    # ``АСТАНА, 2 декабря.``, ``Heilbronn (dpa) -``: a dateline's name is a place.
    for k in pending:
        index, number, fields = items[k]
        if (
            _dateline(text, *where[k], words) or _dash_dateline(text, *where[k], code)
        ) and _place_shaped(fields[TEXT], code):
            found.setdefault(fields[TEXT], ("place", fields[CANONICAL]))
    known |= {_place_key(name, code) for name, (kind, _) in found.items() if kind == "place"}
    inflected = _inflected(code)
    near = {
        key[:-1]
        for key in known
        if len(key) > _NEAR_KEY and (inflected or key[-1] in _CASE_LETTERS)
    }
    # (the bodies the chunker or the evidence above names: no unknown town's names)
    named_bodies = frozenset(
        bodies
        | {name for name, (kind, _) in found.items() if kind == "organisation"}
        | {fields[TEXT] for _, _, fields in items if fields[TYPE] == "organisation"}
    )
    for k in pending:
        index, number, fields = items[k]
        name = fields[TEXT]
        if not _known_place(name, text, where[k][0], code, known, near, named_bodies) or (
            " " not in name
            and stem(name) in surnames
            and not _town_in_locative(name, word_before(text, where[k][0]), code)
        ):
            continue
        # (a place found so types no other mention the chunker took for a person; a country
        # spelt as a first name has CLDR's English name: ``en Albanie``, Albania)
        canonical = fields[CANONICAL] or gz.territories(code).get(name)
        if name not in persons:
            found.setdefault(name, ("place", canonical))
        items[k] = (index, number, typed_as(fields, "place", canonical))
    # ``nach Leipzig und Berlin``, ``Москвы и Подмосковья``: names listed after a preposition
    # of place with a place are places.
    waiting = set(pending)
    for run in _lists(items, where, text, words):
        if (
            word_before(text, where[run[0]][0])
            not in (words.place_prepositions | words.locative_before)
            or _topic(items[run[0]][2][TEXT], text, where[run[0]][0], code, known)
            or not any(
                _kind(items[k][2], found) == "place"
                # (``nach Straßburg, Mailand und Rom``: a town on the list among them)
                or (k in waiting and named_town(items[k][2][TEXT], code) is not None)
                for k in run
            )
        ):
            continue
        for k in run:
            index, number, fields = items[k]
            name = fields[TEXT]
            if (
                k in waiting
                and is_open(fields)
                and _place_shaped(name, code)
                and not (
                    " " not in name
                    and stem(name) in surnames
                    and not _town_in_locative(name, word_before(text, where[run[0]][0]), code)
                )
                # (``in Altenheim und Klinik``: where every noun is capitalised, a word
                # written like a common noun is no place for its neighbour's sake)
                and not (nounlike(name, words) and named_town(name, code) is None)
            ):
                items[k] = (index, number, typed_as(fields, "place", fields[CANONICAL]))

    # ``Boots, Superdrug et Debenhams``: names listed together are of one kind; ``Selly Oak,
    # Birmingham``, ``Selly Oak (Birmingham)``: a name beside a place is a place in it.
    def lends_to(k: int, *, listed: bool = True) -> bool:
        b = items[k][2]
        name = b[TEXT]
        return not (
            name in found
            or not is_open(b)
            or k in honoured
            or (" " not in name and stem(name) in surnames)
            # (``Робин Кристи``, ``Camille``: a person's name, whatever it is listed with)
            or (listed and b[TYPE] == "person" and " " in name)
            or rules_for(code).first_name(name.split(" ")[0]) is not None
            # (``Polizei von Baton Rouge, Louisiana``: not one name)
            or not all(part[:1].isupper() for part in name.split(" "))
            or nounlike(name, words)
        )

    for k in range(len(items) - 1):
        gap = text[where[k][1] : where[k + 1][0]].strip(" \u00a0")
        if (
            # (``Selly Oak, en Birmingham``: a preposition of place may come between)
            (gap in (",", "(") or (gap[:1] == "," and gap[1:].strip() in words.place_prepositions))
            and _kind(items[k + 1][2], found) == "place"
            and _kind(items[k][2], found) is None
            and lends_to(k, listed=False)
            # (``Ana Ruiz (Cádiz, 1975)``: a place and a year are where and when one was born)
            and not (gap == "(" and _BORN.match(text, where[k + 1][1]))
            # (``Tags : Frontex, Calais, CGT``: a list of names of several kinds, no place in
            # a place)
            and not (
                gap == ","
                and k + 2 < len(items)
                and text[where[k + 1][1] : where[k + 2][0]].strip(" \u00a0") == ","
                and _kind(items[k + 2][2], found) != "place"
            )
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
        if fields[TEXT] in found and is_open(fields) and fields[TYPE] != found[fields[TEXT]][0]:
            items[k] = (index, number, typed_as(fields, *found[fields[TEXT]]))
    dropped = _joined(items, where, spans, text, words, found, gz.territories(code), profile)
    branches(items, dropped, spans, text, code)
    role_tails(items, dropped, spans, text, code)
    body_tails(items, dropped, spans, text, code)
    acronym_tails(items, dropped, spans, text, code)
    joined_surnames(items, dropped, spans, text, code)
    expanded_acronyms(items, dropped, spans, text, code)
    first_names(items, dropped, spans, text, code)
    quoted_names(items, dropped, spans, text, words)
    credits(items, dropped, spans, text, words)
    bylines(items, dropped, spans, text, words)
    adjectives(items, dropped, spans, text, words)
    compass_parts(items, dropped, spans, text, code)
    qualified_towns(items, dropped, spans, text, code)
    town_heads(items, dropped, spans, text, code)
    bodies_of_places(items, dropped, spans, text, words)
    adjective_places(items, dropped, spans, text, code)
    places_of_bodies(items, dropped, spans, text, words, code)
    clubs_by_name(items, dropped, spans, text, code)
    club_towns(items, dropped, spans, text, code)
    complements(items, dropped, spans, text, code)
    shared_heads(items, dropped, spans, text, code)
    divisions = _divisions_named(code)
    portfolios(items, dropped, spans, text, code, lambda name: name in places or name in divisions)
    results = prose_results(text, words)
    clubs(items, dropped, spans, text, words, gz.territories(code), results)
    genitives(items, dropped, spans, text, code, _listed(code), _determiners(code))
    nominative_bodies(items, dropped, spans, text, code)
    short_names(items, dropped, code)
    unconfirmed_runs(items, dropped, spans, text, code)
    players(items, dropped, spans, text, words, results)
    elided_surnames(items, dropped, spans, text, code)
    # (``Louis de Vercambre`` ... ``a répondu de Vercambre``: the particle is the surname's)
    particle_surnames(items, lambda k: spans.span(*items[k][:2]), spans, text, dropped, code)
    _region_nouns(items, dropped, spans, text, words)
    return items, dropped


def _region_nouns(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """Each body's name of two words or more that ends in a capitalised adjective before a
    lower-case noun of place (``place_nouns_after``, maybe after lower-case adjectives), grown
    over that noun: ``Прокуратура Псковской`` + ``области``, ``Министерства образования
    Полтавской`` + ``області``; the region is the body's, not a place of its own."""
    if not words.adjective_endings:
        return
    for k, (index, number, fields) in enumerate(items):
        name = fields[TEXT]
        last = name.rsplit(" ", 1)[-1]
        if (
            k in dropped
            or fields[TYPE] != "organisation"
            or " " not in name
            or not last[:1].isupper()
            or not last.lower().endswith(words.adjective_endings)
        ):
            continue
        begin, end = spans.span(index, number)
        if text[begin:end] != name:
            continue
        after = _grown_after(text, end, words)
        if after is None or after[1] != "place" or after[0] <= end:
            continue
        grown = list(typed_as(fields, "organisation", None))
        grown[TEXT] = text[begin : after[0]]
        items[k] = (index, spans.add(begin, after[0]), tuple(grown))


#: Words of a person's name after the words cut off at most (a first name and a surname, or
#: with a patronymic).
_NAME_AFTER_CUT = 3


def _name_after_oblique(fields: CandidateFields, code: str) -> int:
    """How many words open a person's name the chunker ran on from the words before it, in a
    language whose dictionary reads cases: a first name and a surname read in the nominative
    after words that are no name (``РАН``, ``Казани``: an acronym, or a word the dictionary
    knows as no one's name) or a name in an oblique case (``Марии Ивановой``, a first name
    alone: ``роли Серафимы``), or a first name alone in the nominative after a town's case
    (``жительница Орехова Валентина``); 0 when nothing is cut."""
    name = fields[TEXT]
    if name.count(" ") < 1 or not has_analyzer(code):
        return 0
    words = name.split(" ")
    first_name = rules_for(code).first_name
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        if (
            len(tail) <= 2
            and all(w.isalpha() and w[:1].isupper() for w in tail)
            and all(is_place_in_case(w, code) for w in head)
            and (len(tail) == 2 or _nominative_first_name(tail[0], code))
        ):
            return cut  # ``Мэр Казани Ильсур Метшин``: a town's case before any two names
        if len(tail) < 2 or len(tail) > _NAME_AFTER_CUT or first_name(tail[0]) is None:
            continue
        joined = " ".join(tail)
        if nominative_name(joined, code) != joined:
            continue
        if all(_acronym_word(w) or is_common_word(w, code) for w in head):
            return cut
        named = " ".join(head)
        oblique = nominative_name(named, code) not in (None, named)
        if named.count(" ") and oblique:
            return cut
        if cut == 1 and oblique and first_name(named) is not None:
            # ``Исполнительница роли Серафимы Дарья Коновалова``, ``мать Кирилла Ольга
            # Петрова``: a first name read only in an oblique case is another's, the genitive
            # of the noun before it.
            return cut
    return 0


def _nominative_first_name(word: str, code: str) -> bool:
    """Whether ``word`` is a first name (by the language's first names) in the nominative (by
    its dictionary): a person named by a first name alone (``Валентина``, ``Оксана``)."""
    return rules_for(code).first_name(word) is not None and nominative_name(word, code) == word


def _name_before_oblique(fields: CandidateFields, code: str) -> int:
    """How many words of a person's name the chunker ran on into another's name are the
    first person's: a name read in the nominative (a first name and a surname, or a lone
    surname), then two words or more read as a name in an oblique case only (``Алексей Кудрин
    Марии Ивановой``, ``Зеленський Емманюелю Макрону``): where the words' cases disagree, the
    names are two; 0 when the name is one person's."""
    name = fields[TEXT]
    if name.count(" ") < 2 or not has_analyzer(code):
        return 0
    words = name.split(" ")
    first_name = rules_for(code).first_name
    for kept in range(1, min(len(words) - 1, _NAME_AFTER_CUT + 1)):
        head, tail = " ".join(words[:kept]), " ".join(words[kept:])
        if nominative_name(head, code) != head:
            continue
        if kept > 1 and first_name(words[0]) is None:
            continue
        told = nominative_name(tail, code)
        if told in (None, tail):
            continue
        # (a lone surname first: the oblique name after it opens with a word the lexicon or
        # the dictionary reads as a name, so a noun and a genitive are never cut)
        if kept == 1 and not (
            first_name(told.split(" ")[0]) is not None or is_name(words[1], code)
        ):
            continue
        return kept
    return 0


def _town_in_locative(name: str, before: str, code: str) -> bool:
    """Whether ``name`` (read as a place by the caller), after ``before`` (the word before it,
    or before the list it opens), is in the locative after a preposition that puts it there
    (``в Слободском``, ``в Кирове и Слободском``): a place's, though the document names a
    person of the same stem (``Анна Слободская``), for no person is ``в`` it."""
    return before in foreign_words(code).locative_before and reads_in_case(name, code, "loct")


def _acronym_word(word: str) -> bool:
    """Whether ``word`` is an acronym's (``РАН``, ``МЧС``): two capitals or more."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _after_role(text: str, start: int, profile: gz.Profile | None) -> bool:
    """Whether a title or role comes right before ``start``, or before the comma of an
    apposition: the name is a person's (``le chef Bocuse de Lyon``, ``el portavoz, Gómez de
    Madrid``). Read by index, not by copying the text before it, once per mention."""
    at = start
    while at > 0 and text[at - 1] in " \u00a0":
        at -= 1
    if at > 0 and text[at - 1] == ",":
        at -= 1
    return profile is not None and profile.is_role(word_before(text, at))


def _after_opener(
    name: str, text: str, start: int, end: int, code: str, words: ForeignWords
) -> tuple[int, int, str] | None:
    """Where the name after the capitalised first word of a sentence begins when that word
    is a common noun's (``Жители Мурома``, ``Акции Сбербанка``, ``Выпускник МГУ``): what
    follows it is a body by its form, a town in a case form (not its nominative: ``Динамо
    Москва``), a place by its form (``Мешканці Полтавщини``) or an adjective before a generic
    noun (``Уровень Каспийского моря``), and the
    word is no adjective (``Нижнего Новгорода``), first name (``Роман Ростова``) or known
    name. The name's start, end and type, or ``None``."""
    first, rest = name.split(" ", 1)
    at = start + len(first) + 1
    if (
        text[at - 1 : at] != " "
        or not rest[:1].isupper()
        or first.lower().endswith(_adjective_endings(code))
        or rules_for(code).first_name(first) is not None
        or first in gz.place_names()
        or first in gz.organisation_names()
    ):
        return None
    if " " not in rest and rest.lower().endswith(_adjective_endings(code)):
        grown = _grown_after(text, end, words)
        return None if grown is None else (at, grown[0], grown[1])
    if _venue_after(first, rest, text, end, words):
        return at, end, "place"
    # (``Рынок IPO``: an abbreviation of a common noun is no body's acronym)
    body = (" " not in rest and institution(rest, words)) or (
        rest not in gz.NOT_ACRONYMS and _body_acronyms(rest, text, at, end, words, code)
    )
    if body:
        return at, end, "organisation"
    # (not ``Поклонники Софии`` beside ``София Ротару``: the article's person, in a case form)
    if (
        town(rest, code) is None
        and (listed := town_in(rest, code)) is not None
        and not first_name_form(rest, listed, text, code)
    ) or place_by_form(rest, words):
        return at, end, "place"
    return None


def _venue_after(first: str, rest: str, text: str, end: int, words: ForeignWords) -> bool:
    """Whether ``rest``, after a sentence's first word ``first``, is a venue's name: a sponsor's
    name and the venue's noun (``Болельщики Газпром Арены``), or the noun before the place that
    names it (``Вболівальники Арени Львів``); not a sponsor's name opening the sentence
    (``Газпром Арена``)."""
    parts = rest.split(" ")
    if not any(part.lower() in words.venue_words for part in parts) or institution(first, words):
        return False
    return len(parts) > 1 or (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())


@cache
def _adjective_endings(code: str) -> tuple[str, ...]:
    """The language's adjective endings long enough to tell an adjective (``ской``,
    ``него``)."""
    return _long_endings(foreign_words(code))


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one (``Superdrug``, ``Kernel Holding``)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c < "\u0250" for c in letters)


#: How far a lower-case Latin word beside a Latin name is looked for (``Made`` + ``in``).
_LATIN_REACH = 24


def _latin_phrase(text: str, start: int, end: int) -> bool:
    """Whether the word right before ``start`` or right after ``end``, one space away, is a
    lower-case word in Latin letters: the name is a word of a phrase in English or another
    language written so (``We will``, ``Made in``, ``Contact us``), no brand's name."""
    after = (
        text[end + 1 : end + 1 + _LATIN_REACH].split(" ", 1)[0]
        if text[end : end + 1] == " "
        else ""
    )
    before = (
        text[max(0, start - 1 - _LATIN_REACH) : start - 1].rsplit(" ", 1)[-1]
        if text[start - 1 : start] == " "
        else ""
    )
    return any(
        word.rstrip('.,;:!?»"').isalpha() and word.rstrip('.,;:!?»"').islower() and _latin(word)
        for word in (before, after)
    )


def _body_acronyms(
    name: str, text: str, start: int, end: int, words: ForeignWords, code: str
) -> bool:
    """Whether ``name`` is a body's acronym (:func:`.foreign_forms.body_acronym`), or two or
    three such acronyms, the first of which may be a legal form or kind of body (``НИУ ВШЭ``,
    ``ПАО ВТБ``); not one the text spells out as people (``ЧЖ`` beside ``членів журі``:
    :func:`.foreign_forms.people_initials`)."""
    parts = name.split(" ")
    if len(parts) == 1:
        return (
            acronym(name)
            and body_acronym(name, text, start, end, words)
            and not people_initials(name, text, code)
        )
    return (
        len(parts) <= 3
        and all(acronym(part) for part in parts)
        and not any(part.lower() in words.not_acronyms for part in parts[1:])
        and body_acronym(name, text, start, end, words)
    )


#: A word after a space (``Bank``).
_NEXT_WORD = re.compile(r" [\w&\-]+")


def _legal_form_beyond(text: str, end: int, words: ForeignWords) -> int | None:
    """Where a legal form after one or two more capitalised words after a body's name ending
    at ``end`` ends (``Erste Group`` -> ``Erste Group Bank AG``), else ``None``."""
    at = end
    for _ in range(2):
        word = _NEXT_WORD.match(text, at)
        if word is None or not word.group()[1].isupper() or word.group()[1:] in words.legal_forms:
            return None
        at = word.end()
        legal = legal_form_end(text, at, words)
        if legal is not None:
            return legal
    return None


def _generic_body(name: str, words: ForeignWords) -> bool:
    """Whether a body's ``name`` ends in a generic noun (``Арбитражный суд``,
    ``Следственный комитет``) or is one (``Генпрокуратура``): the place after it is its own."""
    # (``Верховна Рада``: a country's institution capitalises its noun)
    last = name.rsplit(" ", 1)[-1].lower()
    return last in words.organisation_nouns_after or (" " not in name and institution(name, words))


def _joined(
    items: list[Mention],
    where: list[tuple[int, int]],
    spans: Spans,
    text: str,
    words: ForeignWords,
    found: dict[str, tuple[str, str | None]],
    countries: Collection[str],
    profile: gz.Profile | None,
) -> set[int]:
    """Names grown by what follows them once typed (a company's ``'s``, a legal form, a place
    after an acronym or a team's connector); the positions of the mentions so taken in."""
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
        legal = legal_form_end(text, end, words)
        if legal is None and fields[TYPE] == "organisation" and k not in dropped:
            # (a name that ends in its legal form already: only its start may move)
            legal = end if fields[TEXT].endswith(words.legal_suffixes) else None
        if (
            legal is None
            and words.noun_endings
            and fields[TYPE] in (None, "organisation")
            and k not in dropped
        ):
            # (``Erste Group Bank AG``, ``Hagedorn Solar Systems GmbH``: where every noun is
            # capitalised, a body's word or an English one cut the chunker's name short of
            # the words before its legal form; elsewhere a capital may open the next name,
            # ``Gobierno Nacional Y Ecopetrol S.A.``)
            legal = _legal_form_beyond(text, end, words)
        if (
            legal is not None
            and k not in dropped
            and (fields[TYPE] in (None, "organisation", "person"))
            and (fields[TYPE] != "person" or is_open(fields))
        ):
            # ``Nordvolt Energy GmbH``: the chunker's name right before a company's name cut
            # at a body's word (``Energy``) opens it
            before = k - 1
            if (
                legal > end
                or before < 0
                or before in dropped
                or where[before][1] != start - 1
                or text[start - 1] != " "
                # (where every noun is capitalised, a run no evidence typed: not ``Gobierno
                # Nacional Y Ecopetrol S.A.``, two names a title-case headline joins)
                or not words.noun_endings
                or items[before][2][TYPE] is not None
            ):
                before = -1
            else:
                start = where[before][0]
                dropped.add(before)
            # (``Autobauer Fellner AG``, ``Zentrale der Brandt AG``: the company's name
            # after a noun for a body or an article, where every noun is capitalised)
            whole = text[start:legal]
            begin = named_after_noun(whole, text, start, words)
            if begin is None:
                begin = body_after_article(whole, text, start, legal, words)
            if begin is None:
                begin = body_after_party_noun(whole, text, start, words)
            if legal == end and begin is None and before < 0:
                continue
            start = start if begin is None else begin
            grown = list(typed_as(fields, "organisation", None))
            grown[TEXT] = text[start:legal]
            items[k] = (index, spans.add(start, legal), tuple(grown))
            if k + 1 < len(items) and where[k + 1][0] < legal:
                dropped.add(k + 1)
            continue
        # ``МИД России``: an acronym and the place right after it are one body's name; so are
        # a body named by a generic noun and its place (``Арбитражный суд Москвы``,
        # ``Генпрокуратуре РФ``), or the acronym of the body it belongs to (``Генассамблея
        # ООН``, ``Совет безопасности ООН``).
        generic = words.acronym_of_place and _generic_body(fields[TEXT], words)
        if (
            words.acronym_of_place
            and fields[TYPE] == "organisation"
            and (acronym(fields[TEXT]) or generic)
            and k + 1 < len(items)
            and k not in dropped
            and (
                items[k + 1][2][TYPE] == "place"
                or (
                    generic
                    and items[k + 1][2][TYPE] == "organisation"
                    and acronym(items[k + 1][2][TEXT])
                )
            )
            and text[end : where[k + 1][0]] == " "
        ):
            _take_next(items, where, k, spans, text, fields, dropped)
            continue
        # ``Арені Львів``: a venue's noun and the place after it are one venue's name;
        # ``Kanton Zürich``, ``Landkreis München``: an untyped district's noun and the known
        # place after it are the district's name (not the town's).
        noun = fields[TEXT].lower()
        if (
            (noun in words.venue_words or (fields[TYPE] is None and noun in words.district_nouns))
            and k + 1 < len(items)
            and k not in dropped
            and items[k + 1][2][TYPE] == "place"
            and text[end : where[k + 1][0]] == " "
        ):
            _take_next(items, where, k, spans, text, typed_as(fields, "place", None), dropped)
            continue
        # ``МГУ имени Ломоносова``: a body's name goes on with the person it is named after
        # (the word between read into the body's name, ``институте гриппа имени`` + ``А. А.
        # Смородинцева``, or not).
        if (
            words.named_after
            and k + 1 < len(items)
            and k not in dropped
            and (
                fields[TYPE] == "organisation"
                or (is_open(fields) and fields[TEXT].lower() in words.organisation_nouns_after)
            )
            and (
                text[end : where[k + 1][0]].strip(" \u00a0.").lower() in words.named_after
                or (
                    fields[TYPE] == "organisation"
                    and fields[TEXT].rsplit(" ", 1)[-1].lower() in words.named_after
                    and text[end : where[k + 1][0]] == " "
                )
            )
            and all(part[:1].isupper() for part in items[k + 1][2][TEXT].split(" "))
        ):
            named = typed_as(fields, "organisation", None)
            _take_next(items, where, k, spans, text, named, dropped)
            continue
        # ``les Nuggets de Denver``: a body's name, a connector and a place right after it
        # are one team's or company's name (``République de``, with no such evidence, is not).
        # So is a name of no known person's (no first name, title or role) cut at its
        # connector: ``Olympique de`` + ``Marseille``, ``Racing de`` + ``Lyon``
        # (one word or a connector before it; ``Movistar Arena de Bogotá`` is a venue's, and
        # ``Ciudad de México``, ``República de Macedonia``, ``Aceh de Indonesia`` are places:
        # no noun of a place first, no country after, no common noun in German).
        last = fields[TEXT].rsplit(" ", 1)
        head = last[0].split(" ")
        cut_body = (
            fields[TYPE] == "person"
            and is_open(fields)
            and not _after_role(text, start, profile)
            and (len(head) == 1 or any(w in words.connectors for w in head))
            and head[0].lower() not in words.place_before
            and not nounlike(head[0], words)
            and k + 1 < len(items)
            and items[k + 1][2][TEXT] not in countries
        )
        if (
            len(last) == 2
            and last[1] in words.connectors
            and (
                fields[TYPE] == "organisation"
                or found.get(fields[TEXT].split(" ", 1)[0], ("",))[0] == "organisation"
                or cut_body
                # (``Congreso de`` + ``Perú``: a body named by a generic noun, of a country)
                or (is_open(fields) and last[0].lower() in words.organisation_words)
            )
            and k + 1 < len(items)
            and k not in dropped
            and items[k + 1][2][TYPE] == "place"
            and text[end : where[k + 1][0]] in (" ", "\u00a0")
        ):
            grown = list(typed_as(fields, "organisation", None))
            finish = where[k + 1][1]
            grown[TEXT] = text[start:finish]
            items[k] = (index, spans.add(start, finish), tuple(grown))
            dropped.add(k + 1)
    return dropped


def _take_next(
    items: list[Mention],
    where: list[tuple[int, int]],
    k: int,
    spans: Spans,
    text: str,
    fields: CandidateFields,
    dropped: set[int],
) -> None:
    """Mention ``k`` (with ``fields``, its type as grown) made one name with the mention right
    after it (``МИД России``, ``Арені Львів``, ``МГУ имени Ломоносова``), which is dropped."""
    index, start, finish = items[k][0], where[k][0], where[k + 1][1]
    grown = list(fields)
    grown[TEXT] = text[start:finish]
    items[k] = (index, spans.add(start, finish), tuple(grown))
    dropped.add(k + 1)


# (Built on the chunker's rules and the foreign word lists, which a reload reads again.)
for _cached in (
    _honorific,
    _noun_before,
    _noun_word,
    _adjective_endings,
    _place_prefixes,
    _district_parts,
    _district_prepositions,
    _district_not_endings,
    _origin_adjectives,
    _determiners,
    _place_adjective_endings,
    _listed,
    _town_endings,
    _landscapes,
    _divisions_named,
    _article_surname,
    _after_first_names,
    _someone_named,
):
    on_reload(_cached.cache_clear)
on_reload(_genitive_cues.cache_clear)
