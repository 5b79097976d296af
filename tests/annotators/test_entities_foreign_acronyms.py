"""A body's name spelt out before its acronym in brackets, in French, Spanish and German text.
Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_spanish_name_with_y_spelt_out_before_its_acronym() -> None:
    text = "Los bonos cayeron en Fondos y Valores Andinos (FYVA) durante toda la mañana."
    found = mentions(text, "es")
    assert ("Fondos y Valores Andinos", "organisation") in found


def test_french_party_with_a_lower_case_adjective() -> None:
    text = "Les députés de La Gauche unie (LGU) ont quitté l'hémicycle vers minuit."
    found = mentions(text, "fr")
    assert ("La Gauche unie", "organisation") in found


def test_person_before_a_party_acronym_stays_a_person_and_the_party_a_body() -> None:
    text = "Die Ministerin Anna Keller (CDU) stimmte zu, die Opposition nicht."
    found = mentions(text, "de")
    assert ("Anna Keller", "person") in found
    assert ("CDU", "organisation") in found


def test_cyrillic_name_spelt_out_before_its_acronym() -> None:
    # (the bracket's word is read in any script, not in Latin letters alone)
    russian = "По данным Всероссийского центра изучения рынков (ВЦИР), цены выросли."
    assert ("Всероссийского центра изучения рынков", "organisation") in mentions(russian, "ru")
    ukrainian = "За даними Всеукраїнського центру вивчення ринків (ВЦВР), ціни зросли."
    assert ("Всеукраїнського центру вивчення ринків", "organisation") in mentions(ukrainian, "uk")


def test_french_name_whose_small_words_the_acronym_leaves_out() -> None:
    # (``pour``, ``la`` and ``du`` spell nothing in the acronym; ``l'`` stays outside)
    text = (
        "Le rapport a été publié mardi. Selon l'Institut national pour la recherche "
        "agronomique (INRA), les récoltes baissent. L'Agence nationale de la sécurité du "
        "médicament (ANSM) a retiré le produit."
    )
    found = mentions(text, "fr")
    assert ("Institut national pour la recherche agronomique", "organisation") in found
    assert ("Agence nationale de la sécurité du médicament", "organisation") in found


def test_spanish_acronym_of_syllables_names_the_body_in_brackets_and_after() -> None:
    # (``Comex``-style acronyms: a syllable or a letter of some words, written as a name)
    text = (
        "La Comisión Nacional de Hidrocarburos (Conahid) aprobó el plan el jueves. "
        "Según Conahid, la producción crecerá."
    )
    found = mentions(text, "es")
    assert ("Comisión Nacional de Hidrocarburos", "organisation") in found, found
    assert found.count(("Conahid", "organisation")) == 2, found


def test_french_names_spelt_by_syllables_or_long_before_their_acronyms() -> None:
    # (``IN``, ``RE``, ``SE``, ``R``: a syllable or a letter of each capitalised or long word;
    # nine words before ``ORNIP``, its small words spelling nothing)
    text = (
        "Selon l'Institut de recherche pour la sécurité routière (INRESER), les accidents "
        "baissent. Un porte-parole de l'Office régional de la navigation intérieure et des "
        "ports (ORNIP) a confirmé la fermeture."
    )
    found = mentions(text, "fr")
    assert ("Institut de recherche pour la sécurité routière", "organisation") in found, found
    assert ("INRESER", "organisation") in found, found
    assert ("Office régional de la navigation intérieure et des ports", "organisation") in found


def test_a_name_in_brackets_spelt_by_no_word_before_stays_out() -> None:
    text = "Die Stadtwerke Nordheim (Kreis Ulm) erhöhen die Preise. Sie nannten keine Zahl."
    found = mentions(text, "de")
    assert not any(name == "Kreis Ulm" and kind == "organisation" for name, kind in found)


def test_german_short_acronym_with_a_small_letter_is_spelt_by_syllables() -> None:
    # (``Mä`` of ``Märkischen``: a small letter inside shows a syllable, three letters do)
    text = (
        "Der frühere Direktor der Märkischen Wasserwerke AG (MäW) wurde verurteilt. "
        "Die MäW teilte mit, der Betrieb laufe weiter."
    )
    found = mentions(text, "de")
    assert found.count(("MäW", "organisation")) == 2, found


def test_a_title_case_headline_s_first_letters_or_a_page_tag_make_no_acronym() -> None:
    # (first letters alone, capitalised words skipped, are no syllables: no body here)
    text = "Les Dernières Infos Rapides En Continu Ce Tantôt (Direct)\nLe maire a parlé hier soir."
    found = mentions(text, "fr")
    assert ("Direct", "organisation") not in found, found
    assert not any("Tantôt" in name for name, _ in found), found
    # (a page's caption word in brackets tags the headline, whatever its words spell)
    text = "Vecinos Inquietos Denuncian Olvido Del Barrio Alto (Video)\nLos vecinos protestaron."
    found = mentions(text, "es")
    assert ("Video", "organisation") not in found, found
    assert not any(name.startswith("Vecinos") for name, _ in found), found


def test_an_accented_initial_spells_its_plain_capital() -> None:
    text = "Elle a étudié à l'École normale supérieure (ENS) avant de rejoindre l'ENS de Lyon."
    found = mentions(text, "fr")
    assert ("École normale supérieure", "organisation") in found, found
    assert ("ENS", "organisation") in found, found


def test_a_hyphenated_last_word_ends_the_acronym_with_its_last_part() -> None:
    # (``sud-américaine``: the acronym's last letter is ``américaine``'s, not ``sud``'s)
    text = "Le prêt est garanti par la Banque de développement sud-américaine (BDSA) depuis 2020."
    assert ("Banque de développement sud-américaine", "organisation") in mentions(text, "fr")
