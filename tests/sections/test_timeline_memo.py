"""The timeline works out each sentence's terms, score and reading check once, and chooses the
same entries as working them out afresh for every mention (the plain way)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.sections import reading, timeline
from newsbrief.sections.reading import content_terms, most_similar

ROOT = Path(__file__).resolve().parents[2]


def _plain_salience(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every salience score, term list, reading check and copy check made afresh each time."""

    def terms_of(self, document, sentence):
        return timeline.terms(sentence.text, document.language)

    def alone(self, document, sentence):
        return reading.reads_alone(sentence.text, document.language)

    def score(self, document, sentence):
        return self._score(document, sentence)

    def copies(self, mention):
        if not self._said:
            return False
        own = content_terms(mention.sentence.text, mention.document.language)
        return most_similar(own, self._said) >= timeline.COPY_OVERLAP

    monkeypatch.setattr(timeline._Salience, "terms_of", terms_of)
    monkeypatch.setattr(timeline._Salience, "reads_alone", alone)
    monkeypatch.setattr(timeline._Salience, "__call__", score)
    monkeypatch.setattr(timeline._Copies, "__call__", copies)


def _dated(count: int) -> list[Document]:
    texts = []
    for i in range(count):
        texts.append(
            " ".join(
                [
                    f"Officials in Town{i % 5} confirmed the closure on March {1 + i % 4}, 2024.",
                    f"And on March {1 + i % 4}, 2024, Town{i % 5} emptied since May 2023.",
                    f"The plan, announced on April {1 + i % 3}, 2024, starts on June 2, 2024.",
                    f"Was it decided on March {1 + i % 4}, 2024?",
                    *(f"Filler sentence {k} about the weather in {i % 3}." for k in range(4)),
                ]
            )
        )
    return [
        Document.from_text(text, id=f"a{i}", metadata=Metadata(language="en"))
        for i, text in enumerate(texts)
    ]


@pytest.mark.parametrize("source", ["seeds", "dated"])
@pytest.mark.parametrize("limit", [1, 3, 12, 40])
def test_timeline_is_the_plain_one(monkeypatch, source: str, limit: int) -> None:
    corpus = newsbrief.load(str(ROOT / "seeds")) if source == "seeds" else _dated(24)
    briefing = newsbrief.build_briefing(corpus)
    documents, summary = list(briefing.documents), briefing.summary
    fast = timeline.build_timeline(documents, summary, limit=limit)
    without_summary = timeline.build_timeline(documents, (), limit=limit)
    with monkeypatch.context() as patch:
        _plain_salience(patch)
        assert timeline.build_timeline(documents, summary, limit=limit) == fast
        assert timeline.build_timeline(documents, (), limit=limit) == without_summary
    assert fast


def test_each_sentence_is_read_once(monkeypatch) -> None:
    """One ``terms`` call per document for the totals and at most one per candidate sentence
    (for its score and its copy check both), however many of its dates the timeline reaches."""
    briefing = newsbrief.build_briefing(_dated(12), annotators=["dates"])
    documents = list(briefing.documents)
    read: Counter[str] = Counter()
    real = timeline.terms

    def counting(text, language=None, **kwargs):
        read[text] += 1
        return real(text, language, **kwargs)

    # Both ways a sentence's words were read (its score, and whether it copies the summary).
    monkeypatch.setattr(timeline, "terms", counting)
    monkeypatch.setattr(reading, "terms", counting)
    assert timeline.build_timeline(documents, briefing.summary, limit=40)
    # How many documents hold each sentence (a sentence is read once a document it is in).
    sentences = Counter(text for d in documents for text in {s.text for s in d.sentences})
    assert any(count > 1 for count in sentences.values())
    assert all(count <= sentences[text] for text, count in read.items() if text in sentences)
    assert sum(count for text, count in read.items() if text not in sentences) == len(documents)
