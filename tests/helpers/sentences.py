"""Generated sentences for the property tests of sentence features, and documents whose
sentences are reshaped as plugins' segmenters may leave them (repeated, overlapping, in
several sections)."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from newsbrief.model import Document, Metadata
from newsbrief.model.sentence import Sentence
from newsbrief.nlp.segmenter import segment

#: Words of several scripts, stop words, numbers, joined words, marks and punctuation alone.
WORDS = st.sampled_from(
    ["The", "minister", "resigned", "on", "Monday", "3", "1,200", "don't", "F-16", "said",
     "ΟΔΥΣΣΕΥΣ", "İstanbul", "Straße", "a", "of", "—", "x", "Kyiv", "“Yes”", "and", "the",
     "\u0301", "'-'"]
)  # fmt: skip
SENTENCE = st.lists(WORDS, min_size=0, max_size=10).map(lambda ws: " ".join(ws) + ".")


def reshaped(document: Document, how: str) -> Document:
    """``document`` with its first sentence repeated (``repeat``), a sentence overlapping the
    first two (``overlap``), or its later sentences in another section (``sections``)."""
    sentences = list(document.sentences)
    if how == "repeat" and sentences:
        sentences.insert(1, sentences[0])
    elif how == "overlap" and len(sentences) >= 2:
        first, second = sentences[0], sentences[1]
        start = max(first.start, first.end - 4)
        sentences.insert(
            1, Sentence(document.id, 1, start, second.end, document.text[start : second.end])
        )
    elif how == "sections" and len(sentences) >= 2:
        sentences = [sentences[0]] + [attrs.evolve(s, section=1) for s in sentences[1:]]
        sentences[-1] = attrs.evolve(sentences[-1], section=0)
    else:
        return document
    sentences = [attrs.evolve(s, index=i) for i, s in enumerate(sentences)]
    return attrs.evolve(document, sentences=sentences)


def reshaped_articles(articles: list[list[str]], language: str | None, how: str) -> list[Document]:
    """A segmented document in ``language`` per article of ``articles`` (its sentences joined by
    spaces; ids ``d0``, ``d1``...), each :func:`reshaped` as ``how`` says."""
    return [
        reshaped(
            segment(
                Document.from_text(" ".join(s), id=f"d{i}", metadata=Metadata(language=language))
            ),
            how,
        )
        for i, s in enumerate(articles)
    ]
