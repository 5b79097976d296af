"""The timeline's work grows with what it reads, and its fast paths give the plain results.

* Salience: the run's term counts come from one :func:`~newsbrief.nlp.tokens.terms` call per
  document (the sentences joined by line breaks), and a sentence's own counts only when it is
  scored: the same totals as counting every sentence apart, whatever the text (a capital sigma,
  a dotted capital I, joiners, digits, empty sentences).
* Copies of summary sentences are decided only for the candidates the timeline reaches.
"""

from __future__ import annotations

from collections import Counter

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.nlp.analysis import analyse
from newsbrief.nlp.segmenter import segment
from newsbrief.nlp.tokens import terms
from newsbrief.sections import timeline

_WORDS = [
    "The",
    "minister",
    "ΟΔΥΣΣΕΥΣ",
    "İstanbul",
    "don't",
    "F-16",
    "said",
    "on",
    "Monday",
    "3",
    "October",
    "ﬁnance",
    "Straße",
    "می‌خواهم",
    "and",
    "1,200",
    "Σ",
    "x",
]


def _documents(texts: list[str], language: str | None) -> list[Document]:
    return [
        segment(Document.from_text(text, id=f"d{i}", metadata=Metadata(language=language)))
        for i, text in enumerate(texts)
        if text.strip()
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from(_WORDS), min_size=0, max_size=9).map(" ".join),
            min_size=1,
            max_size=6,
        ).map(lambda sentences: ". ".join(sentences) + "."),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["en", "de", "el", "tr", None]),
)
def test_salience_totals_equal_counting_each_sentence(texts: list[str], language: str) -> None:
    documents = _documents(texts, language)
    salience = timeline._Salience(documents)
    plain: Counter[str] = Counter()
    for document in documents:
        for sentence in document.sentences:
            plain.update(Counter(terms(sentence.text, document.language)))
    assert salience._total == plain
    for document in documents:
        for sentence in document.sentences:
            own = Counter(terms(sentence.text, document.language))
            rest = {term: plain[term] - count for term, count in own.items()}
            dot = sum(count * rest[term] for term, count in own.items())
            # The plain score, computed here as the timeline used to.
            norm = sum(c * c for c in own.values()) ** 0.5
            total = sum(c * c for c in plain.values()) ** 0.5
            expected = dot / (norm * total) if dot and norm else 0.0
            assert salience(document, sentence) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from(_WORDS), min_size=0, max_size=9).map(" ".join),
            min_size=1,
            max_size=6,
        ).map(lambda sentences: ". ".join(sentences) + "."),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["en", "de", "el", "tr", "uk", None]),
    st.booleans(),
)
def test_salience_totals_from_the_shared_analyses(
    texts: list[str], language: str, overlapping: bool
) -> None:
    """Read from the run's analyses, the totals are those of ``terms`` on every sentence
    (a document whose analysis may hold other words, or none, is read again)."""
    documents = _documents(texts, language)
    if overlapping and documents and len(documents[0].sentences) > 1:
        # Sentences that overlap: the analysis reads the overlap once, ``terms`` twice.
        first = documents[0]
        a, b = first.sentences[0], first.sentences[1]
        wider = attrs.evolve(a, end=b.end, text=first.text[a.start : b.end])
        documents[0] = attrs.evolve(first, sentences=(wider, *first.sentences[1:]))
    analyses = {d.id: analyse(d) for d in documents}
    analyses.pop(documents[-1].id)  # one document without an analysis
    plain = timeline._Salience(documents)._total
    assert timeline._Salience(documents, analyses)._total == plain


def _dated_corpus(count: int) -> list[Document]:
    texts = []
    for i in range(count):
        sentences = [
            f"Officials in Town{i % 7} confirmed the closure on March {1 + i % 5}, 2024.",
            f"Residents of Town{i % 7} said the plan was announced on April {1 + i % 3}, 2024.",
            *(f"Filler sentence number {k} about the weather in region {i}." for k in range(12)),
        ]
        texts.append(" ".join(sentences))
    corpus = [
        Document.from_text(text, id=f"a{i}", metadata=Metadata(language="en"))
        for i, text in enumerate(texts)
    ]
    return corpus


def test_terms_are_read_once_per_document_and_per_scored_sentence(monkeypatch) -> None:
    """One ``terms`` call per document for the totals, plus one per sentence scored or
    checked for a copy, never one per sentence of the run."""
    corpus = _dated_corpus(60)
    briefing = newsbrief.build_briefing(corpus, annotators=["dates"])
    documents = [d for d in briefing.documents]
    calls = {"terms": 0, "similar": 0, "scored": 0}
    real_terms, real_similar = timeline.terms, timeline.most_similar
    real_call = timeline._Salience.__call__

    def counting_terms(*args, **kwargs):
        calls["terms"] += 1
        return real_terms(*args, **kwargs)

    def counting_similar(*args, **kwargs):
        calls["similar"] += 1
        return real_similar(*args, **kwargs)

    def counting_call(self, document, sentence):
        calls["scored"] += 1
        return real_call(self, document, sentence)

    monkeypatch.setattr(timeline, "terms", counting_terms)
    monkeypatch.setattr(timeline, "most_similar", counting_similar)
    monkeypatch.setattr(timeline._Salience, "__call__", counting_call)
    entries = timeline.build_timeline(documents, briefing.summary, limit=3)
    assert entries
    sentences = sum(len(d.sentences) for d in documents)
    mentions = sum(1 for d in documents for _ in timeline.body_date_sentences(d))
    assert calls["terms"] <= len(documents) + calls["scored"]
    # Copies are decided for the summary and the candidates of the dates reached, not for
    # every dated sentence (the plain way read each of them).
    reached = calls["similar"]  # one copy check per candidate sentence decided
    assert 0 < reached < mentions
    assert calls["terms"] < sentences / 2


def test_totals_counted_ahead_give_the_same_timeline() -> None:
    """The run's term counts given (counted before the analyses were let go, as
    ``pipeline.compose.counted_ahead`` does) make the timeline they would make."""
    briefing = newsbrief.build_briefing(_dated_corpus(30), annotators=["dates"])
    documents, summary = briefing.documents, briefing.summary
    analyses = {d.id: analyse(d) for d in documents}
    totals = timeline.run_terms(documents, analyses)
    assert totals == timeline.run_terms(documents)
    entries = timeline.build_timeline(documents, summary, totals=totals)
    assert entries and entries == timeline.build_timeline(documents, summary, analyses=analyses)
    assert entries == briefing.timeline
