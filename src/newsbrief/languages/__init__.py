"""The one home for language knowledge: everything newsbrief knows about a language.

``language("uk")`` gives a frozen :class:`Language` with its calendar words (months and weekdays
in every grammatical form, relative days, seasons, number words), segmentation abbreviations,
quote marks, speech verbs, titles and honorifics, tense cues, page furniture words (``[page]``,
:mod:`newsbrief.languages.page`), exporter template words, stop words and stemmer. Three
sources, merged in this order (later ones add to earlier ones):

1. **CLDR**, read from ``babel`` at run time (:mod:`newsbrief.languages.cldr`): month and weekday
   names and abbreviations, relative day words, quarters, day periods, writing direction;
2. **libraries**: stop words (``stop-words``) and stemmers (``snowballstemmer``, sumy's Ukrainian
   stemmer) (:mod:`newsbrief.languages.lexical`);
3. **one hand-kept data file per language**, ``languages/data/<code>.toml``, for what no library
   has; files in the directories named by the ``NEWSBRIEF_LANGUAGES_PATH`` environment variable
   (``os.pathsep``-separated) add to them or add new languages.

The platforms a statement goes out on (``Facebook``, ``Telegram``) are proper names every
language writes alike, no language's words: one module here lists them
(:mod:`newsbrief.languages.platforms`), a data file adding only its language's own spellings.

Adding a language is adding ``<code>.toml`` (``docs/languages.md``); nothing outside this package
holds month or weekday names, nor lists or compares a language's words (``token.text ==
"the"``; a test checks). Modules here read only data: engines (the date grammar, the segmenter,
the exporters) stay where they are and read a :class:`Language`.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.languages import cldr, lexical
from newsbrief.languages.page import PageWords, page_words
from newsbrief.model.frozen import frozen_map

__all__ = [
    "DATA_DIR",
    "PATH_ENV",
    "Language",
    "data_files",
    "every_language_words",
    "language",
    "normalize",
    "on_reload",
    "reload",
    "supported",
]

#: The built-in data files: ``<code>.toml``, one per language.
DATA_DIR = Path(__file__).parent / "data"
#: Environment variable naming more directories of ``<code>.toml`` files (``os.pathsep``-separated).
PATH_ENV = "NEWSBRIEF_LANGUAGES_PATH"
#: Code of an undetermined language (BCP 47): what :func:`normalize` gives for nothing.
UNDETERMINED = "und"

_CODE = re.compile(r"[a-z]{2,3}")


def _words(value: Any) -> frozenset[str]:
    """A word list from a data file: a TOML array, or one string of whitespace-separated words."""
    if value is None:
        return frozenset()
    items = value.split() if isinstance(value, str) else value
    return frozenset(str(item).strip().lower() for item in items if str(item).strip())


def _freeze(value: Any) -> Any:
    """Data file content made immutable: tables become frozen maps, arrays tuples."""
    if isinstance(value, Mapping):
        return frozen_map({str(key): _freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


def _numbers(value: Any) -> dict[str, int]:
    return {str(word).strip().lower(): int(number) for word, number in (value or {}).items()}


@attrs.frozen
class Language:
    """Everything newsbrief knows about one language (see the module docs for the sources).

    Words are lower-case; abbreviations have no final full stop (look up
    ``word.lower().rstrip(".")``). Tables map a word to its value.
    """

    #: ISO 639-1 code (``uk``), or the primary subtag babel knows (``fil``).
    code: str
    #: English name (``Ukrainian``); the code when nobody knows one.
    name: str
    #: Full month names in every form (CLDR genitive and nominative, hand locatives) -> 1..12.
    months: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Month abbreviations (``feb``, ``sept``, ``лист``) -> 1..12.
    month_abbreviations: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Full weekday names in every form -> ``date.weekday()`` number (Monday = 0).
    weekdays: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Weekday abbreviations (``tue``, ``tues``) -> weekday number.
    weekday_abbreviations: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Relative day words -> offset in days from the publication date (``yesterday`` -> -1).
    relative_days: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Season words -> ``spring``, ``summer``, ``autumn`` or ``winter``.
    seasons: Mapping[str, str] = attrs.field(converter=frozen_map, factory=dict)
    #: Quarter names (``1st quarter``) -> 1..4 (CLDR).
    quarters: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Day period words (``in the morning``) -> CLDR period id (``morning1``).
    day_periods: Mapping[str, str] = attrs.field(converter=frozen_map, factory=dict)
    #: Number words for small counts (``two`` -> 2, ``couple of`` -> 2).
    numbers: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)
    #: Words before a bare month or year that make it a date (``у травні``, ``since 2014``).
    date_cues: frozenset[str] = frozenset()
    #: Labels that announce a publication date line (``published``, ``опубліковано``).
    date_labels: frozenset[str] = frozenset()
    #: Suffixes of a day number (``st``, ``го``: CLDR's ordinal suffixes and the data file's)
    #: and words after a year (``року``, ``г.``).
    ordinal_suffixes: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    #: Whether month and weekday names are capitalised in running text (English ``May``, not
    #: the modal ``may``); from CLDR unless the data file says otherwise.
    capitalised_calendar: bool = False
    #: Abbreviations by kind for the segmenter: ``never_final`` (titles: ``mr``, ``им``) and
    #: ``before_number`` (``no``, ``p``, ``ст``), and any kind a data file adds.
    abbreviations: Mapping[str, frozenset[str]] = attrs.field(converter=frozen_map, factory=dict)
    #: Quote mark pairs (opening, closing), most usual first.
    quote_pairs: tuple[tuple[str, str], ...] = ()
    #: Verbs that introduce reported speech (``said``, ``заявив``).
    speech_verbs: frozenset[str] = frozenset()
    #: Titles and roles before a name (``president``, ``minister``).
    titles: frozenset[str] = frozenset()
    #: Honorifics (``mr``, ``frau``, ``пан``).
    honorifics: frozenset[str] = frozenset()
    #: Tense cue words by kind: ``future``, ``past``, ``present_auxiliaries``, ``reporting``.
    tense: Mapping[str, frozenset[str]] = attrs.field(converter=frozen_map, factory=dict)
    #: Whether a lower-case word in ``-ed`` marks the past tense (English only).
    ed_past: bool = False
    #: Exporter template words by key: a string, or plural forms by CLDR category
    #: (``one``, ``few``, ``many``, ``other``) with ``{n}`` for the count.
    templates: Mapping[str, Any] = attrs.field(converter=frozen_map, factory=dict)
    #: Words of page furniture around an article (``Advertisement``, ``Lesen Sie auch``).
    page: PageWords = attrs.field(factory=PageWords)
    #: Whether the script runs right to left.
    rtl: bool = False
    #: The merged data files, section -> key -> value, for sections without a field above.
    sections: Mapping[str, Mapping[str, Any]] = attrs.field(
        converter=frozen_map, factory=dict, eq=False, repr=False
    )

    @property
    def stopwords(self) -> frozenset[str]:
        """Lower-case stop words (``stop-words`` package; empty when it has none)."""
        return lexical.stopwords(self.code)

    @property
    def stem(self) -> Callable[[str], str]:
        """Maps a lower-case word to its stem (loaded on first use: stemmers are slow to load)."""
        return lexical.stemmer(self.code)

    @property
    def all_months(self) -> Mapping[str, int]:
        """Month names and abbreviations together."""
        return {**self.month_abbreviations, **self.months}

    @property
    def all_weekdays(self) -> Mapping[str, int]:
        """Weekday names and abbreviations together."""
        return {**self.weekday_abbreviations, **self.weekdays}

    def words(self, section: str, key: str) -> frozenset[str]:
        """A word list from any data file section (``words("quotes", "speech_verbs")``)."""
        return _words(self.sections.get(section, {}).get(key))

    def table(self, section: str, key: str) -> Mapping[str, Any]:
        """A word -> value table from any data file section (empty when absent)."""
        value = self.sections.get(section, {}).get(key)
        return value if isinstance(value, Mapping) else {}


def normalize(code: str | None) -> str:
    """The ISO 639-1 code ``code`` names: ``en_GB`` -> ``en``, ``uk-UA`` -> ``uk``,
    ``Ukrainian`` -> ``uk``, ``iw`` -> ``he`` (:func:`newsbrief.languages.detect.language_code`
    reads it); :data:`UNDETERMINED` when it names no language. Never guesses English."""
    # Imported here: identification is a heavier module than the data this one reads.
    from newsbrief.languages.detect import language_code

    return language_code(code) or UNDETERMINED


def _directories() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(PATH_ENV, "").split(os.pathsep) if p.strip()]
    return [DATA_DIR, *extra]


def data_files(code: str) -> list[Path]:
    """The data files for ``code``: the built-in one, then those on :data:`PATH_ENV`."""
    return [path for d in _directories() if (path := d / f"{code}.toml").is_file()]


def supported() -> tuple[str, ...]:
    """Codes of the languages that have a data file (built in or on :data:`PATH_ENV`), sorted."""
    codes = {path.stem for d in _directories() if d.is_dir() for path in d.glob("*.toml")}
    return tuple(sorted(code for code in codes if _CODE.fullmatch(code)))


def _merge(into: dict[str, Any], more: Mapping[str, Any]) -> None:
    """Merge a data file into the data read so far: tables merge, lists and word strings add
    up, anything else is replaced."""
    for key, value in more.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            _merge(old, value)
        elif isinstance(old, (list, str)) and isinstance(value, (list, str)) and key != "name":
            old_items = old.split() if isinstance(old, str) else list(old)
            new_items = value.split() if isinstance(value, str) else list(value)
            into[key] = [*old_items, *(item for item in new_items if item not in old_items)]
        else:
            into[key] = dict(value) if isinstance(value, Mapping) else value


def _read(code: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path in data_files(code):
        try:
            with path.open("rb") as handle:
                _merge(data, tomllib.load(handle))
        except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
            raise NewsbriefError(f"language data file {path}: {error}") from None
    return data


def _pairs(value: Iterable[Any] | None) -> tuple[tuple[str, str], ...]:
    pairs = []
    for pair in value or ():
        if len(pair) != 2:
            raise NewsbriefError(f"quote pair {pair!r} must have an opening and a closing mark")
        pairs.append((str(pair[0]), str(pair[1])))
    return tuple(pairs)


def _without(table: Mapping[str, Any], excluded: frozenset[str]) -> dict[str, Any]:
    return {word: value for word, value in table.items() if word not in excluded}


@functools.cache
def language(code: str | None) -> Language:
    """What newsbrief knows about ``code`` (any form :func:`normalize` reads; cached).

    A language without a data file still gets what CLDR and the libraries have, and empty hand
    lists: never another language's words.
    """
    code = normalize(code)
    data = _read_once(code)
    facts = cldr.calendar(code)
    meta = data.get("language", {})
    calendar = data.get("calendar", {})
    excluded = _words(calendar.get("exclude"))
    try:
        return Language(
            code=code,
            name=str(meta.get("name") or facts.name or code),
            months=_without({**facts.months, **_numbers(calendar.get("months"))}, excluded),
            month_abbreviations=_without(
                {**facts.month_abbreviations, **_numbers(calendar.get("month_abbreviations"))},
                excluded,
            ),
            weekdays=_without({**facts.weekdays, **_numbers(calendar.get("weekdays"))}, excluded),
            weekday_abbreviations=_without(
                {**facts.weekday_abbreviations, **_numbers(calendar.get("weekday_abbreviations"))},
                excluded,
            ),
            relative_days=_without(
                {**facts.relative_days, **_numbers(calendar.get("relative_days"))}, excluded
            ),
            seasons={str(k).lower(): str(v) for k, v in calendar.get("seasons", {}).items()},
            quarters=facts.quarters,
            day_periods=facts.day_periods,
            numbers=_numbers(calendar.get("numbers")),
            date_cues=_words(calendar.get("date_cues")),
            date_labels=_words(calendar.get("date_labels")),
            ordinal_suffixes=facts.ordinal_suffixes | _words(calendar.get("ordinal_suffixes")),
            year_words=_words(calendar.get("year_words")),
            capitalised_calendar=bool(meta.get("capitalised_calendar", facts.capitalised)),
            abbreviations={
                kind: _words(words) for kind, words in data.get("segmentation", {}).items()
            },
            quote_pairs=_pairs(data.get("quotes", {}).get("pairs")),
            speech_verbs=_words(data.get("quotes", {}).get("speech_verbs")),
            titles=_words(data.get("people", {}).get("titles")),
            honorifics=_words(data.get("people", {}).get("honorifics")),
            tense={
                kind: _words(words)
                for kind, words in data.get("tense", {}).items()
                if kind != "ed_past"
            },
            ed_past=bool(data.get("tense", {}).get("ed_past", False)),
            templates=_freeze(data.get("templates", {})),
            page=page_words(data.get("page", {}), _words),
            rtl=bool(meta.get("rtl", facts.rtl)),
            sections=_freeze(data),
        )
    except (TypeError, ValueError, AttributeError) as error:
        raise NewsbriefError(f"language data for {code!r}: {error}") from None


@functools.cache
def every_language_words(section: str, key: str) -> frozenset[str]:
    """A word list gathered from the data files of every supported language (cached).

    For a shape all languages share, whose words any text may hold whatever its language: the
    date grammar's clock time takes German ``um`` and Russian ``в`` alike. Each language still
    lists only its own words; one more data file adds its words here.
    """
    words: set[str] = set()
    for code in supported():
        # Only the files that name the key are parsed: most languages list no such words.
        if any(key in text for text in _texts(code)):
            words |= _words(_read_once(code).get(section, {}).get(key))
    return frozenset(words)


#: A language's data as read (shared by :func:`language` and :func:`every_language_words`).
_read_once = functools.cache(_read)


@functools.cache
def _texts(code: str) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8") for path in data_files(code))


#: Caches built from languages elsewhere (date lexicons, the date-line grammar), cleared by
#: :func:`reload`.
_DERIVED: list[Callable[[], None]] = []


def on_reload(clear: Callable[[], None]) -> Callable[[], None]:
    """Register ``clear`` (a cache's ``cache_clear``) to run on :func:`reload`; returns it."""
    _DERIVED.append(clear)
    return clear


def reload() -> None:
    """Forget what was read, so data files changed or added since (or a changed
    :data:`PATH_ENV`) are read again, here and in every cache registered with
    :func:`on_reload`."""
    language.cache_clear()
    for clear in _DERIVED:
        clear()


for _made in (every_language_words, _read_once, _texts):
    on_reload(_made.cache_clear)
