"""What an exporter is: a briefing in, text out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, BinaryIO, Protocol, runtime_checkable

from newsbrief.model import Briefing


@runtime_checkable
class Exporter(Protocol):
    """Serializes a briefing. Exporters own serialization; the model has none."""

    #: Unique name, used by ``--format NAME``.
    name: str
    #: One line for ``newsbrief list``.
    description: str
    #: File extensions that select this exporter for ``-o FILE`` (``(".md", ".markdown")``).
    extensions: tuple[str, ...]

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str | bytes:
        """Render ``briefing``; ``options`` come from ``-O key=value`` or the Python API.

        Text formats return ``str``; binary formats (``.docx``, ``.pdf``) return ``bytes``.
        """
        ...


@runtime_checkable
class StreamingExporter(Exporter, Protocol):
    """An exporter that can also write its output piece by piece, never holding it whole
    (a briefing of thousands of articles as JSON is hundreds of MB).

    Opted into with ``streams = True``: an exporter whose unrelated ``write`` method matched
    the protocol's shape would otherwise be taken for one (see :func:`streams`)."""

    #: ``True``: :meth:`write` is this protocol's.
    streams: bool

    def write(self, briefing: Briefing, options: Mapping[str, Any], out: BinaryIO) -> None:
        """Write to ``out`` exactly the bytes of :meth:`export`'s output (text as UTF-8, lone
        surrogates replaced by U+FFFD)."""
        ...


def streams(exporter: object) -> bool:
    """Whether ``exporter`` is a :class:`StreamingExporter` that says so (``streams = True``)."""
    return isinstance(exporter, StreamingExporter) and getattr(exporter, "streams", False) is True
