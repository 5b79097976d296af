"""A read-only, hashable, picklable mapping, and the converters of the frozen model classes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


class FrozenMap(Mapping[str, Any]):
    """An immutable mapping, sorted by key so its iteration order never depends on insertion.

    Unlike ``types.MappingProxyType`` it pickles and deep-copies, so briefings can cross process
    boundaries (``--jobs``, Dask workers).
    """

    __slots__ = ("_data",)
    _data: dict[str, Any]

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_data", dict(sorted((data or {}).items())))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    # Mapping's generic ``in`` and ``get`` go through ``__getitem__`` and an exception for every
    # miss; the hot paths (language tables, annotation attributes) ask the dict directly.
    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default`` when there is none (as
        :meth:`dict.get`)."""
        return self._data.get(key, default)

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __hash__(self) -> int:
        return hash(repr(self._data))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("FrozenMap is immutable")

    def __reduce__(self) -> tuple[type, tuple[dict[str, Any]]]:
        return (FrozenMap, (self._data,))


def frozen_map(value: Mapping[str, Any] | None) -> FrozenMap:
    """attrs converter: any mapping (or ``None``) to a :class:`FrozenMap`."""
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: any iterable to a tuple.

    Used instead of ``converter=tuple`` because mypy's attrs plugin cannot bind the type variable
    of ``tuple``'s constructor to the field's type (every constructor call then fails to check);
    the field's own annotation still gives readers and mypy the element type.
    """
    return tuple(value)


def to_dict(value: Mapping[str, Any]) -> dict[str, Any]:
    """attrs converter: any mapping to a plain ``dict`` (``converter=dict``, typed for mypy)."""
    return dict(value)
