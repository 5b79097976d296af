"""One options layer for every component: ``-S``, ``-O`` and ``--parser NAME:KEY=VALUE`` alike.

A component declares what it takes as an :class:`OptionSpec` in its ``options`` attribute::

    class MyExporter:
        name = "mine"
        options = OptionSpec(
            Option("width", int, 80, "Wrap lines at this many characters.", minimum=20),
            Option("style", str, "plain", "How it looks.", choices=("plain", "fancy")),
        )

:meth:`OptionSpec.parse` reads options given as strings (the command line) or as typed Python
values (the API) into one typed, frozen mapping, and rejects an unknown key with a "did you
mean" and a bad value with the option's name, the expected type and the value, in one line
(:class:`OptionError`). The host parses a component's options before the slow steps (so a typo
fails fast) and hands it only the keys that were given, typed; the component reads them with
``self.options.parse(options)``, which adds the defaults (parsing is idempotent).

A component without a spec (a third-party plugin written before specs existed) gets its
options passed through unchanged, as before: strings from ``-O`` and ``--parser``, JSON
literals from ``-S``. Declaring a spec is how a plugin gets checked options and a place in
``newsbrief list --options`` and ``docs/options.md``.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.model.frozen import FrozenMap

__all__ = [
    "Option",
    "OptionError",
    "OptionSpec",
    "component_options",
    "describe",
    "recorded_options",
    "spec_of",
]

#: The value types an option may have; ``list`` is a comma list of words (a tuple once parsed).
TYPES: tuple[type, ...] = (bool, int, float, str, list)

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


class OptionError(NewsbriefError, ValueError):
    """An unknown option or a value an option cannot take; the message is one line.

    A :class:`ValueError` too, since that is what a parser's ``configure`` raises for a bad
    option (and what the plugin guard lets through unchanged).
    """


class _BadValue(ValueError):
    """Internal: a value an option cannot take (the message is what it expected); ``part`` is
    the offending word of a list, when one word is the trouble."""

    def __init__(self, expected: str, part: Any = None) -> None:
        super().__init__(expected)
        self.part = part


def _choices(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


def _type(instance: Any, attribute: attrs.Attribute, value: type) -> None:
    if value not in TYPES:
        raise TypeError(f"option type must be one of bool, int, float, str, list, not {value!r}")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@attrs.frozen
class Option:
    """One option of a component: its name, type, default and a line of help."""

    #: The key given on the command line (``-O width=60``) or in Python (``width=60``).
    name: str
    #: ``bool``, ``int``, ``float``, ``str`` or ``list`` (a comma list of words).
    type: type = attrs.field(validator=_type)
    #: The value when the option is not given (``None``: the component decides, see help).
    default: Any = None
    #: One line for ``newsbrief list --options`` and ``docs/options.md``.
    help: str = ""
    #: The allowed values of a ``str`` option, or of each word of a ``list`` option (case is
    #: ignored on input; values come out as written here).
    choices: tuple[str, ...] | None = attrs.field(default=None, converter=_choices)
    #: Smallest allowed value of an ``int`` or ``float`` option.
    minimum: float | None = None
    #: Largest allowed value of an ``int`` or ``float`` option.
    maximum: float | None = None
    #: Other words accepted for a choice, by lower-cased word (``{"true": "all"}``).
    aliases: Mapping[str, str] = attrs.field(factory=dict, converter=FrozenMap)
    #: A last check of the typed value (a locale that must exist...): returns the value to use,
    #: or raises :class:`ValueError` whose message says what is wrong.
    check: Callable[[Any], Any] | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def type_name(self) -> str:
        """``bool``, ``int``, ``float``, ``str``, ``choice`` (``str`` with choices) or ``list``."""
        if self.type is str and self.choices:
            return "choice"
        return self.type.__name__

    @property
    def expected(self) -> str:
        """What a value must be, in words, with the type: ``an integer of at least 20 (int)``."""
        if self.type is bool:
            words = "true or false"
        elif self.type is list:
            words = "a comma list" + (f" of {', '.join(self.choices)}" if self.choices else "")
        elif self.choices:
            words = "one of " + ", ".join(self.choices)
        elif self.type is str:
            words = "text"
        else:
            words = "an integer" if self.type is int else "a number"
            low, high = self.minimum, self.maximum
            if low is not None and high is not None:
                words += f" from {_number(low)} to {_number(high)}"
            elif low is not None:
                words += f" of at least {_number(low)}"
            elif high is not None:
                words += f" of at most {_number(high)}"
        return f"{words} ({self.type_name})"

    def shown_default(self) -> str:
        """The default as it would be typed on the command line (empty when there is none)."""
        return "" if self.default is None else format_value(self.default)

    def convert(self, value: Any) -> Any:
        """``value`` (a string or a typed value) as this option's type.

        Raises :class:`ValueError`: the message is what was expected, or the check's reason.
        """
        typed = _CONVERTERS[self.type](self, value)
        too_low = self.minimum is not None and typed < self.minimum
        too_high = self.maximum is not None and typed > self.maximum
        if self.type in (int, float) and (too_low or too_high):
            raise _BadValue(self.expected)
        return typed if self.check is None else self.check(typed)


def _to_bool(option: Option, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
    raise _BadValue(option.expected)


def _to_int(option: Option, value: Any) -> int:
    # bool is an int subclass, but ``width=True`` is a mistake, not a number.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise _BadValue(option.expected)


def _to_float(option: Option, value: Any) -> float:
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    # NaN passes no comparison and infinity is no setting: both are refused.
    if number is None or not math.isfinite(number):
        raise _BadValue(option.expected)
    return number


def _choice(option: Option, word: str) -> str:
    key = word.strip().lower()
    if option.choices is None:
        return word
    for choice in option.choices:
        if choice.lower() == key:
            return choice
    if key in option.aliases:
        return option.aliases[key]
    raise _BadValue(option.expected, word)


def _to_str(option: Option, value: Any) -> str:
    if isinstance(value, bool):
        # Only a choice may take a truth value, through its aliases (``story_coverage=true``).
        if option.choices and str(value).lower() in option.aliases:
            return option.aliases[str(value).lower()]
        raise _BadValue(option.expected)
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        raise _BadValue(option.expected)
    return _choice(option, value)


def _to_list(option: Option, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        words = [word.strip() for word in value.split(",")]
    elif isinstance(value, set | frozenset):
        words = sorted(value, key=str)  # a set has no order: sorted, so output is deterministic
    elif isinstance(value, list | tuple):
        words = list(value)
    else:
        raise _BadValue(option.expected)
    if not all(isinstance(word, str) for word in words):
        raise _BadValue(option.expected)
    return tuple(_choice(option, word) for word in words if word.strip())


_CONVERTERS: dict[type, Callable[[Option, Any], Any]] = {
    bool: _to_bool,
    int: _to_int,
    float: _to_float,
    str: _to_str,
    list: _to_list,
}


def format_value(value: Any) -> str:
    """A typed value as it would be typed on the command line (``true``, ``a,b``, ``0.4``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return ",".join(map(str, value))
    return str(value)


@attrs.frozen(init=False)
class OptionSpec:
    """The options a component takes, in the order they are listed.

    ``OptionSpec(Option(...), Option(...))``; ``spec + other`` is both (names must differ).
    """

    #: The options, by declaration order.
    options: tuple[Option, ...]

    def __init__(self, *options: Option) -> None:
        """The spec of ``options``; two options with one name are a :class:`ValueError`."""
        names = [option.name for option in options]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"option {repeated[0]!r} is declared twice")
        self.__attrs_init__(tuple(options))

    def __add__(self, other: OptionSpec) -> OptionSpec:
        return OptionSpec(*self.options, *other.options)

    def __iter__(self) -> Iterator[Option]:
        return iter(self.options)

    def __len__(self) -> int:
        return len(self.options)

    def __contains__(self, name: object) -> bool:
        return any(option.name == name for option in self.options)

    def __getitem__(self, name: str) -> Option:
        for option in self.options:
            if option.name == name:
                return option
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        """The option names, in declaration order."""
        return tuple(option.name for option in self.options)

    def defaults(self) -> FrozenMap:
        """Every option's default."""
        return FrozenMap({option.name: option.default for option in self.options})

    def unknown(self, key: str, component: str = "") -> OptionError:
        """The error for ``key``, which is none of these options: one line, with a guess."""
        names = sorted(self.names)
        message = f"unknown option {key!r}"
        guess = difflib.get_close_matches(key.lower(), names, n=1)
        if guess:
            message += f" (did you mean {guess[0]!r}?)"
        message += f"; known: {', '.join(names)}" if names else "; it takes no options"
        return OptionError(_prefixed(component, message))

    def parse(
        self, options: Mapping[Any, Any] | None, component: str = "", *, defaults: bool = True
    ) -> FrozenMap:
        """``options`` typed and checked: a frozen mapping, with every default unless
        ``defaults`` is false (then only the keys given).

        Values may be strings (``"0.5"``, ``"yes"``, ``"a,b"``) or typed (``0.5``, ``True``,
        ``["a", "b"]``); ``None`` means "not given". ``component`` (``"text exporter"``) starts
        each message. Raises :class:`OptionError` for an unknown key or a bad value.
        """
        typed: dict[str, Any] = dict(self.defaults()) if defaults else {}
        given = dict(options or {})
        # Sorted, so that of several mistakes the same one is always reported.
        for key in sorted(given, key=str):
            name = str(key)
            if name not in self:
                raise self.unknown(name, component)
            value = given[key]
            if value is None:
                continue
            option = self[name]
            try:
                typed[name] = option.convert(value)
            except _BadValue as error:
                # Of a list, the word that is wrong: ``sections=summary,nope`` -> ``'nope'``.
                shown = _shown(value if error.part is None else error.part)
                raise OptionError(
                    _prefixed(component, f"option {name!r} takes {error}, not {shown}")
                ) from None
            except ValueError as error:  # the option's own check
                raise OptionError(_prefixed(component, f"option {name!r}: {error}")) from None
        return FrozenMap(typed)


def _prefixed(component: str, message: str) -> str:
    return f"{component}: {message}" if component else message


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def spec_of(component: Any) -> OptionSpec | None:
    """The :class:`OptionSpec` a component declares as ``options``, or ``None`` when it has
    none (then its options pass through unchanged)."""
    spec = getattr(component, "options", None)
    return spec if isinstance(spec, OptionSpec) else None


def component_options(
    kind: str, component: Any, options: Mapping[str, Any] | None
) -> Mapping[str, Any]:
    """The options the host hands ``component`` (a ``kind``, e.g. ``exporter``): the keys given,
    typed and checked by its spec; unchanged when it declares none.

    Raises :class:`OptionError` naming the component for an unknown key or a bad value.
    """
    spec = spec_of(component)
    if spec is None:
        return dict(options or {})
    return spec.parse(options, f"{component.name} {kind}", defaults=False)


def recorded_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """``options`` as plain JSON values, sorted by key (lists for tuples): how a briefing's
    settings record the options its summarizer was given."""
    return {
        str(key): list(value) if isinstance(value, tuple) else value
        for key, value in sorted(options.items(), key=lambda item: str(item[0]))
    }


def describe(option: Option) -> str:
    """``name (type, default D): help``, one line for ``newsbrief list --options``."""
    kind = option.type_name
    if option.choices:
        kind += (" of " if option.type is list else ": ") + "|".join(option.choices)
    default = option.shown_default()
    shown = f", default {default}" if default else ""
    return f"{option.name} ({kind}{shown}): {option.help}"
