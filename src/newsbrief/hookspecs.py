"""The plugin contract: every hook newsbrief calls. Built-ins implement these same hooks.

The reference, with a runnable example per hook, is ``docs/plugins/hooks.md``. The host calls
each plugin's implementation on its own and guards it (``newsbrief.plugins``), and guards every
component registered through these hooks (``newsbrief.guard``): see "What the host checks" there.
"""

from __future__ import annotations

from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("newsbrief")
hookimpl = pluggy.HookimplMarker("newsbrief")


@hookspec
def register_parsers(register: Any) -> None:
    """Register input parsers by calling ``register(parser)`` for each."""


@hookspec
def register_summarizers(register: Any) -> None:
    """Register summarizers by calling ``register(summarizer)`` for each."""


@hookspec
def register_exporters(register: Any) -> None:
    """Register exporters by calling ``register(exporter)`` for each."""


@hookspec
def register_annotators(register: Any) -> None:
    """Register annotators by calling ``register(annotator)`` for each."""


@hookspec
def register_commands(cli: Any) -> None:
    """Add commands to the ``newsbrief`` click group with ``cli.add_command``."""
