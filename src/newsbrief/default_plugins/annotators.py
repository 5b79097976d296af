"""Built-in annotators, registered through the same hook third-party plugins use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsbrief.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_annotators(register: Callable[[Any], None]) -> None:
    """Dates (resolved against each article's date), entities (names merged) and quotes."""
    from newsbrief.annotators.dates import DateAnnotator
    from newsbrief.annotators.entities import EntityAnnotator
    from newsbrief.annotators.quotes import QuoteAnnotator

    register(DateAnnotator())
    register(EntityAnnotator())
    register(QuoteAnnotator())
