"""Name -> component tables filled through the ``register_*`` hooks.

The host owns the table and records which plugin supplied each entry, so a clash names both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar

import attrs

from newsbrief.errors import ComponentNotFound, PluginError

T = TypeVar("T")


@attrs.frozen
class Entry(Generic[T]):
    """A registered component and the plugin that registered it."""

    #: The component's name (its ``name`` attribute).
    name: str
    #: The component itself.
    component: T
    #: Name of the plugin whose hook registered it.
    plugin: str


class Registry(Generic[T]):
    """Components of one kind (parser, summarizer, exporter...) by name."""

    def __init__(self, kind: str, protocol: type) -> None:
        #: ``"parser"``, ``"summarizer"``...: used in messages.
        self.kind = kind
        self._protocol = protocol
        self._entries: dict[str, Entry[T]] = {}

    def register(self, component: T, plugin: str) -> None:
        """Add ``component``; a second component with the same name is an error naming both."""
        name = getattr(component, "name", None)
        if not isinstance(name, str) or not name:
            raise PluginError(f"plugin {plugin} registered a {self.kind} without a name")
        if not isinstance(component, self._protocol):
            raise PluginError(
                f"plugin {plugin} registered {self.kind} {name!r}, which lacks part of the "
                f"{self._protocol.__name__} interface"
            )
        if name in self._entries:
            first = self._entries[name].plugin
            raise PluginError(
                f"two {self.kind}s are named {name!r}: one from plugin {first}, "
                f"one from plugin {plugin}"
            )
        self._entries[name] = Entry(name, component, plugin)

    def get(self, name: str) -> T:
        """The component called ``name``."""
        try:
            return self._entries[name].component
        except KeyError:
            known = ", ".join(sorted(self._entries)) or "none"
            raise ComponentNotFound(f"no {self.kind} named {name!r} (known: {known})") from None

    def entries(self) -> list[Entry[T]]:
        """Every entry, sorted by name."""
        return [self._entries[name] for name in sorted(self._entries)]

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def as_dict(self) -> dict[str, Any]:
        """``{name: component}``, sorted by name."""
        return {entry.name: entry.component for entry in self.entries()}
