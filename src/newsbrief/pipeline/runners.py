"""Runners: where the stages run, never what they compute.

A runner loads the inputs (:mod:`~newsbrief.pipeline.load`), does one briefing's
per-document work ahead if it can (``prepare``: segmentation, analysis, annotators' drafts,
:func:`~newsbrief.pipeline.analyse.prepare_chunk`) and runs the per-story tasks of
:mod:`~newsbrief.pipeline.stories` somewhere: in this process (:class:`InProcess`), in a pool
of worker processes (:class:`ProcessPool`, ``--jobs N``) or on a Dask cluster (:class:`Dask`,
``--scheduler``). The functions they run are the same, and so are the results, byte for byte
(``tests/test_runners.py`` checks every runner against the others); only the placement
differs, and with it what crosses a process boundary.

:func:`open_runner` picks the runner ``settings`` ask for.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TypeVar

import attrs

from newsbrief.fetch.urls import is_url
from newsbrief.model import Document, Story
from newsbrief.pipeline.analyse import PreparedChunk, prepare_chunk
from newsbrief.pipeline.corpus import Corpus, Skipped
from newsbrief.pipeline.group import group_partitions
from newsbrief.pipeline.load import LoadOptions, Progress, load_inputs, process_pool
from newsbrief.pipeline.progress import report
from newsbrief.pipeline.settings import Settings
from newsbrief.pipeline.stories import (
    StoryTask,
    held_documents,
    packed_partition,
    prepare_partition,
    prepared_features,
    story_batches,
    take_packed,
    take_stories,
)

if TYPE_CHECKING:
    from distributed import Client

    from newsbrief.nlp.analysis import Analysis
    from newsbrief.pipeline.compose import TermCounts
    from newsbrief.pipeline.dask import DistributedCorpus
    from newsbrief.pipeline.group import PartitionFeatures
    from newsbrief.pipeline.parse import Spread

T = TypeVar("T")
R = TypeVar("R")


class Runner(Protocol):
    """Runs the stages somewhere; every runner gives the same results."""

    def load(
        self,
        specs: Sequence[str],
        settings: Settings,
        *,
        stdin: BinaryIO | None = None,
        on_skip: Callable[[Skipped], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> Corpus | DistributedCorpus:
        """The inputs named by ``specs``, loaded as ``settings`` say, in input order."""
        ...

    def story_results(self, documents: Any, settings: Settings, task: StoryTask) -> Iterable[Any]:
        """``task``'s result for every story of ``documents`` (a sequence with unique ids; or,
        for the :class:`Dask` runner, a corpus held on its cluster), in story order: each
        given as soon as it and those before it are made (``--per-story`` writes each story
        then, never holding them all), or all at once as a list."""
        ...

    def prepare(self, documents: Sequence[Document], settings: Settings) -> PreparedBriefing | None:
        """One briefing's per-document work on ``documents`` (unique ids) done ahead
        (segmented, analysed, annotators' drafts), or ``None`` to leave it to
        :func:`~newsbrief.pipeline.brief.build_briefing`, which then does it as it goes."""
        ...


@attrs.frozen
class PreparedBriefing:
    """One briefing's per-document work done ahead, for
    :func:`~newsbrief.pipeline.brief.build_briefing` (``analyses=``, ``drafts=``)."""

    #: The documents segmented, in order.
    documents: tuple[Document, ...]
    #: Their analyses, ``{doc_id: Analysis}``.
    analyses: Mapping[str, Analysis]
    #: Their annotators' drafts, ``{doc_id: {annotator: draft}}`` (some may be missing).
    drafts: Mapping[str, Mapping[str, Any]]
    #: Their story-grouping features and headlines, in order (``None``: grouped from the
    #: analyses).
    grouping: PartitionFeatures | None = None
    #: How many sentences of each repeat earlier text of the same document (``None``: counted
    #: when composing).
    repeats: Mapping[str, int] | None = None
    #: The timeline's term counts of the documents (``None``: counted when composing).
    terms: TermCounts | None = None


#: Fewest documents whose per-document work :class:`ProcessPool` sends to its workers for one
#: briefing: each worker starts in about a second of CPU (imports, models), the work it takes
#: over is about 3 ms an article, so below a few hundred articles it costs more than it saves
#: (docs/performance.md, "Firehose scale").
PREPARE_MIN_DOCUMENTS = 200


def _one_file(specs: Sequence[str]) -> bool:
    """Whether ``specs`` name exactly one regular file (not a folder, a list, stdin or a URL)."""
    if len(specs) != 1 or specs[0] == "-" or specs[0].startswith("@") or is_url(specs[0]):
        return False
    try:
        return os.path.isfile(specs[0])
    except (OSError, ValueError):  # a name the system cannot look up: load reports it
        return False


def _load(
    specs: Sequence[str],
    settings: Settings,
    jobs: int,
    stdin: BinaryIO | None,
    on_skip: Callable[[Skipped], None] | None,
    on_progress: Callable[[Progress], None] | None,
    spread: Spread | None = None,
) -> Corpus:
    """:func:`~newsbrief.pipeline.load.load_inputs` of a runner's ``load``, reading in
    ``jobs`` threads (and parsing in ``jobs`` processes, or pieces on ``spread``)."""
    return load_inputs(
        specs,
        attrs.evolve(settings, jobs=jobs),
        stdin=stdin,
        on_skip=on_skip,
        on_progress=on_progress,
        spread=spread,
    )


def _partitions(documents: Sequence[Document], size: int) -> list[Sequence[Document]]:
    return [documents[i : i + size] for i in range(0, len(documents), size)]


#: Whether a queued item's future may be cancelled to make the item here instead. Before Python
#: 3.12 a worker lost after such a cancellation made the pool's manager thread fail on the
#: cancelled future (CPython gh-107219): it then left the other futures unresolved (a run waiting
#: forever) and printed a traceback; there the workers finish what was sent to them.
_CANCEL_SAFE = sys.version_info >= (3, 12)


def _shared(
    pool: Any,
    workers: int,
    function: Callable[[T], R],
    items: Sequence[T],
    on_result: Callable[[int, R], None] | None = None,
) -> tuple[list[R], bool]:
    """``function`` of each item, in order, on ``pool``'s ``workers`` processes and this one;
    and whether a worker was lost.

    The workers take items from the front while this process takes them from the back,
    instead of waiting: what it makes needs no pickling. Each worker has one item running and
    one queued, and one more is held back, which this process takes back if it gets there
    first (Python 3.12 and later: :data:`_CANCEL_SAFE`), so at the end it waits for at most a
    worker's last two (docs/performance.md,
    "Session 8: ``-j 2`` for one briefing"). ``on_result(index, result)`` is told of each as it
    is made. An item whose worker failed (lost, killed, a result that would not pickle) is
    made here, as with one process: a call that raises here too raises as it would there.
    """
    made: dict[int, R] = {}
    lost = False

    def keep(index: int, result: R) -> None:
        made[index] = result
        if on_result is not None:
            on_result(index, result)

    def settle(index: int, future: Future[R]) -> None:
        nonlocal lost
        try:
            result = future.result()
        except Exception:
            lost = True  # nothing more is sent to the workers
            result = function(items[index])
        keep(index, result)

    pending: dict[int, Future[R]] = {}
    front, back = 0, len(items)
    try:
        while front < back:
            while not lost and len(pending) <= 2 * workers and front < back:
                try:
                    pending[front] = pool.submit(function, items[front])
                except Exception:  # a pool already broken
                    lost = True
                    break
                front += 1
            for index in [index for index, future in pending.items() if future.done()]:
                settle(index, pending.pop(index))
            if front < back:
                back -= 1
                keep(back, function(items[back]))
        for index in sorted(pending, reverse=True):
            # Not started yet: made here rather than waited for.
            if _CANCEL_SAFE and pending[index].cancel():
                del pending[index]
                keep(index, function(items[index]))
        for index in sorted(pending):
            settle(index, pending.pop(index))
    finally:
        if _CANCEL_SAFE:
            for future in pending.values():
                future.cancel()
    return [made[index] for index in range(len(items))], lost


def _in_order(
    pool: Any,
    workers: int,
    function: Callable[[T], R],
    items: Sequence[T],
    losses: list[bool] | None = None,
) -> Iterator[R]:
    """``function`` of each item on ``pool``'s ``workers`` processes and this one, each
    given as soon as it and those before it are made (``workers=0``: all made here).

    Each worker has one item running and one queued; when the next result due is not back,
    this process makes the first item not yet taken instead of waiting (what it makes needs
    no pickling), at most :data:`_AHEAD` items past the one due, so what waits to be given
    stays bounded whatever one item costs. An item whose worker failed is made here, as in
    :func:`_shared`, and ``True`` is appended to ``losses`` (the caller closes the pool).
    """
    pending: dict[int, Future[R]] = {}
    made: dict[int, R] = {}
    front = 0  # the first item not taken yet
    lost = workers < 1
    try:
        for due in range(len(items)):
            while due not in made:
                while not lost and len(pending) < 2 * workers and front < len(items):
                    try:
                        pending[front] = pool.submit(function, items[front])
                    except Exception:  # a pool already broken
                        lost = True
                        if losses is not None:
                            losses.append(True)
                        break
                    front += 1
                future = pending.get(due)
                if future is None or (
                    not future.done() and front < len(items) and front - due <= _AHEAD
                ):
                    # Not sent (``due == front``), or its worker still at it: one made here.
                    made[front] = function(items[front])
                    front += 1
                    continue
                del pending[due]
                try:
                    made[due] = future.result()
                except Exception:
                    lost = True  # nothing more is sent to the workers
                    if losses is not None:
                        losses.append(True)
                    made[due] = function(items[due])
            yield made.pop(due)
    finally:
        for future in pending.values():
            future.cancel()


#: Most documents of one piece of ``--per-story``'s per-document step on a :class:`ProcessPool`
#: (about 0.3 s of work).
STORY_PIECE_DOCUMENTS = 128


def _finer_end(batches: list[list[Story]], jobs: int) -> list[list[Story]]:
    """``batches`` with the last ``4 * jobs`` of them cut in quarters (whole stories still): at
    the end this process waits for a worker's last two batches, and a quarter of one (about
    0.3 s of work, not 1 s) keeps that wait short. Each story's result is the same whatever
    batch it is briefed in."""
    cut = max(0, len(batches) - 4 * jobs)
    finer = [
        smaller
        for batch in batches[cut:]
        for smaller in story_batches(batch, max(1, sum(len(s.documents) for s in batch) // 4))
    ]
    return batches[:cut] + finer


#: How many items past the one due :func:`_in_order` makes in this process while a worker is
#: still at the one due.
_AHEAD = 4


def _story_task(task: StoryTask, settings: Settings, item: tuple[Sequence[Any], Any]) -> list[Any]:
    """``task`` of one batch of stories and its documents (an item of :func:`_in_order`)."""
    batch, group = item
    return task(batch, settings, group)


class _Workers:
    """The worker processes of a :class:`ProcessPool` for one briefing's stages, started on
    first use. Each stage lets them go when it ends, unless they are :meth:`held` (for a
    whole run, by :func:`open_runner`): then the workers that parsed a large input go on to
    its per-document work, their imports and models already loaded (a second and more of
    each worker's time)."""

    def __init__(self) -> None:
        self._pool: Any = None
        self._count = 0
        self._held = False

    @contextlib.contextmanager
    def using(self, count: int) -> Iterator[Any]:
        """A pool of ``count`` workers while the block runs (kept after it when held)."""
        if self._pool is not None and self._count != count:
            self.close()
        if self._pool is None:
            self._pool, self._count = process_pool(count), count
        try:
            yield self._pool
        except BaseException:
            self.close()  # a lost worker, or a failure: none of them are reused
            raise
        if not self._held:
            self.close()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """The workers kept from stage to stage while the block runs, and stopped after."""
        self._held = True
        try:
            yield
        finally:
            self._held = False
            self.close()

    def close(self) -> None:
        """Stop the workers now (held or not): a stage that is the last to use them."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=True, cancel_futures=True)


class _Spread:
    """The processes of one ``-j N`` run for the pieces of one input
    (:class:`~newsbrief.pipeline.parse.Spread`): ``N - 1`` workers, started on first use, and
    this process."""

    #: Records in a piece (about 0.15 s of parsing).
    piece_records = 128
    #: Fewest records worth the workers' start (about a second of CPU each, a model loaded):
    #: below, one process parses the input as before.
    min_records = 1000

    def __init__(self, workers: _Workers, count: int) -> None:
        self._workers = workers
        self._count = count

    def __call__(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """``function`` of each item, in order (:func:`_shared`)."""
        with self._workers.using(self._count) as pool:
            made, lost = _shared(pool, self._count, function, items)
        if lost:
            self._workers.close()  # a lost worker's pool is not used again
        return made


@attrs.frozen
class InProcess:
    """Everything in this process, one step after another."""

    def load(
        self,
        specs: Sequence[str],
        settings: Settings,
        *,
        stdin: BinaryIO | None = None,
        on_skip: Callable[[Skipped], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> Corpus:
        """:func:`~newsbrief.pipeline.load.load_inputs`, parsing here (one reader thread)."""
        return _load(specs, settings, 1, stdin, on_skip, on_progress)

    def story_results(
        self, documents: Sequence[Document], settings: Settings, task: StoryTask
    ) -> Iterator[Any]:
        """Partitions prepared in turn, stories grouped, then story batches briefed in turn,
        each batch's results given as soon as it is briefed."""
        # In one process annotator drafts would only move work earlier, and hold memory.
        parts = _partitions(documents, settings.partition_size)
        prepared = [
            prepare_partition(part, annotators=(), stopwords=settings.stopwords) for part in parts
        ]
        stories = group_partitions([prepared_features(part) for part in prepared])
        # The documents and their packed analyses (each document analysed once: its story's
        # briefing unpacks the analysis grouping made).
        by_id, held = held_documents(prepared)
        del prepared
        for batch in story_batches(stories, settings.batch_documents):
            # Taken out of the table: a batch's documents are released once it is briefed.
            yield from task(batch, settings, take_stories(by_id, held, batch))

    def prepare(self, documents: Sequence[Document], settings: Settings) -> PreparedBriefing | None:
        """``None``: in one process the briefing does its per-document work as it goes."""
        return None


@attrs.frozen
class ProcessPool:
    """Parsing and the per-partition and per-story tasks on ``jobs`` processes: worker
    processes, and this one beside ``jobs - 1`` of them where it would otherwise wait.

    In a script, run it under ``if __name__ == "__main__":``, as :mod:`multiprocessing`
    requires. One runner serves one run at a time: the workers it holds between stages
    (:meth:`held`) are not shared between threads; give each thread its own runner.
    """

    #: Worker processes (and threads reading inputs).
    jobs: int = attrs.field(validator=attrs.validators.ge(1))
    #: The workers of one briefing's stages (:meth:`held` keeps them from stage to stage).
    _workers: _Workers = attrs.field(factory=_Workers, init=False, eq=False, repr=False)

    def held(self) -> contextlib.AbstractContextManager[None]:
        """Within the block, the workers that parse one large input go on to its
        per-document work (:meth:`prepare`) instead of new ones starting; stopped after."""
        return self._workers.held()

    def load(
        self,
        specs: Sequence[str],
        settings: Settings,
        *,
        stdin: BinaryIO | None = None,
        on_skip: Callable[[Skipped], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> Corpus:
        """:func:`~newsbrief.pipeline.load.load_inputs` reading in ``jobs`` threads and
        parsing in ``jobs`` processes; one file is parsed here, a large JSON Lines file in
        pieces on ``jobs`` processes (``jobs - 1`` workers and this one)."""
        if not _one_file(specs) or self.jobs == 1:
            return _load(specs, settings, self.jobs, stdin, on_skip, on_progress)
        # One input is one task: in a worker it would only cost the worker's start and the
        # pickling of every document back while this process waits. Its records are parsed
        # in pieces instead, shared with this process (about 1 ms an article: 10,000
        # articles, 10 s in one process).
        spread = _Spread(self._workers, max(1, self.jobs - 1))
        return _load(specs, settings, 1, stdin, on_skip, on_progress, spread)

    def story_results(
        self, documents: Sequence[Document], settings: Settings, task: StoryTask
    ) -> Iterator[Any]:
        """Features per piece of the documents (:data:`STORY_PIECE_DOCUMENTS`) and story batches
        (the last ones finer, :func:`_finer_end`) on ``jobs`` processes (``jobs - 1`` workers
        and this one, :func:`_shared`); each batch's results given as soon as it and those
        before it are made (:func:`_in_order`).

        The workers that parsed a large input go on here (:meth:`held`), their imports done:
        a pool of ``jobs`` fresh workers beside an idle main process cost each its start
        (imports and models, about 2 s of CPU), one worker more. A consumer that stops early
        (a full disk) waits for the batches running, never for those queued (cancelled).
        """
        # Pieces no larger than :data:`STORY_PIECE_DOCUMENTS`: grouping flattens them, so the
        # stories are the same whatever the cut, and at the stage's end this process waits for
        # at most a worker's last two (not two partitions of 500: 2-3 s).
        parts = _partitions(documents, min(settings.partition_size, STORY_PIECE_DOCUMENTS))
        workers = max(1, self.jobs - 1)
        # Features come back with each document segmented and packed with its analysis
        # (stories.Packed, about 7 KB an article): story tasks neither segment nor analyse a
        # document again.
        features = functools.partial(packed_partition, stopwords=settings.stopwords)
        with self._workers.using(workers) as pool:
            prepared, lost = _shared(pool, workers, features, parts)
            if lost:
                self._workers.close()  # a lost worker's pool is not used again: all made here
            stories = group_partitions([(part[0], part[1]) for part in prepared])
            blobs = {i: blob for part in prepared for i, blob in part[2].blobs.items()}
            del prepared
            batches = _finer_end(story_batches(stories, settings.batch_documents), self.jobs)
            items = [(batch, take_packed(blobs, batch)) for batch in batches]
            briefed = functools.partial(_story_task, task, settings)
            losses: list[bool] = []
            for batch_results in _in_order(pool, 0 if lost else workers, briefed, items, losses):
                yield from batch_results
            if losses:
                self._workers.close()  # a lost worker's pool is not used again

    def prepare(self, documents: Sequence[Document], settings: Settings) -> PreparedBriefing | None:
        """Each document segmented, analysed, given its annotators' drafts and its grouping
        features (:func:`~newsbrief.pipeline.analyse.prepare_chunk`), in chunks on ``jobs``
        processes: ``jobs - 1`` workers and this one, collected here in order; ``None`` for
        a collection too small to repay starting the workers (:data:`PREPARE_MIN_DOCUMENTS`).

        This process takes chunks from the back while the workers take them from the front,
        instead of waiting for them: what it makes needs no pickling, and one worker fewer
        starts (docs/performance.md, "Session 8: ``-j 2`` for one briefing").
        """
        if len(documents) < PREPARE_MIN_DOCUMENTS:
            self._workers.close()  # the last stage that could use them
            return None
        workers = max(1, self.jobs - 1)
        # Small chunks (64 documents: 0.2 s): at the end this process waits for at most the
        # two each worker has taken.
        size = max(16, min(64, -(-len(documents) // (8 * self.jobs))))
        chunks = _partitions(documents, size)
        settled = 0

        def told(index: int, made: tuple[PreparedChunk, dict[str, bytes]]) -> None:
            nonlocal settled
            settled += len(made[0].documents)
            report("analyse", settled, len(documents), made[0].documents[-1].id)

        report("analyse", 0, len(documents))
        work = functools.partial(
            _prepared_chunk, annotators=settings.annotators, stopwords=settings.stopwords
        )
        with self._workers.using(workers) as pool:
            made, _ = _shared(pool, workers, work, chunks, told)
        # The last stage that uses them: an idle worker would hold its memory through the
        # rest of the briefing.
        self._workers.close()
        plain: list[Document] = []
        analyses: dict[str, Analysis] = {}
        drafts: dict[str, Mapping[str, Any]] = {}
        features: list[Any] = []
        headlines: list[str | None] = []
        repeats: dict[str, int] = {}
        from newsbrief.nlp.content_terms import remember_content_flags

        for chunk, flags in made:
            # The content flags the chunk's repeat count worked out (in a worker): read again
            # by the summary here.
            remember_content_flags(chunk.analyses, flags)
            plain.extend(chunk.documents)
            analyses.update(chunk.analyses)
            drafts.update(chunk.drafts)
            features.extend(chunk.grouping[0])
            headlines.extend(chunk.grouping[1])
            repeats.update(chunk.repeats)
        from newsbrief.pipeline.compose import TermCounts

        parts = [chunk.terms for chunk, _ in made if chunk.terms is not None]
        # The chunks' term counts added up (every chunk's, or the composer counts them).
        terms = TermCounts.of_parts(parts) if len(parts) == len(made) else None
        return PreparedBriefing(
            tuple(plain), analyses, drafts, (features, headlines), repeats, terms
        )


def _prepared_chunk(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    stopwords: Mapping[str, Iterable[str]] | None = None,
) -> tuple[PreparedChunk, dict[str, bytes]]:
    """:func:`~newsbrief.pipeline.analyse.prepare_chunk` (an item of :meth:`ProcessPool.
    prepare`), and the content flags its repeat count worked out for its analyses
    (:func:`~newsbrief.nlp.content_terms.known_content_flags`: one byte a token)."""
    from newsbrief.nlp.content_terms import known_content_flags

    chunk = prepare_chunk(documents, annotators, stopwords)
    return chunk, known_content_flags(chunk.analyses)


@attrs.frozen
class Dask:
    """Parsing and every later step on a Dask cluster; the documents stay on its workers."""

    #: The :class:`distributed.Client` of the cluster.
    client: Client

    def load(
        self,
        specs: Sequence[str],
        settings: Settings,
        *,
        stdin: BinaryIO | None = None,
        on_skip: Callable[[Skipped], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> DistributedCorpus:
        """:func:`newsbrief.pipeline.dask.load`: read here in ``settings.jobs`` threads,
        parsed on the workers, where the documents stay."""
        from newsbrief.pipeline.dask import load

        options = LoadOptions.of(settings, stdin=stdin, on_skip=on_skip, on_progress=on_progress)
        return load(self.client, *specs, **options.keywords())

    def story_results(
        self,
        documents: Sequence[Document] | DistributedCorpus,
        settings: Settings,
        task: StoryTask,
    ) -> Iterator[Any]:
        """:func:`newsbrief.pipeline.dask.iter_story_results` on this runner's client."""
        from newsbrief.pipeline.dask import iter_story_results

        return iter_story_results(self.client, documents, settings, task)

    def prepare(self, documents: Sequence[Document], settings: Settings) -> PreparedBriefing | None:
        """``None``: a Dask cluster briefs per story; one briefing is made in this process."""
        return None


def runner_for(settings: Settings, client: Client | None = None) -> Runner:
    """The runner for ``settings`` with an already connected ``client``: Dask with a client,
    a process pool with ``jobs > 1``, else this process."""
    if client is not None:
        return Dask(client)
    if settings.jobs > 1:
        return ProcessPool(settings.jobs)
    return InProcess()


@contextlib.contextmanager
def open_runner(settings: Settings) -> Iterator[Runner]:
    """The runner ``settings`` ask for, connected while the block runs: ``scheduler`` (a Dask
    scheduler's address) connects to it, and closes the connection after."""
    if settings.scheduler is None:
        runner = runner_for(settings)
        # A process pool's workers serve every stage of the run, then stop.
        with runner.held() if isinstance(runner, ProcessPool) else contextlib.nullcontext():
            yield runner
        return
    from newsbrief.pipeline.dask import connect

    with connect(settings.scheduler) as client:
        yield Dask(client)
