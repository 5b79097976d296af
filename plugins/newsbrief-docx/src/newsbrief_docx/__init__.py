"""newsbrief plugin: a briefing as a Word ``.docx`` document, written with python-docx.

``newsbrief build seeds/ -o briefing.docx`` (or ``-f docx -o FILE``). The document has the
briefing's title, the sources' date range, and the same sections as the Markdown briefing (summary
with ``[n]`` citations, numbered sources, stories, coverage notes, and timeline, quotes and people
when annotators filled them), each under a Word heading so the navigation pane lists them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from typing import Any

import newsbrief
from newsbrief.plugin_api import (
    EXPORTER_OPTIONS,
    Block,
    Entry,
    briefing_title,
    display,
    in_order,
    outline,
    overview,
)

__all__ = ["DocxExporter", "register_exporters"]

#: Timestamp stored for every member of the .docx zip, so equal briefings give equal bytes.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


class DocxExporter:
    """A Word document: title, overview, then one headed section per part of the briefing.

    Options (``-O key=value``): those of every built-in exporter (``title``, ``sections``,
    ``locale``; ``newsbrief list --options``). The same briefing always gives the same bytes.
    """

    #: Name for ``--format docx``.
    name = "docx"
    #: One line for ``newsbrief list``.
    description = "Word .docx briefing with [n] citations and a numbered source list"
    #: ``-o briefing.docx`` selects this exporter.
    extensions = (".docx",)
    #: ``title``, ``sections`` and ``locale``, as for the Markdown exporter.
    options = EXPORTER_OPTIONS

    def export(self, briefing: newsbrief.Briefing, options: Mapping[str, Any]) -> bytes:
        """Render ``briefing`` as the bytes of a ``.docx`` file."""
        import docx  # imported here so `newsbrief --help` does not pay for lxml

        chosen = self.options.parse(options, f"{self.name} exporter")
        sections = in_order(chosen["sections"])
        locale = chosen["locale"]
        title = display(briefing_title(briefing, chosen))
        document = docx.Document()
        document.core_properties.title = title
        document.core_properties.author = "newsbrief"
        document.core_properties.comments = f"Built by newsbrief {newsbrief.__version__}"
        document.add_heading(title, level=0)
        document.add_paragraph(overview(briefing, locale), style="Subtitle")
        for block in outline(briefing, sections, locale):
            _add_block(document, block)
        buffer = io.BytesIO()
        document.save(buffer)
        return _normalized_zip(buffer.getvalue())


def _add_block(document: Any, block: Block) -> None:
    document.add_heading(block.heading, level=1)
    if not block.entries:
        document.add_paragraph().add_run(block.empty).italic = True
        return
    for entry in block.entries:
        _add_entry(document, entry)


def _add_entry(document: Any, entry: Entry) -> None:
    # Numbered entries (sources) keep their own "[n]", which citations point to: Word's automatic
    # numbering could drift from it.
    paragraph = document.add_paragraph(style="List" if entry.number is not None else "List Bullet")
    if entry.number is not None:
        paragraph.add_run(f"[{entry.number}] ")
    if entry.lead:
        paragraph.add_run(entry.lead).bold = True
        paragraph.add_run(" ")
    paragraph.add_run(entry.text)
    if entry.link:
        link = paragraph.add_run(f"{', ' if entry.text else ''}{entry.link}")
        link.italic = True
    if entry.citations:
        cites = paragraph.add_run(" " + "".join(f"[{n}]" for n in entry.citations))
        cites.font.superscript = True


def _normalized_zip(data: bytes) -> bytes:
    # python-docx stamps each zip member with the current time; a fixed stamp and member order
    # make the output reproducible, like every other newsbrief format.
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


@newsbrief.hookimpl
def register_exporters(register: Callable[[Any], None]) -> None:
    """Register the ``docx`` exporter."""
    register(DocxExporter())
