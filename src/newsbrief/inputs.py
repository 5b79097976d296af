"""Turning what the user named (files, directories, globs, ``-``, URLs, ``@lists``) into raw inputs.

Reading is capped so a huge input is refused with a message instead of exhausting memory,
directory walks never follow symbolic links into loops, and URLs are fetched within time and size
limits (:mod:`newsbrief.fetch`).
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import attrs

from newsbrief.errors import InputError
from newsbrief.fetch.urls import is_url
from newsbrief.parsers.base import RawInput, file_suffix

if TYPE_CHECKING:
    from newsbrief.fetch import FetchOptions, PageCache

#: Inputs larger than this are refused (override with ``NEWSBRIEF_MAX_INPUT_BYTES``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Project files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying")
_GLOB_CHARS = frozenset("*?[")


@attrs.frozen
class InputRef:
    """One input to read: a file path, a URL, or ``-`` for standard input."""

    #: How messages name the input.
    name: str
    #: Path to read, or ``None`` for standard input and URLs.
    path: Path | None = None
    #: URL to fetch, or ``None``.
    url: str | None = None


def max_input_bytes() -> int:
    """The size cap in force."""
    value = os.environ.get("NEWSBRIEF_MAX_INPUT_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def expand(specs: Iterable[str], extensions: Iterable[str]) -> Iterator[InputRef | InputError]:
    """Each input named by ``specs``, in order, or an :class:`InputError` for a spec that fails.

    Directories are walked recursively in sorted order and yield the files whose extension one of
    the parsers reads (``extensions``), skipping hidden files and README/LICENSE-style files.
    ``http(s)://`` specs are URLs; ``@FILE`` names a list of inputs (see :func:`read_list`).
    """
    wanted = frozenset(ext.lower() for ext in extensions)
    for spec in specs:
        if spec.startswith("@") and len(spec) > 1:
            try:
                listed = read_list(spec[1:])
            except InputError as error:
                yield error
                continue
            yield from expand(_no_nested_lists(listed), extensions)
            continue
        yield from _expand_one(spec, wanted)


def _expand_one(spec: str, wanted: frozenset[str]) -> Iterator[InputRef | InputError]:
    if spec == "-":
        yield InputRef("-")
        return
    if is_url(spec):
        yield InputRef(spec, url=spec)
        return
    path = Path(spec)
    if not os.path.lexists(path) and _GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield InputError(spec, "no file matches this pattern")
        for match in matches:
            yield from _expand_path(Path(match), wanted, explicit=False)
        return
    yield from _expand_path(path, wanted, explicit=True)


def read_list(list_file: str) -> list[str]:
    """The inputs listed in ``list_file``, one path, glob or URL per line.

    Blank lines and lines starting with ``#`` are ignored; relative paths are relative to the
    list's own folder, so a list travels with the articles it names. ``-`` reads the list from
    standard input (paths are then relative to the working directory).
    """
    try:
        if list_file == "-":
            text = sys.stdin.read()
            base = Path()
        else:
            with open(list_file, encoding="utf-8-sig") as handle:
                text = handle.read(max_input_bytes())
            base = Path(list_file).parent
    except OSError as error:
        raise InputError(f"@{list_file}", _os_reason(error)) from None
    except UnicodeDecodeError:
        raise InputError(f"@{list_file}", "a list of inputs must be UTF-8 text") from None
    specs = []
    for line in text.splitlines():
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        relative = item != "-" and not is_url(item) and not os.path.isabs(item)
        specs.append(str(base / item) if relative and str(base) != "." else item)
    return specs


def _no_nested_lists(specs: list[str]) -> list[str]:
    # Inside a list, ``@name`` is a file name like any other: lists do not include lists.
    return [f"./{spec}" if spec.startswith("@") else spec for spec in specs]


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
    return file_suffix(path.name) in wanted


def _os_reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def read(
    ref: InputRef,
    *,
    limit: int | None = None,
    stdin: BinaryIO | None = None,
    cache: PageCache | str | os.PathLike[str] | None = None,
    fetch_options: FetchOptions | None = None,
) -> RawInput:
    """The bytes of ``ref`` as a :class:`RawInput`, refusing inputs over ``limit`` bytes.

    URLs are fetched with :func:`newsbrief.fetch.fetch` (``cache`` and ``fetch_options`` apply).
    """
    if ref.url is not None:
        from newsbrief.fetch import fetch

        return fetch(ref.url, cache=cache, options=fetch_options)
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
