"""newsbrief plugin: the concept-coverage summarizer of Gillick and Favre, solved exactly.

"A Scalable Global Model for Summarization" (Gillick & Favre, NAACL 2009 ILP workshop; the ICSI
system that led TAC 2008-2009): concepts are content-word bigrams, weighted by how many documents
contain them; the summary is the set of sentences that covers the greatest total concept weight
within the length budget. Each concept counts once however many chosen sentences carry it, so
redundancy is avoided by construction rather than by a similarity threshold. The integer linear
program is solved with SciPy's ``milp`` (the HiGHS solver), exactly, in milliseconds for a few
hundred sentences.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import newsbrief
from newsbrief.plugin_api import BudgetCounter, Option, OptionSpec, Sentence, count_words, terms

__all__ = ["IlpSummarizer", "concepts", "register_summarizers", "solve"]

#: Default shortest sentence considered: very short lines are captions and fragments.
MIN_WORDS = 8


def concepts(text: str, language: str | None) -> set[tuple[str, str]]:
    """The concepts of one sentence: adjacent pairs of stemmed content words."""
    words = terms(text, language)
    return set(itertools.pairwise(words))


def solve(
    sentence_concepts: Sequence[set[Any]],
    weights: Mapping[Any, float],
    lengths: Sequence[int],
    *,
    max_words: int | None,
    max_sentences: int | None,
    tie_break: Sequence[float] | None = None,
    time_limit: float = 10.0,
) -> list[int]:
    """Indices of the sentences covering the most concept weight within the limits, in order.

    Maximises ``sum(weights[c] * covered[c])`` subject to the word and sentence limits, where a
    concept is covered when a chosen sentence contains it. ``tie_break`` adds a small bonus per
    sentence (it must sum to less than the smallest weight difference that matters, e.g. < 1 for
    integer weights) so equally good summaries are resolved the same way every time.
    """
    # Imported here: the CLI loads every plugin at start-up, and numpy costs ~50 ms.
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_array

    index = {c: i for i, c in enumerate(sorted(weights, key=repr))}
    n_s, n_c = len(sentence_concepts), len(index)
    if n_s == 0:
        return []
    bonus = np.asarray(tie_break if tie_break is not None else np.zeros(n_s), dtype=float)
    # Variables: sentences first, then concepts. milp minimises, so gains are negated.
    objective = np.concatenate([-bonus, -np.array([weights[c] for c in index], dtype=float)])
    rows: list[tuple[dict[int, float], float, float]] = []
    occurs: list[list[int]] = [[] for _ in range(n_c)]
    for j, found in enumerate(sentence_concepts):
        for concept in found:
            if concept in index:
                i = index[concept]
                occurs[i].append(j)
                # Choosing sentence j covers concept i: s_j - c_i <= 0.
                rows.append(({j: 1.0, n_s + i: -1.0}, -np.inf, 0.0))
    for i, sentences in enumerate(occurs):
        # A concept counts only if some chosen sentence carries it: c_i - sum(s_j) <= 0.
        row = {n_s + i: 1.0} | {j: -1.0 for j in sentences}
        rows.append((row, -np.inf, 0.0))
    if max_words is not None:
        rows.append(({j: float(lengths[j]) for j in range(n_s)}, -np.inf, float(max_words)))
    if max_sentences is not None:
        rows.append(({j: 1.0 for j in range(n_s)}, -np.inf, float(max_sentences)))
    matrix = lil_array((len(rows), n_s + n_c))
    for r, (row, _, _) in enumerate(rows):
        for column, value in row.items():
            matrix[r, column] = value
    constraint = LinearConstraint(
        matrix.tocsr(), np.array([low for _, low, _ in rows]), np.array([high for *_, high in rows])
    )
    result = milp(
        objective,
        constraints=constraint,
        integrality=np.ones(n_s + n_c),
        bounds=Bounds(0, 1),
        options={"time_limit": time_limit},
    )
    if result.x is None:
        raise newsbrief.NewsbriefError(f"the ilp summarizer found no solution: {result.message}")
    return [j for j in range(n_s) if result.x[j] > 0.5]


class IlpSummarizer:
    """Selects the sentences that together cover the most weighted concepts (bigrams).

    Concept weight: the number of documents containing the bigram (several documents), or the
    number of sentences containing it (one document); concepts below ``min_df`` are ignored.
    A tiny bonus for sentences near the top of their article breaks ties.

    Options (``-S key=value``, :attr:`options`): ``min_df`` (default 2 with three documents or
    more, else 1), ``min_words`` (shortest sentence considered, default 8), ``time_limit``
    (seconds, default 10). A word budget is never exceeded, even with ``overflow``: the program
    fills it exactly.
    """

    #: Name for ``--summarizer ilp``.
    name = "ilp"
    #: One line for ``newsbrief list``.
    description = "concept-coverage ILP (Gillick & Favre 2009), solved exactly with HiGHS"
    #: It counts a concept once across all documents.
    multi_document = True
    #: ``min_df``, ``min_words`` and ``time_limit``.
    options = OptionSpec(
        Option(
            "min_df",
            int,
            None,
            "Fewest documents (sentences, for one document) a concept must occur in "
            "(default: 2 with three documents or more, else 1).",
            minimum=1,
        ),
        Option("min_words", int, MIN_WORDS, "Shortest sentence considered, in words.", minimum=1),
        Option(
            "time_limit",
            float,
            10.0,
            "Most seconds the solver may take.",
            minimum=0.001,
        ),
    )

    def summarize(self, request: newsbrief.SummaryRequest) -> list[newsbrief.SummaryItem]:
        """The chosen sentences in reading order, scored by the concept weight each carries."""
        options = self.options.parse(request.options, f"{self.name} summarizer")
        min_words = options["min_words"]
        candidates: list[Sentence] = []
        found: list[set[tuple[str, str]]] = []
        positions: list[int] = []
        document_frequency: Counter[tuple[str, str]] = Counter()
        sentence_frequency: Counter[tuple[str, str]] = Counter()
        for document in request.documents:
            in_document: set[tuple[str, str]] = set()
            for position, sentence in enumerate(document.sentences):
                bag = concepts(sentence.text, document.language)
                sentence_frequency.update(bag)
                in_document |= bag
                if count_words(sentence.text) >= min_words and bag:
                    candidates.append(sentence)
                    found.append(bag)
                    positions.append(position)
            document_frequency.update(in_document)
        if not candidates:
            return []
        several = len(request.documents) > 1
        frequency = document_frequency if several else sentence_frequency
        # Unset, a concept must occur in two documents when there are several.
        min_df = options["min_df"] or (2 if len(request.documents) >= 3 else 1)
        weights = {c: float(n) for c, n in frequency.items() if n >= min_df}
        counter = BudgetCounter(request.budget, len(candidates))
        words = request.budget.words
        lengths = [count_words(s.text) for s in candidates]
        # Each bonus is below 1/(n+1) so all of them together never outweigh one concept.
        tie_break = [1.0 / ((len(candidates) + 1) * (1 + p)) for p in positions]
        chosen = solve(
            found,
            weights,
            lengths,
            max_words=words,
            max_sentences=counter.sentence_limit,
            tie_break=tie_break,
            time_limit=options["time_limit"],
        )
        # Candidates are in reading order and ``chosen`` is sorted, so the summary reads in order.
        return [
            newsbrief.SummaryItem(candidates[j], sum(weights.get(c, 0.0) for c in found[j]))
            for j in chosen
        ]


@newsbrief.hookimpl
def register_summarizers(register: Callable[[Any], None]) -> None:
    """Register the ``ilp`` summarizer."""
    register(IlpSummarizer())
