"""Russian and Ukrainian streets, islands, seas and districts named by a capitalised adjective
and a lower-case noun of place (``[entities] place_nouns_after``), the adjective in any case,
an instrumental or locative one too (``inner_adjective_endings``): one place; in quotation marks
after a shop's or chain's noun the same words name a body."""

from __future__ import annotations

from helpers.entities import found


def test_an_adjective_and_a_street_or_island_noun_name_one_place() -> None:
    ru = found("Кафе на Литейном проспекте закрыли, а пробка на Ярославском шоссе растёт.", "ru")
    assert ("Литейном проспекте", "place") in ru
    assert ("Ярославском шоссе", "place") in ru
    ru = found("Мост на Крестовском острове открыли рядом с Дмитровским шоссе.", "ru")
    assert ("Крестовском острове", "place") in ru
    assert ("Дмитровским шоссе", "place") in ru
    uk = found("Кав'ярню на Гончарівській вулиці відкрили біля Андріївських сходів.", "uk")
    assert ("Гончарівській вулиці", "place") in uk
    assert ("Андріївських сходів", "place") in uk


def test_an_adjective_of_an_inner_ending_and_a_district_noun_name_one_place() -> None:
    ru = found("Пожар потушили в Северном районе, а затор стоит перед Окружным шоссе.", "ru")
    assert ("Северном районе", "place") in ru
    assert ("Окружным шоссе", "place") in ru


def test_the_same_words_in_quotation_marks_after_a_chain_name_a_body() -> None:
    ru = found(
        "Хлеб в магазинах сети «Садовая улица» подорожал, а кафе на Садовой улице закрыли.", "ru"
    )
    assert ("Садовая улица", "organisation") in ru
    assert ("Садовой улице", "place") in ru
