"""newsbrief's cache folder, and sets of NumPy arrays kept there as memory-mapped ``.npy`` files.

Some tables cost far more to build than to read: py3langid's model is decompressed (68 MB),
restricted and cast on every start (:mod:`newsbrief.languages.identifier`). Kept here as plain
``.npy`` files, they are opened by memory mapping (``np.load(..., mmap_mode="r")``): a process
starts in milliseconds, reads only the pages it touches, and processes on one machine share
those pages through the operating system's file cache instead of holding a copy each.

**Where.** :data:`CACHE_ENV` (``NEWSBRIEF_CACHE_DIR``) names the folder; set but empty, it
turns the cache off. Unset, the platform's user cache folder is used: ``$XDG_CACHE_HOME/newsbrief``
(``~/.cache/newsbrief``) on Linux and other POSIX systems, ``~/Library/Caches/newsbrief`` on
macOS, ``%LOCALAPPDATA%\\newsbrief\\Cache`` on Windows. Deleting the folder is always safe.

**Safety.** A set of arrays is written into a temporary folder beside its place and renamed
into place whole (``os.rename`` of a folder is atomic), so a reader sees a complete set or
none, whatever other processes write at the same time. A set is only used after its files are
checked against the record written with them (dtype, shape, exact file size, CRC-32 of the
bytes). Nothing here raises for a folder that cannot be written or
read: the callers fall back to building the tables in memory.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["CACHE_ENV", "cache_root", "read_arrays", "read_json", "write_arrays", "write_json"]

#: The environment variable naming newsbrief's cache folder (empty: no cache).
CACHE_ENV = "NEWSBRIEF_CACHE_DIR"

# The record written beside a set's arrays.
_RECORD = "record.json"
# Temporary and replaced folders left by a process that died while writing are swept after this.
_STALE_SECONDS = 3600.0
_TEMPORARY = ".tmp-"
_REPLACED = ".old-"


def cache_root() -> Path | None:
    """newsbrief's cache folder (see the module documentation), or ``None`` when the cache is
    turned off (``NEWSBRIEF_CACHE_DIR=""``) or no user folder is known. Not created here."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    try:
        home = Path.home()
    except RuntimeError:  # no home folder known (a bare service account)
        home = None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        base = Path(local) if local else home and home / "AppData" / "Local"
        return base / "newsbrief" / "Cache" if base else None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "newsbrief" if home else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG rules ignore a relative path.
    if os.path.isabs(xdg):
        return Path(xdg) / "newsbrief"
    return home / ".cache" / "newsbrief" if home else None


def read_json(path: Path) -> Any:
    """The JSON value in ``path``, or ``None`` when it is missing or not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` as JSON to ``path`` atomically (a temporary file beside it, renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=_TEMPORARY, suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def read_arrays(
    folder: Path, names: Iterable[str]
) -> tuple[dict[str, np.ndarray], dict[str, Any]] | None:
    """The arrays ``names`` of the set in ``folder``, memory-mapped read-only, and the record
    written with them; ``None`` when the set is missing, incomplete or does not match its record
    (another format, a truncated, altered or foreign file)."""
    record = read_json(folder / _RECORD)
    if not isinstance(record, dict) or not isinstance(record.get("arrays"), dict):
        return None
    arrays: dict[str, np.ndarray] = {}
    try:
        for name in names:
            expected = record["arrays"].get(name)
            path = folder / f"{name}.npy"
            mapped = np.load(path, mmap_mode="r", allow_pickle=False)
            if (
                not isinstance(mapped, np.memmap)
                # A file longer than its header says is not what was written either.
                or path.stat().st_size != mapped.offset + mapped.nbytes
                or expected != _listing(mapped)
            ):
                return None
            # A plain array over the mapping (the mapping stays open while it is referenced).
            arrays[name] = np.asarray(mapped)
    except (OSError, ValueError, TypeError, EOFError):
        return None
    return arrays, record


def _listing(array: np.ndarray) -> list[Any]:
    """What the record says of one array: its dtype, its shape and a CRC-32 of its bytes (a
    file of the right size with other bytes anywhere is not used; about 45 ms for 90 MB, and
    the same on every machine, unlike a sample of scores that BLAS may round otherwise)."""
    data = np.ascontiguousarray(array).reshape(-1).view(np.uint8)
    return [array.dtype.str, list(array.shape), zlib.crc32(data.data)]


def write_arrays(folder: Path, arrays: Mapping[str, np.ndarray], record: Mapping[str, Any]) -> None:
    """Write ``arrays`` (one ``.npy`` file each) and ``record`` (JSON) as the set ``folder``,
    atomically: complete or not there. A set already in ``folder`` is replaced (the caller
    found it unusable); if another process puts its own in place meanwhile, either is kept."""
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    _sweep(parent)
    temporary = Path(tempfile.mkdtemp(prefix=_TEMPORARY, dir=parent))
    try:
        listing = {}
        for name, array in arrays.items():
            array = np.ascontiguousarray(array)
            with (temporary / f"{name}.npy").open("wb") as stream:
                np.save(stream, array, allow_pickle=False)
            listing[name] = _listing(array)
        with (temporary / _RECORD).open("w", encoding="utf-8") as stream:
            json.dump({**record, "arrays": listing}, stream)
        _install(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _install(temporary: Path, folder: Path) -> None:
    """Rename ``temporary`` to ``folder``, moving a set already there out of the way first."""
    try:
        os.rename(temporary, folder)
        return
    except OSError:
        if not folder.exists():
            raise
    # The set in place is moved aside whole (a process reading it keeps its open files), then
    # deleted; losing the race to another writer leaves that writer's complete set.
    replaced = Path(tempfile.mkdtemp(prefix=_REPLACED, dir=folder.parent))
    try:
        with contextlib.suppress(OSError):
            os.replace(folder, replaced / "set")
        with contextlib.suppress(OSError):
            os.rename(temporary, folder)
    finally:
        shutil.rmtree(replaced, ignore_errors=True)


def _sweep(parent: Path) -> None:
    """Delete temporary and replaced folders that a process left there over an hour ago (it
    died while writing; a live writer's are younger)."""
    limit = time.time() - _STALE_SECONDS
    with contextlib.suppress(OSError):
        for entry in parent.iterdir():
            if entry.name.startswith((_TEMPORARY, _REPLACED)):
                with contextlib.suppress(OSError):
                    if entry.lstat().st_mtime < limit:
                        if entry.is_dir() and not entry.is_symlink():
                            shutil.rmtree(entry, ignore_errors=True)
                        else:
                            entry.unlink()
