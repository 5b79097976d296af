"""First names in Cyrillic are read in their nominative (issue 16, session 23): a case form is
put back to the nominative before the name dictionary is asked (``Наталії`` is Наталія,
``Роберта`` is Robert's genitive, not the woman's name Roberta), and a place, a stop word or a
common noun is never a first name however it transliterates (``Франції``, ``Китая``, ``Нова``)."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _found(text: str, language: str) -> set[tuple[str, str, str]]:
    """(text, type, gender) of every entity mention."""
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        (a.text, str(a.attributes["type"]), str(a.attributes.get("gender", "")))
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_place_in_the_genitive_does_not_open_the_name_after_it() -> None:
    found = _found("Посол Франції Жан Дюпон відвідав Київ у середу.", "uk")
    assert ("Жан Дюпон", "person", "male") in found
    assert not any(text.startswith("Франції") and kind == "person" for text, kind, _ in found)


def test_a_country_in_the_genitive_is_a_place_not_a_person() -> None:
    found = _found(
        "Делегация Китая прибыла в Пекин. Переговоры с представителями Китая продолжатся.", "ru"
    )
    assert ("Китая", "place", "") in found


def test_a_mans_name_in_the_genitive_keeps_his_gender() -> None:
    uk = _found(
        "Прем'єр зустрівся з Робертом Ковалем. Заява Роберта Коваля з'явилася ввечері.", "uk"
    )
    assert ("Роберта Коваля", "person", "male") in uk
    ru = _found(
        "Журналисты поговорили с Дональдом Коваленко. Слова Дональда Коваленко цитируют все.",
        "ru",
    )
    assert ("Дональда Коваленко", "person", "male") in ru


def test_a_womans_name_in_the_genitive_is_still_a_first_name() -> None:
    found = _found("Міністерка Наталія Ткач відвідала школу. Слова Наталії Ткач цитують усі.", "uk")
    assert ("Наталії Ткач", "person", "female") in found


def test_an_adjective_opening_a_town_is_no_first_name() -> None:
    found = _found("Нова Каховка залишилася без води. Про це повідомив Іван Петренко.", "uk")
    assert not any(kind == "person" and text.startswith("Нова") for text, kind, _ in found)
    assert ("Іван Петренко", "person", "male") in found


def test_a_first_name_whose_stem_is_a_countrys_is_a_person() -> None:
    # ``Данила`` and ``Дания`` (Denmark) share the stem ``дан``; ``Данила`` is no case form.
    found = _found("Нападающий Данила Петров забил гол. Петров улетел в Данию в понедельник.", "ru")
    assert any(text == "Данила Петров" and kind == "person" for text, kind, _ in found)
    assert not any(text.startswith("Данила") and kind == "place" for text, kind, _ in found)
    assert any(text == "Данию" and kind == "place" for text, kind, _ in found)
