"""One frozen :class:`Settings` for a run: what to build and how, every default in one place.

The command line builds it once from its options (``newsbrief build``), the Python API from
its keyword arguments (:meth:`Settings.updated`), and every stage reads the fields it needs
from it; nothing below re-reads the command line or repeats a default.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import attrs

from newsbrief.fetch.client import FetchOptions
from newsbrief.model.frozen import FrozenMap, frozen_map
from newsbrief.options import recorded_options
from newsbrief.summarizers.base import Budget

#: The summarizer ``build`` uses unless told otherwise.
DEFAULT_SUMMARIZER = "newsbrief"
#: The exporter ``build`` uses when neither ``-f`` nor the output's extension names one.
DEFAULT_EXPORTER = "markdown"
#: Documents per partition of the per-document steps (segmenting, feature extraction).
PARTITION_SIZE = 500
#: About how many documents one story task summarises (whole stories, so it may be more).
STORY_BATCH_DOCUMENTS = 250

#: Keywords that make a :class:`Budget` rather than name a field (``words=100``).
BUDGET_KEYWORDS = ("sentences", "words", "overflow")


def _annotators(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class Settings:
    """Everything a run is told: the budget, the components and their options, the limits.

    Frozen and picklable: process-pool workers and Dask workers get the same object.
    """

    #: Summarizer name (any registered summarizer).
    summarizer: str = DEFAULT_SUMMARIZER
    #: Summarizer options (``-S``), typed by its option spec.
    options: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map)
    #: The length budget (default: :meth:`Budget.default`, seven sentences).
    budget: Budget = attrs.field(factory=Budget.default)
    #: Annotators to run (``None``: every registered one; ``()``: none).
    annotators: tuple[str, ...] | None = attrs.field(default=None, converter=_annotators)
    #: The briefing's title (``--per-story``: each story's label instead).
    title: str | None = None
    #: Exporter name.
    exporter: str = DEFAULT_EXPORTER
    #: Exporter options (``-O``), typed by its option spec.
    export_options: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map)
    #: A ``--parser`` spec (``json:text=body``; with ``language=CODE`` to force a language),
    #: ``:language=CODE`` (the parser still chosen per input), or ``None`` (chosen per input).
    parser: str | None = None
    #: Stop at the first bad input (or failing plugin component).
    strict: bool = False
    #: One briefing per story (JSON Lines), instead of one briefing of everything.
    per_story: bool = False
    #: Processes (threads for reading) to use; the output is the same for any number.
    jobs: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    #: A Dask scheduler's address (``tcp://host:port``): parse and brief on its workers.
    scheduler: str | None = None
    #: A folder of fetched pages, reused instead of refetching.
    cache: str | None = None
    #: Limits of each URL fetch.
    fetch: FetchOptions = attrs.field(factory=FetchOptions)
    #: Documents per partition of the per-document steps (``--per-story``).
    partition_size: int = attrs.field(default=PARTITION_SIZE, validator=attrs.validators.ge(1))
    #: About how many documents one story task summarises (``--per-story``).
    batch_documents: int = attrs.field(
        default=STORY_BATCH_DOCUMENTS, validator=attrs.validators.ge(1)
    )

    def updated(self, **changes: Any) -> Settings:
        """A copy with ``changes``: field names, or ``sentences``/``words``/``overflow`` for
        the budget (a ``budget`` given wins over them). ``None`` leaves a field as it is.

        An unknown keyword is a :class:`TypeError` naming the closest field.
        """
        fields = {field.name for field in attrs.fields(Settings)}
        unknown = sorted(set(changes) - fields - set(BUDGET_KEYWORDS))
        if unknown:
            close = difflib.get_close_matches(unknown[0], [*fields, *BUDGET_KEYWORDS], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"unknown setting {unknown[0]!r}{hint}")
        budget = {key: changes.pop(key) for key in BUDGET_KEYWORDS if key in changes}
        given = budget.get("sentences") is not None or budget.get("words") is not None
        if changes.get("budget") is None and given:
            changes["budget"] = make_budget(**budget)
        kept = {key: value for key, value in changes.items() if value is not None}
        return attrs.evolve(self, **kept) if kept else self

    def recorded(self, annotators: Iterable[str]) -> dict[str, Any]:
        """What a briefing records of how it was built (``briefing.settings``, without the
        version): summarizer, budget, options, and the ``annotators`` that ran, in order."""
        return {
            "summarizer": self.summarizer,
            "budget": {
                "sentences": self.budget.sentences,
                "words": self.budget.words,
                "ratio": self.budget.ratio,
                "overflow": self.budget.overflow,
            },
            "options": recorded_options(self.options),
            "annotators": list(annotators),
        }


def make_budget(
    budget: Budget | None = None,
    *,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
) -> Budget:
    """A :class:`Budget` from keyword arguments (``budget`` wins when given; neither
    ``sentences`` nor ``words``: :meth:`Budget.default`)."""
    if budget is not None:
        return budget
    if sentences is None and words is None:
        return Budget.default()
    return Budget(sentences=sentences, words=words, overflow=overflow)
