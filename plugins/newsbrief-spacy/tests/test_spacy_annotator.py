"""The spacy annotator with a blank pipeline and an EntityRuler: no model download."""

from __future__ import annotations

import pytest
import spacy
from newsbrief_spacy import PIPELINE_VARIABLE, SpacyAnnotator

import newsbrief
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

TEXT = (
    "Northwind Airways cancelled 200 flights at Heathrow. Maria Delgado of the Civil Aviation "
    "Authority said the regulator wanted answers, and Zorblax Holdings agreed."
)


def ruler_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Zorblax Holdings"},
            {"label": "ORG", "pattern": "Northwind Airways"},
            {"label": "GPE", "pattern": "Heathrow"},
            {"label": "PRODUCT", "pattern": "flights"},
        ]
    )
    return nlp


def document(text: str = TEXT, language: str = "en") -> Document:
    return Document.from_text(text, id="a", metadata=Metadata(language=language))


def test_adds_what_newsbrief_missed_and_keeps_offsets_verbatim() -> None:
    (plain,) = EntityAnnotator().annotate([document()])
    own = {a.text for a in plain.annotations_of(AnnotationKind.ENTITY)}
    (annotated,) = SpacyAnnotator(ruler_pipeline()).annotate([plain])
    added = [a for a in annotated.annotations_of(AnnotationKind.ENTITY) if a.annotator == "spacy"]
    for mention in added:
        assert annotated.text[mention.start : mention.end] == mention.text
        assert mention.text not in own  # never over newsbrief's own entities
    # ``Zorblax Holdings`` is newsbrief's (a Holdings head); spaCy's ruler adds nothing over it.
    assert "Zorblax Holdings" in own
    assert ("Heathrow", "place") in {
        (a.text, a.attributes["type"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }
    # Labels newsbrief has no type for (PRODUCT) are left out.
    assert "flights" not in {a.text for a in added}


def test_other_languages_are_left_alone() -> None:
    (annotated,) = SpacyAnnotator(ruler_pipeline()).annotate([document(language="de")])
    assert annotated.annotations_of(AnnotationKind.ENTITY) == ()


def test_a_missing_pipeline_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PIPELINE_VARIABLE, "xx_no_such_pipeline")
    with pytest.raises(newsbrief.NewsbriefError) as caught:
        SpacyAnnotator().annotate([document()])
    message = str(caught.value)
    assert "xx_no_such_pipeline" in message and PIPELINE_VARIABLE in message
    assert "\n" not in message


def test_no_pipeline_named_and_none_installed_adds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(PIPELINE_VARIABLE, raising=False)

    def missing(name: str) -> spacy.language.Language:
        raise OSError(f"[E050] Can't find model {name!r}.")

    documents = [document()]
    assert SpacyAnnotator(loader=missing).annotate(documents) == documents


def test_the_pipeline_is_named_by_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def loader(name: str) -> spacy.language.Language:
        asked.append(name)
        return ruler_pipeline()

    monkeypatch.setenv(PIPELINE_VARIABLE, "my_pipeline")
    SpacyAnnotator(loader=loader).annotate([document()])
    assert asked == ["my_pipeline"]


def test_registered_through_the_hook() -> None:
    import newsbrief_spacy

    registered: list[object] = []
    newsbrief_spacy.register_annotators(registered.append)
    (annotator,) = registered
    assert (annotator.name, annotator.requires) == ("spacy", ("entities",))
