"""German bodies named by their noun and the place they serve (``[entities]
organisation_of_place``): chambers, state parliaments and cantonal courts. Every sentence here
is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions
from helpers.quotes import speakers_of_quotes


def test_chamber_parliament_and_court_of_a_place_are_bodies() -> None:
    text = (
        "Die Arbeiterkammer Wien kritisierte den Plan. Der Landtag Tirol tagte am Montag, "
        "und das Kantonsgericht Luzern wies die Klage ab."
    )
    found = mentions(text, "de")
    assert ("Arbeiterkammer Wien", "organisation") in found
    assert ("Landtag Tirol", "organisation") in found
    assert ("Kantonsgericht Luzern", "organisation") in found


def test_ministry_and_committee_go_on_with_their_genitive() -> None:
    text = (
        "Das Bundesministerium der Verteidigung bestätigte den Kauf. Der Finanzausschuss des "
        "Landtages prüft ihn am Dienstag."
    )
    found = mentions(text, "de")
    assert ("Bundesministerium der Verteidigung", "organisation") in found
    assert ("Finanzausschuss des Landtages", "organisation") in found


def test_a_generic_genitive_is_no_part_of_the_name() -> None:
    text = (
        "Es regnet seit Tagen. Das Innenministerium des Landes teilte am Montag mit, der "
        "Ausschuss des Vereins tage nicht. Das Wirtschaftsministerium des Landes Niedersachsen "
        "widersprach."
    )
    found = mentions(text, "de")
    assert ("Innenministerium", "organisation") in found
    assert not any(name.endswith(("des Landes", "des Vereins")) for name, _ in found)
    assert ("Wirtschaftsministerium des Landes Niedersachsen", "organisation") in found


def test_the_roman_numeral_of_one_of_a_town_s_courts_is_its_name_s() -> None:
    text = (
        "Das Landgericht Hamburg II wies die Klage ab. Die Staatsanwaltschaft Hamburg II "
        "prüft eine Berufung. Der Kläger lebt in Hamburg."
    )
    found = mentions(text, "de")
    assert ("Landgericht Hamburg II", "organisation") in found, found
    assert ("Staatsanwaltschaft Hamburg II", "organisation") in found, found
    assert ("Hamburg", "place") in found, found


def test_a_compound_ending_in_a_bodys_noun_names_a_body_with_its_place() -> None:
    text = (
        "Der Bauernbund Tirol warnte vor dem Plan. Auch die Wasserwacht Bayern rückte aus, "
        "und das Polizeipräsidium Südhessen bat um Hinweise."
    )
    found = mentions(text, "de")
    assert ("Bauernbund Tirol", "organisation") in found
    assert ("Wasserwacht Bayern", "organisation") in found
    assert ("Polizeipräsidium Südhessen", "organisation") in found


def test_a_body_named_with_its_place_speaks_its_statement() -> None:
    text = (
        "„Die Hänge sind gefährlich“, sagte der Bergführer Jonas Walch dem ORF Tirol.\n\n"
        "Der Bauernbund Tirol kritisierte die Sperre. „Die Almen brauchen Zufahrten“, hieß es "
        "in einer Aussendung."
    )
    assert speakers_of_quotes(text, language="de")["Die Almen brauchen Zufahrten"] == (
        "Bauernbund Tirol"
    )


def test_a_body_joined_to_its_town_by_zu_is_one_body() -> None:
    # (session 39: ``[entities] body_place_links``; ``zu`` before a town elsewhere is no link)
    found = mentions(
        "Forschende der Universität zu Köln und der Technischen Universität zu Braunschweig "
        "werten die Daten aus. Die Gruppe reiste danach zu Fuß nach Bonn.",
        "de",
    )
    assert ("Universität zu Köln", "organisation") in found
    assert ("Technischen Universität zu Braunschweig", "organisation") in found
    assert ("Bonn", "place") in found


def test_zu_before_a_place_after_a_government_or_a_company_is_about_the_place() -> None:
    # (``zu`` joins a university's or an academy's name to its town, but after a government,
    # a foundation or a company it says what they spoke about: ``Haltung ... zu Bayern``)
    found = mentions(
        "Die Haltung der Landesregierung zu Bayern ist klar. Eine Studie der Stiftung zu "
        "Sachsen erschien. Die Stellungnahme von Siemens zu München kam spät.",
        "de",
    )
    assert ("Bayern", "place") in found
    assert ("Sachsen", "place") in found
    assert ("München", "place") in found
    assert not [text for text, _ in found if " zu " in text]
