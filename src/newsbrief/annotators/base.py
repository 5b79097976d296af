"""What an annotator is: documents in, the same documents with annotations added out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from newsbrief.model import Document


@runtime_checkable
class Annotator(Protocol):
    """Adds :class:`~newsbrief.model.Annotation` spans to documents.

    It sees every document of the run at once, so it can merge across documents (the same
    person spelt three ways in three articles). It must keep each document's text, offsets and
    earlier annotations, only adding its own (``attrs.evolve(doc, annotations=...)``).
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
