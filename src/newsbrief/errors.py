"""Exceptions. Expected failures carry a one-line message naming the input and the reason."""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class of every error newsbrief raises on purpose."""


class InputError(NewsbriefError):
    """An input could not be read or parsed; ``str(error)`` is ``"<input>: <reason>"``."""

    def __init__(self, input_name: str, reason: str) -> None:
        super().__init__(f"{input_name}: {reason}")
        #: The input as the user named it (path, URL, ``-``, ``file.jsonl:12``).
        self.input_name = input_name
        #: Why it was rejected, one line.
        self.reason = reason


class PluginError(NewsbriefError):
    """A plugin failed to load or registered something inconsistent."""


class ComponentNotFound(NewsbriefError, LookupError):
    """No parser, summarizer or exporter is registered under the requested name."""
