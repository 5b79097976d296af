"""Russian and Ukrainian write lower case after a colon in running text, so a capital after a
colon ending a lower-case word opens a headline or a quote (``Читайте также: Студенты МИСИС
...``): its first word is read as a sentence's first word, a common noun there no part of the
name after it (session 40, lane R). A capitalised label's colon (``Фото: ...``) is followed
by a name. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.entities import found

_PUBLISHED = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "language", "opener", "kind", "name"),
    [
        (
            "Мусор вывезут к пятнице.\n\nЧитайте также: Студенты МИСИС собрали спутник",
            "ru",
            "Студенты",
            "organisation",
            "МИСИС",
        ),
        (
            "Воду дадуть увечері.\n\nЧитайте також: Студенти КПІ зібрали супутник",
            "uk",
            "Студенти",
            "organisation",
            "КПІ",
        ),
    ],
)
def test_a_common_noun_after_a_colon_is_no_part_of_the_name(
    text: str, language: str, opener: str, kind: str, name: str
) -> None:
    got = found(text, language, _PUBLISHED)
    assert (name, kind) in got
    assert not any(words.startswith(opener) for words, _ in got)


def test_a_name_after_a_capitalised_label_stays_a_name() -> None:
    got = found("Мост открыли после ремонта. Фото: Олег Савчук / пресс-служба", "ru", _PUBLISHED)
    assert ("Олег Савчук", "person") in got
