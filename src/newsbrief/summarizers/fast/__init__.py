"""sumy's eight algorithms, vectorised: the same selections, up to 1000 times faster.

Every word is tokenized, lower-cased, checked against the stop words and stemmed once per run
(:mod:`.vectors`); each algorithm then works on NumPy arrays and SciPy sparse matrices:
sparse similarity products and power iteration for the graph algorithms (:mod:`.graph`),
column norms for LSA (:mod:`.lsa`), significant-word positions and greedy vector updates for
the frequency algorithms (:mod:`.frequency`), per-token lookups for Edmundson
(:mod:`.edmundson`). sumy itself stays available as the reference (``sumy-lexrank``...).

Listing these summarizers imports neither NumPy nor SciPy: :mod:`.rating` (and with it the
algorithms) is imported when a summarizer first rates sentences.
"""

from __future__ import annotations

from newsbrief.summarizers.fast.summarizer import ALGORITHMS, FastSummarizer, fast_summarizers

__all__ = ["ALGORITHMS", "FastSummarizer", "fast_summarizers"]
