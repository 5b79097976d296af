"""Loading and story briefings on a Dask cluster (the optional ``dask`` extra).

:func:`load` is :func:`newsbrief.load` with the parsing done by Dask workers, and
:func:`newsbrief.scaling.build_story_briefings` of the :class:`DistributedCorpus` it returns runs
every later step there too (:func:`story_results`, which the Dask runner of
:mod:`newsbrief.pipeline.runners` calls); the documents never come back to the client.

1. **Read on the client, parsed on the workers**: the client expands the inputs (paths,
   directories, globs, ``@lists``, URLs, ``-``), reads them in input order with a bounded
   window, drops repeated URLs and contents (their hash needs the bytes), and scatters the rest
   in batches of raw inputs (:data:`BATCH_INPUTS` inputs or 32 MiB) to the workers, where each
   batch is parsed by :func:`newsbrief.pipeline.parse.parse_inputs`, the code ``--jobs``
   runs. Reading on the client means workers need neither the client's files nor its network
   or page cache; at most a few batches per worker thread are in flight, so neither side holds
   the corpus's raw bytes. Only each input's problems and its documents' ids come back, so
   skipped inputs are reported exactly as :func:`newsbrief.load` reports them, in the same order.
2. **Partitioned**: ids are made unique over the whole collection (on the client, ids only), and
   the parsed documents are cut into partitions of ``settings.partition_size`` (500)
   whatever the input files were (a feed of 10,000 articles in one file is 20 partitions). Each
   partition is segmented, annotated per document (each annotator's ``prepare``: entity
   candidates, dates of dated articles, quotation marks; see
   :func:`newsbrief.pipeline.annotate.prepare_documents`) and its story-grouping features
   extracted on a worker. The documents stay on the workers.
3. **Grouped on the workers**: the features stay where they were extracted; story grouping runs
   as a shuffle on blocking keys (:func:`group_on_cluster`, :mod:`newsbrief.stories.blocking`):
   each partition sends its keys' postings to buckets of keys (one per worker thread), each
   bucket finds its keys' document frequencies and the candidate pairs of its rare keys, each
   partition makes its documents' TF-IDF rows with the collection's IDF, and each bucket of
   pairs scores its pairs on the rows it asked for. Only the linked pairs come back to the
   client, which joins them with union-find (a root per document), then each story's label
   and shared names. The stories are those of the single-process grouping, bit for bit.
4. **Shuffled**: stories are cut into batches of whole stories; for each batch, a selection task
   per partition picks the batch's documents out of that partition, so each story task receives
   just its documents, never whole partitions.
5. **Per story**: each batch finishes its annotation with only the cross-document part (names
   merged across a story's documents, undated articles dated from their story, quotes
   attributed to merged names), reusing the per-document drafts, and is summarised, one
   briefing per story.

The client gathers the briefings in story order, so the result is identical to the local run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.model import Document, Story
from newsbrief.model.frozen import to_tuple
from newsbrief.model.raw import RawInput
from newsbrief.pipeline.corpus import Skipped, unique_id_list, with_id
from newsbrief.pipeline.group import group_partitions
from newsbrief.pipeline.load import Pending, load_outcomes, outcome_skips
from newsbrief.pipeline.parse import (
    Outcome,
    decoding_note,
    max_document_chars,
    parse_inputs,
    parser_extensions,
)
from newsbrief.pipeline.settings import PARTITION_SIZE, Settings
from newsbrief.pipeline.stories import (
    StoryTask,
    brief_stories,
    prepare_partition,
    prepared_features,
    select_documents,
    story_batches,
)

if TYPE_CHECKING:
    import os

    from distributed import Client, Future

    from newsbrief.fetch import FetchOptions, PageCache
    from newsbrief.pipeline.load import Progress

#: Raw inputs parsed by one Dask task (fewer when they hold 32 MiB).
BATCH_INPUTS = 64


#: Parse tasks in flight per worker thread, ahead of the client's consumer.
BATCHES_IN_FLIGHT = 2


@attrs.frozen
class ParsedInput(Outcome):
    """What the client learns of an input parsed on a worker: problems, documents' ids and notes.

    The documents themselves stay on the worker, in the result of the input's parse task.
    """

    #: Ids of the input's documents as parsed (before ids are made unique), in order.
    document_ids: tuple[str, ...] = ()
    #: Decoding notes (:func:`newsbrief.loading.decoding_note`) of the input's documents.
    notes: tuple[str, ...] = ()
    #: Position of the input's first document in its parse task's documents.
    first: int = 0
    #: The parse task (a Dask future; set on the client).
    task: Any = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(eq=False)
class DistributedCorpus:
    """Documents parsed and held on a Dask cluster, and the inputs that were skipped.

    What :func:`load` returns; :func:`newsbrief.scaling.build_story_briefings` and
    :func:`~newsbrief.scaling.story_briefings_jsonl` take it as they take a
    :class:`~newsbrief.pipeline.Corpus`. It keeps the documents on the workers for as long as
    it exists.
    """

    #: The client whose cluster holds the documents.
    client: Client
    #: The inputs with documents, in input order.
    parsed: tuple[ParsedInput, ...] = attrs.field(converter=to_tuple)
    #: Inputs that failed or duplicated an earlier one, as :attr:`Corpus.skipped`.
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=to_tuple)
    #: The documents' ids, unique within the corpus, in order (as a local load makes them).
    document_ids: tuple[str, ...] = attrs.field(init=False)

    @document_ids.default
    def _unique_ids(self) -> tuple[str, ...]:
        return tuple(unique_id_list([i for item in self.parsed for i in item.document_ids]))

    def __len__(self) -> int:
        return len(self.document_ids)

    @property
    def errors(self) -> tuple[Skipped, ...]:
        """The skipped inputs that failed (duplicates left out)."""
        return tuple(item for item in self.skipped if item.kind == "error")

    @property
    def notes(self) -> tuple[str, ...]:
        """``where: encoding`` for each document whose decoding replaced unreadable bytes."""
        return tuple(note for item in self.parsed for note in item.notes)

    def partitions(self, size: int = PARTITION_SIZE) -> list[tuple[Future, list[str]]]:
        """The documents in partitions of ``size``: a future of each one's documents, its ids.

        Each partition is built on a worker from slices of the parse tasks' results, its
        documents renamed to the unique ids.
        """
        ids = self.document_ids
        # One sweep over the runs of consecutive documents of a parse task, cut at each
        # partition boundary.
        parts: list[tuple[Future, list[str]]] = []
        tasks: list[Future] = []
        spans: list[tuple[int, int, int]] = []
        filled = 0
        for task, first, count in self._runs():
            while count:
                take = min(count, size - filled)
                if not tasks or tasks[-1] is not task:
                    tasks.append(task)
                spans.append((len(tasks) - 1, first, first + take))
                first, count, filled = first + take, count - take, filled + take
                if filled == size:
                    start = len(parts) * size
                    parts.append(self._partition(ids[start : start + size], spans, tasks))
                    tasks, spans, filled = [], [], 0
        if filled:
            start = len(parts) * size
            parts.append(self._partition(ids[start:], spans, tasks))
        return parts

    def _partition(
        self, ids: Sequence[str], spans: list[tuple[int, int, int]], tasks: list[Future]
    ) -> tuple[Future, list[str]]:
        part_ids = list(ids)
        future = self.client.submit(take_documents, part_ids, spans, *tasks, pure=False)
        return future, part_ids

    def documents(self) -> list[Document]:
        """Every document, gathered to the client in order (what :func:`newsbrief.load` holds)."""
        parts = self.partitions()
        return [document for part in self.client.gather([f for f, _ in parts]) for document in part]

    def _runs(self) -> Iterator[tuple[Future, int, int]]:
        # (parse task, first document in its result, count): consecutive inputs of one parse
        # task make one run.
        run: list[Any] | None = None
        for item in self.parsed:
            count = len(item.document_ids)
            if run is not None and run[0] is item.task and run[1] + run[2] == item.first:
                run[2] += count
                continue
            if run is not None:
                yield run[0], run[1], run[2]
            run = [item.task, item.first, count]
        if run is not None:
            yield run[0], run[1], run[2]


def load(
    client: Client,
    *specs: str,
    parser: str | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike[str] | PageCache | None = None,
    fetch_options: FetchOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    batch_inputs: int = BATCH_INPUTS,
) -> DistributedCorpus:
    """:func:`newsbrief.load` with the parsing done on ``client``'s workers.

    Same arguments and the same skipped inputs, messages and (unique) document ids in the same
    order; ``jobs`` is the number of threads reading inputs on the client. The inputs are read
    here (workers need no access to them) and parsed ``batch_inputs`` at a time on the workers,
    where the documents stay: pass the result to
    :func:`newsbrief.scaling.build_story_briefings`, or call its
    :meth:`~DistributedCorpus.documents` to fetch them.
    """
    threads = max(1, sum(client.nthreads().values()))
    batch_inputs = max(1, batch_inputs)
    outcomes = load_outcomes(
        specs,
        parser_extensions(),
        parser=parser,
        stdin=stdin,
        jobs=jobs,
        cache=cache,
        fetch_options=fetch_options,
        on_progress=on_progress,
        parse_batch=_DaskParsing(client, parser, max_document_chars()),
        batch_inputs=batch_inputs,
        window=BATCHES_IN_FLIGHT * threads * batch_inputs,
    )
    parsed: list[ParsedInput] = []
    skipped: list[Skipped] = []
    # As newsbrief.load records outcomes, minus the documents (they stay on the workers).
    with contextlib.closing(outcomes):
        for outcome in outcomes:
            if isinstance(outcome, ParsedInput) and outcome.document_ids:
                parsed.append(outcome)
            for skip in outcome_skips(outcome, strict=strict):
                skipped.append(skip)
                if on_skip is not None:
                    on_skip(skip)
    return DistributedCorpus(client, parsed, skipped)


def parse_batch(
    raws: Sequence[RawInput], parser: str | None, limit: int
) -> tuple[list[Document], list[ParsedInput]]:
    """Parse a batch of raw inputs on a worker: all their documents, and what the client needs."""
    documents: list[Document] = []
    summaries = []
    for outcome in parse_inputs(raws, parser, limit):
        docs = outcome.documents
        notes = tuple(note for note in map(decoding_note, docs) if note is not None)
        summaries.append(
            ParsedInput(
                outcome.name,
                problems=outcome.problems,
                duplicates=outcome.duplicates,
                document_ids=tuple(document.id for document in docs),
                notes=notes,
                first=len(documents),
            )
        )
        documents.extend(docs)
    return documents, summaries


def parse_summaries(parsed: tuple[list[Document], list[ParsedInput]]) -> list[ParsedInput]:
    """The part of a parse task's result the client gathers."""
    return parsed[1]


def take_documents(
    ids: Sequence[str],
    spans: Sequence[tuple[int, int, int]],
    *parsed: tuple[list[Document], list[ParsedInput]],
) -> list[Document]:
    """One partition: ``(task, start, stop)`` slices of parse results, renamed to ``ids``."""
    documents = [doc for task, start, stop in spans for doc in parsed[task][0][start:stop]]
    return [with_id(document, doc_id) for document, doc_id in zip(documents, ids, strict=True)]


class _DaskParsing:
    """A :data:`newsbrief.loading.BatchParser` that parses on Dask workers."""

    def __init__(self, client: Client, parser: str | None, limit: int) -> None:
        self.client = client
        self.parser = parser
        self.limit = limit

    def __call__(self, raws: list[RawInput]) -> Pending[list[ParsedInput]]:
        # Scattered, not put in the task: raw bytes do not belong in the scheduler's graph.
        [data] = self.client.scatter([raws], hash=False)
        task = self.client.submit(parse_batch, data, self.parser, self.limit, pure=False)
        return _Summaries(task, self.client.submit(parse_summaries, task, pure=False))


class _Summaries:
    """The client's view of a parse task: its summaries, each pointing back at the task."""

    def __init__(self, task: Future, summaries: Future) -> None:
        self.task = task
        self.summaries = summaries

    def result(self) -> list[ParsedInput]:
        return [attrs.evolve(item, task=self.task) for item in self.summaries.result()]


def connect(address: str) -> Client:
    """A :class:`distributed.Client` of the scheduler at ``address`` (``tcp://host:port``)."""
    try:
        from distributed import Client
    except ImportError:
        raise NewsbriefError("--scheduler needs Dask: pip install 'newsbrief[dask]'") from None
    try:
        return Client(address)
    except (OSError, ValueError) as error:
        raise NewsbriefError(f"cannot reach the Dask scheduler at {address}: {error}") from None


#: From this many documents on, stories are grouped on the workers (:func:`group_on_cluster`)
#: rather than on the client from the gathered features. Below it gathering is faster: the
#: features of 10,000 articles are 9.4 MB and group in 3.7 s of one core, while the shuffle
#: costs about twice the CPU and moves postings and rows between workers (29.5 s on two local
#: workers of a loaded machine); beyond it the client's memory and single core are the limit
#: (a million articles: about 1 GB of features and 5 minutes of scoring).
SHUFFLE_DOCUMENTS = 100_000


def group_on_cluster(
    client: Client, features: Sequence[Future], ids: Sequence[Sequence[str]]
) -> tuple[Story, ...]:
    """The stories of the partitions whose features (and headlines) are ``features`` (futures,
    ``ids`` their documents' ids), grouped on the workers by a shuffle on blocking keys
    (:mod:`newsbrief.stories.blocking`): the client receives the linked pairs, each story's
    label and shared entities, never the features. One bucket of keys per worker thread."""
    from newsbrief.stories.blocking import group_in_buckets

    def submit(function: Callable[..., Any], *args: Any) -> Future:
        return client.submit(function, *args, pure=False)

    buckets = max(1, sum(client.nthreads().values()))
    return group_in_buckets(features, ids, submit, client.gather, buckets)


def story_results(
    client: Client,
    documents: Sequence[Document] | DistributedCorpus,
    settings: Settings,
    task: StoryTask = brief_stories,
) -> list[Any]:
    """``task``'s results (briefings by default), one per story of ``documents``, on ``client``.

    ``documents`` are a :class:`DistributedCorpus` on ``client``'s cluster, or documents with
    unique ids (as :func:`newsbrief.scaling.build_story_briefings` makes them), scattered here;
    results come in story order. Partitions hold ``settings.partition_size`` documents and
    story tasks about ``settings.batch_documents``.
    """
    return list(iter_story_results(client, documents, settings, task))


def iter_story_results(
    client: Client,
    documents: Sequence[Document] | DistributedCorpus,
    settings: Settings,
    task: StoryTask = brief_stories,
) -> Iterator[Any]:
    """:func:`story_results` one story batch at a time, in story order: each batch's results
    are fetched from the cluster when those before it have been given (and released there),
    so this process never holds them all."""
    partition_size = settings.partition_size
    if isinstance(documents, DistributedCorpus):
        parts = documents.partitions(partition_size)
    else:
        chunks = [
            documents[i : i + partition_size] for i in range(0, len(documents), partition_size)
        ]
        futures = client.scatter(chunks) if chunks else []
        parts = [(f, [d.id for d in chunk]) for f, chunk in zip(futures, chunks, strict=True)]
    if not parts:
        return
    prepared = [
        client.submit(
            prepare_partition, future, settings.annotators, settings.stopwords, pure=False
        )
        for future, _ in parts
    ]
    features = [client.submit(prepared_features, part, pure=False) for part in prepared]
    if sum(len(ids) for _, ids in parts) >= SHUFFLE_DOCUMENTS:
        stories = group_on_cluster(client, features, [ids for _, ids in parts])
    else:
        stories = group_partitions(client.gather(features))

    partition_of = {doc_id: index for index, (_, ids) in enumerate(parts) for doc_id in ids}
    tasks = []
    for batch in story_batches(stories, settings.batch_documents):
        wanted: dict[int, list[str]] = {}
        for story in batch:
            for doc_id in story.documents:
                wanted.setdefault(partition_of[doc_id], []).append(doc_id)
        selections = [
            client.submit(select_documents, prepared[index], ids, pure=False)
            for index, ids in sorted(wanted.items())
        ]
        tasks.append(client.submit(task, batch, settings, *selections, pure=False))
    # Every task is submitted (the workers brief ahead); results fetched one batch at a time.
    tasks.reverse()
    while tasks:
        yield from tasks.pop().result()
