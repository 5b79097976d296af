"""Turning what the user named (files, directories, globs, ``-``, URLs, ``@lists``) into raw inputs.

Reading is capped so a huge input is refused with a message instead of exhausting memory,
directory walks and ``**`` globs never follow symbolic links to folders (so links cannot loop)
nor to files outside the folder walked, and URLs are fetched within time and size limits
(:mod:`newsbrief.fetch`). The limits are listed in ``docs/security.md``.
"""

from __future__ import annotations

import contextlib
import contextvars
import fnmatch
import glob
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import attrs

from newsbrief.errors import InputError
from newsbrief.fetch.urls import is_url
from newsbrief.model.raw import RawInput, file_suffix, is_compressed

if TYPE_CHECKING:
    from newsbrief.fetch import FetchOptions, PageCache

#: Inputs larger than this are refused (override with ``NEWSBRIEF_MAX_INPUT_BYTES``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Inputs with more lines than this are refused before parsing (``NEWSBRIEF_MAX_INPUT_LINES``):
#: per-line work makes ten million two-byte lines cost minutes and gigabytes, while 64 MiB of
#: real articles or records has about a million lines.
DEFAULT_MAX_LINES = 1_000_000
#: Most inputs one directory, glob or list may expand to (``NEWSBRIEF_MAX_INPUTS``).
DEFAULT_MAX_INPUTS = 100_000

# Project files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying")
_GLOB_CHARS = frozenset("*?[")

#: Told of each file a folder's walk or a glob passes over (``path, reason``), if set.
_passed_over: contextvars.ContextVar[Callable[[str, str], None] | None] = contextvars.ContextVar(
    "newsbrief_passed_over", default=None
)


@contextlib.contextmanager
def reporting_passed_over(callback: Callable[[str, str], None]) -> Iterator[None]:
    """Inside the block, tell ``callback`` of each file that a folder or a glob named holds but
    that is not read: ``(path, reason)``, once each (the CLI's ``-v``). Hidden files are not
    told of, as hidden folders are not walked."""
    told: set[str] = set()

    def tell_once(path: str, reason: str) -> None:
        if path not in told:
            told.add(path)
            callback(path, reason)

    token = _passed_over.set(tell_once)
    try:
        yield
    finally:
        _passed_over.reset(token)


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
    return _env_int("NEWSBRIEF_MAX_INPUT_BYTES", DEFAULT_MAX_BYTES)


def max_input_lines() -> int:
    """The line cap in force."""
    return _env_int("NEWSBRIEF_MAX_INPUT_LINES", DEFAULT_MAX_LINES)


def max_inputs() -> int:
    """The most inputs one directory, glob or list may name."""
    return _env_int("NEWSBRIEF_MAX_INPUTS", DEFAULT_MAX_INPUTS)


def printable(text: str) -> str:
    """``text`` safe to print on one line: control, format (bidirectional) and line-separator
    characters and lone surrogates are shown as ``\\n``, ``\\x1b``, ``\\u202e``...

    A file named ``a\\nnewsbrief: skipped b`` must not forge a second message line, nor a
    right-to-left override reverse the rest of one.
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if char in "\n\r\t":
        return repr(char)[1:-1]
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def read_at_most(stream: BinaryIO, size: int) -> bytes:
    """At most ``size`` bytes of ``stream``, read a mebibyte at a time.

    ``read(size)`` allocates ``size`` bytes before reading one, so a raised limit
    (``NEWSBRIEF_MAX_INPUT_BYTES=10000000000``) made every small file a ``MemoryError``.
    """
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else default


def expand(specs: Iterable[str], extensions: Iterable[str]) -> Iterator[InputRef | InputError]:
    """Each input named by ``specs``, in order, or an :class:`InputError` for a spec that fails.

    Directories are walked recursively in sorted order and yield the files whose extension one of
    the parsers reads (``extensions``), skipping hidden files and README/LICENSE-style files.
    ``http(s)://`` specs are URLs; ``@FILE`` names a list of inputs (see :func:`read_list`).
    """
    wanted = frozenset(ext.lower() for ext in extensions)
    # The lists are read first (each once: ``@-`` is standard input), so that a file named in
    # one is known as named to the walk of a folder named beside it (``@list DIR``).
    flat: list[str | InputError] = []
    for spec in specs:
        if spec.startswith("@") and len(spec) > 1:
            try:
                flat.extend(_no_nested_lists(read_list(spec[1:])))
            except InputError as error:
                flat.append(error)
        else:
            flat.append(spec)
    named = _named_files([item for item in flat if isinstance(item, str)])
    for item in flat:
        if isinstance(item, InputError):
            yield item
        else:
            yield from _expand_one(item, wanted, named)


def _named_files(specs: list[str]) -> frozenset[str]:
    """The real paths of the files ``specs`` name one by one: read, so never told of as passed
    over by a folder's walk or a glob that holds them too (``DIR DIR/README.md``)."""
    named = set()
    for spec in specs:
        if spec == "-" or spec.startswith("@") or is_url(spec):
            continue
        try:
            if os.path.isfile(spec):
                named.add(os.path.realpath(spec))
        except (ValueError, UnicodeError):  # a NUL or a lone surrogate: reported when read
            continue
    return frozenset(named)


def _expand_one(
    spec: str, wanted: frozenset[str], named: frozenset[str] = frozenset()
) -> Iterator[InputRef | InputError]:
    if spec == "-":
        yield InputRef("-")
        return
    if "\x00" in spec:
        yield InputError(spec, "a NUL character in the name")
        return
    if not spec:
        # ``Path("")`` is the current directory: an empty name must not read everything there.
        yield InputError(spec, "an empty name")
        return
    try:
        os.fsencode(spec)  # undecodable bytes from a listing round-trip; a lone surrogate not
    except UnicodeEncodeError:
        yield InputError(spec, "a name that is not valid Unicode")
        return
    if is_url(spec):
        yield InputRef(spec, url=spec)
        return
    path = Path(spec)
    if not os.path.lexists(path) and _GLOB_CHARS & set(spec):
        try:
            matches = _glob(spec)
        except InputError as error:
            yield error
            return
        if not matches:
            yield InputError(spec, "no file matches this pattern")
        for match, outside in matches:
            if outside:
                yield InputError(
                    match, f"a symbolic link to a file outside {outside}, not followed"
                )
            else:
                yield from _expand_path(Path(match), wanted, explicit=False, named=named)
        return
    yield from _expand_path(path, wanted, explicit=True, named=named)


def _glob(spec: str) -> list[tuple[str, str]]:
    """The sorted matches of a glob pattern, each with the folder it links out of (``""``
    for none); ``**`` walks without following folder links."""
    limit = max_inputs()
    if "**" not in spec:
        matches = []
        for match in glob.iglob(spec):  # no "**": as deep as the pattern, links cannot loop
            matches.append((match, ""))
            if len(matches) > limit:
                raise InputError(spec, _too_many(limit))
        return sorted(matches)
    # The folder before the first wildcard is walked; the rest of the pattern is matched against
    # each path below it, segment by segment ("**" stands for any number of folders).
    parts = spec.split(os.sep)
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS & set(part))
    root = os.sep.join(parts[:fixed]) or ("" if not spec.startswith(os.sep) else os.sep)
    pattern = parts[fixed:]
    matches = []
    for path, outside in _walk_files(Path(root or "."), with_dirs=True):
        relative = path.relative_to(root or ".").parts
        if _segments_match(pattern, relative):
            name = str(Path(root, *relative)) if root else str(Path(*relative))
            matches.append((name, (root or ".") if outside else ""))
            if len(matches) > limit:
                raise InputError(spec, _too_many(limit))
    return sorted(matches)


def _segments_match(pattern: list[str], parts: tuple[str, ...]) -> bool:
    # reach[j]: the pattern's first i segments can match the path's first j parts.
    reach = [True] + [False] * len(parts)
    for segment in pattern:
        if segment == "**":
            new = reach[:]
            for j in range(1, len(parts) + 1):
                # "**" spans whole folders and, like glob's, no hidden ones.
                new[j] = new[j] or (new[j - 1] and not parts[j - 1].startswith("."))
        else:
            regex = re.compile(fnmatch.translate(segment))
            hidden_ok = segment.startswith(".")
            new = [False] * (len(parts) + 1)
            for j in range(1, len(parts) + 1):
                name = parts[j - 1]
                if reach[j - 1] and (hidden_ok or not name.startswith(".")):
                    new[j] = regex.match(name) is not None
        reach = new
    return reach[len(parts)]


def _too_many(limit: int) -> str:
    return f"names more than {limit:,} inputs (set NEWSBRIEF_MAX_INPUTS to raise the limit)"


def read_list(list_file: str) -> list[str]:
    """The inputs listed in ``list_file``, one path, glob or URL per line.

    Blank lines and lines starting with ``#`` are ignored. Relative paths are relative to the
    current directory, as in a ``pip -r`` file or a shell command line (not to the list's
    folder): a list made with ``ls``/``find`` from here names what is here. ``-`` reads the list
    from standard input.
    """
    name = f"@{list_file}"
    limit = max_input_bytes()
    try:
        if list_file == "-":
            # Bounded like any input: a list piped from an endless producer is refused.
            data = read_at_most(sys.stdin.buffer, limit + 1)
        else:
            if "\x00" in list_file:
                raise InputError(name, "a NUL character in the name")
            with open(list_file, "rb") as handle:
                data = read_at_most(handle, limit + 1)
    except OSError as error:
        raise InputError(name, _os_reason(error)) from None
    if len(data) > limit:
        raise InputError(name, f"larger than the {_size(limit)} input limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, "a list of inputs must be UTF-8 text") from None
    if "\x00" in text:
        number = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(name, f"a list of inputs must be text (a NUL byte on line {number})")
    specs: list[str] = []
    for line in text.splitlines():
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if len(specs) >= max_inputs():
            raise InputError(name, _too_many(max_inputs()))
        specs.append(item)
    return specs


def _no_nested_lists(specs: list[str]) -> list[str]:
    # Inside a list, ``@name`` is a file name like any other: lists do not include lists.
    return [f"./{spec}" if spec.startswith("@") else spec for spec in specs]


def _expand_path(
    path: Path, wanted: frozenset[str], *, explicit: bool, named: frozenset[str] = frozenset()
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
        yield from _walk(path, wanted, named)
    elif explicit or _is_article_file(path, wanted):
        yield InputRef(name, path)
    else:
        _tell_passed_over(path, wanted, named)


def _walk(
    root: Path, wanted: frozenset[str], named: frozenset[str] = frozenset()
) -> Iterator[InputRef | InputError]:
    errors: list[OSError] = []
    found: list[tuple[Path, bool]] = []
    passed: list[Path] = []  # told of in the order the inputs are read, whatever the walk's
    limit = max_inputs()
    others = 0
    for path, outside in _walk_files(root, errors=errors):
        others += 1
        if _is_article_file(path, wanted):
            found.append((path, outside))
            if len(found) > limit:
                yield InputError(str(root), _too_many(limit))
                return
        elif _passed_over.get() is not None:
            passed.append(path)
    for path in sorted(passed, key=lambda path: path.relative_to(root).parts):
        _tell_passed_over(path, wanted, named)
    if not found and not errors:
        what = f"{others} file(s), none of a type the parsers read" if others else "empty"
        yield InputError(str(root), f"no article file in this folder ({what})")
        return
    # One global order (``a.txt`` < ``b/2.txt`` < ``c.json``), whatever the walk's order was.
    for path, outside in sorted(found, key=lambda item: item[0].relative_to(root).parts):
        if outside:
            # A link may not make a walk read, say, ~/.ssh/id_rsa.txt into a briefing.
            yield InputError(str(path), f"a symbolic link to a file outside {root}, not followed")
        else:
            yield from _expand_path(path, wanted, explicit=True)
    for error in errors:
        yield InputError(str(error.filename or root), _os_reason(error))


def _walk_files(
    root: Path, *, errors: list[OSError] | None = None, with_dirs: bool = False
) -> Iterator[tuple[Path, bool]]:
    """``(path, outside)`` for the files below ``root`` (and folders, ``with_dirs``), hidden
    folders skipped; ``outside`` marks a symbolic link to a file outside ``root``."""
    real_root = os.path.realpath(root)
    # followlinks=False: a symlinked directory is never entered, so link loops cannot recurse.
    for folder, dirs, files in os.walk(
        root, onerror=errors.append if errors is not None else None, followlinks=False
    ):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if with_dirs:
            yield from ((Path(folder) / name, False) for name in dirs)
        for name in files:
            path = Path(folder) / name
            outside = False
            if os.path.islink(path):
                target = os.path.realpath(path)
                outside = os.path.commonpath([real_root, target]) != real_root
            yield path, outside


def _is_article_file(path: Path, wanted: frozenset[str]) -> bool:
    name = path.name.lower()
    if name.startswith(".") or name.split(".")[0] in _NOT_ARTICLES:
        return False
    return file_suffix(path.name) in wanted


def _tell_passed_over(
    path: Path, wanted: frozenset[str], named: frozenset[str] = frozenset()
) -> None:
    """Tell the :func:`reporting_passed_over` callback, if any, why ``path`` is not read
    (unless ``named`` holds its real path: named on its own, it is read)."""
    tell = _passed_over.get()
    name = path.name.lower()
    if tell is None or name.startswith(".") or (named and os.path.realpath(path) in named):
        return
    kind = name.split(".")[0]
    if kind in _NOT_ARTICLES:
        reason = f"a {kind.upper()} file, not an article"  # README, LICENSE, CONTRIBUTING...
    else:  # what else _is_article_file refuses
        reason = f"no parser reads {file_suffix(path.name)} files"
    tell(str(path), reason)


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

        raw = fetch(ref.url, cache=cache, options=fetch_options)
        if is_compressed(ref.url) and raw.data.startswith(_GZIP_MAGIC):
            # A .gz file served as it is (a server's Content-Encoding is decoded by fetch).
            data = read_gzip(io.BytesIO(raw.data), raw.name, max_input_bytes())
            raw = attrs.evolve(raw, data=data)
        check_lines(raw.name, raw.data)
        return raw
    limit = max_input_bytes() if limit is None else limit
    if ref.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = read_at_most(stream, limit + 1)
        if len(data) > limit:
            raise InputError(ref.name, f"larger than the {_size(limit)} input limit")
        check_lines(ref.name, data)
        return RawInput(name=ref.name, data=data, doc_id="stdin")
    try:
        if not ref.path.is_file():
            raise InputError(ref.name, "not a regular file")
        with ref.path.open("rb") as handle:
            if is_compressed(ref.name):
                data = read_gzip(handle, ref.name, limit)
            else:
                data = read_at_most(handle, limit + 1)
    except OSError as error:
        raise InputError(ref.name, _os_reason(error)) from None
    if len(data) > limit:
        raise InputError(ref.name, f"larger than the {_size(limit)} input limit")
    check_lines(ref.name, data)
    # page.html.gz is the document "page", like page.html.
    stem = ref.path.with_suffix("").stem if is_compressed(ref.name) else ref.path.stem
    return RawInput(name=ref.name, data=data, doc_id=stem or "input", path=ref.name)


#: The first bytes of every gzip member.
_GZIP_MAGIC = b"\x1f\x8b"
#: Compressed bytes read at a time.
_GZIP_CHUNK = 1 << 16


def read_gzip(stream: BinaryIO, name: str, limit: int) -> bytes:
    """The decompressed content of the gzip file ``stream`` (members one after another, as
    ``gzip`` writes them), refusing more than ``limit`` bytes in or out.

    Decompressed step by step, each step allowed at most what is left of the limit (zlib's
    ``max_length``): a gzip bomb (a few KB that inflate to gigabytes) is refused at the
    limit, before it fills memory. A damaged or truncated file is one line naming it.
    """
    out: list[bytes] = []
    size = read = 0
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    pending = b""
    try:
        while True:
            if not pending:
                pending = stream.read(_GZIP_CHUNK)
                read += len(pending)
                if not pending:
                    break
                if read > limit:
                    raise InputError(name, f"larger than the {_size(limit)} input limit")
            if inflater.eof:
                if not pending.strip(b"\0"):  # zero padding after the last member
                    pending = b""
                    continue
                inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)  # the next member
            piece = inflater.decompress(pending, limit - size + 1)
            size += len(piece)
            if size > limit:
                raise InputError(
                    name, f"larger than the {_size(limit)} input limit once decompressed"
                )
            out.append(piece)
            pending = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
    except zlib.error:
        raise InputError(name, "a damaged gzip file (or not gzip at all)") from None
    if not inflater.eof:
        raise InputError(name, "a truncated gzip file" if read else "an empty gzip file")
    return b"".join(out)


def check_lines(name: str, data: bytes, limit: int | None = None) -> None:
    """Refuse ``data`` with more than ``limit`` lines (default :func:`max_input_lines`).

    A byte count, so it costs milliseconds for megabytes and is checked before any decoding or
    parsing; ``\r`` counts for files with old Mac line ends.
    """
    limit = max_input_lines() if limit is None else limit
    if len(data) <= limit:
        return  # fewer bytes than lines allowed: nothing to count
    lines = max(data.count(b"\n"), data.count(b"\r"))
    if lines > limit:
        raise InputError(
            name,
            f"{lines:,} lines, over the {limit:,}-line limit for one input "
            "(set NEWSBRIEF_MAX_INPUT_LINES to raise it)",
        )


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MiB"
    return f"{limit} byte"
