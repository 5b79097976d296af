"""A lower-case noun opening a body's name (``organisation_nouns_before``: ``ministère``) leads
connectors and a capitalised word that is also a role word (``ministère de la Défense``,
``ministère de l'Intérieur``): the whole is a body, not a role."""

from __future__ import annotations

from helpers.entities import found


def test_a_ministry_named_by_a_role_word_is_a_body() -> None:
    got = found("Le ministère de la Défense a confirmé l'envoi de deux frégates vers Chypre.", "fr")
    assert ("ministère de la Défense", "organisation") in got


def test_an_elided_article_joins_the_ministry_to_its_name() -> None:
    got = found("Selon le ministère de l'Intérieur, 4 000 policiers seront mobilisés samedi.", "fr")
    assert ("ministère de l'Intérieur", "organisation") in got


def test_a_plural_role_word_after_des_names_the_ministry() -> None:
    got = found("Le ministère des Armées a publié un appel d'offres pour des drones.", "fr")
    assert ("ministère des Armées", "organisation") in got


def test_the_minister_himself_is_still_a_person() -> None:
    got = found("Le ministre de l'Intérieur Gérald Darmanin a parlé aux préfets.", "fr")
    assert ("Gérald Darmanin", "person") in got
    assert not any(text.startswith("ministre") for text, _ in got)


def test_lower_case_words_inside_a_court_name() -> None:
    got = found("La cour d'appel de Rennes a rejeté la demande de l'éleveur.", "fr")
    assert ("cour d'appel de Rennes", "organisation") in got
    assert ("Rennes", "place") not in got


def test_a_lower_case_word_after_a_connector_ends_the_name_without_a_capital_after_it() -> None:
    led = found("L'Agence régionale de santé de Bretagne recommande le port du masque.", "fr")
    assert ("Agence régionale de santé de Bretagne", "organisation") in led
    # (French writes a body's complement in lower case: one noun, not the verb after it)
    bare = found("L'Agence régionale de santé a fermé deux écoles.", "fr")
    assert ("Agence régionale de santé", "organisation") in bare
    assert not any("fermé" in text for text, _ in bare)


def test_a_lower_case_noun_alone_names_no_body() -> None:
    assert found("Dans la cour de l'école, les enfants jouent au ballon.", "fr") == set()


def test_a_capitalised_stop_word_after_an_elided_connector_is_the_name_s() -> None:
    got = found("Les chercheurs de l'université d’État du Kansas ont publié l'étude.", "fr")
    assert ("université d’État du Kansas", "organisation") in got


def test_a_prosecution_office_or_prefecture_named_by_its_seat_is_a_body() -> None:
    # (``parquet``, ``préfecture``: the body of the town or department named after it)
    got = found("Le parquet de Nanterre a ouvert une enquête, et la préfecture du Var aussi.", "fr")
    assert ("parquet de Nanterre", "organisation") in got, got
    assert ("préfecture du Var", "organisation") in got, got
