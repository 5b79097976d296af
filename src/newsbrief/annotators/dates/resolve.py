"""Resolution rules: an expression's fields + its article's publication date -> a dated value.

The rules, in the order a reader applies them:

* A written year is kept; a missing one is inferred. Candidate years around the publication date
  are tried and, when a weekday is written (``Saturday, Feb. 26``), only years in which that day
  falls on that weekday count.
* Among candidates the clause's tense chooses: past -> the latest one not after publication,
  future -> the first one not before it, unknown -> the nearest (``in early July`` in an article
  of 28 June is July of the same year).
* A bare weekday is the latest such day up to publication (``Russia on Thursday carried out`` in
  an article of Tuesday 26 November is 21 November; ``on Tuesday`` that same Tuesday), unless the
  clause is in the future tense or says ``next``.
* ``last``/``this``/``next`` week, month, year and weekend, ``yesterday``/``today``, ``N days
  ago`` count from publication; ``the next 16 months`` and ``in recent months`` are ranges
  ending or starting at it (``recent``/``several``/``few`` count 3 units and are marked vague).
* Granularity is kept: nothing is filled in that the text does not say (``in 2023`` is a year).
* Quarters and halves (``third-quarter``) are the nearest such period; a bare clock time is on the
  day last mentioned; durations, sets and ``now``/``recently``/``soon`` get no calendar value, only
  their TIMEX3 reading (:attr:`Resolution.timex`: ``P3Y``, ``P1W``, ``PRESENT_REF``).

Nothing is resolved without a publication date except what the text spells out in full.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from newsbrief.annotators.dates.rule_model import Expression
from newsbrief.annotators.dates.tense import Tense
from newsbrief.annotators.dates.timex_shapes import UTC_ZONES
from newsbrief.annotators.dates.values import (
    day_value,
    interval,
    month_value,
    quarter_value,
    season_of,
    season_value,
    span_interval,
    timex_season,
    week_value,
    year_value,
)

#: How many units ``recent``, ``several`` and ``few`` stand for.
VAGUE_COUNT = 3
#: A yearless day more than this many days back loses to one at most ``_SOON_DAYS`` ahead.
_FAR_PAST_DAYS = 240
_SOON_DAYS = 90


@attrs.frozen
class Resolution:
    """What an expression denotes."""

    #: The value (see :mod:`newsbrief.annotators.dates.values`), ``None`` when unresolved.
    value: str | None
    #: ``day``, ``week``, ``part_of_month``, ``month``, ``season``, ``quarter``, ``half``,
    #: ``year``, ``decade``, ``century`` or ``range``; ``duration``, ``set`` or ``reference``
    #: for expressions without a calendar value.
    granularity: str
    #: Last value of a range.
    end_value: str | None = None
    #: ``past``, ``present`` or ``anticipated`` relative to publication.
    status: str = "past"
    #: Whether the extent is a guess (``in recent months``): kept off the timeline.
    vague: bool = False
    #: The TIMEX3 reading, one ``(start, end, type, value)`` per TimeML expression: one for
    #: most, two for a range (its two ends, ``from 2010 to 2015``). ``value`` is ``None`` when
    #: unresolved.
    timex: tuple[tuple[int, int, str, str | None], ...] = ()

    @property
    def timex_type(self) -> str:
        """The TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``."""
        return self.timex[0][2] if self.timex else "DATE"

    @property
    def timex_value(self) -> str | None:
        """The TIMEX3 value (of the first end, for a range)."""
        return self.timex[0][3] if self.timex else None


def resolve(
    expression: Expression,
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: Iterable[Resolution] = (),
) -> Resolution:
    """Resolve ``expression`` against the publication date ``reference``.

    ``tense`` is called only when a rule needs it; ``previous`` holds the resolutions before this
    one in the same article, latest last, for ``that same month``.
    """
    read = _handled(expression, reference, tense, previous)
    value, granularity, end_value, direction, vague = read
    if expression.kind == "reference":
        # The word states it (``now``): the clause's tense is not read for nothing.
        status = _REFERENCE_STATUS[expression.fields["ref"]]
    else:
        status = _status(value, end_value, reference, direction, tense)
    if expression.kind == "range":
        first = resolve(expression.fields["first"], reference, tense, previous)
        last = resolve(expression.fields["last"], reference, tense, previous)
        parts = first.timex + last.timex
    else:
        parts = _timex_parts(expression, value, granularity, vague)
    return Resolution(value, granularity, end_value, status, vague, parts)


#: Kinds read against the expressions before them (``that same month``, a bare clock time on the
#: day last mentioned, a range's two ends): never taken from :data:`_MEMO`.
_CONTEXTUAL = frozenset({"anaphor", "time", "range"})
#: ``(kind, fields, their types, reference)`` -> what its handler gave: the result itself, or a
#: dict by tense when the handler asked for the tense. The other handlers are functions of
#: those alone, and an article repeats its dates (``November 20`` five times), a story its
#: articles' dates.
_MEMO: dict[tuple[Any, ...], Any] = {}
#: Entries kept before :data:`_MEMO` starts afresh (a long run sees ever new dates).
_MEMO_SIZE = 20_000


def _handled(
    expression: Expression,
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: Iterable[Resolution],
) -> _Result:
    """The handler's reading of ``expression``, remembered (see :data:`_MEMO`)."""
    kind = expression.kind
    if kind in _CONTEXTUAL:
        return _run(kind, expression.fields, reference, tense, previous)
    try:
        fields = expression.fields
        # With the types: ``2 == 2.0 == True`` as keys, not necessarily as readings.
        key = (kind, tuple(fields.items()), tuple(map(type, fields.values())), reference)
        known = _MEMO.get(key)
    except TypeError:  # a field that cannot be a key: read it afresh
        return _run(kind, expression.fields, reference, tense, previous)
    if known is not None:
        if not isinstance(known, dict):
            return known  # the handler never asked for the tense
        result = known.get(tense())
        if result is not None:
            return result
    asked: list[Tense] = []

    def recorded() -> Tense:
        asked.append(tense())
        return asked[-1]

    result = _run(kind, expression.fields, reference, recorded, previous)
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    if asked:
        per_tense = known if isinstance(known, dict) else {}
        per_tense[asked[0]] = result
        _MEMO[key] = per_tense
    else:
        _MEMO[key] = result
    return result


def _run(
    kind: str,
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: Iterable[Resolution],
) -> _Result:
    try:
        return _HANDLERS[kind](fields, reference, tense, list(previous))
    except (OverflowError, ValueError):
        # Arithmetic off the calendar's ends (``last week`` in the year 1): unresolved.
        return None, "day", None, Tense.UNKNOWN, False


# -- TIMEX3 --------------------------------------------------------------------------------------

#: Duration unit codes (grammar) -> TIMEX3 (designator, multiplier, time part).
_DURATION_UNITS = {
    "S": ("S", 1, True),
    "MIN": ("M", 1, True),
    "H": ("H", 1, True),
    "D": ("D", 1, False),
    "W": ("W", 1, False),
    "M": ("M", 1, False),
    "Q": ("Q", 1, False),
    "Y": ("Y", 1, False),
    "DE": ("Y", 10, False),
    "CE": ("Y", 100, False),
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "month": ("M", 1, False),
    "year": ("Y", 1, False),
}


def duration_value(count: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3Y``, ``PT30M``, ``P2.5Y``; ``PXY`` when the count is vague."""
    designator, times, time_part = _DURATION_UNITS[unit]
    if count is None:
        number = "X"
        designator = {10: "DE", 100: "CE"}.get(times, designator)
    else:
        amount = count * times
        number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"P{'T' if time_part else ''}{number}{designator}"


def _clock(fields: Mapping[str, Any]) -> str:
    zone = str(fields.get("zone") or "").strip("()").replace(" ", "").lower()
    suffix = "Z" if zone in UTC_ZONES else ""  # other zones are kept as local time
    return f"T{fields['hour']:02d}:{fields['minute']:02d}{suffix}"


def _timex_parts(
    expression: Expression, value: str | None, granularity: str, vague: bool = False
) -> tuple[tuple[int, int, str, str | None], ...]:
    """The TIMEX3 type and value of one (non-range) expression."""
    fields, kind = expression.fields, expression.kind
    start, end = expression.start, expression.end
    kind_type = "DATE"
    timex = value
    if kind in ("duration", "period"):
        kind_type = "DURATION"
        timex = duration_value(
            None if fields.get("n") is None else float(fields["n"]), fields["unit"]
        )
        if kind == "period" and vague:  # ``in recent months``, ``the last several weeks``
            timex = duration_value(None, fields["unit"])
    elif kind == "set":
        kind_type = "SET"
        if "frequency" in fields:
            timex = fields["frequency"]
        elif "weekday" in fields:
            timex = f"XXXX-WXX-{fields['weekday'] + 1}"
        else:
            timex = duration_value(float(fields["n"]), fields["unit"])
    elif kind == "reference":
        timex = fields["ref"]
    elif kind == "fiscal":
        timex = f"FY{fields['year']:04d}"
    elif value is None:
        timex = None
    elif "hour" in fields and granularity == "day":
        kind_type, timex = "TIME", f"{value}{_clock(fields)}"
    elif "daypart" in fields and granularity == "day":
        kind_type, timex = "TIME", f"{value}T{fields['daypart']}"
    elif kind == "deictic" and fields.get("opening") and vague:
        timex = "PRESENT_REF"
    elif granularity == "season":
        timex = timex_season(value)
    elif granularity == "part_of_month":
        timex = value[:7]
    elif kind == "relative" and fields.get("unit") == "weekend":
        sat = interval(value)
        timex = f"{week_value(sat[0])}-WE" if sat else value
    elif kind == "year" and "year2" in fields:
        text_year2 = str(fields["year2"])
        return (
            (start, start + 4, "DATE", value),
            (end - len(text_year2), end, "DATE", f"{fields['year2']:04d}"),
        )
    return ((start, end, kind_type, timex),)


#: The status a PRESENT_REF, PAST_REF or FUTURE_REF word states outright.
_REFERENCE_STATUS = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "anticipated"}

#: What a rule gives: value, granularity, end value, the direction it points, vague.
_Result = tuple[str | None, str, str | None, Tense, bool]


def _status(
    value: str | None,
    end_value: str | None,
    reference: dt.date | None,
    direction: Tense,
    tense: Callable[[], Tense],
) -> str:
    key = (value, end_value, reference)
    readings = _STATUS.get(key)
    if readings is None:
        if len(_STATUS) >= _MEMO_SIZE:
            _STATUS.clear()
        readings = _STATUS[key] = (
            _status_of(value, end_value, reference, True),
            _status_of(value, end_value, reference, False),
        )
    if readings[0] == readings[1]:
        return readings[0]  # wholly before or after publication: the tense cannot matter
    future = direction is Tense.FUTURE or (direction is Tense.UNKNOWN and tense() is Tense.FUTURE)
    return readings[0] if future else readings[1]


#: ``(value, end value, reference)`` -> the status (:func:`_status`) if the clause speaks of
#: the future, and if not.
_STATUS: dict[tuple[str | None, str | None, dt.date | None], tuple[str, str]] = {}


def _status_of(
    value: str | None, end_value: str | None, reference: dt.date | None, future: bool
) -> str:
    extent = span_interval(value, end_value) if value else None
    if extent is None or reference is None:
        return "anticipated" if future else "past"
    if extent[1] < reference:
        return "past"
    if extent[0] > reference:
        return "anticipated"
    return "anticipated" if future else "present"


def _choose(
    candidates: list[tuple[str, tuple[dt.date, dt.date]]], reference: dt.date, tense: Tense
) -> str | None:
    """The candidate value the tense points to (see the module docstring)."""
    if not candidates:
        return None
    if tense is Tense.PAST:
        before = [c for c in candidates if c[1][0] <= reference]
        if before:
            return max(before, key=lambda c: c[1][0])[0]
    elif tense is Tense.FUTURE:
        after = [c for c in candidates if c[1][1] >= reference]
        if after:
            return min(after, key=lambda c: c[1][0])[0]

    def gap(candidate: tuple[str, tuple[dt.date, dt.date]]) -> tuple[int, int]:
        low, high = candidate[1]
        distance = max((low - reference).days, (reference - high).days, 0)
        return distance, -low.toordinal()  # ties: the earlier-published reading, the past

    return min(candidates, key=gap)[0]


def _with_interval(values: Iterable[str]) -> list[tuple[str, tuple[dt.date, dt.date]]]:
    return [(v, extent) for v in values if (extent := interval(v)) is not None]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- handlers: fields -> (value, granularity, end_value, direction, vague) -------------------------


def _date(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    month, day, weekday = fields["month"], fields["day"], fields.get("weekday")
    if "year" in fields:
        years = [fields["year"]]
    elif reference is None:
        return None, "day", None, Tense.UNKNOWN, False
    else:
        years = list(range(reference.year - 1, reference.year + 2))
        if weekday is not None:
            matching = [
                y for y in years if (d := _safe_date(y, month, day)) and d.weekday() == weekday
            ]
            # A weekday that fits none of the near years points further back.
            years = matching or [
                y
                for y in range(reference.year - 7, reference.year + 2)
                if (d := _safe_date(y, month, day)) and d.weekday() == weekday
            ]
    dates = [d for y in years if (d := _safe_date(y, month, day))]
    if not dates:
        return None, "day", None, Tense.UNKNOWN, False
    if len(dates) == 1:
        chosen = dates[0]
    else:
        assert reference is not None
        value = _choose(_with_interval(map(day_value, dates)), reference, tense())
        chosen = dt.date.fromisoformat(value) if value else dates[0]
        soon = [d for d in dates if 0 <= (d - reference).days <= _SOON_DAYS]
        if weekday is None and (reference - chosen).days > _FAR_PAST_DAYS and soon:
            # ``announced ... an event to be held on October 12``: a past verb nearby, but a
            # yearless date almost a year back is far less likely than one a few weeks ahead.
            chosen = soon[0]
    if "day2" in fields and (last := _safe_date(chosen.year, month, fields["day2"])):
        return day_value(chosen), "range", day_value(last), Tense.UNKNOWN, False
    return day_value(chosen), "day", None, Tense.UNKNOWN, False


def _month(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    month, part, rel = fields["month"], fields.get("part"), fields.get("rel")
    granularity = "part_of_month" if part else "month"
    suffix = f"-{part}" if part else ""
    if "year" in fields:
        return f"{fields['year']:04d}-{month:02d}{suffix}", granularity, None, Tense.UNKNOWN, False
    if reference is None:
        return None, granularity, None, Tense.UNKNOWN, False
    if yrel := fields.get("yrel"):
        year = reference.year + {"last": -1, "next": 1}.get(yrel, 0)
        return f"{year:04d}-{month:02d}{suffix}", granularity, None, Tense.UNKNOWN, False
    direction = {"last": Tense.PAST, "next": Tense.FUTURE, "coming": Tense.FUTURE}.get(
        rel or "", Tense.UNKNOWN
    )
    candidates = _with_interval(
        f"{year:04d}-{month:02d}{suffix}" for year in range(reference.year - 1, reference.year + 2)
    )
    if rel in ("last", "next", "coming"):
        # ``last May`` is strictly before publication's month, ``next May`` strictly after.
        month_start = reference.replace(day=1)
        if rel == "last":
            candidates = [c for c in candidates if c[1][0] < month_start]
        else:
            candidates = [c for c in candidates if c[1][0] > reference]
        choice = direction
    elif rel == "this":
        choice = Tense.UNKNOWN
    else:
        choice = tense()
    return _choose(candidates, reference, choice), granularity, None, direction, False


def _weekday(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    if reference is None:
        return None, "day", None, Tense.UNKNOWN, False
    weekday, rel = fields["weekday"], fields.get("rel")
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if rel == "last":
        day = reference - dt.timedelta(days=back or 7)
        direction = Tense.PAST
    elif rel in ("next", "coming"):
        day = reference + dt.timedelta(days=ahead or 7)
        direction = Tense.FUTURE
    elif rel == "this":
        day = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=weekday)
        direction = Tense.UNKNOWN
    elif tense() is Tense.FUTURE or (fields.get("until") and tense() is not Tense.PAST):
        # ``closed until Friday``: a limit lies ahead unless the clause tells the past.
        day = reference + dt.timedelta(days=ahead)
        direction = Tense.FUTURE
    else:
        # News reports the past: a bare weekday is the latest one up to publication.
        day = reference - dt.timedelta(days=back)
        direction = Tense.UNKNOWN
    return day_value(day), "day", None, direction, False


def _deictic(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    offset = fields["offset"]
    direction = Tense.FUTURE if offset > 0 else Tense.PAST if offset < 0 else Tense.UNKNOWN
    # ``Today, plague infections are rare``: an opening ``today`` in a present-tense
    # statement means "nowadays" (PRESENT_REF), not an event of the publication day.
    generic = bool(fields.get("opening")) and tense() is Tense.UNKNOWN
    if reference is None:
        return None, "day", None, direction, generic
    return day_value(reference + dt.timedelta(days=offset)), "day", None, direction, generic


_UNIT_STEP = {
    "quarter": relativedelta(months=3),
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "weekend": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "year": relativedelta(years=1),
}
_UNIT_VALUE = {
    "day": day_value,
    "week": week_value,
    "month": month_value,
    "quarter": quarter_value,
    "year": year_value,
}


def _relative(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    rel, unit = fields["rel"], fields["unit"]
    steps = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "following": 1}[rel]
    direction = Tense.PAST if steps < 0 else Tense.FUTURE if steps > 0 else Tense.UNKNOWN
    if reference is None:
        return None, "week" if unit == "weekend" else unit, None, direction, False
    moved = reference + _UNIT_STEP[unit] * steps
    if unit == "weekend":
        saturday = moved + dt.timedelta(days=5 - moved.weekday())
        if steps == 0 and saturday > reference + dt.timedelta(days=1) and tense() is Tense.PAST:
            saturday -= dt.timedelta(days=7)  # ``this weekend`` told in the past: the last one
        sunday = saturday + dt.timedelta(days=1)
        return day_value(saturday), "range", day_value(sunday), direction, False
    return _UNIT_VALUE[unit](moved), unit, None, direction, False


def _period(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    rel, unit = fields["rel"], fields["unit"]
    count = fields.get("n")
    vague = count is None or rel == "recent"
    count = count or VAGUE_COUNT
    if rel == "ago":
        direction = Tense.PAST
        if reference is None:
            return None, unit, None, direction, False
        return _UNIT_VALUE[unit](reference - _UNIT_STEP[unit] * count), unit, None, direction, False
    direction = Tense.FUTURE if rel in ("next", "coming") else Tense.PAST
    if reference is None:
        return None, "range", None, direction, vague
    to_value = _UNIT_VALUE[unit]
    if direction is Tense.FUTURE:
        low, high = reference, reference + _UNIT_STEP[unit] * count
    else:
        low, high = reference - _UNIT_STEP[unit] * count, reference
    return to_value(low), "range", to_value(high), direction, vague


def _season(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    season, rel = fields["season"], fields.get("rel")
    if "year" in fields:
        year = fields["year"]
        if season == "winter" and fields.get("year2") == year + 1:
            return season_value(season, year), "season", None, Tense.UNKNOWN, False
        # ``the winter of 2023`` told before that December means its January-February.
        if (
            season == "winter"
            and reference is not None
            and "year2" not in fields
            and dt.date(year, 12, 1) > reference
            and year <= reference.year
        ):
            year -= 1
        return season_value(season, year), "season", None, Tense.UNKNOWN, False
    if reference is None:
        return None, "season", None, Tense.UNKNOWN, False
    current, current_year = season_of(reference)
    candidates = _with_interval(
        season_value(season, y) for y in range(reference.year - 2, reference.year + 2)
    )
    direction = Tense.UNKNOWN
    if rel in ("last", "past"):
        candidates = [c for c in candidates if c[1][1] < reference]
        choice = direction = Tense.PAST
    elif rel in ("next", "coming"):
        candidates = [c for c in candidates if c[1][0] > reference]
        choice = direction = Tense.FUTURE
    elif rel == "this" or season == current:
        return season_value(current, current_year), "season", None, direction, False
    else:
        choice = tense()
        if choice is Tense.FUTURE:
            direction = Tense.FUTURE
    return _choose(candidates, reference, choice), "season", None, direction, False


def _year(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    year = fields["year"]
    if "year2" in fields:
        return f"{year:04d}", "range", f"{fields['year2']:04d}", Tense.UNKNOWN, False
    return f"{year:04d}", "year", None, Tense.UNKNOWN, False


def _anaphor(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    unit = fields["unit"]
    order = ("day", "week", "month", "year")
    for earlier in reversed(previous):
        if earlier.value is None or earlier.granularity not in order:
            continue
        if order.index(earlier.granularity) > order.index(unit):
            continue
        extent = interval(earlier.value)
        if extent is None:
            continue
        return _UNIT_VALUE[unit](extent[0]), unit, None, Tense.UNKNOWN, False
    return None, unit, None, Tense.UNKNOWN, False


def _range(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    first = resolve(fields["first"], reference, tense, previous)
    last = resolve(fields["last"], reference, tense, previous)
    first_extent = span_interval(first.value, first.end_value) if first.value else None
    last_extent = span_interval(last.value, last.end_value) if last.value else None
    if first_extent is None or last_extent is None or last_extent[1] < first_extent[0]:
        return None, "range", None, Tense.UNKNOWN, False
    end = last.end_value or last.value
    return first.value, "range", end, Tense.UNKNOWN, first.vague or last.vague


def _time(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    if "weekday" in fields:
        return _weekday(fields, reference, tense, previous)
    if "offset" not in fields:
        # A bare clock time is on the day last mentioned (``On Tuesday ... at 18:00 UTC``).
        for earlier in reversed(previous):
            if earlier.granularity == "day" and earlier.value and not earlier.vague:
                return earlier.value, "day", None, Tense.UNKNOWN, False
    if reference is None:
        return None, "day", None, Tense.UNKNOWN, False
    day = reference + dt.timedelta(days=fields.get("offset", 0))
    return day_value(day), "day", None, Tense.UNKNOWN, False


def _dateless(granularity: str) -> Callable[..., _Result]:
    """Durations, sets and PRESENT/PAST/FUTURE_REF: no date of their own (no timeline)."""

    def handler(
        fields: Mapping[str, Any],
        reference: dt.date | None,
        tense: Callable[[], Tense],
        previous: list[Resolution],
    ) -> _Result:
        direction = {"PAST_REF": Tense.PAST, "FUTURE_REF": Tense.FUTURE}.get(
            fields.get("ref", ""), Tense.UNKNOWN
        )
        return None, granularity, None, direction, False

    return handler


def _quarter(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    part, number = fields["part"], fields["number"]
    granularity = "quarter" if part == "Q" else "half"
    if "year" in fields:
        return f"{fields['year']:04d}-{part}{number}", granularity, None, Tense.UNKNOWN, False
    if reference is None:
        return None, granularity, None, Tense.UNKNOWN, False
    if rel := fields.get("yrel"):
        year = reference.year + {"last": -1, "next": 1}.get(rel, 0)
        return f"{year:04d}-{part}{number}", granularity, None, Tense.UNKNOWN, False
    candidates = _with_interval(
        f"{y:04d}-{part}{number}" for y in range(reference.year - 1, reference.year + 2)
    )
    return _choose(candidates, reference, tense()), granularity, None, Tense.UNKNOWN, False


def _decade(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    decade = fields["decade"]
    if reference is not None and decade * 10 > reference.year:
        decade -= 10  # ``the 70s`` written in 2009 is the 1970s
    return f"{decade:03d}", "decade", None, Tense.UNKNOWN, False


def _century(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    return f"{fields['century']:02d}", "century", None, Tense.UNKNOWN, False


def _fiscal(
    fields: Mapping[str, Any],
    reference: dt.date | None,
    tense: Callable[[], Tense],
    previous: list[Resolution],
) -> _Result:
    # A fiscal year's months differ by organisation; the timeline shows it as its year.
    return f"{fields['year']:04d}", "year", None, Tense.UNKNOWN, False


_HANDLERS = {
    "time": _time,
    "duration": _dateless("duration"),
    "set": _dateless("set"),
    "reference": _dateless("reference"),
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "fiscal": _fiscal,
    "date": _date,
    "month": _month,
    "weekday": _weekday,
    "deictic": _deictic,
    "relative": _relative,
    "period": _period,
    "ago": _period,
    "season": _season,
    "year": _year,
    "anaphor": _anaphor,
    "range": _range,
}
