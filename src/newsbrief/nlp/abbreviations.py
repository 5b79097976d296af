"""Abbreviations per language, used to repair sentence splits made after them.

Three kinds, all lower-case and without their final period:

* ``never_final``: titles and the like that are always followed by more of the sentence
  (``Lt. Gen. Mark Hertling``, ``Mr. Umerov``, ``им. Пушкина``);
* ``before_number``: abbreviations that continue the sentence when a number follows
  (``Feb. 28``, ``No. 5``, ``p. 55``);
* time expressions after which a time zone continues the sentence (``7:30 a.m. ET``).
"""

from __future__ import annotations

import attrs

from newsbrief.nlp.languages import normalize_language


@attrs.frozen
class Abbreviations:
    """The abbreviations of one language."""

    #: Never end a sentence.
    never_final: frozenset[str]
    #: Continue the sentence when a number follows.
    before_number: frozenset[str]


_EN_TITLES = """
mr mrs ms messrs mmes dr prof gen lt col capt cpt sgt maj adm cmdr cdr brig cpl pvt gov sen
rep reps rev hon pres supt insp det mt ft msgr fr st atty amb lieut
vs v e.g i.e cf approx ca fig figs eq viz
"""
_EN_NUMBERED = """
jan feb mar apr jun jul aug sep sept oct nov dec no nos nr p pp vol vols ch chap sec art ext
tel para pt n°
"""
_DE = "z.b bzw u.a usw vgl ggf d.h dr prof hr fr nr st sog s ca inkl evtl"
_FR = "m mm mme mlle dr pr st ste cf p ex env n°"
_ES = "sr sra srta dr dra ud uds p pág núm art"
_RU = """
им ім ул вул пр просп пл пер кв ген проф акад доц тов т.е т.к т.н т.ч т.зв см ср напр
обл р-н
"""
_RU_NUMBERED = "гл ст п пп с стр рис табл № т д"

_NEVER_FINAL: dict[str, str] = {
    "en": _EN_TITLES,
    "de": _EN_TITLES + _DE,
    "fr": _FR,
    "es": _ES,
    "ru": _RU,
    "uk": _RU,
    "bg": _RU,
}
_BEFORE_NUMBER: dict[str, str] = {
    "en": _EN_NUMBERED,
    "ru": _RU_NUMBERED,
    "uk": _RU_NUMBERED,
    "bg": _RU_NUMBERED,
}

#: Time zones that may follow ``a.m.``/``p.m.`` within the same sentence.
TIME_ZONES = frozenset(
    [
        "ET",
        "EST",
        "EDT",
        "CT",
        "CST",
        "CDT",
        "MT",
        "MST",
        "MDT",
        "PT",
        "PST",
        "PDT",
        "AKST",
        "HST",
        "GMT",
        "UTC",
        "BST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "MSK",
        "IST",
        "JST",
        "AEST",
        "AEDT",
        "KST",
    ]
)
#: ``a.m.`` and friends (lower-case, without the final period).
TIMES = frozenset({"a.m", "p.m", "am", "pm"})

_CACHE: dict[str, Abbreviations] = {}


def abbreviations(language: str | None) -> Abbreviations:
    """The abbreviations for ``language``; English ones are always included, since news in
    any language quotes English names and titles."""
    code = normalize_language(language)
    if code not in _CACHE:
        never = set(_EN_TITLES.split()) | set(_NEVER_FINAL.get(code, "").split())
        numbered = set(_EN_NUMBERED.split()) | set(_BEFORE_NUMBER.get(code, "").split())
        _CACHE[code] = Abbreviations(frozenset(never), frozenset(numbered))
    return _CACHE[code]
