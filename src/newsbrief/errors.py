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


class PluginFault(PluginError):
    """A plugin's component raised, or broke the contract, while it was being used.

    ``str(error)`` is one line naming the component, the plugin (and its distribution), the
    input and the reason: ``summarizer 'x' (plugin nb_x, newsbrief-x 1.0) on 3 document(s):
    RuntimeError: boom``.
    """

    def __init__(self, component: str, plugin: str, reason: str, input_name: str = "") -> None:
        where = f" on {input_name}" if input_name else ""
        super().__init__(f"{component} (plugin {plugin}){where}: {reason}")
        #: ``parser 'html'``, ``annotator 'dates'``...
        self.component = component
        #: The plugin, with its distribution when known (``nb_x, newsbrief-x 1.0``).
        self.plugin = plugin
        #: What went wrong, one line.
        self.reason = reason
        #: What the component was working on (an input's name, ``3 document(s)``), if known.
        self.input_name = input_name

    def __reduce__(self) -> tuple[type, tuple[str, str, str, str]]:
        # Raised in worker processes (--jobs, Dask) and re-raised in the parent.
        return (type(self), (self.component, self.plugin, self.reason, self.input_name))
