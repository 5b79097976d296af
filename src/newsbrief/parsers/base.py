"""What a parser is: bytes of one input in, documents out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.model.raw import RawInput, file_suffix, media_type_of

__all__ = ["Parser", "RawInput", "file_suffix", "media_type_of"]


@runtime_checkable
class Parser(Protocol):
    """Turns one raw input into documents.

    Raise :class:`newsbrief.errors.InputError` (never anything else) for input it cannot read.
    When only part of an input is bad (one malformed line of a JSON Lines file), *yield* an
    :class:`~newsbrief.errors.InputError` naming that part (``feed.jsonl:12``) instead of raising:
    the host reports it and keeps the documents around it.
    """

    #: Unique name, used by ``--parser NAME``.
    name: str
    #: One line for ``newsbrief list``.
    description: str
    #: File extensions this parser reads, with the dot (``(".txt",)``).
    extensions: tuple[str, ...]

    def sniff(self, raw: RawInput) -> float:
        """How confident the parser is, from 0 to 1, that it can read ``raw`` (by content)."""
        ...

    def parse(self, raw: RawInput) -> Iterable[Document | InputError]:
        """Parse ``raw`` into documents (unsegmented), and problems with parts it skipped."""
        ...
