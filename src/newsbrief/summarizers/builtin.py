"""The summarizers newsbrief ships: sumy's algorithms and the lead and random baselines."""

from __future__ import annotations

from newsbrief.summarizers.lead import LeadSummarizer
from newsbrief.summarizers.random_baseline import RandomSummarizer
from newsbrief.summarizers.sumy_adapter import sumy_summarizers


def builtin_summarizers() -> list:
    """Fresh instances of every built-in summarizer (cheap: sumy is imported on first use)."""
    return [LeadSummarizer(), RandomSummarizer(), *sumy_summarizers()]
