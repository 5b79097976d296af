"""The knobs of the ``newsbrief`` summarizer, read and checked from ``request.options``.

On the command line they are ``-S name=value`` (``newsbrief build seeds/ -S redundancy=0.3``);
in Python, ``build_briefing(..., options={"redundancy": 0.3})``. The length budget is not an
option: it is the request's :class:`~newsbrief.summarizers.base.Budget` (``--words``,
``--sentences``). ``docs/summarization.md`` explains what each knob does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError

# Light on purpose (attrs only): ``newsbrief list`` and option checks load this module, and the
# NumPy/SciPy parts of the summarizer only when it runs.

#: Coverage modes accepted by the ``story_coverage`` option.
COVERAGE_MODES = ("proportional", "all", "off")
#: Binary-term cosine at which two sentences are the same content.
DEFAULT_DUPLICATE_THRESHOLD = 0.7


class OptionError(NewsbriefError, ValueError):
    """A summarizer option has a value it cannot take; the message names both."""


@attrs.frozen
class MultiDocOptions:
    """Every option of the ``newsbrief`` summarizer, with its default."""

    #: TF-IDF cosine with an already chosen sentence at which a candidate is skipped, 0..1
    #: (lower: more diverse; 1: off).
    redundancy: float = 0.4
    #: How much the lead-position prior scales a sentence, 0..1 (0: position ignored).
    position_weight: float = 0.7
    #: Which stories are promised a sentence before the general selection: ``proportional``
    #: (stories whose share of the articles is worth a sentence), ``all`` or ``off``.
    story_coverage: str = "proportional"
    #: IDF-weighted term overlap at which another source's sentence supports a chosen one, 0..1.
    support_threshold: float = 0.5
    #: Binary-term cosine at which two sentences are copies of one another, 0..1.
    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any]) -> MultiDocOptions:
        """The options a request carries; unknown names are left to other summarizers."""
        values: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if field.name not in options:
                continue
            value = options[field.name]
            if field.name == "story_coverage":
                try:
                    values[field.name] = coverage_mode(value)
                except ValueError as error:
                    raise OptionError(str(error)) from None
            else:
                values[field.name] = _fraction(field.name, value)
        return cls(**values)


def coverage_mode(value: Any) -> str:
    """The coverage mode an option value names: a mode, or a truth value (true = ``all``)."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text in COVERAGE_MODES:
            return text
        if text in {"", "0", "false", "no", "none"}:
            return "off"
        if text in {"1", "true", "yes", "on"}:
            return "all"
        raise ValueError(
            f"story_coverage must be one of {', '.join(COVERAGE_MODES)} (or true/false), "
            f"not {value!r}"
        )
    return "all" if value else "off"


def _fraction(name: str, value: Any) -> float:
    """``value`` as a number in [0, 1], or an :class:`OptionError` naming the option."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise OptionError(f"{name} must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise OptionError(f"{name} must be from 0 to 1, not {value!r}")
    return number


#: Option defaults by name (also listed in the briefing settings' documentation).
DEFAULTS: Mapping[str, Any] = attrs.asdict(MultiDocOptions())

__all__ = ["COVERAGE_MODES", "DEFAULTS", "MultiDocOptions", "OptionError"]
