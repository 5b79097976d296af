"""Giving the C heap's free memory back to the system between stages (glibc only).

Python allocates its small objects (most of a run: strings, tuples, spans) from arenas of
their own, mapped apart from the C heap; NumPy and SciPy arrays and larger buffers come from
the C heap. Story grouping and the summary build large transient matrices there and free
them, but glibc keeps the freed pages mapped and, with the small objects elsewhere, they mostly
stay resident and unused for the rest of the run: at 10,000 articles about 130 MB after
grouping alone. ``malloc_trim`` returns them (a few milliseconds). Elsewhere than glibc this
does nothing. Also here: fewer cyclic garbage collections while a run (or a worker's chunk)
builds objects that live to its end.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import sys
import threading
from collections.abc import Callable, Iterator

__all__ = ["RELEASE_MIN_DOCUMENTS", "fewer_collections", "release_free_memory"]

#: Fewest documents of a briefing after whose large steps the C heap's free memory is given
#: back (:func:`release_free_memory`, a few milliseconds each time: not worth it for a story's
#: briefing of a few articles).
RELEASE_MIN_DOCUMENTS = 500

#: Allocations between two collections of the youngest generation during a run (Python's
#: default is 700). A collection traces every young object still alive, and one document's
#: analysis or annotation makes about a hundred thousand that live only until the next
#: document: at 50,000 many were traced once or twice before they died (3,000 synthetic
#: articles: the collector's time 0.59-0.69 -> 0.45 CPU s at 200,000, the same peak memory).
_YOUNG_COLLECTION_EVERY = 200_000


class _Raised:
    """Blocks inside :func:`fewer_collections` now, and the setting to restore when none is.

    Stages of story tasks may overlap in threads (a Dask worker's): the first to enter saves
    the setting and the last to leave restores it (each restoring its own could leave it raised).
    """

    depth = 0
    saved: tuple[int, int, int] = (700, 10, 10)
    lock = threading.Lock()


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector run less often while the block runs.

    A run allocates millions of small objects that live to its end (tokens, spans,
    annotations); collecting every 700 allocations spends about a tenth of the run tracing
    them again (1,000 articles: 8.0 s of CPU, 7.3 s with this). Nothing a run makes needs the
    collector to be freed sooner; the setting is restored when the last such block (in any
    thread) ends.
    """
    with _Raised.lock:
        if _Raised.depth == 0:
            before = gc.get_threshold()
            _Raised.saved = before
            gc.set_threshold(max(before[0], _YOUNG_COLLECTION_EVERY), *before[1:])
        _Raised.depth += 1
    try:
        yield
    finally:
        with _Raised.lock:
            _Raised.depth -= 1
            if _Raised.depth == 0:
                gc.set_threshold(*_Raised.saved)


@functools.cache
def _trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` where there is none (another C library, OS)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # musl has no malloc_trim
        return None
    return trim


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; whether it could be asked to."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
