"""Calendar words per language: what the date grammar matches and what tense cues it reads.

Month and weekday names come from the plain-text parser's tables
(:data:`newsbrief.parsers.plaintext.dates.MONTH_NAMES` and ``WEEKDAY_NAMES``), so one table serves
both. The grammar's phrases (``last week``, ``in recent months``, seasons, tense cues) are English
here; Ukrainian and Russian get their month and weekday names and the deictic days (``вчора``,
``сегодня``). Adding a language is adding a :class:`Lexicon` to :data:`LEXICONS`.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsbrief.model.frozen import frozen_map
from newsbrief.nlp.languages import normalize_language
from newsbrief.parsers.plaintext.dates import MONTH_NAMES, WEEKDAY_NAMES


def _flatten(table: Mapping[int, tuple[str, ...]]) -> dict[str, int]:
    return {name: number for number, names in table.items() for name in names}


@attrs.frozen
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
    #: Words before a bare month or year that make it a date (``у травні``, ``since 2014``).
    date_cues: frozenset[str] = frozenset()
    #: Reporting verbs: ``officials said`` dates the telling, not the event, so they are no cue.
    reporting: frozenset[str] = frozenset()


_EN_FUTURE = frozenset(
    [
        "will",
        "'ll",
        "shall",
        "won't",
        "next",
        "upcoming",
        "ahead",
        "coming",
        "tomorrow",
        "expected",
        "scheduled",
        "plans",
        "plan",
        "planning",
        "due",
        "intends",
        "intend",
        "going",
        "might",
        "may",
        "should",
        "must",
        "approaches",
        "approaching",
    ]
)
_EN_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "made",
        "took",
        "gave",
        "met",
        "came",
        "went",
        "began",
        "saw",
        "held",
        "led",
        "sent",
        "spoke",
        "struck",
        "wrote",
        "won",
        "lost",
        "fought",
        "brought",
        "thought",
        "became",
        "left",
        "ago",
        "last",
        "earlier",
        "previously",
        "yesterday",
        "ran",
        "shot",
        "hit",
        "knew",
        "found",
        "felt",
        "kept",
        "paid",
        "rose",
        "fell",
        "flew",
        "drew",
        "grew",
        "threw",
    ]
)
_EN_PRESENT_AUX = frozenset(
    ["is", "are", "am", "be", "been", "being", "has", "have", "get", "gets"]
)

_UK_LOCATIVE = {
    month: (name,)
    for month, name in enumerate(
        [
            "січні",
            "лютому",
            "березні",
            "квітні",
            "травні",
            "червні",
            "липні",
            "серпні",
            "вересні",
            "жовтні",
            "листопаді",
            "грудні",
        ],
        start=1,
    )
}
_RU_LOCATIVE = {
    month: (name,)
    for month, name in enumerate(
        [
            "январе",
            "феврале",
            "марте",
            "апреле",
            "мае",
            "июне",
            "июле",
            "августе",
            "сентябре",
            "октябре",
            "ноябре",
            "декабре",
        ],
        start=1,
    )
}

#: Built-in lexicons by language code.
LEXICONS: dict[str, Lexicon] = {
    "en": Lexicon(
        code="en",
        months=_flatten(MONTH_NAMES["en"]),
        weekdays=_flatten(WEEKDAY_NAMES["en"]),
        days={"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1},
        capitalised=True,
        future_cues=_EN_FUTURE,
        past_cues=_EN_PAST,
        present_auxiliaries=_EN_PRESENT_AUX,
        ed_past=True,
        reporting=frozenset(["said", "told", "reported", "added", "stated", "noted", "quoted"]),
    ),
    "uk": Lexicon(
        code="uk",
        # Running text says ``у травні`` (locative) as often as ``травня``.
        months=_flatten(MONTH_NAMES["uk"]) | _flatten(_UK_LOCATIVE),
        weekdays=_flatten(WEEKDAY_NAMES["uk"]),
        days={"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1},
        future_cues=frozenset(["буде", "будуть", "наступного", "наступної", "наступний", "завтра"]),
        past_cues=frozenset(["минулого", "минулої", "минулий", "вчора", "учора"]),
        date_cues=frozenset(["у", "в", "до", "від", "з", "із", "після", "наприкінці", "на"]),
    ),
    "ru": Lexicon(
        code="ru",
        months=_flatten(MONTH_NAMES["ru"]) | _flatten(_RU_LOCATIVE),
        weekdays=_flatten(WEEKDAY_NAMES["ru"]),
        days={"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1},
        future_cues=frozenset(["будет", "будут", "следующей", "следующего", "следующий", "завтра"]),
        past_cues=frozenset(["прошлой", "прошлого", "прошлый", "вчера"]),
        date_cues=frozenset(["в", "во", "до", "от", "с", "со", "после", "к", "на"]),
    ),
}


def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon of ``language`` (a code or name); English when unknown or unsupported."""
    return LEXICONS.get(normalize_language(language), LEXICONS["en"])
