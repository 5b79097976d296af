"""The analyse stage: each document segmented once and analysed once, for every later stage.

The analyses travel beside the documents as a side table ``{doc_id: Analysis}``
(:mod:`newsbrief.nlp.analysis`): story grouping and the annotators read it instead of each
tokenizing the text again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

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


def analyse(documents: Iterable[Document]) -> tuple[list[Document], Mapping[str, Analysis]]:
    """``documents`` segmented, with ids unique in order, and the side table of their analyses."""
    from newsbrief.nlp.analysis import analyse_documents

    given = documents if isinstance(documents, Sequence) else list(documents)
    # Step by step, so a progress display moves through both (newsbrief.pipeline.progress):
    # documents one at a time, analyses in chunks (the analysis may batch its work).
    plain = unique_ids([segmented(document) for document in counted("segment", given, _id)])
    analyses: dict[str, Analysis] = {}
    report("analyse", 0, len(plain))
    for start in range(0, len(plain), _CHUNK):
        chunk = plain[start : start + _CHUNK]
        analyses.update(analyse_documents(chunk))
        report("analyse", start + len(chunk), len(plain), chunk[-1].id)
    return plain, analyses


#: Documents analysed between two progress reports.
_CHUNK = 32


def _id(document: Document) -> str:
    return document.id
