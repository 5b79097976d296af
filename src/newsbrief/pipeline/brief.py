"""One briefing of a set of documents: the stages in order, each a plain function.

:func:`build_briefing` reads top-down: analyse (segment, analyse once), group (stories, once),
annotate, summarize, compose. Only the annotators' faults are collected here (a failing
annotator is left out and noted, like a bad input).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from unicodedata import is_normalized

import attrs

from newsbrief.guard import collecting_faults
from newsbrief.model import Briefing, Document, Story, SummaryItem
from newsbrief.nlp.stopwords import normalized, stopwords_key, using_stopwords
from newsbrief.pipeline.analyse import analyse
from newsbrief.pipeline.annotate import Drafted, Drafts, annotate, annotation_order
from newsbrief.pipeline.compose import compose, counted_ahead
from newsbrief.pipeline.corpus import Corpus, Skipped, unique_ids
from newsbrief.pipeline.group import group, group_partitions
from newsbrief.pipeline.memory import RELEASE_MIN_DOCUMENTS, release_free_memory
from newsbrief.pipeline.progress import stage
from newsbrief.pipeline.settings import Settings
from newsbrief.pipeline.summarize import choose_summarizer, summarize
from newsbrief.pipeline.window import windowed, with_notes

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.nlp.normal_form import NormalView
    from newsbrief.pipeline.compose import TermCounts
    from newsbrief.pipeline.group import PartitionFeatures

T = TypeVar("T")


def build_briefing(
    documents: Iterable[Document] | Corpus | Drafted,
    settings: Settings | None = None,
    *,
    stories: Sequence[Story] | None = None,
    drafts: Drafts | None = None,
    analyses: Mapping[str, Analysis] | None = None,
    grouping: PartitionFeatures | None = None,
    repeats: Mapping[str, int] | None = None,
    terms: TermCounts | None = None,
    **changes: Any,
) -> Briefing:
    """Build a briefing of ``documents``: stories, a cited extractive summary, sources, notes.

    ``settings`` (a :class:`~newsbrief.pipeline.settings.Settings`; default: every default)
    with ``changes``, any of its fields by name or ``sentences``/``words``/``overflow`` for the
    budget: ``build_briefing(corpus, words=150, summarizer="lexrank", options={...})``.
    The summarizer and its options are checked against its spec before any work
    (:class:`~newsbrief.options.OptionError` names an unknown or bad one). ``annotators``
    names the annotators to run (all registered ones by default; ``[]`` for none); their
    annotations fill the timeline, quotes and entities. ``stories`` are used as given instead
    of grouping the documents (as :func:`~newsbrief.pipeline.stories.story_briefing` does);
    either way the documents are grouped at most once, and annotators see the same stories as
    the summarizer. ``drafts`` (``{doc_id: {annotator: draft}}``, or those of a
    :class:`~newsbrief.pipeline.annotate.Drafted` given as ``documents``) are the annotators'
    per-document work done ahead (:func:`~newsbrief.pipeline.annotate.prepare_documents`);
    ``analyses`` (``{doc_id: Analysis}``) the documents' analyses made ahead
    (:func:`~newsbrief.pipeline.analyse.prepare_chunk`, in worker processes with ``jobs``);
    ``grouping`` the documents' story-grouping features and headlines made ahead with them
    (used only when they are those of exactly the documents briefed, in order); ``repeats``
    each document's count of sentences repeating its earlier text, counted ahead with them
    (:func:`~newsbrief.pipeline.compose.repeated_sentences`; read for the documents briefed);
    ``terms`` the timeline's term counts of the documents, counted ahead with them
    (:func:`~newsbrief.pipeline.compose.count_terms`; used only when they are those of exactly
    the documents briefed, in order).
    """
    settings = (settings or Settings()).updated(**changes)
    if settings.stopwords and stopwords_key() != normalized(settings.stopwords):
        # The run's own stop words, in force for every stage below (newsbrief.nlp.stopwords).
        with using_stopwords(settings.stopwords):
            return build_briefing(
                documents,
                settings,
                stories=stories,
                drafts=drafts,
                analyses=analyses,
                grouping=grouping,
                repeats=repeats,
                terms=terms,
            )
    summarizer, settings = choose_summarizer(settings)
    # The date window: articles outside it skipped, undated ones noted (pipeline.window).
    # Given stories were grouped from documents already cut to it (``story_results``, as
    # ``run`` does): cutting a story's documents again would empty it, so they are only noted.
    documents, undated = windowed(documents, settings.since, settings.until, cut=stories is None)
    skipped: tuple[Skipped, ...] = documents.skipped if isinstance(documents, Corpus) else ()
    if isinstance(documents, Drafted):
        drafts = {**documents.drafts, **(drafts or {})}
    # 0. A document whose text is not NFC is briefed through its NFC view (newsbrief.nlp.
    # normal_form); the work made ahead for it read the original, so it is made again.
    documents, views = _normal_views(documents)
    if views:
        analyses = _without(analyses, views)
        drafts = _without(drafts, views)
        repeats = _without(repeats, views)
        grouping = terms = None
    # 1. Each document segmented and analysed once (words, stems, names, calendar words).
    plain, analyses = analyse(documents, analyses)
    # 2. Grouped once, before annotating: annotators read the stories (an undated article
    # borrows its story's date), and grouping reads only the text, never the annotations.
    with stage("group"):
        if stories is None and grouping is not None and _same_documents(grouping, plain):
            stories = group_partitions([grouping])  # the features made ahead, paired here
        stories = group(plain, analyses, stories)
    del grouping  # the features made ahead (1-2 KB a document): read, not held to the end
    large = len(plain) >= RELEASE_MIN_DOCUMENTS
    if large:
        release_free_memory()  # grouping's matrices (newsbrief.pipeline.memory)
    # 3. Annotated; an annotator left out (its plugin failed) is noted like a skipped input.
    with collecting_faults() as faults:
        annotated = annotate(
            plain, settings.annotators, stories=stories, analyses=analyses, drafts=drafts
        )
    # What only annotation read: released now, not when the briefing is made.
    del plain, drafts
    skipped += tuple(Skipped.from_fault(fault) for fault in faults.faults)
    # 4. Summarized, reading the same analyses (its sentence features).
    from newsbrief.nlp.near_duplicates import shared_analyses

    with shared_analyses(analyses), stage("summarize"):
        summary = summarize(summarizer, annotated, stories, settings)
    if large:
        release_free_memory()  # the summarizer's matrices
    # 5. Composed. What it reads of the analyses is counted first; then they (14 KB a
    # newswire article) are let go, not held while the views and the export are made.
    with stage("compose"):
        counted = counted_ahead(annotated, repeats, analyses, terms=terms)
        del terms
        if views:  # what the views' stages found, moved back to the original texts
            annotated, summary, stories = _restored(annotated, summary, stories, views)
        del analyses
        if large:
            release_free_memory()  # the analyses' arrays
        return with_notes(
            compose(
                annotated,
                stories,
                summary,
                skipped,
                settings,
                annotation_order(settings.annotators),
                repeats=counted.repeats,
                totals=counted.totals,
            ),
            undated,
            settings.since,
            settings.until,
        )


def _normal_views(
    documents: Iterable[Document] | Corpus | Drafted,
) -> tuple[Iterable[Document] | Corpus | Drafted, dict[str, NormalView]]:
    """``documents`` as they are when every text is NFC (nearly always: one check each), else
    with each one that is not replaced by its NFC view; and those views by id."""
    from newsbrief.nlp.normal_form import normal_views

    given = documents if isinstance(documents, Sequence | Corpus | Drafted) else list(documents)
    if all(is_normalized("NFC", document.text) for document in given):
        return given, {}
    replaced, views = normal_views(unique_ids(list(given)))  # (views are found by id)
    if isinstance(given, Corpus):
        return attrs.evolve(given, documents=replaced), views
    if isinstance(given, Drafted):
        return Drafted(replaced, _without(given.drafts, views) or {}), views
    return replaced, views


def _without(table: Mapping[str, T] | None, views: Mapping[str, Any]) -> dict[str, T] | None:
    """``table`` without the entries of the documents briefed through views."""
    return None if table is None else {k: v for k, v in table.items() if k not in views}


def _restored(
    documents: Sequence[Document],
    summary: Sequence[SummaryItem],
    stories: Sequence[Story],
    views: Mapping[str, NormalView],
) -> tuple[tuple[Document, ...], tuple[SummaryItem, ...], tuple[Story, ...]]:
    """``documents``, ``summary`` and ``stories`` with the views' documents back in their
    original text (a story's label, a headline, as the original wrote it)."""
    from newsbrief.nlp.normal_form import restored, restored_items
    from newsbrief.stories.grouping import headline

    back = tuple(
        restored(document, views[document.id]) if document.id in views else document
        for document in documents
    )
    by_id = {document.id: document for document in back if document.id in views}
    # A story's label is its first document's headline (newsbrief.stories.grouping).
    stories = tuple(
        attrs.evolve(story, label=headline(views[story.documents[0]].original))
        if story.documents and story.documents[0] in views
        else story
        for story in stories
    )
    return back, restored_items(summary, by_id, views), stories


def _same_documents(grouping: PartitionFeatures, documents: Sequence[Document]) -> bool:
    """Whether ``grouping``'s features are those of ``documents``, in order (the date window
    or a repeated id could have changed which are briefed since they were made)."""
    features = grouping[0]
    return len(features) == len(documents) and all(
        feature.doc_id == document.id for feature, document in zip(features, documents, strict=True)
    )
