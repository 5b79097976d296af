"""A place is looked up by its stem in languages with case endings; a first name or a noun of
nationality sharing that stem is no place (issue 16, session 23): ``Martin`` is not
``Martinique``, ``der Schwede`` is not ``Schweden``, and a speaker called by nationality is the
person the sentence before opens with."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_and_roles

from helpers.entities import found as _found


def test_a_first_name_sharing_a_places_stem_is_a_person() -> None:
    found = _found("Le joueur Paul Martin a marqué. Il vit en Martinique depuis 2019.", "fr")
    assert ("Paul Martin", "person") in found
    assert ("Martinique", "place") in found
    assert ("Martin", "place") not in found


def test_a_noun_of_nationality_is_no_place() -> None:
    found = _found("Am Abend sprach der Schwede lange mit den Fans in Schweden.", "de")
    assert ("Schwede", "place") not in found
    assert ("Schweden", "place") in found


def test_a_dutch_name_keeps_van_den() -> None:
    found = _found("Le ministre belge Pieter Van den Eynde est arrivé à Bruxelles.", "fr")
    assert ("Pieter Van den Eynde", "person") in found


def test_a_speaker_called_by_nationality_is_the_sentence_subject() -> None:
    text = (
        "„Der Ball war drin“, sagte Paul Weber nach dem Spiel.\n\n"
        "Trainer Lars Nilsson war enttäuscht. „Wir waren nicht konsequent genug“, sagte der "
        "Schwede."
    )
    found = speakers_and_roles(text, dt.date(2026, 3, 2), language="de")
    assert found["Wir waren nicht konsequent genug"][0] == "Lars Nilsson"


def test_a_countrys_case_form_whose_stem_differs_is_that_country() -> None:
    # ``Фінляндії`` stems otherwise than ``Фінляндія``; it is the spelling with another ending.
    found = _found(
        "Міністри Фінляндії та Чехії домовилися про закупівлі. Переговори з Індонезією тривають.",
        "uk",
    )
    assert {("Фінляндії", "place"), ("Чехії", "place"), ("Індонезією", "place")} <= found


def test_a_stop_words_form_is_no_place() -> None:
    # ``Самое`` is ``само`` (a stop word) with an ending, as ``Самоа`` less its own would be.
    found = _found("Самое сложное — люди, говорит начальник станции Андрей Зуев.", "ru")
    assert not any(kind == "place" for _, kind in found)


def test_a_german_noun_the_name_dictionary_holds_is_no_first_name() -> None:
    # ``Tor`` (a goal) is a Norwegian first name; ``von`` then read it as a person's name.
    found = _found("Spätes Tor von Brenner: Bochum rettet einen Punkt in Mainz.", "de")
    assert not any(kind == "person" and text.startswith("Tor") for text, kind in found)


def test_a_surname_sharing_a_countrys_stem_is_no_place() -> None:
    # ``Францев`` and ``Франция`` stem alike, as ``Перов`` and ``Перу`` do; neither surname is
    # the country's spelling with a case ending, so the surname stays a person's.
    found = _found(
        "Тренер Игорь Францев прилетел из Франции. Францев доволен. "
        "Депутат Павел Перов вернулся из Перу.",
        "ru",
    )
    assert {("Францев", "place"), ("Перов", "place")}.isdisjoint(found)
    assert {("Игорь Францев", "person"), ("Павел Перов", "person")} <= found
    assert {("Франции", "place"), ("Перу", "place")} <= found


def test_a_ukrainian_surname_sharing_a_countrys_stem_is_no_place() -> None:
    found = _found("Тренер Ігор Францев задоволений грою. Збірна Франції програла.", "uk")
    assert ("Францев", "place") not in found
    assert ("Ігор Францев", "person") in found
    assert ("Франції", "place") in found


def test_a_well_known_first_name_spelt_as_a_german_noun_stays_one() -> None:
    # ``Marine``, ``Rand`` and ``Art`` are German nouns too, but no word list may take them
    # from the people who bear them.
    found = _found(
        "Die Rechtspopulistin Marine Le Pen traf Senator Rand Paul und den Sänger Art Garfunkel.",
        "de",
    )
    assert {("Marine Le Pen", "person"), ("Rand Paul", "person"), ("Art Garfunkel", "person")} <= (
        found
    )
