"""Sentences: verbatim slices of a document's text with their provenance."""

from __future__ import annotations

from typing import Any

import attrs


# No ``__weakref__`` slot: nothing refers to a sentence weakly, and a run holds one every few
# hundred bytes of text (8 bytes each).
@attrs.frozen(order=False, eq=False, weakref_slot=False)
class Sentence:
    """One sentence, identified by document and offsets (never by its text alone).

    ``text`` is always ``document.text[start:end]``; :class:`~newsbrief.model.Document` checks it.

    A sentence made by :meth:`sharing` (as the segmenter makes them) holds its document's whole
    text rather than a copy of its own characters, and slices ``text`` from it when asked: every
    sentence of a document then shares the document's one string, which is otherwise held twice
    (the sentences' copies add up to the text again, plus a string header each). Nothing else
    tells the two apart: ``text``, equality, hashing, ``repr``, ``attrs.fields``,
    ``attrs.evolve`` (which makes a sentence holding its own copy) and the constructor (``text=``
    as before) behave alike. A pickled sentence keeps what it holds: pickled with its document,
    the text is written once.
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
    text: str
    #: Index of the document section holding the sentence.
    section: int = 0
    #: Index of the paragraph holding the sentence, counted across the document.
    paragraph: int = 0

    def __attrs_post_init__(self) -> None:
        # Here, not a validator: ``attrs.validate`` reads ``text`` back as a slice, which has the
        # span's length even when too long a text was given; the string given is checked, once.
        given = _held.__get__(self)
        if len(given) != self.end - self.start:
            raise ValueError(
                f"sentence text has {len(given)} code points but spans {self.start}-{self.end}"
            )

    @classmethod
    def sharing(
        cls,
        original: str,
        doc_id: str,
        index: int,
        start: int,
        end: int,
        section: int = 0,
        paragraph: int = 0,
    ) -> Sentence:
        """The sentence ``original[start:end]``, holding ``original`` itself (the document's
        text) instead of a copy of those characters."""
        if index < 0 or start < 0 or not start <= end <= len(original):
            raise ValueError(f"sentence {index} spans {start}-{end} of {len(original)} code points")
        # (The slots set directly: the segmenter makes a sentence every few hundred bytes.)
        sentence = object.__new__(cls)
        _set_doc_id(sentence, doc_id)
        _set_index(sentence, index)
        _set_start(sentence, start)
        _set_end(sentence, end)
        _set_held(sentence, original)
        _set_section(sentence, section)
        _set_paragraph(sentence, paragraph)
        return sentence

    def is_verbatim_in(self, text: str) -> bool:
        """Whether :attr:`text` is ``text[start:end]`` (at once when the sentence holds
        ``text`` itself)."""
        held = _held.__get__(self)
        if held is text:
            return True
        return text[self.start : self.end] == self.text

    @property
    def key(self) -> tuple[str, int, int]:
        """A stable identity: identical sentences from two articles never collide."""
        return (self.doc_id, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Sentence)
        # The cheap fields first: the text is sliced only for sentences alike in all else.
        return (
            self.doc_id == other.doc_id
            and self.index == other.index
            and self.start == other.start
            and self.end == other.end
            and self.section == other.section
            and self.paragraph == other.paragraph
            and self.text == other.text
        )

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        # Without the text (equal sentences still hash alike): no slice to make and hash.
        return hash((Sentence, self.doc_id, self.index, self.start, self.end, self.section))

    def __getstate__(self) -> dict[str, Any]:
        # What the sentence holds, not its slice: pickled beside its document (the usual
        # case), the shared text is one string in the pickle and still one when loaded.
        state = {name: getattr(self, name) for name in _FIELD_NAMES}
        state["text"] = _held.__get__(self)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name in _FIELD_NAMES:
            object.__setattr__(self, name, state[name])


_FIELD_NAMES = tuple(field.name for field in attrs.fields(Sentence))

#: The slot ``text`` is kept in: the sentence's own text, or the whole text it is a slice of
#: (:meth:`Sentence.sharing`). The class attribute ``text`` becomes a property over it.
_held: Any = Sentence.__dict__["text"]
_set_held = _held.__set__
_set_doc_id = Sentence.__dict__["doc_id"].__set__
_set_index = Sentence.__dict__["index"].__set__
_set_start = Sentence.__dict__["start"].__set__
_set_end = Sentence.__dict__["end"].__set__
_set_section = Sentence.__dict__["section"].__set__
_set_paragraph = Sentence.__dict__["paragraph"].__set__


def _text(sentence: Sentence) -> str:
    held: str = _held.__get__(sentence)
    start = sentence.start
    end = sentence.end
    # A held text as long as the span is the sentence's own (a whole text is sliced from 0:
    # the same string either way).
    return held if len(held) == end - start else held[start:end]


def _set_text(sentence: Sentence, value: str) -> None:
    _held.__set__(sentence, value)


# (attrs made ``text`` a slot; its init, repr, evolve and fields see the property instead.)
setattr(Sentence, "text", property(_text, _set_text, doc="The verbatim text."))  # noqa: B010
