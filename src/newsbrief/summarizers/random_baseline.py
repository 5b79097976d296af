"""The random baseline: a seeded shuffle, as sumy's ``RandomSummarizer`` does it."""

from __future__ import annotations

import random

from newsbrief.model import SummaryItem
from newsbrief.options import Option, OptionSpec
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.selection import all_sentences, select_items


def random_scores(count: int, seed: int = 0) -> list[float]:
    """Scores in ``(0, 1]``: a shuffle of ``1..count`` by ``random.Random(seed)``.

    Same shuffle as sumy's ``RandomSummarizer`` after ``random.seed(seed)``, without touching
    the global random state.
    """
    ranks = list(range(count))
    random.Random(seed).shuffle(ranks)
    return [(rank + 1) / count for rank in ranks]


class RandomSummarizer:
    """Random sentences (option ``seed``, default 0): the floor any summarizer must beat."""

    name = "random"
    description = "Random baseline: a seeded shuffle of all sentences (option seed=0)"
    multi_document = False
    #: ``seed``.
    options = OptionSpec(Option("seed", int, 0, "Seed of the shuffle (as random.seed takes it)."))

    def summarize(self, request: SummaryRequest) -> list[SummaryItem]:
        """Randomly ranked sentences within the budget, in reading order; deterministic."""
        sentences = all_sentences(request.documents)
        seed = self.options.parse(request.options, f"{self.name} summarizer")["seed"]
        return select_items(sentences, random_scores(len(sentences), seed), request.budget)
