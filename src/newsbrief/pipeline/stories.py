"""The per-story tasks of large collections (``--per-story``): one briefing per story.

A day's feed holds thousands of articles on hundreds of events; one briefing of all of them says
little. The collection is cut into partitions; each partition is prepared where it is
(:func:`prepare_partition`: segmented, its annotators' per-document drafts made, its
story-grouping features extracted); only the features are gathered to group the stories
(:func:`newsbrief.pipeline.group.group_partitions`); stories are cut into batches of whole
stories (:func:`story_batches`); and each batch is briefed (:func:`brief_stories`), every
story annotated and summarised on its own documents only. These are plain functions: a runner
(:mod:`newsbrief.pipeline.runners`) decides where each runs, never what it computes, so the
briefings are the same in this process, a process pool or on Dask.

Every step is linear in the number of articles: parsing, segmenting and feature extraction are
per document, grouping scores only candidate pairs from a capped inverted index, and each
story's summary costs at most a bounded number of sentences.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import pickle
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Union

import attrs

from newsbrief.model import Briefing, Document, Story
from newsbrief.nlp.stopwords import using_stopwords
from newsbrief.pipeline.annotate import Drafted, Drafts, prepare_documents
from newsbrief.pipeline.brief import build_briefing
from newsbrief.pipeline.settings import STORY_BATCH_DOCUMENTS, Settings

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.pipeline.group import PartitionFeatures

#: A prepared partition: its documents (segmented) with their drafts and packed analyses
#: beside them, their features and headlines.
Prepared = tuple["Analysed", list[Any], list[str | None]]
#: A story task: ``(stories, settings, *document_groups) -> one result per story``.
StoryTask = Callable[..., list[Any]]
#: What a story task takes its documents from.
DocumentGroup = Union[Sequence[Document], Drafted, "Analysed", "Packed"]

DocValue = TypeVar("DocValue")

#: Whether what crosses a process boundary packed (:class:`Packed`) is compressed too.
PACK_COMPRESSED = True
#: The first bytes of an LZ4 frame (what :func:`pack` compresses to).
_LZ4_MAGIC = b"\x04\x22\x4d\x18"


def pack(value: Any, compress: bool = False) -> bytes:
    """``value`` (an analysis, or a document with its analysis) made compact to be held until
    its story is briefed: pickled (about 10 KB an analysis, against about 28 KB as made), and
    compressed by LZ4 with ``compress`` (:func:`unpack` gives it back either way).

    Pickling and unpickling an analysis take about 0.18 ms, analysing the document again about
    1.4 ms. LZ4 takes a third off a document with its analysis (15.6 -> 9.7 KB) for about
    0.035 ms there and back; zlib at its fastest (level 1, used until session 9) took 40% more
    off but cost 0.29 ms, 2.5 s of CPU for 10,000 articles with ``-j 2``. What stays in one
    process is only pickled; what is sent between processes is compressed (:class:`Packed`).
    """
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    if not compress:
        return data
    import lz4.frame

    return lz4.frame.compress(data)


def unpack(blob: bytes) -> Any:
    """What :func:`pack` packed, compressed or not (a pickle opens with its protocol opcode,
    0x80; an LZ4 frame with its magic number)."""
    if blob[:4] == _LZ4_MAGIC:
        import lz4.frame

        blob = lz4.frame.decompress(blob)
    return pickle.loads(blob)


@attrs.frozen
class Analysed:
    """Segmented documents with their drafts, and their analyses made ahead, packed.

    Each document is analysed once for story grouping (:func:`prepare_partition`); its
    analysis is what its story's briefing needs again, but held as made (about 28 KB an
    article) every analysis of the collection would wait for its story, so it is kept
    packed (:func:`pack`: about 10 KB) and unpacked only for its story's briefing, in an
    eighth of the time analysing it again takes. Iterates over the documents.
    """

    #: The documents, segmented, with their annotators' drafts.
    drafted: Drafted
    #: ``{doc_id: packed Analysis}``.
    analyses: Mapping[str, bytes] = attrs.field(factory=dict)
    #: ``{doc_id: count}`` of each document's sentences repeating its earlier text (the
    #: coverage notes' count, :func:`~newsbrief.pipeline.compose.repeated_sentences`; 0
    #: included), counted with the partition: its story's briefing does not count them again.
    repeats: Mapping[str, int] = attrs.field(factory=dict)
    #: ``{doc_id: content flags}`` of the analyses (one byte a token,
    #: :func:`~newsbrief.nlp.content_terms.known_content_flags`), worked out by that count
    #: and kept for the story's summary, which reads them again from the unpacked analysis.
    flags: Mapping[str, bytes] = attrs.field(factory=dict)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.drafted.documents)

    def __len__(self) -> int:
        return len(self.drafted.documents)

    def select(self, doc_ids: Iterable[str]) -> Analysed:
        """The documents whose ids are in ``doc_ids`` (in this order), drafts, analyses and
        counts."""
        drafted = self.drafted.select(doc_ids)
        return Analysed(
            drafted,
            _entries_of(self.analyses, drafted.documents),
            _entries_of(self.repeats, drafted.documents),
            _entries_of(self.flags, drafted.documents),
        )


def _entries_of(
    table: Mapping[str, DocValue], documents: Iterable[Document]
) -> dict[str, DocValue]:
    """The entries of ``table`` of ``documents`` (those it has)."""
    return {d.id: table[d.id] for d in documents if d.id in table}


@attrs.frozen
class Packed:
    """Documents sent to a story task packed with their analyses: ``{doc_id: pack((document,
    analysis, repeats, flags))}`` (the document segmented, with its count of repeated
    sentences and its analysis' content flags, as :class:`Analysed` holds them). What
    :class:`~newsbrief.pipeline.runners.ProcessPool` sends between processes: smaller than
    the document alone, and neither segmented, analysed nor counted again where it arrives."""

    #: ``{doc_id: packed (Document, Analysis, int, bytes)}``.
    blobs: Mapping[str, bytes]


@attrs.frozen
class _PreparedPartition:
    """What :func:`_prepare` makes of a partition."""

    drafted: Drafted
    analyses: dict[str, Analysis]
    features: list[Any]
    headlines: list[str | None]
    #: ``{doc_id: count}`` (empty unless counted).
    repeats: dict[str, int]
    #: ``{doc_id: content flags}`` (empty unless counted).
    flags: dict[str, bytes]


def _prepare(
    documents: Sequence[Document],
    annotators: Iterable[str] | None,
    stopwords: Mapping[str, Iterable[str]] | None,
    count: bool = True,
) -> _PreparedPartition:
    """The documents segmented with their drafts, their analyses, features and headlines; with
    ``count``, each one's count of repeated sentences and its analysis' content flags too."""
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.nlp.content_terms import known_content_flags
    from newsbrief.nlp.near_duplicates import shared_analyses
    from newsbrief.nlp.normal_form import normal_view
    from newsbrief.pipeline.analyse import segmented
    from newsbrief.pipeline.compose import repeated_sentences
    from newsbrief.stories.features import extract_features
    from newsbrief.stories.grouping import headline

    repeats: dict[str, int] = {}
    flags: dict[str, bytes] = {}
    # Passed, not read from the context: a worker process or Dask worker does not inherit it.
    with using_stopwords(stopwords) if stopwords else contextlib.nullcontext():
        drafted = prepare_documents(documents, annotators)
        # The partition analysed together, as one briefing analyses its documents (the words
        # of short texts found in one pass: less time than one document at a time), and the
        # story-grouping features read from those analyses (without asking the analysis
        # memory for each document again).
        analyses = analyse_documents(drafted.documents)
        features = [extract_features(d, analyses[d.id]) for d in drafted.documents]
        headlines = [headline(document) for document in drafted.documents]
        # A document not in NFC is grouped by its NFC view, as build_briefing groups it
        # (newsbrief.nlp.normal_form): per story, the stories of its NFC form.
        for k, document in enumerate(drafted.documents):
            if (view := normal_view(document)) is not None:
                seen = segmented(view.view)
                features[k] = extract_features(seen, analyse_documents([seen])[seen.id])
                headlines[k] = headline(seen)
        if count:
            # The coverage notes' count, per document (the same whatever the documents counted
            # with it): counted here a partition at a time, where one story at a time paid a
            # block check's fixed cost (NumPy) for each story.
            with shared_analyses(analyses):
                counted = repeated_sentences(drafted.documents)
            repeats = {d.id: counted.get(d.id, 0) for d in drafted.documents}
            flags = known_content_flags(analyses)
    return _PreparedPartition(drafted, analyses, features, headlines, repeats, flags)


def prepare_partition(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    stopwords: Mapping[str, Iterable[str]] | None = None,
) -> Prepared:
    """Per-document work on one partition: prepared documents, their features and headlines.

    Documents come back segmented, with the per-document drafts of ``annotators`` (all
    registered ones by default; ``()`` for none, when only the features are wanted) and their
    analyses (packed, :class:`Analysed`) beside them, which their story's annotation and
    analysis steps reuse (:func:`newsbrief.pipeline.annotate.prepare_documents`).
    ``stopwords`` (the run's own, ``Settings.stopwords``) are in force meanwhile, as
    :func:`~newsbrief.pipeline.brief.build_briefing` puts them for its own grouping: stories
    are grouped alike in either.
    """
    made = _prepare(documents, annotators, stopwords)
    packed = {doc_id: pack(analysis) for doc_id, analysis in made.analyses.items()}
    analysed = Analysed(made.drafted, packed, made.repeats, made.flags)
    return analysed, made.features, made.headlines


def prepared_features(prepared: Prepared) -> PartitionFeatures:
    """What story grouping needs of a prepared partition (the documents stay where they are)."""
    return prepared[1], prepared[2]


def features_of(
    documents: Sequence[Document], stopwords: Mapping[str, Iterable[str]] | None = None
) -> PartitionFeatures:
    """Story-grouping features and headlines of one partition (segmenting it), with the
    run's ``stopwords`` in force."""
    # No annotator drafts: only the features go back, the documents are prepared again.
    made = _prepare(documents, (), stopwords, count=False)
    return made.features, made.headlines


def packed_partition(
    documents: Sequence[Document], stopwords: Mapping[str, Iterable[str]] | None = None
) -> tuple[list[Any], list[str | None], Packed]:
    """:func:`features_of`, and the documents segmented and packed with their analyses and
    counts (:class:`Packed`), for a story task in another process to brief without
    segmenting, analysing or counting them again."""
    made = _prepare(documents, (), stopwords)
    blobs = {
        d.id: pack(
            (d, made.analyses[d.id], made.repeats[d.id], made.flags.get(d.id)), PACK_COMPRESSED
        )
        for d in made.drafted.documents
    }
    return made.features, made.headlines, Packed(blobs)


@attrs.define
class Held:
    """The packed analyses and counts of prepared partitions (:func:`held_documents`), held in
    this process until their stories are briefed: :meth:`take` takes a batch's out."""

    #: ``{doc_id: packed Analysis}``.
    analyses: dict[str, bytes] = attrs.field(factory=dict)
    #: ``{doc_id: count of repeated sentences}`` (:attr:`Analysed.repeats`).
    repeats: dict[str, int] = attrs.field(factory=dict)
    #: ``{doc_id: content flags}`` (:attr:`Analysed.flags`).
    flags: dict[str, bytes] = attrs.field(factory=dict)

    def take(self, documents: Sequence[Document]) -> Analysed:
        """``documents`` with their packed analyses and counts, taken out of these tables."""
        return Analysed(
            Drafted(documents),
            _taken(self.analyses, documents),
            _taken(self.repeats, documents),
            _taken(self.flags, documents),
        )


def _taken(table: dict[str, DocValue], documents: Iterable[Document]) -> dict[str, DocValue]:
    """The entries of ``table`` of ``documents`` (those it has), taken out of it."""
    return {d.id: table.pop(d.id) for d in documents if d.id in table}


def held_documents(prepared: Iterable[Prepared]) -> tuple[dict[str, Document], Held]:
    """The prepared partitions' documents by id, and their packed analyses and counts, held in
    this process for their stories (:func:`take_stories` takes them out)."""
    documents: dict[str, Document] = {}
    held = Held()
    for part in prepared:
        documents.update((document.id, document) for document in part[0])
        held.analyses.update(part[0].analyses)
        held.repeats.update(part[0].repeats)
        held.flags.update(part[0].flags)
    return documents, held


def take_stories(documents: dict[str, Document], held: Held, stories: Sequence[Story]) -> Analysed:
    """The documents of ``stories`` (in story order) and their packed analyses and counts,
    taken out of ``documents`` and ``held`` (so a batch's documents are released once it is
    briefed)."""
    return held.take([documents.pop(doc_id) for story in stories for doc_id in story.documents])


def take_packed(blobs: dict[str, bytes], stories: Sequence[Story]) -> Packed:
    """The packed documents of ``stories``, taken out of ``blobs``."""
    return Packed({i: blobs.pop(i) for story in stories for i in story.documents})


def select_documents(prepared: Prepared, doc_ids: Sequence[str]) -> Analysed:
    """The documents of a prepared partition whose ids are in ``doc_ids``, with their drafts
    and packed analyses (the shuffle step)."""
    return prepared[0].select(doc_ids)


def story_batches(
    stories: Sequence[Story], max_documents: int = STORY_BATCH_DOCUMENTS
) -> list[list[Story]]:
    """Consecutive runs of whole stories holding about ``max_documents`` documents each."""
    batches: list[list[Story]] = []
    size = 0
    for story in stories:
        if not batches or size + len(story.documents) > max_documents:
            batches.append([])
            size = 0
        batches[-1].append(story)
        size += len(story.documents)
    return [batch for batch in batches if batch]


def story_briefing(
    story: Story,
    documents: Sequence[Document],
    settings: Settings,
    drafts: Drafts | None = None,
    analyses: Mapping[str, Analysis] | None = None,
    repeats: Mapping[str, int] | None = None,
) -> Briefing:
    """The briefing of one story: its documents (segmented), annotated and summarised.

    The briefing's title is the story's label and its only story is ``story`` (id kept, so a
    briefing can be traced back to the collection's grouping): the documents are not grouped
    again, and annotators see that story. ``drafts`` made by :func:`prepare_partition` are
    reused by the annotators, and ``analyses`` (``{doc_id: Analysis}``) by every stage;
    ``repeats`` (``{doc_id: count}`` of sentences repeating earlier text, for every document)
    by the coverage notes.
    """
    titled = attrs.evolve(settings, title=story.label)
    return build_briefing(
        documents, titled, stories=(story,), drafts=drafts, analyses=analyses, repeats=repeats
    )


def brief_stories(
    stories: Sequence[Story], settings: Settings, *document_groups: DocumentGroup
) -> list[Briefing]:
    """The briefings of ``stories`` (in order), their documents found in ``document_groups``
    (with their drafts and analyses, for :class:`~newsbrief.pipeline.annotate.Drafted`,
    :class:`Analysed` and :class:`Packed` groups)."""
    return list(iter_briefings(stories, settings, *document_groups))


def iter_briefings(
    stories: Sequence[Story], settings: Settings, *document_groups: DocumentGroup
) -> Iterator[Briefing]:
    """The briefings of ``stories`` one at a time, in order, each made when asked for (as
    :func:`brief_stories`): a caller that writes each one before asking for the next never
    holds two (nor more than one story's analyses unpacked)."""
    from newsbrief.nlp.content_terms import remember_content_flags

    by_id: dict[str, Document] = {}
    drafts: dict[str, Any] = {}
    analyses: dict[str, bytes] = {}
    repeats: dict[str, int] = {}
    flags: dict[str, bytes] = {}
    packed: dict[str, bytes] = {}
    for group in document_groups:
        if isinstance(group, Packed):
            packed.update(group.blobs)
            continue
        by_id.update((document.id, document) for document in group)
        if isinstance(group, Analysed):
            drafts.update(group.drafted.drafts)
            analyses.update(group.analyses)
            repeats.update(group.repeats)
            flags.update(group.flags)
        elif isinstance(group, Drafted):
            drafts.update(group.drafts)
    for story in stories:
        documents = []
        made: dict[str, Analysis] = {}
        counted: dict[str, int] = {}
        own: dict[str, bytes] = {}
        for doc_id in story.documents:
            if doc_id in packed:
                document, made[doc_id], counted[doc_id], known = unpack(packed[doc_id])
                if known is not None:
                    own[doc_id] = known
            else:
                document = by_id[doc_id]
                if doc_id in analyses:
                    made[doc_id] = unpack(analyses[doc_id])
                if doc_id in repeats:
                    counted[doc_id] = repeats[doc_id]
                if doc_id in flags:
                    own[doc_id] = flags[doc_id]
            documents.append(document)
        # The content flags worked out with the count, kept for as long as the analyses live
        # (the summary reads them); a count missing for any document is made by the briefing.
        remember_content_flags(made, own)
        yield story_briefing(story, documents, settings, drafts, made or None, counted or None)


def brief_stories_jsonl(
    stories: Sequence[Story], settings: Settings, *document_groups: DocumentGroup
) -> list[str]:
    """Like :func:`brief_stories`, but each briefing already encoded as a JSON Lines line
    (the ``json`` exporter with ``settings.export_options``).

    Encoding where the briefing is made saves sending the briefing back to be encoded; each
    briefing is encoded as soon as it is made and let go, so a batch's briefings are never all
    held at once (only their lines).
    """
    briefings = iter_briefings(stories, settings, *document_groups)
    return list(briefings_to_jsonl(briefings, settings.export_options))


def briefings_to_jsonl(
    briefings: Iterable[Briefing], export_options: Mapping[str, Any] | None = None
) -> Iterator[str]:
    """Each briefing as one line of JSON Lines: what the ``json`` exporter writes, compacted."""
    from newsbrief.exporters.json_exporter import JsonExporter, briefing_to_dict

    # The json exporter's options, read as it reads them.
    options = JsonExporter().settings(export_options or {})
    for briefing in briefings:
        yield briefing_line(briefing_to_dict(briefing, **options))


def briefing_line(data: dict[str, Any]) -> str:
    """A briefing's JSON data (:func:`~newsbrief.exporters.json_exporter.briefing_to_dict`)
    as one line of JSON Lines: the text of ``json.dumps(data, ensure_ascii=False,
    sort_keys=True, separators=(",", ":"), allow_nan=False) + "\\n"``, written by orjson
    where it writes the same text (a tenth of the time), by the json module otherwise.

    orjson's compact text is the json module's (same escapes, separators, key order, shortest
    float digits) except floats between 1e-10 and 1e-4 and NaN or infinities. A briefing's
    data holds neither: every float of it went through the exporter's number function, which
    drops the others and marks the small ones (a float subclass, handed to :func:`_as_python`
    and written as Python writes it). What orjson cannot write the same way (a lone surrogate,
    an integer over 64 bits, a key that is not a string, very deep nesting) raises TypeError
    and goes to the json module, which stays the definition of the line's bytes.
    """
    import orjson

    try:
        return orjson.dumps(data, default=_as_python, option=_line_options()).decode("utf-8")
    except TypeError:
        return (
            json.dumps(
                data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
            )
            + "\n"
        )


@functools.cache
def _line_options() -> int:
    import orjson

    # The exporter's options (json_exporter._encoded) without the indent, with the newline.
    return (
        orjson.OPT_SORT_KEYS
        | orjson.OPT_APPEND_NEWLINE
        | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_PASSTHROUGH_DATETIME
    )


def _as_python(value: Any) -> Any:
    """orjson's hook for values it does not know: a finite float subclass (the exporter's
    marked small floats, a NumPy float) written as the json module writes it
    (``float.__repr__``); anything else refused."""
    if isinstance(value, float) and math.isfinite(value):
        import orjson

        return orjson.Fragment(float.__repr__(value).encode("ascii"))
    raise TypeError(type(value).__name__)


@attrs.frozen
class StoryFiles:
    """A story task writing each story's briefing to a file of ``folder`` where it is made.

    The file is ``<story id><extension>`` (``s12.md``) in the format of ``settings.exporter``
    (Markdown, HTML, JSON...), written as soon as its batch is briefed (on the worker that
    briefed it, with the process pool or Dask: the folder must be shared with the workers), so
    no process ever holds every story's rendering. The task returns the stories' JSON Lines
    lines, as :func:`brief_stories_jsonl` does.
    """

    #: The folder the story files go to (made if missing).
    folder: str

    def __call__(
        self,
        stories: Sequence[Story],
        settings: Settings,
        *document_groups: DocumentGroup,
    ) -> list[str]:
        """Brief ``stories``, write each one's file, return their JSON Lines lines."""
        from newsbrief.pipeline.export import export
        from newsbrief.plugins import get_host

        exporter = get_host().registry("exporter").get(settings.exporter)
        extension = exporter.extensions[0] if exporter.extensions else f".{settings.exporter}"
        # The lines are the ``json`` exporter's: its options only when it is the one chosen.
        options = settings.export_options if settings.exporter == "json" else None
        lines: list[str] = []
        # Each story's file written, and its line made, as soon as its briefing is: the batch's
        # briefings are never all held at once.
        for story, briefing in zip(
            stories, iter_briefings(stories, settings, *document_groups), strict=True
        ):
            write_story_file(self.folder, story.id + extension, export(briefing, settings))
            lines.extend(briefings_to_jsonl((briefing,), options))
        return lines


def write_story_file(folder: str, name: str, content: str | bytes) -> None:
    """Write ``content`` to ``folder/name`` whole: a temporary file renamed over it, so a reader
    of the folder never sees a half-written story."""
    os.makedirs(folder, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".newsbrief-", suffix=".tmp")
    try:
        # mkstemp makes it 0600; a story file is as readable as any file ``open`` makes.
        os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, os.path.join(folder, name))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@functools.cache
def _umask() -> int:
    """The process's umask, read once: from ``/proc`` where it is shown (Linux), else by
    setting and restoring it (under a lock: the umask is process-wide)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


_umask_lock = threading.Lock()
