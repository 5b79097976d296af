"""The lead baseline: news puts the most important facts first."""

from __future__ import annotations

from newsbrief.model import SummaryItem
from newsbrief.options import OptionSpec
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.selection import all_sentences, select_items


class LeadSummarizer:
    """First sentences of each document, round-robin: every first sentence, then every second.

    A sentence's score is ``1 / (position + 1)``, its position within its own document; ties
    go to the earlier document, which is exactly round-robin order.
    """

    name = "lead"
    description = "Lead baseline: the first sentences of each article, round-robin"
    multi_document = False
    #: It takes no options.
    options = OptionSpec()

    def summarize(self, request: SummaryRequest) -> list[SummaryItem]:
        """The leading sentences that fit the budget, in reading order."""
        sentences = all_sentences(request.documents)
        scores = [1.0 / (sentence.index + 1) for sentence in sentences]
        return select_items(sentences, scores, request.budget)
