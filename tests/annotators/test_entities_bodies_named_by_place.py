"""One list of the nouns naming a body by the place after it (``[entities]
organisation_of_place`` of ``ru.toml`` and ``uk.toml``): capitalised, the entity annotator reads
a body's name (``Администрация Тулы``); in lower case after a preposition of place, the quote
annotator reads the governing body that speaks (``В мэрии Владивостока заверили``), where a
second list once held the same nouns.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("ru", "Администрация Тулы выделила средства на ремонт школ.", "Администрация Тулы"),
        ("uk", "Адміністрація Полтави оголосила конкурс на ремонт мосту.", "Адміністрація Полтави"),
    ],
)
def test_a_governing_body_named_by_its_town_is_an_organisation(
    language: str, text: str, body: str
) -> None:
    document = Document.from_text(text, id="t", metadata=Metadata(language=language, published=DAY))
    (document,) = EntityAnnotator().annotate([document])
    found = {text[a.start : a.end]: a.attributes.get("type") for a in document.annotations}
    assert found.get(body) == "organisation"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "В администрации Тулы заверили, что школы «откроются в срок».",
            "администрация Тулы",
        ),
        (
            "uk",
            "У міськраді Полтави повідомили, що міст «відремонтують до зими».",
            "міськрада Полтави",
        ),
    ],
)
def test_the_governing_body_of_a_town_speaks(language: str, text: str, speaker: str) -> None:
    found = speakers_and_roles(f"Заголовок\n\nВступ.\n\n{text}", DAY, language=language)
    assert [s for s, _ in found.values()] == [speaker]
