"""A document's sentences share its text instead of each holding a copy of its slice.

What a sentence is does not change: ``text == document.text[start:end]``, equality, hashing,
``repr``, pickling and ``attrs.evolve`` are those of a sentence holding its own text.
"""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsbrief.model import Document, Sentence


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text (any code points) and sentence spans inside it, in order."""
    text = draw(st.text(min_size=1, max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    return text, spans


def _own(doc_id: str, text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [
        Sentence(doc_id, i, s, e, text[s:e], section=i % 2, paragraph=i)
        for i, (s, e) in enumerate(spans)
    ]


@given(documents())
def test_a_documents_sentences_read_its_text_and_equal_their_own(
    made: tuple[str, list[tuple[int, int]]],
) -> None:
    text, spans = made
    own = _own("d", text, spans)
    document = Document(id="d", text=text, sentences=own)
    for plain, shared in zip(own, document.sentences, strict=True):
        assert shared._text is document.text  # a reference, not a copy
        assert shared.text == text[shared.start : shared.end] == plain.text
        assert shared == plain and plain == shared
        assert (shared != plain) is False
        assert hash(shared) == hash(plain)
        assert repr(shared) == repr(plain)
        assert shared.key == plain.key
    assert document == Document(id="d", text=text, sentences=own)
    copy = pickle.loads(pickle.dumps(document))
    assert copy == document
    assert all(s._text is copy.text for s in copy.sentences)


@given(documents())
def test_evolve_gives_sentences_as_before(made: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = made
    document = Document(id="d", text=text, sentences=_own("d", text, spans))
    for shared in document.sentences:
        renamed = attrs.evolve(shared, doc_id="e")
        assert renamed.text == shared.text and renamed.doc_id == "e"
        again = attrs.evolve(shared, text=shared.text)
        assert again == shared and again._text == shared.text
    moved = attrs.evolve(
        document, id="e", sentences=[attrs.evolve(s, doc_id="e") for s in document.sentences]
    )
    assert [s.text for s in moved.sentences] == [s.text for s in document.sentences]


def test_a_shared_sentence_is_checked_against_the_document_it_joins() -> None:
    one = Document(id="d", text="One. Two.", sentences=[Sentence("d", 0, 5, 9, "Two.")])
    shared = one.sentences[0]
    assert attrs.evolve(one, text="Une. Two.", sentences=[shared]).sentences == (shared,)
    with pytest.raises(ValueError, match="not verbatim"):
        attrs.evolve(one, text="One. Six.", sentences=[shared])
    with pytest.raises(ValueError, match="code points"):
        attrs.evolve(shared, text="Two")
    with pytest.raises(ValueError, match="code points"):
        Sentence("d", 0, 5, 9, "One. Two.")  # only a document's sentence holds a whole text
