"""The timeline as a picture: an inline SVG with dates on an axis and items coloured by story.

The HTML exporter puts it above the timeline list. It is plain markup written by hand: no
script, no font, no external reference (the page's Content-Security-Policy forbids them), so it
shows the same in any browser, offline, and on paper. Every item is a link to its entry in the
list (``#timeline-3``), drawn in its story's colour *and* shape (colour is never the only cue)
and described by a ``<title>`` tooltip; an expected (anticipated) item is drawn hollow.

Layout, in viewBox units (the SVG scales to its box, down to a 360-pixel phone):

* **Axis.** Linear in days from the earliest to the latest date, a little padded. A long
  stretch with no item (at least :data:`GAP_SHARE` of the span and :data:`GAP_DAYS` days: a
  2022 background story beside 2024 news) is cut out and drawn as a break mark, so that both
  clusters stay legible. Tick steps are chosen from days to millennia so that the labels
  (month names from CLDR in the page's language, the year where it changes) never overlap,
  whether the items span a week or a century.
* **Partial dates** (``2024-05``, ``2024-W25``, ``2024-2025-winter``, ``1988-Q3``, ``199``)
  cover their whole period: a bar from its first to its last day, with the story's marker at
  its middle. A value no calendar reading fits (``PRESENT_REF``) is left out of the picture
  (it stays in the list).
* **Lanes.** Items that would touch are stacked in lanes above the axis, greedily in date
  order; past :data:`MAX_LANES` an item shares the lane that frees up first.
* **Right-to-left** page languages run the axis from right to left.

The output depends only on its input: the same items give the same bytes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import html
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsbrief.exporters.common import Entry, display, element_field
from newsbrief.exporters.dates import ISO, format_date
from newsbrief.languages.templates import FALLBACK, phrase
from newsbrief.model import Briefing

#: Width of the viewBox; the height follows from the number of lanes.
WIDTH = 360
#: Space left and right of the axis.
MARGIN = 16
#: Vertical distance between lanes, and the markers' half size.
LANE = 20
RADIUS = 6
#: At most this many lanes; more crowded items overlap in the lane that frees first.
MAX_LANES = 8
#: At most this many items are drawn (the timeline annotator keeps far fewer); checked before
#: any layout work.
MAX_ITEMS = 400
#: A gap with no item is cut out of the axis when it is at least this share of the span and
#: this many days long; at most this many gaps are cut, each drawn as a break this wide.
GAP_SHARE = 0.4
GAP_DAYS = 180
MAX_BREAKS = 3
BREAK = 14
#: The smallest share of the axis a piece between breaks gets.
MIN_PIECE = 0.2
#: Tick label font size and the smallest gap between two labels.
FONT = 11
LABEL_GAP = 8
#: How many story colours and marker shapes there are (CSS ``--story-0`` ... ``--story-7``).
COLOURS = 8
SHAPES = 5

# Characters that may not appear in HTML or XML text (C0/C1 controls but tab/newline/CR, DEL,
# the XML non-characters): shown as U+FFFD, as the HTML exporter does.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Bidi embeddings, overrides and isolates: dropped from article text before it is wrapped in
# an isolate of its own, so an override (U+202E) cannot reorder what surrounds it.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def escape(text: Any) -> str:
    """``text`` escaped for element content and quoted attributes, in HTML and XML alike."""
    return _UNSAFE.sub("\ufffd", html.escape(str(text), quote=True))


def isolated(text: str) -> str:
    """Article text made inert for bidi: its own controls dropped, the whole wrapped in a
    first-strong isolate (U+2068 ... U+2069)."""
    return f"\u2068{_BIDI.sub('', text)}\u2069"


@attrs.frozen
class PictureItem:
    """One timeline entry as the picture draws it."""

    #: The ``id`` of the entry in the timeline list the item links to (``timeline-3``).
    anchor: str
    #: The date value as the briefing holds it (``2024-10-03``, ``2024-W25``, ``199``).
    value: str
    #: The date as the list shows it (``3 October 2024``, ``week of 17 June 2024 (expected)``).
    label: str
    #: What happened (the entry's sentence), for the tooltip.
    text: str
    #: Index of the item's story in the legend, or ``None`` when it belongs to none.
    story: int | None = None
    #: Whether the date is anticipated rather than past.
    expected: bool = False


# --- dates -> day numbers -----------------------------------------------------------------

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_PART = re.compile(r"(\d{4})-(\d{2})-(early|mid|late)")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SEASON = re.compile(r"(\d{4})(?:-(\d{4}))?-(spring|summer|autumn|fall|winter)")
_QUARTER = re.compile(r"(\d{4})-([QH])([1-4])")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")

# First month of each season and of each part of a month (days).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, month: int, count: int) -> tuple[dt.date, dt.date]:
    """The period of ``count`` months from ``month`` of ``year``."""
    last = month + count - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, month, 1), _month_end(end_year, end_month)


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day ``value`` covers, or ``None`` when it is no calendar date.

    ``2024-10-03`` is one day; ``2024-05`` a month; ``2024-05-early`` its first ten days;
    ``2024-W25`` Monday to Sunday; ``2024-2025-winter`` (and ``2024-winter``) December 2024 to
    February 2025; ``1988-Q3``, ``2020-H1``, ``2024``, ``199`` (the 1990s) and ``19`` (the
    20th century, 1901-2000) their periods.
    """
    text = value.strip()
    try:
        if found := _DAY.fullmatch(text):
            day = dt.date(int(found[1]), int(found[2]), int(found[3]))
            return day, day
        if found := _MONTH.fullmatch(text):
            return _months(int(found[1]), int(found[2]), 1)
        if found := _PART.fullmatch(text):
            year, month = int(found[1]), int(found[2])
            first, last = _PART_DAYS[found[3]]
            end = min(last, calendar.monthrange(year, month)[1])
            return dt.date(year, month, first), dt.date(year, month, end)
        if found := _WEEK.fullmatch(text):
            monday = dt.date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if found := _SEASON.fullmatch(text):
            return _months(int(found[1]), _SEASON_START[found[3]], 3)
        if found := _QUARTER.fullmatch(text):
            size = 3 if found[2] == "Q" else 6
            return _months(int(found[1]), (int(found[3]) - 1) * size + 1, size)
        if _YEAR.fullmatch(text):
            return _months(int(text), 1, 12)
        if _DECADE.fullmatch(text):
            return dt.date(max(int(text) * 10, 1), 1, 1), dt.date(int(text) * 10 + 9, 12, 31)
        if _CENTURY.fullmatch(text):
            return dt.date(int(text) * 100 + 1, 1, 1), dt.date(int(text) * 100 + 100, 12, 31)
    except (ValueError, OverflowError):  # 2024-13-45, week 60, year 0: not a date
        return None
    return None


# --- the axis -----------------------------------------------------------------------------


@functools.cache
def _babel_locale(name: str) -> Any:
    from babel import Locale, UnknownLocaleError

    for candidate in (name.replace("-", "_"), FALLBACK):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    raise AssertionError("babel knows English")  # pragma: no cover


def _label_width(text: str) -> float:
    """A label's width in viewBox units: wide (CJK) characters count a full em."""
    ems = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text)
    return ems * FONT


def _add_months(day: dt.date, months: int) -> dt.date | None:
    """The first of the month ``months`` after ``day``'s; ``None`` past year 9999."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1) if index // 12 <= dt.MAXYEAR else None


def _tick_dates(first: dt.date, last: dt.date, unit: str, step: int) -> list[dt.date]:
    """Round dates from ``first`` to ``last``: every ``step`` days, months or years."""
    if unit == "day":
        # Every other day on even day numbers, weeks on Mondays: the same days whatever the span.
        shift = -first.weekday() % 7 if step >= 7 else -first.toordinal() % step
        start = first + dt.timedelta(days=shift)
        count = (last - start).days // step + 1
        return [start + dt.timedelta(days=i * step) for i in range(max(count, 0))]
    if unit == "month":
        month: dt.date | None = dt.date(first.year, first.month, 1)
        while month is not None and (month < first or (month.month - 1) % step):
            month = _add_months(month, 1)
        ticks = []
        while month is not None and month <= last:
            ticks.append(month)
            month = _add_months(month, step)
        return ticks
    year = (first.year + step - 1) // step * step
    if year == first.year and first != dt.date(year, 1, 1):
        year += step
    return [dt.date(y, 1, 1) for y in range(max(year, step), last.year + 1, step)]


#: Tick steps from the finest: (unit, how many).
_STEPS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("day", 7),
    ("day", 14),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)),
)


@functools.lru_cache(maxsize=4096)
def _format(skeleton: str, day: dt.date, where: str) -> str:
    """``day`` as the CLDR ``skeleton`` of locale ``where`` writes it (cached: the same labels
    come back for every tick step tried, and for every page of a run)."""
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, day, locale=_babel_locale(where)))


def _tick_labels(ticks: list[dt.date], unit: str, where: str) -> list[str]:
    """Labels in the locale ``where``: the year only where it changes (and on the first)."""
    labels = []
    for index, day in enumerate(ticks):
        new_year = index == 0 or ticks[index - 1].year != day.year
        if unit == "year":
            skeleton = "y"
        elif unit == "month":
            skeleton = "yMMM" if new_year else "MMM"
        else:
            skeleton = "yMMMd" if new_year else "MMMd"
        labels.append(_format(skeleton, day, where))
    return labels


def _fits(positions: list[float], labels: list[str]) -> bool:
    """Whether labels centred at ``positions`` (in order along the axis) keep apart."""
    widths = [_label_width(label) for label in labels]
    for index in range(1, len(positions)):
        room = abs(positions[index] - positions[index - 1])
        if room < (widths[index] + widths[index - 1]) / 2 + LABEL_GAP:
            return False
    return True


@attrs.frozen
class _Piece:
    """A stretch of the axis: day numbers ``low``..``high`` drawn from x ``left`` to ``right``."""

    low: float
    high: float
    left: float
    right: float

    def x(self, ordinal: float) -> float:
        share = (ordinal - self.low) / (self.high - self.low)
        return self.left + share * (self.right - self.left)


@attrs.frozen
class _Axis:
    """Day numbers (proleptic ordinals) to x: one piece, or several with the long empty gaps
    between them cut out (a break mark shows each cut); right to left when ``rtl``."""

    pieces: tuple[_Piece, ...]
    rtl: bool = False

    def mirror(self, x: float) -> float:
        return WIDTH - x if self.rtl else x

    def x(self, ordinal: float) -> float | None:
        """Where ``ordinal`` is drawn, or ``None`` when it falls in a cut-out gap."""
        for piece in self.pieces:
            if piece.low <= ordinal <= piece.high:
                return self.mirror(piece.x(ordinal))
        return None


def _clusters(periods: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Day ranges covering ``periods`` (first and one-past-last day numbers), split where an
    empty gap is long: at least :data:`GAP_SHARE` of the whole span and :data:`GAP_DAYS`
    days; at most :data:`MAX_BREAKS` of the longest such gaps are cut."""
    merged: list[list[int]] = []
    for low, high in sorted(periods):
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    span = merged[-1][1] - merged[0][0]
    gaps = [
        (merged[i + 1][0] - merged[i][1], i)
        for i in range(len(merged) - 1)
        if merged[i + 1][0] - merged[i][1] >= max(span * GAP_SHARE, GAP_DAYS)
    ]
    cuts = sorted(i for _, i in sorted(gaps, key=lambda g: (-g[0], g[1]))[:MAX_BREAKS])
    out, start = [], merged[0][0]
    for i in cuts:
        out.append((start, merged[i][1]))
        start = merged[i + 1][0]
    out.append((start, merged[-1][1]))
    return out


def _axis(periods: list[tuple[int, int]], rtl: bool) -> _Axis:
    """The axis for the items' periods (see :func:`_clusters`), each piece padded a little
    and given width by its days, but never less than :data:`MIN_PIECE` of the axis."""
    clusters = _clusters(periods)
    visible = sum(high - low for low, high in clusters)
    pad = max(visible * 0.04, 1.0)
    ranges = [(low - pad, high + pad) for low, high in clusters]
    room = WIDTH - 2 * MARGIN - BREAK * (len(ranges) - 1)
    days = [high - low for low, high in ranges]
    widths = [room * d / sum(days) for d in days]
    # Raise the narrow pieces to the minimum, taking the width from the others by their days.
    for _ in range(len(widths)):
        small = [i for i, w in enumerate(widths) if w < room * MIN_PIECE - 1e-9]
        if not small:
            break
        rest = [i for i in range(len(widths)) if i not in small]
        if not rest:
            break
        left_over = room - room * MIN_PIECE * len(small)
        share = sum(days[i] for i in rest)
        widths = [
            room * MIN_PIECE if i in small else left_over * days[i] / share
            for i in range(len(days))
        ]
    pieces, x = [], float(MARGIN)
    for (low, high), width in zip(ranges, widths, strict=True):
        pieces.append(_Piece(low, high, x, x + width))
        x += width + BREAK
    return _Axis(tuple(pieces), rtl)


def _ticks(axis: _Axis, where: str) -> list[tuple[float, str, bool]]:
    """The finest tick step whose labels do not overlap: (x, label, with a tick line) triples.

    A piece of the axis that no tick of the step falls in is labelled at its middle, without a
    tick line (its date rounded to the step's unit), so that every piece says when it is.
    """
    visible = sum(piece.high - piece.low for piece in axis.pieces)
    for unit, step in _STEPS:
        days = {"day": 1, "month": 30, "year": 365}[unit] * step
        # Far more ticks than could ever fit: skip without building them.
        if visible / days > WIDTH / 20:
            continue
        ticks: list[tuple[float, str, bool]] = []
        for piece in axis.pieces:
            first = dt.date.fromordinal(min(max(math.ceil(piece.low), 1), _LAST_DAY))
            last = dt.date.fromordinal(min(max(math.floor(piece.high), 1), _LAST_DAY))
            dates = _tick_dates(first, last, unit, step)
            marked = bool(dates)
            if not dates:
                dates = [dt.date.fromordinal(round((piece.low + piece.high) / 2))]
            labels = _tick_labels(dates, unit, where)
            for day, label in zip(dates, labels, strict=True):
                x = piece.x(day.toordinal()) if marked else (piece.left + piece.right) / 2
                ticks.append((axis.mirror(x), label, marked))
        # Where the labels are drawn: centred on their tick, but kept inside the picture.
        centres = sorted((_label_centre(x, label), label) for x, label, _ in ticks)
        if _fits([x for x, _ in centres], [label for _, label in centres]):
            return ticks
    return []


#: The last day a date can be.
_LAST_DAY = dt.date.max.toordinal()


def _label_centre(x: float, label: str) -> float:
    """Where a tick label at ``x`` is centred: as near ``x`` as the picture's edges allow."""
    half = _label_width(label) / 2
    return min(max(x, half + 1), WIDTH - half - 1)


# --- drawing ------------------------------------------------------------------------------


def story_style(story: int | None) -> tuple[str, int]:
    """The CSS class (colour) and shape number of a story; every pair differs for the first
    ``COLOURS * SHAPES`` stories. Items of no story are grey circles."""
    if story is None:
        return "s-none", 0
    return f"s{story % COLOURS}", (story + story // COLOURS) % SHAPES


def _n(value: float) -> str:
    """A coordinate with at most one decimal, without ``-0``: deterministic and short."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def shape(kind: int, x: float, y: float, radius: float, css: str) -> str:
    """Marker ``kind`` (circle, square, diamond, triangle, inverted triangle) centred at x, y."""
    r = radius
    if kind == 0:
        return f'<circle class="{css}" cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"/>'
    if kind == 1:
        side = r * 1.7
        return (
            f'<rect class="{css}" x="{_n(x - side / 2)}" y="{_n(y - side / 2)}" '
            f'width="{_n(side)}" height="{_n(side)}"/>'
        )
    if kind == 2:
        d = r * 1.25
        points = [(x, y - d), (x + d, y), (x, y + d), (x - d, y)]
    elif kind == 3:
        points = [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    else:
        points = [(x, y + r * 1.2), (x + r * 1.1, y - r * 0.8), (x - r * 1.1, y - r * 0.8)]
    coords = " ".join(f"{_n(px)},{_n(py)}" for px, py in points)
    return f'<polygon class="{css}" points="{coords}"/>'


def swatch(story: int | None, *, expected: bool = False) -> str:
    """A small inline SVG of a story's marker (hollow when ``expected``), for legends; it is
    decorative, its text stands beside it."""
    css, kind = story_style(story)
    state = " expected" if expected else ""
    return (
        '<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" '
        f'focusable="false">{shape(kind, 8, 8, 6, f"mark {css}{state}")}</svg>'
    )


@attrs.frozen
class _Placed:
    """An item with its extent on the axis (x, markers included) and its lane."""

    item: PictureItem
    #: Its position in the list.
    order: int
    #: Leftmost and rightmost x it covers (its period, or its marker when that is wider).
    first: float
    last: float
    #: Its lane, 0 nearest the axis.
    lane: int = 0


def _lanes(placed: list[_Placed]) -> list[_Placed]:
    """Greedy lane assignment in x order: each item in the lowest lane free where it starts."""
    ends: list[float] = []
    out = []
    for entry in sorted(placed, key=lambda p: (p.first, p.last, p.order)):
        free = [lane for lane, end in enumerate(ends) if end + 2 <= entry.first]
        if free:
            lane = free[0]
            ends[lane] = entry.last
        elif len(ends) < MAX_LANES:
            lane = len(ends)
            ends.append(entry.last)
        else:
            lane = min(range(len(ends)), key=lambda i: (ends[i], i))
            ends[lane] = max(ends[lane], entry.last)
        out.append(attrs.evolve(entry, lane=lane))
    return out


def placeable(items: Iterable[PictureItem]) -> list[tuple[PictureItem, dt.date, dt.date]]:
    """The items with a calendar reading, with the first and last day of each."""
    out = []
    for item in items:
        found = period(item.value)
        if found is not None:
            out.append((item, *found))
    return out


def timeline_svg(
    items: Sequence[PictureItem],
    *,
    words: str = FALLBACK,
    locale: str = ISO,
    rtl: bool = False,
    story_labels: Sequence[str] = (),
) -> str | None:
    """The SVG of ``items`` (see the module's text), or ``None`` when none has a date the
    calendar can place. ``words`` is the language of the template words, ``locale`` the
    ``locale`` option (its month names when it is a CLDR locale, else ``words``'s)."""
    dated = placeable(items[:MAX_ITEMS])
    if not dated:
        return None
    axis_map = _axis([(a.toordinal(), b.toordinal() + 1) for _, a, b in dated], rtl)
    placed = []
    for order, (item, start, end) in enumerate(dated):
        # Every item lies inside a piece of the axis (the pieces are made from the items).
        ends = (axis_map.x(start.toordinal()), axis_map.x(end.toordinal() + 1))
        x0, x1 = sorted(x for x in ends if x is not None)
        middle = (x0 + x1) / 2
        first_x, last_x = min(x0, middle - RADIUS - 1), max(x1, middle + RADIUS + 1)
        placed.append(_Placed(item, order, first_x, last_x))
    placed = _lanes(placed)
    lanes = max(p.lane for p in placed) + 1
    axis = 8 + lanes * LANE + 2
    height = axis + FONT + 12
    ticks = _ticks(axis_map, str(_babel_locale(locale if locale != ISO else words)))

    count = len(placed)
    title = phrase(words, "timeline_picture")
    desc = phrase(
        words,
        "timeline_picture_desc",
        n=count,
        first=_period_label(dated, min, locale, words),
        last=_period_label(dated, max, locale, words),
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="tl" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="tl-title tl-desc">',
        f'<title id="tl-title">{escape(title)}</title>',
        f'<desc id="tl-desc">{escape(desc)}</desc>',
    ]
    for index, piece in enumerate(axis_map.pieces):
        # The axis line of each piece; the first and last reach the picture's edges.
        left = MARGIN / 2 if index == 0 else piece.left
        right = WIDTH - MARGIN / 2 if index == len(axis_map.pieces) - 1 else piece.right
        x1, x2 = sorted((axis_map.mirror(left), axis_map.mirror(right)))
        out.append(f'<line class="axis" x1="{_n(x1)}" y1="{axis}" x2="{_n(x2)}" y2="{axis}"/>')
        if index:
            # A break mark: two slanted strokes where a long empty gap was cut out.
            middle = axis_map.mirror(piece.left - BREAK / 2)
            for shift in (-2.5, 2.5):
                x = middle + shift
                out.append(
                    f'<line class="break" x1="{_n(x - 2)}" y1="{axis + 4}" x2="{_n(x + 2)}" '
                    f'y2="{axis - 4}"/>'
                )
    for x, label, marked in ticks:
        centre = _label_centre(x, label)
        if marked:
            out.append(
                f'<line class="tick" x1="{_n(x)}" y1="{axis}" x2="{_n(x)}" y2="{axis + 4}"/>'
            )
        out.append(
            f'<text class="tick" x="{_n(centre)}" y="{axis + FONT + 6}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    # Drawn in list order, so that later entries lie on top, the same on every run.
    for entry in sorted(placed, key=lambda p: p.order):
        out.append(_draw(entry, axis, story_labels))
    out.append("</svg>")
    return "".join(out)


def _period_label(
    dated: list[tuple[PictureItem, dt.date, dt.date]], pick: Any, locale: str, words: str
) -> str:
    """The shown date of the earliest (``min``) or latest (``max``) item, without "expected"."""
    item = pick(dated, key=lambda d: (d[1], d[2]) if pick is min else (d[2], d[1]))[0]
    return display(format_date(item.value, locale))


def _draw(entry: _Placed, axis: float, story_labels: Sequence[str]) -> str:
    item = entry.item
    css, kind = story_style(item.story)
    y = axis - 8 - entry.lane * LANE - RADIUS / 2
    middle = (entry.first + entry.last) / 2
    state = " expected" if item.expected else ""
    parts = [item.label]
    if item.story is not None and item.story < len(story_labels):
        parts.append(story_labels[item.story])
    parts.append(item.text)
    tooltip = " — ".join(isolated(part) for part in parts if part)
    body = []
    width = entry.last - entry.first - 2
    if width > 2 * RADIUS + 3:
        body.append(
            f'<rect class="bar {css}{state}" x="{_n(entry.first + 1)}" y="{_n(y - 2.5)}" '
            f'width="{_n(width)}" height="5" rx="2.5"/>'
        )
    body.append(shape(kind, middle, y, RADIUS, f"mark {css}{state}"))
    return (
        f'<a href="#{escape(item.anchor)}" tabindex="-1"><title>{escape(tooltip)}</title>'
        f"{''.join(body)}</a>"
    )


# --- from a briefing ----------------------------------------------------------------------


def story_indexes(briefing: Briefing) -> dict[str, int]:
    """Document id -> the index of its story in ``briefing.stories`` (the first story that
    holds it)."""
    found: dict[str, int] = {}
    for index, story in enumerate(briefing.stories):
        for doc_id in story.documents:
            found.setdefault(doc_id, index)
    return found


def timeline_anchor(number: int) -> str:
    """The ``id`` of the ``number``-th (from 1) entry of the timeline list."""
    return f"timeline-{number}"


def timeline_items(briefing: Briefing, entries: Sequence[Entry]) -> list[PictureItem]:
    """The picture's items for the timeline section's ``entries`` (as the outline made them),
    each matched back to its :class:`~newsbrief.model.TimelineEntry` for its status and
    document; an entry no element matches takes its story from its first citation."""
    stories = story_indexes(briefing)
    pending: dict[tuple[str, str | None], list[Any]] = {}
    for timeline_entry in briefing.timeline:
        text = element_field(timeline_entry, "text")
        date = element_field(timeline_entry, "date")
        if text is not None:
            key = (display(str(text)), None if date is None else str(date))
            pending.setdefault(key, []).append(timeline_entry)
    numbers = {source.number: source.doc_id for source in briefing.sources}
    items = []
    for number, entry in enumerate(entries, start=1):
        if entry.date is None:
            continue
        matches = pending.get((entry.text, entry.date))
        element = matches.pop(0) if matches else None
        doc_id = element_field(element, "doc_id") if element is not None else None
        if not isinstance(doc_id, str) and entry.citations:
            doc_id = numbers.get(entry.citations[0])
        items.append(
            PictureItem(
                anchor=timeline_anchor(number),
                value=entry.date,
                label=entry.lead or entry.date,
                text=entry.text,
                story=stories.get(doc_id) if isinstance(doc_id, str) else None,
                expected=element_field(element, "status") == "anticipated",
            )
        )
    return items


def timeline_figure(
    briefing: Briefing,
    entries: Sequence[Entry],
    *,
    words: str = FALLBACK,
    locale: str = ISO,
    rtl: bool = False,
) -> list[str]:
    """The picture of the timeline section's ``entries`` with its legend, as HTML lines; none
    when no entry has a date the calendar can place."""
    items = timeline_items(briefing, entries)
    labels = [display(story.label or story.id) for story in briefing.stories]
    picture = timeline_svg(items, words=words, locale=locale, rtl=rtl, story_labels=labels)
    if picture is None:
        return []
    legend = []
    shown = sorted({item.story for item in placeable_items(items)}, key=_story_order)
    for story in shown:
        if story is None:
            name = escape(phrase(words, "other"))
        else:
            sid = escape(display(briefing.stories[story].id))
            # ``dir="auto"``: an English headline keeps its punctuation on an RTL page.
            label = f'<span dir="auto">{escape(labels[story])}</span>'
            name = f'<span class="sid">{sid}</span> {label}'
        legend.append(f"<li>{swatch(story)}{name}</li>")
    if any(item.expected for item in placeable_items(items)):
        legend.append(
            f"<li>{swatch(None, expected=True)}{escape(phrase(words, 'timeline_expected'))}</li>"
        )
    return [
        '<figure class="picture">',
        picture,
        f'<figcaption><ul class="legend">{"".join(legend)}</ul></figcaption>',
        "</figure>",
    ]


def placeable_items(items: Iterable[PictureItem]) -> list[PictureItem]:
    """The items the picture draws (those :func:`period` can place), at most :data:`MAX_ITEMS`."""
    return [item for item, _, _ in placeable(list(items)[:MAX_ITEMS])]


def _story_order(story: int | None) -> int:
    return 1 << 30 if story is None else story  # "other" last
