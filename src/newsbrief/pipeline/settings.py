"""One frozen :class:`Settings` for a run: what to build and how, every default in one place.

The command line builds it once from its options (``newsbrief build``), the Python API from
its keyword arguments (:meth:`Settings.updated`), and every stage reads the fields it needs
from it; nothing below re-reads the command line or repeats a default.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.defaults import DEFAULT_ORDER, DEFAULT_SUMMARIZER, ORDERS
from newsbrief.fetch.client import FetchOptions
from newsbrief.model.frozen import FrozenMap, frozen_map
from newsbrief.nlp.stopwords import normalized
from newsbrief.options import recorded_options
from newsbrief.summarizers.base import Budget

if TYPE_CHECKING:
    from newsbrief.model import Document

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


def _share(instance: Any, attribute: attrs.Attribute, value: float | None) -> None:
    # ``not 0 < value <= 1`` is also true for NaN, which every other comparison lets through.
    if value is not None and not 0 < value <= 1:
        raise ValueError(f"{attribute.name} must be a share in (0, 1], not {value}")


def _stopword_table(value: Any) -> FrozenMap:
    # ``{language or "*": words}``, words folded as the analysis compares them.
    return frozen_map(dict(normalized(value)))


def _window_end(instance: Settings, attribute: attrs.Attribute, value: dt.date | None) -> None:
    if value is not None and instance.since is not None and value < instance.since:
        raise ValueError(f"until ({value}) is before since ({instance.since})")


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
    #: How the summary's stories are ordered (``--order``): ``newest`` development first,
    #: ``oldest``, ``importance`` or ``input`` (:mod:`newsbrief.sections.summary`).
    order: str = attrs.field(default=DEFAULT_ORDER, validator=attrs.validators.in_(ORDERS))
    #: How many key quotes one speaker may have (:mod:`newsbrief.sections.quotes`).
    quotes_per_speaker: int = attrs.field(default=1, validator=attrs.validators.ge(1))
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
    #: With :attr:`per_story`: also write each story's briefing to this folder, one file a
    #: story in the :attr:`exporter`'s format, as soon as the story is briefed.
    story_dir: str | None = None
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
    #: Keep only articles published on or after this day (``--since``); see
    #: :mod:`newsbrief.pipeline.window` for undated articles.
    since: dt.date | None = None
    #: Keep only articles published on or before this day (``--until``).
    until: dt.date | None = attrs.field(default=None, validator=_window_end)
    #: The summary's length as a share of the input's words (``--length 20%`` is ``0.2``),
    #: in (0, 1]; it replaces :attr:`budget` once the documents are known (:meth:`budget_for`).
    length: float | None = attrs.field(default=None, validator=_share)
    #: Extra stop words (``--stopwords``) by language code, ``"*"`` for every language, added
    #: to each document language's own for story grouping and the summarizer (in force for
    #: the run: :mod:`newsbrief.nlp.stopwords`).
    stopwords: FrozenMap = attrs.field(factory=FrozenMap, converter=_stopword_table)

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
        elif changes.get("budget") is None and budget.get("overflow") is not None:
            # ``length=0.2, overflow=True``: the word budget made from the share keeps it.
            changes["budget"] = attrs.evolve(self.budget, overflow=budget["overflow"])
        kept = {key: value for key, value in changes.items() if value is not None}
        return attrs.evolve(self, **kept) if kept else self

    def budget_for(self, documents: Sequence[Document]) -> Budget:
        """The budget for summarizing ``documents``: :attr:`budget`, or with :attr:`length` a
        word budget of that share of the words of their sentences (rounded down, at least one
        word), which the summary never exceeds unless the budget's ``overflow`` lets its last
        sentence cross it (``--length 20% --overflow``)."""
        if self.length is None:
            return self.budget
        from newsbrief.nlp.tokens import count_words

        total = sum(count_words(s.text) for d in documents for s in d.sentences)
        # The tiny epsilon keeps 0.29 * 100 (28.999...) at 29 words, as a reader counts.
        words = max(1, math.floor(self.length * total + 1e-9))
        return Budget(words=words, overflow=self.budget.overflow)

    def recorded(self, annotators: Iterable[str]) -> dict[str, Any]:
        """What a briefing records of how it was built (``briefing.settings``, without the
        version): summarizer, budget, options, and the ``annotators`` that ran, in order."""
        # With a share of the words the budget is resolved per summary: the share is recorded.
        budget = self.budget if self.length is None else Budget(overflow=self.budget.overflow)
        recorded_budget: dict[str, Any] = {
            "sentences": budget.sentences,
            "words": budget.words,
            "ratio": budget.ratio,
            "overflow": budget.overflow,
        }
        if self.length is not None:
            recorded_budget["length"] = self.length
        recorded = {
            "summarizer": self.summarizer,
            "budget": recorded_budget,
            "options": recorded_options(self.options),
            "annotators": list(annotators),
            "order": self.order,
        }
        if self.stopwords:  # how many words each list added (the lists may be long)
            recorded["stopwords"] = {key: len(words) for key, words in self.stopwords.items()}
        if self.since is not None or self.until is not None:
            recorded["window"] = {
                "since": self.since.isoformat() if self.since else None,
                "until": self.until.isoformat() if self.until else None,
            }
        return recorded


def make_budget(
    budget: Budget | None = None,
    *,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
) -> Budget:
    """A :class:`Budget` from keyword arguments (``budget`` wins when given; neither
    ``sentences`` nor ``words``: :meth:`Budget.default`, with ``overflow`` kept for a word
    budget made later, ``--length``)."""
    if budget is not None:
        return budget
    if sentences is None and words is None:
        return attrs.evolve(Budget.default(), overflow=overflow) if overflow else Budget.default()
    return Budget(sentences=sentences, words=words, overflow=overflow)
