"""The pipeline, read top-down: ``newsbrief build`` is :func:`run`.

::

    inputs ─load─► Corpus ─analyse─► documents + analyses ─group─► stories ─annotate─►
           annotated documents ─summarize─► summary ─compose─► Briefing ─export─► text

Each stage is a module of plain functions over the model, in the order they run:

1. :mod:`~newsbrief.pipeline.load` (with :mod:`~newsbrief.pipeline.parse` for one input):
   inputs read, parsed, in input order, as a :class:`Corpus`.
2. :mod:`~newsbrief.pipeline.analyse`: each document segmented and analysed once.
3. :mod:`~newsbrief.pipeline.group`: documents grouped into stories, once.
4. :mod:`~newsbrief.pipeline.annotate`: annotators, in dependency order.
5. :mod:`~newsbrief.pipeline.summarize`: the summarizer under the budget.
6. :mod:`~newsbrief.pipeline.compose`: sources, notes, views, recorded settings.
7. :mod:`~newsbrief.pipeline.export`: the exporter.

:mod:`~newsbrief.pipeline.brief` strings 2-6 together for one briefing
(:func:`build_briefing`); :mod:`~newsbrief.pipeline.per_story` and
:mod:`~newsbrief.pipeline.stories` do it per story of a large collection. Where each step runs
(this process, a process pool, Dask) is a runner's choice (:mod:`~newsbrief.pipeline.runners`),
never what it computes. What a run is told is one frozen
:class:`~newsbrief.pipeline.settings.Settings`, built once and passed down.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

import attrs

from newsbrief.errors import NewsbriefError, PluginFault
from newsbrief.guard import collecting_faults
from newsbrief.model import Briefing
from newsbrief.pipeline.analyse import segmented
from newsbrief.pipeline.brief import build_briefing
from newsbrief.pipeline.compose import coverage_notes, make_sources, repeated_sentences
from newsbrief.pipeline.corpus import Corpus, Skipped, unique_id_list, unique_ids, with_id
from newsbrief.pipeline.export import choose_exporter, export, export_to
from newsbrief.pipeline.load import load, outcome_skips
from newsbrief.pipeline.memory import fewer_collections
from newsbrief.pipeline.parse import (
    choose_parser,
    decoding_note,
    language_spec,
    named_parser,
    parse,
    parse_all,
    parser_extensions,
)
from newsbrief.pipeline.per_story import iter_story_results
from newsbrief.pipeline.progress import Progress, observing, stage
from newsbrief.pipeline.runners import PreparedBriefing, Runner, open_runner
from newsbrief.pipeline.settings import DEFAULT_SUMMARIZER, Settings, make_budget
from newsbrief.pipeline.stories import StoryFiles, StoryTask, brief_stories_jsonl
from newsbrief.pipeline.summarize import choose_summarizer
from newsbrief.pipeline.window import apply_window

if TYPE_CHECKING:
    from newsbrief.pipeline.dask import DistributedCorpus

__all__ = [
    "DEFAULT_SUMMARIZER",
    "Corpus",
    "Run",
    "Settings",
    "Skipped",
    "build_briefing",
    "checked",
    "choose_parser",
    "coverage_notes",
    "language_spec",
    "load",
    "make_budget",
    "make_sources",
    "named_parser",
    "outcome_skips",
    "parse",
    "parse_all",
    "parser_extensions",
    "repeated_sentences",
    "run",
    "segmented",
    "unique_id_list",
    "unique_ids",
    "with_id",
]


@attrs.frozen
class Run:
    """What :func:`run` made: the output, the briefing, and what was left out."""

    #: The loaded documents (held on the cluster with a Dask runner) and skipped inputs.
    corpus: Corpus | DistributedCorpus
    #: The rendered output: the exporter's text (or bytes), or JSON Lines with ``per_story``.
    output: str | bytes
    #: The briefing (``None`` with ``per_story``: one per story, already rendered).
    briefing: Briefing | None = None
    #: Plugin components left out at run time (a failing annotator), as skipped items.
    faults: tuple[Skipped, ...] = ()
    #: Whether the output went to :func:`run`'s ``out`` as it was made (``output`` is then
    #: empty).
    streamed: bool = False

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Every input and plugin component left out, inputs first."""
        return (*self.corpus.skipped, *self.faults)

    @property
    def failed(self) -> bool:
        """Whether anything failed (repeated inputs are counted once, not failures)."""
        return bool(self.corpus.errors or self.faults)


def checked(settings: Settings) -> Settings:
    """``settings`` with every component resolved and every option checked and typed, before
    any slow step, so a typo fails fast (:class:`~newsbrief.errors.ComponentNotFound`,
    :class:`~newsbrief.options.OptionError`, :class:`~newsbrief.errors.NewsbriefError`)."""
    if settings.scheduler is not None and not settings.per_story:
        raise NewsbriefError("a Dask scheduler briefs per story: set per_story too")
    if settings.story_dir is not None and not settings.per_story:
        raise NewsbriefError("a story folder holds one briefing per story: set per_story too")
    _, settings = choose_summarizer(settings)
    _, settings = choose_exporter(settings)
    if settings.parser is not None and not settings.parser.startswith(":"):
        named_parser(settings.parser)
    return settings


def run(
    settings: Settings,
    inputs: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    runner: Runner | None = None,
    out: BinaryIO | None = None,
) -> Run:
    """``newsbrief build``: load ``inputs``, brief them (per story with ``per_story``), render.

    ``on_skip`` is told of each input (or plugin component) left out as it happens,
    ``on_note`` of each decoding note (bytes replaced), ``on_progress`` of each step of every
    stage (:class:`~newsbrief.pipeline.progress.Progress`: each input read, document analysed...).
    The runner is ``runner``, else the one ``settings`` ask for (``scheduler``, ``jobs``).
    With ``out`` (a binary file) the output is written there as UTF-8 as it is made, never
    held whole (the ``json`` export a document at a time), and :attr:`Run.output` is empty;
    nothing is written when the run fails before its output.
    Raises :class:`~newsbrief.errors.NewsbriefError` when no input could be read.
    """
    settings = checked(settings)
    faults: list[Skipped] = []

    def fault(item: PluginFault) -> None:
        faults.append(Skipped.from_fault(item))
        if on_skip is not None:
            on_skip(faults[-1])

    runs_on = open_runner(settings) if runner is None else contextlib.nullcontext(runner)
    # Every stage reports to ``on_progress`` (newsbrief.pipeline.progress), not only loading.
    with runs_on as chosen, observing(on_progress), fewer_collections():
        corpus = chosen.load(
            inputs, settings, stdin=stdin, on_skip=on_skip, on_progress=on_progress
        )
        for note in _decoding_notes(corpus):
            if on_note is not None:
                on_note(note)
        # The date window, before any analysis: articles outside it are skipped inputs,
        # undated ones are kept with a note (newsbrief.pipeline.window).
        corpus = apply_window(
            corpus, settings.since, settings.until, on_skip=on_skip, on_note=on_note
        )
        if not len(corpus):
            raise NewsbriefError("no readable article among the inputs")
        # A plugin component failing at run time (an annotator) is left out and reported like
        # a bad input; with ``strict`` the first one stops the run.
        with collecting_faults(strict=settings.strict, on_fault=fault):
            if settings.per_story:
                # One stage here: the briefings inside it must not report their own stages.
                with stage("stories"), observing(None):
                    lines = iter_story_results(
                        corpus, settings, _story_task(settings), runner=chosen
                    )
                    if out is None:
                        return Run(corpus, "".join(lines), faults=tuple(faults))
                    # Each story's line written as soon as it is made, never all held.
                    from newsbrief.exporters.json_exporter import utf8_bytes

                    for line in lines:
                        out.write(utf8_bytes(line))
                return Run(corpus, "", faults=tuple(faults), streamed=True)
            if not isinstance(corpus, Corpus):
                raise NewsbriefError("documents held on a Dask cluster are briefed per story")
            # The per-document work on the runner's workers when it has any (``jobs``).
            prepare = getattr(chosen, "prepare", None)
            ahead = prepare(corpus.documents, settings) if prepare is not None else None
            if ahead is None:
                briefing = build_briefing(corpus, settings)  # with notes on undated articles
            else:
                held = [ahead]
                del ahead  # handed over whole: see _brief_prepared
                briefing = _brief_prepared(corpus, settings, held)
    with observing(on_progress), stage("export"), fewer_collections():
        if out is not None:
            export_to(briefing, settings, out)
            return Run(corpus, "", briefing, tuple(faults), streamed=True)
        output = export(briefing, settings)
    return Run(corpus, output, briefing, tuple(faults))


def _brief_prepared(corpus: Corpus, settings: Settings, held: list[PreparedBriefing]) -> Briefing:
    """:func:`build_briefing` of ``corpus`` with the per-document work made ahead, the one item
    of ``held``, taken out: its parts are handed over as they are taken, so that the briefing
    holds the only references to them and lets each go once read (the analyses before the
    views and the export, the drafts after annotating) instead of this frame holding them to
    the end."""
    ahead = attrs.asdict(held.pop(), recurse=False)
    return build_briefing(
        Corpus(ahead.pop("documents"), corpus.skipped),
        settings,
        analyses=ahead.pop("analyses"),
        drafts=ahead.pop("drafts"),
        grouping=ahead.pop("grouping"),
        repeats=ahead.pop("repeats"),
        terms=ahead.pop("terms"),
    )


def _story_task(settings: Settings) -> StoryTask:
    # With a story folder each story's file is written where it is briefed (a worker).
    return brief_stories_jsonl if settings.story_dir is None else StoryFiles(settings.story_dir)


def _decoding_notes(corpus: Corpus | DistributedCorpus) -> list[str]:
    # The decoder replaced bytes it could not read; a distributed corpus collected the notes.
    if isinstance(corpus, Corpus):
        return [note for note in map(decoding_note, corpus.documents) if note is not None]
    return list(corpus.notes)
