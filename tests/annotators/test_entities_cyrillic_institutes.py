"""A Russian or Ukrainian institute's name written head first (``Института молекулярной
биологии``, ``Інституті геофізики``) is a body's name, with the person it is named after
(``имени В. А. Иванова``) and the academy's acronym after it (``РАН``, ``СО РАН``, ``НАН
України``): an acronym there is neither a first name nor a stop word, and a plural verb after
a head in an oblique case joins no second subject to it.

The sentences and bodies are invented for these tests in the manner of news articles."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "ru",
            "Опыт поставили в Институте почвоведения имени П. А. Соколова.",
            "Институте почвоведения имени П. А. Соколова",
        ),
        (
            "ru",
            "Об этом рассказал сотрудник Института Азии РАН Олег Смирнов.",
            "Института Азии РАН",
        ),
        (
            "ru",
            "Сотрудники Института геологии и минералогии СО РАН провели раскопки.",
            "Института геологии и минералогии СО РАН",
        ),
        ("uk", "Він працює в Інституті ботаніки НАН України.", "Інституті ботаніки НАН України"),
    ],
)
def test_an_institute_is_one_body_with_its_eponym_and_academy(
    language: str, text: str, body: str
) -> None:
    assert (body, "organisation") in mentions(text, language)


def test_a_person_after_the_academy_s_acronym_is_their_own_name() -> None:
    found = mentions("Об этом рассказал сотрудник Института Азии РАН Олег Смирнов.", "ru")
    assert ("Олег Смирнов", "person") in found
