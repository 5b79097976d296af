"""The pipeline: inputs -> documents -> segmented documents -> stories -> summary -> briefing."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import attrs

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.model import (
    Briefing,
    CoverageNote,
    Document,
    Metadata,
    Source,
    Story,
)
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.plugins import get_host
from newsbrief.summarizers.base import Budget, SummaryRequest

if TYPE_CHECKING:
    from newsbrief.fetch import FetchOptions, PageCache
    from newsbrief.loading import Outcome, Progress

#: The summarizer ``build`` uses unless told otherwise.
DEFAULT_SUMMARIZER = "newsbrief"


@attrs.frozen
class Skipped:
    """An input that was not used, and why."""

    #: The input as the user named it.
    input: str
    #: One line.
    reason: str
    #: ``error`` (the input could not be used) or ``duplicate`` (it repeats an earlier input).
    kind: str = "error"

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@attrs.frozen
class Corpus:
    """Loaded documents plus the inputs that were skipped; iterates over the documents."""

    #: Parsed documents, in input order, with ids unique within the corpus.
    documents: tuple[Document, ...] = attrs.field(converter=tuple)
    #: Inputs that failed or duplicated an earlier one.
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=tuple)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]

    @property
    def errors(self) -> tuple[Skipped, ...]:
        """The skipped inputs that failed (duplicates left out)."""
        return tuple(item for item in self.skipped if item.kind == "error")


def named_parser(spec: str) -> Parser:
    """The parser a ``--parser`` spec names, configured: ``json`` or ``json:text=body``."""
    from newsbrief.parsers.options import configured, parse_spec

    try:
        name, options = parse_spec(spec)
        return configured(get_host().registry("parser").get(name), options)
    except ValueError as error:
        raise NewsbriefError(f"--parser {spec}: {error}") from None


def choose_parser(raw: RawInput, name: str | None = None) -> Parser:
    """The parser for ``raw``: by name (a spec, with options), else by extension, else sniffing."""
    registry = get_host().registry("parser")
    if name is not None:
        return named_parser(name)
    parsers = [entry.component for entry in registry.entries()]
    by_extension = [p for p in parsers if raw.suffix and raw.suffix in p.extensions]
    candidates = by_extension or parsers
    best, best_score = None, 0.0
    for parser in candidates:
        score = parser.sniff(raw)
        if score > best_score:
            best, best_score = parser, score
    if best is None:
        raise InputError(raw.name, "no parser can read this input")
    return best


def parse_all(raw: RawInput, parser: str | None = None) -> list[Document | InputError]:
    """Documents of one raw input, and the problems with parts of it that were skipped."""
    chosen = choose_parser(raw, parser)
    results = list(chosen.parse(raw))
    if not any(isinstance(result, Document) for result in results):
        problems = [r for r in results if isinstance(r, InputError)]
        if problems:
            raise problems[0]
        raise InputError(raw.name, f"the {chosen.name} parser found no article in it")
    return results


def parse(raw: RawInput, parser: str | None = None) -> list[Document]:
    """Parse one raw input into documents (unsegmented), ignoring skipped parts."""
    return [result for result in parse_all(raw, parser) if isinstance(result, Document)]


def load(
    *specs: str,
    parser: str | None = None,
    strict: bool = False,
    stdin: BinaryIO | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike[str] | PageCache | None = None,
    fetch_options: FetchOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> Corpus:
    """Read and parse every input named by ``specs`` (files, directories, globs, ``-``, URLs).

    ``@FILE`` names a file listing inputs, one per line. URLs are fetched with
    :func:`newsbrief.fetch.fetch` (``fetch_options``; ``cache`` is a directory of fetched pages
    reused instead of refetching). ``jobs > 1`` parses in that many processes (in a script, call
    it under ``if __name__ == "__main__":`` as :mod:`multiprocessing` requires); the result is
    the same as with one. ``on_progress`` is called with a :class:`~newsbrief.loading.Progress`
    after each input.

    A bad input is recorded in :attr:`Corpus.skipped` (and passed to ``on_skip``) while the
    others are still read; with ``strict`` the first bad input raises :class:`InputError`.
    Inputs with the same content or URL as an earlier one are skipped as duplicates (kind
    ``duplicate``, which is not an error, even with ``strict``).
    """
    from newsbrief.loading import load_outcomes

    documents: list[Document] = []
    skipped: list[Skipped] = []
    outcomes = load_outcomes(
        specs,
        parser_extensions(),
        parser=parser,
        stdin=stdin,
        jobs=jobs,
        cache=cache,
        fetch_options=fetch_options,
        on_progress=on_progress,
    )
    with contextlib.closing(outcomes):
        for outcome in outcomes:
            documents.extend(outcome.documents)
            for skip in outcome_skips(outcome, strict=strict):
                skipped.append(skip)
                if on_skip is not None:
                    on_skip(skip)
    return Corpus(unique_ids(documents), skipped)


def parser_extensions() -> set[str]:
    """The file extensions the registered parsers claim (what a directory is read for)."""
    registry = get_host().registry("parser")
    return {ext for parser in registry.as_dict().values() for ext in parser.extensions}


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


def unique_ids(documents: Sequence[Document]) -> list[Document]:
    """``documents`` with ids made unique in order (``article``, ``article-2``...).

    Ids default to file stems, and two folders may both hold ``article.txt``.
    """
    new_ids = unique_id_list([document.id for document in documents])
    return [with_id(document, doc_id) for document, doc_id in zip(documents, new_ids, strict=True)]


def unique_id_list(ids: Sequence[str]) -> list[str]:
    """``ids`` made unique in order, as :func:`unique_ids` makes them (only the ids needed)."""
    seen: dict[str, int] = {}
    out = []
    for original in ids:
        doc_id = original
        if doc_id in seen:
            seen[doc_id] += 1
            doc_id = f"{original}-{seen[original]}"
            while doc_id in seen:
                seen[original] += 1
                doc_id = f"{original}-{seen[original]}"
        seen.setdefault(doc_id, 1)
        out.append(doc_id)
    return out


def with_id(document: Document, doc_id: str) -> Document:
    """``document`` (and its sentences) under the id ``doc_id``."""
    if document.id == doc_id:
        return document
    return attrs.evolve(
        document, id=doc_id, sentences=[attrs.evolve(s, doc_id=doc_id) for s in document.sentences]
    )


def segmented(document: Document) -> Document:
    """``document`` with its sentences, segmenting it if that was not done yet."""
    # The segmenter (and nupunkt) load on first use, not when the pipeline is imported.
    from newsbrief.nlp.segmenter import segmented as segment_once

    return segment_once(document)


def make_budget(
    budget: Budget | None = None,
    *,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
) -> Budget:
    """A :class:`Budget` from keyword arguments (``budget`` wins when given)."""
    if budget is not None:
        return budget
    if sentences is None and words is None:
        return Budget.default()
    return Budget(sentences=sentences, words=words, overflow=overflow)


def build_briefing(
    documents: Iterable[Document] | Corpus,
    *,
    summarizer: str = DEFAULT_SUMMARIZER,
    budget: Budget | None = None,
    sentences: int | None = None,
    words: int | None = None,
    overflow: bool = False,
    options: Mapping[str, Any] | None = None,
    title: str | None = None,
    annotators: Iterable[str] | None = None,
    stories: Sequence[Story] | None = None,
) -> Briefing:
    """Build a briefing of ``documents``: stories, a cited extractive summary, sources, notes.

    ``summarizer`` names any registered summarizer; ``options`` are passed to it.
    ``annotators`` names the annotators to run (all registered ones by default; ``[]`` for none);
    their annotations fill the timeline, quotes and entities. ``stories`` are used as given
    instead of grouping the documents (as :func:`newsbrief.scaling.build_story_briefings` does);
    either way the documents are grouped at most once, and annotators see the same stories as
    the summarizer.
    """
    from newsbrief import __version__
    from newsbrief.annotate import annotate, annotation_order, briefing_views
    from newsbrief.stories.grouping import group_stories

    skipped: tuple[Skipped, ...] = ()
    if isinstance(documents, Corpus):
        skipped = documents.skipped
    plain = unique_ids([segmented(d) for d in documents])
    # Grouped once, before annotating: annotators read the stories (an undated article borrows
    # its story's date), and grouping reads only the text, never the annotations.
    stories = group_stories(plain) if stories is None else tuple(stories)
    docs = annotate(plain, annotators, stories=stories)
    chosen_budget = make_budget(budget, sentences=sentences, words=words, overflow=overflow)
    chosen = get_host().registry("summarizer").get(summarizer)
    request = SummaryRequest(
        documents=docs, budget=chosen_budget, stories=stories, options=dict(options or {})
    )
    summary = tuple(chosen.summarize(request))
    story_of = {doc_id: story.id for story in stories for doc_id in story.documents}
    summary = tuple(
        item if item.story else attrs.evolve(item, story=story_of.get(item.sentence.doc_id))
        for item in summary
    )
    settings = {
        "newsbrief": __version__,
        "summarizer": summarizer,
        "budget": {
            "sentences": chosen_budget.sentences,
            "words": chosen_budget.words,
            "ratio": chosen_budget.ratio,
            "overflow": chosen_budget.overflow,
        },
        "options": dict(sorted((options or {}).items())),
        "annotators": annotation_order(annotators),
    }
    return Briefing(
        documents=docs,
        stories=stories,
        summary=summary,
        sources=make_sources(docs),
        notes=coverage_notes(docs, stories, skipped),
        title=title,
        settings=settings,
        **briefing_views(docs, summary),
    )


def make_sources(documents: Sequence[Document]) -> list[Source]:
    """The numbered source list: one entry per article section, in input order."""
    sources = []
    for document in documents:
        sections = document.sections or ()
        metas = [
            (i, document.section_metadata(section.start)) for i, section in enumerate(sections)
        ] or [(0, document.metadata)]
        for index, meta in metas:
            sources.append(_source(len(sources) + 1, document, index, meta))
    return sources


def _source(number: int, document: Document, section: int, meta: Metadata) -> Source:
    return Source(
        number=number,
        doc_id=document.id,
        section=section,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published.isoformat() if meta.published else None,
        url=meta.url,
        path=document.metadata.source_path,
    )


def coverage_notes(
    documents: Sequence[Document], stories: Sequence[Story], skipped: Sequence[Skipped] = ()
) -> list[CoverageNote]:
    """Which articles tell the same story, what noise was removed, which inputs were skipped."""
    notes = []
    for story in stories:
        if len(story.documents) > 1:
            names = ", ".join(story.documents)
            why = f" (shared: {', '.join(story.shared_terms[:5])})" if story.shared_terms else ""
            notes.append(
                CoverageNote("same_story", f"{names} tell the same story{why}.", story.documents)
            )
    repeats = repeated_sentences(documents)
    for document in documents:
        if repeats.get(document.id):
            notes.append(
                CoverageNote(
                    "duplicate",
                    f"{document.id}: {repeats[document.id]} sentence(s) repeat earlier text of "
                    "the same article; each is used at most once.",
                    (document.id,),
                )
            )
        kinds = sorted({span.kind for span in document.removed})
        if kinds:
            notes.append(
                CoverageNote(
                    "removed",
                    f"{document.id}: set aside {len(document.removed)} passage(s) of page "
                    f"furniture ({', '.join(kinds)}).",
                    (document.id,),
                )
            )
    for item in skipped:
        notes.append(CoverageNote("skipped", f"Skipped {item}.", ()))
    return notes


def repeated_sentences(documents: Sequence[Document]) -> dict[str, int]:
    """How many sentences of each document repeat earlier text of the same document.

    A page that repeats its own paragraphs (syndicated copy pasted twice, lightly edited) is
    worth flagging; "repeats" means what the summarizer's de-duplication treats as one content,
    counted within each document only. One pass over all the documents, whose sentence
    features the summarizer has usually just computed (and remembered).
    """
    import numpy as np
    import scipy.sparse as sp

    from newsbrief.summarizers.multidoc.dedup import clusters, linked_pairs
    from newsbrief.summarizers.multidoc.vectors import collect

    candidates = collect(documents)
    if len(candidates) < 2:
        return {}
    linked = linked_pairs(candidates)
    rank = candidates.doc_rank
    same = rank[linked.row] == rank[linked.col]
    within = sp.coo_matrix(
        (linked.data[same], (linked.row[same], linked.col[same])), shape=linked.shape
    )
    cluster = clusters(within)
    copies = np.bincount(rank[cluster != np.arange(len(cluster))], minlength=len(documents))
    return {documents[i].id: int(copies[i]) for i in np.flatnonzero(copies)}
