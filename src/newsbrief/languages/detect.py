"""A document's language: declared codes read and checked, undeclared text identified.

**Declared codes** (``<html lang>``, a feed's ``<language>``, ``--language``) are BCP 47 tags or
POSIX locales in practice: :func:`language_code` reduces ``en-GB``, ``uk_UA.UTF-8``, ``ukr``,
``ger`` or ``Ukrainian`` to the ISO 639-1 code (``en``, ``uk``, ``de``), and an ISO 639-3 code
for a language that has no two-letter one (``fil``). What the user types is checked strictly
(:func:`parse_language` raises); what an input declares is read leniently (nonsense counts as
undeclared, so the text is identified instead).

**Identification** (:func:`detect_language`) uses py3langid (langid.py's naive Bayes model over
byte n-grams, bundled in the wheel: nothing is downloaded) together with the writing system:

1. the letters of the first :data:`SCRIPT_SAMPLE` characters are counted by script (a Han,
   kana or Hangul character counts three times: it is a syllable or a word); none at all
   gives ``None``;
2. a script used by one language decides alone (Greek ``el``, Hangul ``ko``, Thai ``th``,
   Georgian ``ka``, Armenian ``hy``...), whatever the length of the text; Han text is ``ja``
   when kana make up a tenth of it, else ``zh``;
3. otherwise py3langid ranks the languages, and the best one written in the dominant script
   wins (so a Latin-script text is never called Arabic, and a Cyrillic one never English);
4. a script shared by several languages has a fallback for text too short to rank
   (:data:`MIN_LETTERS` letters): Arabic ``ar``, Devanagari ``hi``, Hebrew ``he``, Bengali ``bn``,
   Ethiopic ``am``; Latin and Cyrillic text that short gives ``None`` (the caller's default
   applies: the briefing's majority language, else English).

The choice of py3langid, and its accuracy and speed against lingua, CLD2, CLD3, fastText and
langdetect, are in ``docs/language-identification.md`` (``benchmarks/language_id.py``).
"""

from __future__ import annotations

import contextlib
import functools
import re
import string
from collections import Counter
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

import attrs

__all__ = [
    "MIN_LETTERS",
    "detect_language",
    "given_language",
    "language_code",
    "parse_language",
    "script_counts",
    "text_language",
]

#: Fewest letters of a Latin or Cyrillic text (and of any script shared by several languages)
#: that the statistical model is asked about; shorter text gets the script's fallback.
MIN_LETTERS = 10

#: How many characters the letters are counted by script in.
SCRIPT_SAMPLE = 4000

#: Share of kana among Han and kana letters from which CJK text is Japanese.
KANA_SHARE = 0.1


@attrs.frozen
class Script:
    """A writing system, the languages newsbrief expects in it, and its short-text fallback."""

    name: str
    #: A regex character class of the script's letters (and combining marks).
    letters: str
    #: ISO 639-1 codes of the languages written in it (empty: every language not claimed by
    #: another script, i.e. Latin).
    languages: frozenset[str] = frozenset()
    #: The answer when the text is too short to rank, or when no ranked language fits.
    fallback: str | None = None


def _script(name: str, letters: str, languages: str = "", fallback: str | None = None) -> Script:
    codes = frozenset(languages.split())
    only = next(iter(codes)) if len(codes) == 1 else None
    return Script(name, letters, codes, fallback or only)


#: The scripts told apart, in tie-break order (Unicode blocks; Latin and Cyrillic first).
SCRIPTS: tuple[Script, ...] = (
    _script(
        "Latin", "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
    ),
    _script(
        "Cyrillic",
        "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
        "ru uk be bg mk sr kk ky mn tg tt ba",
    ),
    _script("Greek", "\u0370-\u03ff\u1f00-\u1fff", "el"),
    _script("Armenian", "\u0531-\u058f", "hy"),
    _script("Hebrew", "\u0590-\u05ff\ufb1d-\ufb4f", "he yi", "he"),
    _script(
        "Arabic",
        "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
        "ar fa ur ps ug ku",
        "ar",
    ),
    _script("Devanagari", "\u0900-\u097f\ua8e0-\ua8ff", "hi mr ne sa", "hi"),
    _script("Bengali", "\u0980-\u09ff", "bn as", "bn"),
    _script("Gurmukhi", "\u0a00-\u0a7f", "pa"),
    _script("Gujarati", "\u0a80-\u0aff", "gu"),
    _script("Oriya", "\u0b00-\u0b7f", "or"),
    _script("Tamil", "\u0b80-\u0bff", "ta"),
    _script("Telugu", "\u0c00-\u0c7f", "te"),
    _script("Kannada", "\u0c80-\u0cff", "kn"),
    _script("Malayalam", "\u0d00-\u0d7f", "ml"),
    _script("Sinhala", "\u0d80-\u0dff", "si"),
    _script("Thai", "\u0e00-\u0e7f", "th"),
    _script("Lao", "\u0e80-\u0eff", "lo"),
    _script("Tibetan", "\u0f00-\u0fff", "bo dz", "bo"),
    _script("Myanmar", "\u1000-\u109f", "my"),
    _script("Georgian", "\u10a0-\u10ff\u1c90-\u1cbf", "ka"),
    _script("Hangul", "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af", "ko"),
    _script("Ethiopic", "\u1200-\u139f", "am ti", "am"),
    _script("Khmer", "\u1780-\u17ff", "km"),
    _script("Mongolian", "\u1800-\u18af", "mn"),
    _script("Kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f", "ja"),
    _script("Han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", "zh ja", "zh"),
)
_BY_NAME = {script.name: script for script in SCRIPTS}
#: Each script's place in :data:`SCRIPTS` (the tie-break order).
_ORDER = {script.name: index for index, script in enumerate(SCRIPTS)}
#: Scripts whose characters count for this many letters when finding the dominant script.
_SYLLABIC = {"Han": 3, "Kana": 3, "Hangul": 3}
#: The ASCII letters (all Latin script), deleted from ASCII text to count its letters.
_ASCII_LETTERS = string.ascii_letters.encode("ascii")

# The scripts' letter classes are disjoint, so a script's count is how many characters of its
# class the text holds, wherever they stand: found by deleting them all at C speed, one script
# at a time (a text uses one to three), instead of visiting every word in Python.


# The patterns are compiled when a text first has letters of the script (a run meets one to
# three scripts; plain ASCII text needs none): compiling them all cost every process 30 ms.
@functools.cache
def _any_letter() -> re.Pattern[str]:
    """A letter of any script in :data:`SCRIPTS`."""
    return re.compile("[" + "".join(s.letters for s in SCRIPTS) + "]")


@functools.cache
def _letters(name: str) -> re.Pattern[str]:
    """A run of the letters of script ``name``."""
    return re.compile(f"[{_BY_NAME[name].letters}]+")


@functools.cache
def _one_letter(name: str) -> re.Pattern[str]:
    """One letter of script ``name``."""
    return re.compile(f"[{_BY_NAME[name].letters}]")


#: Languages written in Latin script as well as in the one listed above.
_ALSO_LATIN = frozenset(("sr", "kk", "tt", "ba", "ku", "uz", "az", "tk"))
_NOT_LATIN = frozenset().union(*(s.languages for s in SCRIPTS)) - _ALSO_LATIN

#: py3langid labels without an ISO 639-1 code that are a variety of a language that has one.
_VARIETIES = {
    "ary": "ar", "arz": "ar", "wuu": "zh", "yue": "zh", "hbo": "he", "grc": "el",
    "uzs": "uz", "fuv": "ff", "gug": "gn", "kik": "ki", "sdh": "ku",
}  # fmt: skip


def script_counts(text: str) -> Counter[str]:
    """Letters of ``text`` per script name (see :data:`SCRIPTS`); other characters uncounted."""
    counts: Counter[str] = Counter()
    if text.isascii():
        # (Most news: its only letters are Latin A-Z and a-z, counted by one C pass.)
        letters = len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
        if letters:
            counts["Latin"] = letters
        return counts
    rest = text
    any_letter = _any_letter()
    while (found := any_letter.search(rest)) is not None:
        name = _script_of(found.group())
        # Nothing before the first letter is a letter of any script: drop it before deleting.
        rest = rest[found.start() :]
        kept = _letters(name).sub("", rest)
        counts[name] = len(rest) - len(kept)
        rest = kept
    return counts


@functools.lru_cache(maxsize=4096)
def _script_of(letter: str) -> str:
    return next(s.name for s in SCRIPTS if _one_letter(s.name).match(letter))


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or ``None`` when it cannot
    tell (no letters; Latin or Cyrillic text under :data:`MIN_LETTERS` letters).

    Reads the first ``sample`` characters. Deterministic; never downloads anything. See the
    module documentation for the rules.
    """
    head = text[:sample]
    # The writing system shows in the first few thousand characters (the model reads them all).
    counts = script_counts(head[:SCRIPT_SAMPLE])
    if not counts:
        return None
    # A Han, kana or Hangul character is a syllable or a word, worth a few Latin letters.
    weight = {name: counts[name] * _SYLLABIC.get(name, 1) for name in counts}
    dominant = max(counts, key=lambda name: (weight[name], -_ORDER[name]))
    if dominant in ("Han", "Kana"):
        cjk = counts["Han"] + counts["Kana"]
        return "ja" if counts["Kana"] >= KANA_SHARE * cjk else "zh"
    script = _BY_NAME[dominant]
    if len(script.languages) == 1:
        return script.fallback
    if counts[dominant] < MIN_LETTERS:
        return script.fallback
    identifier = _identifier()
    # The best label nearly always fits the script; ranking them all is the rare second try.
    best = identifier.classify(head)[0]
    if _fits(_VARIETIES.get(best, best), script):
        return _VARIETIES.get(best, best)
    for label, _ in identifier.rank(head):
        if _fits(_VARIETIES.get(label, label), script):
            return _VARIETIES.get(label, label)
    return script.fallback


#: The language given for every document being parsed (the parsers' ``language`` option).
_GIVEN: ContextVar[str | None] = ContextVar("newsbrief_given_language", default=None)


@contextlib.contextmanager
def given_language(code: str) -> Iterator[None]:
    """Within the block, :func:`text_language` answers ``code`` without reading the text: the
    parsers' ``language`` option overrides any answer, so none is computed (nor the model
    loaded)."""
    token = _GIVEN.set(code)
    try:
        yield
    finally:
        _GIVEN.reset(token)


def text_language(text: str, declared: object = None) -> str | None:
    """A parsed document's language: the one given for every document (:func:`given_language`),
    else the one its input declares (read by :func:`language_code`), else
    :func:`detect_language` of ``text``."""
    return _GIVEN.get() or language_code(declared) or detect_language(text)


def _fits(code: str, script: Script) -> bool:
    """Whether ``code`` is written in ``script`` (Latin: unless it is another script's)."""
    return code in script.languages if script.languages else code not in _NOT_LATIN


@functools.cache
def _identifier() -> Any:
    """py3langid's model, restricted to labels with an ISO 639-1 code (or a variety of one),
    loaded on the first text that needs it and kept (:mod:`newsbrief.languages.identifier`)."""
    from newsbrief.languages import identifier

    return identifier.load(lambda label: len(label) == 2 or label in _VARIETIES)


# -- declared codes ----------------------------------------------------------------------------

# Country codes often written for a language (``<html lang="ua">``); none is an ISO 639-1 code.
_COUNTRY_ALIASES = {"ua": "uk", "gr": "el", "jp": "ja", "cn": "zh", "dk": "da"}
# Withdrawn ISO 639-1 codes still met in the wild.
_WITHDRAWN = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
_SUBTAG = re.compile(r"[A-Za-z0-9]{1,8}")
_PRIMARY = re.compile(r"[A-Za-z]{2,3}")


def language_code(value: object) -> str | None:
    """The ISO 639-1 code a declared language means, or ``None`` when it names none.

    Reads BCP 47 tags (``en-GB``, ``zh-Hans-CN``), POSIX locales (``uk_UA.UTF-8``), ISO 639-2/3
    codes (``ukr``, ``ger``), English language names (``Ukrainian``) and withdrawn codes
    (``iw``); a language without a two-letter code keeps its three-letter one (``fil``).
    ``und``, ``mul`` and ``zxx`` (no language) give ``None``.
    """
    if not isinstance(value, str):
        return None
    # A page's language is read again for each of its lines (the noise filter's words are the
    # page language's): remembered per declared string (a run meets a handful), short ones only.
    return _remembered_code(value) if len(value) <= 100 else _declared_code(value)


def _declared_code(value: str) -> str | None:
    text = value.strip()
    if not text or len(text) > 80:
        return None
    # POSIX locales: language_TERRITORY.codeset@modifier.
    tag = re.split(r"[.@]", text, maxsplit=1)[0].replace("_", "-")
    primary, *rest = tag.split("-")
    if _PRIMARY.fullmatch(primary) and all(_SUBTAG.fullmatch(part) for part in rest):
        return _iso_code(primary.lower())
    return _named(text)


_remembered_code = functools.lru_cache(maxsize=1024)(_declared_code)


def parse_language(value: str) -> str:
    """:func:`language_code` for a code a user gave: raises :class:`ValueError` (one line,
    naming the value) when it names no language."""
    code = language_code(value)
    if code is None:
        raise ValueError(
            f"{value!r} is not a language code (an ISO 639 code or BCP 47 tag, like uk or en-GB)"
        )
    return code


@functools.cache
def _iso_code(primary: str) -> str | None:
    import pycountry

    primary = _COUNTRY_ALIASES.get(primary, _WITHDRAWN.get(primary, primary))
    if len(primary) == 2:
        found = pycountry.languages.get(alpha_2=primary)
    else:
        found = pycountry.languages.get(alpha_3=primary) or pycountry.languages.get(
            bibliographic=primary
        )
    if found is None or getattr(found, "scope", "") == "S":
        return None  # unknown, or und / mul / zxx / mis: no language
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


@functools.cache
def _named(name: str) -> str | None:
    import pycountry

    try:
        found = pycountry.languages.lookup(name)
    except LookupError:
        return None
    if getattr(found, "scope", "") == "S":
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)
