"""The default multi-document summarizer, ``newsbrief``."""

from __future__ import annotations

from newsbrief.model import SummaryItem
from newsbrief.summarizers.base import SummaryRequest


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
       :mod:`newsbrief.summarizers.multidoc.coverage`) first get their best one while the budget
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
      supports a chosen one (see :mod:`newsbrief.summarizers.multidoc.support`).
    * ``duplicate_threshold`` (0.7): binary-term cosine at which two sentences are copies.

    Deterministic: no randomness, and every tie goes to the earliest (document, offset).
    """

    name = "newsbrief"
    description = (
        "Multi-document briefing: de-duplicated, concept-coverage selection with citations."
    )
    multi_document = True

    def summarize(self, request: SummaryRequest) -> tuple[SummaryItem, ...]:
        """The selected sentences in briefing order, with scores, support and story ids."""
        from newsbrief.summarizers.multidoc.steps import summarize  # NumPy/SciPy on first use

        return summarize(request)


def builtin_multidoc_summarizers() -> list[MultiDocSummarizer]:
    """The built-in multi-document summarizers (registered by the default plugins)."""
    return [MultiDocSummarizer()]
