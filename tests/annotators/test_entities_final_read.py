"""Entity rules of several helpers read together (session 24's final read): what one rule's
change did to another's input."""

from __future__ import annotations

from helpers.entities import typed


def test_accented_word_before_a_hyphen_is_no_first_name_in_french() -> None:
    # ``Île`` is a French word (``not_first_names``); its plain spelling ``Ile`` a first name:
    # the first part of a hyphenated word must pass the same test as the whole word.
    found = typed("Île-de-France Mobilités a relevé le prix du passe Navigo en janvier.", "fr")
    assert found.get("Île-de-France Mobilités") != "person"
    assert "person" not in found.values()


def test_hyphenated_first_name_still_a_person_in_french() -> None:
    found = typed("Jean-Noël Barrot a reçu son homologue à Paris mardi.", "fr")
    assert found.get("Jean-Noël Barrot") == "person"


def test_particle_after_the_names_no_person_in_english() -> None:
    # The person-particle rule (``Rassie van der Merwe``) read a Dutch body's name after
    # ``the`` as a person's.
    found = typed("The Hof van Cassatie ruled on Friday, after the Raad van State had met.")
    assert "person" not in found.values()
    found = typed("Rassie van der Merwe named his squad, and the coach sounded calm.")
    assert found.get("Rassie van der Merwe") == "person"


def test_sentence_opener_before_a_venue_is_no_part_of_its_name() -> None:
    # The opener cut (``Жители Мурома``) ran before the venue rule (``Газпром Арене``), which
    # then typed the opener with the venue as one place.
    found = typed("Зрители Нордстрим Арены освистали судью в конце матча.", "ru")
    assert found.get("Нордстрим Арены") == "place"
    assert not any(name.startswith("Зрители") for name in found)
    found = typed("Глядачі Арени Ужгород аплодували стоя.", "uk")
    assert found.get("Арени Ужгород") == "place"
    assert not any(name.startswith("Глядачі") for name in found)


def test_short_participle_ends_a_schools_name() -> None:
    # A body named by a school or a fund goes on with genitives (14274e7); a passive participle
    # after it is the sentence's verb, no word of the name.
    found = typed("Двое преподавателей Высшей школы экономики уволены в пятницу.", "ru")
    assert found.get("Высшей школы экономики") == "organisation"
    found = typed("Рахунки Українського фонду стартапів заарештовані судом.", "uk")
    assert not any(name.endswith("заарештовані") for name in found)
