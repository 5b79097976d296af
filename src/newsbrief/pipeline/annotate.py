"""The annotate stage: annotators run in dependency order over the run's documents and stories."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from unicodedata import is_normalized

import attrs

from newsbrief.errors import NewsbriefError, PluginError, PluginFault
from newsbrief.model import Document, Story
from newsbrief.model.frozen import to_tuple
from newsbrief.pipeline.memory import fewer_collections
from newsbrief.pipeline.progress import report
from newsbrief.plugins import get_host

if TYPE_CHECKING:
    from newsbrief.annotators.base import Annotator
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.nlp.normal_form import NormalView


def annotation_order(names: Iterable[str] | None = None) -> list[str]:
    """Annotator names to run, each after the ones it ``requires`` (all registered by default).

    A required annotator is added even when not asked for; a cycle is an error. An annotator
    requiring one that is not registered is left out (:func:`annotate` reports it).
    """
    return _order(names)[0]


def _order(names: Iterable[str] | None = None) -> tuple[list[str], dict[str, str]]:
    """:func:`annotation_order`, and ``{annotator: missing requirement}`` for those left out."""
    registry = get_host().registry("annotator")
    wanted = list(registry) if names is None else list(names)
    order: list[str] = []
    unmet: dict[str, str] = {}
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in unmet:
            return
        if name in visiting:
            raise PluginError(f"annotators require each other in a cycle through {name!r}")
        visiting.add(name)
        for required in registry.get(name).requires:
            if required not in registry:
                unmet[name] = required
            else:
                visit(required)
                if required in unmet:
                    unmet[name] = required
            if name in unmet:
                break
        visiting.discard(name)
        if name not in unmet:
            order.append(name)

    for name in sorted(wanted):
        visit(name)
    return order, unmet


def _plain_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


#: Drafts made ahead of the annotation step: ``{doc_id: {annotator name: draft}}``.
Drafts = Mapping[str, Mapping[str, Any]]


@attrs.frozen
class Drafted:
    """Segmented documents, and the drafts their annotators made ahead, beside them.

    The drafts are a side table, never part of the (frozen) documents: what
    :func:`prepare_documents` returns and :func:`annotate` takes. Iterates over the documents.
    """

    #: The documents, segmented, in order.
    documents: tuple[Document, ...] = attrs.field(converter=to_tuple)
    #: ``{doc_id: {annotator name: draft}}``.
    drafts: Drafts = attrs.field(factory=dict, converter=_plain_dict)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]

    def select(self, doc_ids: Iterable[str]) -> Drafted:
        """The documents whose ids are in ``doc_ids`` (in this order), with their drafts."""
        wanted = set(doc_ids)
        documents = [document for document in self.documents if document.id in wanted]
        drafts = {d.id: self.drafts[d.id] for d in documents if d.id in self.drafts}
        return Drafted(documents, drafts)


def prepare_documents(
    documents: Iterable[Document] | Drafted, annotators: Iterable[str] | None = None
) -> Drafted:
    """``documents`` segmented, with the per-document drafts of ``annotators`` beside them.

    Each annotator with a ``prepare`` method
    (:class:`~newsbrief.annotators.base.PreparingAnnotator`) does its per-document work here,
    one document at a time, so this can run per partition (in other processes, on Dask
    workers); :func:`annotate` then reuses the drafts. Drafts already made (``documents``
    from an earlier call) are kept, not made again.
    """
    from newsbrief.annotators.base import PreparingAnnotator
    from newsbrief.nlp.segmenter import segmented

    registry = get_host().registry("annotator")
    preparing = [
        annotator
        for annotator in (registry.get(name) for name in annotation_order(annotators))
        if isinstance(annotator, PreparingAnnotator)
    ]
    kept = documents.drafts if isinstance(documents, Drafted) else {}
    out: list[Document] = []
    drafts: dict[str, Mapping[str, Any]] = {}
    for document in documents:
        document = segmented(document)
        own = dict(kept.get(document.id, {}))
        for annotator in preparing:
            if annotator.name not in own:
                own[annotator.name] = annotator.prepare(document)
        if own:
            drafts[document.id] = own
        out.append(document)
    return Drafted(out, drafts)


def annotate(
    documents: Sequence[Document] | Drafted,
    annotators: Iterable[str] | None = None,
    *,
    stories: Sequence[Story] | None = None,
    analyses: Mapping[str, Analysis] | None = None,
    drafts: Drafts | None = None,
) -> tuple[Document, ...]:
    """``documents`` with the annotations of ``annotators`` (every registered one by default).

    ``stories`` (the run's grouping, e.g. :func:`newsbrief.stories.group_stories` of the same
    documents; grouped here when not given, so no annotator groups them itself) reach every
    annotator whose ``annotate`` takes a ``context``. ``analyses`` is the run's side table of
    :class:`~newsbrief.nlp.analysis.Analysis` by document id
    (:func:`~newsbrief.nlp.analysis.analyse_documents`), computed here when not given, and
    reaches the same annotators through the context. ``drafts`` (or those of a
    :class:`Drafted` from :func:`prepare_documents`) are the side table of drafts made ahead,
    which the annotators read back (:func:`~newsbrief.annotators.base.draft_of`).

    An annotator that fails or breaks the contract (and any annotator requiring it, or
    requiring one that is not registered) is left out and reported with
    :func:`newsbrief.guard.report_fault`: recorded inside a
    :func:`~newsbrief.guard.collecting_faults` block (``build_briefing`` opens one), raised
    otherwise.
    """
    from newsbrief.annotators.base import AnnotationContext, annotating_with
    from newsbrief.guard import report_fault
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.nlp.segmenter import segmented

    if isinstance(documents, Drafted):
        drafts = {**documents.drafts, **(drafts or {})}
    views: dict[str, NormalView] = {}
    if not all(is_normalized("NFC", document.text) for document in documents):
        # Annotated through their NFC views (newsbrief.nlp.normal_form), then moved back;
        # what was made ahead for them read the original texts.
        from newsbrief.nlp.normal_form import normal_views

        documents, views = normal_views(documents)
        analyses = {k: v for k, v in (analyses or {}).items() if k not in views}
        drafts = {k: v for k, v in (drafts or {}).items() if k not in views}
    registry = get_host().registry("annotator")
    # Segment once here rather than in every annotator that needs sentences.
    docs = tuple(segmented(d) for d in documents)
    # Analysed once here too (or by the caller), rather than in every annotator.
    analyses = analyse_documents(docs, analyses)
    if stories is None:
        from newsbrief.stories.grouping import group_stories

        stories = group_stories(docs, analyses=analyses)
    context = AnnotationContext(stories=stories, analyses=analyses, drafts=drafts or {})
    order, unmet = _order(annotators)
    for name, required in sorted(unmet.items()):
        origin = getattr(registry.get(name), "origin", None)
        report_fault(
            PluginFault(
                f"annotator {name!r}",
                origin.label if origin else "?",
                f"not run: it requires annotator {required!r}, which is not registered",
            )
        )
    failed: set[str] = set()
    report("annotate", 0, len(order))
    # Fewer cyclic collections: the annotations made here live to the briefing's end, and
    # tracing them again and again was a tenth of this stage (``build_briefing`` called
    # directly has no ``run`` around it to set this).
    with annotating_with(context.drafts), fewer_collections():
        for done, name in enumerate(order, start=1):
            annotator = registry.get(name)
            blocked = [required for required in annotator.requires if required in failed]
            try:
                if blocked:
                    origin = getattr(annotator, "origin", None)
                    raise PluginFault(
                        f"annotator {name!r}",
                        origin.label if origin else "?",
                        f"not run: it requires annotator {blocked[0]!r}, which failed",
                    )
                if _takes_context(annotator):
                    result = tuple(annotator.annotate(docs, context=context))
                else:
                    result = tuple(annotator.annotate(docs))
            except PluginFault as fault:
                # Left out, like a bad input: the others still run.
                report_fault(fault)
                failed.add(name)
                report("annotate", done, len(order), name)
                continue
            # An annotator adds annotations; it must not drop, reorder or rewrite documents.
            if [(d.id, d.text) for d in result] != [(d.id, d.text) for d in docs]:
                raise NewsbriefError(f"annotator {name!r} changed the documents it was given")
            docs = result
            report("annotate", done, len(order), name)
    if views:
        from newsbrief.nlp.normal_form import restored

        docs = tuple(restored(d, views[d.id]) if d.id in views else d for d in docs)
    return docs


#: Whether each annotator class's ``annotate`` takes a context, by function: reading the
#: signature (``inspect``) for each story of a per-story run cost more than some annotators.
_CONTEXT_TAKERS: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _takes_context(annotator: Annotator) -> bool:
    """:func:`~newsbrief.annotators.base.takes_context`, remembered for methods defined on
    a class (an instance's own ``annotate`` attribute is read each time)."""
    from newsbrief.annotators.base import takes_context

    method = getattr(annotator, "annotate", None)
    function = getattr(method, "__func__", None)
    # Only a plain function on the class is one answer for every read (a property may hand
    # out a different method each time).
    if (
        function is None
        or getattr(method, "__self__", None) is not annotator
        or inspect.getattr_static(type(annotator), "annotate", None) is not function
    ):
        return takes_context(annotator)
    try:
        known = _CONTEXT_TAKERS.get(function)
    except TypeError:  # not weakly referable
        return takes_context(annotator)
    if known is None:
        known = _CONTEXT_TAKERS[function] = takes_context(annotator)
    return known
