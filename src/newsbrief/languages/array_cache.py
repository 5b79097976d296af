"""newsbrief's cache folder, and sets of NumPy arrays kept there as memory-mapped ``.npy`` files.

Some tables cost far more to build than to read: py3langid's model is decompressed (68 MB),
restricted and cast on every start (:mod:`newsbrief.languages.identifier`). Kept here as plain
``.npy`` files, they are opened by memory mapping (``np.load(..., mmap_mode="r")``): a process
starts in milliseconds, reads only the pages it touches, and processes on one machine share
those pages through the operating system's file cache instead of holding a copy each.

**Where.** :data:`CACHE_ENV` (``NEWSBRIEF_CACHE_DIR``) names the folder; set but empty, it
turns the cache off; relative, it is taken from the current folder. Unset, the platform's user
cache folder is used: ``$XDG_CACHE_HOME/newsbrief`` (``~/.cache/newsbrief``) on Linux and other
POSIX systems, ``~/Library/Caches/newsbrief`` on macOS, ``%LOCALAPPDATA%\\newsbrief\\Cache`` on
Windows; none without a home folder. Deleting the folder is always safe. Nothing is written
before a text's language is first identified (not on import, not for ``--help``).

**Safety.** A set of arrays is written into a temporary folder beside its place and renamed
into place whole (``os.rename`` into a free name is atomic), so a reader sees a complete set
or none. A damaged set is replaced by two renames (aside, then in): a reader between them
finds none and builds its tables; one that read the record of the old set and opens a file of
the new one finds that its CRC does not match, and builds too. A set is only used after its
files are checked against the record written with them (dtype, shape, exact file size, CRC-32
of the bytes). Nothing here raises for a folder that cannot be written or read (a read-only or
full disk, no home folder): the callers fall back to building the tables in memory.

**Whose.** Folders are created readable by their user only (``0o700``, files ``0o600``). On
POSIX systems a folder or file is used only when it is the user's (or the administrator's),
no symbolic link below the cache folder, and not writable by every user (:func:`trusted`): a
set planted by another user in a shared folder (``NEWSBRIEF_CACHE_DIR=/tmp/...``) is neither
read nor written into.

**Mapped files.** Sets are never rewritten in place, and a set with the same bytes is never
replaced, so a mapped file changes only if something else truncates or rewrites it (then the
process mapping it may die of ``SIGBUS``: the checks happen when a set is opened, not on
every read). A replaced set's files are unlinked: POSIX keeps them for the processes mapping
them; Windows refuses to move or delete a mapped file, and the set in place is then kept.

**Measuring and clearing** (``newsbrief cache``). :func:`usage` and :func:`clear` read only the
folders of :data:`KEPT` and, in them, only the sets newsbrief named by a signature
(:func:`written_sets`): the cache folder may be one the user keeps other things in.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import numpy as np

__all__ = [
    "CACHE_ENV",
    "KEPT",
    "LANGUAGE_MODEL",
    "SIGNATURE_DIGITS",
    "Usage",
    "cache_root",
    "clear",
    "file_in_the_way",
    "named_folder",
    "read_arrays",
    "read_json",
    "trusted",
    "usage",
    "write_arrays",
    "write_json",
    "written_sets",
]

#: The environment variable naming newsbrief's cache folder (empty: no cache).
CACHE_ENV = "NEWSBRIEF_CACHE_DIR"

#: The folder of the language model's arrays (:mod:`newsbrief.languages.identifier`).
LANGUAGE_MODEL = "language-model"
#: What newsbrief keeps in its cache folder: folder name -> what it holds. Only these are
#: measured and cleared (``newsbrief cache``): the folder may be one the user also keeps other
#: things in (``NEWSBRIEF_CACHE_DIR=~/cache``).
KEPT = {LANGUAGE_MODEL: "Language model"}
#: How many hex digits of a signature name a folder newsbrief writes in one of :data:`KEPT`
#: (``language-model/d490...``): only folders so named are measured and cleared there.
SIGNATURE_DIGITS = 32
_SIGNATURE = re.compile(f"[0-9a-f]{{{SIGNATURE_DIGITS}}}")

# The record written beside a set's arrays.
_RECORD = "record.json"
# Temporary and replaced folders left by a process that died while writing are swept after this.
_STALE_SECONDS = 3600.0
_TEMPORARY = ".tmp-"
_REPLACED = ".old-"


def cache_root() -> Path | None:
    """newsbrief's cache folder (see the module documentation), or ``None`` when the cache is
    turned off (``NEWSBRIEF_CACHE_DIR=""``), no user folder is known, or the path named is a
    file or lies below one (nothing could be written there: :func:`file_in_the_way`). Not
    created here."""
    folder = named_folder()
    if folder is None or file_in_the_way(folder) is not None:
        return None
    return folder


def file_in_the_way(folder: Path) -> Path | None:
    """The file that keeps ``folder`` from being a folder: ``folder`` itself, or the nearest
    existing path above it when that is a file (``notes.txt`` for ``notes.txt/cache``);
    ``None`` when ``folder`` is or can be made a folder, or nothing can be told (unreadable:
    left to the readers and writers, which never raise)."""
    try:
        for path in (folder, *folder.parents):
            if path.exists():
                return None if path.is_dir() else path
    except OSError:
        return None
    return None


def named_folder() -> Path | None:
    """The path :func:`cache_root` takes for the cache folder, before it checks that the path
    is no file: ``NEWSBRIEF_CACHE_DIR``, else the platform's user cache folder (``None`` when
    turned off or no user folder is known)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        if not chosen.strip():
            return None
        try:
            # A relative path is taken from the current folder, once: the cache does not move
            # when the process later changes folder. "~" needs a home folder.
            return Path(chosen).expanduser().absolute()
        except (RuntimeError, OSError):
            return None
    try:
        home: Path | None = Path.home()
    except (RuntimeError, OSError):  # no home folder known (a bare service account)
        home = None
    return _platform_folder(home)


class Usage(NamedTuple):
    """What one folder of the cache holds."""

    #: Its files, in every folder below it.
    files: int
    #: Their sizes' sum, in bytes.
    size: int


def usage(root: Path) -> dict[str, Usage]:
    """What newsbrief wrote in each folder of :data:`KEPT` in the cache folder ``root`` (its
    :func:`written_sets`; nothing for a missing folder). Links are not followed, not even a
    link in place of the folder."""
    found = {}
    for name in KEPT:
        files = size = 0
        for written in written_sets(root / name):
            for folder, _, names in os.walk(written, followlinks=False):
                for file_name in names:
                    with contextlib.suppress(OSError):  # deleted meanwhile
                        size += os.lstat(os.path.join(folder, file_name)).st_size
                        files += 1
        found[name] = Usage(files, size)
    return found


def written_sets(folder: Path) -> list[Path]:
    """The folders newsbrief wrote in ``folder`` (one of :data:`KEPT`), in name order: those
    named by a signature (:data:`SIGNATURE_DIGITS` hex digits), not links. None when
    ``folder`` is a link or missing: a user's own folder of the same name in a cache folder
    they also keep other things in (``NEWSBRIEF_CACHE_DIR=~``) is never listed whole."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        entry
        for entry in entries
        if _SIGNATURE.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink()
    ]


def clear(root: Path) -> Usage:
    """Delete what newsbrief wrote in the folders of :data:`KEPT` (:func:`written_sets`) from
    the cache folder ``root``, and those folders once empty; what was deleted.

    Always safe: a process mapping the files keeps them (POSIX), a later one builds its tables
    and writes them again. A folder that cannot be trusted (:func:`trusted`: another user's, a
    link) is left alone, and so is anything else in ``root`` or in those folders.
    """
    before = usage(root)
    for name in KEPT:
        folder = root / name
        if not trusted(folder, root):
            continue
        for written in written_sets(folder):
            if trusted(written, root):
                shutil.rmtree(written, ignore_errors=True)
        with contextlib.suppress(OSError):  # not empty: the user's own files are kept
            folder.rmdir()
    after = usage(root)
    return Usage(
        sum(before[name].files - after[name].files for name in KEPT),
        sum(before[name].size - after[name].size for name in KEPT),
    )


def _platform_folder(home: Path | None) -> Path | None:
    """The platform's user cache folder for newsbrief (``home`` may be unknown)."""
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


def trusted(path: Path, root: Path) -> bool:
    """Whether ``path`` (a file or folder in the cache folder ``root``, or ``root``) and every
    folder between them that exists can be trusted (:func:`_ours`; no link below ``root``).
    Missing ones can: they are created private. A path outside ``root`` cannot."""
    try:
        inside = path.relative_to(root).parts
    except ValueError:
        return False
    try:
        # A link the user made to a folder elsewhere is followed (its target must be theirs).
        if root.is_symlink():
            if not (_ours(root, link=True) and _ours(root.resolve())):
                return False
        elif not _ours(root):
            return False
        folder = root
        for part in inside:
            folder = folder / part
            if folder.is_symlink() or not _ours(folder):
                return False
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _ours(path: Path, *, link: bool = False) -> bool:
    """Whether ``path`` (not followed) is owned by this user or the administrator and, unless
    it is a ``link`` (whose mode means nothing), cannot be written by every user. Always on
    Windows (a user's local application folder is their own)."""
    if not hasattr(os, "getuid"):
        return True
    info = os.lstat(path)
    return info.st_uid in (os.getuid(), 0) and (link or not info.st_mode & stat.S_IWOTH)


def read_json(path: Path) -> Any:
    """The JSON value in ``path``, or ``None`` when it is missing, not JSON or, on POSIX
    systems, a link or a file another user could have written."""
    try:
        if path.is_symlink() or not _ours(path):
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` as JSON to ``path`` atomically (a temporary file beside it, renamed)."""
    _make_folder(path.parent)
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
    (another format, a truncated, altered or foreign file, a link, another user's file)."""
    try:
        if folder.is_symlink() or not _ours(folder):
            return None
    except OSError:
        return None
    record = read_json(folder / _RECORD)
    if not isinstance(record, dict) or not isinstance(record.get("arrays"), dict):
        return None
    arrays: dict[str, np.ndarray] = {}
    try:
        for name in names:
            expected = record["arrays"].get(name)
            path = folder / f"{name}.npy"
            if path.is_symlink() or not _ours(path):
                return None
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
    found it unusable) unless it holds the same bytes (another process wrote it meanwhile: the
    files processes may have mapped are left in place); if another process puts its own in
    place while this one replaces it, either is kept."""
    parent = folder.parent
    _make_folder(parent)
    _sweep(parent)
    temporary = Path(tempfile.mkdtemp(prefix=_TEMPORARY, dir=parent))
    try:
        listing = {}
        for name, array in arrays.items():
            array = np.ascontiguousarray(array)
            with _private_file(temporary / f"{name}.npy") as stream:
                np.save(stream, array, allow_pickle=False)
            listing[name] = _listing(array)
        written = json.dumps({**record, "arrays": listing})
        with _private_file(temporary / _RECORD) as stream:
            stream.write(written.encode())
        in_place = read_arrays(folder, listing)
        if in_place is None or in_place[1] != json.loads(written):
            _install(temporary, folder)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _private_file(path: Path) -> BinaryIO:
    """A new file ``path`` open for writing, readable by this user only (whatever the umask:
    a file every user could write would not be read back)."""
    # O_BINARY: without it, Windows would write every byte 10 as 13, 10.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def _make_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each readable by this user only (``0o700``:
    ``Path.mkdir(parents=True)`` would give the parents the umask's mode)."""
    missing = []
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            path.mkdir(mode=0o700)


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
