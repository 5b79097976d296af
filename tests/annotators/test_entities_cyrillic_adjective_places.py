"""Russian and Ukrainian places named by an adjective and a noun, in an oblique case after a
preposition of place (session 38, lane K): a place's name, not a person's; a person's name
after such a preposition stays a person's."""

from __future__ import annotations

from helpers.entities import found


def test_an_adjective_and_a_noun_after_a_preposition_of_place_name_a_place() -> None:
    ru = found(
        "Состав остановился под Верхним Волочком, а пассажиров отвезли в Старом Осколе.", "ru"
    )
    assert ("Верхним Волочком", "place") in ru
    assert ("Старом Осколе", "place") in ru
    uk = found("Бригада приїхала з Кам’янської Січі і працювала на Сіверському Донці.", "uk")
    assert ("Кам’янської Січі", "place") in uk
    assert ("Сіверському Донці", "place") in uk


def test_a_first_name_and_a_surname_after_such_a_preposition_stay_a_person() -> None:
    assert ("Андреем Беловым", "person") in found("Встречу провели с Андреем Беловым.", "ru")


def test_an_adjectival_surname_and_a_first_name_after_such_a_preposition_stay_a_person() -> None:
    # (review RK: the dictionary reads the two words as one person's name in one case; a
    # town's are no name so, ``Кривому Розі`` no name of one gender)
    ru = found("Спор вышел у Горького Максима с издателем.", "ru")
    assert ("Горького Максима", "person") in ru
    uk = found("Зустріч відбулася з Ковальським Андрієм у понеділок.", "uk")
    assert ("Ковальським Андрієм", "person") in uk
    assert ("Кривому Розі", "place") in found("Вибухи пролунали у Кривому Розі вночі.", "uk")
