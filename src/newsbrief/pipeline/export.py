"""The export stage: the briefing rendered by the exporter ``settings`` name."""

from __future__ import annotations

from typing import BinaryIO

import attrs

from newsbrief.exporters.base import Exporter
from newsbrief.exporters.base import streams as exporter_streams
from newsbrief.model import Briefing
from newsbrief.options import component_options
from newsbrief.pipeline.settings import Settings
from newsbrief.plugins import get_host


def choose_exporter(settings: Settings) -> tuple[Exporter, Settings]:
    """The exporter ``settings`` name, and ``settings`` with its options checked and typed by
    its spec (:class:`~newsbrief.options.OptionError` names an unknown or bad one)."""
    chosen = get_host().registry("exporter").get(settings.exporter)
    options = component_options("exporter", chosen, settings.export_options)
    return chosen, attrs.evolve(settings, export_options=options)


def export(briefing: Briefing, settings: Settings) -> str | bytes:
    """``briefing`` rendered by ``settings.exporter`` with ``settings.export_options``."""
    exporter = get_host().registry("exporter").get(settings.exporter)
    # As the exporter's spec types them (a plain dict for an exporter without a spec).
    return exporter.export(
        briefing, component_options("exporter", exporter, settings.export_options)
    )


def export_to(briefing: Briefing, settings: Settings, out: BinaryIO) -> None:
    """Write :func:`export`'s output to ``out``: its bytes, or its text as UTF-8 (lone
    surrogates replaced by U+FFFD). An exporter that writes piece by piece
    (:class:`~newsbrief.exporters.base.StreamingExporter`, such as ``json``) writes there
    directly, so the output is never held whole."""
    from newsbrief.exporters.json_exporter import utf8_bytes

    exporter = get_host().registry("exporter").get(settings.exporter)
    options = component_options("exporter", exporter, settings.export_options)
    if exporter_streams(exporter):
        exporter.write(briefing, options, out)
        return
    rendered = exporter.export(briefing, options)
    out.write(rendered if isinstance(rendered, bytes) else utf8_bytes(rendered))
