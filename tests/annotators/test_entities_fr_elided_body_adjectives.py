"""A French body's name ends with its adjectives also after an elided article
(``ministère de l'Éducation nationale``), as it does after a plain one (``ministère des
Affaires étrangères``)."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _mentions(text: str) -> list[tuple[str, str]]:
    """Each entity mention's text and type, in a French document."""
    document = Document.from_text(text, id="x", metadata=Metadata(language="fr"))
    (annotated,) = EntityAnnotator().annotate([document])
    return [
        (a.text, str(a.attributes["type"])) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


def test_an_adjective_after_an_elided_article_ends_the_body_name() -> None:
    found = _mentions(
        "Les bourses\nLe ministère de l'Éducation nationale a publié mardi les chiffres."
    )
    assert ("ministère de l'Éducation nationale", "organisation") in found


def test_a_verb_after_an_elided_article_is_left_out() -> None:
    found = _mentions("Les bourses\nLe ministère de l'Intérieur devra publier les chiffres.")
    assert ("ministère de l'Intérieur", "organisation") in found
