"""First pass: sort every line into noise, metadata, heading candidates and prose."""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from newsbrief.model import Span, SpanKind
from newsbrief.parsers.plaintext import noise
from newsbrief.parsers.plaintext.dates import (
    find_date,
    match_datetime,
    match_labelled_date,
    parse_date_line,
    read_date_line,
)
from newsbrief.parsers.plaintext.lines import MAX_EXAMINED, Line, split_lines
from newsbrief.parsers.plaintext.metadata import (
    Byline,
    Copyright,
    Dateline,
    dated_byline,
    match_credit,
    match_dateline,
    parse_copyright,
)

#: A wrapped heading continues on at most this many lines of its paragraph.
_MAX_HEADING_LINES = 3
#: Longest line of a heading that shares its paragraph with other lines.
_MAX_WRAPPED_HEADING = 60
#: Longest heading or headline.
_MAX_HEADING = 200
# Punctuation that ends a sentence or clause, in every script (Devanagari danda, Arabic
# comma and semicolon, Urdu full stop, Armenian and Ethiopic full stops, ideographic
# full stop, comma and colon): a line ending in one is prose, not a headline.
_TERMINAL = frozenset(".,;:…।॥،؛۔։።。，；：､｡")
# Question and exclamation marks in every script.
_EXCLAIM = frozenset("!?؟？！\u037e፧")
_CLOSERS = frozenset("\"”’»)]'」』）》")
_OPENERS = frozenset("\"“‘«'(„「『（《")
# Initials ending a headline (``... deductible in the U.S.``): their dot ends no sentence.
_FINAL_INITIALS = re.compile(r"(?<!\w)(?:[A-Z]\.){2,}\Z")
_SPACES_AFTER = re.compile(r"[ \t\u00a0]*")


class ItemKind(enum.Enum):
    """What a line (or a stretch of one) is, after the first pass."""

    NOISE = "noise"  #: set aside; its span is already recorded
    META = "meta"  #: a harvested date, byline or source line
    HEADING = "heading"  #: a short unpunctuated line: headline, subheading or link
    PROSE = "prose"  #: article text
    RELATED = "related"  #: ``Read more:``, announcing a list of links


@attrs.define
class Item:
    """A classified line, or a run of lines for a heading wrapped across several."""

    #: What the line is.
    kind: ItemKind
    #: First code point.
    start: int
    #: One past the last code point.
    end: int
    #: The trimmed text (lines of a wrapped heading joined by a space).
    text: str
    #: Index of the paragraph (run of non-blank lines) holding the item.
    paragraph: int
    #: Index of the last line the item covers.
    last_line: int
    #: A date the line states.
    published: dt.date | None = None
    #: A byline the line holds.
    byline: Byline | None = None
    #: A copyright notice the line holds.
    copyright: Copyright | None = None
    #: A dateline prefix of a prose line.
    dateline: Dateline | None = None
    #: An outlet named on a line of its own under a headline.
    source: str | None = None


@attrs.frozen
class Classified:
    """The result of the first pass."""

    #: Every item in text order (noise only when it carries metadata, e.g. a copyright).
    items: tuple[Item, ...]
    #: Spans already set aside (noise, prefixes, suffixes, the reader comments).
    removed: tuple[Span, ...]
    #: Where the reader comments begin, if there are any.
    comments_start: int | None


def classify(text: str, language: str | None = None) -> Classified:
    """Classify the lines of ``text``, a page in ``language`` when known (its one-word furniture
    lines, ``Anzeige``, ``Реклама``, are furniture only there; English when unknown)."""
    return _Classifier(text, language).run()


def _paragraphs(text: str) -> Iterator[list[Line]]:
    paragraph: list[Line] = []
    for line in split_lines(text):
        if line.blank:
            if paragraph:
                yield paragraph
            paragraph = []
        else:
            paragraph.append(line)
    if paragraph:
        yield paragraph


def title_cased(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalised, as in a headline."""
    words = [word for word in text.split() if len(word) >= 4 and word[0].isalpha()]
    if not words:
        return True
    return sum(word[0].isupper() for word in words) >= 0.6 * len(words)


def heading_like(text: str, *, headline_position: bool = False) -> bool:
    """Whether ``text`` could be a headline or subheading: short, capitalised, unpunctuated.

    At ``headline_position`` (the text's first substantial line) a final ``!`` or ``?`` is
    allowed, and a final dot that belongs to initials (``U.S.``).
    """
    if not text or len(text) > _MAX_HEADING or len(text.split()) > 25:
        return False
    first = text[1:2] if text[0] in _OPENERS else text[0]
    if not first or not (first.isupper() or first.isdigit() or _caseless_letter(first)):
        return False
    last = text[-1]
    if last in _CLOSERS and len(text) > 1 and text[-2] in _TERMINAL | _EXCLAIM:
        return False
    if last in _TERMINAL:
        return headline_position and last == "." and _FINAL_INITIALS.search(text) is not None
    if last in _EXCLAIM:
        return headline_position or title_cased(text)
    return True


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence terminator (closing quotes aside)."""
    text = text.rstrip("".join(_CLOSERS))
    return bool(text) and (text[-1] in _EXCLAIM or text[-1] in ".…।॥۔։።。｡")


def _caseless_letter(character: str) -> bool:
    """A letter of a script without case (Arabic, Hebrew, Devanagari, Han...): in those
    scripts every headline "starts with a capital"."""
    return character.isalpha() and not character.isupper() and not character.islower()


# Numbers in any script's digits (``\d`` is Unicode: ٣٠, ३०, 30), standing alone: not part of
# a decimal (``3.3 GB/s``) or a name (``gsoc-2018``).
_NUMBER = re.compile(r"(?<![A-Za-z0-9.\-])\d+(?![.,]\d|[A-Za-z0-9\-])")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# Marks no date line holds (a C scan of the line, not a Python loop over its characters).
_NOT_IN_DATES = _EXCLAIM | {"。"}
#: Longest date line, in words (``Jakarta, Sunday, 30 September 2018, 10:15 GMT``).
_MAX_DATE_WORDS = 9


def date_like(text: str) -> bool:
    """Whether a short line reads as a date line in any script: a year and a day (or a
    numeric date), few words, no sentence punctuation inside.

    ``Jakarta, September 30, 2018``, ``القاهرة، ٣٠ سبتمبر ٢٠١٨``, ``३० सितंबर २०१८``,
    ``2018年9月30日``. Month names are not needed: the numbers, in whatever digits, decide.
    """
    if len(text) > 100 or len(text.split()) > _MAX_DATE_WORDS:
        return False
    if text[:1] in ("-", "–", "—", "―", "|") or text[:1] in _OPENERS:
        return False  # ``— Mike Pompeo, College Station, TX, April 15, 2019``: an attribution
    if not _NOT_IN_DATES.isdisjoint(text):
        return False
    if _NUMERIC_DATE.search(text):
        return True
    numbers = [int(n) for n in _NUMBER.findall(text) if len(n) <= 4]
    year = any(1900 <= n <= 2100 for n in numbers)
    day = any(1 <= n <= 31 for n in numbers)
    return year and day


class _Classifier:
    """One run of the first pass over one text (state lives here, never in the parser)."""

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        self.language = language
        self.items: list[Item] = []
        self.removed: list[Span] = []
        self.headline: str | None = None
        self.substantial = False
        self.prose_seen = False
        self.lead_pending = True
        self.comments_start: int | None = None
        self.second_line = ""
        self.next_text: dict[int, str] = {}

    def run(self) -> Classified:
        paragraphs = list(_paragraphs(self.text))
        # The line after the text's first line, for a headline that ends in a full stop.
        lines = [line for paragraph in paragraphs[:2] for line in paragraph]
        self.second_line = lines[1].text if len(lines) > 1 else ""
        # The line after each line, for a sentence wrapped onto the next paragraph.
        every = [line for paragraph in paragraphs for line in paragraph]
        self.next_text = {a.index: b.text for a, b in itertools.pairwise(every)}
        for number, paragraph in enumerate(paragraphs):
            self._paragraph(number, paragraph)
            if self.comments_start is not None:
                self.removed.append(
                    Span(self.comments_start, len(self.text.rstrip()), SpanKind.COMMENT)
                )
                break
        return Classified(tuple(self.items), tuple(self.removed), self.comments_start)

    def _paragraph(self, number: int, paragraph: list[Line]) -> None:
        leading = True  # still in the lines that may form a wrapped heading
        for position, whole in enumerate(paragraph):
            if self.prose_seen and noise.starts_comments(whole.text, self.language):
                self.comments_start = whole.start
                return
            line = self._date_prefix(number, whole)
            if line is None:
                continue
            if not line.short:
                leading = False
                self._prose(number, line)
                continue
            wrapped = len(paragraph) > 1
            may_head = leading and position < _MAX_HEADING_LINES
            if wrapped:
                may_head = may_head and (
                    (len(line.text) <= _MAX_WRAPPED_HEADING and title_cased(line.text))
                    or self._headline_over_sentences(paragraph, position)
                )
            kind = self._short_line(number, line, may_head=may_head)
            if kind is not ItemKind.HEADING:
                leading = False

    def _date_prefix(self, number: int, line: Line) -> Line | None:
        """Record `` date 2024-10-04`` before the line's own content; what is left, if any.

        An unlabelled date counts only as the stamp of a headline opening the text
        (``2005/01/08 Tsunami aid donations deductible``): a sentence may start with a date.
        """
        found = match_labelled_date(line.text[:120]) or self._headline_stamp(line)
        if found is None:
            return line
        date, end = found
        if line.text[end : end + 1] not in ("", " ", "\t", "\u00a0", "|"):
            return line  # ``Updated 2 March 2022, the ...``: a sentence, not a label
        spaces = _SPACES_AFTER.match(line.text, end)  # matches the empty string: never None
        end = spaces.end() if spaces else end
        self._item(ItemKind.META, number, line, end=line.start + end, published=date)
        self.removed.append(Span(line.start, line.start + end, SpanKind.METADATA))
        if end >= len(line.text):
            return None
        return attrs.evolve(line, start=line.start + end, text=line.text[end:])

    def _headline_stamp(self, line: Line) -> tuple[dt.date, int] | None:
        if self.substantial or not line.short:
            return None
        found = match_datetime(line.text)
        if found is None:
            return None
        rest = line.text[found[1] :]
        headline = rest.lstrip(" \t\u00a0")
        if len(headline) == len(rest) or not heading_like(headline, headline_position=True):
            return None
        return found

    def _short_line(self, number: int, line: Line, *, may_head: bool) -> ItemKind:
        text = line.text
        if noise.is_language_switcher(text):
            return self._noise(line, SpanKind.LANGUAGE_SWITCHER)
        if noise.is_promo(text, self.language):
            return self._noise(line, SpanKind.PROMO)
        if noise.is_related_label(text, self.language):
            self.removed.append(Span(line.start, line.end, SpanKind.LINK_LIST))
            self._item(ItemKind.RELATED, number, line)
            return ItemKind.RELATED
        if (notice := parse_copyright(text)) is not None:
            self._item(ItemKind.NOISE, number, line, copyright=notice)
            return self._noise(line, SpanKind.COPYRIGHT)
        date, dated = read_date_line(text)
        if date is not None:
            self.removed.append(Span(line.start, line.end, SpanKind.METADATA))
            self._item(ItemKind.META, number, line, published=date)
            return ItemKind.META
        if (byline := dated_byline(text, dated, self.language)) is not None:
            self.removed.append(Span(line.start, line.end, SpanKind.BYLINE))
            self._item(ItemKind.META, number, line, byline=byline, published=byline.published)
            return ItemKind.META
        if (credit := match_credit(text)) is not None:
            # "X contributed to this story. © 2016 AP": a credit, then the notice, if any.
            end, notice = credit
            self.removed.append(Span(line.start, line.start + end, SpanKind.BYLINE))
            if notice is not None:
                rest = len(text) - len(text[end:].lstrip())
                tail = attrs.evolve(line, start=line.start + rest, text=text[rest:])
                self._item(ItemKind.NOISE, number, tail, copyright=notice)
                self._noise(tail, SpanKind.COPYRIGHT)
            return ItemKind.META
        if self.substantial and date_like(text):
            # A date line the calendar tables cannot read (another script, another language)
            # is still set aside once a headline or prose came before it.
            self.removed.append(Span(line.start, line.end, SpanKind.METADATA))
            # ``Київ, 26 листопада 2024 року``: a place before the date, a year word after it.
            self._item(ItemKind.META, number, line, published=find_date(text))
            return ItemKind.META
        if noise.is_caption(text, self.headline, self.language):
            return self._noise(line, SpanKind.CAPTION)
        if self.headline is not None and text == self.headline:
            return self._noise(line, SpanKind.METADATA)
        if (
            may_head
            and not self._continued(line)
            and (
                heading_like(text, headline_position=not self.substantial)
                or self._dated_headline(line)
            )
        ):
            if not self.substantial:
                self.headline = text
            self.substantial = True
            self._heading(number, line)
            return ItemKind.HEADING
        self._prose(number, line)
        return ItemKind.PROSE

    def _continued(self, line: Line) -> bool:
        """Whether the sentence of ``line`` goes on in the next line: it ends with no stop and
        the next line starts in lower case (``... who in 2008, won the`` / ``Africa Movie``
        is a heading-like fragment of a wrapped sentence, not a heading)."""
        following = self.next_text.get(line.index, "")
        return (
            len(following) > 1
            and following[0].islower()
            and not following[1].isupper()  # ``iPhone``, ``eBay``: a name, not a continuation
            and line.text[-1] not in _EXCLAIM
        )

    def _headline_over_sentences(self, paragraph: list[Line], position: int) -> bool:
        """The text's first line directly above lines that are each a whole sentence (one
        sentence per line, as many sources store news): a headline in any script, cased or
        not, though no blank line follows it. A wrapped sentence continues on the next line
        instead: the next line starts in lower case or ends no sentence, nor do most of the
        following ones."""
        if self.substantial or position != 0:
            return False
        following = paragraph[1 : 1 + _MAX_HEADING_LINES]
        ends = [_ends_sentence(line.text) for line in following]
        return not following[0].text[:1].islower() and ends[0] and 2 * sum(ends) > len(ends)

    def _dated_headline(self, line: Line) -> bool:
        """The text's first line, ending in a full stop, directly above a date line: a
        headline written as a sentence (``Indonesia Tsunami Toll Soars Above 800.``)."""
        if self.substantial or line.index != 0 or line.text[-1] not in ".।۔。":
            return False
        body = line.text[:-1]
        # A line opening with a number is a dated sentence (``2011/03/14 Power was ...``).
        if body[:1].isdigit() or not heading_like(body, headline_position=True):
            return False
        following = self.second_line
        return parse_date_line(following) is not None or date_like(following)

    def _heading(self, number: int, line: Line) -> None:
        previous = self.items[-1] if self.items else None
        if (
            previous is not None
            and previous.kind is ItemKind.HEADING
            and previous.paragraph == number
            and previous.last_line == line.index - 1
        ):
            # A headline wrapped across lines is one heading.
            previous.end, previous.last_line = line.end, line.index
            previous.text = f"{previous.text} {line.text}"
            if self.headline is not None and previous.start == self.items[0].start:
                self.headline = previous.text
            return
        self._item(ItemKind.HEADING, number, line)
        self.lead_pending = True

    def _prose(self, number: int, line: Line) -> None:
        self.substantial = True
        self.prose_seen = True
        head = line.text[:200]
        dateline = match_dateline(head, lead=self.lead_pending)
        self.lead_pending = False
        if dateline is not None:
            self.removed.append(Span(line.start, line.start + dateline.length, SpanKind.METADATA))
        self._item(ItemKind.PROSE, number, line, dateline=dateline)
        share = noise.share_suffix(line.text, self.language)
        if share is not None:
            self.removed.append(Span(line.start + share, line.end, SpanKind.PROMO))

    def _noise(self, line: Line, kind: SpanKind) -> ItemKind:
        self.removed.append(Span(line.start, line.end, kind))
        return ItemKind.NOISE

    def _item(
        self, kind: ItemKind, number: int, line: Line, *, end: int | None = None, **fields: Any
    ) -> None:
        item = Item(
            kind=kind,
            start=line.start,
            end=line.end if end is None else end,
            text=line.text,
            paragraph=number,
            last_line=line.index,
            **fields,
        )
        self.items.append(item)


__all__ = [
    "MAX_EXAMINED",
    "Classified",
    "Item",
    "ItemKind",
    "classify",
    "date_like",
    "heading_like",
]
