"""Dates: find temporal expressions and resolve them against each article's publication date.

``On Thursday, October 3`` in an article of 4 October 2024 is ``2024-10-03`` (a day); ``last
week`` is an ISO week, ``in May`` a month, ``in early July`` a part of a month, ``the winter of
2022-2023`` a season, ``in 2023`` a year and ``the next 16 months`` a range. The value formats are
listed in :mod:`newsbrief.annotators.dates.values`, the resolution rules in
:mod:`newsbrief.annotators.dates.resolve`, the expressions recognised in
:mod:`newsbrief.annotators.dates.grammar` (its shapes in :mod:`.calendar_shapes` and
:mod:`.timex_shapes`) and the words per language in :mod:`newsbrief.annotators.dates.lexicon`.
"""

from __future__ import annotations

from newsbrief.annotators.dates.annotator import DateAnnotator, timex_parts
from newsbrief.annotators.dates.grammar import find_expressions
from newsbrief.annotators.dates.lexicon import LEXICONS, Lexicon, lexicon_for
from newsbrief.annotators.dates.resolve import Resolution, resolve
from newsbrief.annotators.dates.rule_model import Expression
from newsbrief.annotators.dates.tense import Tense, tense_at

__all__ = [
    "LEXICONS",
    "DateAnnotator",
    "Expression",
    "Lexicon",
    "Resolution",
    "Tense",
    "find_expressions",
    "lexicon_for",
    "resolve",
    "tense_at",
    "timex_parts",
]
