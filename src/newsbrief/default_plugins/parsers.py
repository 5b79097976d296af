"""Built-in parsers, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_parsers(register: Callable[[Any], None]) -> None:
    """Plain text (with news-page noise rules) and JSON / JSONL records."""
    from newsbrief.parsers.jsonl import JsonParser
    from newsbrief.parsers.plaintext import PlainTextParser

    register(PlainTextParser())
    register(JsonParser())
