"""A body's name listing what it deals with (``foreign_portfolios``). Every sentence here is
made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import mentions


def test_spanish_ministry_of_several_portfolios_is_one_body() -> None:
    text = (
        "El Ministerio de Agricultura, Pesca y Alimentación anunció ayudas. La Secretaría de "
        "Medio Ambiente y Recursos Naturales respondió el lunes."
    )
    found = mentions(text, "es")
    assert ("Ministerio de Agricultura, Pesca y Alimentación", "organisation") in found
    assert ("Secretaría de Medio Ambiente y Recursos Naturales", "organisation") in found


def test_two_bodies_joined_by_a_conjunction_stay_two() -> None:
    text = "El Ministerio de Economía y el Banco de España discrepan sobre el crecimiento."
    found = mentions(text, "es")
    assert ("Ministerio de Economía", "organisation") in found
    assert ("Banco de España", "organisation") in found


def test_german_ministry_listing_its_portfolios_with_a_comma() -> None:
    text = (
        "Die Stadt verwies auf das Bundesministerium für Bildung, Wissenschaft und Forschung, "
        "das die Schulen mitfinanziert."
    )
    found = mentions(text, "de")
    assert ("Bundesministerium für Bildung, Wissenschaft und Forschung", "organisation") in found


def test_an_article_after_the_conjunction_opens_another_body() -> None:
    spanish = "Tras la reunión, el Ministerio de Sanidad y la Generalitat acordaron un plan."
    found = mentions(spanish, "es")
    assert ("Ministerio de Sanidad", "organisation") in found
    assert not any(name.startswith("Ministerio de Sanidad y") for name, _ in found)
    french = "Il pleut. Le ministère de la Santé et le Haut Commissariat au plan ont parlé."
    assert not any(" et le " in name for name, _ in mentions(french, "fr"))


def test_people_the_document_names_are_no_portfolios() -> None:
    text = (
        "Karl Lauterbach und Olaf Scholz reisten nach Brüssel. Das Bundesministerium für "
        "Gesundheit, Lauterbach und Scholz stritten danach."
    )
    found = mentions(text, "de")
    assert ("Bundesministerium für Gesundheit", "organisation") in found
    assert ("Scholz", "person") in found


def test_a_portfolio_that_is_also_a_role_word_keeps_its_second_word() -> None:
    # (``Economía`` is a minister's portfolio, read as a role: ``Social`` after it is no one)
    text = "El Ministerio de Empleo y Economía Social abrió una consulta pública el jueves."
    found = mentions(text, "es")
    assert ("Ministerio de Empleo y Economía Social", "organisation") in found
    assert ("Social", "person") not in found


def test_a_role_word_before_a_first_name_still_names_a_person() -> None:
    text = "El ministro de Economía Carlos Ortega y el Ministerio de Sanidad se reunieron."
    found = mentions(text, "es")
    assert ("Carlos Ortega", "person") in found
    assert ("Ministerio de Sanidad", "organisation") in found


def test_french_portfolio_keeps_its_lower_case_adjectives() -> None:
    text = (
        "Le ministère du Logement et de l'Économie solidaire a publié un bilan. Le ministère "
        "de la Mer et des Affaires portuaires et fluviales a répondu."
    )
    found = mentions(text, "fr")
    assert ("ministère du Logement et de l'Économie solidaire", "organisation") in found
    assert (
        "ministère de la Mer et des Affaires portuaires et fluviales",
        "organisation",
    ) in found


def test_a_lower_case_phrase_after_the_last_portfolio_is_not_its_own() -> None:
    text = "Le ministère de la Justice et de la Culture du gouvernement a publié un rapport."
    found = mentions(text, "fr")
    assert ("ministère de la Justice et de la Culture", "organisation") in found


def test_the_last_french_portfolio_keeps_its_plural_complement() -> None:
    text = "Le ministère du Travail et de la Sécurité des chantiers a publié un rapport."
    found = mentions(text, "fr")
    assert ("ministère du Travail et de la Sécurité des chantiers", "organisation") in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "El Servicio de Pesca y Control de Costas publicó ayer su informe anual.",
            "es",
            [("Servicio de Pesca y Control de Costas", "organisation")],
            id="a_portfolio_of_several_words_joined_by_a_preposition_is_the_body_s",
        ),
        pytest.param(
            "El Ministerio de Economía y Hacienda de España publicó ayer su informe anual.",
            "es",
            [("Ministerio de Economía y Hacienda", "organisation"), ("España", "place")],
            id="a_place_after_a_portfolio_s_small_word_is_no_part_of_it",
        ),
        pytest.param(
            "Le ministère de la Culture et des Communications du Québec a publié un rapport.",
            "fr",
            [("ministère de la Culture et des Communications", "organisation")],
            id="a_french_portfolio_keeps_its_list_before_the_place_of_the_body",
        ),
    ],
)
def test_a_portfolio_list_ends_before_the_place_of_the_body(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    found = mentions(text, language)
    for mention in expected:
        assert mention in found, found
