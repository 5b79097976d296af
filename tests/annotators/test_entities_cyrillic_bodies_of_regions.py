"""A Russian or Ukrainian body's name that ends in a region's capitalised adjective goes on to
the region's lower-case noun (``Прокуратура Тверской области``, ``Міністерства охорони
здоров'я Полтавської області``): one body, not a body cut after the adjective."""

from __future__ import annotations

from helpers.entities import found


def test_a_body_named_with_a_region_keeps_the_region_noun() -> None:
    ru = found("Проверку начала Прокуратура Тверской области.", "ru")
    assert ru == {("Прокуратура Тверской области", "organisation")}
    ru = found(
        "Об этом сообщили в пресс-службе Министерства здравоохранения Тверской области.", "ru"
    )
    assert ru == {("Министерства здравоохранения Тверской области", "organisation")}
    uk = found("Перевірку почала Прокуратура Полтавської області.", "uk")
    assert uk == {("Прокуратура Полтавської області", "organisation")}


def test_a_region_after_a_lower_case_body_noun_stays_a_place() -> None:
    ru = found("Её поддержала прокуратура Северного административного округа.", "ru")
    assert ("Северного административного округа", "place") in ru
