"""A person's name the chunker ran on from the words before it (issue 16, session 28): an
acronym or a word the dictionary knows as no one's name (``Президент РАН Геннадий Красников``)
or a name in another case (``сказал Ивану Петрову Олег Сухарев``) before a first name and a
surname in the nominative is cut off, and so is a name in an oblique case after them
(``сообщил Игорь Лебедев Анне Смирновой``). The sentences are written for these tests."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(text: str, language: str) -> set[str]:
    """The words of every person's mention."""
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
        if a.attributes["type"] == "person"
    }


def test_an_acronym_before_a_name_is_no_part_of_it() -> None:
    assert _people("Вице-президент РАН Геннадий Красников открыл съезд физиков.", "ru") == {
        "Геннадий Красников"
    }


def test_a_name_in_another_case_before_a_nominative_one_is_anothers() -> None:
    people = _people("«Отчёт готов», — ответил Ивану Петрову Олег Сухарев в четверг.", "ru")
    assert "Олег Сухарев" in people
    assert not any(p.endswith("Олег Сухарев") and p != "Олег Сухарев" for p in people)


def test_a_name_in_another_case_after_a_nominative_one_is_anothers() -> None:
    people = _people("«Ремонт закончен», — сообщил Игорь Лебедев Анне Смирновой вчера.", "ru")
    assert "Игорь Лебедев" in people
    assert not any(p.startswith("Игорь Лебедев") and p != "Игорь Лебедев" for p in people)


def test_a_town_in_a_case_before_two_names_is_no_part_of_them() -> None:
    people = _people("Глава Самары Айдар Мухаметов встретился с жителями.", "ru")
    assert "Айдар Мухаметов" in people
    assert not any(p.startswith("Самары") for p in people)


def test_a_full_name_with_a_patronymic_is_kept_whole() -> None:
    assert "Анна Сергеевна Котова" in _people("Анна Сергеевна Котова возглавила фонд.", "ru")


def test_a_town_in_a_case_before_a_first_name_alone_is_no_part_of_it() -> None:
    """(session 32) A resident named by her first name after her town's genitive: the town
    is no surname (``Твери Людмила`` would be read as one person, her town's other mentions
    merged into her)."""
    people = _people("Жительница Твери Людмила греет воду в кастрюлях.", "ru")
    assert people == {"Людмила"}
    # A surname the dictionary also reads so stays the name's.
    assert _people("Жительница города Людмила Котова греет воду.", "ru") == {"Людмила Котова"}


def test_a_first_name_in_an_oblique_case_before_a_full_name_is_anothers() -> None:
    """(session 34) A first name read only in the genitive is the complement of the noun
    before it (a role's, a relative's), not the first word of the name after it."""
    people = _people("Исполнительница роли Жизели Анна Котова вышла на поклон.", "ru")
    assert "Анна Котова" in people
    assert not any(p.endswith("Анна Котова") and p != "Анна Котова" for p in people)
    people = _people("На суде выступила мать Кирилла Ольга Петрова.", "ru")
    assert "Ольга Петрова" in people
    assert not any(p.startswith("Кирилла") for p in people)
