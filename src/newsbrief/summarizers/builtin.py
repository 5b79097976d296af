"""The summarizers newsbrief ships: sumy's algorithms, vectorised and as sumy runs them, and the
lead and random baselines.

``lexrank``, ``lsa``, ``textrank``, ``luhn``, ``edmundson``, ``kl``, ``sumbasic`` and
``reduction`` are the fast NumPy/SciPy versions (:mod:`newsbrief.summarizers.fast`); the same
algorithms run by sumy itself are ``sumy-lexrank``... (the reference, much slower).
"""

from __future__ import annotations

from newsbrief.summarizers.fast import fast_summarizers
from newsbrief.summarizers.lead import LeadSummarizer
from newsbrief.summarizers.random_baseline import RandomSummarizer
from newsbrief.summarizers.sumy_adapter import sumy_summarizers


def builtin_summarizers() -> list:
    """Fresh instances of every built-in summarizer (cheap: sumy is imported on first use)."""
    return [LeadSummarizer(), RandomSummarizer(), *fast_summarizers(), *sumy_summarizers()]
