"""French and Spanish names a page writes its own way: a wire dateline's town in capitals
before a dash (``GRENOBLE —``), a surname with its particle (``M. de Villepin``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_town_in_capitals_before_a_dash_is_a_dateline_place() -> None:
    found = _mentions(
        "La mairie ferme le musée\nPar Julie Martin\nGRENOBLE — Le musée restera fermé "
        "jusqu'en mars, a indiqué la mairie.",
        "fr",
    )
    assert ("GRENOBLE", "place") in found
    found = _mentions(
        "Cierra el museo\nQUITO (EFE) – El museo permanecerá cerrado hasta marzo.", "es"
    )
    assert ("QUITO", "place") in found


def test_a_label_in_capitals_before_a_dash_is_no_place() -> None:
    found = _mentions("La mairie ferme le musée\nEXCLUSIF — Le musée restera fermé.", "fr")
    assert not any(text == "EXCLUSIF" for text, _ in found)


def test_a_long_name_with_particles_after_a_first_name_is_a_person() -> None:
    found = _mentions(
        "Le procès s'ouvre\nLe tribunal a entendu jeudi Pierre du Puy de Montbrun, puis "
        "l'avocat a plaidé.",
        "fr",
    )
    assert ("Pierre du Puy de Montbrun", "person") in found
    found = _mentions(
        "Habla la jueza\nLa jueza María José de las Heras dictó sentencia el lunes.", "es"
    )
    assert ("María José de las Heras", "person") in found


def test_a_particle_after_an_honorific_opens_the_surname() -> None:
    found = _mentions("Le débat\nSelon M. de Villepin, la réforme est prématurée.", "fr")
    assert ("de Villepin", "person") in found
    found = _mentions("El debate\nSegún la Sra. del Castillo, la reforma llega tarde.", "es")
    assert ("del Castillo", "person") in found
    # (a role before a particle opens what the role is of: no person)
    found = _mentions("Le débat\nLe ministre de la Culture a parlé mardi.", "fr")
    assert not any(kind == "person" for _, kind in found)


def test_a_particle_before_a_known_place_alone_is_no_person() -> None:
    # (the particle leads to a town, no surname: no person ``de``)
    found = _mentions("Le débat\nMme de Paris et le Sr. de Madrid ont voté, dit M. de Rugy.", "fr")
    assert ("de", "person") not in found
    assert ("Paris", "place") in found
    assert ("de Rugy", "person") in found
    found = _mentions("El debate\nSegún la Sra. de Sevilla, el Sr. del Bosque votó.", "es")
    assert not any(text in {"de", "del"} for text, _ in found)
    assert ("del Bosque", "person") in found
    # (English reads the particle after ``Mr`` the same way)
    found = _mentions("The vote\nMr de Paris voted, as did Ms van Dijk.", "en")
    assert ("de", "person") not in found
    assert ("van Dijk", "person") in found


def test_an_article_after_an_honorific_opens_no_surname() -> None:
    # (German ``Herr der Lage`` is "in control"; ``von der`` still opens a surname)
    found = _mentions(
        "Die Lage\nDie Feuerwehr ist Herr der Lage, sagte Frau von der Heide am Abend.", "de"
    )
    assert not any(text.startswith("der ") for text, _ in found)
    assert ("von der Heide", "person") in found
