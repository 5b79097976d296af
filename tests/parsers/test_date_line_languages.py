"""The date-line grammar reads every language's calendar without keeping babel's locales."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsbrief.languages import cldr, reload
from newsbrief.parsers.plaintext import dates


def _fresh_grammar(monkeypatch: pytest.MonkeyPatch, held: int) -> tuple[Any, ...]:
    """The grammar built from scratch (CLDR read again) with babel holding ``held`` locales."""
    monkeypatch.setattr(dates, "_LOCALES_HELD", held)
    cldr.calendar.cache_clear()
    reload()  # forgets the languages and, through ``on_reload``, the grammar
    grammar = dates._grammar()
    return (
        dict(grammar.months),
        dict(grammar.weekdays),
        [(form.pattern, form.flags) for form in grammar.forms],
        grammar.weekday_prefix.pattern,
        (grammar.label.pattern, grammar.label.flags),
    )


def test_letting_babel_go_between_languages_changes_no_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    try:
        kept = _fresh_grammar(monkeypatch, 10_000)  # babel keeps every locale, as before
        released = _fresh_grammar(monkeypatch, 1)  # let go after each language
        assert released == kept
        assert len(kept[0]) > 300  # months of every language, not of the last few read
        assert dates.month_number("березня") == 3
        assert dates.month_number("Sept.") == 9
        assert dates.weekday_number("Dienstag") == 1
        assert dates.find_date("Київ, 26 листопада 2024") == dt.date(2024, 11, 26)
    finally:
        cldr.calendar.cache_clear()
        reload()


def test_babel_reads_a_released_locale_again() -> None:
    from babel import Locale
    from babel.localedata import clear_caches

    clear_caches()
    assert Locale.parse("uk").months["format"]["wide"][3] == "березня"
