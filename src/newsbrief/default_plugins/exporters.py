"""Built-in exporters, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newsbrief.hookspecs import hookimpl

if TYPE_CHECKING:
    from newsbrief.exporters.base import Exporter


def builtin_exporters() -> list[Exporter]:
    """Fresh instances of the built-in exporters: ``markdown`` (the default), ``json``, ``text``
    and ``html``."""
    # Imported here, when exporters are first asked for: loading the plugins for the command
    # line's help or list of commands does not import them.
    from newsbrief.exporters.html import HtmlExporter
    from newsbrief.exporters.json_exporter import JsonExporter
    from newsbrief.exporters.markdown import MarkdownExporter
    from newsbrief.exporters.text import TextExporter

    return [MarkdownExporter(), JsonExporter(), TextExporter(), HtmlExporter()]


@hookimpl(trylast=True)
def register_exporters(register: Callable[[Any], None]) -> None:
    """Markdown (the default), JSON and plain text."""
    for exporter in builtin_exporters():
        register(exporter)
