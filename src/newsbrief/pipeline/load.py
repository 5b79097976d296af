"""The load stage: every input named, read, parsed, in input order, as one :class:`Corpus`.

The work is a two-stage pipeline. Reading (files, stdin, URLs) happens in threads and parsing
wherever a :data:`BatchParser` sends batches of raw inputs (this process; worker processes when
``jobs > 1``; Dask workers, :mod:`newsbrief.pipeline.dask`): the runner decides where
(:mod:`newsbrief.pipeline.runners`). Results are always consumed in input order, with a bounded
number in flight, so the documents, the skipped list and the messages are the same for any
``jobs`` or cluster, and memory holds only a window of inputs at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Protocol, TypeVar
from urllib.parse import urldefrag

import attrs

from newsbrief import inputs
from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.model.raw import RawInput
from newsbrief.pipeline.corpus import Corpus, Skipped, unique_ids
from newsbrief.pipeline.parse import (
    Outcome,
    Spread,
    language_spec,
    max_document_chars,
    parse_inputs,
    parser_extensions,
)
from newsbrief.pipeline.progress import Progress
from newsbrief.pipeline.settings import Settings

if TYPE_CHECKING:
    from newsbrief.fetch import FetchOptions, PageCache

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Pending(Protocol[T_co]):
    """A result ready now or later: a :class:`concurrent.futures.Future`, a Dask future..."""

    def result(self) -> T_co:
        """The result, waiting for it if need be."""
        ...


#: Parses a batch of raw inputs somewhere: ``raws -> pending outcomes (one per raw, in order)``.
BatchParser = Callable[[list[RawInput]], Pending[Sequence[Outcome]]]


def load(
    *specs: str,
    parser: str | None = None,
    language: str | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike[str] | PageCache | None = None,
    fetch_options: FetchOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> Corpus:
    """Read and parse every input named by ``specs`` (files, directories, globs, ``-``, URLs).

    ``language`` (an ISO 639-1 code or BCP 47 tag: ``uk``, ``en-GB``) is the language of
    every document, whatever the inputs declare or look like (:class:`NewsbriefError` when it
    names no language); without it a language the input declares wins over detection.

    ``@FILE`` names a file listing inputs, one per line. URLs are fetched with
    :func:`newsbrief.fetch.fetch` (``fetch_options``; ``cache`` is a directory of fetched pages
    reused instead of refetching). ``jobs > 1`` parses in that many processes (in a script, call
    it under ``if __name__ == "__main__":`` as :mod:`multiprocessing` requires); the result is
    the same as with one. ``on_progress`` is called with a :class:`Progress` after each input.

    A bad input is recorded in :attr:`Corpus.skipped` (and passed to ``on_skip``) while the
    others are still read; with ``strict`` the first bad input raises :class:`InputError`.
    Inputs with the same content or URL as an earlier one are skipped as duplicates (kind
    ``duplicate``, which is not an error, even with ``strict``).
    """
    options = LoadOptions(
        language_spec(parser, language),
        strict,
        stdin,
        on_skip,
        jobs,
        cache,
        fetch_options,
        on_progress,
    )
    return _load(specs, options)


@attrs.frozen
class LoadOptions:
    """The keyword arguments of :func:`load` (``language`` given in ``parser``) as one value:
    what a runner's load passes, to :func:`load` or to :func:`newsbrief.pipeline.dask.load`,
    which takes the same (:meth:`keywords`)."""

    #: A ``--parser`` spec (``None``: chosen per input).
    parser: str | None = None
    #: Whether the first bad input raises.
    strict: bool = False
    #: What ``-`` reads.
    stdin: BinaryIO | None = None
    #: Told of each skipped input.
    on_skip: Callable[[Skipped], None] | None = None
    #: Threads reading and processes parsing.
    jobs: int = 1
    #: A folder of fetched pages (or a cache), reused instead of refetching.
    cache: str | os.PathLike[str] | PageCache | None = None
    #: Limits of each URL fetch.
    fetch_options: FetchOptions | None = None
    #: Told of each input loaded.
    on_progress: Callable[[Progress], None] | None = None

    @classmethod
    def of(
        cls,
        settings: Settings,
        *,
        stdin: BinaryIO | None = None,
        on_skip: Callable[[Skipped], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> LoadOptions:
        """The options ``settings`` give (parser, strictness, jobs, page cache, fetch limits),
        with a runner's standard input and callbacks."""
        return cls(
            settings.parser,
            settings.strict,
            stdin,
            on_skip,
            settings.jobs,
            settings.cache,
            settings.fetch,
            on_progress,
        )

    def keywords(self) -> dict[str, Any]:
        """The options as keyword arguments (``parser=``, ``strict=``...)."""
        return attrs.asdict(self, recurse=False)


def load_inputs(
    specs: Sequence[str],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    spread: Spread | None = None,
) -> Corpus:
    """:func:`load` as ``settings`` say: parser, strictness, jobs, page cache, fetch limits.

    With ``spread`` (a runner's processes) a large JSON Lines input is parsed in pieces on them
    (:func:`~newsbrief.pipeline.parse.parse_input`), read in one thread: the same corpus.
    """
    options = LoadOptions.of(settings, stdin=stdin, on_skip=on_skip, on_progress=on_progress)
    return _load(specs, options, spread)


def _load(specs: Sequence[str], options: LoadOptions, spread: Spread | None = None) -> Corpus:
    """:func:`load`'s work, with ``options`` (and a runner's ``spread``)."""
    outcomes = load_outcomes(
        specs,
        parser_extensions(),
        parser=options.parser,
        stdin=options.stdin,
        # The spread's processes parse; reading stays in one thread (the spread is this
        # process's, never sent to another).
        jobs=options.jobs if spread is None else 1,
        cache=options.cache,
        fetch_options=options.fetch_options,
        on_progress=options.on_progress,
        spread=spread,
    )
    documents, skipped = collect(outcomes, strict=options.strict, on_skip=options.on_skip)
    return Corpus(unique_ids(documents), skipped)


def collect(
    outcomes: Generator[Outcome, None, None],
    *,
    strict: bool = False,
    on_skip: Callable[[Skipped], None] | None = None,
) -> tuple[list[Document], list[Skipped]]:
    """The documents and skipped inputs of ``outcomes``, in order (``on_skip`` told of each)."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    with contextlib.closing(outcomes):
        for outcome in outcomes:
            documents.extend(outcome.documents)
            for skip in outcome_skips(outcome, strict=strict):
                skipped.append(skip)
                if on_skip is not None:
                    on_skip(skip)
    return documents, skipped


def outcome_skips(outcome: Outcome, *, strict: bool = False) -> list[Skipped]:
    """What one input's ``outcome`` skipped: its problems, then its duplicates, in order.

    With ``strict`` the first problem is raised as an :class:`InputError` instead.
    """
    if strict and outcome.problems:
        raise InputError(*outcome.problems[0])
    return [
        *(Skipped(name, reason) for name, reason in outcome.problems),
        *(Skipped(name, reason, kind="duplicate") for name, reason in outcome.duplicates),
    ]


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
    spread: Spread | None = None,
) -> Generator[Outcome, None, None]:
    """One :class:`Outcome` per input named by ``specs``, in input order.

    Same-URL and same-content inputs become an outcome with one problem saying so ("counted
    once"). Stopping the iteration early (``--strict``) cancels the work still queued.

    Inputs are read in ``jobs`` threads. The ones to parse go, ``batch_inputs`` at a time (or
    fewer, once they hold ``batch_bytes``), to ``parse_batch``; by default to
    :func:`parse_inputs`, in ``jobs`` processes. At most ``window`` inputs (default ``2 * jobs``)
    are in flight ahead of the consumer. ``spread`` (with ``jobs`` 1) parses a large JSON Lines
    input in pieces on its processes.
    """
    refs = list(inputs.expand(specs, extensions))
    total = len(refs)
    if on_progress is not None:
        on_progress(Progress(0, total))  # the stage opens (newsbrief.pipeline.progress)
    jobs = max(1, jobs)
    readers = ThreadPoolExecutor(jobs) if jobs > 1 else None
    parsers = process_pool(jobs) if jobs > 1 and parse_batch is None else None
    if parse_batch is None:
        # Read here, in the parent: the limit is the same whatever the workers' environment.
        limit = max_document_chars()

        def parse_batch(raws: list[RawInput]) -> Pending[Sequence[Outcome]]:
            return _submit(parsers, parse_inputs, raws, parser, limit, spread)

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
            # Empty inputs are each said to be empty (by their parser), not copies of the first.
            if digest in seen_content and raw.data.strip():
                first = seen_content[digest]
                if first == ref_name:  # (``DIR DIR/a.txt``: not a copy, the same file again)
                    return _duplicate(ref_name, "named more than once, read once")
                return _duplicate(ref_name, f"same content as {first}, counted once")
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
