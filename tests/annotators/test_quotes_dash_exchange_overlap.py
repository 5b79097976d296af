"""A dash line inside a quotation already read over several lines is no turn of its own
(review RS, session 35): an exchange's unattributed lines never overlap a quotation.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from helpers.quotes import quotations

DAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "— Где ты был? — спросила мать.\n— Далеко.\n— А теперь?\n— Теперь я дома.\n"),
        ("uk", "— Куди ви їдете? — запитав сусід.\n— До Львова.\n— А потім?\n— Не знаю.\n"),
    ],
)
def test_no_quotation_overlaps_another(language: str, text: str) -> None:
    found = sorted(quotations(text, DAY, language=language), key=lambda q: q.start)
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start, (first.text, second.text)
        assert text[first.start : first.end] == first.text
