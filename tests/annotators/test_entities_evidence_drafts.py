"""The English evidence pass worked out ahead, in each document's entity draft (issue 18,
session 14: with ``-j 2`` in the worker processes), and replayed when annotating: the same
annotations as the pass worked out there, whatever the documents before it added (its spans
are numbered after theirs) and whatever the whole run's teams change (``the Dallas Cowboys``
in one article retypes ``Dallas Cowboys`` in another: worked out again there)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief.annotators.entities.evidence as evidence
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.model import AnnotationKind, Document, Metadata
from newsbrief.nlp.segmenter import segmented
from newsbrief.pipeline.annotate import annotate

# Pieces around which the rules act (scores, fixtures, teams, places by position, states,
# storms, cups, products, tables, datelines, headings) and the run-wide teams.
_PIECES = (
    "Livingston 1 - 0 Rangers", "the Lakers", "vs. Rockies", "Brighton keeper", "City manager",
    "the Kennedys", "John Kennedy", "in Sinsheim", "at Stamford Bridge in London",
    "in Baton Rouge, La.", "Zachary, La.", "Hurricane Rosa", "Rosa", "Ryder Cup", "Instagram Live",
    "Los Angeles Lakers", "Texas Republicans", "Leicester 2 Manchester United 1",
    "Tottenham 16 6 4 6 17 16 22", "Hoechst 58.80 up 0.95", "SUN CITY , South Africa 1996-12-06",
    "LEICESTER", "Leicester", "CLINTON", "Bill Clinton", "the Dallas Cowboys", "Dallas Cowboys",
    "Jordan Matthews", "said", "on Sunday", ".", "\n", "\n\n", "In Perth, police said",
    "a trader at Commerzbank in Frankfurt", "Willem II Tilburg", "held by Willem II Tilburg",
)  # fmt: skip

_DOCUMENTS = st.lists(
    st.tuples(
        st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25),
        st.sampled_from(("en", "en", "de")),
    ),
    min_size=1,
    max_size=6,
)


def _entities(documents: tuple[Document, ...]) -> list[list[tuple[int, int, str, dict[str, str]]]]:
    return [
        [
            (a.start, a.end, a.text, dict(a.attributes))
            for a in document.annotations_of(AnnotationKind.ENTITY)
        ]
        for document in documents
    ]


@settings(max_examples=150, deadline=None)
@given(_DOCUMENTS)
def test_evidence_replayed_from_drafts_is_the_evidence_worked_out(
    pieces: list[tuple[list[str], str]],
) -> None:
    documents = tuple(
        segmented(
            Document.from_text(" ".join(words), id=f"d{k}", metadata=Metadata(language=language))
        )
        for k, (words, language) in enumerate(pieces)
    )
    annotator = EntityAnnotator()
    # Pickled as a worker sends them back.
    drafts = pickle.loads(
        pickle.dumps({d.id: {"entities": annotator.prepare(d)} for d in documents})
    )
    assert all(draft["entities"].evidence is not None for draft in drafts.values())
    assert _entities(annotate(documents, ["entities"], drafts=drafts)) == _entities(
        annotate(documents, ["entities"])
    )


def test_only_a_document_the_run_s_teams_change_is_worked_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tuple(
        segmented(Document.from_text(text, id=str(k)))
        for k, text in enumerate(
            (
                "The Dallas Cowboys beat the Houston Texans 27-13 on Sunday.",
                "Police in Sinsheim said on Monday that Anna Berg had left.",
                "Dallas Cowboys fans waited in Sinsheim for hours.",
            )
        )
    )
    annotator = EntityAnnotator()
    drafts = {d.id: {"entities": annotator.prepare(d)} for d in documents}
    expected = _entities(annotate(documents, ["entities"]))
    worked_out: list[str] = []
    document = evidence._document

    def spied(mentions: list[Mention], spans: Spans, text: str) -> list[Mention]:
        worked_out.append(text)
        return document(mentions, spans, text)

    monkeypatch.setattr(evidence, "_document", spied)
    replayed = _entities(annotate(documents, ["entities"], drafts=drafts))
    assert replayed == expected
    # The second names no team: its draft's evidence is replayed.
    assert worked_out == [documents[0].text, documents[2].text]
    assert {a["type"] for *_, a in replayed[2] if a["name"] == "Dallas Cowboys"} == {"organisation"}


def test_a_document_the_pass_leaves_alone_shares_one_empty_evidence() -> None:
    # Nothing for the pass to change (another language's pass types ``in Sinsheim`` a place,
    # so it is left out here); the drafts of a chunk pickle one object.
    german = segmented(
        Document.from_text("Die Lakers spielten gut.", metadata=Metadata(language="de"))
    )
    made = EntityAnnotator().prepare(german).evidence
    assert made is evidence._UNCHANGED
    # A worker's copy (-j 2) is equal, not the same object: still replayed as nothing to do.
    copy = pickle.loads(pickle.dumps(made))
    assert copy == made
    mentions: list[Mention] = [(0, 0, ("Lakers",))]
    spans = Spans()
    assert evidence._replayed(mentions, copy, spans) is mentions
    assert spans.added() == ()
