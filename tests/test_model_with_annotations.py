"""``Document.with_annotations``: the document ``attrs.evolve`` gives, without re-checking the
unchanged fields."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.model import Annotation, Document, Section, Sentence, Span, SpanKind

TEXT = "On Monday, May 3, she said: “We will.” Then 2024 came."


def _document(annotations: tuple[Annotation, ...] = ()) -> Document:
    return Document(
        id="d",
        text=TEXT,
        sections=(Section(0, len(TEXT)),),
        removed=(Span(44, 48, SpanKind.PROMO),),
        sentences=(Sentence("d", 0, 0, 38, TEXT[:38]), Sentence("d", 1, 39, 54, TEXT[39:])),
        annotations=annotations,
    )


def _annotation(start: int, end: int, kind: str = "date", annotator: str = "a") -> Annotation:
    return Annotation(kind, start, end, TEXT[start:end], annotator, {"n": start})


def test_it_equals_what_evolve_gives_and_shares_the_other_fields() -> None:
    doc = _document((_annotation(3, 9), _annotation(44, 48)))
    added = [_annotation(11, 16), _annotation(3, 9, "entity"), _annotation(0, 2)]
    copy = doc.with_annotations(added)
    assert copy == attrs.evolve(doc, annotations=(*doc.annotations, *added))
    assert [a.start for a in copy.annotations] == [0, 3, 3, 11, 44]
    for field in attrs.fields(Document):
        if field.name != "annotations":
            assert getattr(copy, field.name) is getattr(doc, field.name)
    assert doc.annotations == (_annotation(3, 9), _annotation(44, 48))  # unchanged
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        copy.text = "changed"  # type: ignore[misc]


def test_without_new_annotations_it_is_the_document_itself() -> None:
    doc = _document((_annotation(3, 9),))
    assert doc.with_annotations(()) is doc
    assert doc.with_annotations(iter([])) is doc


def test_an_annotation_past_the_end_is_refused_as_the_constructor_refuses_it() -> None:
    doc = _document()
    beyond = Annotation("date", 50, 60, "x" * 10)
    with pytest.raises(ValueError, match=r"annotations span .* runs past the end of 'd'"):
        doc.with_annotations([_annotation(0, 2), beyond])
    with pytest.raises(ValueError, match=r"annotations span .* runs past the end of 'd'"):
        attrs.evolve(doc, annotations=[beyond])


@st.composite
def _annotations(draw: st.DrawFn) -> list[Annotation]:
    out = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(TEXT)))
        end = draw(st.integers(start, len(TEXT)))
        kind = draw(st.sampled_from(["date", "entity", "quote"]))
        annotator = draw(st.sampled_from(["a", "b"]))
        out.append(_annotation(start, end, kind, annotator))
    return out


@settings(max_examples=200, deadline=None)
@given(first=_annotations(), second=_annotations(), third=_annotations())
def test_successive_additions_keep_the_order_evolve_keeps(
    first: list[Annotation], second: list[Annotation], third: list[Annotation]
) -> None:
    # Ties (same offsets, kind and annotator) keep the earlier annotations first, as the
    # converter's stable sort of the concatenation does.
    fast = slow = _document()
    for added in (first, second, third):
        fast = fast.with_annotations(added)
        slow = attrs.evolve(slow, annotations=(*slow.annotations, *added))
        assert fast == slow
        assert [id(a) for a in fast.annotations] == [id(a) for a in slow.annotations]
