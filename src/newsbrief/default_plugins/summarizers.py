"""Built-in summarizers, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_summarizers(register: Callable[[Any], None]) -> None:
    """The multi-document default, every sumy algorithm, ``lead`` and ``random``."""
    from newsbrief.summarizers.builtin import builtin_summarizers
    from newsbrief.summarizers.multidoc import builtin_multidoc_summarizers

    for summarizer in [*builtin_multidoc_summarizers(), *builtin_summarizers()]:
        register(summarizer)
