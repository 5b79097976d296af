"""The analyse stage: each document segmented once and analysed once, for every later stage.

The analyses travel beside the documents as a side table ``{doc_id: Analysis}``
(:mod:`newsbrief.nlp.analysis`): story grouping and the annotators read it instead of each
tokenizing the text again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.model import Document
from newsbrief.pipeline.corpus import unique_ids
from newsbrief.pipeline.memory import fewer_collections
from newsbrief.pipeline.progress import counted, report

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.pipeline.compose import TermCounts
    from newsbrief.pipeline.group import PartitionFeatures


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
    analyses: dict[str, Analysis] = {}
    # The sentences and analyses live to the end of the run (as ``newsbrief.pipeline.run`` and
    # :func:`prepare_chunk` have it, so does ``build_briefing`` called alone): collecting every
    # 700 allocations traced the run's documents again and again, a quarter of this stage
    # (2,000 articles: 3.9 s of CPU, 2.9 s with fewer collections; the segmentation of 10,000
    # feed articles 6.4 s, growing faster than the articles).
    with fewer_collections():
        # Step by step, so a progress display moves through both (newsbrief.pipeline.progress):
        # documents one at a time, analyses in chunks (the analysis may batch its work).
        plain = unique_ids([segmented(document) for document in counted("segment", given, _id)])
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


@attrs.frozen
class PreparedChunk:
    """What :func:`prepare_chunk` makes of a chunk of one briefing's documents (in order)."""

    #: The documents, segmented.
    documents: list[Document]
    #: Their analyses, ``{doc_id: Analysis}``.
    analyses: dict[str, Analysis]
    #: Their annotators' drafts, ``{doc_id: {annotator: draft}}`` (some may be missing).
    drafts: dict[str, Mapping[str, Any]]
    #: Their story-grouping features and headlines (:func:`~newsbrief.pipeline.group.
    #: group_partitions` reads them).
    grouping: PartitionFeatures
    #: How many sentences of each repeat earlier text of the same document (the coverage
    #: notes' count, :func:`~newsbrief.pipeline.compose.repeated_sentences`; 0 included).
    repeats: dict[str, int]
    #: The timeline's term counts of the documents, when the ``dates`` annotator runs
    #: (:func:`~newsbrief.pipeline.compose.count_terms`; the composer counts them otherwise).
    terms: TermCounts | None = None


def prepare_chunk(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    stopwords: Mapping[str, Iterable[str]] | None = None,
) -> PreparedChunk:
    """The per-document work of one briefing on a chunk of its documents (ids unique), done
    wherever a runner sends it (a worker process, or this one): each document segmented,
    analysed, given its annotators' drafts (:func:`~newsbrief.pipeline.annotate.
    prepare_documents`), its story-grouping features and headline
    (:func:`~newsbrief.stories.features.extract_features`) and its count of repeated
    sentences, with the run's ``stopwords`` in force as
    :func:`~newsbrief.pipeline.brief.build_briefing` puts them. ``build_briefing`` given them
    reuses them: the same briefing, byte for byte, as when it does this work itself.
    """
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.nlp.near_duplicates import shared_analyses
    from newsbrief.nlp.stopwords import using_stopwords
    from newsbrief.pipeline.compose import count_terms, repeated_sentences
    from newsbrief.stories.features import extract_features
    from newsbrief.stories.grouping import headline

    # Passed, not read from the context: a worker process does not inherit it. Nor does it
    # inherit the run's rarer garbage collections (``pipeline.run``): a chunk makes some
    # hundred thousand objects that live until it is sent, and collecting them every 700
    # allocations cost a worker a fifth of its time (3.2 against 2.6 ms an article).
    with (
        using_stopwords(stopwords) if stopwords else contextlib.nullcontext(),
        fewer_collections(),
    ):
        plain = [segmented(document) for document in documents]
        analyses = analyse_documents(plain)
        drafts = _drafts(plain, annotators)
        # Grouping's per-document part (over half of its time), read from the same analyses
        # as StoryGrouper.group reads them: only the pairing of documents is left to do.
        features = [extract_features(document, analyses[document.id]) for document in plain]
        headlines = [headline(document) for document in plain]
        # The coverage notes' per-document count too (a third of composing's time).
        with shared_analyses(analyses):
            counted = repeated_sentences(plain)
        # And the timeline's term counts, read only with dates (a tenth of composing): in a
        # worker, off the process that composes.
        terms = count_terms(plain, analyses) if _with_dates(annotators) else None
    # Every document, 0 for most: a document missing is one the composer counts itself.
    repeats = {document.id: counted.get(document.id, 0) for document in plain}
    return PreparedChunk(plain, analyses, drafts, (features, headlines), repeats, terms)


def _with_dates(annotators: Iterable[str] | None) -> bool:
    """Whether the built-in ``dates`` annotator is among ``annotators`` (all by default)."""
    return annotators is None or "dates" in annotators


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
