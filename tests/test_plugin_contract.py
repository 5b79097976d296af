"""The contract the host holds every component to (``newsbrief.guard``): what it accepts, what
it refuses and says, and that the built-ins meet it."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.errors import InputError, PluginFault
from newsbrief.guard import (
    ContractViolation,
    Origin,
    check_annotated,
    check_document,
    check_documents,
    check_export,
    check_summary,
    guarded,
)
from newsbrief.model import Document, Metadata, Section, SummaryItem
from newsbrief.model.annotations import Annotation
from newsbrief.pipeline import segmented
from newsbrief.summarizers.base import Budget, SummaryRequest
from newsbrief.summarizers.selection import select_items

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def documents() -> tuple[Document, ...]:
    corpus = newsbrief.load(str(SEEDS), parser="text")
    return tuple(segmented(document) for document in corpus)


def request_of(documents, budget: Budget) -> SummaryRequest:
    return SummaryRequest(documents=documents, budget=budget)


# -- summaries -------------------------------------------------------------------------------

budgets = st.one_of(
    st.builds(Budget, sentences=st.integers(1, 12)),
    st.builds(Budget, words=st.integers(5, 300), overflow=st.booleans()),
    st.builds(Budget, ratio=st.floats(0.01, 1.0)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(budget=budgets, seed=st.integers(0, 2**16))
def test_any_selection_within_the_budget_in_text_order_is_accepted(documents, budget, seed):
    sentences = [s for d in documents for s in d.sentences]
    scores = [((i * 7919 + seed) % 1009) / 1009 for i in range(len(sentences))]
    items = select_items(sentences, scores, budget)
    check_summary(request_of(documents, budget), items)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_other_order_is_refused(documents, data):
    sentences = [s for d in documents for s in d.sentences]
    chosen = sorted(data.draw(st.sets(st.integers(0, len(sentences) - 1), min_size=2, max_size=7)))
    items = [SummaryItem(sentences[i], 1.0) for i in chosen]
    shuffled = data.draw(st.permutations(items))
    budget = Budget(sentences=7)
    if list(shuffled) == items:
        check_summary(request_of(documents, budget), shuffled)
    else:
        with pytest.raises(ContractViolation, match="reading order"):
            check_summary(request_of(documents, budget), shuffled)


@pytest.mark.parametrize("summarizer", ["newsbrief", "lead", "textrank", "lexrank", "luhn"])
@pytest.mark.parametrize(
    "budget", [{}, {"sentences": 2}, {"words": 40}, {"words": 40, "overflow": True}]
)
def test_the_built_in_summarizers_meet_the_contract(documents, summarizer, budget) -> None:
    # build_briefing goes through the guard: a violation would raise.
    briefing = newsbrief.build_briefing(documents, summarizer=summarizer, annotators=[], **budget)
    assert briefing.summary


def test_the_words_budget(documents) -> None:
    sentences = [s for d in documents for s in d.sentences]
    items = [SummaryItem(s, 1.0) for s in sentences[:4]]
    with pytest.raises(ContractViolation, match="words for a budget of 5 word"):
        check_summary(request_of(documents, Budget(words=5)), items)
    # Overflow lets one sentence cross the limit, not two.
    check_summary(request_of(documents, Budget(words=1, overflow=True)), items[:1])
    with pytest.raises(ContractViolation, match="only the last sentence"):
        check_summary(request_of(documents, Budget(words=1, overflow=True)), items[:2])


def test_a_verbatim_slice_that_is_not_a_sentence_is_refused(documents) -> None:
    first = documents[0].sentences[0]
    piece = attrs.evolve(first, end=first.start + 3, text=first.text[:3])
    with pytest.raises(ContractViolation, match="not one of the document's sentences"):
        check_summary(request_of(documents, Budget()), [SummaryItem(piece, 1.0)])


# -- parsers ---------------------------------------------------------------------------------


def test_parsed_documents_are_checked() -> None:
    good = Document.from_text("One sentence here. Another one.", id="a")
    check_documents([good, InputError("x.txt:2", "bad line")])
    with pytest.raises(ContractViolation, match="result 1 is a str"):
        check_documents(["not a document"])
    with pytest.raises(ContractViolation, match="text is a bytes"):
        check_document(attrs.evolve(good, text=b"bytes"))  # type: ignore[arg-type]
    with pytest.raises(ContractViolation, match=r"metadata\.published"):
        check_document(attrs.evolve(good, metadata=Metadata(published="2024-01-01")))  # type: ignore[arg-type]
    moment = dt.datetime(2024, 1, 1, 12, 0)
    with pytest.raises(ContractViolation, match=r"metadata\.published"):
        check_document(attrs.evolve(good, metadata=Metadata(published=moment)))
    with pytest.raises(ContractViolation, match="overlaps"):
        check_document(attrs.evolve(good, sections=[Section(0, 20), Section(10, 31)]))
    with pytest.raises(ContractViolation, match="not verbatim"):
        check_document(attrs.evolve(good, annotations=[Annotation("x", 0, 3, "Two")]))


def test_every_built_in_parser_output_for_the_seeds_meets_the_contract(seeds_dir) -> None:
    corpus = newsbrief.load(str(seeds_dir))
    assert not corpus.errors
    for document in corpus:
        check_document(document)


# -- annotators and exporters ---------------------------------------------------------------


def test_annotated_documents_are_checked(documents) -> None:
    before = documents[:2]
    mark = Annotation("x", 0, 1, before[0].text[0], attributes={"n": 1})
    marked = (attrs.evolve(before[0], annotations=(*before[0].annotations, mark)), before[1])
    check_annotated(before, marked)
    with pytest.raises(ContractViolation, match="returned 1 document"):
        check_annotated(before, marked[:1])
    with pytest.raises(ContractViolation, match="in order"):
        check_annotated(before, marked[::-1])
    with pytest.raises(ContractViolation, match="changed the sentences"):
        check_annotated(before, (attrs.evolve(before[0], sentences=()), before[1]))
    with pytest.raises(ContractViolation, match="dropped or changed earlier annotations"):
        check_annotated(marked, before)
    odd = attrs.evolve(mark, attributes={"when": dt.date(2024, 1, 1)})
    with pytest.raises(ContractViolation, match="not JSON"):
        check_annotated(before, (attrs.evolve(before[0], annotations=(odd,)), before[1]))


def test_exports_are_text_or_bytes() -> None:
    check_export("text")
    check_export(b"bytes")
    with pytest.raises(ContractViolation, match="returned a dict"):
        check_export({})


# -- crossing processes -----------------------------------------------------------------------


class Lead:
    name = "lead-one"
    description = "The first sentence."
    multi_document = False

    def summarize(self, request):
        return [SummaryItem(request.documents[0].sentences[0], 1.0)]


def test_guarded_components_and_faults_pickle(documents) -> None:
    proxy = guarded(Origin("summarizer", "lead-one", "nb_lead", "newsbrief-lead 1.0"), Lead())
    copy = pickle.loads(pickle.dumps(proxy))
    request = request_of(documents, Budget(sentences=1))
    assert copy.summarize(request) == proxy.summarize(request)
    assert copy.origin == proxy.origin and copy.multi_document is False
    fault = PluginFault("summarizer 'x'", "nb_x, newsbrief-x 1.0", "boom", "3 document(s)")
    again = pickle.loads(pickle.dumps(fault))
    assert str(again) == str(fault) and again.plugin == fault.plugin
