"""A read-only, hashable, picklable mapping, and the converters of the frozen model classes."""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
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

    # Mapping's generic views read every item through ``__getitem__``; the dict's own are in C
    # (read-only: nothing can be stored through a view).
    def keys(self) -> KeysView[str]:
        """The keys, in order (a view of the stored dict)."""
        return self._data.keys()

    def values(self) -> ValuesView[Any]:
        """The values, in key order (a view of the stored dict)."""
        return self._data.values()

    def items(self) -> ItemsView[str, Any]:
        """The ``(key, value)`` pairs, in key order (a view of the stored dict)."""
        return self._data.items()

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
    """attrs converter: any mapping (or ``None``) to a :class:`FrozenMap`.

    Maps of plain values (strings, integers, booleans, ``None``) are shared: an equal one
    made before is given again (immutable, so no holder can tell). A run's annotations repeat
    a few such maps thousands of times (15,491 date annotations of 3,000 articles had 12
    distinct attribute maps, about 350 bytes each).
    """
    if isinstance(value, FrozenMap):
        return value
    # Most metadata and many annotations have none: one shared empty map, not one each.
    if not value:
        return EMPTY_MAP
    items = sorted(value.items())
    # The value's type is part of the key: ``1``, ``True`` (and ``1.0``) are equal in Python
    # but not in JSON; floats and containers are never shared (``-0.0 == 0.0``).
    # Long strings neither (an entry's size is bounded, not only their number: a feed's own
    # fields, a summary or a link, rarely repeat and would outlive their documents here).
    if not all(
        type(item) in _PLAIN and (type(item) is not str or len(item) <= 64) for _, item in items
    ):
        return FrozenMap(dict(items))
    key = tuple((name, type(item), item) for name, item in items)
    shared = _shared_maps
    found = shared.get(key)
    if found is None:
        found = FrozenMap(dict(items))
        if len(shared) >= SHARED_MAPS_KEPT:
            _start_shared_maps()  # a long-lived process meets new maps without end
        _shared_maps[key] = found
    return found


#: The empty :class:`FrozenMap` (immutable, so one serves every holder).
EMPTY_MAP = FrozenMap()
#: The value types whose maps :func:`frozen_map` shares.
_PLAIN = frozenset({str, int, bool, type(None)})
#: How many shared maps are remembered before starting afresh.
SHARED_MAPS_KEPT = 1 << 15
_shared_maps: dict[tuple[tuple[str, type, Any], ...], FrozenMap] = {}


def _start_shared_maps() -> None:
    # A new table rather than this one emptied: another thread may be reading it.
    global _shared_maps
    _shared_maps = {}


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
