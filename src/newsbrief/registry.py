"""Name -> component tables filled through the ``register_*`` hooks.

The host owns the table and records which plugin supplied each entry, so a problem names the
plugin. A component that is incomplete (a missing or mistyped interface member, named) or whose
name is taken is left out, with one line in :attr:`Registry.problems`, and everything else
keeps working:

* a plugin reusing a built-in's name: the built-in keeps it;
* two plugins registering one name: neither is used, since choosing would be arbitrary.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import attrs

from newsbrief.errors import ComponentNotFound

T = TypeVar("T")


@attrs.frozen
class Entry(Generic[T]):
    """A registered component and the plugin that registered it."""

    #: The component's name (its ``name`` attribute).
    name: str
    #: The component as the registry hands it out (behind its guard).
    component: T
    #: Name of the plugin whose hook registered it.
    plugin: str


@attrs.frozen
class Problem:
    """A component left out of a registry, and why."""

    #: The plugin whose component was left out.
    plugin: str
    #: One line naming the component and the reason (and the other plugin, for a clash).
    message: str


def interface_problems(component: Any, protocol: type) -> list[str]:
    """What ``component`` lacks or gets wrong of ``protocol`` (empty when it is complete).

    Members are the protocol's annotated attributes and its methods; a few attributes have a
    type the host relies on (``extensions`` is a tuple of ``.ext`` strings, not one string).
    """
    if isinstance(component, type):
        return [f"the class {component.__name__} was registered, not an instance of it"]
    attributes = [name for name in getattr(protocol, "__annotations__", {}) if name[0] != "_"]
    methods = [name for name, value in vars(protocol).items() if name[0] != "_" and callable(value)]
    problems = []
    missing = [name for name in (*attributes, *methods) if not hasattr(component, name)]
    if missing:
        problems.append(f"it has no {', '.join(missing)}")
    for name in methods:
        if name not in missing and not callable(getattr(component, name)):
            problems.append(f"its {name} is not callable")
    for name in attributes:
        if name in missing:
            continue
        expected = _ATTRIBUTE_TYPES.get(name)
        if expected is not None and not expected[0](getattr(component, name)):
            problems.append(f"its {name} is {getattr(component, name)!r}, not {expected[1]}")
    return problems


def _strings(value: Any, *, dotted: bool = False) -> bool:
    return isinstance(value, tuple | list | frozenset | set) and all(
        # "" claims files without an extension (the built-in parsers do).
        isinstance(item, str) and (not dotted or item == "" or item.startswith("."))
        for item in value
    )


#: Attribute -> (check, what it should be), for the attributes the host computes with.
_ATTRIBUTE_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "name": (lambda value: isinstance(value, str) and bool(value.strip()), "a non-empty string"),
    "description": (lambda value: isinstance(value, str), "a string"),
    "extensions": (
        lambda value: _strings(value, dotted=True),
        "a tuple of extensions with their dot, like ('.txt',)",
    ),
    "multi_document": (lambda value: isinstance(value, bool), "True or False"),
    "requires": (_strings, "a tuple of annotator names"),
}


class Registry(Generic[T]):
    """Components of one kind (parser, summarizer, exporter...) by name."""

    def __init__(
        self,
        kind: str,
        protocol: type,
        *,
        wrap: Callable[[Any, str], T] | None = None,
        builtin: Callable[[str], bool] = lambda plugin: False,
        label: Callable[[str], str] = str,
    ) -> None:
        #: ``"parser"``, ``"summarizer"``...: used in messages.
        self.kind = kind
        self._protocol = protocol
        self._wrap = wrap or (lambda component, plugin: component)
        self._builtin = builtin
        self._label = label
        self._entries: dict[str, Entry[T]] = {}
        #: Names two plugins registered: refused to both (and to any later one).
        self._clashed: dict[str, list[str]] = {}
        #: Components left out, in the order they were refused.
        self.problems: list[Problem] = []

    def register(self, component: Any, plugin: str) -> None:
        """Add ``component``, or leave it out with a :class:`Problem` saying why."""
        name = getattr(component, "name", None)
        what = f"{self.kind} {name!r}" if isinstance(name, str) and name else f"a {self.kind}"
        problems = interface_problems(component, self._protocol)
        if problems:
            self._refuse(
                plugin,
                f"{what} lacks part of the {self._protocol.__name__} interface: "
                f"{'; '.join(problems)}",
            )
            return
        assert isinstance(name, str)
        if name in self._clashed:
            self._clashed[name].append(plugin)
            others = ", ".join(f"plugin {self._label(p)}" for p in self._clashed[name][:-1])
            self._refuse(plugin, f"{what} is also registered by {others}; none of them is used")
            return
        existing = self._entries.get(name)
        if existing is None:
            self._entries[name] = Entry(name, self._wrap(component, plugin), plugin)
            return
        first, second = existing.plugin, plugin
        if self._builtin(first) and not self._builtin(second):
            self._refuse(second, f"{what} reuses the name of a built-in {self.kind}; not used")
        elif self._builtin(second) and not self._builtin(first):
            self._refuse(first, f"{what} reuses the name of a built-in {self.kind}; not used")
            self._entries[name] = Entry(name, self._wrap(component, second), second)
        else:
            del self._entries[name]
            self._clashed[name] = [first, second]
            self._refuse(
                second,
                f"two {self.kind}s are named {name!r}: one from plugin {self._label(first)}, "
                f"one from plugin {self._label(second)}; neither is used",
            )

    def _refuse(self, plugin: str, message: str) -> None:
        self.problems.append(Problem(plugin, message))

    def get(self, name: str) -> T:
        """The component called ``name``."""
        try:
            return self._entries[name].component
        except KeyError:
            pass
        if name in self._clashed:
            plugins = " and ".join(self._label(p) for p in self._clashed[name])
            raise ComponentNotFound(
                f"no {self.kind} named {name!r} is used: plugins {plugins} both register one "
                "(see `newsbrief plugins --errors`)"
            )
        known = ", ".join(sorted(self._entries)) or "none"
        hint = _did_you_mean(name, self._entries)
        raise ComponentNotFound(f"no {self.kind} named {name!r}{hint} (known: {known})")

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


def _did_you_mean(name: str, known: Iterable[str]) -> str:
    """``"; did you mean 'lexrank'?"`` for a near miss of a ``known`` name, else ``""``."""
    # Case-insensitive: "LexRank" is as near to "lexrank" as a name can be.
    by_folded = {candidate.casefold(): candidate for candidate in sorted(known)}
    close = difflib.get_close_matches(name.casefold(), list(by_folded), n=1, cutoff=0.6)
    return f"; did you mean {by_folded[close[0]]!r}?" if close else ""
