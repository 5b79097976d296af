"""The document model's invariants."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsbrief.model import Document, Metadata, Section, Sentence, Span, SpanKind


def test_document_is_frozen_and_records_its_hash() -> None:
    doc = Document.from_text("Hello world.", id="d")
    assert len(doc.metadata.sha256) == 64
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "changed"  # type: ignore[misc]


def test_sentences_must_be_verbatim() -> None:
    doc = Document.from_text("One. Two.", id="d")
    good = Sentence("d", 0, 5, 9, "Two.")
    assert attrs.evolve(doc, sentences=[good]).sentences == (good,)
    with pytest.raises(ValueError, match="not verbatim"):
        attrs.evolve(doc, sentences=[Sentence("d", 0, 0, 4, "Two.")])
    with pytest.raises(ValueError, match="given to document"):
        attrs.evolve(doc, sentences=[Sentence("other", 0, 5, 9, "Two.")])


def test_sentence_text_length_must_match_its_offsets() -> None:
    with pytest.raises(ValueError, match="code points"):
        Sentence("d", 0, 0, 3, "Two.")


def test_spans_must_lie_inside_the_text_and_are_kept_sorted() -> None:
    doc = Document.from_text("0123456789", id="d")
    moved = attrs.evolve(doc, removed=[Span(5, 7, SpanKind.PROMO), Span(0, 2, SpanKind.METADATA)])
    assert [s.start for s in moved.removed] == [0, 5]
    assert moved.removed[0].text(doc.text) == "01"
    with pytest.raises(ValueError, match="runs past the end"):
        attrs.evolve(doc, removed=[Span(5, 11)])
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 4)


def test_section_metadata_falls_back_to_the_document() -> None:
    doc = Document(
        id="d",
        text="A" * 20,
        metadata=Metadata(outlet="Site", published=dt.date(2024, 7, 2), author="Ed"),
        sections=[
            Section(0, 10, Metadata(published=dt.date(2024, 7, 1))),
            Section(10, 20, Metadata(outlet="Wire", published=dt.date(2024, 6, 28))),
        ],
    )
    first, second = doc.section_metadata(3), doc.section_metadata(15)
    assert (first.outlet, first.published, first.author) == ("Site", dt.date(2024, 7, 1), "Ed")
    assert (second.outlet, second.published) == ("Wire", dt.date(2024, 6, 28))


def test_section_published_is_the_date_section_metadata_gives() -> None:
    page = Metadata(outlet="Site", published=dt.date(2024, 7, 2), author="Ed")
    doc = Document(
        id="d",
        text="A" * 40,
        metadata=page,
        sections=[
            Section(0, 10, Metadata(published=dt.date(2024, 7, 1))),  # its own date
            Section(10, 20, Metadata(title="More")),  # the page's date
            Section(20, 30, Metadata(outlet="Wire")),  # another article: no date inherited
        ],
    )
    expected = [dt.date(2024, 7, 1), dt.date(2024, 7, 2), None, dt.date(2024, 7, 2)]
    assert [doc.section_published(at) for at in (3, 15, 25, 35)] == expected
    assert expected == [doc.section_metadata(at).published for at in (3, 15, 25, 35)]


def test_metadata_extra_is_read_only_and_sorted() -> None:
    meta = Metadata(extra={"b": "2", "a": "1"})
    assert list(meta.extra) == ["a", "b"]
    with pytest.raises(TypeError):
        meta.extra["c"] = "3"  # type: ignore[index]


def test_identical_sentences_of_two_documents_do_not_collide() -> None:
    a = Sentence("a", 0, 0, 4, "Same")
    b = Sentence("b", 0, 0, 4, "Same")
    assert a != b and a.key != b.key


def test_a_sentence_sharing_its_documents_text_behaves_as_one_holding_a_copy() -> None:
    import pickle

    from newsbrief.model.sentence import _held

    text = "One. Two three."
    shared = Sentence.sharing(text, "d", 1, 5, 15, section=0, paragraph=1)
    copied = Sentence("d", 1, 5, 15, "Two three.", paragraph=1)
    assert shared.text == "Two three." and _held.__get__(shared) is text
    assert shared == copied and hash(shared) == hash(copied) and repr(shared) == repr(copied)
    assert shared != attrs.evolve(copied, paragraph=2)
    assert attrs.asdict(shared) == attrs.asdict(copied)
    assert [f.name for f in attrs.fields(Sentence)][4] == "text"
    assert attrs.evolve(shared, doc_id="e").text == "Two three."
    assert Sentence.sharing(text, "d", 0, 0, 15).text is text
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        shared.text = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError, match="spans 5-16"):
        Sentence.sharing(text, "d", 1, 5, 16)
    with pytest.raises(ValueError):
        Sentence.sharing(text, "d", -1, 5, 15)
    # Pickled with its document, the text is written once and shared again when loaded.
    doc = Document.from_text(text, id="d", sentences=[Sentence.sharing(text, "d", 0, 5, 15)])
    loaded = pickle.loads(pickle.dumps(doc))
    assert loaded == doc and _held.__get__(loaded.sentences[0]) is loaded.text
    assert pickle.loads(pickle.dumps(copied)) == copied
    assert shared.is_verbatim_in(text) and copied.is_verbatim_in(text)
    assert not copied.is_verbatim_in("One. Two thre!")


def test_segmented_sentences_share_the_documents_text() -> None:
    from newsbrief.model.sentence import _held
    from newsbrief.nlp.segmenter import segment

    doc = segment(Document.from_text("First one here. Second one there.\n\nThird.", id="d"))
    assert [s.text for s in doc.sentences] == ["First one here.", "Second one there.", "Third."]
    assert all(_held.__get__(s) is doc.text for s in doc.sentences)
