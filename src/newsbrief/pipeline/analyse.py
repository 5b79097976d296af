"""The analyse stage: each document segmented once and analysed once, for every later stage.

The analyses travel beside the documents as a side table ``{doc_id: Analysis}``
(:mod:`newsbrief.nlp.analysis`): story grouping and the annotators read it instead of each
tokenizing the text again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from newsbrief.model import Document
from newsbrief.pipeline.corpus import unique_ids

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis


def segmented(document: Document) -> Document:
    """``document`` with its sentences, segmenting it if that was not done yet."""
    # The segmenter (and nupunkt) load on first use, not when the pipeline is imported.
    from newsbrief.nlp.segmenter import segmented as segment_once

    return segment_once(document)


def analyse(documents: Iterable[Document]) -> tuple[list[Document], Mapping[str, Analysis]]:
    """``documents`` segmented, with ids unique in order, and the side table of their analyses."""
    from newsbrief.nlp.analysis import analyse_documents

    plain = unique_ids([segmented(document) for document in documents])
    return plain, analyse_documents(plain)
