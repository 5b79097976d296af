"""A body's noun in a case form before a place's genitive names a body, not a person (issue 16,
session 39): ``Парламенту Уельсу``, ``Парламенту Уэльса``, whose noun the language lists among
the nouns bodies are named by (``[entities] organisation_endings``), as ``Совете Федерации``
is named by ``organisation_nouns_after``. The Red Cross is known in Russian and Ukrainian in any
case, as in English."""

from __future__ import annotations

from helpers.entities import found


def test_a_parliament_s_noun_in_the_dative_and_a_place_name_a_body() -> None:
    uk = found("Петицію передали Парламенту Уельсу у середу.", "uk")
    assert ("Парламенту Уельсу", "organisation") in uk
    ru = found("Петицию передали Парламенту Уэльса в среду.", "ru")
    assert ("Парламенту Уэльса", "organisation") in ru


def test_the_red_cross_is_a_body_in_any_case() -> None:
    uk = found("Червоний Хрест відкрив пункт, а волонтери Червоного Хреста роздали їжу.", "uk")
    assert {("Червоний Хрест", "organisation"), ("Червоного Хреста", "organisation")} <= uk
    ru = found("Красный Крест открыл пункт, а волонтеры Красного Креста раздали еду.", "ru")
    assert {("Красный Крест", "organisation"), ("Красного Креста", "organisation")} <= ru
