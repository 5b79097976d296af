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

from newsbrief.options import Option, OptionError, OptionSpec

# Light on purpose (attrs only): ``newsbrief list`` and option checks load this module, and the
# NumPy/SciPy parts of the summarizer only when it runs.

#: Coverage modes accepted by the ``story_coverage`` option.
COVERAGE_MODES = ("proportional", "all", "off")
#: Binary-term cosine at which two sentences are the same content.
DEFAULT_DUPLICATE_THRESHOLD = 0.7

#: Truth values ``story_coverage`` also takes, as the mode they stand for (true = ``all``).
_COVERAGE_ALIASES = {
    **dict.fromkeys(("", "0", "false", "no", "none"), "off"),
    **dict.fromkeys(("1", "true", "yes", "on"), "all"),
}


def _fraction(name: str, default: float, help: str) -> Option:
    return Option(name, float, default, help, minimum=0.0, maximum=1.0)


#: The options of the ``newsbrief`` summarizer (``-S name=value``), with their defaults.
SPEC = OptionSpec(
    _fraction(
        "redundancy",
        0.4,
        "TF-IDF cosine with an already chosen sentence at which a candidate is skipped "
        "(lower: more diverse; 1: off).",
    ),
    _fraction(
        "position_weight",
        0.7,
        "How much the lead-position prior scales a sentence (0: position ignored).",
    ),
    Option(
        "story_coverage",
        str,
        "proportional",
        "Which stories are promised a sentence before the general selection: proportional "
        "(stories whose share of the articles is worth one), all (true) or off (false).",
        choices=COVERAGE_MODES,
        aliases=_COVERAGE_ALIASES,
    ),
    _fraction(
        "support_threshold",
        0.5,
        "IDF-weighted term overlap at which another source's sentence supports a chosen one.",
    ),
    _fraction(
        "duplicate_threshold",
        DEFAULT_DUPLICATE_THRESHOLD,
        "Binary-term cosine at which two sentences are copies of one another.",
    ),
)


@attrs.frozen
class MultiDocOptions:
    """Every option of the ``newsbrief`` summarizer, with its default (:data:`SPEC`)."""

    #: TF-IDF cosine with an already chosen sentence at which a candidate is skipped, 0..1
    #: (lower: more diverse; 1: off).
    redundancy: float = SPEC["redundancy"].default
    #: How much the lead-position prior scales a sentence, 0..1 (0: position ignored).
    position_weight: float = SPEC["position_weight"].default
    #: Which stories are promised a sentence before the general selection: ``proportional``
    #: (stories whose share of the articles is worth a sentence), ``all`` or ``off``.
    story_coverage: str = SPEC["story_coverage"].default
    #: IDF-weighted term overlap at which another source's sentence supports a chosen one, 0..1.
    support_threshold: float = SPEC["support_threshold"].default
    #: Binary-term cosine at which two sentences are copies of one another, 0..1.
    duplicate_threshold: float = SPEC["duplicate_threshold"].default

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any]) -> MultiDocOptions:
        """The options a request carries, typed and checked by :data:`SPEC`.

        Raises :class:`OptionError` for an unknown name (with a "did you mean") or a bad value.
        """
        return cls(**SPEC.parse(options, "newsbrief summarizer"))


#: Option defaults by name (also listed in the briefing settings' documentation).
DEFAULTS: Mapping[str, Any] = attrs.asdict(MultiDocOptions())

__all__ = ["COVERAGE_MODES", "DEFAULTS", "SPEC", "MultiDocOptions", "OptionError"]
