"""Bodies written head first in Spanish and French: the heads the language data lists
(``[entities] org_leads``) and French lower-case complements (``[entities]
lower_case_complements``). Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import mentions


def test_spanish_courts_and_offices_are_bodies() -> None:
    text = (
        "Según la Corte Suprema de Justicia, la ley es válida. La Superintendencia Financiera "
        "y la Guardia Civil revisaron el caso con la Oficina Anticorrupción."
    )
    found = mentions(text, "es")
    assert ("Corte Suprema de Justicia", "organisation") in found
    assert ("Superintendencia Financiera", "organisation") in found
    assert ("Guardia Civil", "organisation") in found
    assert ("Oficina Anticorrupción", "organisation") in found


def test_french_body_ends_with_its_lower_case_complement() -> None:
    text = (
        "La Cour des comptes estime que la réforme coûtera cher. L'Office national des "
        "forêts et la Banque mondiale ont répondu jeudi."
    )
    found = mentions(text, "fr")
    assert ("Cour des comptes", "organisation") in found
    assert ("Office national des forêts", "organisation") in found


def test_french_complement_stops_at_an_article() -> None:
    # (``le`` opens the object of the verb, not the body's complement)
    text = "Le gouvernement a soumis à l'Autorité nationale le dossier complet hier."
    found = mentions(text, "fr")
    assert not any("dossier" in name for name, _ in found)


def test_club_initials_open_a_club_s_name() -> None:
    # (``FC`` ends English clubs' names, ``Arsenal FC``; here it opens them)
    assert ("CD Guadalajara", "organisation") in mentions(
        "El CD Guadalajara empató con el Cruz Azul el sábado por la noche.", "es"
    )
    assert ("FC Nantes", "organisation") in mentions(
        "Le FC Nantes a battu Lorient samedi soir devant son public.", "fr"
    )


def test_a_portfolio_ending_a_sentence_leaves_its_full_stop_out() -> None:
    # (``interior``, ``justice`` are role words: only honorifics and short titles are
    # abbreviated with a full stop)
    found = mentions("La carta llegó al Ministerio del Interior. Las agencias esperan.", "es")
    assert ("Ministerio del Interior", "organisation") in found
    found = mentions("Elle a écrit au ministère de la Justice. Les juges attendent.", "fr")
    assert ("ministère de la Justice", "organisation") in found


def test_air_opens_an_airline_s_name() -> None:
    found = mentions("Air Europa y Air Canada firmaron un acuerdo en Madrid.", "es")
    assert ("Air Europa", "organisation") in found
    assert ("Air Canada", "organisation") in found


def test_air_inside_another_name_opens_no_airline() -> None:
    french = (
        "Il pleut sur la base. La Royal Air Force a envoyé deux avions, dit le vol Batik "
        "Air Flight 6321."
    )
    assert not any(name.startswith("Air ") for name, _ in mentions(french, "fr"))
    spanish = "Llueve en la base. La Royal Air Force envió dos aviones."
    assert not any(name.startswith("Air ") for name, _ in mentions(spanish, "es"))
