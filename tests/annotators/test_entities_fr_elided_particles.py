"""A French name goes on over an elided ``d'`` as it does over ``de`` (``Valéry Giscard
d'Estaing`` is one person, ``Musée d'Orsay`` one body), but not into a town: ``Pierre Martin
d'Orléans`` is a person and the town he is from, as ``de Lyon`` is read. The town list sits
above the chunker; the annotator hands its test down."""

from __future__ import annotations

from tests.helpers.entities import found

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.chunker import TownTest, candidates_packed
from newsbrief.model import AnnotationKind, Document, Metadata


def _names(text: str, language: str) -> dict[str, str]:
    """Mention text -> canonical name of every entity mention of ``text``."""
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["name"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_surname_with_an_elided_particle_is_whole() -> None:
    text = "Souvenirs\nLe romancier Amaury Lestrade d'Aubenas-Vieille publiera un livre en mars."
    assert ("Amaury Lestrade d'Aubenas-Vieille", "person") in found(text, "fr")
    text = "Politique\nHier, Valéry Giscard d'Estaing recevait ses anciens ministres."
    assert ("Valéry Giscard d'Estaing", "person") in found(text, "fr")


def test_a_name_over_an_elided_article_is_named_as_written() -> None:
    text = "Mémoires\nHier, Valéry Giscard d’Estaing recevait ses anciens ministres."
    assert _names(text, "fr")["Valéry Giscard d’Estaing"] == "Valéry Giscard d'Estaing"
    text = "Les taux\nLa Banque d'Angleterre a relevé son taux directeur jeudi."
    assert _names(text, "fr")["Banque d'Angleterre"] == "Banque d'Angleterre"


def test_a_country_over_an_elided_article_is_whole() -> None:
    text = "Football\nLe sélectionneur vit en Côte d'Ivoire depuis 2019."
    assert ("Côte d'Ivoire", "place") in found(text, "fr")


def test_a_museum_over_an_elided_article_is_whole() -> None:
    text = "Expositions\nLe Musée d'Orsay rouvre ses salles impressionnistes lundi."
    assert ("Musée d'Orsay", "organisation") in found(text, "fr")


def test_a_town_after_an_elided_de_is_a_place_as_after_de() -> None:
    text = "Municipales\nSelon Pierre Martin d'Orléans, la ville a beaucoup changé."
    mentions = found(text, "fr")
    assert ("Pierre Martin", "person") in mentions
    assert ("Orléans", "place") in mentions
    text = "Cyclisme\nLe Grand Départ d'Amsterdam aura lieu en juillet prochain."
    assert ("Amsterdam", "place") in found(text, "fr")


def test_the_chunker_remembers_what_it_read_apart_for_each_town_test() -> None:
    # (its memories of regions and runs are keyed by the rules, which hold the town test: read
    # without, with and without it again, in one process, each reading is its own)
    document = Document.from_text(
        "Municipales\nSelon Pierre Martin d'Orléans, la ville a beaucoup changé.",
        id="x",
        metadata=Metadata(language="fr"),
    )

    def orleans(word: str, code: str) -> str | None:
        return word if word == "Orléans" else None

    def texts(towns: TownTest | None = None) -> list[str]:
        return [c.text for c in candidates_packed(document, towns).unpacked()]

    assert "Pierre Martin d'Orléans" in texts()
    assert "Pierre Martin" in texts(orleans)
    assert "Pierre Martin d'Orléans" not in texts(orleans)
    assert "Pierre Martin d'Orléans" in texts()
