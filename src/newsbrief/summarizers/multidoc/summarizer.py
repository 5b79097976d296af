"""The default multi-document summarizer, ``newsbrief``, and its steps in the order they run.

:func:`summarize` reads top-down: the options (:mod:`.options`), the candidate sentences and
their copies (:mod:`.features`), what a summary is worth (:mod:`.objective`), then which
sentences it takes and what cites them (:mod:`.selection`), and last the briefing order. Each
module only imports the ones before it. Everything numerical (NumPy, SciPy) is imported when a
summary is made, so registering the summarizer (``newsbrief list``, ``--help``) stays light.
"""

from __future__ import annotations

from newsbrief.model import SummaryItem
from newsbrief.summarizers.base import SummaryRequest
from newsbrief.summarizers.multidoc.options import SPEC, MultiDocOptions


class MultiDocSummarizer:
    """Cited multi-document extractive summary: de-duplicate, score, select, cite.

    1. Every sentence of every document is a candidate. Near-identical sentences (binary
       content-term cosine >= ``duplicate_threshold``) form one cluster; its best-quality,
       earliest member stands for it, and its support is the number of distinct sources
       (document, section) carrying it, however many copies each holds.
    2. Salience: coverage of concepts (stemmed bigrams weighted by the number of distinct sources
       mentioning them, leads counting double, as in ICSISumm) plus a diversity reward (Lin &
       Bilmes 2011: square root of summed centrality and support per story, or per document
       without stories); both scaled by the lead-position prior and a quality factor demoting
       fragments, questions, unresolved-pronoun openings, opinion and overlong sentences.
    3. Greedy budgeted maximisation (gain per ``words ** 0.7`` for word budgets, per sentence
       otherwise), each concept counting once, skipping sentences too similar to a chosen one.
       Stories promised a sentence (``story_coverage``; see
       :mod:`newsbrief.summarizers.multidoc.selection`) first get their best one while the budget
       allows, larger stories first.
    4. Items come in briefing order: by story (in ``request.stories`` order; documents in no
       story last), then document input order, then offset; with an overflow word budget the
       sentence that crossed the limit comes last. ``supported_by`` cites each other source
       (document, section) holding a copy or a sentence with overlap >= ``support_threshold``,
       in document input order.

    Options (``request.options``; :class:`~newsbrief.summarizers.multidoc.options.MultiDocOptions`
    checks them and holds the defaults):

    * ``redundancy`` (0.4): TF-IDF cosine with an already chosen sentence at which a candidate
      is skipped (lower: more diverse, 1: off).
    * ``position_weight`` (0.7): 0..1, how much the lead-position prior scales a sentence.
    * ``story_coverage`` (``proportional``): which stories of ``request.stories`` are promised
      a sentence: those whose share of the articles is worth one (``proportional``), ``all``
      (largest first, while the budget allows; ``true`` means this) or ``off``.
    * ``support_threshold`` (0.5): IDF-weighted term overlap at which another source's sentence
      supports a chosen one (see :class:`~newsbrief.summarizers.multidoc.selection.SupportFinder`).
    * ``duplicate_threshold`` (0.7): binary-term cosine at which two sentences are copies.

    Deterministic: no randomness, and every tie goes to the earliest (document, offset).
    """

    name = "newsbrief"
    description = (
        "Multi-document briefing: de-duplicated, concept-coverage selection with citations."
    )
    multi_document = True
    #: ``redundancy``, ``position_weight``, ``story_coverage``, ``support_threshold``,
    #: ``duplicate_threshold`` (:data:`~newsbrief.summarizers.multidoc.options.SPEC`).
    options = SPEC

    def summarize(self, request: SummaryRequest) -> tuple[SummaryItem, ...]:
        """The selected sentences in briefing order, with scores, support and story ids."""
        return summarize(request)


def builtin_multidoc_summarizers() -> list[MultiDocSummarizer]:
    """The built-in multi-document summarizers (registered by the default plugins)."""
    return [MultiDocSummarizer()]


def summarize(request: SummaryRequest) -> tuple[SummaryItem, ...]:
    """The selected sentences of ``request`` in briefing order, with scores, support and stories.

    The steps are those :class:`MultiDocSummarizer` describes.
    """
    # NumPy and SciPy on first use (see the module docstring).
    import numpy as np

    from newsbrief.summarizers.multidoc.features import (
        MAX_CANDIDATES,
        MIN_QUALITY,
        collect,
        collect_bounded,
        find_duplicates,
        quality,
        tfidf_rows,
        with_few_concepts,
    )
    from newsbrief.summarizers.multidoc.objective import (
        build_objective,
        partitions,
        static_scores,
        story_index,
    )
    from newsbrief.summarizers.multidoc.selection import (
        Products,
        SupportFinder,
        covered_stories,
        greedy_select,
        overflowing,
        summary_slots,
    )

    options = MultiDocOptions.from_mapping(request.options)
    if sum(len(document.sentences) for document in request.documents) <= MAX_CANDIDATES:
        # Every sentence is a candidate (``bounded`` keeps them all): their concepts are
        # collected with their terms, in the same pass (a story's summary of a per-story run
        # spent more on finding each sentence again for its bigrams than on the bigrams).
        candidates = collect(request.documents)
    else:
        # Concepts (bigrams) only for the sentences kept: a large collection's every sentence
        # is cut to MAX_CANDIDATES by terms alone, and the bigrams of the rest were never read.
        candidates = with_few_concepts(collect_bounded(request.documents), request.documents)
    if not len(candidates):
        return ()
    quality_factor = quality(candidates)
    duplicates = find_duplicates(candidates, quality_factor, options.duplicate_threshold)
    tfidf = tfidf_rows(candidates.terms, candidates.source)
    story_of = story_index(candidates, request.stories)
    objective = build_objective(
        candidates,
        duplicates,
        tfidf,
        partitions(story_of, candidates),
        quality_factor,
        options.position_weight,
        by_words=request.budget.words is not None,
    )
    scores = static_scores(objective)
    eligible = duplicates.representative & (candidates.length > 0)
    if (eligible & (quality_factor >= MIN_QUALITY)).any():
        eligible &= quality_factor >= MIN_QUALITY
    slots = summary_slots(request.budget, len(candidates), candidates.length[eligible])
    covered = covered_stories(request.stories, options.story_coverage, slots)
    groups = [np.flatnonzero(story_of == k) for k in covered]
    cosine = Products(tfidf, tfidf)  # selection and support both read its columns
    chosen = greedy_select(
        candidates,
        objective,
        eligible,
        tfidf,
        request.budget,
        redundancy=options.redundancy,
        groups=groups,
        cosine=cosine,
    )
    support_finder = SupportFinder(
        candidates, duplicates, tfidf, options.support_threshold, cosine=cosine
    )
    items = []
    for i, _gain in chosen:
        story = int(story_of[i])
        items.append(
            SummaryItem(
                sentence=candidates.sentences[i],
                score=round(float(scores[i]), 6),
                supported_by=support_finder.sources(i),
                story=request.stories[story].id if story >= 0 else None,
            )
        )
    unstoried = len(request.stories)  # documents in no story come after every story
    crossing = overflowing(candidates, chosen, request.budget)
    order = sorted(
        range(len(items)),
        key=lambda k: (
            k == crossing,
            int(story_of[chosen[k][0]]) if story_of[chosen[k][0]] >= 0 else unstoried,
            int(candidates.doc_rank[chosen[k][0]]),
            items[k].sentence.start,
        ),
    )
    return tuple(items[k] for k in order)
