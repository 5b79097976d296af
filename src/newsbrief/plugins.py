"""The plugin host: one pluggy manager, built-ins and entry-point plugins loaded lazily and safely.

Built-in parsers, summarizers, exporters and annotators are plugins too (``DEFAULT_PLUGINS``):
they go through the same hooks as third-party ones, which proves the hooks are sufficient.

Environment switches:

* ``NEWSBRIEF_LOAD_PLUGINS``: comma-separated allowlist of entry-point plugins (by entry-point or
  distribution name); set but empty loads none.
* ``NEWSBRIEF_DISABLE_PLUGINS``: comma-separated blocklist (entry points, distributions, or
  built-in module names such as ``newsbrief.default_plugins.exporters``).
* ``NEWSBRIEF_STRICT_PLUGINS=1``: a plugin that fails to load is an error, not a warning.
* ``NEWSBRIEF_TRACE_PLUGINS=1``: print every hook call and every component call to stderr.

Every call into a plugin is guarded here, once: a plugin that fails to import (``SystemExit``
included), a hook that raises, a misspelled hook or argument, an incomplete component or a name
two plugins claim costs that plugin or component only, with one line naming it (kept in
:attr:`PluginHost.errors` for ``newsbrief plugins --errors``). The components the registries hand
out are guarded proxies (:mod:`newsbrief.guard`): their faults and contract violations are
reported the same way at run time.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import pluggy

from newsbrief import hookspecs
from newsbrief.annotators.base import Annotator
from newsbrief.errors import NewsbriefError, PluginError, PluginFault
from newsbrief.exporters.base import Exporter
from newsbrief.guard import Origin, Tracer, guarded
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
    # Commands that need the whole pipeline live in the CLI layer (newsbrief.commands).
    "newsbrief.commands.extract",
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
        #: Plugins that failed to load or whose hooks failed, in the order they failed.
        self._load_errors: list[PluginLoadError] = []
        #: Components left out of the registries last collected (clashes, incomplete ones).
        self._component_errors: list[PluginLoadError] = []
        self._loaded = False
        self._lock = threading.RLock()
        self._registries: dict[str, Registry[Any]] | None = None
        #: Plugin name -> (distribution name, version) for entry-point plugins.
        self._distributions: dict[str, tuple[str, str]] = {}
        #: Bumped whenever the set of plugins changes (the CLI re-reads plugin commands then).
        self.generation = 0

    @property
    def errors(self) -> list[PluginLoadError]:
        """Plugins that failed and components left out, one line each, in order."""
        return [*self._load_errors, *self._component_errors]

    @property
    def tracer(self) -> Tracer | None:
        """Where trace lines go under ``NEWSBRIEF_TRACE_PLUGINS=1`` (``None`` otherwise)."""
        if self.environ.get("NEWSBRIEF_TRACE_PLUGINS", "") in ("", "0"):
            return None
        return lambda line: print(f"newsbrief: trace: {line}", file=sys.stderr, flush=True)

    def label(self, plugin: str) -> str:
        """``plugin`` with its distribution, when known: ``nb_x, newsbrief-x 1.0``."""
        distribution = self._distributions.get(plugin)
        return f"{plugin}, {' '.join(distribution)}" if distribution else plugin

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
            self.generation += 1

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
            distribution = (dist.metadata["Name"], dist.version) if dist is not None else None
            tracer = self.tracer
            started = time.perf_counter()
            try:
                plugin = entry_point.load()
                self.pm.register(plugin, name=entry_point.name)
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # SystemExit at import too: one plugin, not the run
                self._fail(entry_point.name, distribution, _describe(error), error)
                continue
            if tracer is not None:
                took = (time.perf_counter() - started) * 1000
                tracer(f"loaded plugin {entry_point.name} = {entry_point.value} ({took:.1f} ms)")
            if distribution is not None:
                self._distributions[entry_point.name] = distribution

    def _check_pending(self) -> None:
        # A hookimpl whose name matches no hookspec is almost always a typo (``register_parser``).
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as error:
            plugin_name = self.pm.get_name(error.plugin) or repr(error.plugin)
            self._fail(plugin_name, self._distributions.get(plugin_name), _describe(error), error)
            self._check_pending()

    def _fail(
        self,
        plugin: str,
        distribution: tuple[str, str] | None,
        message: str,
        error: BaseException,
    ) -> None:
        dist_text = " ".join(distribution) if distribution else None
        failure = PluginLoadError(plugin, dist_text, " ".join(message.split()))
        if self.pm.get_plugin(plugin) is not None:
            self.pm.unregister(name=plugin)
        self._registries = None
        self.generation += 1
        if self.strict:
            raise PluginError(str(failure)) from error
        self._load_errors.append(failure)
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
                registries = self._collect_once()
            except _PluginFailed:
                # The failing plugin is unregistered now; rebuild so nothing it half-registered
                # stays behind.
                continue
            self._component_errors = []
            for registry in registries.values():
                for problem in registry.problems:
                    failure = self._failure(problem.plugin, problem.message)
                    if self.strict:
                        raise PluginError(str(failure))
                    self._component_errors.append(failure)
                    self._warn(str(failure))
            return registries

    def _collect_once(self) -> dict[str, Registry[Any]]:
        registries: dict[str, Registry[Any]] = {}
        tracer = self.tracer
        for kind, (hook_name, protocol) in COMPONENT_HOOKS.items():
            registry: Registry[Any] = Registry(
                kind,
                protocol,
                wrap=self._wrapper(kind, tracer),
                builtin=lambda plugin: plugin in DEFAULT_PLUGINS,
                label=self.label,
            )
            hook = getattr(self.pm.hook, hook_name)
            # Call each implementation on its own (in pluggy's call order) so every component is
            # credited to its plugin, and one failing plugin cannot take the others down.
            for impl in reversed(hook.get_hookimpls()):
                plugin_name = impl.plugin_name
                names: list[str] = []

                def register(
                    component: Any,
                    _plugin: str = plugin_name,
                    _registry: Registry[Any] = registry,
                    _names: list[str] = names,
                ) -> None:
                    _names.append(repr(getattr(component, "name", component)))
                    _registry.register(component, _plugin)

                started = time.perf_counter()
                try:
                    impl.function(**_hook_arguments(impl, register=register))
                except KeyboardInterrupt:
                    raise
                except BaseException as error:  # SystemExit too
                    if plugin_name in DEFAULT_PLUGINS:
                        raise
                    self._fail(
                        plugin_name,
                        self._distributions.get(plugin_name),
                        f"{hook_name} raised {_describe(error)}",
                        error,
                    )
                    raise _PluginFailed from error
                if tracer is not None:
                    took = (time.perf_counter() - started) * 1000
                    tracer(
                        f"{hook_name}(register) in plugin {plugin_name} -> registered "
                        f"{len(names)} {kind}(s){': ' if names else ''}{', '.join(names)} "
                        f"({took:.1f} ms)"
                    )
            registries[kind] = registry
        return registries

    def _wrapper(self, kind: str, tracer: Tracer | None) -> Any:
        def wrap(component: Any, plugin: str) -> Any:
            distribution = self._distributions.get(plugin)
            origin = Origin(kind, component.name, plugin, " ".join(distribution or ()) or None)
            return guarded(origin, component, tracer)

        return wrap

    def _failure(self, plugin: str, message: str) -> PluginLoadError:
        distribution = self._distributions.get(plugin)
        return PluginLoadError(plugin, " ".join(distribution) if distribution else None, message)

    def invalidate(self) -> None:
        """Forget the registries, e.g. after registering a plugin object at run time."""
        with self._lock:
            self._registries = None
            self.generation += 1

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object (module, class or instance) at run time.

        A plugin object already registered (the same module loaded through its entry point)
        keeps its registration and name; a name taken by another plugin, or a hook with an
        argument the hook does not have, is a :class:`PluginError` saying so.
        """
        self.load()
        if self.pm.is_registered(plugin):
            return self.pm.get_name(plugin) or ""
        try:
            registered = self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as error:
            what = name or _plugin_name(plugin)
            raise PluginError(f"plugin {what}: {_describe(error)}") from None
        except ValueError as error:  # pluggy: "Plugin name already registered"
            raise PluginError(
                f"plugin {name or _plugin_name(plugin)} cannot be registered: {_describe(error)}"
            ) from None
        if registered is None:
            raise PluginError(f"plugin {name or plugin!r} is blocked")
        self.invalidate()
        self._check_pending()
        return registered

    def unregister(self, plugin: object | None = None, name: str | None = None) -> None:
        """Remove a plugin registered with :meth:`register`."""
        self.pm.unregister(plugin, name=name)
        self.invalidate()

    # -- commands ------------------------------------------------------------------------------

    def commands(self, reserved: Iterable[str] = ()) -> list[tuple[str, Any]]:
        """``(name, click command)`` for each command plugins add through ``register_commands``.

        Each plugin's hook runs on its own, against a fresh group: one that raises (or exits)
        is reported in one line and adds nothing, and a command named like one in ``reserved``
        (the built-in commands) is ignored with a warning. A command that raises when run
        becomes a one-line error naming its plugin.
        """
        import click

        self.load()
        reserved = set(reserved)
        tracer = self.tracer
        out: list[tuple[str, Any]] = []
        for impl in reversed(self.pm.hook.register_commands.get_hookimpls()):
            plugin_name = impl.plugin_name
            staging = click.Group()
            try:
                impl.function(**_hook_arguments(impl, cli=staging))
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # SystemExit too: `newsbrief --help` must survive
                failure = self._failure(plugin_name, f"register_commands raised {_describe(error)}")
                if self.strict:
                    raise PluginError(str(failure)) from error
                if failure not in self._load_errors:
                    self._load_errors.append(failure)
                self._warn(str(failure))
                continue
            if tracer is not None:
                tracer(
                    f"register_commands(cli) in plugin {plugin_name} -> "
                    f"{', '.join(sorted(staging.commands)) or 'no commands'}"
                )
            for name, command in sorted(staging.commands.items()):
                if name in reserved:
                    self._warn(
                        f"a plugin's command {name!r} (plugin {self.label(plugin_name)}) would "
                        "shadow the built-in command and was ignored"
                    )
                    continue
                reserved.add(name)
                out.append((name, _guard_command(command, self.label(plugin_name))))
        return out

    # -- introspection -------------------------------------------------------------------------

    def collect_errors(self) -> list[PluginLoadError]:
        """Every plugin failure, after running every hook once; never raises for a plugin."""
        try:
            self.load()
            for kind in COMPONENT_HOOKS:
                self.registry(kind)
        except NewsbriefError as error:  # strict mode, or a built-in's bug: still listed
            return [*self.errors, PluginLoadError("newsbrief", None, " ".join(str(error).split()))]
        return self.errors

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


def _hook_arguments(impl: Any, **offered: Any) -> dict[str, Any]:
    # pluggy passes only the arguments an implementation declares (compatibility rule 1).
    return {name: value for name, value in offered.items() if name in impl.argnames}


def _plugin_name(plugin: object) -> str:
    return str(getattr(plugin, "__name__", None) or type(plugin).__name__)


def _describe(error: BaseException) -> str:
    """One line: the error's type and message; for pluggy's validation errors every line, since
    the argument at fault is named on the last one."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if isinstance(error, pluggy.PluginValidationError) and len(lines) > 1:
        return "; ".join(lines[1:])
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _guard_command(command: Any, plugin: str) -> Any:
    """``command`` whose callback's unexpected errors become one line naming ``plugin``."""
    import functools

    import click

    callback = command.callback
    if callback is None or getattr(callback, "__newsbrief_guarded__", False):
        return command

    @functools.wraps(callback)
    def guarded_callback(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (NewsbriefError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:
            raise PluginFault(
                f"command {command.name!r}", plugin, f"raised {_describe(error)}"
            ) from error

    guarded_callback.__newsbrief_guarded__ = True  # type: ignore[attr-defined]
    command.callback = guarded_callback
    return command


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
