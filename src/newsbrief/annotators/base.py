"""What an annotator is: documents in, the same documents with annotations added out.

The contract has one required method and two optional parts, so annotators written against the
first version (``annotate(self, documents)``) keep working unchanged:

* ``annotate(documents)`` (required): the documents, in order, with annotations added.
* ``annotate(documents, context)`` (optional parameter): the host passes an
  :class:`AnnotationContext` (the run's stories) to an ``annotate`` that declares a ``context``
  parameter (or ``**kwargs``), as datasette passes a callback only the arguments its signature
  names (``call_with_supported_arguments``).
* ``prepare(document)`` (optional method): the per-document part of the work, on one segmented
  document alone, returning a picklable value (a frozen attrs instance). The host may run it
  early (per partition, on another process or Dask worker) and keep the value in
  ``document.drafts[name]``; ``annotate`` then reads it back with :func:`draft_of` instead of
  recomputing, and does only the cross-document part (merging, resolving).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from newsbrief.model import Document, Story


@runtime_checkable
class Annotator(Protocol):
    """Adds :class:`~newsbrief.model.Annotation` spans to documents.

    It sees every document of the run at once, so it can merge across documents (the same
    person spelt three ways in three articles). It must keep each document's text, offsets and
    earlier annotations, only adding its own (``attrs.evolve(doc, annotations=...)``).
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


@attrs.frozen
class AnnotationContext:
    """What the host knows about the run when it annotates, for annotators that ask for it."""

    #: The run's stories, grouped once before annotating (``None``: not grouped).
    stories: tuple[Story, ...] | None = attrs.field(
        default=None, converter=lambda value: None if value is None else tuple(value)
    )
    _story_of: Mapping[str, Story] = attrs.field(init=False, eq=False, repr=False)

    @_story_of.default
    def _index_stories(self) -> Mapping[str, Story]:
        return {doc_id: story for story in self.stories or () for doc_id in story.documents}

    def story_of(self, doc_id: str) -> Story | None:
        """The story holding document ``doc_id``, if the stories are known and hold it."""
        return self._story_of.get(doc_id)


def takes_context(annotator: Annotator) -> bool:
    """Whether ``annotator.annotate`` declares a ``context`` parameter (or ``**kwargs``)."""
    try:
        parameters = inspect.signature(annotator.annotate).parameters.values()
    except (TypeError, ValueError):  # a builtin or C callable without a readable signature
        return False
    return any(p.name == "context" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


def draft_of(annotator: PreparingAnnotator, document: Document) -> Any:
    """``annotator``'s per-document result for ``document``: kept from earlier, else computed."""
    draft = document.drafts.get(annotator.name)
    return annotator.prepare(document) if draft is None else draft
