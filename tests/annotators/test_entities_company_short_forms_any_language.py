"""A company named with its legal form and written again without it in the same article is
the company in every language, as in English (``Voltaris AG`` ... ``Voltaris wollte sich nicht
äußern``; ``Norvane SA`` ... ``Norvane n'a pas répondu``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_german_company_without_its_legal_form_is_the_company() -> None:
    got = found(
        "Der Technologiekonzern Voltaris AG streicht in Linz 600 Stellen. "
        "Voltaris wollte sich am Montag nicht äußern.",
        "de",
    )
    assert ("Voltaris AG", "organisation") in got, got
    assert ("Voltaris", "organisation") in got, got


def test_a_french_company_without_its_legal_form_is_the_company() -> None:
    got = found(
        "Le groupe Norvane SA supprime 600 emplois à Lyon. Selon Norvane, le plan est définitif.",
        "fr",
    )
    assert ("Norvane SA", "organisation") in got, got
    assert ("Norvane", "organisation") in got, got


def test_a_word_no_company_is_named_by_stays_untyped() -> None:
    got = found("Der Konzern Voltaris AG spart. Vorstand wollte sich nicht äußern.", "de")
    assert ("Vorstand", "organisation") not in got, got
