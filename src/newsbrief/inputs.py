"""Turning what the user named (files, directories, globs, ``-``) into raw inputs, safely.

Reading is capped so a huge input is refused with a message instead of exhausting memory, and
directory walks never follow symbolic links into loops.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from newsbrief.errors import InputError
from newsbrief.parsers.base import RawInput

#: Inputs larger than this are refused (override with ``NEWSBRIEF_MAX_INPUT_BYTES``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Project files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying")
_GLOB_CHARS = frozenset("*?[")


@attrs.frozen
class InputRef:
    """One input to read: a file path or ``-`` for standard input."""

    #: How messages name the input.
    name: str
    #: Path to read, or ``None`` for standard input.
    path: Path | None = None


def max_input_bytes() -> int:
    """The size cap in force."""
    value = os.environ.get("NEWSBRIEF_MAX_INPUT_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def expand(specs: Iterable[str], extensions: Iterable[str]) -> Iterator[InputRef | InputError]:
    """Each file named by ``specs``, in order, or an :class:`InputError` for a spec that fails.

    Directories are walked recursively in sorted order and yield the files whose extension one of
    the parsers reads (``extensions``), skipping hidden files and README/LICENSE-style files.
    """
    wanted = frozenset(ext.lower() for ext in extensions)
    for spec in specs:
        if spec == "-":
            yield InputRef("-")
            continue
        path = Path(spec)
        if not os.path.lexists(path) and _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield InputError(spec, "no file matches this pattern")
            for match in matches:
                yield from _expand_path(Path(match), wanted, explicit=False)
            continue
        yield from _expand_path(path, wanted, explicit=True)


def _expand_path(
    path: Path, wanted: frozenset[str], *, explicit: bool
) -> Iterator[InputRef | InputError]:
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        kind = "a broken symbolic link" if os.path.islink(path) else "no such file or directory"
        yield InputError(name, kind)
        return
    except OSError as error:
        yield InputError(name, _os_reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, wanted)
    elif explicit or _is_article_file(path, wanted):
        yield InputRef(name, path)


def _walk(root: Path, wanted: frozenset[str]) -> Iterator[InputRef | InputError]:
    errors: list[OSError] = []
    found: list[Path] = []
    # followlinks=False: a symlinked directory is never entered, so link loops cannot recurse.
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / name for name in files)
    # One global order (``a.txt`` < ``b/2.txt`` < ``c.json``), whatever the walk's order was.
    for path in sorted(found, key=lambda p: p.relative_to(root).parts):
        if _is_article_file(path, wanted):
            yield from _expand_path(path, wanted, explicit=True)
    for error in errors:
        yield InputError(str(error.filename or root), _os_reason(error))


def _is_article_file(path: Path, wanted: frozenset[str]) -> bool:
    name = path.name.lower()
    if name.startswith(".") or name.split(".")[0] in _NOT_ARTICLES:
        return False
    return path.suffix.lower() in wanted


def _os_reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def read(ref: InputRef, *, limit: int | None = None, stdin: BinaryIO | None = None) -> RawInput:
    """The bytes of ``ref`` as a :class:`RawInput`, refusing inputs over ``limit`` bytes."""
    limit = max_input_bytes() if limit is None else limit
    if ref.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(limit + 1)
        if len(data) > limit:
            raise InputError(ref.name, f"larger than the {_size(limit)} input limit")
        return RawInput(name=ref.name, data=data, doc_id="stdin")
    try:
        if not ref.path.is_file():
            raise InputError(ref.name, "not a regular file")
        with ref.path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(ref.name, _os_reason(error)) from None
    if len(data) > limit:
        raise InputError(ref.name, f"larger than the {_size(limit)} input limit")
    return RawInput(name=ref.name, data=data, doc_id=ref.path.stem or "input", path=ref.name)


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MiB"
    return f"{limit} byte"
