"""The built-in entity annotator: people, organisations and places, merged across documents."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from newsbrief.annotators.base import AnnotationContext, kept_draft
from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.caseless import with_caseless
from newsbrief.annotators.entities.chunker import (
    LANGUAGE,
    ROLE,
    TEXT,
    TYPE,
    Candidate,
    candidates,
    candidates_with_towns,
    with_fields,
)
from newsbrief.annotators.entities.evidence import (
    DocumentEvidence,
    document_evidence,
    with_evidence,
)
from newsbrief.annotators.entities.headline_names import with_headline_names
from newsbrief.annotators.entities.lowercase_agencies import with_lowercase_agencies
from newsbrief.annotators.entities.merging import (
    Kept,
    Mention,
    Spans,
    mentions_of,
    merge_mentions,
)
from newsbrief.annotators.entities.territorial_bodies import with_territorial_bodies
from newsbrief.annotators.entities.towns import town_in
from newsbrief.annotators.entities.transcript_labels import with_transcript_labels
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.model.frozen import FrozenMap
from newsbrief.nlp.candidates import PackedCandidates, pack_candidates

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

# ``candidates`` lives beside the chunker, where the shared analysis (nlp) reads it too.
__all__ = ["EntityAnnotator", "EntityDraft", "candidates", "document_entities"]


@attrs.frozen
class EntityDraft:
    """The per-document part of entity annotation (:meth:`EntityAnnotator.prepare`)."""

    #: Name, organisation and place candidates of the body and headings, in chunker order,
    #: packed as the shared analysis holds them (given as ``candidates=``: candidates or
    #: packed ones; read :attr:`candidates`).
    #: (Left out of the hash: packed candidates are not hashable.)
    packed_candidates: PackedCandidates = attrs.field(
        alias="candidates", converter=pack_candidates, hash=False
    )
    #: What the evidence pass makes of these candidates
    #: (:func:`~newsbrief.annotators.entities.evidence.document_evidence`; ``None``: not
    #: worked out ahead, so annotating works it out).
    evidence: DocumentEvidence | None = attrs.field(default=None, hash=False)

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The candidates, as new :class:`Candidate` objects (made at each read)."""
        return self.packed_candidates.unpacked()


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
        """The chunker's candidates in one document, read from its shared analysis
        (:func:`newsbrief.nlp.analysis.analysis_of`), and what the evidence pass makes of
        them: the per-document part."""
        packed = with_caseless(document, _chunked(document, None))
        packed = with_transcript_labels(document, with_lowercase_agencies(document, packed))
        return EntityDraft(packed, document_evidence(packed, document.text))

    def annotate(
        self, documents: Sequence[Document], context: AnnotationContext | None = None
    ) -> list[Document]:
        """The documents with an ``entity`` annotation for every mention.

        Candidates are each document's own: its draft when prepared earlier, else its shared
        analysis (``context.analyses``, computed once per run); merging them into entities is
        the cross-document part. The evidence pass is replayed from each draft (worked out
        there, in a worker process with ``-j``), and worked out again here for a document
        without a draft or whose mentions the run-wide team retyping changed.
        """
        analyses = context.analyses if context is not None else None
        packed: list[PackedCandidates] = []
        known: list[DocumentEvidence | None] = []
        for document in documents:
            draft = kept_draft(self.name, document, context)
            if draft is None:
                chunked = _chunked(document, analyses)
                own = with_lowercase_agencies(document, with_caseless(document, chunked))
                packed.append(with_transcript_labels(document, own))
                known.append(None)
            else:
                packed.append(draft.packed_candidates)
                known.append(draft.evidence)
        # Read packed (no candidate becomes an object); the run's mentions are let go once
        # merged, and each document's kept ones once it is annotated.
        spans = Spans(packed)
        # The evidence worked out ahead holds for a document whose mentions the teams of
        # the whole run left as they were.
        found, fresh = _teams(mentions_of(packed), spans, documents)
        merged = merge_mentions(with_evidence(found, spans, documents, known, fresh), spans)
        del spans, packed, known, found
        out = []
        shared: dict[tuple[str | None, ...], FrozenMap] = {}
        for index, document in enumerate(documents):
            # (A lone surname named in full only in the title the parser set aside.)
            kept = with_territorial_bodies(
                document, with_headline_names(document, merged.pop(index))
            )
            if not kept:
                out.append(document)  # (its annotations are sorted already)
                continue
            added = [_annotation(document, item, shared) for item in kept]
            out.append(document.with_annotations(added))
        return out


def _chunked(document: Document, analyses: Mapping[str, Analysis] | None) -> PackedCandidates:
    """The chunker's candidates of ``document``: its shared analysis' (computed once a run,
    with ``analyses``), read again where a name would run on into a town the chunker cannot
    know (``Pierre Martin d'Orléans``; the town list sits above the chunker, so the test is
    handed to it from here)."""
    from newsbrief.nlp.analysis import analysis_of

    packed = analysis_of(document, analyses).packed_candidates
    return candidates_with_towns(document, packed, town_in)


# ``the Dallas Cowboys``: an article before a place and a name.
_THE_BEFORE = re.compile(r"(?:^|[^\w’'])[Tt]he[ \u00a0]$")


def _teams(
    found: list[Mention], spans: Spans, documents: Sequence[Document]
) -> tuple[list[Mention], set[int]]:
    """Persons by a first name that an English article introduces somewhere, whose first word
    is a place (``the Dallas Cowboys``, ``the Houston Texans``), made organisations, with every
    other mention of the same name: nobody is ``the Jordan Matthews``. And the numbers of the
    documents whose mentions changed."""
    places = gz.place_names()
    teams = set()
    for index, number, candidate in found:
        if (
            candidate[TYPE] == "person"
            and not candidate[ROLE]
            and candidate[LANGUAGE] in (None, "en")
            and len(candidate[TEXT].split()) > 1
            and candidate[TEXT].split()[0] in places
        ):
            start = spans.span(index, number)[0]
            if _THE_BEFORE.search(documents[index].text, max(0, start - 5), start):
                teams.add(candidate[TEXT])
    if not teams:
        return found, set()
    changed = {
        index
        for index, _, candidate in found
        if candidate[TYPE] == "person" and not candidate[ROLE] and candidate[TEXT] in teams
    }
    return [
        (index, number, with_fields(candidate, type="organisation", evidence=False, gender=None))
        if candidate[TYPE] == "person" and not candidate[ROLE] and candidate[TEXT] in teams
        else (index, number, candidate)
        for index, number, candidate in found
    ], changed


def _annotation(
    document: Document, item: Kept, shared: dict[tuple[str | None, ...], FrozenMap]
) -> Annotation:
    start, end, fields, entity = item
    role = fields[ROLE]
    # The mentions of one entity (with one role) have the same attributes: one read-only map
    # serves them all (building and sorting one per mention was a third of this stage).
    key = (*entity, role)
    attributes = shared.get(key)
    if attributes is None:
        name, kind, identifier, gender = entity
        facts: dict[str, str] = {"name": name, "type": kind, "entity": identifier}
        if gender:
            facts["gender"] = gender
        if role:
            facts["role"] = role
        attributes = shared[key] = FrozenMap(facts)
    # The candidate's text where it is the document's (most are): one string shared with the
    # analysis, not a copy per mention.
    text = fields[TEXT]
    if len(text) != end - start or not document.text.startswith(text, start):
        text = document.text[start:end]
    # Unchecked (``Annotation.trusted``): the text is the document's at these offsets (made
    # so above), the attributes a FrozenMap.
    return Annotation.trusted(
        AnnotationKind.ENTITY, start, end, text, EntityAnnotator.name, attributes
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
