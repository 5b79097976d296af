"""A legal form ends one company's name in Spanish and French (``[entities] legal_forms``, and
the English ones companies keep everywhere: ``Inc.``, ``Ltd``), whatever the words before it
look like: a country (``Argentina``), a first name (``Chase``), a role word (``Energy``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_company_with_a_country_and_an_english_word_in_its_name() -> None:
    got = found("La firma Cóndor Energy Chile S.R.L. compró dos pozos en Neuquén.", "es")
    assert ("Cóndor Energy Chile S.R.L.", "organisation") in got
    assert ("Chile", "place") not in got


def test_an_english_legal_form_in_a_spanish_text() -> None:
    got = found("El fondo vendió su parte a Pacific Coast Minerals Inc. en octubre.", "es")
    assert ("Pacific Coast Minerals Inc.", "organisation") in got


def test_a_company_named_after_a_person_is_a_company() -> None:
    got = found("Le contrat revient à Louis Mercier SAS, selon la mairie.", "fr")
    assert ("Louis Mercier SAS", "organisation") in got
    assert ("Louis Mercier", "person") not in got


def test_a_capitalised_conjunction_ends_what_goes_before_the_company() -> None:
    # A headline in title case: ``Y`` joins two names, the legal form ends only the second.
    got = found("Gobierno Nacional Y Ecopetrol S.A. Firman Acuerdo Para Exportar Gas", "es")
    assert ("Ecopetrol S.A.", "organisation") in got
    assert not any(" Y " in text for text, _ in got)
    both = found("Selon le communiqué, Renault Et Nissan SAS ont signé à Paris.", "fr")
    assert ("Nissan SAS", "organisation") in both


def test_a_long_run_of_companies_joined_by_conjunctions_is_read_in_linear_depth() -> None:
    # (A page's title-case list: each company read once, no recursion per conjunction.)
    listing = "Selon la liste, " + "Alpha SA Et Beta Conseil SAS Et " * 600 + "Omega SAS signent."
    got = found(listing, "fr")
    assert ("Beta Conseil SAS", "organisation") in got
    assert ("Omega SAS", "organisation") in got
