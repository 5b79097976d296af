"""Parser options: ``--parser json:text=body,title=headline`` and ``-P key=value``.

A parser that takes options has a ``configure(options) -> parser`` method returning a
configured copy (the registered instance is never changed); it raises :class:`ValueError`
naming an unknown option or a bad value. :func:`configured` applies options to any parser.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def parse_spec(spec: str) -> tuple[str, dict[str, str]]:
    """Split ``"json:text=body,title=headline"`` into ``("json", {"text": "body", ...})``."""
    name, _, rest = spec.partition(":")
    options: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise ValueError(f"parser option {item!r} is not key=value")
        options[key.strip()] = value.strip()
    return name.strip(), options


def configured(parser: Any, options: Mapping[str, str]) -> Any:
    """``parser`` configured with ``options`` (``parser`` itself when there are none)."""
    if not options:
        return parser
    configure = getattr(parser, "configure", None)
    if configure is None:
        raise ValueError(f"the {parser.name} parser takes no options")
    return configure(options)


def parse_bool(key: str, value: str) -> bool:
    """``true``/``false`` (and ``yes``/``no``, ``on``/``off``, ``1``/``0``) as a bool."""
    lowered = str(value).strip().lower()
    if lowered in ("true", "yes", "on", "1"):
        return True
    if lowered in ("false", "no", "off", "0"):
        return False
    raise ValueError(f"option {key!r} takes true or false, not {value!r}")
