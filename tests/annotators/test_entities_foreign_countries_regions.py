"""Countries CLDR spells as first names (French ``Albanie``, ``Malte``; Spanish ``Irlanda``),
which the gazetteer leaves out, are places after a preposition of place, and so is French
``Argentine``, an English demonym; the mountains and regions of the English gazetteer are known
by their French and Spanish names (``les Alpes``: a place, no body for its plural article).
Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def test_french_countries_spelt_as_first_names_after_en_are_places() -> None:
    got = found(
        "Le groupe ouvre une usine en Albanie, une autre en Argentine et un bureau à Malte.", "fr"
    )
    assert ("Albanie", "place") in got, got
    assert ("Argentine", "place") in got, got
    assert ("Malte", "place") in got, got


def test_spanish_countries_spelt_as_first_names_after_en_are_places() -> None:
    got = found("La empresa abrirá una planta en Irlanda y otra en Siria el año próximo.", "es")
    assert ("Irlanda", "place") in got, got
    assert ("Siria", "place") in got, got


def test_a_first_name_after_a_preposition_that_takes_a_person_stays_a_name() -> None:
    got = found("Selon Dominique Martin, le ministre a parlé à Dominique hier soir.", "fr")
    assert ("Dominique", "place") not in got, got


def test_mountains_with_a_plural_article_are_places_not_bodies() -> None:
    french = found("Les stations de ski des Pyrénées et des Alpes ouvrent samedi.", "fr")
    assert ("Pyrénées", "place") in french, french
    assert ("Alpes", "place") in french, french
    spanish = found("La nieve llegó a los Pirineos y a los Alpes el lunes.", "es")
    assert ("Pirineos", "place") in spanish, spanish


def test_french_regions_of_europe_after_en_are_places() -> None:
    got = found("Le constructeur embauche en Wallonie et en Bavière cette année.", "fr")
    assert ("Wallonie", "place") in got, got
    assert ("Bavière", "place") in got, got


def test_a_country_spelt_as_a_first_name_has_its_english_name() -> None:
    # (the canonical name merges the country across languages: ``Irlanda``, ``Kenia``)
    for text, language, mention, english in (
        ("La empresa abrió otra fábrica en Irlanda el año pasado.", "es", "Irlanda", "Ireland"),
        ("Die Firma baut seit Mai ein neues Werk in Kenia.", "de", "Kenia", "Kenya"),
    ):
        (document,) = EntityAnnotator().annotate(
            [Document.from_text(text, id="c", metadata=Metadata(language=language))]
        )
        named = {
            a.text: str(a.attributes["name"])
            for a in document.annotations_of(AnnotationKind.ENTITY)
        }
        assert named.get(mention) == english, named


def test_the_nations_of_the_united_kingdom_are_places_in_french_and_spanish() -> None:
    # (CLDR lists no territory for them: ``[entities.places]`` names them)
    got = found("Le club affrontera une équipe en Angleterre, puis une autre en Écosse.", "fr")
    assert ("Angleterre", "place") in got, got
    assert ("Écosse", "place") in got, got
    got = found("La selección jugará en Inglaterra y después en Escocia.", "es")
    assert ("Inglaterra", "place") in got, got
    assert ("Escocia", "place") in got, got
