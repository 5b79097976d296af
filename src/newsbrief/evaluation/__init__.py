"""Summary evaluation: a ROUGE-1.5.5-equivalent scorer and DUC/TAC corpus readers.

Like sumy's ``sumy.evaluation``, kept apart from the pipeline; scoring needs the ``bench``
extra (py-rouge) only for stemming.
"""

from newsbrief.evaluation.corpora import Corpus, SourceText, Topic, read_corpus
from newsbrief.evaluation.rouge import RougeScorer, RougeSettings, Score

__all__ = [
    "Corpus",
    "RougeScorer",
    "RougeSettings",
    "Score",
    "SourceText",
    "Topic",
    "read_corpus",
]
