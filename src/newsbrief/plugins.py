"""The plugin host: one pluggy manager, built-ins and entry-point plugins loaded lazily and safely.

Built-in parsers, summarizers, exporters and annotators are plugins too (``DEFAULT_PLUGINS``):
they go through the same hooks as third-party ones, which proves the hooks are sufficient.

Environment switches:

* ``NEWSBRIEF_LOAD_PLUGINS``: comma-separated allowlist of entry-point plugins (by entry-point or
  distribution name); set but empty loads none.
* ``NEWSBRIEF_DISABLE_PLUGINS``: comma-separated blocklist (entry points, distributions, or
  built-in module names such as ``newsbrief.default_plugins.exporters``).
* ``NEWSBRIEF_STRICT_PLUGINS=1``: a plugin that fails to load is an error, not a warning.
* ``NEWSBRIEF_TRACE_PLUGINS=1``: print every hook call to stderr.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pluggy

from newsbrief import hookspecs
from newsbrief.annotators.base import Annotator
from newsbrief.errors import PluginError
from newsbrief.exporters.base import Exporter
from newsbrief.parsers.base import Parser
from newsbrief.registry import Registry
from newsbrief.summarizers.base import Summarizer

#: Entry-point group third-party distributions declare plugins under.
ENTRY_POINT_GROUP = "newsbrief"

#: The host's own features, registered exactly like third-party plugins.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "newsbrief.default_plugins.parsers",
    "newsbrief.default_plugins.summarizers",
    "newsbrief.default_plugins.exporters",
    "newsbrief.default_plugins.annotators",
    "newsbrief.default_plugins.commands",
)

#: Registry kind -> (hook name, protocol every component must satisfy).
COMPONENT_HOOKS: dict[str, tuple[str, type]] = {
    "parser": ("register_parsers", Parser),
    "summarizer": ("register_summarizers", Summarizer),
    "exporter": ("register_exporters", Exporter),
    "annotator": ("register_annotators", Annotator),
}


@attrs.frozen
class PluginLoadError:
    """A plugin that could not be loaded or whose hooks failed."""

    #: The plugin (entry-point) name.
    plugin: str
    #: Distribution that provides it, with version, when known.
    distribution: str | None
    #: One line: what went wrong.
    message: str

    def __str__(self) -> str:
        where = f" (from {self.distribution})" if self.distribution else ""
        return f"plugin {self.plugin}{where} failed: {self.message}"


def _env_list(environ: Mapping[str, str], name: str) -> list[str] | None:
    value = environ.get(name)
    if value is None:
        return None
    return [item.strip() for item in value.split(",") if item.strip()]


class PluginHost:
    """Owns the pluggy manager, the component registries and the record of load errors."""

    def __init__(
        self,
        *,
        environ: Mapping[str, str] | None = None,
        entry_points: Callable[[], Any] | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.environ = os.environ if environ is None else environ
        self._entry_points = entry_points or (
            lambda: importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
        )
        self._warn = warn or (lambda line: print(f"newsbrief: warning: {line}", file=sys.stderr))
        self.pm = pluggy.PluginManager("newsbrief")
        self.pm.add_hookspecs(hookspecs)
        #: Plugins that failed, in the order they failed.
        self.errors: list[PluginLoadError] = []
        self._loaded = False
        self._lock = threading.RLock()
        self._registries: dict[str, Registry[Any]] | None = None
        #: Plugin name -> (distribution name, version) for entry-point plugins.
        self._distributions: dict[str, tuple[str, str]] = {}

    @property
    def strict(self) -> bool:
        """Whether a failing plugin raises instead of being reported and skipped."""
        return self.environ.get("NEWSBRIEF_STRICT_PLUGINS", "") not in ("", "0")

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Load built-in and entry-point plugins once (later calls do nothing)."""
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            blocked = set(_env_list(self.environ, "NEWSBRIEF_DISABLE_PLUGINS") or ())
            for module_name in DEFAULT_PLUGINS:
                if module_name in blocked:
                    self.pm.set_blocked(module_name)
                    continue
                self.pm.register(importlib.import_module(module_name), name=module_name)
            self._load_entry_points(blocked)
            self._check_pending()
            if self.environ.get("NEWSBRIEF_TRACE_PLUGINS", "") not in ("", "0"):
                self.pm.trace.root.setwriter(sys.stderr.write)
                self.pm.enable_tracing()

    def _load_entry_points(self, blocked: set[str]) -> None:
        allowed = _env_list(self.environ, "NEWSBRIEF_LOAD_PLUGINS")
        for entry_point in sorted(self._entry_points(), key=lambda ep: ep.name):
            dist = getattr(entry_point, "dist", None)
            dist_name = dist.metadata["Name"] if dist is not None else None
            names = {entry_point.name, dist_name}
            if allowed is not None and not names & set(allowed):
                continue
            if names & blocked:
                self.pm.set_blocked(entry_point.name)
                continue
            if self.pm.get_plugin(entry_point.name) is not None or self.pm.is_blocked(
                entry_point.name
            ):
                continue
            distribution = (dist_name, dist.version) if dist is not None else None
            try:
                plugin = entry_point.load()
                self.pm.register(plugin, name=entry_point.name)
            except Exception as error:
                self._fail(entry_point.name, distribution, _describe(error), error)
                continue
            if distribution is not None:
                self._distributions[entry_point.name] = distribution

    def _check_pending(self) -> None:
        # A hookimpl whose name matches no hookspec is almost always a typo (``register_parser``).
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as error:
            plugin_name = self.pm.get_name(error.plugin) or repr(error.plugin)
            self._fail(plugin_name, self._distributions.get(plugin_name), str(error), error)
            self._check_pending()

    def _fail(
        self,
        plugin: str,
        distribution: tuple[str, str] | None,
        message: str,
        error: BaseException,
    ) -> None:
        dist_text = " ".join(distribution) if distribution else None
        failure = PluginLoadError(plugin, dist_text, message.splitlines()[0] if message else "")
        if self.pm.get_plugin(plugin) is not None:
            self.pm.unregister(name=plugin)
        self._registries = None
        if self.strict:
            raise PluginError(str(failure)) from error
        self.errors.append(failure)
        self._warn(str(failure))

    # -- registries ----------------------------------------------------------------------------

    def registry(self, kind: str) -> Registry[Any]:
        """The registry of ``kind`` (``parser``, ``summarizer``, ``exporter``), filled on demand."""
        self.load()
        with self._lock:
            if self._registries is None:
                self._registries = self._collect()
            return self._registries[kind]

    def _collect(self) -> dict[str, Registry[Any]]:
        while True:
            try:
                return self._collect_once()
            except _PluginFailed:
                # The failing plugin is unregistered now; rebuild so nothing it half-registered
                # stays behind.
                continue

    def _collect_once(self) -> dict[str, Registry[Any]]:
        registries: dict[str, Registry[Any]] = {}
        for kind, (hook_name, protocol) in COMPONENT_HOOKS.items():
            registry: Registry[Any] = Registry(kind, protocol)
            hook = getattr(self.pm.hook, hook_name)
            # Call each implementation on its own (in pluggy's call order) so every component is
            # credited to its plugin, and one failing plugin cannot take the others down.
            for impl in reversed(hook.get_hookimpls()):
                plugin_name = impl.plugin_name

                def register(
                    component: Any,
                    _plugin: str = plugin_name,
                    _registry: Registry[Any] = registry,
                ) -> None:
                    _registry.register(component, _plugin)

                try:
                    impl.function(register=register)
                except PluginError:
                    raise
                except Exception as error:
                    if plugin_name in DEFAULT_PLUGINS:
                        raise
                    self._fail(
                        plugin_name,
                        self._distributions.get(plugin_name),
                        f"{hook_name} raised {_describe(error)}",
                        error,
                    )
                    raise _PluginFailed from error
            registries[kind] = registry
        return registries

    def invalidate(self) -> None:
        """Forget the registries, e.g. after registering a plugin object at run time."""
        with self._lock:
            self._registries = None

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object (module, class or instance) at run time."""
        self.load()
        registered = self.pm.register(plugin, name=name)
        if registered is None:
            raise PluginError(f"plugin {name or plugin!r} is blocked")
        self.invalidate()
        self._check_pending()
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> None:
        """Remove a plugin registered with :meth:`register`."""
        self.pm.unregister(plugin, name=name)
        self.invalidate()

    # -- introspection -------------------------------------------------------------------------

    def describe(self, *, include_builtin: bool = False) -> list[dict[str, Any]]:
        """One dict per plugin: name, hooks, version and the components it registered."""
        self.load()
        provided: dict[str, dict[str, list[str]]] = {}
        for kind in COMPONENT_HOOKS:
            for entry in self.registry(kind).entries():
                provided.setdefault(entry.plugin, {}).setdefault(kind + "s", []).append(entry.name)
        out = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda item: item[0]):
            if plugin is None or (name in DEFAULT_PLUGINS and not include_builtin):
                continue
            info: dict[str, Any] = {
                "name": name,
                "hooks": sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or ()),
            }
            if name in self._distributions:
                info["distribution"], info["version"] = self._distributions[name]
            info.update(provided.get(name, {}))
            out.append(info)
        return out


class _PluginFailed(Exception):
    """Internal: a plugin failed while the registries were being collected."""


def _describe(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


_host: PluginHost | None = None
_host_lock = threading.Lock()


def get_host() -> PluginHost:
    """The process-wide plugin host (created on first use; plugins load on first lookup)."""
    global _host
    with _host_lock:
        if _host is None:
            _host = PluginHost()
        return _host


def reset_host(host: PluginHost | None = None) -> PluginHost | None:
    """Replace the process-wide host (tests use this); returns the previous one."""
    global _host
    with _host_lock:
        previous, _host = _host, host
        return previous
