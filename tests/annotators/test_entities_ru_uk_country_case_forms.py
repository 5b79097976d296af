"""A country's case form whose stem is not its nominative's (``Египта``, ``Єгипту``: the
vowel of ``Египет``, ``Єгипет`` drops) is the country, by the dictionary's nominative, where
that nominative is the place's own spelling (session 40, lane R). The sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _typed(text: str, language: str) -> set[tuple[str, str]]:
    """``(type, words)`` of every entity mention."""
    document = Document.from_text(
        text, id="e", metadata=Metadata(language=language, published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {
        (str(a.attributes["type"]), a.text) for a in document.annotations_of(AnnotationKind.ENTITY)
    }


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Туристы вернулись из Египта раньше срока.", "ru", "Египта"),
        ("Посольство в Египте продлило работу.", "ru", "Египте"),
        ("Туристи повернулися з Єгипту раніше строку.", "uk", "Єгипту"),
    ],
)
def test_a_country_whose_vowel_drops_is_found_in_its_case_forms(
    text: str, language: str, place: str
) -> None:
    assert ("place", place) in _typed(text, language)


def test_a_surname_whose_stem_is_a_country_s_stays_no_place() -> None:
    # (``Чехова``: the surname ``Чехов``, whose stem is that of ``Чехия``)
    found = _typed("Режиссер Анна Белова поставила Чехова в новом театре.", "ru")
    assert ("place", "Чехова") not in found
