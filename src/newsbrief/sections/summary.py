"""The summary as an editor composes it: balanced slots per story, stories in a chosen order.

The summarizer chooses sentences for salience; a briefing of several stories also needs each
story told in proportion and the newest development up front. Composition works on the
summarizer's choice and changes it only where a rule says so:

1. **Balanced slots.** With ``n`` sentences over ``k`` stories, no story keeps more than
   ``ceil(n / k)`` (at least :data:`MIN_QUOTA`; its best-scored ones stay). A slot a story
   gives up goes to the story with the fewest sentences, the newest first.
2. **Developments.** After a story's best sentence, each further slot should report something
   that happened: a sentence whose own words carry a resolved past date ("On October 3, ...")
   at most :data:`RECENT_DAYS` before the story's latest article (older dates are background).
   A further sentence without one is replaced by the story's most central dated sentence not yet
   shown, when that sentence reads alone and says something new (term overlap with every
   chosen sentence below :data:`NEW_CONTENT`). Freed slots are filled the same way. A story of
   one summary sentence, or a summary of one story, is left as the summarizer made it.
3. **Order** (``order``): ``newest`` (stories by their latest publication date, newest first),
   ``oldest`` or ``importance`` (most sources first, then the summarizer's best score). Within
   a story, its best-scored sentence leads; the others follow by date in the same direction (by
   score for ``importance``). The three orders show the same sentences. With an overflow word
   budget the sentence that crossed the limit stays last.

``input`` leaves the summary exactly as the summarizer made it: its sentences in its order,
nothing balanced (what a custom summarizer's author, or a benchmark of summarizers, wants).

The length budget is kept: a replacement never makes the summary longer in words than the
budget (or than the summarizer's own choice, when that was already longer). Sentences added by
composition carry score 0: the summarizer did not score them. Deterministic: every tie goes to
story order, then document order, then offset.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence

import attrs

from newsbrief.annotators.dates.values import span_interval
from newsbrief.defaults import DEFAULT_ORDER, ORDERS
from newsbrief.model import AnnotationKind, Document, Sentence, Story, SummaryItem
from newsbrief.nlp.tokens import count_words
from newsbrief.sections.reading import content_terms, most_similar, reads_alone
from newsbrief.sections.timeline import body_date_sentences, centrality
from newsbrief.summarizers.base import Budget

#: No story is held to fewer sentences than this (a short summary of many small stories
#: keeps its strongest story's second sentence).
MIN_QUOTA = 2
#: A development must share less than this (binary term cosine) with every chosen sentence.
NEW_CONTENT = 0.4
#: A development is news for its story when its date ends at most this many days before the
#: story's latest publication date; an older date is background ("photographs taken in 2003").
RECENT_DAYS = 90
#: Date granularities precise enough to call a sentence a development.
DEVELOPMENT_GRANULARITIES = frozenset({"day", "week", "part_of_month", "month"})


def compose_summary(
    documents: Sequence[Document],
    stories: Sequence[Story],
    summary: Sequence[SummaryItem],
    budget: Budget,
    order: str = DEFAULT_ORDER,
) -> tuple[SummaryItem, ...]:
    """The summarizer's ``summary`` with balanced story slots, in ``order`` (see the module);
    ``input``: the summary as it is."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r} (choose from {', '.join(ORDERS)})")
    if order == "input":
        return tuple(summary)
    composer = _Composer(documents, stories)
    ordered = composer.ordered(composer.balance(summary, budget), order)
    crossing = _crossing(summary, budget)
    if crossing is not None and crossing in ordered:
        # The sentence that crossed an overflow word budget stays last: a reader (or ROUGE's
        # length cut) stops there, so it must not push a whole sentence past the limit.
        ordered = (*(item for item in ordered if item is not crossing), crossing)
    return ordered


def _crossing(summary: Sequence[SummaryItem], budget: Budget) -> SummaryItem | None:
    """The summarizer's last item when it crossed an overflow word budget (summarizers put
    that one last), else ``None``."""
    if budget.words is None or not budget.overflow or not summary:
        return None
    words = sum(count_words(item.sentence.text) for item in summary)
    return summary[-1] if words > budget.words else None


def story_dates(documents: Sequence[Document], stories: Sequence[Story]) -> dict[str, dt.date]:
    """The latest publication date of each story's articles (sections included), by story id;
    stories with no dated article are left out."""
    latest = _latest_published(documents)
    dates = {}
    for story in stories:
        known = [latest[d] for d in story.documents if d in latest]
        if known:
            dates[story.id] = max(known)
    return dates


def _latest_published(documents: Sequence[Document]) -> dict[str, dt.date]:
    latest = {}
    for document in documents:
        # Each section's date as its metadata has it (``section_metadata(start).published``),
        # without building that metadata.
        dates = [document.metadata.published]
        dates += [document.section_published(s.start) for s in document.sections]
        found = [d for d in dates if d is not None]
        if found:
            latest[document.id] = max(_day(d) for d in found)
    return latest


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


@attrs.frozen
class _Candidate:
    """A dated sentence that could take a story's slot."""

    sentence: Sentence
    story: str
    date: str
    centrality: float
    terms: frozenset[str]
    #: Whether two or more of the story's sources report this date (what grouped them).
    shared: bool = False


class _Composer:
    def __init__(self, documents: Sequence[Document], stories: Sequence[Story]) -> None:
        self.documents = {d.id: d for d in documents}
        self.rank = {d.id: i for i, d in enumerate(documents)}
        self.stories = list(stories)
        self.story_rank = {s.id: i for i, s in enumerate(stories)}
        self.story_of = {doc: s.id for s in stories for doc in s.documents}
        self.dates = story_dates(documents, stories)
        self._terms: dict[tuple[str, int, int], frozenset[str]] = {}

    # --- 1 and 2: balanced slots, developments -----------------------------------------

    def balance(self, summary: Sequence[SummaryItem], budget: Budget) -> tuple[SummaryItem, ...]:
        items = tuple(summary)
        groups: dict[str, list[SummaryItem]] = defaultdict(list)
        for item in items:
            if item.story is not None:
                groups[item.story].append(item)
        if len(groups) < 2:
            return items
        quota = max(MIN_QUOTA, math.ceil(len(items) / len(groups)))
        kept: dict[str, list[SummaryItem]] = {}
        dropped: list[SummaryItem] = []
        words = _LengthBudget(budget, items)
        for story, members in groups.items():
            best = sorted(members, key=lambda i: (-i.score, self._position(i)))
            kept[story] = best[:quota]
            dropped.extend(best[quota:])
        for item in dropped:
            words.remove(item.sentence)
        open_slots = len(dropped)
        # Found on first need: a balanced summary of dated sentences never reads them.
        found_once: dict[str, list[_Candidate]] = {}

        def candidates(story: str) -> list[_Candidate]:
            if not found_once:
                found_once.update(self._developments(set(kept)))
            return found_once[story]

        chosen = {i.sentence.key for i in items}
        for story in sorted(kept, key=self._newest_first):
            members = kept[story]
            for position in range(1, len(members)):
                if self._dated(members[position].sentence):
                    continue
                shown = [m for m in members if m is not members[position]]
                shared = [c for c in candidates(story) if c.shared]
                found = self._pick(shared, chosen, [*_others(kept, story), *shown])
                if found and words.swap(members[position].sentence, found.sentence):
                    chosen.add(found.sentence.key)
                    members[position] = _item(found)
        while open_slots:
            order = sorted(kept, key=lambda s: (len(kept[s]), self._newest_first(s)))
            for story in order:
                if len(kept[story]) >= quota:
                    continue
                found = self._pick(candidates(story), chosen, _others(kept, ""))
                if found and words.add(found.sentence):
                    chosen.add(found.sentence.key)
                    kept[story].append(_item(found))
                    break
            else:
                break  # no story can use a freed slot: the best dropped sentences return
            open_slots -= 1
        dropped.sort(key=lambda i: (-i.score, self._position(i)))
        for item in dropped:
            if open_slots and words.add(item.sentence):
                kept[str(item.story)].append(item)
                open_slots -= 1
        ungrouped = [item for item in items if item.story is None]
        return tuple(item for story in groups for item in kept[story]) + tuple(ungrouped)

    def _pick(
        self,
        candidates: list[_Candidate],
        chosen: set[tuple[str, int, int]],
        shown: list[SummaryItem],
    ) -> _Candidate | None:
        shown_terms = [self._terms_of(item.sentence) for item in shown]
        for candidate in candidates:
            if candidate.sentence.key in chosen:
                continue
            if most_similar(candidate.terms, shown_terms) < NEW_CONTENT:
                return candidate
        return None

    def _developments(self, stories: set[str]) -> dict[str, list[_Candidate]]:
        """Each story's dated sentences that read alone, most central to the story first."""
        found: dict[str, list[_Candidate]] = {story: [] for story in stories}
        members = [d for d in self.documents.values() if self.story_of.get(d.id) in stories]
        central = centrality(members)
        for document in members:
            story = self.story_of[document.id]
            for sentence, annotation in body_date_sentences(document):
                attributes = annotation.attributes
                if attributes.get("status", "past") != "past":
                    continue
                if attributes.get("granularity") not in DEVELOPMENT_GRANULARITIES:
                    continue
                if not reads_alone(sentence.text, document.language):
                    continue
                if not self._recent(str(attributes["value"]), story):
                    continue
                terms = self._terms_of(sentence)
                found[story].append(
                    _Candidate(
                        sentence,
                        story,
                        str(attributes["value"]),
                        central(document, sentence),
                        terms,
                    )
                )
        for story, candidates in found.items():
            sources: dict[str, set[tuple[str, int]]] = defaultdict(set)
            for c in candidates:
                sources[c.date].add((c.sentence.doc_id, c.sentence.section))
            # One candidate per sentence (a sentence may carry several dates); shared dates first.
            unique: dict[tuple[str, int, int], _Candidate] = {}
            for c in candidates:
                c = attrs.evolve(c, shared=len(sources[c.date]) > 1)
                if c.sentence.key not in unique or c.shared > unique[c.sentence.key].shared:
                    unique[c.sentence.key] = c
            found[story] = sorted(
                unique.values(),
                key=lambda c: (not c.shared, -c.centrality, self._key(c.sentence)),
            )
        return found

    def _recent(self, value: str, story: str) -> bool:
        """Whether a date is news for ``story``: within :data:`RECENT_DAYS` before its latest
        publication date (any date when the story has none). Older dates are background."""
        latest = self.dates.get(story)
        extent = span_interval(value)
        if latest is None or extent is None:
            return latest is None
        return extent[1] >= latest - dt.timedelta(days=RECENT_DAYS)

    def _dated(self, sentence: Sentence) -> bool:
        document = self.documents.get(sentence.doc_id)
        if document is None:
            return True  # nothing known about it: leave it be
        for annotation in document.annotations_of(AnnotationKind.DATE):
            if sentence.start <= annotation.start < sentence.end:
                attributes = annotation.attributes
                if attributes.get("value") and not attributes.get("vague"):
                    return True
        return False

    def _terms_of(self, sentence: Sentence) -> frozenset[str]:
        if sentence.key not in self._terms:
            document = self.documents.get(sentence.doc_id)
            language = document.language if document else None
            self._terms[sentence.key] = content_terms(sentence.text, language)
        return self._terms[sentence.key]

    # --- 3: order ------------------------------------------------------------------------

    def ordered(self, items: tuple[SummaryItem, ...], order: str) -> tuple[SummaryItem, ...]:
        groups: dict[str | None, list[SummaryItem]] = defaultdict(list)
        for item in items:
            groups[item.story].append(item)
        if order == "importance":
            story_order = sorted(groups, key=lambda s: self._importance(s, groups[s]))
        else:
            story_order = sorted(groups, key=lambda s: self._by_date(s, newest=order == "newest"))
        result: list[SummaryItem] = []
        for story in story_order:
            members = groups[story]
            lead = min(members, key=lambda i: (-i.score, self._position(i)))
            rest = [m for m in members if m is not lead]
            if order == "importance":
                rest.sort(key=lambda i: (-i.score, self._position(i)))
            else:
                rest.sort(key=lambda i: self._item_date(i, newest=order == "newest"))
            result.extend([lead, *rest])
        return tuple(result)

    def _by_date(self, story: str | None, *, newest: bool) -> tuple[object, ...]:
        date = self.dates.get(story) if story is not None else None
        if date is None:
            return (1, 0, self._story_position(story))  # undated stories last
        ordinal = date.toordinal()
        return (0, -ordinal if newest else ordinal, self._story_position(story))

    def _item_date(self, item: SummaryItem, *, newest: bool) -> tuple[object, ...]:
        document = self.documents.get(item.sentence.doc_id)
        published = document.section_published(item.sentence.start) if document else None
        position = self._position(item)
        if published is None:
            return (1, 0, *position)
        ordinal = _day(published).toordinal()
        return (0, -ordinal if newest else ordinal, *position)

    def _importance(self, story: str | None, members: list[SummaryItem]) -> tuple[object, ...]:
        sources = 0
        if story is not None and story in self.story_rank:
            for doc in self.stories[self.story_rank[story]].documents:
                document = self.documents.get(doc)
                sources += max(1, len(document.sections)) if document else 1
        best = max(item.score for item in members)
        return (-sources, -best, self._story_position(story))

    def _newest_first(self, story: str) -> tuple[object, ...]:
        return self._by_date(story, newest=True)

    def _story_position(self, story: str | None) -> int:
        return self.story_rank.get(story, len(self.stories)) if story else len(self.stories)

    def _position(self, item: SummaryItem) -> tuple[int, int]:
        return self._key(item.sentence)

    def _key(self, sentence: Sentence) -> tuple[int, int]:
        return (self.rank.get(sentence.doc_id, len(self.rank)), sentence.start)


def _others(kept: dict[str, list[SummaryItem]], story: str) -> list[SummaryItem]:
    return [item for other, members in kept.items() if other != story for item in members]


def _item(candidate: _Candidate) -> SummaryItem:
    return SummaryItem(sentence=candidate.sentence, score=0.0, story=candidate.story)


class _LengthBudget:
    """The words a composed summary may use: the budget's, or the summarizer's own total."""

    def __init__(self, budget: Budget, items: Sequence[SummaryItem]) -> None:
        self.words = sum(count_words(item.sentence.text) for item in items)
        self.limit = None if budget.words is None else max(budget.words, self.words)

    def swap(self, old: Sentence, new: Sentence) -> bool:
        return self._change(count_words(new.text) - count_words(old.text))

    def remove(self, old: Sentence) -> None:
        self.words -= count_words(old.text)

    def add(self, new: Sentence) -> bool:
        return self._change(count_words(new.text))

    def _change(self, delta: int) -> bool:
        if self.limit is not None and self.words + delta > self.limit:
            return False
        self.words += delta
        return True
