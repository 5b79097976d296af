"""Second pass: headline, subheadings, link lists and the articles a page holds."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from newsbrief.model import Metadata, Section, Span, SpanKind
from newsbrief.parsers.plaintext.classify import Classified, Item, ItemKind, heading_like
from newsbrief.parsers.plaintext.metadata import is_outlet

#: A run of this many headline-like lines is a list of links wherever it stands.
_LINK_RUN = 3
#: Longest outlet line under a headline (``Defense Post``), in words.
_MAX_SOURCE_WORDS = 4


@attrs.frozen
class Hints:
    """What a structured format knows that the plain-text rules would otherwise guess."""

    #: The headline the format states: a first heading line is set aside as the headline only
    #: when it says this; another is a subheading (an HTML page's text starts at its body).
    title: str | None = None
    #: The texts of the page's links (``<a>`` elements), whitespace collapsed: a run of short
    #: lines is a list of related links only when its lines are links, never an article's own
    #: list (tour dates, a schedule, a race calendar). ``None``: no markup to tell.
    links: frozenset[str] | None = None


@attrs.define
class Header:
    """What is known about one article (or the page, or the text before any headline)."""

    #: Headline.
    title: str | None = None
    #: Outlet, from a byline, source line, dateline or copyright notice.
    outlet: str | None = None
    #: Author(s) from a byline.
    author: str | None = None
    #: The first date stated.
    published: dt.date | None = None
    #: ``Distributed by ...`` in a copyright notice.
    distributor: str | None = None

    def fill(self, **values: object) -> None:
        """Set the fields not set yet: the first statement in the text wins."""
        for name, value in values.items():
            if value is not None and getattr(self, name) is None:
                setattr(self, name, value)

    def absorb(self, other: Header) -> None:
        """Fill unset fields from ``other``."""
        self.fill(**attrs.asdict(other))

    def metadata(self) -> Metadata:
        """The header as model metadata."""
        return Metadata(**attrs.asdict(self))


@attrs.frozen
class Structure:
    """The result of the second pass."""

    #: Document-level facts.
    header: Header
    #: Article bodies with their own metadata (empty when the text is one article).
    sections: tuple[Section, ...]
    #: Spans set aside in this pass (headlines, source lines, link lists).
    removed: tuple[Span, ...]
    #: Subheadings.
    headings: tuple[Span, ...]


def structure(classified: Classified, length: int, hints: Hints | None = None) -> Structure:
    """Find headline, subheadings, link lists and articles among the classified lines."""
    hints = hints or Hints()
    removed: list[Span] = []
    items = [item for item in classified.items if item.kind is not ItemKind.NOISE]
    _mark_link_lists(items, removed, hints.links)
    items = [item for item in items if item.kind is not ItemKind.NOISE]
    _mark_sources(items, removed)
    starts = _article_starts(items, headline_stated=hints.title is not None)
    page = None
    if len(starts) >= 2 and not _prose_between(items, starts[0], starts[1]):
        page, starts = starts[0], starts[1:]
    # Whose facts are they: the text before any headline, the page header or an article.
    owners = sorted(([page] if page is not None else []) + starts)
    owner_set = set(owners)
    headings = [
        Span(item.start, item.end, SpanKind.HEADING)
        for index, item in enumerate(items)
        if item.kind is ItemKind.HEADING and index not in owner_set
    ]
    preamble, headers = Header(), {index: Header(title=items[index].text) for index in owners}
    stated = _squash(hints.title) if hints.title else None
    for index in owners:
        span = Span(items[index].start, items[index].end, SpanKind.METADATA)
        if stated is None or _squash(items[index].text) == stated:
            removed.append(span)
        else:
            # The format stated the headline: this line is a subheading of the body.
            headings.append(Span(span.start, span.end, SpanKind.HEADING))
    owner = preamble
    for index, item in enumerate(items):
        owner = headers.get(index, owner)
        _harvest(owner, item)
    owner_starts = [items[index].start for index in owners]
    for item in classified.items:  # copyright notices: the article they close
        if item.copyright is not None:
            position = bisect.bisect_left(owner_starts, item.start)
            target = headers[owners[position - 1]] if position else preamble
            target.fill(outlet=item.copyright.outlet, distributor=item.copyright.distributor)
    end = classified.comments_start if classified.comments_start is not None else length
    document = Header()
    document.absorb(preamble)
    if page is not None:
        document.absorb(headers[page])
    sections: list[Section] = []
    if len(starts) >= 2:
        document.absorb(headers[starts[0]])
        bounds = [items[index].start for index in starts] + [end]
        if any(item.kind is ItemKind.PROSE for item in items[: starts[0]]):
            sections.append(Section(0, bounds[0]))
        for index, start, stop in zip(starts, bounds, bounds[1:], strict=False):
            sections.append(Section(start, stop, headers[index].metadata()))
    else:
        for index in starts:
            document.absorb(headers[index])
    return Structure(document, tuple(sections), tuple(removed), tuple(headings))


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


#: Share of a run's lines that must be links (with the page's link texts known), or must hold
#: no number (without them), for the run to be a list of related links.
_LINK_SHARE = 0.5


def _is_link_run(run: list[Item], links: frozenset[str] | None) -> bool:
    """Whether a run of headline-like lines reads as related links rather than an article's
    own list: with the page's link texts, most lines are links; without them, most lines hold
    no number (tour dates, schedules and calendars do)."""
    if links is not None:
        linked = sum(" ".join(item.text.split()) in links for item in run)
        return linked >= _LINK_SHARE * len(run)
    numbered = sum(any(c.isdigit() for c in item.text) for item in run)
    return numbered < _LINK_SHARE * len(run)


def _mark_link_lists(
    items: list[Item], removed: list[Span], links: frozenset[str] | None = None
) -> None:
    """Runs of headline-like lines with no prose after them are related-article links (when
    they read as links: :func:`_is_link_run`)."""
    first_substantial = next(
        (i for i, item in enumerate(items) if item.kind in (ItemKind.HEADING, ItemKind.PROSE)),
        None,
    )
    index = 0
    while index < len(items):
        if items[index].kind is not ItemKind.HEADING:
            index += 1
            continue
        stop = index
        while stop < len(items) and items[stop].kind is ItemKind.HEADING:
            stop += 1
        run = stop - index
        announced = index > 0 and items[index - 1].kind is ItemKind.RELATED
        at_end = stop == len(items) or items[stop].kind is ItemKind.RELATED
        is_list = announced or (
            ((run >= 2 and at_end) or run >= _LINK_RUN)
            and index != first_substantial
            and _is_link_run(items[index:stop], links)
        )
        if is_list:
            removed.append(Span(items[index].start, items[stop - 1].end, SpanKind.LINK_LIST))
            for item in items[index:stop]:
                item.kind = ItemKind.NOISE
        index = stop


def _mark_sources(items: list[Item], removed: list[Span]) -> None:
    """A short name line between a headline and a dated lead is the outlet (``Defense Post``)."""
    for index in range(1, len(items) - 1):
        previous, item, following = items[index - 1], items[index], items[index + 1]
        if (
            previous.kind is ItemKind.HEADING
            and item.kind is ItemKind.HEADING
            and len(item.text.split()) <= _MAX_SOURCE_WORDS
            and is_outlet(item.text)
            and (following.kind is ItemKind.META or following.dateline is not None)
        ):
            item.kind, item.source = ItemKind.META, item.text
            removed.append(Span(item.start, item.end, SpanKind.BYLINE))


def _article_starts(items: list[Item], headline_stated: bool = False) -> list[int]:
    """Indexes of headings that open an article: the headline, or one with a byline or dateline."""
    starts = []
    first = next(
        (i for i, item in enumerate(items) if item.kind in (ItemKind.HEADING, ItemKind.PROSE)),
        None,
    )
    for index, item in enumerate(items):
        if item.kind is not ItemKind.HEADING:
            continue
        if index == first:
            starts.append(index)  # the first substantial line: the headline
            continue
        if (
            first is not None
            and index == first + 1
            and not headline_stated
            and _headline_after_lead(items, index)
        ):
            starts.append(index)  # a headline under a one-line lead (seed 001)
            continue
        for following in range(index + 1, len(items)):  # no slicing: that would be quadratic
            other = items[following]
            if other.kind is ItemKind.META:
                starts.append(index)
                break
            if other.kind is ItemKind.PROSE:
                dateline = other.dateline
                if dateline is not None and (dateline.published or dateline.outlet):
                    starts.append(index)
                break
            if other.kind is ItemKind.HEADING:
                break
    return starts


#: Longest lead paragraph (in words) a page may print above its headline.
_MAX_LEAD_WORDS = 60
#: Fewest words of such a headline (a one-word ``Cost`` under a lead is a subheading).
_MIN_HEADLINE_WORDS = 4


def _headline_after_lead(items: list[Item], index: int) -> bool:
    """Whether the heading at ``index`` is the headline of a page that opens with a one-line
    lead (a teaser sentence, as scraped pages often put first): the text's first substantial
    line is that short prose line, the heading comes right after it, reads as a headline and
    is followed by prose."""
    lead, heading = items[index - 1], items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    return (
        lead.kind is ItemKind.PROSE
        and len(lead.text.split()) <= _MAX_LEAD_WORDS
        and len(heading.text.split()) >= _MIN_HEADLINE_WORDS
        and heading.paragraph == lead.paragraph + 1
        and heading_like(heading.text, headline_position=True)
        and following is not None
        and following.kind is ItemKind.PROSE
    )


def _prose_between(items: list[Item], first: int, second: int) -> bool:
    return any(item.kind is ItemKind.PROSE for item in items[first:second])


def _harvest(header: Header, item: Item) -> None:
    if item.kind is ItemKind.META:
        header.fill(published=item.published, outlet=item.source)
        if item.byline is not None:
            header.fill(author=item.byline.author, outlet=item.byline.outlet)
    elif item.dateline is not None:
        header.fill(published=item.dateline.published, outlet=item.dateline.outlet)
