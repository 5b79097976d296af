"""Built-in exporters, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.exporters.base import Exporter
from newsbrief.exporters.html import HtmlExporter
from newsbrief.exporters.json_exporter import JsonExporter
from newsbrief.exporters.markdown import MarkdownExporter
from newsbrief.exporters.text import TextExporter
from newsbrief.hookspecs import hookimpl


def builtin_exporters() -> list[Exporter]:
    """Fresh instances of the built-in exporters: ``markdown`` (the default), ``json``, ``text``
    and ``html``."""
    return [MarkdownExporter(), JsonExporter(), TextExporter(), HtmlExporter()]


@hookimpl(trylast=True)
def register_exporters(register: Callable[[Any], None]) -> None:
    """Markdown (the default), JSON and plain text."""
    for exporter in builtin_exporters():
        register(exporter)
