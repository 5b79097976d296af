"""A lone first name or first surname referring back to a French or Spanish full name of three
words or more in the same article. Every sentence here is made up for the test."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(text: str, language: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="names", metadata=Metadata(language=language))
    [annotated] = EntityAnnotator().annotate([document])
    return [
        (text[e.start : e.end], str(e.attributes["name"]))
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
        if e.attributes["type"] == "person"
    ]


def test_spanish_first_surname_and_first_name_join_the_full_name() -> None:
    text = (
        "La atleta Lucía Ferrándiz Olmo ganó la media maratón. Según Ferrándiz, el viento "
        "ayudó. Lucía celebró con su familia."
    )
    found = _people(text, "es")
    assert ("Ferrándiz", "Lucía Ferrándiz Olmo") in found
    assert ("Lucía", "Lucía Ferrándiz Olmo") in found


def test_french_first_name_joins_a_name_with_a_particle() -> None:
    text = "Anne-Sophie de Villeray préside le jury. Pour Anne-Sophie, le choix fut difficile."
    assert ("Anne-Sophie", "Anne-Sophie de Villeray") in _people(text, "fr")


def test_a_first_name_two_full_names_share_goes_to_neither() -> None:
    # Two men called Pedro, each named once in full: which one "Pedro" is, the text does not say.
    text = (
        "El alcalde Pedro Almansa Ribera y el concejal Pedro Soriano Vidal firmaron el acuerdo. "
        "Más tarde, Pedro explicó los plazos."
    )
    found = _people(text, "es")
    assert ("Pedro", "Pedro Almansa Ribera") not in found
    assert ("Pedro", "Pedro Soriano Vidal") not in found


def test_a_first_name_joins_one_man_named_shorter_and_longer() -> None:
    text = (
        "El fiscal Tomás Rebollo Garcés abrió la vista. Tomás Garcés pidió tiempo. "
        "Después Tomás leyó el escrito."
    )
    names = {name for mention, name in _people(text, "es") if mention == "Tomás"}
    assert len(names) == 1 and names <= {"Tomás Rebollo Garcés", "Tomás Garcés"}
