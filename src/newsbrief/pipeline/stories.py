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
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief.model import Briefing, Document, Story
from newsbrief.nlp.stopwords import using_stopwords
from newsbrief.pipeline.annotate import Drafted, Drafts, prepare_documents
from newsbrief.pipeline.brief import build_briefing
from newsbrief.pipeline.settings import STORY_BATCH_DOCUMENTS, Settings

if TYPE_CHECKING:
    from newsbrief.pipeline.group import PartitionFeatures

#: A prepared partition: its documents (segmented) with their drafts beside them, their
#: features and headlines.
Prepared = tuple[Drafted, list[Any], list[str | None]]
#: A story task: ``(stories, settings, *document_groups) -> one result per story``.
StoryTask = Callable[..., list[Any]]


def prepare_partition(
    documents: Sequence[Document],
    annotators: Iterable[str] | None = None,
    stopwords: Mapping[str, Iterable[str]] | None = None,
) -> Prepared:
    """Per-document work on one partition: prepared documents, their features and headlines.

    Documents come back segmented, with the per-document drafts of ``annotators`` (all
    registered ones by default; ``()`` for none, when only the features are wanted) beside
    them, which their story's annotation step reuses
    (:func:`newsbrief.pipeline.annotate.prepare_documents`). ``stopwords`` (the run's own,
    ``Settings.stopwords``) are in force meanwhile, as :func:`~newsbrief.pipeline.brief.
    build_briefing` puts them for its own grouping: stories are grouped alike in either.
    """
    from newsbrief.nlp.analysis import analyse_documents
    from newsbrief.stories.features import extract_features
    from newsbrief.stories.grouping import headline

    # Passed, not read from the context: a worker process or Dask worker does not inherit it.
    with using_stopwords(stopwords) if stopwords else contextlib.nullcontext():
        drafted = prepare_documents(documents, annotators)
        # The partition analysed together, as one briefing analyses its documents (the words
        # of short texts found in one pass: less time than one document at a time), and the
        # features read from those analyses (``group.partition_features``'s, without asking
        # the analysis memory for each document again).
        analyses = analyse_documents(drafted.documents)
        features = [extract_features(d, analyses[d.id]) for d in drafted.documents]
        headlines = [headline(document) for document in drafted.documents]
    return drafted, features, headlines


def prepared_features(prepared: Prepared) -> PartitionFeatures:
    """What story grouping needs of a prepared partition (the documents stay where they are)."""
    return prepared[1], prepared[2]


def features_of(
    documents: Sequence[Document], stopwords: Mapping[str, Iterable[str]] | None = None
) -> PartitionFeatures:
    """Story-grouping features and headlines of one partition (segmenting it), with the
    run's ``stopwords`` in force."""
    # No annotator drafts: only the features go back, the documents are prepared again.
    return prepared_features(prepare_partition(documents, annotators=(), stopwords=stopwords))


def select_documents(prepared: Prepared, doc_ids: Sequence[str]) -> Drafted:
    """The documents of a prepared partition whose ids are in ``doc_ids``, with their drafts
    (the shuffle step)."""
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
) -> Briefing:
    """The briefing of one story: its documents (segmented), annotated and summarised.

    The briefing's title is the story's label and its only story is ``story`` (id kept, so a
    briefing can be traced back to the collection's grouping): the documents are not grouped
    again, and annotators see that story. ``drafts`` made by :func:`prepare_partition` are
    reused by the annotators.
    """
    titled = attrs.evolve(settings, title=story.label)
    return build_briefing(documents, titled, stories=(story,), drafts=drafts)


def brief_stories(
    stories: Sequence[Story], settings: Settings, *document_groups: Sequence[Document] | Drafted
) -> list[Briefing]:
    """The briefings of ``stories`` (in order), their documents found in ``document_groups``
    (with their drafts, for :class:`~newsbrief.pipeline.annotate.Drafted` groups)."""
    return list(iter_briefings(stories, settings, *document_groups))


def iter_briefings(
    stories: Sequence[Story], settings: Settings, *document_groups: Sequence[Document] | Drafted
) -> Iterator[Briefing]:
    """The briefings of ``stories`` one at a time, in order, each made when asked for (as
    :func:`brief_stories`): a caller that writes each one before asking for the next never
    holds two."""
    by_id = {document.id: document for group in document_groups for document in group}
    drafts = {
        doc_id: own
        for group in document_groups
        if isinstance(group, Drafted)
        for doc_id, own in group.drafts.items()
    }
    for story in stories:
        yield story_briefing(story, [by_id[doc_id] for doc_id in story.documents], settings, drafts)


def brief_stories_jsonl(
    stories: Sequence[Story], settings: Settings, *document_groups: Sequence[Document] | Drafted
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
        *document_groups: Sequence[Document] | Drafted,
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
