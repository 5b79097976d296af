"""The date window (``--since`` / ``--until``): keep the articles published inside it.

An article's date is its publication date (``metadata.published``), or, for a file holding
several articles (sections) and no date of its own, the latest of its sections' dates: such a
file is one document, kept or left out whole (its sections share its text and offsets; feeds
and record files are split into one document an article when parsed, so each is windowed).
Articles outside the window are left out and listed among the skipped inputs (kind
``filtered``: not an error, the exit code stays 0).

**Undated articles are kept**, with a note: a page whose date the parser could not find is as
likely to be today's news as not, and dropping it silently would lose it where keeping it only
costs a line in the coverage notes. Dates found in the text later (the timeline) do not count:
the window is applied before analysis, to what the sources say of themselves.

Bounds are whole days, both included. :func:`parse_bound` reads what a user types: an ISO date
(``2024-11-26``), a month (``2024-11``) or a year (``2024``): its first day for ``--since``, its
last for ``--until``; ``today``, ``yesterday``, or ``Nd`` / ``Nw`` (N days or weeks before
today, local time).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar, cast

import attrs

from newsbrief.errors import NewsbriefError
from newsbrief.languages.templates import join_words, phrase
from newsbrief.model import Briefing, CoverageNote, Document
from newsbrief.pipeline.annotate import Drafted
from newsbrief.pipeline.corpus import Corpus, Skipped, main_language

#: What :func:`parse_bound` accepts, for error messages and help.
BOUND_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, Nd or Nw"
#: The largest ``Nd``/``Nw`` accepted (about 270 years): beyond it the date would underflow.
MAX_DAYS = 100_000

#: A corpus here or on a cluster (which refuses a window).
C = TypeVar("C")
#: Documents as build_briefing takes them.
D = TypeVar("D")

_RELATIVE = re.compile(r"(\d{1,6})([dw])")
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


def parse_bound(text: str, *, end: bool = False, today: dt.date | None = None) -> dt.date:
    """The day ``text`` names (see the module docstring); ``end`` picks the last day of a
    month or year (for ``--until``). A :class:`ValueError` names the accepted forms."""
    value = text.strip().lower()
    today = today or dt.date.today()
    if value in ("today", "yesterday"):
        return today - dt.timedelta(days=value == "yesterday")
    relative = _RELATIVE.fullmatch(value)
    if relative:
        days = int(relative.group(1)) * (7 if relative.group(2) == "w" else 1)
        if days > MAX_DAYS:
            raise ValueError(f"{text!r} is too far back (at most {MAX_DAYS} days)")
        return today - dt.timedelta(days=days)
    partial = _PARTIAL.fullmatch(value)
    try:
        if partial:
            year, month = int(partial.group(1)), partial.group(2)
            if year < 1:
                raise ValueError("year 0")
            if month is None:
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            last = calendar.monthrange(year, int(month))[1] if end else 1
            return dt.date(year, int(month), last)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (expected {BOUND_FORMS})") from None


def published(document: Document) -> dt.date | None:
    """The day ``document`` was published: its own date, else its sections' latest."""
    if document.metadata.published is not None:
        return document.metadata.published
    dates = [s.metadata.published for s in document.sections if s.metadata.published]
    return max(dates) if dates else None


@attrs.frozen
class Filtered(Skipped):
    """An article the date window left out (kind ``filtered``): its :attr:`reason` is the
    English line printed on stderr, :meth:`words` the coverage note in a reader's language."""

    #: The day the article was published.
    published: dt.date = attrs.field(kw_only=True)
    #: ``since`` (published before the window) or ``until`` (after it).
    bound: str = attrs.field(kw_only=True, validator=attrs.validators.in_(("since", "until")))
    #: The window's bound it falls outside of.
    limit: dt.date = attrs.field(kw_only=True)

    def words(self, language: str | None) -> str:
        """The coverage note in ``language`` (``[templates]``, English fallback)."""

        limit = self.limit.isoformat()
        return phrase(
            language,
            f"note_filtered_{self.bound}",
            input=self.input,
            day=self.published.isoformat(),
            since=limit,
            until=limit,
        )


@attrs.frozen
class Windowed:
    """A corpus cut to the date window, and what the cut left out or kept undated."""

    #: The documents inside the window (and the undated ones), with every skipped input.
    corpus: Corpus
    #: The documents left out, as skipped inputs (kind ``filtered``), in input order.
    filtered: tuple[Skipped, ...] = ()
    #: Ids of the undated documents kept, in input order.
    undated: tuple[str, ...] = ()

    def message(self, since: dt.date | None, until: dt.date | None) -> str | None:
        """The line on the undated articles kept, naming them by id (``None``: there are
        none), for messages printed before the briefing numbers its sources."""
        if not self.undated:
            return None
        named = listed(self.undated, None)
        return f"{named} {_undated_words(len(self.undated), since, until)}"


#: The most references a note lists before counting the rest (``... and 97 others``).
MAX_LISTED = 10


def listed(refs: Sequence[str], language: str | None) -> str:
    """``refs`` joined in ``language`` (``[1], [2] and [3]``), the first :data:`MAX_LISTED`
    of a longer list followed by how many others (a note on 100 000 articles stays a line)."""

    if len(refs) <= MAX_LISTED:
        return join_words(refs, language)
    first = ", ".join(refs[:MAX_LISTED])
    return phrase(language, "and_others", n=len(refs) - MAX_LISTED, first=first)


def window_words(since: dt.date | None, until: dt.date | None) -> str:
    """``published since 2024-07-01``, ``... until ...``, ``... from ... to ...``."""
    if since is not None and until is not None:
        return f"published from {since} to {until}"
    return f"published since {since}" if since is not None else f"published until {until}"


def _undated_words(count: int, since: dt.date | None, until: dt.date | None) -> str:
    has = "has" if count == 1 else "have"
    return f"{has} no publication date: kept, though the briefing covers articles " + (
        f"{window_words(since, until)}."
    )


def _window_phrase(language: str | None, since: dt.date | None, until: dt.date | None) -> str:
    """:func:`window_words` in ``language``."""

    if since is not None and until is not None:
        return phrase(language, "window_between", since=since.isoformat(), until=until.isoformat())
    if since is not None:
        return phrase(language, "window_since", since=since.isoformat())
    return phrase(language, "window_until", until=str(until))


def within(corpus: Corpus, since: dt.date | None, until: dt.date | None) -> Windowed:
    """``corpus`` with only the documents published between ``since`` and ``until`` (both
    included, either open) and the undated ones; the rest become skipped inputs."""
    if since is None and until is None:
        return Windowed(corpus)
    kept: list[Document] = []
    filtered: list[Skipped] = []
    undated: list[str] = []
    names = _names(corpus.documents)
    for document, name in zip(corpus.documents, names, strict=True):
        day = published(document)
        if day is None:
            undated.append(document.id)
            kept.append(document)
        elif since is not None and day < since:
            reason = f"published {day}, before --since {since}"
            filtered.append(_filtered(name, reason, day, "since", since))
        elif until is not None and day > until:
            reason = f"published {day}, after --until {until}"
            filtered.append(_filtered(name, reason, day, "until", until))
        else:
            kept.append(document)
    cut = Corpus(kept, (*corpus.skipped, *filtered))
    return Windowed(cut, tuple(filtered), tuple(undated))


def _filtered(name: str, reason: str, day: dt.date, bound: str, limit: dt.date) -> Filtered:
    return Filtered(name, reason, "filtered", published=day, bound=bound, limit=limit)


def check_window(corpus: object, since: dt.date | None, until: dt.date | None) -> None:
    """Refuse a date window on documents held elsewhere (a Dask cluster)."""
    if (since or until) and not isinstance(corpus, Corpus):
        raise NewsbriefError("--since/--until need the documents here: not with a Dask scheduler")


def _names(documents: Sequence[Document]) -> list[str]:
    # The input as the user named it; a file of several articles adds the article's id.
    paths = [d.metadata.source_path for d in documents]
    counts = Counter(paths)
    names = []
    for document, path in zip(documents, paths, strict=True):
        if path is None:
            names.append(document.id)
        elif counts[path] > 1:
            names.append(f"{path} ({document.id})")
        else:
            names.append(path)
    return names


def apply_window(
    corpus: C,
    since: dt.date | None,
    until: dt.date | None,
    *,
    on_skip: Callable[[Skipped], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> C:
    """:func:`within` for a run: each article left out passed to ``on_skip``, the undated
    ones kept told to ``on_note``; the corpus cut. (The briefing's own coverage note is added
    by :func:`~newsbrief.pipeline.brief.build_briefing`, which numbers the sources.)

    A window that leaves no article is a :class:`NewsbriefError` saying so.
    """
    check_window(corpus, since, until)
    if not isinstance(corpus, Corpus) or (since is None and until is None):
        return corpus
    cut = within(corpus, since, until)
    for item in cut.filtered:
        if on_skip is not None:
            on_skip(item)
    message = cut.message(since, until)
    if message is not None and on_note is not None:
        on_note(message)
    if len(corpus) and not len(cut.corpus):
        raise NewsbriefError(
            f"no article published in the window ({len(cut.filtered)} left out by --since/--until)"
        )
    return cast(C, cut.corpus)


def windowed(
    documents: D, since: dt.date | None, until: dt.date | None, *, cut: bool = True
) -> tuple[D, tuple[str, ...]]:
    """For :func:`~newsbrief.pipeline.brief.build_briefing`: ``documents`` (a corpus or an
    iterable of documents) cut to the window (all of them kept without ``cut``), and the ids
    of the undated ones kept; anything else (documents with annotators' drafts, cut by the
    run already) as it is."""
    if since is None and until is None:
        return documents, ()
    if isinstance(documents, Drafted) or not isinstance(documents, Iterable):
        return documents, ()
    corpus = documents if isinstance(documents, Corpus) else Corpus(list(documents))
    inside = within(corpus, since, until)
    return cast(D, inside.corpus if cut else corpus), inside.undated


def with_notes(
    briefing: Briefing, undated: Sequence[str], since: dt.date | None, until: dt.date | None
) -> Briefing:
    """``briefing`` with a coverage note on the ``undated`` documents kept in the window,
    naming them by their source numbers (``[1] and [3] have no publication date: ...``), in
    the language of the briefing's other notes (``[templates]``, English fallback)."""
    if not undated:
        return briefing

    language = main_language(briefing.documents)
    ids = set(undated)  # once, not per source
    numbers = sorted(s.number for s in briefing.sources if s.doc_id in ids)
    refs = [f"[{n}]" for n in numbers] or list(undated)
    # A list agrees with a plural verb whatever its length ("[1] ... [21] have"): not a count.
    key = "note_undated_one" if len(refs) == 1 else "note_undated_several"
    words = _window_phrase(language, since, until)
    message = phrase(language, key, refs=listed(refs, language), window=words)
    note = CoverageNote("undated", message, tuple(undated))
    return attrs.evolve(briefing, notes=(*briefing.notes, note))
