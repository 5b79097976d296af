"""Entity mentions of a text as the public annotator gives them, for the entity tests."""

from __future__ import annotations

import datetime as dt
import itertools

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

from .timing import least_cpu_seconds

#: Numbers of :func:`annotation_seconds`'s closing sentences: a new text each run.
_PAGES = itertools.count()


def typed(text: str, language: str = "en") -> dict[str, str]:
    """Mention text -> type of every entity mention of ``text`` read as news in ``language``
    (each mention checked to be the text at its offsets)."""
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="t", metadata=Metadata(language=language))]
    )
    found = {}
    for mention in document.annotations_of(AnnotationKind.ENTITY):
        assert text[mention.start : mention.end] == mention.text
        found[mention.text] = str(mention.attributes["type"])
    return found


def mentions(text: str, language: str = "en") -> list[tuple[str, str]]:
    """``(mention text, type)`` of every entity mention of ``text`` read as news in
    ``language``, in the annotator's order (a text as often as it is mentioned)."""
    document = Document.from_text(text, id="t", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return [
        (text[e.start : e.end], str(e.attributes["type"]))
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


def entities(*texts: str) -> list[list[tuple[str, str, str]]]:
    """``(text, type, canonical name)`` of every entity mention, per document of ``texts``,
    annotated as one run of English news."""
    documents = [
        Document.from_text(text, id=f"d{i}", metadata=Metadata(language="en"))
        for i, text in enumerate(texts)
    ]
    return [
        [
            (a.text, str(a.attributes["type"]), str(a.attributes["name"]))
            for a in document.annotations_of(AnnotationKind.ENTITY)
        ]
        for document in EntityAnnotator().annotate(documents)
    ]


def names(text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (canonical name, type) of every entity mention of ``text`` read as
    English news (the last mention of each text)."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return {
        a.text: (str(a.attributes["name"]), str(a.attributes["type"]))
        for a in document.annotations_of(AnnotationKind.ENTITY)
    }


def found(text: str, language: str, published: dt.date | None = None) -> set[tuple[str, str]]:
    """``(mention text, type)`` of every entity mention of ``text`` read as news in ``language``
    (published on ``published``, if given; each text once, whatever its type elsewhere)."""
    metadata = Metadata(language=language, published=published)
    (annotated,) = EntityAnnotator().annotate([Document.from_text(text, id="x", metadata=metadata)])
    return {
        (a.text, str(a.attributes["type"])) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def roles(text: str, language: str, published: dt.date | None = None) -> dict[str, object]:
    """Mention text -> role (``None`` where it has none) of every entity mention of ``text``
    read as news in ``language`` (published on ``published``, if given)."""
    metadata = Metadata(language=language, published=published)
    (annotated,) = EntityAnnotator().annotate([Document.from_text(text, id="r", metadata=metadata)])
    return {
        a.text: a.attributes.get("role") for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def people(*texts: str, language: str = "en") -> list[set[tuple[str, str]]]:
    """``(mention, canonical name)`` of the people of each document of ``texts``, annotated as
    one run in ``language`` (a lone name may join a full name of another document)."""
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


def annotation_seconds(page: str, language: str, closing: str = "Stand", repeat: int = 3) -> float:
    """The least CPU seconds the entity annotator takes over ``page`` read as news in
    ``language`` (:func:`~helpers.timing.least_cpu_seconds` of ``repeat`` runs), for the
    scaling tests: each run adds a sentence of ``closing`` and a new number, so no analysis is
    read back from a cache."""
    annotator = EntityAnnotator()

    def run() -> None:
        text = page + f"{closing} {next(_PAGES)}."
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language=language))])

    return least_cpu_seconds(run, repeat)
