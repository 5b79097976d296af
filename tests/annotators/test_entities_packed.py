"""The entity annotator and story features read the analysis' packed candidates: the same
answers as from the candidates as objects, and no candidate object made."""

from __future__ import annotations

import pickle
from itertools import chain, pairwise

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief.annotators.entities.merging as merging
from newsbrief.annotators.base import AnnotationContext
from newsbrief.annotators.entities.annotator import EntityAnnotator, EntityDraft
from newsbrief.annotators.entities.chunker import (
    CANDIDATE_FIELDS,
    TEXT,
    Candidate,
    candidate_fields,
    with_fields,
)
from newsbrief.annotators.entities.merging import Spans, merge_mentions
from newsbrief.model import AnnotationKind, Document, Metadata, Span, SpanKind
from newsbrief.nlp.analysis import analyse_documents, pack_candidates
from newsbrief.nlp.segmenter import segment
from newsbrief.stories import features
from newsbrief.stories.features import _candidate_features, extract_features

# Sentences that exercise each branch of merging: full names and lone surnames, titles, a name
# that speaks, acronyms in parentheses, gazetteer places and their aliases, a sports team, an
# organisation typed by its head word, a company that speaks, headings.
_SENTENCES = (
    "Deputy Pentagon Press Secretary Sabrina Singh spoke on Monday.",
    "Singh said the talks would resume.",
    "Hunter Biden was in court on Tuesday.",
    "Vice President Biden said he would not comment.",
    "The French Institute of International Relations (IFRI) published a study.",
    "IFRI said the study took two years.",
    "Troops left Kiev after the talks in Kyiv.",
    "General Motors (GM) cut 1,100 jobs in Detroit on October 3.",
    "GM said sales fell 12 percent.",
    "The Dallas Cowboys beat the Houston Texans on Sunday.",
    "Dallas Cowboys coach Mike McCarthy was pleased.",
    "Ford Motor said profits rose.",
    "The Soviet Union collapsed in 1991.",
    "Bukayo Saka scored twice, and Saka said he was tired.",
    "Xi Jinping met Vladimir Putin in Moscow.",
    "Leader Xi said trade mattered.",
    "Zelensky and Zelenskyy are one person, said Volodymyr Zelenskyi.",
)
_HEADINGS = ("Singh Meets Putin In Moscow", "GM POSTS LOSS", "Ford Motor Said Profits Rose", "")
_TITLES = (None, "Singh and Biden in Kyiv", "GM posts loss")


@st.composite
def _documents(draw: st.DrawFn) -> list[Document]:
    count = draw(st.integers(1, 4))
    out = []
    for i in range(count):
        heading = draw(st.sampled_from(_HEADINGS))
        body = " ".join(draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6)))
        title = draw(st.sampled_from(_TITLES))
        # A subheading line (a heading span) before the body, when drawn.
        headings = [Span(0, len(heading), SpanKind.HEADING)] if heading else []
        out.append(
            segment(
                Document.from_text(
                    f"{heading}\n\n{body}" if heading else body,
                    id=f"d{i}",
                    metadata=Metadata(language="en", title=title),
                    headings=headings,
                )
            )
        )
    return out


@settings(max_examples=40, deadline=None)
@given(_documents())
def test_merging_keeps_each_documents_mentions_by_position(documents: list[Document]) -> None:
    analyses = analyse_documents(documents)
    packed = [analyses[d.id].packed_candidates for d in documents]
    found = merging.mentions_of(packed)
    merged = merge_mentions(found, Spans(packed))
    assert found == []  # let go once read
    named: dict[str, tuple[str, str]] = {}
    for index in merged.documents():
        assert 0 <= index < len(documents)
        mentions = merged.pop(index)
        assert mentions and merged.pop(index) == []  # handed over once
        # By position, none starting inside the one before; offsets read from the packed
        # arrays are the text's.
        assert all(a[:2] <= b[:2] and a[1] <= b[0] for a, b in pairwise(mentions))
        for start, end, fields, (name, kind, entity, _) in mentions:
            assert documents[index].text[start:end] == fields[TEXT]
            # One name and type per entity, its id made of them.
            assert named.setdefault(entity, (name, kind)) == (name, kind)
            assert entity.startswith(f"{kind}:")
    assert merged.documents() == []


def test_merging_reads_mentions_document_by_document() -> None:
    documents = [
        segment(Document.from_text(text, id=f"d{i}"))
        for i, text in enumerate((_SENTENCES[0], _SENTENCES[1]))
    ]
    packed = [analyse_documents(documents)[d.id].packed_candidates for d in documents]
    with pytest.raises(ValueError, match="document by document"):
        merge_mentions(merging.mentions_of(packed)[::-1], Spans(packed))


def test_merging_resolves_spellings_lone_names_and_aliases() -> None:
    documents = [
        segment(Document.from_text(" ".join(_SENTENCES), id="a", metadata=Metadata(language="en"))),
        segment(Document.from_text(" ".join(_SENTENCES[::-1]), id="b")),
    ]
    out = EntityAnnotator().annotate(
        documents, AnnotationContext(analyses=analyse_documents(documents))
    )
    for document in out:
        entities = {
            (a.text, a.attributes["entity"]) for a in document.annotations_of(AnnotationKind.ENTITY)
        }
        assert {
            ("Singh", "person:sabrina-singh"),  # a lone surname joins the full name
            ("Kiev", "place:kyiv"),  # a gazetteer alias
            ("Kyiv", "place:kyiv"),
            ("GM", "organisation:general-motors"),  # an acronym after its body
            ("IFRI", "organisation:french-institute-of-international-relations"),
            ("Saka", "person:bukayo-saka"),
            ("Xi", "person:xi-jinping"),  # a family name written first
            ("Zelensky", "person:volodymyr-zelenskyi"),  # transliterations are one person
            ("Zelenskyy", "person:volodymyr-zelenskyi"),
            ("Dallas Cowboys", "organisation:dallas-cowboys"),  # not a person
            ("Ford Motor", "organisation:ford-motor"),  # a company that speaks
            ("Soviet Union", "place:soviet-union"),
            ("Hunter Biden", "person:hunter-biden"),
        } <= entities


@settings(max_examples=40, deadline=None)
@given(_documents())
def test_the_annotator_reads_drafts_and_analyses_alike(documents: list[Document]) -> None:
    analyses = analyse_documents(documents)
    annotator = EntityAnnotator()
    from_analyses = annotator.annotate(documents, AnnotationContext(analyses=analyses))
    # Drafts given as candidate objects (as a plugin or an older process makes them).
    drafts = {d.id: {"entities": EntityDraft(analyses[d.id].candidates)} for d in documents}
    from_drafts = annotator.annotate(documents, AnnotationContext(drafts=drafts))
    assert [d.annotations for d in from_analyses] == [d.annotations for d in from_drafts]
    for document in from_analyses:
        for annotation in document.annotations_of(AnnotationKind.ENTITY):
            assert document.text[annotation.start : annotation.end] == annotation.text


@settings(max_examples=40, deadline=None)
@given(_documents())
def test_story_features_name_what_the_candidate_objects_name(documents: list[Document]) -> None:
    analyses = analyse_documents(documents)
    for document in documents:
        analysis = analyses[document.id]
        expected: dict[str, str] = {}
        for c in chain(analysis.title_candidates, analysis.candidates):
            untyped_initial = c.type is None and c.sentence_initial
            for key, surface in _candidate_features(
                c.text, c.canonical, untyped_initial, document.language
            ):
                expected.setdefault(key, surface)
        found = extract_features(document, analysis).entities
        names = {k: v for k, v in found.items() if k.startswith("name:")}
        assert list(names.items()) == list(expected.items())


def test_no_candidate_object_is_made(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    documents = [
        segment(Document.from_text(" ".join(_SENTENCES), id="a", metadata=Metadata(language="en"))),
        segment(Document.from_text(" ".join(_SENTENCES[::-1]), id="b")),
    ]
    analyses = analyse_documents(documents)

    def made(*args: object, **kwargs: object) -> None:
        raise AssertionError("a Candidate was made")

    monkeypatch.setattr(Candidate, "__init__", made)
    out = EntityAnnotator().annotate(documents, AnnotationContext(analyses=analyses))
    kept = sum(len(d.annotations_of(AnnotationKind.ENTITY)) for d in out)
    assert 0 < kept < sum(len(a.packed_candidates) for a in analyses.values())


def test_packed_candidates_give_fields_offsets_and_candidates() -> None:
    (document,) = [
        segment(Document.from_text("Sabrina Singh met NATO in Kyiv. Singh left.", id="x"))
    ]
    candidates = analyse_documents([document])["x"].candidates
    packed = pack_candidates(candidates)
    assert packed.fields == tuple(candidate_fields(c) for c in candidates)
    # Plain tuples (the garbage collector stops tracking them), shared by equal candidates.
    assert all(type(fields) is tuple for fields in packed.fields)
    twice = pack_candidates([*candidates, *candidates]).fields
    half = len(candidates)
    assert all(a is b for a, b in zip(twice[:half], twice[half:], strict=True))
    assert packed.bounds() == [n for c in candidates for n in (c.start, c.end)]
    assert [packed.span(i) for i in range(len(packed))] == [(c.start, c.end) for c in candidates]
    assert [packed.candidate(i) for i in range(len(packed))] == list(candidates)
    assert packed.candidate(-1) == candidates[-1]
    assert packed.fields[0][TEXT] == candidates[0].text
    changed = with_fields(packed.fields[0], type="organisation", gender=None)
    assert Candidate(0, 1, *changed) == attrs.evolve(
        candidates[0], start=0, end=1, type="organisation", gender=None
    )
    assert pickle.loads(pickle.dumps(packed)) == packed
    draft = EntityDraft(candidates)
    assert draft.packed_candidates == packed and draft.candidates == tuple(candidates)
    assert EntityDraft(packed).packed_candidates is packed
    assert pickle.loads(pickle.dumps(draft)) == draft
    assert hash(draft) == hash(EntityDraft(packed))


def test_story_features_read_the_fields_the_chunker_names() -> None:
    # features.py reads fields by index without importing the chunker at import time.
    for name in ("text", "type", "canonical", "sentence_initial"):
        assert getattr(features, f"_{name.upper()}") == CANDIDATE_FIELDS.index(name)
