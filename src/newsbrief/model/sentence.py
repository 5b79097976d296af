"""Sentences: verbatim slices of a document's text with their provenance."""

from __future__ import annotations

import attrs


def _check_text(instance: Sentence, attribute: attrs.Attribute, value: str) -> None:
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"sentence text has {len(value)} code points but spans {instance.start}-{instance.end}"
        )


@attrs.frozen(order=False)
class Sentence:
    """One sentence, identified by document and offsets (never by its text alone).

    ``text`` is always ``document.text[start:end]``; :class:`~newsbrief.model.Document` checks it.
    """

    #: Id of the document the sentence belongs to.
    doc_id: str
    #: Position among the document's sentences, from 0.
    index: int = attrs.field(validator=attrs.validators.ge(0))
    #: First code point in the document's original text.
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: One past the last code point.
    end: int
    #: The verbatim text, ``document.text[start:end]``.
    text: str = attrs.field(validator=_check_text)
    #: Index of the document section holding the sentence.
    section: int = 0
    #: Index of the paragraph holding the sentence, counted across the document.
    paragraph: int = 0

    @property
    def key(self) -> tuple[str, int, int]:
        """A stable identity: identical sentences from two articles never collide."""
        return (self.doc_id, self.start, self.end)
