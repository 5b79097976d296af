"""The ``markdown`` exporter: the default, readable briefing with ``[n]`` citations."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newsbrief.exporters.common import (
    EXPORTER_OPTIONS,
    Block,
    Entry,
    briefing_title,
    display,
    headline,
    in_order,
    is_web_url,
    outline,
    overview,
    reference_pieces,
)
from newsbrief.model import Briefing

# ASCII characters that CommonMark, GFM or GitHub's math could read as markup mid-line (text never
# starts a line: it follows "- " and newlines are collapsed). "(" and "!" only matter next to
# "[", which is escaped; "_" between two letters or digits can never open or close emphasis, so
# file names like "item_01" stay readable. Backslash-escaping ASCII punctuation is always valid.
_SPECIAL = re.compile(r"[\\`*\[\]<>#|~&$]|(?<![^\W_])_|_(?![^\W_])")

# Text can still start a list item ("- 1. x", "- - x", "- + x" nest lists), so a leading list
# marker is escaped too.
_LEADING_MARKER = re.compile(r"^([-+]|[0-9]{1,9}(?=[.)]))")


def escape(text: str) -> str:
    """Escape ``text`` so that it renders literally: article text can never inject markup."""
    text = _SPECIAL.sub(lambda found: "\\" + found.group(), text)
    found = _LEADING_MARKER.match(text)
    if found is None:
        return text
    # "-" and "+" take the backslash themselves; for "1." it goes on the ".".
    cut = found.end() if found.group()[0].isdigit() else 0
    return f"{text[:cut]}\\{text[cut:]}"


def _link(target: str) -> str:
    # Web addresses become clickable autolinks; anything else (a local path) is escaped text.
    return f"<{target}>" if is_web_url(target) else escape(target)


def _entry(entry: Entry) -> str:
    parts = []
    if entry.number is not None:
        parts.append(f"[{entry.number}]")
    if entry.lead:
        parts.append(f"**{escape(entry.lead)}**")
    if entry.references:
        # The entry's own "[n]" references are citations, not text to show literally; any
        # other bracketed text (a file name "x[3].txt", a year "[2024]") is escaped.
        pieces = reference_pieces(entry.text, entry.references)
        text = "".join(piece if n is not None else escape(piece) for piece, n in pieces)
    else:
        text = escape(entry.text)
    if entry.link:
        text = f"{text}, {_link(entry.link)}" if text else _link(entry.link)
    parts.append(text)
    line = " ".join(part for part in parts if part)
    cites = "".join(f"[{n}]" for n in entry.citations)
    return f"- {line} {cites}".rstrip() if cites else f"- {line}"


def _block(block: Block) -> list[str]:
    lines = [f"## {block.heading}", ""]
    if block.entries:
        lines.extend(_entry(entry) for entry in block.entries)
    else:
        lines.append(f"_{block.empty}_")
    return lines


class MarkdownExporter:
    """Markdown with a title, the sources' date range, a cited bulleted summary and sources.

    Sections: Summary, then Timeline, Key quotes and People & organisations when annotators
    filled them, then Stories, Sources and Coverage notes (as in HTML). Citations ``[n]`` point
    to the numbered sources; article text is backslash-escaped so it can never inject markup or
    HTML.

    Options:

    * ``title`` -- replaces the briefing's title.
    * ``sections`` -- comma list of sections to include
      (``summary,timeline,quotes,entities,stories,sources,notes``; default: all).
    * ``locale`` -- how dates are written: ``iso`` (default, ``2022-03-02``) or a locale such
      as ``en_GB`` (``2 March 2022``), ``uk`` or ``ru``; a locale also chooses the language of
      the headings and other template words (default: the briefing's dominant language).
    """

    name = "markdown"
    description = "Markdown briefing with [n] citations and a numbered source list (default)"
    extensions: tuple[str, ...] = (".md", ".markdown")
    #: ``title``, ``sections``, ``locale``.
    options = EXPORTER_OPTIONS

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str:
        """Render ``briefing`` as Markdown (a newline-terminated string)."""
        chosen = self.options.parse(options, f"{self.name} exporter")
        sections = in_order(chosen["sections"])
        locale = chosen["locale"]
        title = escape(display(briefing_title(briefing, chosen)))
        lines = [f"# {title}", "", escape(overview(briefing, locale))]
        if "summary" in sections and (latest := headline(briefing, locale)) is not None:
            cites = "".join(f"[{n}]" for n in latest.citations)
            lines.extend(["", f"**{escape(str(latest.lead))}:** {escape(latest.text)} {cites}"])
        for block in outline(briefing, sections, locale):
            lines.append("")
            lines.extend(_block(block))
        return "\n".join(lines) + "\n"
