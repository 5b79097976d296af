"""What an annotator is: documents in, the same documents with annotations added out.

The contract has one required method and two optional parts, so annotators written against the
first version (``annotate(self, documents)``) keep working unchanged:

* ``annotate(documents)`` (required): the documents, in order, with annotations added.
* ``annotate(documents, context)`` (optional parameter): the host passes an
  :class:`AnnotationContext` (the run's stories, and the shared analysis of each document:
  :mod:`newsbrief.nlp.analysis`) to an ``annotate`` that declares a ``context``
  parameter (or ``**kwargs``), as datasette passes a callback only the arguments its signature
  names (``call_with_supported_arguments``).
* ``prepare(document)`` (optional method): the per-document part of the work, on one segmented
  document alone, returning a picklable value (a frozen attrs instance). The host may run it
  early (per partition, on another process or Dask worker) and keep the value, the document's
  *draft*, in a side table that travels beside the documents (``{doc_id: {annotator: draft}}``,
  never inside the frozen model); ``annotate`` then reads it back with :func:`draft_of` (or
  :meth:`AnnotationContext.draft`) instead of recomputing, and does only the cross-document
  part (merging, resolving).
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from newsbrief.model import Document, Story
from newsbrief.model.frozen import to_dict

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis


@runtime_checkable
class Annotator(Protocol):
    """Adds :class:`~newsbrief.model.Annotation` spans to documents.

    It sees every document of the run at once, so it can merge across documents (the same
    person spelt three ways in three articles). It must keep each document's text, offsets and
    earlier annotations, only adding its own (``doc.with_annotations(added)``).
    ``annotate`` may also declare a ``context`` parameter to receive an
    :class:`AnnotationContext`, and the annotator may have a ``prepare`` method
    (:class:`PreparingAnnotator`); see the module docstring.
    """

    #: Unique name, used by ``--annotators``.
    name: str
    #: One line for ``newsbrief list``.
    description: str
    #: Names of annotators whose annotations this one reads; they run first.
    requires: tuple[str, ...]

    def annotate(self, documents: Sequence[Document]) -> Sequence[Document]:
        """The documents, in the same order, with this annotator's annotations added."""
        ...


@runtime_checkable
class PreparingAnnotator(Annotator, Protocol):
    """An annotator whose per-document work can run ahead, one document at a time."""

    def prepare(self, document: Document) -> Any:
        """The per-document result for one segmented ``document``: picklable, immutable.

        It must depend only on the document (never on other documents or on other annotators'
        annotations), since it may be computed in another process before those exist.
        """
        ...


def _stories_or_none(value: Iterable[Story] | None) -> tuple[Story, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class AnnotationContext:
    """What the host knows about the run when it annotates, for annotators that ask for it."""

    #: The run's stories, grouped once before annotating (``None``: not grouped).
    stories: tuple[Story, ...] | None = attrs.field(default=None, converter=_stories_or_none)
    #: The run's side table ``{doc_id: Analysis}``: each document's sentences, word tokens
    #: (normalised, stemmed, stop words flagged), name candidates and calendar words, computed
    #: once for every stage (:mod:`newsbrief.nlp.analysis`). Read it with :meth:`analysis`,
    #: which also serves a document missing from it.
    analyses: Mapping[str, Analysis] = attrs.field(
        factory=dict, converter=to_dict, eq=False, repr=False
    )
    #: The run's side table of drafts ``{doc_id: {annotator name: draft}}`` made ahead by
    #: ``prepare`` (empty: none were). Read it with :meth:`draft`.
    drafts: Mapping[str, Mapping[str, Any]] = attrs.field(
        factory=dict, converter=to_dict, eq=False, repr=False
    )
    _story_of: Mapping[str, Story] = attrs.field(init=False, eq=False, repr=False)

    @_story_of.default
    def _index_stories(self) -> Mapping[str, Story]:
        return {doc_id: story for story in self.stories or () for doc_id in story.documents}

    def story_of(self, doc_id: str) -> Story | None:
        """The story holding document ``doc_id``, if the stories are known and hold it."""
        return self._story_of.get(doc_id)

    def analysis(self, document: Document) -> Analysis:
        """The shared :class:`~newsbrief.nlp.analysis.Analysis` of ``document``: the run's,
        else computed once (:func:`~newsbrief.nlp.analysis.analysis_of`)."""
        from newsbrief.nlp.analysis import analysis_of

        return analysis_of(document, self.analyses)

    def draft(self, annotator: str, document: Document) -> Any | None:
        """The draft ``annotator`` (a name) made ahead for ``document``, or ``None``."""
        return self.drafts.get(document.id, {}).get(annotator)


def takes_context(annotator: Annotator) -> bool:
    """Whether ``annotator.annotate`` declares a ``context`` parameter (or ``**kwargs``)."""
    try:
        parameters = inspect.signature(annotator.annotate).parameters.values()
    except (TypeError, ValueError):  # a builtin or C callable without a readable signature
        return False
    return any(p.name == "context" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


#: The drafts of the annotation step running now (:func:`annotating_with`), so that
#: :func:`draft_of` finds them without a context (annotators written for ``Document.drafts``).
_DRAFTS: contextvars.ContextVar[Mapping[str, Mapping[str, Any]] | None] = contextvars.ContextVar(
    "newsbrief_drafts", default=None
)


@contextlib.contextmanager
def annotating_with(drafts: Mapping[str, Mapping[str, Any]]) -> Iterator[None]:
    """Make ``drafts`` (``{doc_id: {annotator: draft}}``) the ones :func:`draft_of` reads
    while the block runs (the host's annotation step opens it)."""
    token = _DRAFTS.set(drafts)
    try:
        yield
    finally:
        _DRAFTS.reset(token)


def kept_draft(
    annotator: str, document: Document, context: AnnotationContext | None = None
) -> Any | None:
    """The draft ``annotator`` (a name) made ahead for ``document``, or ``None``: from
    ``context``, else from the annotation step running now."""
    if context is not None and context.drafts:
        return context.draft(annotator, document)
    return (_DRAFTS.get() or {}).get(document.id, {}).get(annotator)


def draft_of(
    annotator: PreparingAnnotator, document: Document, context: AnnotationContext | None = None
) -> Any:
    """``annotator``'s per-document result for ``document``: kept from earlier, else computed."""
    draft = kept_draft(annotator.name, document, context)
    return annotator.prepare(document) if draft is None else draft
