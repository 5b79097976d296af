"""The built-in entity annotator: people, organisations and places, merged across documents."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsbrief.annotators.base import draft_of
from newsbrief.annotators.entities.chunker import Candidate, chunk
from newsbrief.annotators.entities.merging import Resolved, merge
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.nlp.languages import resources


@attrs.frozen
class EntityDraft:
    """The per-document part of entity annotation (:meth:`EntityAnnotator.prepare`)."""

    #: Name, organisation and place candidates of the body and headings, in chunker order.
    candidates: tuple[Candidate, ...]


class EntityAnnotator:
    """Finds people, organisations and places and merges their spellings across documents.

    Each mention becomes an ``entity`` annotation with ``name`` (canonical), ``type`` and
    ``entity`` (a stable id such as ``person:sabrina-singh``); a person's annotation also carries
    ``gender`` (``female``/``male``, when a first name or title tells) and ``role`` (the title
    written with the name, such as ``Deputy Pentagon Press Secretary``) when known. Nationality
    adjectives (``Russian``) are not recorded: they are not mentions of the place.
    """

    name = "entities"
    description = "People, organisations and places (capitalised names and gazetteers, merged)."
    requires: tuple[str, ...] = ()

    def prepare(self, document: Document) -> EntityDraft:
        """The chunker's candidates in one document (the per-document part)."""
        return EntityDraft(tuple(candidates(document)))

    def annotate(self, documents: Sequence[Document]) -> list[Document]:
        """The documents with an ``entity`` annotation for every mention.

        Candidates are each document's own (:meth:`prepare`, reused when prepared earlier);
        merging them into entities is the cross-document part.
        """
        found: list[tuple[int, Candidate]] = []
        for index, document in enumerate(documents):
            draft = draft_of(self, document)
            found.extend((index, candidate) for candidate in draft.candidates)
        by_document: dict[int, list[Resolved]] = {}
        for item in merge(found):
            by_document.setdefault(item.doc_index, []).append(item)
        out = []
        for index, document in enumerate(documents):
            added = [_annotation(document, item) for item in by_document.get(index, [])]
            out.append(attrs.evolve(document, annotations=(*document.annotations, *added)))
        return out


def candidates(document: Document) -> list[Candidate]:
    """The chunker's candidates in the body sentences and headings of ``document``."""
    from newsbrief.nlp.segmenter import segmented

    segmented_document = segmented(document)
    text = document.text
    stopwords = resources(document.language).stopwords
    body = [(s.start, s.end) for s in segmented_document.sentences]
    headings = [(h.start, h.end) for h in document.headings]
    return [*chunk(text, body, stopwords), *chunk(text, headings, stopwords, heading=True)]


def _annotation(document: Document, item: Resolved) -> Annotation:
    candidate = item.candidate
    attributes: dict[str, str] = {"name": item.name, "type": item.type, "entity": item.entity}
    if item.gender:
        attributes["gender"] = item.gender
    if candidate.role:
        attributes["role"] = candidate.role
    return Annotation(
        kind=AnnotationKind.ENTITY,
        start=candidate.start,
        end=candidate.end,
        text=document.text[candidate.start : candidate.end],
        annotator=EntityAnnotator.name,
        attributes=attributes,
    )


def document_entities(document: Document) -> set[str]:
    """Canonical names of the entities ``document`` mentions (annotating it alone if needed).

    Story grouping can compare documents by these: ``Zelensky`` in one and ``Zelenskyy`` in
    another are the same name once merged.
    """
    annotations = [a for a in document.annotations if a.kind == AnnotationKind.ENTITY]
    if not annotations:
        (document,) = EntityAnnotator().annotate([document])
        annotations = [a for a in document.annotations if a.kind == AnnotationKind.ENTITY]
    return {str(a.attributes["name"]) for a in annotations}
