"""Calendar words per language: what the date grammar matches and what tense cues it reads.

A :class:`Lexicon` is a view of the language home (:func:`newsbrief.languages.language`): month
and weekday names come from CLDR through babel, the rest (locatives such as ``у травні``, ``Sept.``,
seasons, number words, tense cues) from the language's data file. Adding a language is adding its
data file (``docs/languages.md``); nothing here changes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator, Mapping

import attrs

from newsbrief.languages import (
    UNDETERMINED,
    Language,
    language,
    normalize,
    on_reload,
    supported,
)
from newsbrief.model.frozen import frozen_map

#: The lexicon of a document whose language is not known.
DEFAULT = "en"
# Abbreviations shorter than this are words too often (German ``So``, ``Do``; Ukrainian ``пн``).
_MIN_ABBREVIATION = 3


@attrs.frozen(cache_hash=True)  # rules are cached by lexicon: its maps hash slowly
class Lexicon:
    """The calendar words of one language."""

    #: ISO 639-1 code.
    code: str
    #: Lower-case month name or abbreviation -> month number (1-12).
    months: Mapping[str, int] = attrs.field(converter=frozen_map)
    #: Lower-case weekday name or abbreviation -> ``date.weekday()`` number (Monday = 0).
    weekdays: Mapping[str, int] = attrs.field(converter=frozen_map)
    #: Deictic day words -> offset in days from the publication date (``yesterday`` -> -1).
    days: Mapping[str, int] = attrs.field(converter=frozen_map)
    #: Whether month and weekday names are capitalised in running text (English ``May``, not
    #: the modal ``may``); Ukrainian and Russian write them in lower case.
    capitalised: bool = False
    #: Words after which a bare weekday or month refers to the future (``will``, ``next``).
    future_cues: frozenset[str] = frozenset()
    #: Words that put a clause in the past (``said``, ``was``); regular ``-ed`` forms are read
    #: by rule when :attr:`ed_past` is set.
    past_cues: frozenset[str] = frozenset()
    #: Auxiliaries that make a following ``-ed`` form a passive or perfect, not a past tense.
    present_auxiliaries: frozenset[str] = frozenset()
    #: Whether a lower-case word in ``-ed`` marks the past tense.
    ed_past: bool = False
    #: Words in ``-ed`` that are no past tense (``indeed``, ``hundred``).
    not_past: frozenset[str] = frozenset()
    #: Words before a bare month or year that make it a date (``у травні``, ``since 2014``).
    date_cues: frozenset[str] = frozenset()
    #: Reporting verbs: ``officials said`` dates the telling, not the event, so they are no cue.
    reporting: frozenset[str] = frozenset()
    #: Season words -> ``spring``, ``summer``, ``autumn`` or ``winter``.
    seasons: Mapping[str, str] = attrs.field(converter=frozen_map, factory=dict)
    #: Number words for small counts (``two`` -> 2).
    numbers: Mapping[str, int] = attrs.field(converter=frozen_map, factory=dict)


def fold(word: str) -> str:
    """``word`` as the date grammar's tables key it, with the letters folded together that the
    regular-expression engine's case-insensitive matching takes for one another.

    The engine matches ``ſ`` to ``s``, ``ı`` and ``İ`` to ``i``, ``ς`` to ``σ`` and a few more
    pairs whatever their case, where ``str.lower`` keeps them apart; a word the grammar matched
    (``laſt``, ``thırd``) would then miss the table its pattern was built from. Each character
    becomes the lower case of its upper case (one character for one, so offsets in the word
    stay; where that is not one character, its own lower case's first). Most words are ASCII
    once lower-cased, and that is the answer. A test checks, over all of Unicode, that the
    engine matches no character to a table word's character that folds otherwise.
    """
    low = word.lower()
    if low.isascii():
        return low
    return "".join(map(_fold_char, word))


@functools.lru_cache(maxsize=4096)  # bounded: any character may come
def _fold_char(char: str) -> str:
    # A character with a one-character canonical form is taken as that form first: the engine
    # also matches ``ΐ`` (U+1FD3) to ``ΐ`` (U+0390), whose upper cases are not one character.
    composed = unicodedata.normalize("NFC", char)
    if len(composed) == 1:
        char = composed
    upper = char.upper()
    folded = (upper if len(upper) == 1 else char).lower()
    return folded if len(folded) == 1 else char.lower()[:1]


def _short_forms(table: Mapping[str, int], lang: Language) -> dict[str, int]:
    # Abbreviations only where names are capitalised: a lower-case ``лист`` (letter) or ``mar``
    # in running text is a word, while ``Feb``/``Okt`` can only be a month.
    if not lang.capitalised_calendar:
        return {}
    return {word: number for word, number in table.items() if len(word) >= _MIN_ABBREVIATION}


def from_language(lang: Language) -> Lexicon:
    """The date grammar's view of ``lang``."""
    return Lexicon(
        code=lang.code,
        months={**_short_forms(lang.month_abbreviations, lang), **lang.months},
        weekdays={**_short_forms(lang.weekday_abbreviations, lang), **lang.weekdays},
        days=lang.relative_days,
        capitalised=lang.capitalised_calendar,
        future_cues=lang.tense.get("future", frozenset()),
        past_cues=lang.tense.get("past", frozenset()),
        present_auxiliaries=lang.tense.get("present_auxiliaries", frozenset()),
        ed_past=lang.ed_past,
        not_past=lang.tense.get("not_past", frozenset()),
        date_cues=lang.date_cues,
        reporting=lang.tense.get("reporting", frozenset()),
        seasons=lang.seasons,
        numbers=lang.numbers,
    )


@functools.cache
def lexicon_for(language_code: str | None) -> Lexicon:
    """The lexicon of ``language_code`` (a code or name; cached). A language newsbrief has no
    data file for still gets CLDR's month and weekday names; English only when no language is
    known at all."""
    code = normalize(language_code)
    return from_language(language(DEFAULT if code == UNDETERMINED else code))


on_reload(lexicon_for.cache_clear)


class _Lexicons(Mapping[str, Lexicon]):
    """The lexicons of the supported languages, built on first use."""

    def __getitem__(self, code: str) -> Lexicon:
        if code not in supported():
            raise KeyError(code)
        return lexicon_for(code)

    def __iter__(self) -> Iterator[str]:
        return iter(supported())

    def __len__(self) -> int:
        return len(supported())


#: Lexicons of the supported languages by code (built lazily from the language home).
LEXICONS: Mapping[str, Lexicon] = _Lexicons()
