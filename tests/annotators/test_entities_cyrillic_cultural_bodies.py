"""Russian and Ukrainian cultural bodies and city halls (session 38, lane K): a theatre's,
museum's or gallery's noun after a capitalised adjective names a body, and a body's noun
before its place (``Мэрия``) is read as no first name."""

from __future__ import annotations

from helpers.entities import found


def test_a_theatre_museum_or_gallery_after_a_capitalised_adjective_is_a_body() -> None:
    ru = found("Гастроли Малого театра прошли в мае, а выставку привезли из Русского музея.", "ru")
    assert ("Малого театра", "organisation") in ru
    assert ("Русского музея", "organisation") in ru
    assert ("Тверской галереи", "organisation") in found(
        "Картины вернули в фонды Тверской галереи после реставрации.", "ru"
    )
    uk = found("Виставу показали у Львівському театрі, а костюми зберігає Волинський музей.", "uk")
    assert ("Львівському театрі", "organisation") in uk
    assert ("Волинський музей", "organisation") in uk


def test_a_city_hall_opening_a_sentence_is_no_first_name() -> None:
    ru = found(
        "Мэрия Новосибирска закупит новые машины. Заместитель мэра Новосибирска рассказал о "
        "планах.",
        "ru",
    )
    assert ("Новосибирска", "place") in ru
    assert not any(kind == "person" for _, kind in ru)


def test_a_capitalised_adjective_and_a_capitalised_court_noun_name_a_body() -> None:
    uk = found("Минулого тижня Конституційний Суд відхилив подання депутатів.", "uk")
    assert ("Конституційний Суд", "organisation") in uk
    assert not any(kind == "person" for _, kind in uk)


def test_a_regional_adjective_and_a_body_noun_or_acronym_name_a_body() -> None:
    uk = found("Депутати Полтавської облради і митники Волинської митниці зустрілися.", "uk")
    assert ("Полтавської облради", "organisation") in uk
    assert ("Волинської митниці", "organisation") in uk
    ova = found("Начальник Сумської ОВА повідомив про нові укриття.", "uk")
    assert ("Сумської ОВА", "organisation") in ova
    assert not any(kind == "person" for _, kind in ova)


def test_a_regional_or_negating_adjective_opening_a_sentence_names_no_body() -> None:
    uk = found(
        "Обласна прокуратура відкрила провадження. «Жодна школа не зачиниться», — сказав він.", "uk"
    )
    assert not any(kind == "organisation" for _, kind in uk)
    ru = found("Областная прокуратура начала проверку после аварии.", "ru")
    assert not any(kind == "organisation" for _, kind in ru)


def test_an_adjective_in_the_prepositional_and_a_capitalised_body_noun_name_a_body() -> None:
    # (review RK: ``Большом``, ``Центральном`` end as no nominative adjective does; after a
    # preposition of place the two words are the body's, not a town's)
    ru = found("Оперу дали в Большом Театре, а деньги хранятся в Центральном Банке.", "ru")
    assert ("Большом Театре", "organisation") in ru
    assert ("Центральном Банке", "organisation") in ru
