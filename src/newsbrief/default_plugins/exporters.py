"""Built-in exporters, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_exporters(register: Callable[[Any], None]) -> None:
    """Markdown (the default), JSON and plain text."""
    from newsbrief.exporters.common import builtin_exporters

    for exporter in builtin_exporters():
        register(exporter)
