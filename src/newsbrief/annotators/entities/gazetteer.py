"""Small gazetteers: places, organisations, role words, demonyms and first names.

Country names come from ``pycountry`` (ISO 3166, shipped inside its wheel), first names and their
usual gender from ``gender-guesser`` (a name dictionary shipped inside its wheel); the rest are
short hand-kept lists of what news about politics and conflicts names most. Everything is offline.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from newsbrief.parsers.plaintext.dates import MONTH_NAMES, WEEKDAY_NAMES

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

#: Cities, regions and areas that news names often (countries come from ``pycountry``).
PLACES: frozenset[str] = frozenset(
    {
        # Ukraine and Russia
        "Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Kherson", "Mariupol",
        "Mykolaiv", "Bakhmut", "Avdiivka", "Donetsk", "Luhansk", "Crimea", "Donbas", "Sumy",
        "Chernihiv", "Poltava", "Vinnytsia", "Kursk", "Belgorod", "Bryansk", "Moscow",
        "St. Petersburg", "Saint Petersburg", "Sevastopol", "Siberia", "Chechnya",
        # Europe
        "Europe", "Western Europe", "Eastern Europe", "Central Europe", "Scandinavia", "Baltics",
        "Balkans", "Caucasus", "Black Sea", "Baltic Sea", "Sea of Azov", "London", "Paris",
        "Berlin", "Brussels", "Warsaw", "Bucharest", "Vilnius", "Riga", "Tallinn", "Helsinki",
        "Stockholm", "Oslo", "Copenhagen", "Rome", "Madrid", "Lisbon", "Vienna", "Prague",
        "Budapest", "Bratislava", "Minsk", "Chisinau", "Ankara", "Istanbul", "Athens", "Geneva",
        "Zurich", "The Hague", "Amsterdam", "Strasbourg", "Munich", "Frankfurt", "Hamburg",
        "Davos", "Ramstein", "Rzeszow", "Dublin", "Edinburgh", "Belgrade", "Sofia", "Zagreb",
        "Ljubljana", "Tbilisi", "Yerevan", "Baku", "Milan", "Barcelona", "Marseille", "Lyon",
        # Middle East, Asia, Africa, Americas
        "Middle East", "Asia", "Africa", "Latin America", "North America", "South America",
        "Central Asia", "Pacific", "Atlantic", "Arctic", "Jerusalem", "Tel Aviv", "Gaza",
        "West Bank", "Tehran", "Baghdad", "Damascus", "Beirut", "Cairo", "Riyadh", "Doha",
        "Dubai", "Abu Dhabi", "Kabul", "Islamabad", "New Delhi", "Delhi", "Mumbai", "Beijing",
        "Shanghai", "Hong Kong", "Tokyo", "Seoul", "Pyongyang", "Taipei", "Manila", "Jakarta",
        "Bangkok", "Hanoi", "Singapore", "Sydney", "Canberra", "Nairobi", "Lagos", "Johannesburg",
        "Pretoria", "Addis Ababa", "Khartoum", "Washington", "New York", "Los Angeles",
        "Chicago", "San Francisco", "Boston", "Miami", "Houston", "Ottawa", "Toronto",
        "Montreal", "Mexico City", "Brasilia", "Buenos Aires", "Havana", "Caracas",
        "California", "Texas", "Florida", "Alaska", "Hawaii", "Virginia", "Pennsylvania",
        "Ohio", "Michigan", "Georgia", "Arizona", "Nevada", "Wisconsin",
    }
)  # fmt: skip

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
    }
)  # fmt: skip

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
        "Command", "Staff", "Directorate", "Brigade", "Battalion", "Regiment",
    }
)  # fmt: skip

#: Capitalised role words and titles that precede (or follow) a person's name.
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "President", "Vice", "Prime", "Minister", "Deputy", "Secretary", "General", "Press",
        "Spokesperson", "Spokesman", "Spokeswoman", "Chancellor", "King", "Queen", "Prince",
        "Princess", "Pope", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.",
        "Mayor", "Ambassador", "Chief", "Director", "Chairman", "Chairwoman", "Chair",
        "Commander", "Admiral", "Adm.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
        "Sergeant", "Captain", "Major", "Colonel", "Lieutenant", "Marshal", "Foreign", "Defense",
        "Defence", "Interior", "Finance", "Justice", "Head", "Leader", "Speaker", "Mr.", "Mrs.",
        "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Judge",
        "Attorney", "CEO", "Officer", "Envoy", "Commissioner", "High", "Retired", "Former",
        "First", "Acting", "Special", "Assistant", "Executive", "National", "Security",
        "Adviser", "Advisor", "Lawmaker", "Minority", "Majority", "Emperor", "Sheikh", "Crown",
        "Premier", "Patriarch", "Metropolitan", "Archbishop", "Bishop", "Rev.", "Father",
        "Health", "Economy", "Trade", "Energy", "Education", "Culture", "Digital", "Staff",
        "Joint", "Chiefs", "Presidential", "Parliamentary", "State",
    }
)  # fmt: skip

#: Titles that on their own show the next name is a person.
HONORIFICS: frozenset[str] = frozenset(
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord",
        "Lady", "President", "Minister", "Secretary", "Senator", "Sen.", "Rep.", "Governor",
        "Gov.", "Mayor", "Ambassador", "Chancellor", "King", "Queen", "Prince", "Princess",
        "Pope", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "General", "Admiral",
        "Colonel", "Captain", "Sergeant", "Lieutenant", "Spokesperson", "Spokesman",
        "Spokeswoman", "Chairman", "Chairwoman", "Director", "Commander", "Judge", "Premier",
        "Leader", "Speaker", "Envoy", "Commissioner", "Adviser", "Advisor", "Lawmaker",
        "Patriarch", "Sheikh", "Emperor",
    }
)  # fmt: skip

#: Lower-case nouns naming a person by role (``the spokeswoman``, ``a senior official``).
PERSON_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesperson", "spokeswoman", "spokesman", "official", "officials", "source",
        "sources", "diplomat", "diplomats", "lawmaker", "lawmakers", "minister", "president",
        "secretary", "analyst", "analysts", "expert", "experts", "leader", "leaders", "chief",
        "head", "commander", "general", "officer", "officers", "ambassador", "envoy",
        "adviser", "advisor", "aide", "senator", "governor", "mayor", "member", "members",
        "representative", "negotiator", "prosecutor", "resident", "residents", "witness",
        "witnesses", "soldier", "soldiers", "researcher", "professor", "economist", "chancellor",
        "premier", "mp", "legislator", "deputy", "director", "chairman", "chairwoman", "woman",
        "man", "politician", "activist", "journalist", "correspondent", "observer", "monitor",
        "investigator", "doctor", "medic", "volunteer", "commentator", "strategist",
    }
)  # fmt: skip

#: Lower-case nouns naming an organisation (``the alliance said``).
ORGANISATION_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "alliance", "ministry", "government", "administration", "agency", "army", "military",
        "council", "company", "department", "office", "bloc", "union", "organisation",
        "organization", "kremlin", "pentagon", "embassy", "statement", "commission", "committee",
        "parliament", "cabinet", "court", "presidency", "regime", "group",
    }
)  # fmt: skip

#: Role nouns that tell a person's gender.
FEMALE_NOUNS = frozenset(
    {"spokeswoman", "chairwoman", "woman", "queen", "princess", "congresswoman",
     "businesswoman", "mrs.", "ms.", "mrs", "ms", "lady", "dame"}
)  # fmt: skip
MALE_NOUNS = frozenset(
    {"spokesman", "chairman", "man", "king", "prince", "congressman", "businessman", "mr.",
     "mr", "sir", "lord", "father"}
)  # fmt: skip

#: Roles that can refer to each other (``the spokeswoman`` is the ``Press Secretary``).
ROLE_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"spokesperson", "spokeswoman", "spokesman", "secretary", "press"}),
    frozenset({"official", "officials", "officer"}),
    frozenset({"source", "sources"}),
    frozenset({"leader", "president", "head", "chief", "premier", "chancellor", "king"}),
    frozenset({"minister", "secretary"}),
    frozenset({"lawmaker", "mp", "member", "legislator", "deputy", "senator"}),
    frozenset({"analyst", "expert", "researcher", "economist", "strategist"}),
    frozenset({"diplomat", "ambassador", "envoy"}),
    frozenset({"commander", "general", "gen.", "officer", "admiral"}),
)

#: Adjectives of nationality and direction: not places (``Russian`` is not ``Russia``).
DEMONYMS: frozenset[str] = frozenset(
    {
        "Ukrainian", "Ukrainians", "Russian", "Russians", "American", "Americans", "Polish",
        "Romanian", "Israeli", "Israelis", "European", "Europeans", "British", "French",
        "German", "Germans", "Chinese", "Korean", "Soviet", "Belarusian", "Iranian", "Turkish",
        "Italian", "Spanish", "Dutch", "Swedish", "Finnish", "Norwegian", "Danish", "Estonian",
        "Latvian", "Lithuanian", "Hungarian", "Slovak", "Czech", "Moldovan", "Georgian",
        "Japanese", "Indian", "Pakistani", "Syrian", "Iraqi", "Afghan", "Palestinian",
        "Lebanese", "Egyptian", "Saudi", "Canadian", "Mexican", "Brazilian", "Australian",
        "Western", "Eastern", "Northern", "Southern", "Atlantic", "Transatlantic", "Arab",
        "Asian", "African", "Baltic", "Nordic", "Allied", "Kremlin-backed", "pro-Russian",
    }
)  # fmt: skip

#: Words that join capitalised words inside one name (``Ministry of Defense``).
CONNECTORS: frozenset[str] = frozenset(
    {"of", "for", "de", "van", "von", "der", "al", "bin", "la", "du", "da"}
)

#: Calendar words: dates' business, never names on their own. Months (with abbreviations) and
#: full weekday names come from the parser's table, the one the dates annotator reads too;
#: weekday abbreviations are left out (``Sun``, ``Sat`` and ``Wed`` are names and words).
CALENDAR: frozenset[str] = frozenset(
    {
        *(name.capitalize() for names in MONTH_NAMES["en"].values() for name in names),
        *(names[0].capitalize() for names in WEEKDAY_NAMES["en"].values()),
        "Christmas",
        "Easter",
    }
)

#: Capitalised words that are never a first name, whatever the name dictionary says.
NOT_FIRST_NAMES: frozenset[str] = frozenset({"Gen", "Will", "Page", "Long", "Young", "Rich", "Say"})


def fold(text: str) -> str:
    """``text`` lower-cased without diacritics, for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


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
def place_names() -> dict[str, str]:
    """Every place spelling this module knows -> its canonical name."""
    names = dict(_countries())
    names.update({place: place for place in PLACES})
    names.update(PLACE_ALIASES)
    for alias, canonical in PLACE_ALIASES.items():
        names.setdefault(canonical, canonical)
        names[alias] = canonical
    return names


@cache
def organisation_names() -> dict[str, str]:
    """Every organisation spelling this module knows -> its canonical name."""
    names = {name: name for name in ORGANISATIONS}
    names.update(ORGANISATION_ALIASES)
    return names


@cache
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


def first_name_gender(word: str) -> str | None:
    """``female``, ``male`` or ``unknown`` for a first name; ``None`` when it is not one."""
    if word in NOT_FIRST_NAMES or word in CALENDAR or not word[:1].isupper() or len(word) < 2:
        return None
    guess = _gender_detector().get_gender(word)
    if guess in ("female", "mostly_female"):
        return "female"
    if guess in ("male", "mostly_male"):
        return "male"
    if guess == "andy":
        return "unknown"
    return None


def role_family(word: str) -> frozenset[str]:
    """The role words that can stand for ``word`` (itself when it has no family)."""
    lower = word.lower()
    family: set[str] = {lower}
    for group in ROLE_FAMILIES:
        if lower in group:
            family |= group
    return frozenset(family)
