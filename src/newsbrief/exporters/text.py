"""The ``text`` exporter: plain text for terminals and e-mail, wrapped to a fixed width."""

from __future__ import annotations

import textwrap
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
    outline,
    overview,
)
from newsbrief.model import Briefing
from newsbrief.options import Option, OptionSpec

#: Default line width, in code points.
DEFAULT_WIDTH = 80
# Narrower than this and the hanging indents of bullets and source numbers leave no room.
_MIN_WIDTH = 20


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    # break_on_hyphens=False keeps URLs and hyphenated names whole unless they exceed the width.
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
    )
    return wrapper.wrap(text) or [first.rstrip()]


def _entry(entry: Entry, width: int) -> list[str]:
    text = entry.text
    if entry.lead:
        text = f"{entry.lead}: {text}" if text else entry.lead
    if entry.link:
        text = f"{text}, {entry.link}" if text else entry.link
    if entry.citations:
        text = f"{text} {''.join(f'[{n}]' for n in entry.citations)}"
    first = f"[{entry.number}] " if entry.number is not None else "- "
    # Long source numbers must still leave room for text on every line.
    first = first[: width - 10]
    return _wrap(text, width, first, " " * len(first))


def _block(block: Block, width: int) -> list[str]:
    lines = [block.heading, "-" * min(len(block.heading), width), ""]
    if not block.entries:
        return [*lines, *_wrap(block.empty, width)]
    for entry in block.entries:
        lines.extend(_entry(entry, width))
    return lines


class TextExporter:
    """Plain text wrapped at 80 columns: the markdown briefing's sections without markup.

    Citations are ``[n]``, pointing to the numbered source list; article text is shown on
    single logical lines with control characters replaced, so it cannot drive a terminal.

    Options:

    * ``title`` -- replaces the briefing's title.
    * ``sections`` -- comma list of sections to include
      (``summary,timeline,quotes,entities,stories,sources,notes``; default: all).
    * ``locale`` -- how dates are written: ``iso`` (default, ``2022-03-02``) or a locale such
      as ``en_GB`` (``2 March 2022``), ``uk`` or ``ru``; a locale also chooses the language of
      the headings and other template words (default: the briefing's dominant language).
    * ``width`` -- line width in characters (default 80, at least 20).
    """

    name = "text"
    description = "Plain text wrapped at 80 columns, with [n] citations"
    extensions: tuple[str, ...] = (".txt",)
    #: ``title``, ``sections``, ``locale`` and ``width``.
    options = EXPORTER_OPTIONS + OptionSpec(
        Option(
            "width",
            int,
            DEFAULT_WIDTH,
            "Line width in characters (code points).",
            minimum=_MIN_WIDTH,
        )
    )

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str:
        """Render ``briefing`` as wrapped plain text (a newline-terminated string)."""
        chosen = self.options.parse(options, f"{self.name} exporter")
        sections = in_order(chosen["sections"])
        locale = chosen["locale"]
        width = chosen["width"]
        title = _wrap(display(briefing_title(briefing, chosen)), width)
        lines = [*title, "=" * max(len(line) for line in title), ""]
        lines.extend(_wrap(overview(briefing, locale), width))
        if "summary" in sections and (latest := headline(briefing, locale)) is not None:
            cites = "".join(f"[{n}]" for n in latest.citations)
            lines.extend(["", *_wrap(f"{latest.lead}: {latest.text} {cites}".rstrip(), width)])
        for block in outline(briefing, sections, locale):
            lines.append("")
            lines.extend(_block(block, width))
        return "\n".join(lines) + "\n"
