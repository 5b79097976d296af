"""Built-in parsers, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_parsers(register: Callable[[Any], None]) -> None:
    """Plain text, JSON / JSONL records, HTML pages, RSS / Atom feeds, TREC SGML, Markdown.

    Importing these modules is cheap: trafilatura, feedparser, PyYAML and markdown-it-py are
    imported only when a parser first needs them.
    """
    from newsbrief.parsers.feed import FeedParser
    from newsbrief.parsers.html import HtmlParser
    from newsbrief.parsers.jsonl import JsonParser
    from newsbrief.parsers.markdown import MarkdownParser
    from newsbrief.parsers.plaintext import PlainTextParser
    from newsbrief.parsers.trec import TrecParser

    register(PlainTextParser())
    register(JsonParser())
    register(HtmlParser())
    register(FeedParser())
    register(TrecParser())
    register(MarkdownParser())
