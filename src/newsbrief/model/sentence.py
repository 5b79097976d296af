"""Sentences: verbatim slices of a document's text with their provenance."""

from __future__ import annotations

from typing import Any

import attrs


def _check_text(instance: Sentence, attribute: attrs.Attribute, value: str) -> None:
    span = instance.end - instance.start
    # A document's sentence may hold the document's whole text (``Sentence._sharing``).
    if len(value) != span and not (instance._whole and span >= 0 and instance.end <= len(value)):
        raise ValueError(
            f"sentence text has {len(value)} code points but spans {instance.start}-{instance.end}"
        )


@attrs.frozen(order=False, eq=False, repr=False)
class Sentence:
    """One sentence, identified by document and offsets (never by its text alone).

    ``text`` is always ``document.text[start:end]``; :class:`~newsbrief.model.Document` checks it.
    A document's sentences share its text rather than each holding a copy of its slice;
    ``text`` is sliced when read, and equality, hashing, ``repr`` and :func:`attrs.evolve`
    (``text=``) behave as if each held its own.
    """

    #: Id of the document the sentence belongs to.
    doc_id: str
    #: Position among the document's sentences, from 0.
    index: int = attrs.field(validator=attrs.validators.ge(0))
    #: First code point in the document's original text.
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: One past the last code point.
    end: int
    # The verbatim text (``text=`` when made), or the whole text of the sentence's document
    # when ``_whole`` (a ``Document`` makes its sentences so): a reference, not a copy of
    # the characters (3.4 KB of a 2.2 KB newswire article's 25 sentences).
    _text: str = attrs.field(validator=_check_text, alias="text")
    #: Index of the document section holding the sentence.
    section: int = 0
    #: Index of the paragraph holding the sentence, counted across the document.
    paragraph: int = 0
    # Whether ``_text`` may be a whole document's text (carried along by ``attrs.evolve``).
    _whole: bool = attrs.field(default=False, kw_only=True, alias="_whole")

    @property
    def text(self) -> str:
        """The verbatim text, ``document.text[start:end]``."""
        text = self._text
        # Its own text has the span's length; a whole text longer than the span is sliced
        # (one of the same length is the span: the sentence starts at 0 and ends at its end).
        return text if len(text) == self.end - self.start else text[self.start : self.end]

    @property
    def key(self) -> tuple[str, int, int]:
        """A stable identity: identical sentences from two articles never collide."""
        return (self.doc_id, self.start, self.end)

    def _sharing(self, text: str) -> Sentence:
        """This sentence holding ``text``, its document's whole text (which the caller has
        checked holds it verbatim), instead of its own copy: equal to it."""
        if self._text is text:
            return self
        shared = object.__new__(Sentence)
        for name, value in (
            ("doc_id", self.doc_id),
            ("index", self.index),
            ("start", self.start),
            ("end", self.end),
            ("_text", text),
            ("section", self.section),
            ("paragraph", self.paragraph),
            ("_whole", True),
        ):
            object.__setattr__(shared, name, value)
        return shared

    def _fields(self) -> tuple[Any, ...]:
        return (self.doc_id, self.index, self.start, self.end, self.section, self.paragraph)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Sentence)
        return self._fields() == other._fields() and self.text == other.text

    def __hash__(self) -> int:
        # Without the text: equal sentences have equal offsets (and hashing a fresh slice
        # would cost its length each time).
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Sentence(doc_id={self.doc_id!r}, index={self.index!r}, start={self.start!r}, "
            f"end={self.end!r}, text={self.text!r}, section={self.section!r}, "
            f"paragraph={self.paragraph!r})"
        )
