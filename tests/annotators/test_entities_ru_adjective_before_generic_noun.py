"""A Russian capitalised adjective in an oblique case before the generic noun it agrees with
names the body or the place with that noun (``Законодательного собрания``, ``Намского улуса``,
``Арабатскую косу``), never a person its role word before it seemed to name (session 40, lane
R). The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _typed(text: str) -> set[tuple[str, str]]:
    """``(type, words)`` of every entity mention."""
    document = Document.from_text(
        text, id="a", metadata=Metadata(language="ru", published=dt.date(2026, 12, 1))
    )
    (document,) = EntityAnnotator().annotate([document])
    return {
        (str(a.attributes["type"]), a.text) for a in document.annotations_of(AnnotationKind.ENTITY)
    }


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Вчера спикер Законодательного собрания Игорь Семёнов открыл сессию.",
            "organisation",
            "Законодательного собрания",
        ),
        ("Глава Намского улуса Семён Егоров рассказал о паводке.", "place", "Намского улуса"),
        ("Летом туристы едут на Арабатскую косу за тишиной.", "place", "Арабатскую косу"),
    ],
)
def test_an_adjective_and_its_generic_noun_are_one_name(text: str, kind: str, name: str) -> None:
    found = _typed(text)
    assert (kind, name) in found
    assert not any(k == "person" and name.startswith(words) for k, words in found)


def test_a_meeting_opening_a_sentence_names_no_body() -> None:
    found = _typed("Внеочередное собрание акционеров пройдёт в марте.")
    assert not any(k == "organisation" for k, _ in found)
