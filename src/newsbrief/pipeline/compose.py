"""The compose stage: the briefing put together from the earlier stages' results.

Sources are numbered, coverage notes written (same story, repeated passages, furniture set
aside, inputs and plugin components skipped), the views built from the annotations (dates,
timeline, quotes, entities) and the settings recorded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from newsbrief._version import __version__
from newsbrief.exporters.common import locale_language
from newsbrief.languages.templates import join_words, phrase
from newsbrief.model import (
    AnnotationKind,
    Briefing,
    CoverageNote,
    Document,
    Entity,
    Metadata,
    Source,
    Story,
    SummaryItem,
)
from newsbrief.pipeline.corpus import Skipped, main_language
from newsbrief.pipeline.memory import RELEASE_MIN_DOCUMENTS, fewer_collections, release_free_memory
from newsbrief.pipeline.settings import Settings
from newsbrief.pipeline.window import Filtered
from newsbrief.sections.entity_names import named_in_language, renamed_speakers, renamed_terms

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis


# The views' entries (a mention per date and name of the run) all live in the briefing:
# collected every 700 allocations, they were traced again and again (see ``fewer_collections``).
@fewer_collections()
def compose(
    documents: Sequence[Document],
    stories: Sequence[Story],
    summary: Sequence[SummaryItem],
    skipped: Sequence[Skipped],
    settings: Settings,
    annotators: Iterable[str],
    *,
    repeats: Mapping[str, int] | None = None,
    analyses: Mapping[str, Analysis] | None = None,
    totals: Counter[str] | None = None,
) -> Briefing:
    """The :class:`Briefing` of annotated ``documents``, their ``stories`` and ``summary``.

    The summary is composed (balanced story slots, stories in ``settings.order``:
    :mod:`newsbrief.sections.summary`), the title made from the content unless
    ``settings.title`` gives one. ``skipped`` are the inputs (and plugin components) left out,
    noted in the briefing; ``annotators`` the ones that were asked to run, recorded with the
    settings; ``repeats`` the documents' counts of repeated sentences, if counted ahead
    (:func:`repeated_sentences`); ``analyses`` the documents' shared analyses
    (``{doc_id: Analysis}``), read by the views instead of reading the words again; ``totals``
    the timeline's term counts, if counted ahead (:func:`counted_ahead` gives both counts, so
    that the analyses need not be held while the briefing is composed).
    """
    from newsbrief.sections.summary import compose_summary, story_dates
    from newsbrief.sections.turn_labels import unlabelled

    # (Kept as given when it counts every document.)
    repeats = counted_ahead(documents, repeats, analyses, dates=False).repeats
    composed = compose_summary(
        documents, stories, summary, settings.budget_for(documents), settings.order
    )
    # A transcript's turn shown from after its label, its speaker kept beside it (the views
    # read the sentences as the documents hold them: the timeline leaves those out).
    summary = unlabelled(documents, composed)
    sources = make_sources(documents)
    # The briefing's own words (title, notes) in the language its export's dates and headings
    # are written in (``-O locale=uk``), else in the documents' language.
    language = locale_language(settings.export_options.get("locale")) or main_language(documents)
    views = briefing_views(
        documents,
        composed,
        stories=stories,
        per_speaker=settings.quotes_per_speaker,
        analyses=analyses,
        totals=totals,
    )
    if "entities" in views:
        # Places and bodies named in the briefing's language (``Греція``, not the gazetteers'
        # ``Greece``), in the entities, the stories' shared entities and the speakers alike.
        views["entities"], renamed = named_in_language(views["entities"], documents, language)
        stories = renamed_terms(stories, renamed)
        quotes, summary = renamed_speakers(views.get("quotes", ()), summary, renamed)
        if "quotes" in views:
            views["quotes"] = quotes
    newest = summary[0].story if summary and settings.order == "newest" else None
    if newest is None:
        dates = story_dates(documents, stories)
        newest = max(dates, key=lambda story: (dates[story], story), default=None)
    title = settings.title or content_title(stories, views.get("entities", ()), language, newest)
    return Briefing(
        documents=documents,
        stories=stories,
        summary=summary,
        sources=sources,
        notes=coverage_notes(
            documents, stories, skipped, sources=sources, language=language, repeats=repeats
        ),
        title=title,
        settings={"newsbrief": __version__, **settings.recorded(annotators)},
        **views,
    )


@attrs.frozen
class Counted:
    """What composing reads of the run's analyses, counted ahead (:func:`counted_ahead`)."""

    #: Each document's count of sentences repeating its earlier text (0 included).
    repeats: Mapping[str, int]
    #: The timeline's term counts (:func:`~newsbrief.sections.timeline.run_terms`), or
    #: ``None`` when no document has a date annotation (no timeline).
    totals: Counter[str] | None


@attrs.frozen
class TermCounts:
    """The timeline's term counts (:func:`~newsbrief.sections.timeline.run_terms`) of some
    documents, counted ahead (``-j N``: each chunk's in the process that analysed it), and
    which documents they are, so that they are used only for exactly those."""

    #: The documents counted, in order.
    doc_ids: tuple[str, ...]
    #: Their terms' counts.
    counts: Counter[str]

    @classmethod
    def of_parts(cls, parts: Iterable[TermCounts]) -> TermCounts:
        """The counts of several parts' documents together, in the parts' order (the counts
        add up: ``run_terms`` counts each document's terms on their own)."""
        doc_ids: list[str] = []
        counts: Counter[str] = Counter()
        for part in parts:
            doc_ids.extend(part.doc_ids)
            counts.update(part.counts)
        return cls(tuple(doc_ids), counts)

    def counts_of(self, documents: Sequence[Document]) -> Counter[str] | None:
        """The counts, if they are those of ``documents`` (the same ids in the same order),
        else ``None``."""
        if len(documents) != len(self.doc_ids):
            return None
        same = all(d.id == doc_id for d, doc_id in zip(documents, self.doc_ids, strict=True))
        return self.counts if same else None


def count_terms(
    documents: Sequence[Document], analyses: Mapping[str, Analysis] | None = None
) -> TermCounts:
    """The timeline's term counts of ``documents`` (read from their shared ``analyses`` where
    they fit), for :func:`counted_ahead` to take instead of counting them itself."""
    from newsbrief.sections.timeline import run_terms

    return TermCounts(tuple(d.id for d in documents), run_terms(documents, analyses))


def counted_ahead(
    documents: Sequence[Document],
    repeats: Mapping[str, int] | None = None,
    analyses: Mapping[str, Analysis] | None = None,
    *,
    dates: bool = True,
    terms: TermCounts | None = None,
) -> Counted:
    """Everything :func:`compose` reads of the documents' analyses, counted before it runs, so
    that the caller can let the analyses (14 KB a newswire article) go before the views and the
    export are made: the repeated sentences (``repeats`` kept when it has every document) and,
    with ``dates``, the timeline's term counts (``terms`` kept when they are those of exactly
    ``documents``: :func:`count_terms`), both read from ``analyses`` (the documents' shared
    analyses, ``{doc_id: Analysis}``) where they fit.
    """
    if repeats is None or any(document.id not in repeats for document in documents):
        # Counted before the views are made: the count's matrices (tens of MB a block of
        # documents) then never sit on top of them at the run's peak of memory.
        if analyses is None:
            counted = repeated_sentences(documents)
        else:
            from newsbrief.nlp.near_duplicates import shared_analyses

            with shared_analyses(analyses):
                counted = repeated_sentences(documents)
        repeats = {document.id: counted.get(document.id, 0) for document in documents}
        if len(documents) >= RELEASE_MIN_DOCUMENTS:
            release_free_memory()  # the matrices' pages (newsbrief.pipeline.memory)
    totals = None
    if dates and any(a.kind == AnnotationKind.DATE for d in documents for a in d.annotations):
        totals = terms.counts_of(documents) if terms is not None else None
        if totals is None:
            totals = count_terms(documents, analyses).counts
    return Counted(repeats, totals)


#: How many subjects a title made from the content names.
TITLE_SUBJECTS = 3


def content_title(
    stories: Sequence[Story],
    entities: Sequence[Entity],
    language: str | None,
    newest: str | None = None,
) -> str | None:
    """A title from the briefing's content: the story's headline when there is one story, else
    the subjects most of the stories share (``Briefing: Ukraine, NATO and Russia``: named in at
    least half the stories, two of them at least, and two articles), else the headline of the
    ``newest`` story (an id); ``None`` when none is known (the exporters then count articles).
    In ``language``.
    """
    labels = {story.id: story.label for story in stories if story.label}
    if len(stories) == 1:
        return labels.get(stories[0].id)
    story_of = {doc: story.id for story in stories for doc in story.documents}

    def spread(entity: Entity) -> tuple[int, int]:
        docs = {m.doc_id for m in entity.mentions}
        return len({story_of.get(doc, doc) for doc in docs}), len(docs)

    # Each entity's spread worked out once (a large run names thousands). "Half the stories"
    # alone let a name of one story of two title the briefing: two stories at least, too.
    spreads = {id(e): spread(e) for e in entities}
    wide = [
        e
        for e in entities
        if (n := spreads[id(e)])[0] * 2 >= len(stories) and n[0] >= 2 and n[1] >= 2
    ]
    wide.sort(key=lambda e: (-spreads[id(e)][0], -spreads[id(e)][1], -len(e.mentions), e.name))
    subjects = [e.name for e in wide[:TITLE_SUBJECTS]]
    if subjects:
        return phrase(language, "briefing_about", subjects=join_words(subjects, language))
    return labels.get(newest or "")


def make_sources(documents: Sequence[Document]) -> list[Source]:
    """The numbered source list: one entry per article section, in input order."""
    sources: list[Source] = []
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


#: An article published this many days or more before the newest one is background.
BACKGROUND_DAYS = 180
#: Removed-span kinds an editor names on their own (the rest is counted as page furniture).
NAMED_REMOVALS = ("comment",)


def coverage_notes(
    documents: Sequence[Document],
    stories: Sequence[Story],
    skipped: Sequence[Skipped] = (),
    *,
    sources: Sequence[Source] | None = None,
    language: str | None = None,
    repeats: Mapping[str, int] | None = None,
) -> list[CoverageNote]:
    """What an editor would say about the inputs, citing sources as ``[n]``: which tell the
    same story, which share one file, which are background, what repeats, which reader
    comments were dropped, how much page furniture was set aside (one line), what was skipped.

    ``sources`` is the numbered source list (:func:`make_sources` of ``documents`` by default);
    the words are those of ``language`` (``[templates]`` of the language data, English default);
    ``repeats`` are :func:`repeated_sentences` of ``documents`` if already counted (a document
    missing from them is counted here).
    """
    sources = list(sources) if sources is not None else make_sources(documents)
    numbers: dict[str, list[int]] = defaultdict(list)
    by_doc: dict[str, list[Source]] = defaultdict(list)  # each document's sources, once
    for source in sources:
        numbers[source.doc_id].append(source.number)
        by_doc[source.doc_id].append(source)

    def refs(doc_ids: Iterable[str]) -> str:
        cited = sorted({n for doc in doc_ids for n in numbers.get(doc, ())})
        return join_words([f"[{n}]" for n in cited], language)

    notes = []
    for story in stories:
        if len(story.documents) > 1:
            shared = ", ".join(story.shared_terms[:5])
            why = f" ({phrase(language, 'shared', terms=shared)})" if shared else ""
            message = phrase(language, "note_same_story", refs=refs(story.documents), why=why)
            notes.append(CoverageNote("same_story", message, story.documents))
    for document in documents:
        if len(numbers.get(document.id, ())) > 1:
            count = len(numbers[document.id])
            message = phrase(language, "note_one_file", n=count, refs=refs([document.id]))
            notes.append(CoverageNote("one_file", message, (document.id,)))
    notes.extend(_background_notes(sources, language))
    if repeats is None or any(document.id not in repeats for document in documents):
        repeats = repeated_sentences(documents)
    for document in documents:
        if repeats.get(document.id):
            n = repeats[document.id]
            message = phrase(language, "note_repeats", n=n, refs=refs([document.id]))
            notes.append(CoverageNote("duplicate", message, (document.id,)))
    for kind in NAMED_REMOVALS:
        for document in documents:
            count = sum(1 for span in document.removed if span.kind == kind)
            if count:
                spans = [span for span in document.removed if span.kind == kind]
                where = _section_refs(document, spans, by_doc.get(document.id, ()), language)
                message = phrase(language, f"note_{kind}s", n=count, refs=where)
                notes.append(CoverageNote(kind, message, (document.id,)))
    furniture = [
        (document, span)
        for document in documents
        for span in document.removed
        if span.kind not in NAMED_REMOVALS
    ]
    if furniture:
        holders = list(dict.fromkeys(d.id for d, _ in furniture))  # in input order
        kinds = removed_kinds([span.kind for _, span in furniture], language)
        message = phrase(
            language, "note_furniture", n=len(furniture), refs=refs(holders), kinds=kinds
        )
        notes.append(CoverageNote("removed", message, tuple(holders)))
    for item in skipped:
        # An article left out by the date window says why in words; other inputs as reported.
        words = item.words(language) if isinstance(item, Filtered) else None
        message = words or phrase(language, "note_skipped", item=item)
        notes.append(CoverageNote("skipped", message, ()))
    return notes


def removed_kinds(kinds: Iterable[str], language: str | None) -> str:
    """Removed-span kinds counted in words (``13 metadata lines, 4 bylines, 1 language menu``),
    most frequent first: the ``removed_<kind>`` templates of ``language``; a kind no template
    names (a plugin's) keeps its identifier (``removed_other``)."""
    counts = Counter(str(kind) for kind in kinds)
    parts = []
    for kind, n in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        try:
            parts.append(phrase(language, f"removed_{kind}", n=n))
        except KeyError:
            parts.append(phrase(language, "removed_other", n=n, kind=kind))
    return ", ".join(parts)


def _section_refs(
    document: Document, spans: Sequence[Any], sources: Sequence[Source], language: str | None
) -> str:
    """``[n]`` of the articles of ``document`` (``sources``: its own) holding or just before
    ``spans`` (a dropped comment belongs to one article of a file that holds several)."""
    # The article a span sits in, or follows (comments come after the article's end): the
    # last section (in section order) starting at or before it. Sections sorted by start, with
    # the running highest index, find it by bisection, whatever order the sections are in.
    order = sorted(range(len(document.sections)), key=lambda i: document.sections[i].start)
    starts = [document.sections[i].start for i in order]
    latest = list(itertools.accumulate(order, max))
    sections = set()
    for span in spans:
        count = bisect.bisect_right(starts, span.start)
        sections.add(latest[count - 1] if count else 0)
    cited = sorted(s.number for s in sources if s.section in sections)
    return join_words([f"[{n}]" for n in cited], language)


def _background_notes(sources: Sequence[Source], language: str | None) -> list[CoverageNote]:
    """``[3] is background from 2022``: sources published :data:`BACKGROUND_DAYS` or more
    before the newest source, by year."""
    dated = [(s, dt.date.fromisoformat(s.published[:10])) for s in sources if s.published]
    if len(dated) < 2:
        return []
    newest = max(day for _, day in dated)
    by_year: dict[int, list[Source]] = defaultdict(list)
    for source, day in dated:
        if (newest - day).days >= BACKGROUND_DAYS:
            by_year[day.year].append(source)
    notes = []
    for year, old in sorted(by_year.items()):
        cited = join_words([f"[{s.number}]" for s in old], language)
        message = phrase(language, "note_background", n=len(old), refs=cited, year=year)
        notes.append(
            CoverageNote("background", message, tuple(dict.fromkeys(s.doc_id for s in old)))
        )
    return notes


def repeated_sentences(documents: Sequence[Document]) -> dict[str, int]:
    """How many sentences of each document repeat earlier text of the same document.

    A page that repeats its own paragraphs (syndicated copy pasted twice, lightly edited) is
    worth flagging; "repeats" means what the summarizer's de-duplication treats as one content
    (:mod:`newsbrief.nlp.near_duplicates`, shared with it), counted within each document only.
    Document by document (never pairs across documents: memory stays linear in the
    collection), reading the sentence features the summarizer has usually just computed.
    """
    # NumPy and SciPy on first use: the pipeline's other stages do not need them.
    from newsbrief.nlp.near_duplicates import repeats_within

    return repeats_within(documents)


def briefing_views(
    documents: Sequence[Document],
    summary: Sequence[SummaryItem],
    *,
    stories: Sequence[Story] = (),
    per_speaker: int = 1,
    analyses: Mapping[str, Analysis] | None = None,
    totals: Counter[str] | None = None,
) -> dict[str, Any]:
    """The briefing's ``dates``, ``timeline``, ``quotes`` and ``entities`` built from annotations.

    Views read annotations by kind, whichever annotator made them, so a plugin's dates feed
    the timeline as the built-in ones do. Each view says what the ones before it have not:
    the timeline leaves out the summary's sentences, the key quotes those of the summary and
    the timeline; key quotes go to the newest ``stories`` first, ``per_speaker`` a speaker.
    ``analyses`` (``{doc_id: Analysis}``) are the documents' shared analyses, if at hand;
    ``totals`` the timeline's term counts, if counted ahead (:func:`counted_ahead`).
    """
    present = {a.kind for d in documents for a in d.annotations}
    views: dict[str, Any] = {}
    shown: list[tuple[str, int, int]] = []
    if AnnotationKind.DATE in present:
        from newsbrief.sections.dates import date_mentions
        from newsbrief.sections.timeline import build_timeline

        views["dates"] = date_mentions(documents)
        views["timeline"] = build_timeline(documents, summary, analyses=analyses, totals=totals)
        shown = [(e.doc_id, e.start, e.end) for e in views["timeline"]]
    if AnnotationKind.QUOTE in present:
        from newsbrief.sections.quotes import collect_quotes
        from newsbrief.sections.summary import story_dates

        dates = story_dates(documents, stories)  # read by both below
        views["quotes"] = collect_quotes(
            documents,
            summary,
            per_speaker=per_speaker,
            shown=shown,
            story_rank=_newest_story_rank(documents, stories, dates),
            undated=_undated_story_dates(documents, stories, dates),
        )
    if AnnotationKind.ENTITY in present:
        from newsbrief.sections.entities import collect_entities

        views["entities"] = collect_entities(documents)
    return views


def _undated_story_dates(
    documents: Sequence[Document], stories: Sequence[Story], dates: Mapping[str, dt.date]
) -> dict[str, str]:
    """For each article with no publication date of its own, its story's latest date (ISO);
    ``dates`` are the stories' (``sections.summary.story_dates``)."""
    story_of = {doc: story.id for story in stories for doc in story.documents}
    found = {}
    for document in documents:
        metadatas = [document.metadata, *(s.metadata for s in document.sections)]
        if any(m.published for m in metadatas):
            continue
        date = dates.get(story_of.get(document.id, ""))
        if date is not None:
            found[document.id] = date.isoformat()
    return found


def _newest_story_rank(
    documents: Sequence[Document], stories: Sequence[Story], dates: Mapping[str, dt.date]
) -> dict[str, int]:
    """Each document's place by its story's newest publication date (newest story 0, ``dates``
    as :func:`_undated_story_dates`); documents in no story, or undated, after the dated ones
    in input order."""
    groups = [list(story.documents) for story in stories]
    grouped = {doc for group in groups for doc in group}
    groups += [[d.id] for d in documents if d.id not in grouped]
    ids = [story.id for story in stories] + [None] * (len(groups) - len(stories))

    def newest(k: int) -> tuple[int, int, int]:
        story = ids[k]
        date = dates.get(story) if story else None
        return (0, -date.toordinal(), k) if date else (1, 0, k)

    return {
        doc: rank
        for rank, k in enumerate(sorted(range(len(groups)), key=newest))
        for doc in groups[k]
    }
