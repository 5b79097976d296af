"""The words a caseless language's names are found by (:mod:`.caseless`), read from the
``[entities]`` section of its data file and from CLDR (babel): territory and city names, the
nationality adjectives made from them, roles, speech verbs, nouns heading a body's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import attrs

from newsbrief.languages import Language, on_reload
from newsbrief.languages import language as language_of

__all__ = ["DIACRITICS", "CaselessWords", "caseless_words", "normalised"]

# Vowel points of Arabic and Hebrew and the tatweel, left out of a lookup form (a Devanagari
# vowel sign is a letter of its word, kept).
DIACRITICS = re.compile(
    r"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
)
# Alef with hamza or madda is written plain as often as not; alef maqsura as ya.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

#: English compass words opening a territory's English name (``North Macedonia``; ``[entities]
#: compass_words`` of en.toml).
_COMPASS = frozenset(w.capitalize() for w in language_of("en").words("entities", "compass_words"))


def normalised(word: str) -> str:
    """``word`` without diacritics and tatweel, alef forms and ta marbuta folded: the lookup
    form of a word (``الإتحاد`` and ``الاتحاد`` are one)."""
    return DIACRITICS.sub("", word).translate(_FOLD)


@attrs.frozen
class CaselessWords:
    """The words of one caseless language, normalised (:func:`normalised`)."""

    code: str
    proclitics: frozenset[str]
    #: Most proclitics cut off one word (``وبالولايات``: two).
    proclitics_at_most: int
    article: str
    #: A proclitic before which the article loses letters -> those letters (Arabic ``ل``:
    #: ``ل`` + ``الولايات`` is ``للولايات``, the alef lost; Hebrew ``ב`` + ``ה``).
    elisions: dict[str, str] = attrs.field(hash=False)
    #: Place spellings as word tuples -> canonical English name.
    places: dict[tuple[str, ...], str] = attrs.field(hash=False)
    #: Body names CLDR lists among territories (``الاتحاد الأوروبي``, ``الأمم المتحدة``).
    bodies: dict[tuple[str, ...], str] = attrs.field(hash=False)
    roles: frozenset[str]
    female_roles: frozenset[str]
    speech_verbs: frozenset[str]
    body_nouns: frozenset[str]
    organisation_before: frozenset[str]
    #: Nouns before a place's name (``ولاية أيوا``: the place is ``أيوا``).
    place_before: frozenset[str]
    #: Phrases after a person's name, as word tuples (``البالغ من العمر``: aged).
    person_after: frozenset[tuple[str, ...]]
    #: Words between a name and such a phrase (``الذي``).
    relatives: frozenset[str]
    #: Words opening a description rather than a name (``وهو عامل``: he is a worker).
    descriptions: frozenset[str]
    connectors: frozenset[str]
    #: Connectors that may open a name (``عبد``, ``أبو``).
    name_openers: frozenset[str]
    #: Words never in a name: stop words, calendar words, ``not_names``, nationality adjectives.
    not_names: frozenset[str]
    #: Nationality adjectives (``الأمريكي``): no name, but part of a role or a body's name.
    nationalities: frozenset[str]
    #: Nouns without the article that complete a role (``رئيس وزراء اليونان``, ``ראש ממשלת``).
    role_complements: frozenset[str] = frozenset()
    #: Endings of a nationality that may stand as a noun for one person (``الإسباني``); a
    #: plural (``الأمريكيين``) is a group, never followed by one name.
    nationality_noun_suffixes: tuple[str, ...] = ()
    #: The conjunction "and" written onto the next word (Arabic ``و``): it joins a second name
    #: to a person's (``زئيف وجورج``); ``""`` when the language writes it apart.
    conjunction: str = ""
    #: The preposition "of" written onto a name (Arabic ``ل``: ``المدير التنفيذي لسينسبري``).
    genitive_preposition: str = ""


def _nationalities(
    names: Iterable[str], article: str, cuts: Iterable[str], suffixes: Iterable[str]
) -> set[str]:
    """Nationality adjectives made from one-word territory names the way the language makes
    them (Arabic ``فرنسا`` -> ``فرنسي``, ``اليونان`` -> ``يوناني``: an ending cut, a suffix
    added), each with the article too."""
    out: set[str] = set()
    cuts = sorted(cuts, key=len, reverse=True)
    for name in names:
        if " " in name:
            continue
        base = name.removeprefix(article) if article and name.startswith(article) else name
        for ending in cuts:
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                base = base[: -len(ending)]
                break
        if len(base) < 3:
            continue
        for suffix in suffixes:
            out.add(base + suffix)
            if article:
                out.add(article + base + suffix)
    return out


Tables = dict[tuple[str, ...], str]


def _places(
    code: str, lang: Language, listed: Callable[[str], frozenset[str]]
) -> tuple[Tables, Tables, set[str]]:
    """Place and body spellings (word tuples -> canonical English name) of language ``code``:
    CLDR's territories (its ``EU`` and ``UN`` are bodies) and time-zone cities, then the data
    file's tables; and CLDR's names of world regions (``العالم``: no place, but their
    nationality adjectives are words too)."""
    import babel

    from newsbrief.annotators.entities.gazetteer import PLACE_ALIASES

    english = babel.Locale.parse("en").territories
    try:
        locale = babel.Locale.parse(code)
    except (ValueError, babel.UnknownLocaleError):
        locale = None
    skipped = {normalised(w) for w in lang.words("entities", "not_places")}
    places: dict[tuple[str, ...], str] = {}
    bodies: dict[tuple[str, ...], str] = {}
    regions: set[str] = set()
    continents: dict[tuple[str, ...], str] = {}
    bodies_of_cldr = {"EU": "European Union", "UN": "United Nations"}
    if locale is not None:
        for key, name in locale.territories.items():
            if key.isdigit():
                regions.add(normalised(name))
                # A region is a place (``أمريكا اللاتينية``, read whole, is no ``أمريكا``, the
                # United States), the world (001) none.
                if key != "001" and key in english and not any(ch in name for ch in ",()&"):
                    continents[tuple(normalised(name).split())] = english[key]
                continue
            if key in ("ZZ", "QO", "EZ") or key not in english:
                continue
            if any(ch in name for ch in ",()&"):
                continue
            spelling = tuple(normalised(name).split())
            if " ".join(spelling) in skipped:
                continue
            if key in bodies_of_cldr:
                bodies[spelling] = bodies_of_cldr[key]
            else:
                places[spelling] = PLACE_ALIASES.get(english[key], english[key])
        # ``مقدونيا الشمالية`` (North Macedonia): ``مقدونيا`` alone is a place too, when no
        # other territory has that head (``كوريا``: North or South) and it has no article
        # (``الصحراء الغربية`` leaves ``الصحراء``, "the desert").
        compass = listed("compass_words")
        article = normalised(str(lang.sections.get("entities", {}).get("article", "")))
        heads: dict[tuple[str, ...], list[str]] = {}
        for spelling, canonical in places.items():
            if len(spelling) == 2 and spelling[1] in compass:
                heads.setdefault(spelling[:1], []).append(canonical)
        for head, canonicals in heads.items():
            if len(canonicals) > 1 or head in places:
                continue
            if article and head[0].startswith(article):
                continue
            first, _, rest = canonicals[0].partition(" ")
            places[head] = rest if first in _COMPASS and rest else canonicals[0]
        # (After the heads: ``أمريكا الشمالية`` gives no ``أمريكا``.)
        places.update({k: v for k, v in continents.items() if " ".join(k) not in skipped})
        for zone, names in locale.time_zones.items():
            city = names.get("city")
            if not city or any(ch in city for ch in ",()") or "/" not in zone:
                continue
            spelling = tuple(normalised(city).split())
            if " ".join(spelling) in skipped or spelling in places:
                continue
            places[spelling] = zone.rsplit("/", 1)[1].replace("_", " ")
    for written, canonical in lang.table("entities", "places").items():
        places[tuple(normalised(str(written)).split())] = str(canonical)
    for written, canonical in lang.table("entities", "organisations").items():
        bodies[tuple(normalised(str(written)).split())] = str(canonical)

    return places, bodies, regions


@cache
def caseless_words(code: str | None) -> CaselessWords | None:
    """The words of language ``code`` when its data file says it is caseless; else ``None``."""
    if code is None:
        return None
    lang = language_of(code)
    section = lang.sections.get("entities", {})
    if not section.get("caseless", False):
        return None

    def listed(key: str) -> frozenset[str]:
        return frozenset(normalised(w) for w in lang.words("entities", key))

    places, bodies, regions = _places(code, lang, listed)
    article = normalised(str(section.get("article", "")))
    roles = listed("roles") | listed("honorifics")
    names = {" ".join(p) for p in places}
    calendar = {
        normalised(word)
        for phrase in (*lang.months, *lang.weekdays, *lang.month_abbreviations, *lang.relative_days)
        for word in phrase.split()  # (Hebrew ``יום ראשון``)
    }
    nationalities = _nationalities(
        names | regions, article, listed("nationality_cuts"), listed("nationality_suffixes")
    )
    not_names = (
        # (``strip``: the stop-words package's Hebrew list holds ``"אבל",`` as written.)
        {normalised(w.strip('",')) for w in lang.stopwords}
        | calendar
        | {article + w for w in calendar if not w.startswith(article)}
        | listed("not_names")
        | nationalities
    )
    connectors = listed("connectors")
    return CaselessWords(
        code=code,
        proclitics=listed("proclitics"),
        proclitics_at_most=int(section.get("proclitics_at_most", 2)),
        article=article,
        elisions={
            normalised(str(k)): normalised(str(v))
            for k, v in lang.table("entities", "elisions").items()
        },
        places=places,
        bodies=bodies,
        roles=roles,
        female_roles=listed("female_roles"),
        speech_verbs=listed("speech_verbs"),
        body_nouns=listed("body_nouns"),
        organisation_before=listed("organisation_before"),
        place_before=listed("place_before"),
        person_after=frozenset(
            tuple(normalised(phrase).split()) for phrase in lang.words("entities", "person_after")
        ),
        relatives=listed("relatives"),
        descriptions=listed("descriptions"),
        connectors=connectors,
        name_openers=listed("name_openers"),
        not_names=frozenset(not_names - connectors),
        nationalities=frozenset(nationalities),
        role_complements=listed("role_complements"),
        nationality_noun_suffixes=tuple(sorted(listed("nationality_noun_suffixes"))),
        conjunction=normalised(str(section.get("conjunction", ""))),
        genitive_preposition=normalised(str(section.get("genitive_preposition", ""))),
    )


# (A language data file reloaded is read again.)
on_reload(caseless_words.cache_clear)
