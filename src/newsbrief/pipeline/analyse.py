"""The analyse stage: each document segmented once and analysed once, for every later stage.

The analyses travel beside the documents as a side table ``{doc_id: Analysis}``
(:mod:`newsbrief.nlp.analysis`): story grouping and the annotators read it instead of each
tokenizing the text again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsbrief.model import Document
from newsbrief.pipeline.corpus import unique_ids
from newsbrief.pipeline.progress import counted, report

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis


def segmented(document: Document) -> Document:
    """``document`` with its sentences, segmenting it if that was not done yet."""
    # The segmenter (and nupunkt) load on first use, not when the pipeline is imported.
    from newsbrief.nlp.segmenter import segmented as segment_once

    return segment_once(document)


def analyse(
    documents: Iterable[Document], made: Mapping[str, Analysis] | None = None
) -> tuple[list[Document], Mapping[str, Analysis]]:
    """``documents`` segmented, with ids unique in order, and the side table of their analyses
    (those of ``made``, made ahead by :func:`prepare_chunk`, reused)."""
    from newsbrief.nlp.analysis import analyse_documents

    given = documents if isinstance(documents, Sequence) else list(documents)
    # Step by step, so a progress display moves through both (newsbrief.pipeline.progress):
    # documents one at a time, analyses in chunks (the analysis may batch its work).
    plain = unique_ids([segmented(document) for document in counted("segment", given, _id)])
    analyses: dict[str, Analysis] = {}
    report("analyse", 0, len(plain))
    for start in range(0, len(plain), _CHUNK):
        chunk = plain[start : start + _CHUNK]
        analyses.update(analyse_documents(chunk, made))
        report("analyse", start + len(chunk), len(plain), chunk[-1].id)
    return plain, analyses


#: Documents analysed between two progress reports.
_CHUNK = 32


def _id(document: Document) -> str:
    return document.id


#: What :func:`prepare_chunk` makes of a chunk of documents: the documents segmented, their
#: analyses and their annotators' drafts (``{doc_id: {annotator: draft}}``).
PreparedChunk = tuple[list[Document], dict[str, "Analysis"], dict[str, Mapping[str, Any]]]


def prepare_chunk(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    stopwords: Mapping[str, Iterable[str]] | None = None,
) -> PreparedChunk:
    """The per-document work of one briefing on a chunk of its documents (ids unique), done
    wherever a runner sends it (a worker process): each document segmented, analysed and
    given its annotators' drafts (:func:`~newsbrief.pipeline.annotate.prepare_documents`),
    with the run's ``stopwords`` in force as :func:`~newsbrief.pipeline.brief.build_briefing`
    puts them. ``build_briefing`` given the three reuses them: the same briefing, byte for
    byte, as when it does this work itself.
    """
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.nlp.stopwords import using_stopwords

    # Passed, not read from the context: a worker process does not inherit it.
    with using_stopwords(stopwords) if stopwords else contextlib.nullcontext():
        plain = [segmented(document) for document in documents]
        analyses = analyse_documents(plain)
        drafts = _drafts(plain, annotators)
    return plain, analyses, drafts


def _drafts(
    documents: Sequence[Document], annotators: Iterable[str] | None
) -> dict[str, Mapping[str, Any]]:
    """The drafts of the annotators that make them ahead, for :func:`prepare_chunk`.

    Drafts only save work: the annotation step makes any draft missing here itself
    (:func:`~newsbrief.annotators.base.draft_of`). So an annotator this process does not know
    (registered in the parent only) or whose ``prepare`` fails gets none here, and the parent
    runs it, and reports its failure, exactly as without drafts.
    """
    from newsbrief.annotators.base import PreparingAnnotator
    from newsbrief.pipeline.annotate import annotation_order
    from newsbrief.plugins import get_host

    try:
        registry = get_host().registry("annotator")
        chosen = [registry.get(name) for name in annotation_order(annotators)]
    except Exception:  # the parent resolves the annotators, and says what is wrong
        return {}
    preparing = [a for a in chosen if isinstance(a, PreparingAnnotator)]
    drafts: dict[str, dict[str, Any]] = {document.id: {} for document in documents}
    for annotator in preparing:
        try:
            made = [(d.id, annotator.prepare(d)) for d in documents]
        except Exception:  # made again (and reported) by the parent
            continue
        for doc_id, draft in made:
            drafts[doc_id][annotator.name] = draft
    return {doc_id: own for doc_id, own in drafts.items() if own}
