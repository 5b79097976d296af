"""German bodies named by their place (session 38, lane K): the body's noun in the genitive
(``des Landgerichts Ulm``) and museums, exchanges, hospitals and inspectorates named so read as
one body with the place, named in the nominative."""

from __future__ import annotations

from helpers.entities import found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def test_a_body_noun_in_the_genitive_names_the_body_with_its_place() -> None:
    text = (
        "Die Richter des Amtsgerichts Biberach wiesen die Klage ab. Dann bestätigte das "
        "Oberlandesgericht Hamburg ein Urteil des Landgerichts Hamburg."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    named = {
        a.text: (str(a.attributes["name"]), str(a.attributes["type"]))
        for a in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert named["Amtsgerichts Biberach"] == ("Amtsgericht Biberach", "organisation")
    assert named["Landgerichts Hamburg"] == ("Landgericht Hamburg", "organisation")
    assert "Hamburg" not in named


def test_museums_exchanges_hospitals_and_inspectorates_are_named_by_their_place() -> None:
    text = (
        "Das Kunstmuseum Basel zeigt neue Bilder. Die Papiere legten an der Börse Stuttgart "
        "zu. Beamte der Verkehrsinspektion Passau kontrollierten."
    )
    mentions = found(text, "de")
    assert ("Kunstmuseum Basel", "organisation") in mentions
    assert ("Börse Stuttgart", "organisation") in mentions
    assert ("Verkehrsinspektion Passau", "organisation") in mentions
