"""What a summarizer is: segmented documents and a budget in, scored sentences out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from newsbrief.defaults import BRIEFING_SENTENCES
from newsbrief.model import Document, Story, SummaryItem
from newsbrief.model.frozen import frozen_map, to_tuple


def _positive(instance: Any, attribute: attrs.Attribute, value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, not {value}")


@attrs.frozen
class Budget:
    """How long a summary may be: a count of sentences, of words, or a ratio of sentences.

    With ``words`` and ``overflow`` the last sentence may cross the limit (as DUC/TAC
    evaluations expect, since they cut summaries themselves); without it, it never does.
    """

    #: Maximum number of sentences.
    sentences: int | None = attrs.field(default=None, validator=_positive)
    #: Maximum number of words.
    words: int | None = attrs.field(default=None, validator=_positive)
    #: Fraction of all sentences (0 < ratio <= 1), like sumy's ``"20%"``.
    ratio: float | None = attrs.field(default=None)
    #: Let the last sentence cross the word limit.
    overflow: bool = False

    @ratio.validator
    def _check_ratio(self, attribute: attrs.Attribute, value: float | None) -> None:
        if value is not None and not 0 < value <= 1:
            raise ValueError(f"ratio must be in (0, 1], not {value}")

    @classmethod
    def default(cls) -> Budget:
        """Seven sentences: a briefing a reader takes in at a glance."""
        return cls(sentences=BRIEFING_SENTENCES)


@attrs.frozen
class SummaryRequest:
    """Everything a summarizer is given."""

    #: Segmented documents (``document.sentences`` filled), in input order.
    documents: tuple[Document, ...] = attrs.field(converter=to_tuple)
    #: The length budget.
    budget: Budget = attrs.field(factory=Budget.default)
    #: Story groups, when the pipeline grouped the documents (for per-story coverage).
    stories: tuple[Story, ...] = attrs.field(default=(), converter=to_tuple)
    #: Summarizer-specific options (``redundancy=0.5``...), plain JSON values.
    options: Mapping[str, Any] = attrs.field(factory=dict, converter=frozen_map)


@runtime_checkable
class Summarizer(Protocol):
    """Selects verbatim sentences. Must be deterministic and expose its scores."""

    #: Unique name, used by ``--summarizer NAME``.
    name: str
    #: One line for ``newsbrief list``.
    description: str
    #: Whether the summarizer reasons across documents (sources, stories, duplicates).
    multi_document: bool

    def summarize(self, request: SummaryRequest) -> Sequence[SummaryItem]:
        """The selected sentences in reading order, each with its score and provenance."""
        ...
