"""German companies named with their legal form (issue 16, session 36): the chunker cuts a
name at a body's word or an English word (``Group``, ``Energy``), short of the legal form
that ends it; the words before the legal form belong to the company's name."""

from __future__ import annotations

from helpers.entities import found


def test_a_company_cut_at_a_bodys_word_goes_on_to_its_legal_form() -> None:
    got = found(
        "Ein Sprecher der Raiffeisen Group Holding AG wollte sich nicht äußern, sagte er.", "de"
    )
    assert ("Raiffeisen Group Holding AG", "organisation") in got, got


def test_a_company_with_english_words_keeps_its_first_word() -> None:
    got = found(
        "Das Werk der Lindqvist Wind Systems GmbH in Rostock und die Sparte der Heller "
        "Energy SE schließen.",
        "de",
    )
    assert ("Lindqvist Wind Systems GmbH", "organisation") in got, got
    assert ("Heller Energy SE", "organisation") in got, got


def test_a_title_case_headline_in_a_language_of_lower_case_nouns_keeps_two_names() -> None:
    # (only where every noun is capitalised do capitalised words before a legal form belong
    # to the company: a Spanish headline in title case joins two names with ``Y``)
    got = found("El Gobierno Nacional Y Petrobras S.A. Firman Acuerdo Histórico", "es")
    assert ("Petrobras S.A.", "organisation") in got, got
    assert ("Gobierno Nacional Y Petrobras S.A.", "organisation") not in got, got


def test_a_partys_noun_before_a_company_is_no_word_of_its_name() -> None:
    # (a shareholder, buyer or bidder before the company's name and legal form; a compound
    # ending in one too; not after an article that agrees with the company only)
    got = found(
        "Der Großaktionär Keller Bau AG stimmte zu. Die Käuferin Brandt Logistik AG zahlt, "
        "an den Bieter Hansen Holding AG geht nichts. Die Partner Reisen GmbH wächst.",
        "de",
    )
    assert ("Keller Bau AG", "organisation") in got, got
    assert ("Brandt Logistik AG", "organisation") in got, got
    assert ("Hansen Holding AG", "organisation") in got, got
    assert ("Partner Reisen GmbH", "organisation") in got, got
    got = found(
        "Die Konzerntochter Keller Bau GmbH wächst. Die Betreiberin Brandt Logistik AG baut um.",
        "de",
    )
    assert ("Keller Bau GmbH", "organisation") in got, got
    assert ("Brandt Logistik AG", "organisation") in got, got
