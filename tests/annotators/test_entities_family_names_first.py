"""An East Asian name written family name first in three parts (``Мун Чжэ Ин``, ``Кім Чен
Ин``): its family name alone later in the article is that person, not another article's
person whose first name it resembles (``Муни Корхонен``), whichever other articles a batch
holds (issue 16, session 34). The sentences are written for these tests."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(texts: list[str], language: str) -> list[dict[str, str]]:
    """Per document, each person mention's text -> its entity's name."""
    documents = [
        Document.from_text(text, id=f"d{i}", metadata=Metadata(language=language))
        for i, text in enumerate(texts)
    ]
    return [
        {
            a.text: str(a.attributes["name"])
            for a in document.annotations_of(AnnotationKind.ENTITY)
            if a.attributes["type"] == "person"
        }
        for document in EntityAnnotator().annotate(documents)
    ]


def test_a_family_name_alone_is_the_three_part_name_of_its_own_article() -> None:
    russian, _ = _people(
        [
            "Президент Южной Кореи Мун Чжэ Ин прибыл в Вашингтон. Мун заявил, что соглашение "
            "подпишут осенью.",
            "Финский нападающий Муни Корхонен забил два гола.",
        ],
        "ru",
    )
    assert russian["Мун"] == "Мун Чжэ Ин"
    ukrainian, _ = _people(
        [
            "Президент Південної Кореї Юн Сок Йоль прибув до Вашингтона. Юн заявив, що угоду "
            "підпишуть восени.",
            "Фінський нападник Юні Корхонен забив два голи.",
        ],
        "uk",
    )
    assert ukrainian["Юн"] == "Юн Сок Йоль"


def test_a_lone_name_is_no_other_articles_first_name_in_another_case() -> None:
    # (``Лула`` and ``Лулу`` share a key once case endings are cut; only a name written
    # alike in another article is its person)
    lula, _ = _people(
        [
            "Президент Бразилии Лула да Силва прибыл в Москву. Лула заявил, что переговоры "
            "продолжатся.",
            "Певица Лулу Смирнова получила премию.",
        ],
        "ru",
    )
    assert lula.get("Лула") != "Лулу Смирнова"
    _, xi = _people(
        [
            "Председатель КНР Си Цзиньпин прибыл в Москву.",
            "Си заявил, что переговоры продолжатся.",
        ],
        "ru",
    )
    assert xi["Си"] == "Си Цзиньпин"
