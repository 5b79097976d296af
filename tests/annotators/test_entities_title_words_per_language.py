"""The words merging reads past in a title (courtesy titles, abbreviations, fillers such as
``of``) are each document language's own, from its data file's ``[people]`` section: a German
title's ``von`` says no more about the office than an English one's ``of``, and English keeps
no Spanish or French ``de``."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.merging import _title_words
from newsbrief.model import AnnotationKind, Document, Metadata


def _people(language: str, *texts: str) -> list[set[tuple[str, str]]]:
    """``(mention, canonical name)`` of the people of each document, annotated as one run."""
    documents = [
        Document.from_text(text, id=f"d{i}", metadata=Metadata(language=language))
        for i, text in enumerate(texts)
    ]
    return [
        {
            (a.text, str(a.attributes["name"]))
            for a in document.annotations_of(AnnotationKind.ENTITY)
            if a.attributes["type"] == "person"
        }
        for document in EntityAnnotator().annotate(documents)
    ]


def test_a_german_titles_von_confirms_no_office() -> None:
    # (a federal minister of one country is no president of a Land: the two titles share
    # only ``von``)
    _, other = _people(
        "de",
        "Bundesminister von Österreich Lukas Brandauer sprach am Montag in Wien.",
        "Der Präsident von Bayern Brandauer sagte, es gebe keine Änderungen.",
    )
    assert ("Brandauer", "Lukas Brandauer") not in other


def test_a_german_title_of_the_same_office_still_confirms() -> None:
    _, other = _people(
        "de",
        "Präsident von Bayern Lukas Brandauer sprach am Montag in München.",
        "Der Präsident Brandauer sagte, es gebe keine Änderungen.",
    )
    assert ("Brandauer", "Lukas Brandauer") in other


def test_each_language_reads_its_own_fillers() -> None:
    assert "de" in _title_words("es").fillers
    assert "de" in _title_words("fr").fillers
    assert "de" not in _title_words("en").fillers
    # (a mention of no language is read by the English rules)
    assert _title_words(None) == _title_words("en")
