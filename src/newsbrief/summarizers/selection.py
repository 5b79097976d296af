"""Budgeted selection shared by every summarizer: the one place a length budget is counted."""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsbrief.model import Document, Sentence, SummaryItem
from newsbrief.nlp.tokens import count_words
from newsbrief.summarizers.base import Budget


class BudgetCounter:
    """Tracks how much of a :class:`Budget` the sentences chosen so far use.

    ``total`` is the number of candidate sentences, needed to resolve a ratio budget.
    """

    def __init__(self, budget: Budget, total: int) -> None:
        self.budget = budget
        self.sentences = 0
        self.words = 0
        limit = budget.sentences
        if budget.ratio is not None:
            by_ratio = max(1, math.ceil(budget.ratio * total))
            limit = by_ratio if limit is None else min(limit, by_ratio)
        if limit is None and budget.words is None:
            limit = Budget.default().sentences
        self.sentence_limit = limit

    @property
    def full(self) -> bool:
        """No further sentence can be added."""
        if self.sentence_limit is not None and self.sentences >= self.sentence_limit:
            return True
        return self.budget.words is not None and self.words >= self.budget.words

    def fits(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` may be added without breaking the budget."""
        if self.full:
            return False
        if self.budget.words is None or self.budget.overflow:
            return True
        return self.words + count_words(sentence.text) <= self.budget.words

    def add(self, sentence: Sentence) -> None:
        """Count ``sentence`` as chosen."""
        self.sentences += 1
        self.words += count_words(sentence.text)


#: A sentence scored 0 or less with fewer words than this ("Yes.", "No.", "Why?") says nothing
#: on its own: a summary takes one only when no better sentence was left out.
FRAGMENT_WORDS = 4


def select_top(sentences: Sequence[Sentence], scores: Sequence[float], budget: Budget) -> list[int]:
    """Indices of the best-scored sentences that fit ``budget``, returned in text order.

    Ties go to the earlier sentence, so selection is deterministic. A sentence too long for
    the remaining word budget is skipped and shorter ones further down may still fit. The
    budget is a limit, not a quota: a sentence whose text (spacing aside) was already chosen
    is passed over, and a fragment (scored 0 or less, under :data:`FRAGMENT_WORDS` words) is
    taken only when every other sentence was (none left out for its length).
    """
    counter = BudgetCounter(budget, len(sentences))
    # best first; a reverse sort is still stable, so ties keep text order
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)
    chosen: list[int] = []
    texts: set[str] = set()
    fragments: list[int] = []
    left_out = False

    def take(i: int) -> bool:
        text = " ".join(sentences[i].text.split())
        if text in texts:
            return True  # said already: not a better sentence left out
        if not counter.fits(sentences[i]):
            return False
        counter.add(sentences[i])
        chosen.append(i)
        texts.add(text)
        return True

    for i in order:
        if counter.full:
            break
        if scores[i] <= 0 and count_words(sentences[i].text) < FRAGMENT_WORDS:
            fragments.append(i)
        elif not take(i):
            left_out = True
    if not left_out:
        for i in fragments:
            if counter.full:
                break
            take(i)
    return sorted(chosen)


def all_sentences(documents: Sequence[Document]) -> list[Sentence]:
    """Every sentence of every document, documents in input order: one sequence to rank."""
    return [sentence for document in documents for sentence in document.sentences]


def select_items(
    sentences: Sequence[Sentence], scores: Sequence[float], budget: Budget
) -> list[SummaryItem]:
    """:func:`select_top` as :class:`SummaryItem` objects (score attached), in text order."""
    return [
        SummaryItem(sentences[i], float(scores[i])) for i in select_top(sentences, scores, budget)
    ]
