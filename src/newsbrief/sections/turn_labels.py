"""Summary sentences that open a transcript's turn (``ALVAREZ: It is the worst flooding ...``):
the sentence is shown from after the label (``text == original[start:end]`` still holds), and
who speaks is kept beside it (:attr:`~newsbrief.model.SummaryItem.speaker`), named as the
rest of the briefing names them: the fullest name the documents merged for the label's
speaker (``Maria Alvarez``, as the key quotes say), else the label as written (``REPORTER``).
Which lines are labels is the quote rules' reading of the exchange
(:func:`~newsbrief.annotators.quotes.speaker_lines.transcript_labels`); only a label naming a
person or the programme's staff names a speaker (a fact check's ``CLAIM:``, a live page's
``UPDATE:`` are headings, their sentences kept whole as written); a printed interview's
``A:`` whose answers are no one's known words (an explainer's) is shown after its label, naming
no one. Every summary sentence of a
turn's line names its speaker, not only its first: the second sentence of an answer is no
more the briefing's own statement than the first.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsbrief.annotators.quotes.interview_answers import answer_labels
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.speaker_lines import TurnLabel, staff_word, transcript_labels
from newsbrief.model import AnnotationKind, Document, Sentence, SummaryItem

__all__ = ["unlabelled"]


def unlabelled(
    documents: Sequence[Document], summary: Sequence[SummaryItem]
) -> tuple[SummaryItem, ...]:
    """``summary`` with each sentence that opens with a turn's label starting after it, its
    speaker named; ``summary`` as it is otherwise."""
    by_id = {document.id: document for document in documents}
    turns: dict[str, _Turns] = {}
    out = []
    for item in summary:
        sentence = item.sentence
        document = by_id.get(sentence.doc_id)
        if document is None:
            out.append(item)
            continue
        if document.id not in turns:
            turns[document.id] = _Turns(document)
        found = turns[document.id].at(sentence.start, sentence.end)
        if found is None:
            out.append(item)
            continue
        label, speaker = found
        if sentence.start != label.start:
            # A later sentence of the turn's line: its words as they are, its speaker named.
            out.append(attrs.evolve(item, speaker=speaker))
            continue
        text = document.text
        trimmed = Sentence(
            sentence.doc_id,
            sentence.index,
            label.end,
            sentence.end,
            text[label.end : sentence.end],
            sentence.section,
            sentence.paragraph,
        )
        out.append(attrs.evolve(item, sentence=trimmed, speaker=speaker))
    return tuple(out)


class _Turns:
    """A document's turns that name a speaker, found by where their lines run."""

    def __init__(self, document: Document) -> None:
        text = document.text
        staff = quote_words(document.language or "en", "transcript_staff")
        self._document = document
        self._labels: list[TurnLabel] = []
        self._ends: list[int] = []
        self._speakers: dict[int, str | None] = {}
        labels = transcript_labels(text, document.language)
        if not labels:
            # A printed interview's ``A:`` turns: the interviewee's answers where the quote
            # rules took them so (a quotation starts at the answer's words); else an answer
            # no one is known to give (an explainer's, an FAQ's), shown without its bare
            # label and naming no one.
            answers = {
                quote.start
                for quote in document.annotations_of(AnnotationKind.QUOTE)
                if quote.attributes.get("speaker")
            }
            labels = answer_labels(text, document.language)
            self._speakers = {label.start: None for label in labels if label.end not in answers}
        for label in labels:
            name = text[label.start : label.name_end]
            if not (label.named or label.role_start is not None or staff_word(name, staff)):
                continue  # ``CLAIM:``, ``UPDATE:``: a heading, no one's turn
            line_end = text.find("\n", label.end)
            self._labels.append(label)
            self._ends.append(len(text) if line_end < 0 else line_end)
        self._starts = [label.start for label in self._labels]

    def at(self, start: int, end: int) -> tuple[TurnLabel, str | None] | None:
        """The turn whose line holds the sentence ``[start, end)`` past its label's first
        word's start (the sentence opening with the label counts), and its speaker (``None``
        for an answer no one is known to give)."""
        at = bisect.bisect_right(self._starts, start) - 1
        if at < 0:
            return None
        label = self._labels[at]
        opens = start == label.start and label.end < end
        if not (opens or label.end <= start < self._ends[at]):
            return None
        if label.start not in self._speakers:
            self._speakers[label.start] = _speaker(
                self._document, label.start, label.name_end, label.end
            )
        return label, self._speakers[label.start]


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
