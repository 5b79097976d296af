"""Plain-text news parsing: decoding, metadata harvesting, noise and article structure."""

from newsbrief.parsers.plaintext.analysis import Analysis, analyze
from newsbrief.parsers.plaintext.parser import PlainTextParser

__all__ = ["Analysis", "PlainTextParser", "analyze"]
