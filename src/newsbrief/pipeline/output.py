"""Where ``newsbrief build`` writes its output as the run makes it (:func:`~newsbrief.pipeline.run`
with ``out``): standard output, or a file that is only ever seen whole.

Writing as it is made keeps a large output out of memory: the ``json`` export of 10,000
articles is about 240 MB, which held as text and then as bytes cost about half a GB at the
peak. A file is written to a temporary file beside it and renamed over it when the run
succeeds, so a failure (a full disk, an input that stops the run) never leaves a half-written
or emptied file; a device or pipe (``/dev/stdout``, a FIFO) is written directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import BinaryIO

from newsbrief.errors import NewsbriefError
from newsbrief.exporters.base import streams as exporter_streams
from newsbrief.inputs import printable
from newsbrief.pipeline.settings import Settings

__all__ = ["OutputError", "open_output", "streams", "unknown_extension"]


class OutputError(NewsbriefError, OSError):
    """The output could not be written (``cannot write out.json: no space left on device``)."""


def streams(settings: Settings) -> bool:
    """Whether a run of ``settings`` writes its output as it makes it: per story (JSON Lines,
    a line a story), or with an exporter that writes piece by piece (``json``)."""
    if settings.per_story:
        return True
    from newsbrief.plugins import get_host

    exporter = get_host().registry("exporter").get(settings.exporter)
    return exporter_streams(exporter)


@contextlib.contextmanager
def open_output(output: str | None) -> Iterator[BinaryIO]:
    """A binary stream for the block to write ``build``'s output to: standard output when
    ``output`` is ``None`` or ``-``, else the file ``output``, which appears (or is replaced)
    only when the block succeeds.

    Failing to write raises :class:`OutputError` (one line naming the file); standard output
    closed by its reader (``| head``) is no error: the rest is discarded.
    """
    if output is None or output == "-":
        sys.stdout.flush()
        stdout = _Stdout(sys.stdout.buffer)
        yield stdout  # type: ignore[misc]
        stdout.flush()
        return
    target = _WholeFile(output)
    try:
        raw = target.open()
    except OSError as error:
        raise _failed(output, error) from None
    except ValueError as error:  # a NUL in the name (from Python: argv cannot hold one)
        raise OutputError(f"cannot write {output}: {error}") from None
    try:
        yield _Named(raw, output)  # type: ignore[misc]
    except BaseException:
        target.abort()
        raise
    try:
        target.commit()
    except OSError as error:
        raise _failed(output, error) from None


def _failed(output: str, error: OSError) -> OutputError:
    reason = (error.strerror or str(error)).lower()
    if isinstance(error, FileNotFoundError):
        reason = f"no such folder: {os.path.dirname(os.path.abspath(output))}"
    return OutputError(f"cannot write {output}: {reason}")


class _WholeFile:
    """``output`` written whole: a regular file through a temporary file beside it, renamed
    over it on :meth:`commit` and removed on :meth:`abort`; a device or pipe (``/dev/full``,
    a FIFO) directly."""

    def __init__(self, output: str) -> None:
        self.output = output
        self.mode: int | None = None
        self.temporary: str | None = None
        self.file: BinaryIO | None = None

    def open(self) -> BinaryIO:
        """The file to write to."""
        try:
            self.mode = os.stat(self.output).st_mode
        except FileNotFoundError:
            self.mode = None
        if self.mode is not None and not stat.S_ISREG(self.mode):
            if stat.S_ISDIR(self.mode):
                raise IsADirectoryError(21, "is a directory")
            self.file = open(self.output, "wb")  # noqa: SIM115 (closed by commit or abort)
            return self.file
        folder = os.path.dirname(os.path.abspath(self.output))
        handle, self.temporary = tempfile.mkstemp(dir=folder, prefix=".newsbrief-", suffix=".tmp")
        self.file = os.fdopen(handle, "wb")
        return self.file

    def commit(self) -> None:
        """Make the written file the output (the temporary file renamed over it)."""
        assert self.file is not None
        try:
            self.file.flush()
            if self.temporary is None:
                return
            os.fsync(self.file.fileno())
            self.file.close()
            if self.mode is not None:
                os.chmod(self.temporary, stat.S_IMODE(self.mode))  # keeps its permissions
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.temporary, 0o666 & ~umask)  # as open() would have created it
            os.replace(self.temporary, self.output)
        except BaseException:
            self.abort()
            raise
        finally:
            self.file.close()

    def abort(self) -> None:
        """Leave the output as it was (the temporary file removed)."""
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)


class _Named:
    """A file whose write failures name it (:class:`OutputError`), so they are told apart
    from any other error of the run that writes to it."""

    def __init__(self, raw: BinaryIO, output: str) -> None:
        self._raw = raw
        self._output = output

    def write(self, data: bytes) -> int:
        try:
            return self._raw.write(data)
        except OSError as error:
            raise _failed(self._output, error) from None

    def flush(self) -> None:
        self._raw.flush()


class _Stdout:
    """Standard output for the run's writes; once its reader has gone away (a broken pipe:
    ``newsbrief build ... | head``), the rest is discarded quietly, not an error of ours."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._closed = False

    def write(self, data: bytes) -> int:
        if not self._closed:
            try:
                self._raw.write(data)
            except BrokenPipeError:
                self._close()
            except OSError as error:  # ``> /dev/full``: one line, not a traceback
                self._close()
                raise _failed("standard output", error) from None
        return len(data)

    def flush(self) -> None:
        if not self._closed:
            try:
                self._raw.flush()
            except BrokenPipeError:
                self._close()
            except OSError as error:
                self._close()
                raise _failed("standard output", error) from None

    def _close(self) -> None:
        # Silence the exit-time flush of what is still buffered.
        self._closed = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def unknown_extension(output: str, known: Iterable[str]) -> str | None:
    """Why ``-o output`` chooses no format, when no known extension matched it.

    ``None`` for a path with no extension at all (the command's default format is then
    right); a typo such as ``briefing.jsn`` gets a one-line reason naming ``known``, said
    before any input is read, rather than quietly becoming the default format.
    """
    if not PurePath(output).suffix:
        return None
    return (
        f"{printable(output)}: unknown output extension (known: {', '.join(sorted(known))}); "
        "give -f FORMAT to choose the format"
    )
