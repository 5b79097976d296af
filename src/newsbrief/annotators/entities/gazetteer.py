"""Small gazetteers: places, organisations, role words, demonyms and first names.

Country names come from ``pycountry`` (ISO 3166, shipped inside its wheel), first names and their
usual gender from ``gender-guesser`` (a name dictionary shipped inside its wheel); the rest are
short hand-kept lists of what news about politics and conflicts names most. Everything is offline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.languages import language, normalize, on_reload
from newsbrief.languages.first_names import gender_detector
from newsbrief.languages.morphology import (
    feminine_forms,
    is_woman,
    nominative_name,
    noun_nominatives,
)
from newsbrief.languages.morphology import first_name_gender as first_name_gender_of

if TYPE_CHECKING:
    from pycountry.db import Country

_EN = language("en")


def _written(key: str) -> frozenset[str]:
    """An English word list of ``[entities]`` read as written (``CEO``, ``FC``, ``pro-Russian``:
    the case is part of the test)."""
    value = _EN.sections.get("entities", {}).get(key) or ()
    return frozenset(str(word) for word in (value.split() if isinstance(value, str) else value))


def _capitalised(key: str) -> frozenset[str]:
    """An English word list of ``[entities]`` (read in lower case) as its words are written."""
    return frozenset(word.capitalize() for word in _EN.words("entities", key))


#: Irish surname particles -> the gender they tell (``Ní`` -> ``female``).
SURNAME_PARTICLE_GENDERS: dict[str, str] = {
    str(k): str(v) for k, v in _EN.table("entities", "surname_particle_genders").items()
}


#: Alternative spellings -> canonical place name (transliterations, short forms).
PLACE_ALIASES: dict[str, str] = {
    "Kiev": "Kyiv",
    "Odessa": "Odesa",
    "Kharkov": "Kharkiv",
    "Lvov": "Lviv",
    "Dnepr": "Dnipro",
    "Dnipropetrovsk": "Dnipro",
    "Zaporozhye": "Zaporizhzhia",
    "Nikolaev": "Mykolaiv",
    "Lugansk": "Luhansk",
    "Donbass": "Donbas",
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "Syrian Arab Republic": "Syria",
    "Viet Nam": "Vietnam",
    "Türkiye": "Turkey",
    "Turkiye": "Turkey",
    "Czech Republic": "Czechia",
    "Holland": "Netherlands",
    "DRC": "Democratic Republic of the Congo",
    "UAE": "United Arab Emirates",
    "Burma": "Myanmar",
}

#: Cities, regions and areas that news names often (``[entities] places`` of the English data;
#: countries come from ``pycountry``).
PLACES: frozenset[str] = _written("places") | _written("region_places")

#: Last words that make a capitalised run a place (``Heathrow Airport``, ``Atlantic Ocean``).
PLACE_HEADS: frozenset[str] = _written("place_heads")

#: First words that make a capitalised run a place (``San Jose``, ``Fort Worth``), not a name.
PLACE_LEADS: frozenset[str] = _written("place_leads")

#: Capitalised all-caps words that are not organisations (``GDP``, ``CEO``, time zones...).
NOT_ACRONYMS: frozenset[str] = frozenset(
    {
        "GDP", "CEO", "CFO", "COO", "CTO", "IPO", "AI", "TV", "PM", "AM", "OK", "PC", "ID", "DNA",
        "HIV", "AIDS", "COVID", "USD", "EUR", "GBP", "JPY", "ET", "GMT", "UTC", "BST", "EST", "PST",
        "EDT", "PDT", "CET", "CEST", "FAQ", "PDF", "URL", "SMS", "ATM", "VAT", "GPS", "LED", "CD",
        "DVD", "MP", "MPs", "VIP", "Q1", "Q2", "Q3", "Q4", "II", "III", "IV", "VI", "VII", "VIII",
        "IX", "XI", "XII", "LGBT", "LGBTQ", "SUV", "RSS", "HTML", "PS", "NB", "AD", "BC", "MW",
        "GW", "KM", "KG", "MPH", "UFO", "IQ", "PR", "HR", "IT", "UN", "OR", "AND", "THE", "OF",
        "FOR", "TO", "IN", "ON", "AT", "BY", "A", "I", "IS", "NO", "NEW", "LIVE", "UPDATE",
        "BREAKING", "WATCH", "READ", "MORE", "VIDEO", "PHOTO", "EXCLUSIVE", "OPINION",
        # Technical terms and units written in capitals (``iPhone SDK``, ``16 GB``); pronouns
        # and the like (``WE``, ``YOU``) are English ``[entities] not_acronyms``
        "SDK", "OS", "LCD", "USB", "CPU", "GPU", "API", "HD", "HDTV", "LTE", "EV", "EVs",
        "GB", "MB", "KB", "TB", "GHz", "MHz", "RAM", "ROM", "SIM", "PIN", "Q&A", "R&D", "M&A",
        "B&B", "A&E",
    }
) | frozenset(word.upper() for word in _EN.words("entities", "not_acronyms"))  # fmt: skip

#: Lower-case nouns that, right before a capitalised word, show it names an organisation
#: (``aircraft manufacturer Boeing``, ``German airline Lufthansa``, ``the club Arsenal``).
ORGANISATION_DESCRIPTORS: frozenset[str] = _written("organisation_descriptors")
#: Legal forms ending a company's name, lower case (``nv``, ``plc``, ``gmbh``).
LEGAL_FORMS: frozenset[str] = _written("legal_forms")
#: Words heading an organisation's name only before ``of`` (``Port of Savannah``).
OF_HEADS: frozenset[str] = _written("of_heads")
#: Heads of a body two areas share (``Avon and Somerset Police``).
AREA_HEADS: frozenset[str] = _written("area_heads")
#: Words heading an organisation's name only as the last capitalised word (``Corvane Health``).
FINAL_HEADS: frozenset[str] = _written("final_heads")
#: Heads that the words of :data:`FIELD_WORDS` alone before them make no body's
#: (``the Solar System``, ``Public Health``).
FIELD_HEADS: frozenset[str] = _written("field_heads")
#: Words naming a thing or a field of work before one of :data:`FIELD_HEADS` (``Solar``,
#: ``Mental``).
FIELD_WORDS: frozenset[str] = _written("field_words")
#: Generation suffixes after a surname (``Jr.``, ``III``).
NAME_SUFFIXES: frozenset[str] = _written("name_suffixes")
#: Letters of an office or honour written after a name, in capitals (``MSP``, ``KC``; ``[quotes]
#: post_nominals``): no part of the name.
POST_NOMINALS: frozenset[str] = frozenset(w.upper() for w in _EN.words("quotes", "post_nominals"))
#: Endings of abstract nouns (``-ment``, ``-ics``), as a tuple for ``str.endswith``.
NOUN_ENDINGS: tuple[str, ...] = tuple(sorted(_written("noun_endings")))
#: Endings of words that describe rather than name (``Coastal``, ``Promoted``,
#: ``Neighbouring``, ``Separately``, ``Northern``).
DESCRIBING_ENDINGS: tuple[str, ...] = tuple(sorted(_written("describing_endings")))
#: A plural-shaped capitalised word (``Lakers``, ``Protesters``; not ``Ross``, ``Paulus``).
PLURAL_SHAPED: re.Pattern[str] = re.compile(
    r"[A-Z][a-z]{2,}(?<!["
    + re.escape("".join(sorted(_written("not_plural_before"))))
    + "])"
    + re.escape(next(iter(_written("plural_ending"))))
)
#: Endings of agent nouns (``-or``, ``-ist``).
AGENT_ENDINGS: tuple[str, ...] = tuple(sorted(_written("agent_endings")))

#: Lower-case words that, right after a capitalised word, show it names an organisation
#: (``Boeing spokeswoman``, ``Apple shares``, ``Ryanair CEO``).
ORGANISATION_FOLLOWERS: frozenset[str] = _written("organisation_followers")

#: Organisations: aliases -> canonical name.
ORGANISATION_ALIASES: dict[str, str] = {
    "North Atlantic Treaty Organization": "NATO",
    "North Atlantic Treaty Organisation": "NATO",
    "European Union": "EU",
    "United Nations": "UN",
    "U.N.": "UN",
    "Agence France-Presse": "AFP",
    "Agence France Presse": "AFP",
    "Associated Press": "AP",
    "The Associated Press": "AP",
    "The New York Times": "New York Times",
    "NYT": "New York Times",
    "The Washington Post": "Washington Post",
    "The Wall Street Journal": "Wall Street Journal",
    "WSJ": "Wall Street Journal",
    "The Guardian": "Guardian",
    "Department of Defense": "Pentagon",
    "US Department of Defense": "Pentagon",
    "U.S. Department of Defense": "Pentagon",
    "Defense Department": "Pentagon",
    "State Department": "US State Department",
    "U.S. State Department": "US State Department",
    "Federal Security Service": "FSB",
    "Security Service of Ukraine": "SBU",
    "Al-Qaeda": "Al Qaeda",
    "Al Qaida": "Al Qaeda",
    "Al-Qaida": "Al Qaeda",
    "Al-Shabaab": "Al Shabaab",
    # (more spellings: English ``[entities] organisation_aliases``)
    **{str(k): str(v) for k, v in _EN.table("entities", "organisation_aliases").items()},
}

#: Organisations known by one name (canonical as written).
ORGANISATIONS: frozenset[str] = frozenset(
    {
        "NATO", "EU", "UN", "OSCE", "IAEA", "IMF", "WHO", "WTO", "G7", "G20", "BRICS", "OPEC",
        "World Bank", "Red Cross", "Pentagon", "Kremlin", "White House", "Congress", "Senate",
        "Verkhovna Rada", "Rada", "Duma", "Bundestag", "Downing Street", "Elysee", "Élysée",
        "US State Department", "CIA", "FBI", "NSA", "FSB", "SBU", "GRU", "KGB", "Hamas",
        "Hezbollah", "Taliban", "Wagner", "AFP", "AP", "Reuters", "CNN", "MSNBC", "BBC", "NBC",
        "CBS", "ABC News", "Fox News", "Axios", "Bloomberg", "Politico", "Al Jazeera", "TASS",
        "RIA Novosti", "Interfax", "Ukrinform", "Kyiv Independent", "ZeroHedge", "McClatchy",
        "New York Times", "Washington Post", "Wall Street Journal", "Guardian",
        "Financial Times", "Economist", "Newsmax", "Xinhua", "Anadolu", "Pravda", "Izvestia",
        "The Hill", "Dow Jones", "Hang Seng", "Nasdaq", "Nikkei", "FTSE", "Euronext",
        "Treasury", "Scotland Yard", "Al Qaeda", "Al Shabaab", "Al Arabiya",
        # (companies, leagues and parties: English ``[entities] organisations``)
    }
) | _written("organisations") | _written("acronym_organisations")  # fmt: skip

#: Organisations that are alliances (what ``the alliance`` can refer to).
ALLIANCES: frozenset[str] = frozenset({"NATO", "EU", "BRICS", "OSCE", "G7", "G20", "AUKUS"})

#: Last words that make a capitalised run an organisation (``Middlebury College``).
ORGANISATION_HEADS: frozenset[str] = frozenset(
    {
        "Organization", "Organisation", "Ministry", "Department", "Council", "Agency",
        "Institute", "College", "University", "Center", "Centre", "Committee", "Commission",
        "Forces", "Army", "Navy", "Parliament", "Party", "Bank", "Fund", "Union", "Company",
        "Corporation", "Corp.", "Inc.", "LLC", "Ltd", "Group", "News", "Times", "Post",
        "Journal", "Observer", "Herald", "Tribune", "Telegraph", "Service", "Administration",
        "Alliance", "Court", "Assembly", "Foundation", "Association", "Board", "Bureau",
        "Guard", "Media", "Network", "Office", "Cabinet", "Government", "Police", "Airlines",
        "Command", "Staff", "Directorate", "Brigade", "Battalion", "Regiment", "Force",
        "Airways", "Aircraft", "Airplanes", "Aerospace", "Systems", "Motors", "Industries",
        "Holdings", "Technologies", "Electronics", "Communications", "Telecom",
        "Pharmaceuticals", "Laboratories", "Partners", "Capital", "Securities", "Research",
        "Brothers", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "LLP", "Inc",
        "Corp", "Ltd.", "Co.", "Exchange", "Reserve", "Authority", "Federation", "League",
        "Society", "Academy", "School", "Church", "Club", "FC", "Railways", "Railway", "Studios",
        "Records", "Magazine", "Gazette", "Broadcasting", "Television", "Radio", "Institution",
        "Coalition", "Movement", "Front", "Corps", "Hospital", "Trust", "Insurance", "Sports",
        # Company names' last words (``Apple Computer``, ``General Dynamics``, ``Ford Motor``)
        "Computer", "Computers", "Software", "Motor", "Dynamics", "Electric", "Pictures",
        "Entertainment", "Instruments", "Semiconductor", "Semiconductors", "Automotive",
        "Chemicals", "Networks", "Petroleum", "Enterprises", "Ventures", "Investments",
        "Bancorp", "Brands", "Stores", "Foods", "Logistics", "International", "Treasury",
        # (newspapers' and more: English ``[entities] organisation_heads``)
    }
) | _written("organisation_heads") | _written("institution_heads")  # fmt: skip

#: Organisation heads that only companies end with: right after a title word they make a
#: company of it (``General Motors``, ``General Electric``, ``Prime Computer``), where a
#: title before a name otherwise makes a person's role.
COMPANY_HEADS: frozenset[str] = _capitalised("company_heads")

#: Heads besides :data:`COMPANY_HEADS` that a company's name is written again without
#: (``Mercy Ridge Health System`` ... ``Mercy Ridge said``).
SHORT_FORM_HEADS: frozenset[str] = _capitalised("short_form_heads")

#: Bodies that a country's name before them makes one organisation with (``US Senate``,
#: ``U.S. Treasury``, ``UK Parliament``); other organisations stay apart from the place.
NATIONAL_BODIES: frozenset[str] = frozenset(
    {"Senate", "Congress", "Treasury", "Parliament", "Army", "Navy", "Air Force",
     "Coast Guard", "Marine Corps", "Supreme Court", "Government", "Cabinet"}
)  # fmt: skip

#: First words that, before a place, make an airline or a club (``Air Canada``, ``Real
#: Madrid``, ``Inter Milan``, ``FC Barcelona``), not a person or the place.
PLACE_ORGANISATION_LEADS: frozenset[str] = _written("place_organisation_leads")

#: Words before a place that name a part of it (``Greater Manchester``, ``Southwest
#: Virginia``, ``Metro Manila``), and political adjectives (``Republican U.S. senator``): not a
#: club or a company there.
PLACE_MODIFIERS: frozenset[str] = _capitalised("place_modifiers")

#: Last words that, after a place, make a club (``Manchester United``, ``Blackburn Rovers``).
PLACE_ORGANISATION_TAILS: frozenset[str] = _written("place_organisation_tails")

#: Capitalised role words and titles that precede (or follow) a person's name.
ROLE_WORDS: frozenset[str] = _written("role_words")

#: Party labels written before a person's name like a title (``Democrat Marisol Okafor-Dunne``).
NAME_LABELS: frozenset[str] = _written("name_labels")

#: Endings of a plural noun (``Senators``: a role word's plural).
PLURAL_ENDINGS: frozenset[str] = _written("plural_ending")

#: Honorifics that are also given names: a title only before two name words (``Nana Kwame
#: Boateng``), a first name before one (``Nana Osei``).
GIVEN_NAME_TITLES: frozenset[str] = _written("given_name_titles")
#: Ranks in initials, titles only right before a name (``DI Fairbrother``; ``(DI)`` alone is a
#: body's acronym).
RANK_INITIALS: frozenset[str] = _written("rank_initials")

#: Titles that on their own show the next name is a person.
HONORIFICS: frozenset[str] = _written("honorifics")

#: Lower-case nouns naming a person by role (``the spokeswoman``, ``a senior official``).
PERSON_ROLE_NOUNS: frozenset[str] = _written("person_role_nouns")

#: Lower-case nouns naming an organisation (``the alliance said``).
ORGANISATION_ROLE_NOUNS: frozenset[str] = _written("organisation_role_nouns")

#: Role nouns that tell a person's gender.
FEMALE_NOUNS: frozenset[str] = _written("female_nouns")
MALE_NOUNS: frozenset[str] = _written("male_nouns")

#: Roles that can refer to each other (``the spokeswoman`` is the ``Press Secretary``).
ROLE_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(str(family).lower().split())
    for family in _EN.sections.get("entities", {}).get("role_families", ())
)

#: Adjectives of nationality and direction: not places (``Russian`` is not ``Russia``).
DEMONYMS: frozenset[str] = _written("demonyms")

#: Capitalised particles inside a person's name (``Roberto De Zerbi``, ``Ursula Von der Leyen``).
NAME_PARTICLES: frozenset[str] = _written("name_particles")


@cache
def name_particles(code: str | None) -> frozenset[str]:
    """The particles of names, folded, in a document in language ``code``: any language's
    (:data:`NAME_PARTICLES`) and ``code``'s own, its ``[bylines] name_particles`` (French
    ``des``, Spanish ``los``)."""
    own = language(code).words("bylines", "name_particles") if code else frozenset()
    return frozenset(fold(word) for word in NAME_PARTICLES | own)


#: Particles that, in lower case inside a capitalised run, show a person's name (``van``).
PERSON_PARTICLES: frozenset[str] = _written("person_particles")

#: Words linking a title to what it is of or for (``Minister for Housing``).
TITLE_LINKS: frozenset[str] = _written("title_links")

#: Words that join capitalised words inside one name (``Ministry of Defense``).
CONNECTORS: frozenset[str] = _written("connectors")

#: Connectors read in English text only (``dos Santos``; German ``das`` is an article).
ENGLISH_CONNECTORS: frozenset[str] = _written("english_connectors")

#: Particles joining a person's name only after a first name or a title (``Ortega y Gasset``).
NAME_ONLY_CONNECTORS: frozenset[str] = _written("name_only_connectors")

#: Calendar words: dates' business, never names on their own. English months (with
#: abbreviations) and full weekday names from the language home, the tables the dates annotator
#: reads too; weekday abbreviations are left out (``Sun``, ``Sat`` and ``Wed`` are names and words).
CALENDAR: frozenset[str] = frozenset(
    {
        *(name.capitalize() for name in language("en").all_months),
        *(name.capitalize() for name in language("en").weekdays),
        "Christmas",
        "Easter",
    }
)

#: Date-line labels of one word (``Published``, ``Updated``): page furniture, never a name's
#: word (a byline glued to its date line, ``Ana Ruiz Published December 3``, is ``Ana Ruiz``).
DATE_LABELS: frozenset[str] = frozenset(
    label.capitalize() for label in language("en").date_labels if " " not in label
)

#: Month abbreviations that are first names when a surname follows (``Jan Egeland``; a date
#: writes ``Jan. 5`` or ``Jan 5``).
CALENDAR_FIRST_NAMES: frozenset[str] = frozenset({"Jan"})

#: First names that English stop-word lists hold as words (``bill``; ``don`` of ``don't``):
#: capitalised, they are names (``Bill Jaynes``, ``Don Smith``).
STOPWORD_FIRST_NAMES: frozenset[str] = _capitalised("stopword_first_names")

#: Capitalised words that are never a first name, whatever the name dictionary says.
NOT_FIRST_NAMES: frozenset[str] = _written("not_first_names")


def fold(text: str) -> str:
    """``text`` lower-cased without diacritics, for comparing spellings."""
    if text.isascii():
        return text.lower()  # nothing to decompose (most names): same answer, far cheaper
    return unaccented(text, compatibility=True).lower()


def unaccented(text: str, *, compatibility: bool = False) -> str:
    """``text`` without its diacritics, case kept (``Cádiz`` -> ``Cadiz``); with
    ``compatibility`` its compatibility characters written plainly too (NFKD: ``ﬁ`` -> ``fi``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD" if compatibility else "NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _countries() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = getattr(country, "common_name", None) or country.name
        if "," in canonical:
            continue
        for name in (country.name, getattr(country, "official_name", None), canonical):
            if name and "," not in name:
                names[name] = PLACE_ALIASES.get(canonical, canonical)
    return names


@cache
def historic_country_names() -> dict[str, str]:
    """Names of countries that no longer exist (ISO 3166-3, pycountry), as older news writes
    them (``Zaire``, ``Yugoslavia``, ``USSR``; ``Union of Soviet Socialist Republics``) -> the
    short name. Read by the evidence pass only (the chunker's gazetteer is the ISO 3166-1
    one). Names with brackets, ``France, Metropolitan``, inverted forms (``Republic of``) and
    the names of places that still exist (``Yemen``, ``Burma``) are left out."""
    import pycountry

    known = place_names()
    left_out = frozenset(
        str(name) for name in _EN.sections.get("entities", {}).get("not_historic_places", ())
    )
    # (``[entities] of_links`` ending a name: ``Republic of``, the inverted form's half)
    of_endings = tuple(f" {word}" for word in sorted(_EN.words("entities", "of_links")))
    names: dict[str, str] = {}
    for country in pycountry.historic_countries:
        short, _, long = country.name.partition(", ")
        # ``France, Metropolitan``: the part after the comma qualifies a place that exists.
        if short in known:
            continue
        short = _SSR.sub(" SSR", short)  # ``Byelorussian SSR Soviet Socialist Republic``
        for name in (short, long):
            if (
                name
                and not any(mark in name for mark in ",()")
                and not name.endswith(of_endings)
                and name not in known
                and name not in left_out
            ):
                names[name] = short
    return names


#: A Soviet republic's name written twice (``Byelorussian SSR Soviet Socialist Republic``).
_SSR = re.compile(r" SSR\b.*")


#: CLDR territory codes that are not places (``EU`` is an organisation here).
_NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "001"})


@cache
def territories(code: str) -> dict[str, str]:
    """CLDR's territory and region names in language ``code`` (babel) -> canonical English
    name (``Allemagne`` -> ``Germany``; ``Southeast Asia``, ``Kosovo``). Names with commas,
    brackets or ``&`` are left out; CLDR has no UK nations (``PLACES`` lists them)."""
    import babel

    english = babel.Locale.parse("en").territories
    try:
        names = babel.Locale.parse(code).territories
    except (ValueError, babel.UnknownLocaleError):
        return {}
    out: dict[str, str] = {}
    by_code = {c.alpha_2: PLACE_ALIASES.get(n, n) for c, n in _pycountry_names() if "(" not in n}
    for key, name in names.items():
        if key in _NOT_TERRITORIES or key not in english or not name[:1].isupper():
            continue
        if any(ch in name for ch in ",()&") or " - " in name or "SAR" in name:
            continue
        out[name] = by_code.get(key) or PLACE_ALIASES.get(english[key], english[key])
    return out


@cache
def _pycountry_names() -> tuple[tuple[Country, str], ...]:
    import pycountry

    return tuple(
        (c, getattr(c, "common_name", None) or c.name)
        for c in pycountry.countries
        if "," not in (getattr(c, "common_name", None) or c.name)
    )


#: Countries whose first-level divisions news names as places (``Ontario``, ``Queensland``,
#: ``Kerala``): English names in ISO 3166-2 (pycountry).
_SUBDIVIDED = ("US", "CA", "AU", "IN")
#: Divisions named like a person more often than the place (``Victoria``).
_NOT_SUBDIVISIONS = frozenset({"Victoria"})


@cache
def _subdivisions() -> dict[str, str]:
    """States, provinces and territories of :data:`_SUBDIVIDED` -> their names, written
    without diacritics (``Karnātaka`` -> ``Karnataka``) as English news writes them."""
    import pycountry

    names: dict[str, str] = {}
    for code in _SUBDIVIDED:
        for division in pycountry.subdivisions.get(country_code=code) or ():
            plain = unaccented(division.name, compatibility=True)
            if "," not in plain and plain not in _NOT_SUBDIVISIONS:
                names[plain] = plain
    return names


def subdivision_names() -> dict[str, str]:
    """The states, provinces and territories news names as places (``Ontario``, ``Kerala``)."""
    return _subdivisions()


#: Kinds of first-level divisions (ISO 3166-2, pycountry) that news names as places
#: (``Lang Son``, ``Jonglei``, ``Muchinga``); not municipalities, districts, parishes or
#: departments, named as often like words or companies (``Meta``).
_DIVISION_KINDS = frozenset(
    {"State", "Province", "Region", "Governorate", "Prefecture", "Autonomous region",
     "Autonomous republic", "Autonomous province", "Republic", "Territory"}
)  # fmt: skip
#: The fewest divisions of one country whose names share a last word for it to be the kind's
#: own word (``Sichuan Sheng``, ``Gansu Sheng``: ``Sheng`` is "province"), and the share of
#: them it must end besides (more than half: India's five ``Pradesh`` of 28 and Thailand's five
#: ``Buri`` of 76 are their names' own words, ``Uttar Pradesh``, ``Sing Buri``).
_GENERIC_SHARE = 5
_GENERIC_FRACTION = 0.5


@cache
def world_divisions() -> dict[str, str]:
    """First-level divisions of every country (ISO 3166-2, pycountry) of the kinds news names
    (:data:`_DIVISION_KINDS`) -> their names, written without diacritics (``Bắc Kạn`` -> ``Bac
    Kan``) and without the word a country's divisions all end with (``Sichuan Sheng`` ->
    ``Sichuan``). Names that are words of a place's part or a nationality (Ghana's
    ``Central``, ``Western``) are left out. A weak source: for names nothing else types."""
    import pycountry

    names: dict[str, str] = {}
    left_out = PLACE_MODIFIERS | DEMONYMS
    for country in pycountry.countries:
        divisions = [
            unaccented(d.name, compatibility=True)
            for d in pycountry.subdivisions.get(country_code=country.alpha_2) or ()
            if d.parent_code is None and d.type in _DIVISION_KINDS
        ]
        lasts = Counter(name.rsplit(" ", 1)[-1] for name in divisions if " " in name)
        generic = {
            word
            for word, count in lasts.items()
            if count >= _GENERIC_SHARE and count > _GENERIC_FRACTION * len(divisions)
        }
        for name in divisions:
            head, _, last = name.rpartition(" ")
            if head and last in generic:
                name = head
            if "," not in name and "(" not in name and name not in left_out:
                names[name] = name
    return names


def country_names() -> dict[str, str]:
    """Country names (ISO 3166, pycountry) -> their canonical names."""
    return _countries()


@cache
def place_names() -> dict[str, str]:
    """Every place spelling this module knows -> its canonical name."""
    names = dict(territories("en"))
    names.update(_subdivisions())
    names.update(_countries())
    names.update({place: place for place in PLACES})
    names.update(PLACE_ALIASES)
    for alias, canonical in PLACE_ALIASES.items():
        names.setdefault(canonical, canonical)
        names[alias] = canonical
    return names


#: The fewest letters of an acronym also known written as a word.
_WORD_ACRONYM = 4


@cache
def organisation_names() -> dict[str, str]:
    """Every organisation spelling this module knows -> its canonical name."""
    names = {name: name for name in ORGANISATIONS}
    # ``Nato``, ``Fifa``, ``Unicef``: an acronym of four letters or more written as a word (a
    # shorter one so written is a word or a name: ``Who``, ``Ira``).
    names.update(
        (name.capitalize(), name)
        for name in ORGANISATIONS
        if len(name) >= _WORD_ACRONYM and name.isalpha() and name.isupper()
    )
    names.update(ORGANISATION_ALIASES)
    return names


@cache
def _gender_detector() -> Any:  # gender-guesser ships no type hints
    return gender_detector()


def first_name_gender(word: str) -> str | None:
    """``female``, ``male`` or ``unknown`` for a first name; ``None`` when it is not one
    (remembered when short: the same names are asked about in every article, by the chunker,
    merging and the quote annotator, and gender-guesser's answer is worked out anew each time;
    a long word is not a first name worth remembering, and would outlive its article)."""
    return _first_name_gender(word) if len(word) <= 64 else _first_name_gender.__wrapped__(word)


@lru_cache(maxsize=1 << 14)
def _first_name_gender(word: str) -> str | None:
    """:func:`first_name_gender`, remembered."""
    if word in NOT_FIRST_NAMES or word in CALENDAR or not word[:1].isupper() or len(word) < 2:
        return None
    detector = _gender_detector()
    guess = detector.get_gender(word)
    if guess == "unknown" and (plain := _plain_initial(word)) is not None:
        # gender-guesser's table writes most names' accented capital plain (``Emile``,
        # ``Elisabeth``, ``Ursula``, ``Igor``): the name opening a sentence was missed.
        return _first_name_gender(plain)
    if guess == "unknown" and "-" in word:
        # ``Hans-Dietrich``, ``Mary-Kate``: a first name of two first names (both, so that
        # ``Mercedes-Benz`` is none) is one, of its first part's gender.
        first, _, second = word.partition("-")
        if first and "-" not in second and second[:1].isupper():
            found = _first_name_gender(first)
            return found if found is not None and _first_name_gender(second) else None
    if guess in ("female", "male") and _ambiguous(detector.names.get(word.lower(), {})):
        return "unknown"  # ``Michele``, ``Andrea``: female in one country, male in another
    if guess == "female":
        return "female"
    if guess == "male":
        return "male"
    if guess in ("andy", "mostly_female", "mostly_male"):
        return "unknown"  # ``Taylor``, ``Kim``: a pronoun may point either way
    return None


def calendar_first_name(word: str) -> str | None:
    """The gender (``unknown`` for either) of the calendar word ``word`` (``August``, ``May``,
    ``Jan``) as a first name of the name table, which :func:`first_name_gender` never reads it
    as; ``None`` when the table holds no such name. A title before it, or a language whose
    dates do not write it so, tells which it is (``Polizeisprecher August Berger``)."""
    if not word[:1].isupper() or word in NOT_FIRST_NAMES:
        return None
    guess = _gender_detector().get_gender(word)
    if guess in ("female", "male"):
        return str(guess)
    return "unknown" if guess in ("andy", "mostly_female", "mostly_male") else None


#: The combining diaeresis: ``Ä``, ``Ö``, ``Ü`` are letters of their own, not an accented
#: ``A``/``O``/``U`` (``Özlem`` and ``Ümit`` stand in the name table as written).
_DIAERESIS = "\u0308"


def _plain_initial(word: str) -> str | None:
    """``word`` with its accented first capital written plain (``Émile`` -> ``Emile``,
    ``Úrsula`` -> ``Ursula``); ``None`` when that letter has no accent to drop, is one with a
    diaeresis, or the word is too short to be a name rather than a word (``Él``)."""
    if len(word) < 3 or word[0].isascii():
        return None
    decomposed = unicodedata.normalize("NFD", word[0])
    if len(decomposed) < 2 or not decomposed[0].isascii() or _DIAERESIS in decomposed:
        return None
    return decomposed[0] + word[1:]


def _first_name_as_spelt(word: str) -> bool:
    """Whether ``word`` is a first name with its first capital as written: a territory whose
    accent dropped is a name (Portuguese ``Índia``, Turkish ``İran``) is still a place."""
    if first_name_gender(word) is None:
        return False
    return _plain_initial(word) is None or _gender_detector().get_gender(word) != "unknown"


#: A first name whose other gender has at least this share of its weight has no gender.
_AMBIGUOUS_SHARE = 0.3


def _ambiguous(countries: dict[str, str]) -> bool:
    """Whether gender-guesser's per-country frequencies (one hex digit per country) give a
    name to both genders in strength: ``Michele`` is Italian for a man, English for a woman."""
    weight = {"male": 0, "female": 0}
    for label, digits in countries.items():
        side = "male" if "male" in label and "female" not in label else "female"
        if label == "andy":
            continue
        weight[side] += sum(int(c, 16) for c in digits if c.strip() and c in "0123456789ABCDEF")
    total = weight["male"] + weight["female"]
    return total > 0 and min(weight.values()) / total >= _AMBIGUOUS_SHARE


def role_family(word: str) -> frozenset[str]:
    """The role words that can stand for ``word`` (itself when it has no family)."""
    lower = word.lower()
    family: set[str] = {lower}
    for group in ROLE_FAMILIES:
        if lower in group:
            family |= group
    return frozenset(family)


# -- other languages ------------------------------------------------------------------------------
#
# English keeps the hand tables above, exactly as they were. Every other language reads its words
# from the language home (``languages/data/<code>.toml``): ``[people] titles/honorifics`` and the
# ``[entities]`` section (connectors, organisation heads and leads, demonyms, words never in a
# name, case endings of names, and ``places``/``organisations`` tables mapping a spelling in the
# language's script to the canonical name). Canonical names are the English gazetteer's (``Київ``
# and ``Киев`` -> ``Kyiv``, ``НАТО`` and ``OTAN`` -> ``NATO``) so the same place named in two
# languages is one entity in a multilingual briefing; people keep their own spelling.

#: Cyrillic -> Latin, enough to ask the (Latin-script) first-name dictionary about ``Андрій``.
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
        "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ё": "e", "ы": "y",
        "э": "e", "ъ": "", "'": "", "’": "",
    }
)  # fmt: skip
#: Russian reads ``г`` as g and ``и`` as i (Ukrainian: h and y).
_TRANSLIT_RU = str.maketrans({"г": "g", "и": "i", "й": "y"})


@attrs.frozen
class Profile:
    """What the chunker and merger know about names in one language (not English)."""

    code: str
    #: Lower-case titles and roles (``президент``, ``ministre``) and their stems.
    roles: frozenset[str]
    role_stems: frozenset[str]
    #: Lower-case honorifics (``herr``, ``пан``): the next name is a person.
    honorifics: frozenset[str]
    #: Titles that tell a gender (``präsidentin``, ``ministra``).
    female_roles: frozenset[str]
    #: Lower-case words allowed inside a name between capitalised ones (``de``, ``von``, ``дель``).
    connectors: frozenset[str]
    #: Lower-case last words of an organisation name (``Deutsche Bank``, ``Airlines``).
    org_heads: frozenset[str]
    #: Lower-case first words of an organisation name written head first (``Ministerio de
    #: Defensa``, ``Міністерство оборони України``, ``Union européenne``).
    org_leads: frozenset[str]
    #: Lower-case heads among ``org_leads`` whose body may bear a person's name right after
    #: them (``Institut Jacques Delors``; not ``Parlement``: ``Au Parlement Jean Dupont a voté``).
    eponym_leads: frozenset[str]
    #: Lower-case nouns opening a body's name before a capitalised one (``ministère de la
    #: Défense``): there a role word is the name's (``organisation_nouns_before``).
    lower_leads: frozenset[str]
    #: Lower-case nationality words that are not places (``Ukrainer``, ``Américain``).
    demonyms: frozenset[str]
    #: Lower-case capitalised words never part of a name (``Laut``, ``Según``, sentence openers).
    not_names: frozenset[str]
    #: Case endings cut off before two spellings of a name are compared, longest first.
    name_endings: tuple[str, ...]
    #: A first name's case endings -> the endings of its nominative (``ії`` -> ``ія``: Наталії
    #: is Наталія; ``а`` -> nothing: Марка is Марк); empty where names take no case endings.
    first_name_cases: Mapping[str, tuple[str, ...]]
    #: Lower-case words never a first name though one is spelt like them: the language's stop
    #: words (``Але``, ``Pero``), its bodies named by a generic noun (``Рада``: a council) and
    #: its ``[entities] not_first_names``, less its ``[entities] stopword_first_names``.
    not_first_names: frozenset[str]
    #: Whether two or more unknown capitalised words in a row (not opening a sentence) are a
    #: name; German capitalises every noun and says no.
    name_runs: bool
    #: Whether a capitalised word right after a colon opens a sentence as a sentence's first
    #: word does (``[entities] colon_opens_sentence``: Russian and Ukrainian write lower case
    #: after a colon in running text, so a capital opens a headline or a quote there:
    #: ``Читайте також: Мерія ...``).
    colon_opens_sentence: bool
    #: Lower-case definite articles (its ``[quotes] definite_articles``: ``der``, ``la``): after
    #: a role they open what the role is of (``Sprecher der Polizei``), not a name.
    articles: frozenset[str]
    #: Whether titles end compounds (German ``Verteidigungsminister``).
    compound_titles: bool
    #: Lower-case words a compound title may end with: the roles, and nouns of an office that
    #: tell one only at a compound's end (``[entities] compound_role_heads``: ``rat`` of
    #: ``Landrat``, too short to be read as a role at any word's end).
    compound_heads: frozenset[str]
    #: Lower-case parts of compounds of things that end as a role does (``[entities]
    #: not_compound_roles``: ``lautsprecher``): never a compound title.
    not_compound_roles: tuple[str, ...]
    #: Place and organisation spellings by lookup key (:meth:`key`) -> canonical name.
    places: Mapping[tuple[str, ...], str]
    organisations: Mapping[tuple[str, ...], str]
    #: The places' one-word spellings as written, folded (``martinique``): a first name is a
    #: place only when spelt as one, not when its stem is a place's (``Martin``).
    place_words: AbstractSet[str]

    def key(self, phrase: str) -> tuple[str, ...]:
        """Lookup key of a place or organisation spelling: each word stemmed and folded, so
        ``Москве`` finds ``Москва`` and ``Bruselas`` needs no accent."""
        stem = language(self.code).stem
        return tuple(fold(stem(word.lower())) for word in phrase.replace("’", "'").split())

    def place(self, phrase: str) -> str | None:
        """The canonical place ``phrase`` names in any case form (by :meth:`key`); ``None`` for
        one word that is a first name spelt as no place is (``Martin``: its stem is that of
        ``Martinique``; ``Герман``, ``Германия``)."""
        found = self.places.get(self.key(phrase))
        if found is not None and " " not in phrase and not _spelt_as_place(phrase, self):
            found = None  # a surname of the place's stem: ``Францев``, ``Китаев``, ``Перов``
        if found is None and " " not in phrase and self.name_endings:
            found = _case_form_of_place(fold(phrase), self.code) or self._nominative_place(phrase)
        if (
            found is not None
            and " " not in phrase
            and fold(phrase) not in self.place_words
            and first_name_gender_in(phrase, self) is not None
        ):
            return None
        return found

    def _nominative_place(self, word: str) -> str | None:
        """The place the dictionary reads the one word ``word`` as a case form of, where its
        stem is not the nominative's (``Египта``: ``Египет``, whose vowel drops; ``Китая``:
        ``Китай``), itself a place's spelling (not ``Чехов``, whose stem is ``Чехия``'s)."""
        for nominative in noun_nominatives(word, self.code):
            if nominative != word and fold(nominative) in self.place_words:
                return self.places.get(self.key(nominative))
        return None

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a title or role in any inflected form (``секретарем``)."""
        lower = word.lower()
        if lower in self.roles or lower in self.honorifics:
            return True
        if language(self.code).stem(lower) in self.role_stems:
            return True
        return self.compound_role(lower)

    def compound_role(self, word: str) -> bool:
        """Whether ``word`` is a compound ending in a title or role, in a language that joins
        nouns into compounds (``compound_titles``): ``Polizeisprecher``, ``FH-Präsident``, in
        any case form the role's stem allows (``Polizeisprechers``, ``Vereinsvorsitzenden``).
        Like the title itself, it makes the name after it a person's."""
        if not self.compound_titles:
            return False
        lower = word.lower()
        if any(thing in lower for thing in self.not_compound_roles):
            return False  # ``Lautsprecher``, ``Bluetooth-Lautsprechers``
        return any(
            lower.endswith(head) and len(lower) > len(head) + 2 for head in self.compound_heads
        ) or _inflected_compound_role(lower, self.code)

    def name_stem(self, word: str) -> str:
        """``word`` folded with its case ending cut (``Зеленського`` -> ``зеленськ``)."""
        lower = word.lower().replace("’", "'")
        for ending in self.name_endings:
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                lower = lower[: -len(ending)]
                break
        return fold(lower)

    def gender(self, word: str) -> str | None:
        """``female``/``male`` when a title tells (``Präsidentin``, ``ministra``)."""
        lower = word.lower()
        if lower in self.female_roles:
            return "female"
        return None


#: The most letters a case ending adds to a role at a compound's end (``-s``, ``-en``).
_COMPOUND_CASE_ENDING = 2
#: The fewest letters of the word a role is joined to (``FH-`` of ``FH-Präsident``).
_COMPOUND_LEAD = 3


@lru_cache(maxsize=1 << 14)
def _inflected_compound_role(lower: str, code: str) -> bool:
    """Whether ``lower`` is a compound whose last part is a role with a case ending of at most
    :data:`_COMPOUND_CASE_ENDING` letters, which the role's stem confirms (``sprechers`` of
    ``sprecher``; not ``unterricht``: no role is written whole in it)."""
    prof = profile(code)
    if prof is None:
        return False
    stem = language(code).stem
    for cut in range(1, _COMPOUND_CASE_ENDING + 1):
        head = lower[:-cut]
        for role in prof.compound_heads:
            if (
                head.endswith(role)
                and len(head) - len(role) >= _COMPOUND_LEAD
                and stem(lower[len(head) - len(role) :]) == stem(role)
            ):
                return True
    return False


@cache
def profile(code: str | None) -> Profile | None:
    """The name knowledge of ``code``; ``None`` for English and unknown languages (the English
    tables above apply)."""
    code = normalize(code)
    if code in ("en", "und"):
        return None
    lang = language(code)
    listed = lang.titles | lang.words("entities", "roles")
    # (a woman's title the lists leave to the dictionary: ``заступниця`` of ``заступник``)
    feminine = feminine_forms(listed, code)
    roles = listed | feminine
    stem = lang.stem
    connectors = {
        word for phrase in lang.words("entities", "connectors") for word in phrase.split()
    }
    places: dict[tuple[str, ...], str] = {}
    organisations: dict[tuple[str, ...], str] = {}
    place_words: set[str] = set()
    made = Profile(
        code=code,
        roles=frozenset(roles),
        # (a stem of two letters is the role's no more: ``аким`` stems to ``ак``, the ``Ак`` of
        # ``Ак Жол``; the word stands for its stem, as its cases stem to it, ``акима``)
        role_stems=frozenset(
            stem(role) if len(stem(role)) > 2 else role for role in roles if len(role) > 3
        ),
        # (``г-н``: abbreviated honorifics the titles section leaves out)
        honorifics=lang.honorifics | lang.words("entities", "honorifics"),
        female_roles=lang.words("entities", "female_roles")
        | feminine
        | frozenset(role for role in listed if is_woman(role, code)),
        connectors=frozenset(connectors),
        org_heads=lang.words("entities", "org_heads"),
        org_leads=lang.words("entities", "org_leads"),
        eponym_leads=lang.words("entities", "eponym_leads"),
        lower_leads=lang.words("entities", "organisation_nouns_before"),
        demonyms=lang.words("entities", "demonyms"),
        # (date-line labels too: page furniture is no name's word)
        not_names=lang.words("entities", "not_names")
        | lang.speech_verbs
        | frozenset(label for label in lang.date_labels if " " not in label),
        name_endings=tuple(
            sorted(lang.words("entities", "name_endings"), key=lambda e: (-len(e), e))
        ),
        first_name_cases={
            str(ending): tuple(str(n) for n in nominatives)
            for ending, nominatives in lang.table("entities", "first_name_cases").items()
        },
        # (a body named by a generic noun is no first name either: ``Рада``; nor is a body's
        # noun before its place, ``Мэрия Новосибирска``, whose stem the dictionary holds)
        not_first_names=(
            lang.stopwords
            | lang.words("entities", "not_first_names")
            | lang.words("entities", "organisation_words")
            | lang.words("entities", "organisation_of_place")
        )
        - lang.words("entities", "stopword_first_names"),
        name_runs=bool(lang.sections.get("entities", {}).get("name_runs", True)),
        colon_opens_sentence=bool(
            lang.sections.get("entities", {}).get("colon_opens_sentence", False)
        ),
        articles=lang.words("quotes", "definite_articles"),
        compound_titles=bool(lang.sections.get("entities", {}).get("compound_titles", False)),
        compound_heads=frozenset(roles) | lang.words("entities", "compound_role_heads"),
        not_compound_roles=tuple(sorted(lang.words("entities", "not_compound_roles"))),
        places=places,
        organisations=organisations,
        place_words=place_words,
    )
    # The tables are filled after ``made`` exists: keys come from its own :meth:`key`.
    # CLDR's territory names first (``Allemagne``, ``Німеччина``); a name that is also a first
    # name (French ``Maurice`` is Mauritius) is left to the data file.
    for spelling, canonical in territories(code).items():
        if len(spelling) > 3 and not _first_name_as_spelt(spelling):
            places.setdefault(made.key(spelling), canonical)
            place_words.add(fold(spelling))
    # The first-level divisions of the countries whose news the language writes most, in
    # their own languages (``Bayern``, ``Tirol``, ``Zürich``: ``[entities] divisions``).
    left_out = lang.words("entities", "not_divisions") | made.not_first_names
    for spelling in _divisions(lang.words("entities", "divisions")):
        if len(spelling) > 3 and fold(spelling) not in left_out:
            places.setdefault(made.key(spelling), spelling)
            place_words.add(fold(spelling))
    # The divisions named with their generic noun (``Región de Murcia``, ``Comunidad
    # Valenciana``, ``Région de Bruxelles-Capitale``) of the countries it writes about most:
    # that noun makes them places wherever they stand.
    for spelling in _generic_divisions(lang.words("entities", "subdivided_countries")):
        places.setdefault(made.key(spelling), spelling)
    for spelling, canonical in lang.table("entities", "places").items():
        places[made.key(str(spelling))] = str(canonical)
        place_words.add(fold(str(spelling)))
    for spelling, canonical in lang.table("entities", "organisations").items():
        organisations[made.key(str(spelling))] = str(canonical)
    return made


def _divisions(countries: frozenset[str]) -> list[str]:
    """The names of the first-level divisions (ISO 3166-2, pycountry) of ``countries``
    (upper-case codes, any case here), as each country writes them; none with a comma."""
    import pycountry

    names = []
    for country in sorted(c.upper() for c in countries):
        for division in pycountry.subdivisions.get(country_code=country) or ():
            if division.parent_code is None and "," not in division.name:
                names.append(division.name)
    return names


def _generic_divisions(countries: frozenset[str]) -> list[str]:
    """The names of the divisions (ISO 3166-2, pycountry) of ``countries`` that ISO writes with
    their generic noun after a comma (``Murcia, Región de``, ``Valenciana, Comunidad``), in
    their running order (``Región de Murcia``, ``Comunidad Valenciana``)."""
    import pycountry

    names = []
    for country in sorted(c.upper() for c in countries):
        for division in pycountry.subdivisions.get(country_code=country) or ():
            name = re.sub(r"\s*[\[(][^\])]*[\])]", "", division.name)
            own, comma, generic = name.partition(", ")
            # (a generic noun, or one and its connector: not ``San Andrés, Providencia y
            # Santa Catalina``, a list of islands)
            last = generic.rsplit(" ", 1)[-1]
            if comma and generic and (" " not in generic or last.islower()) and "," not in generic:
                names.append(f"{generic[:1].upper()}{generic[1:]} {own}")
    return names


def first_name_gender_in(word: str, prof: Profile | None) -> str | None:
    """:func:`first_name_gender` in the language of ``prof``: never for one of its stop words or
    common nouns (a sentence's first word: ``Pero``, ``Але``); Cyrillic names transliterated in
    their nominative (:func:`_cyrillic_first_name`), hyphenated ones tried by their first part
    (``Jean-Noël``)."""
    if prof is None or not word[:1].isupper():
        return first_name_gender(word)
    if word.lower() in prof.not_first_names:
        return None
    if (plain := _plain_initial(word)) is not None and plain.lower() in prof.not_first_names:
        return None  # ``Ése`` as ``ese``: the plain spelling the name table knows is a word
    found = first_name_gender(word)
    if found is not None:
        return found
    if any("\u0400" <= c <= "\u04ff" for c in word):
        # (``Євген``, ``Остап``: no transliteration the name table knows; the language's
        # dictionary reads them as first names)
        return _cyrillic_first_name(word, prof.code) or first_name_gender_of(word, prof.code)
    if "-" in word and (first := word.split("-")[0]) != word:
        # (its first part is read as a word of its own: ``Île`` of ``Île-de-France`` is a
        # common noun, though its plain spelling ``Ile`` is a first name)
        return first_name_gender_in(first, prof)
    return None


def nominative_person(name: str, code: str | None) -> str | None:
    """A person's ``name`` in the nominative by the analyser of language ``code``
    (:func:`~newsbrief.languages.morphology.nominative_name`), a form both a man's and a
    woman's name may be read as taken by the gender the first name's commoner reading tells
    (``Алину Веденееву``: Алина's accusative, not Алин's dative)."""
    words = name.split()
    prof = profile(code) if code and words else None
    told = first_name_gender_in(words[0], prof) if prof is not None else None
    return nominative_name(name, code, told if told in ("female", "male") else None)


def first_name_as_written_in(word: str, prof: Profile | None) -> str | None:
    """:func:`first_name_gender_in` without a case ending put back: whether ``word`` is a first
    name as the text writes it (``София``, not ``Софии``). A town's case form asks this, since
    the town's nominative has been asked about already and a lone first name in an oblique case
    is rarer in news than the town (``мэр Софии``, ``з Олександрії``)."""
    if prof is None or not prof.first_name_cases or not any("Ѐ" <= c <= "ӿ" for c in word):
        return first_name_gender_in(word, prof)
    if not word[:1].isupper() or word.lower() in prof.not_first_names:
        return None
    return _cyrillic_first_name(word, prof.code, as_written=True)


@lru_cache(maxsize=1 << 14)
def _cyrillic_first_name(word: str, code: str, as_written: bool = False) -> str | None:
    """The gender of a Cyrillic first name in language ``code``, by its nominative transliterated
    (``Марком`` -> ``Mark``, ``Наталії`` -> ``Nataliya``); of two readings the commoner name wins
    (``Дональда``: Donald's genitive, not the rare ``Donalda``). A place the language knows is no
    first name in any case (``Росії``, ``Франції``), though a word that is a name as written
    stays one when a place's stem is only one letter off its own (``Герман``, ``Германия``)."""
    prof = profile(code)
    place = _known_place(word, prof) if prof is not None else "exact"
    if prof is None or place == "exact":
        return None
    table = _TRANSLIT_RU if prof.code in ("ru", "bg") else None
    best: tuple[int, str] | None = None
    readings = _nominatives(word, prof)
    for nominative in readings[:1] if place or as_written else readings:
        latin = (nominative.translate(table) if table else nominative).translate(_TRANSLIT)
        found = first_name_gender(latin.capitalize()) if latin else None
        if found is not None:
            weight = _commonness(latin)
            if best is None or weight > best[0]:
                best = (weight, found)
    return best[1] if best else None


def _nominatives(word: str, prof: Profile) -> list[str]:
    """``word`` (lower case) and, after it, the nominatives its case endings may stand for: each
    ending of ``prof.first_name_cases`` it ends with, put back as its nominative endings (where
    the language has no such table, the word with its longest case ending cut)."""
    lower = word.lower().replace("’", "'")
    if not prof.first_name_cases:
        return [lower, prof.name_stem(word)]
    found = [lower]
    for ending, nominatives in prof.first_name_cases.items():
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            found.extend(stem + nominative for nominative in nominatives)
    return found


def _commonness(name: str) -> int:
    """How common the first name ``name`` is where it is commonest (gender-guesser's frequency
    digit, 1 to 13; 0 when it has none)."""
    entry = _gender_detector().names.get(name.lower(), {})
    return max(
        (int(c, 16) for digits in entry.values() for c in digits if c in "0123456789ABCDEF"),
        default=0,
    )


def _known_place(word: str, prof: Profile) -> str | None:
    """``exact`` when ``word``'s lookup key is a place of ``prof``'s tables, ``near`` when a
    one-word place's key is one last letter longer or shorter than its own (stems of one
    name's cases: ``росі`` of ``Росії``, ``рос`` of ``Росія``), else ``None``."""
    key = prof.key(word)
    if key in prof.places:
        # (a stem too short joins names that are no case forms of each other: ``Данила`` is
        # no ``Дания``, though both stem to ``дан``)
        lower = fold(word)
        spellings = _spellings_by_key(prof.code).get(key, ())
        if not spellings or any(_case_form(lower, s, prof.name_endings) for s in spellings):
            return "exact"
        return "near"
    if len(key) != 1:
        return None
    known, near = _one_word_places(prof.code)
    return "near" if (len(key[0]) >= 4 and key[0][:-1] in known) or key[0] in near else None


def _spelt_as_place(word: str, prof: Profile) -> bool:
    """Whether the one word ``word``, whose lookup key is a place's, is written as that place in
    some case: one of the place's spellings, or a case form of one (:func:`_case_form`) where
    the language has case endings. Stems are short enough to join a surname to a country
    (``Францев`` and ``Франция`` stem to ``франц``, ``Перов`` and ``Перу`` to ``пер``)."""
    lower = fold(word)
    if lower in prof.place_words:
        return True
    if not prof.name_endings:
        # (names take no case endings: the spelling itself, its genitive ``-s`` (``Bayerns``)
        # or a plural's dative; not an adjective of the same stem, ``Europäische``, ``Münchener``)
        return (lower.endswith("s") and lower[:-1] in prof.place_words) or (
            # (the dative plural: ``in den Niederlanden``)
            lower.endswith("en") and lower[:-1] in prof.place_words
        )
    spellings = _spellings_by_key(prof.code).get(prof.key(word), ())
    endings = _place_case_endings(prof.code)
    return not spellings or any(_case_form(lower, s, endings) for s in spellings)


@cache
def _place_case_endings(code: str) -> tuple[str, ...]:
    """The case endings a place's spelling may take in ``code``, folded: the names' endings and
    those a first name's case form ends with (``ией`` of ``Великобританией``)."""
    prof = profile(code)
    if prof is None:
        return ()
    return tuple({fold(e) for e in (*prof.name_endings, *prof.first_name_cases)})


def _case_form(word: str, spelling: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` may be a case form of ``spelling`` (both folded): it keeps all of the
    spelling but its last letter, and what follows is nothing or a case ending (``россии`` of
    ``россия``, ``ирана`` of ``иран``; not ``данила`` of ``дания``)."""
    pairs = zip(word, spelling, strict=False)
    shared = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(word), len(spelling)))
    rest = word[shared:]
    return shared >= len(spelling) - 1 and (not rest or rest in endings)


def _case_form_of_place(word: str, code: str) -> str | None:
    """The place whose one-word spelling ``word`` (folded) is a case form of, when their stems
    differ (``фінляндії`` of ``фінляндія``, ``росією`` of ``росія``): the spelling less its
    case ending, then another of the language's case endings."""
    bases = _place_bases(code)
    stopwords = language(code).stopwords
    for ending in (*_folded_endings(code), ""):
        base = word[: len(word) - len(ending)]
        # (a stop word's forms are no place's: ``Самое`` is no ``Самоа``, ``само`` being one)
        if word.endswith(ending) and (found := bases.get(base)) and base not in stopwords:
            return found if word not in stopwords else None
    return None


@cache
def _folded_endings(code: str) -> tuple[str, ...]:
    """The case endings of names in ``code``, folded as place spellings are (``ї`` is ``і``),
    longest first."""
    prof = profile(code)
    endings = {fold(e) for e in (prof.name_endings if prof else ())}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


@cache
def _place_bases(code: str) -> dict[str, str]:
    """The one-word place spellings of ``code`` (folded) less their case ending (at least
    three letters kept) -> the canonical place."""
    prof = profile(code)
    if prof is None:
        return {}
    bases: dict[str, str] = {}
    for spelling in prof.place_words:
        if " " in spelling:
            continue
        canonical = prof.places.get(prof.key(spelling))
        if canonical is None:
            continue
        ending = next((e for e in _folded_endings(code) if spelling.endswith(e)), "")
        base = (
            spelling[: len(spelling) - len(ending)]
            if len(spelling) - len(ending) >= 3
            else spelling
        )
        bases.setdefault(base, canonical)
    return bases


@cache
def _spellings_by_key(code: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The one-word place spellings of ``code``'s tables (folded) by their lookup key."""
    prof = profile(code)
    found: dict[tuple[str, ...], list[str]] = {}
    if prof is None:
        return {}
    for spelling in prof.place_words:
        found.setdefault(prof.key(spelling), []).append(spelling)
    return {key: tuple(spellings) for key, spellings in found.items()}


@cache
def _one_word_places(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the one-word places of ``code``, and those keys less their last letter."""
    prof = profile(code)
    known = frozenset(key[0] for key in (prof.places if prof else ()) if len(key) == 1)
    return known, frozenset(key[:-1] for key in known if len(key) >= 4)


# (A language data file reloaded is read again.)
on_reload(profile.cache_clear)
on_reload(name_particles.cache_clear)
on_reload(_inflected_compound_role.cache_clear)
on_reload(_cyrillic_first_name.cache_clear)
on_reload(_one_word_places.cache_clear)
on_reload(_spellings_by_key.cache_clear)
on_reload(_place_bases.cache_clear)
on_reload(_folded_endings.cache_clear)
on_reload(_place_case_endings.cache_clear)
