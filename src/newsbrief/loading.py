"""Loading a batch: read every input, drop duplicates, parse the rest, keep the input order.

The work is a two-stage pipeline. Reading (files, stdin, URLs) happens in threads and parsing in
worker processes when ``jobs > 1``, or wherever a :data:`BatchParser` sends batches of raw inputs
(Dask workers, :mod:`newsbrief.distributed`); results are always consumed in input order, with a
bounded number in flight, so the documents, the skipped list and the messages are the same for
any ``jobs`` or cluster, and memory holds only a window of inputs at a time.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Protocol, TypeVar
from urllib.parse import urldefrag

import attrs

from newsbrief import inputs
from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.parsers.base import RawInput

if TYPE_CHECKING:
    from newsbrief.fetch import FetchOptions, PageCache

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Longest article text accepted, in characters (override with ``NEWSBRIEF_MAX_DOCUMENT_CHARS``).
#: Cost is linear in length (the summarizer weighs a bounded number of candidate sentences), but a
#: 30 MB one-line dump is no article; 2 M characters (a book, about 10 s to brief) is the ceiling.
DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000

# File signatures worth naming when binary data is refused.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
)


def max_document_chars() -> int:
    """The per-article length limit in force."""
    value = os.environ.get("NEWSBRIEF_MAX_DOCUMENT_CHARS")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_DOCUMENT_CHARS


@attrs.frozen
class Outcome:
    """What became of one input: its documents, and problems as ``(input, reason)`` pairs.

    Plain pairs rather than :class:`InputError` objects, so outcomes pickle across processes.
    """

    #: The input as the user named it.
    name: str
    #: Parsed documents, in order.
    documents: tuple[Document, ...] = ()
    #: ``(input, reason)`` for the input itself or parts of it that were skipped.
    problems: tuple[tuple[str, str], ...] = ()
    #: ``(input, reason)`` when the input repeats an earlier one (not an error: counted once).
    duplicates: tuple[tuple[str, str], ...] = ()


class Pending(Protocol[T_co]):
    """A result ready now or later: a :class:`concurrent.futures.Future`, a Dask future..."""

    def result(self) -> T_co:
        """The result, waiting for it if need be."""
        ...


#: Parses a batch of raw inputs somewhere: ``raws -> pending outcomes (one per raw, in order)``.
BatchParser = Callable[[list[RawInput]], Pending[Sequence[Outcome]]]


@attrs.frozen
class Progress:
    """Passed to a progress callback after each input is done."""

    #: Inputs finished so far.
    done: int
    #: Inputs in the batch.
    total: int
    #: The input just finished.
    name: str


def load_outcomes(
    specs: Iterable[str],
    extensions: Iterable[str],
    *,
    parser: str | None = None,
    stdin: BinaryIO | None = None,
    jobs: int = 1,
    cache: PageCache | str | os.PathLike[str] | None = None,
    fetch_options: FetchOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    parse_batch: BatchParser | None = None,
    batch_inputs: int = 1,
    batch_bytes: int = 32 * 1024 * 1024,
    window: int | None = None,
) -> Iterator[Outcome]:
    """One :class:`Outcome` per input named by ``specs``, in input order.

    Same-URL and same-content inputs become an outcome with one problem saying so ("counted
    once"). Stopping the iteration early (``--strict``) cancels the work still queued.

    Inputs are read in ``jobs`` threads. The ones to parse go, ``batch_inputs`` at a time (or
    fewer, once they hold ``batch_bytes``), to ``parse_batch``; by default to
    :func:`parse_inputs`, in ``jobs`` processes. At most ``window`` inputs (default ``2 * jobs``)
    are in flight ahead of the consumer.
    """
    refs = list(inputs.expand(specs, extensions))
    total = len(refs)
    jobs = max(1, jobs)
    readers = ThreadPoolExecutor(jobs) if jobs > 1 else None
    parsers = process_pool(jobs) if jobs > 1 and parse_batch is None else None
    if parse_batch is None:
        # Read here, in the parent: the limit is the same whatever the workers' environment.
        limit = max_document_chars()

        def parse_batch(raws: list[RawInput]) -> Pending[Sequence[Outcome]]:
            return _submit(parsers, parse_inputs, raws, parser, limit)

    try:

        def read(ref: inputs.InputRef | InputError) -> RawInput | InputError:
            if isinstance(ref, InputError):
                return ref
            try:
                return inputs.read(ref, stdin=stdin, cache=cache, fetch_options=fetch_options)
            except InputError as error:
                return error

        seen_urls: dict[str, str] = {}
        seen_content: dict[str, str] = {}

        def triage(ref: inputs.InputRef | InputError) -> Outcome | None:
            # Before reading: a URL named twice is fetched once.
            if isinstance(ref, InputError):
                return Outcome(ref.input_name, problems=((ref.input_name, ref.reason),))
            if ref.url is not None:
                key = urldefrag(ref.url).url
                if key in seen_urls:
                    return _duplicate(ref.name, f"same URL as {seen_urls[key]}, counted once")
                seen_urls[key] = ref.name
            return None

        def after_read(ref_name: str, raw: RawInput | InputError) -> RawInput | Outcome:
            # A raw input returned is to be parsed.
            if isinstance(raw, InputError):
                return Outcome(ref_name, problems=((raw.input_name, raw.reason),))
            digest = hashlib.sha256(raw.data).hexdigest()
            if digest in seen_content:
                return _duplicate(ref_name, f"same content as {seen_content[digest]}, counted once")
            seen_content[digest] = ref_name
            return raw

        def staged() -> Iterator[Pending[Outcome]]:
            early = [triage(ref) for ref in refs]
            to_read = [ref for ref, done in zip(refs, early, strict=True) if done is None]
            reads = _ordered((_submit(readers, read, ref) for ref in to_read), window=4 * jobs)
            batches = _Batcher(parse_batch, batch_inputs, batch_bytes)
            for ref, done in zip(refs, early, strict=True):
                if done is not None:
                    yield from batches.add(done)
                else:
                    assert not isinstance(ref, InputError)
                    yield from batches.add(after_read(ref.name, next(reads)))
            yield from batches.flush()

        ahead = window if window is not None else 2 * jobs
        for done, outcome in enumerate(_ordered(staged(), window=ahead), start=1):
            if on_progress is not None:
                on_progress(Progress(done, total, outcome.name))
            yield outcome
    finally:
        for pool in (readers, parsers):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


def parse_inputs(
    raws: Sequence[RawInput], parser: str | None = None, limit: int | None = None
) -> list[Outcome]:
    """:func:`parse_input` of each raw input, in order (one task's worth)."""
    return [parse_input(raw, parser, limit) for raw in raws]


def parse_input(raw: RawInput, parser: str | None = None, limit: int | None = None) -> Outcome:
    """Parse one raw input (in any process), checking each article's length.

    ``parser`` is a ``--parser`` spec (``None``: chosen by extension and content); ``limit`` is
    the longest article accepted, in characters (``None``: :func:`max_document_chars`).
    """
    from newsbrief.pipeline import parse_all

    try:
        results = parse_all(raw, parser)
    except InputError as error:
        reason = error.reason
        if error.input_name == raw.name and reason == "no parser can read this input":
            reason = why_unreadable(raw) or reason
        return Outcome(raw.name, problems=((error.input_name, reason),))
    limit = max_document_chars() if limit is None else limit
    documents: list[Document] = []
    problems: list[tuple[str, str]] = []
    several = sum(isinstance(result, Document) for result in results) > 1
    for result in results:
        if isinstance(result, InputError):
            problems.append((result.input_name, result.reason))
        elif len(result.text) > limit:
            name = f"{raw.name} ({result.id})" if several else raw.name
            problems.append((name, _too_long(len(result.text), limit)))
        else:
            documents.append(result)
    return Outcome(raw.name, tuple(documents), tuple(problems))


def decoding_note(document: Document) -> str | None:
    """``where: encoding`` when decoding ``document`` replaced bytes it could not read."""
    # The decoder's encoding name says how many bytes it replaced ("utf-8, 3 bytes replaced)").
    encoding = document.metadata.encoding or ""
    if "replaced)" not in encoding:
        return None
    where = document.metadata.source_path or document.metadata.url or document.id
    return f"{where}: {encoding}"


def why_unreadable(raw: RawInput) -> str | None:
    """The specific reason no parser took ``raw`` (empty, binary and what kind), if there is one."""
    from newsbrief.parsers.decoding import decode

    try:
        decode(raw)
    except InputError as error:
        if error.reason.startswith("binary"):
            kind = next((k for magic, k in _SIGNATURES if raw.data.startswith(magic)), None)
            if kind:
                return f"binary data ({kind}), not text"
            if b"\x00" in raw.data:
                return "binary data (NUL bytes), not text"
        return error.reason
    from newsbrief.plugins import get_host

    # Text, but its extension's parsers all declined it: say which, so a wrong shape is clear.
    names = [
        entry.name
        for entry in get_host().registry("parser").entries()
        if raw.suffix and raw.suffix in entry.component.extensions
    ]
    if names:
        return f"not in a shape the {' or '.join(names)} parser reads ({raw.suffix} file)"
    return None


def _too_long(length: int, limit: int) -> str:
    return (
        f"{length:,} characters, over the {limit:,}-character limit for one article "
        "(set NEWSBRIEF_MAX_DOCUMENT_CHARS to raise it)"
    )


def _duplicate(name: str, reason: str) -> Outcome:
    return Outcome(name, duplicates=((name, reason),))


class _Done(Generic[T]):
    """A result that is already there."""

    def __init__(self, value: T) -> None:
        self._value = value

    def result(self) -> T:
        return self._value


class _Once(Generic[T]):
    """A pending result fetched once however often it is asked for (a Dask gather is costly)."""

    def __init__(self, pending: Pending[T]) -> None:
        self._pending: Pending[T] | None = pending
        self._value: T

    def result(self) -> T:
        if self._pending is not None:
            self._value = self._pending.result()
            self._pending = None
        return self._value


class _Slot:
    """One input's outcome within a batch parsed together (the batch is set once submitted)."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.batch: _Once[Sequence[Outcome]] | None = None

    def result(self) -> Outcome:
        assert self.batch is not None
        return self.batch.result()[self.index]


class _Batcher:
    """Groups raw inputs into batches for a :data:`BatchParser`, keeping every outcome in order.

    :meth:`add` returns the pending outcomes that may be handed on: an outcome behind an open
    batch waits with it, so nothing is ever handed on before its batch was submitted.
    """

    def __init__(self, parse_batch: BatchParser, size: int, max_bytes: int) -> None:
        self._parse_batch = parse_batch
        self._size = max(1, size)
        self._max_bytes = max_bytes
        self._raws: list[RawInput] = []
        self._bytes = 0
        self._held: list[Pending[Outcome]] = []

    def add(self, item: RawInput | Outcome) -> list[Pending[Outcome]]:
        """Queue ``item`` (a raw input to parse, or an outcome already known)."""
        if isinstance(item, Outcome):
            if not self._raws:
                return [_Done(item)]
            self._held.append(_Done(item))
            return []
        self._held.append(_Slot(len(self._raws)))
        self._raws.append(item)
        self._bytes += len(item.data)
        if len(self._raws) >= self._size or self._bytes >= self._max_bytes:
            return self.flush()
        return []

    def flush(self) -> list[Pending[Outcome]]:
        """Submit the open batch; everything held so far."""
        if self._raws:
            batch = _Once(self._parse_batch(self._raws))
            for item in self._held:
                if isinstance(item, _Slot):
                    item.batch = batch
        held, self._held, self._raws, self._bytes = self._held, [], [], 0
        return held


def _submit(pool: Executor | None, function: Callable[..., T], *args: Any) -> Future[T]:
    if pool is not None:
        return pool.submit(function, *args)
    # Sequential runs go through the same code path with futures that are already done.
    future: Future[T] = Future()
    try:
        future.set_result(function(*args))
    except BaseException as error:
        future.set_exception(error)
    return future


def _ordered(items: Iterable[Pending[T]], *, window: int) -> Iterator[T]:
    """Results of ``items`` in order, pulling at most ``window`` items ahead of the consumer."""
    pending: deque[Pending[T]] = deque()
    source = iter(items)
    for item in source:
        pending.append(item)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def process_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes, started safely beside threads."""
    # forkserver: forking a process that runs reader threads is unsafe; spawn is slower to start.
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))
