"""Summary sentences that open a transcript's turn (``ALVAREZ: It is the worst flooding ...``):
the sentence is shown from after the label (``text == original[start:end]`` still holds), and
who speaks is kept beside it (:attr:`~newsbrief.model.SummaryItem.speaker`), named as the
rest of the briefing names them: the fullest name the documents merged for the label's
speaker (``Maria Alvarez``, as the key quotes say), else the label as written (``REPORTER``).
Which lines are labels is the quote rules' reading of the exchange
(:func:`~newsbrief.annotators.quotes.speaker_lines.transcript_labels`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsbrief.annotators.quotes.speaker_lines import transcript_labels
from newsbrief.model import AnnotationKind, Document, Sentence, SummaryItem

__all__ = ["unlabelled"]


def unlabelled(
    documents: Sequence[Document], summary: Sequence[SummaryItem]
) -> tuple[SummaryItem, ...]:
    """``summary`` with each sentence that opens with a turn's label starting after it, its
    speaker named; ``summary`` as it is otherwise."""
    by_id = {document.id: document for document in documents}
    labels: dict[str, dict[int, tuple[int, int]]] = {}
    out = []
    for item in summary:
        sentence = item.sentence
        document = by_id.get(sentence.doc_id)
        if document is None:
            out.append(item)
            continue
        if document.id not in labels:
            labels[document.id] = {
                label.start: (label.end, label.name_end)
                for label in transcript_labels(document.text, document.language)
            }
        found = labels[document.id].get(sentence.start)
        if found is None or found[0] >= sentence.end:
            out.append(item)
            continue
        words, name_end = found
        text = document.text
        trimmed = Sentence(
            sentence.doc_id,
            sentence.index,
            words,
            sentence.end,
            text[words : sentence.end],
            sentence.section,
            sentence.paragraph,
        )
        speaker = _speaker(document, sentence.start, name_end, words)
        out.append(attrs.evolve(item, sentence=trimmed, speaker=speaker))
    return tuple(out)


def _speaker(document: Document, start: int, end: int, words: int) -> str:
    """Who speaks the turn whose label is ``text[start:end]`` and whose words start at
    ``words``: its quotation's speaker (an interviewee's), else the name of the entity the
    label names, else the label itself."""
    for annotation in document.annotations_of(AnnotationKind.QUOTE):
        speaker = annotation.attributes.get("speaker")
        if annotation.start == words and isinstance(speaker, str) and speaker:
            return speaker
    for annotation in document.annotations_of(AnnotationKind.ENTITY):
        if annotation.start == start and annotation.end == end:
            name = annotation.attributes.get("name")
            if isinstance(name, str) and name:
                return name
    return document.text[start:end]
