"""Sentence segmentation: line breaks first, nupunkt within lines, then repairs.

Every sentence is a verbatim, whitespace-trimmed slice of the document's text. Line breaks are
hard boundaries (news text puts one paragraph, heading or caption per line) and blank lines
separate paragraphs. Within a line nupunkt (whose model ships in its wheel, so nothing is
downloaded) proposes boundaries; splits after known abbreviations, initials and before
lower-case words are then undone. Work is linear: very long lines are cut into chunks.

Beyond nupunkt's ``.`` ``!`` ``?``, the same rules hold in every script:

* sentences also end at ``…`` and at the terminators of other scripts (:data:`TERMINATORS`:
  Devanagari ``।`` ``॥``, Arabic ``؟``, Urdu ``۔``, Armenian ``։``, Ethiopic ``።`` ``፧``,
  Myanmar ``။``, and the ideographic ``。`` ``！`` ``？`` that need no space after them), and at
  the language's own ones from its data file (``[segmentation] terminators``: Greek ``;``, the
  Greek question mark, only in Greek documents);
* a boundary never cuts an open quotation or parenthesis that closes in the next sentence
  (``«Не видали маму?».``, ``„Erster Satz. Zweiter,“ sagte sie.``, ``(т. е. ...)``), and a
  closing quote or bracket stays with the sentence it closes;
* a day number with its ordinal dot before a month name (``24. Februar``) ends no sentence in
  languages whose dates are written that way (CLDR's long date pattern says so).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsbrief.languages import language as language_data
from newsbrief.languages import normalize, on_reload
from newsbrief.languages.alphabets import CYRILLIC_CAPITALS
from newsbrief.model import Document, Sentence
from newsbrief.nlp.abbreviations import TIME_ZONES, Abbreviations, abbreviations, times

#: Sentence terminators of every script: Latin ``.`` ``!`` ``?`` ``…``, Devanagari danda and
#: double danda, Arabic question mark, Urdu full stop, Armenian full stop, Ethiopic full stop
#: and question mark, Myanmar section mark, Greek question mark, ideographic full stop and
#: full-width marks.
TERMINATORS = ".!?…।॥؟۔։።፧။\u037e。！？｡"
#: Terminators after which no space is written (the next sentence follows at once).
UNSPACED_TERMINATORS = "。！？｡።፧။"
#: Question marks among :data:`TERMINATORS`.
QUESTION_MARKS = "?؟\u037e？"
#: Closing quotes and brackets that may follow a terminator within its sentence.
CLOSERS = "\"'”’»›“‘)]}」』）】〕〉》"
#: Quote and bracket pairs a boundary must not cut (one opener may have several closers).
#: English “…” is not among them: news quotes several sentences within one pair, and each
#: is a sentence of its own there (and a unit a summary may pick).
PAIRS = (
    ("(", ")"),
    ("[", "]"),
    ("«", "»"),
    ("„", "“”"),
    ("‚", "‘’"),
    ("「", "」"),
    ("『", "』"),
    ("《", "》"),
    ("（", "）"),
    ("【", "】"),
)

# Every line break Python's str.splitlines knows.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_BLANK_LINE = re.compile(
    r"(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028])[^\S\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*"
    r"(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028])|\u2029"
)
# nupunkt is superlinear on punctuation-dense lines: cut long lines into chunks this long.
_CHUNK = 20_000
# Sentence marks nupunkt examines, and words long enough to hold too many of them.
_MAX_MARKS = 64
_MARK = re.compile(r"[.!?\u2026]")
# Chunks up to this long have their marks counted whole (a paragraph's line).
_COUNTED = 1000
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)
_CUT = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_OPENERS = "\"'“‘«„‚([{¿¡-–—*•"
_FIRST_TOKEN = re.compile(r"\S+")
# A bare list marker, and what opens a line that is a list.
_MARKER = re.compile(r"[•⁃*-]?\s?(?:\d{1,3}|[a-z])\.?\)?")
_LIST_START = re.compile(r"(?P<bullet>[•⁃])|(?P<label>\d{1,2}|[a-z])(?P<suffix>\.\)|\)|\.)\s")
# Boundaries nupunkt misses, the sentence ending at group "end": "you and I. Did you...",
# "у 1990 р. Потім..." (a year's abbreviation before a capital).
_MISSED = re.compile(
    r"(?:(?<!\S)[a-z]+ (?P<end>I\.)|\d{4}\s?(?P<year>гг?|рр?)\.)\s+"
    rf"(?=[A-Z{CYRILLIC_CAPITALS}])"
)
_INITIAL = re.compile(r"(?:^|\s)(\S+)\s+(\w)\.$")
# Two or more capital letters each with its full stop, the last one's cut (``U.S``, ``N.W.T``).
_CAPITAL_INITIALISM = re.compile(r"(?:[^\W\d_a-z]\.)+[^\W\d_a-z]")
# The end of an initialism before a space (``.S. `` of ``U.S. ``): a piece without one holds none.
_INITIALISM_TAIL = re.compile(r"\.[^\W\d_]\.\s")
# An initialism with its final full stop and the word after it (``in the U.S. Police said``).
_INITIALISM_BEFORE_WORD = re.compile(
    r"(?<![\w.])(?P<initialism>(?:[^\W\d_]\.){2,})\s+(?P<next>[^\W\d_][\w'’-]*)"
)
# Characters that only ever close a quotation or bracket (never open a sentence).
_CLOSING_ONLY = frozenset("»”)]}」』）】")
# A full stop, question or exclamation mark inside a closing quote, then a capital: a boundary
# nupunkt misses („Und auch keine Lust.“ Wir haben ...).
_QUOTED_END = re.compile(r"[.!?…][“”»\"]+(?=\s+[„“«\"]?(?P<next>[^\W\d_]))")


@functools.cache
def _tokenizer() -> Any:
    import nupunkt

    return nupunkt.load("default")


@attrs.frozen
class _Rules:
    """What the segmenter knows of one language."""

    abbreviations: Abbreviations
    #: Terminators found by :data:`_EXTRA_END` (nupunkt's own are not repeated).
    extra_end: re.Pattern[str]
    #: Any character :attr:`extra_end` starts with (one fast scan rules most sentences out).
    extra_mark: re.Pattern[str]
    #: Month names (lower-case) that a day number with an ordinal dot precedes.
    ordinal_months: frozenset[str]
    #: Whether :attr:`extra_mark` matches an ASCII character (Greek's ``;``, its question
    #: mark as typed): when not, an ASCII text holds none of its characters.
    ascii_marks: bool
    #: Words (lower-case) that open a sentence after a capital initialism ending one; empty
    #: when the language's data lists none (nupunkt then decides alone).
    sentence_openers: frozenset[str] = frozenset()


@functools.cache
def _rules(language: str | None) -> _Rules:
    code = normalize(language)
    data = language_data(code) if code != "und" else None
    own = "".join(sorted(data.words("segmentation", "terminators"))) if data else ""
    spaced = "".join(c for c in TERMINATORS + own if c not in ".!?" + UNSPACED_TERMINATORS)
    closers = re.escape(CLOSERS)
    # A spaced terminator ends a sentence before a space (group "next": the next sentence's
    # first character, which must not be lower case); an unspaced one before anything but
    # more closers.
    extra_end = re.compile(
        f"[{re.escape(spaced)}]+[{closers}]*(?=\\s+(?P<next>\\S))"
        f"|[{re.escape(UNSPACED_TERMINATORS)}]+[{closers}]*(?=\\s*[^\\s{closers}])"
    )
    months: frozenset[str] = frozenset()
    if data is not None and _ordinal_day_before_month(code):
        months = frozenset(data.all_months)
    marks = spaced + UNSPACED_TERMINATORS
    extra_mark = re.compile(f"[{re.escape(marks)}]")
    ascii_marks = any(c.isascii() for c in marks)
    openers = data.words("segmentation", "sentence_openers") if data else frozenset()
    return _Rules(abbreviations(language), extra_end, extra_mark, months, ascii_marks, openers)


# Built from the language's file (its terminators): read again after ``languages.reload()``.
on_reload(_rules.cache_clear)


def _ordinal_day_before_month(code: str) -> bool:
    """Whether ``code`` writes dates as ``24. Februar`` (CLDR's long date pattern)."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("long", locale=code).pattern
    except (UnknownLocaleError, ValueError):
        return False
    return re.search(r"(?<!')d\. M", pattern) is not None


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of plain ``text``, trimmed, in order."""
    return _region_spans(text, 0, len(text), _rules(language))


def segmented(document: Document) -> Document:
    """``document`` with its sentences, segmenting it only if that was not done yet."""
    return document if document.sentences else segment(document)


def segment(document: Document) -> Document:
    """``document`` with ``sentences`` filled from its body (outside removed spans and headings)."""
    text = document.text
    rules = _rules(document.language)
    excluded = _merge_spans((s.start, s.end) for s in (*document.removed, *document.headings))
    heading_starts = sorted(h.start for h in document.headings)
    sections = sorted((s.start, s.end, i) for i, s in enumerate(document.sections))
    section_starts = [s[0] for s in sections]
    # Disjoint sections (the rule): the one holding a sentence most often holds the next too.
    disjoint = _disjoint(sections)
    current = (0, 0, 0)  # (start, end, index) of the section the last sentence lay in

    sentences: list[Sentence] = []
    doc_id = document.id
    ints = _offsets()
    shared = len(ints)
    paragraph = 0
    previous_end: int | None = None
    previous_section = 0
    for start, end in _body_regions(len(text), excluded):
        for s, e in _region_spans(text, start, end, rules):
            if not sections:
                section = 0
            elif disjoint and current[0] <= s < current[1]:
                section = current[2]
            else:
                # (disjoint: only the last section starting at or before ``s`` may hold it)
                last = sections[max(0, bisect.bisect_right(section_starts, s) - 1)]
                if disjoint and last[0] <= s < last[1]:
                    current = last
                    section = last[2]
                else:
                    section = _section_of(s, sections, section_starts)
            # (A blank line takes two characters, or one paragraph separator: most gaps, one
            # space between sentences of a line, hold none and are not searched.)
            if previous_end is not None and (
                section != previous_section
                or (
                    (s - previous_end > 1 or text[previous_end:s] == "\u2029")
                    and _BLANK_LINE.search(text, previous_end, s)
                )
                or (heading_starts and _has_between(heading_starts, previous_end, s))
            ):
                paragraph += 1
            # (Each sentence holds the document's text, not a copy of its own characters, and
            # offsets as int objects shared across documents.)
            sentences.append(
                Sentence.sharing(
                    text,
                    doc_id,
                    len(sentences),
                    ints[s] if s < shared else s,
                    ints[e] if e < shared else e,
                    section,
                    paragraph,
                )
            )
            previous_end, previous_section = e, section
    return attrs.evolve(document, sentences=sentences)


@functools.cache
def _offsets() -> tuple[int, ...]:
    """The int objects of offsets below a bound, made once: each sentence's start and end
    are one of these rather than int objects of their own (56 bytes a sentence, about
    1.4 KB a newswire article, held to the end of the run)."""
    return tuple(range(1 << 15))


def _disjoint(sections: list[tuple[int, int, int]]) -> bool:
    """Whether sorted ``(start, end, index)`` sections do not overlap."""
    return all(a[1] <= b[0] for a, b in itertools.pairwise(sections))


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _body_regions(length: int, excluded: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    position = 0
    for start, end in excluded:
        if start > position:
            yield position, start
        position = max(position, end)
    if position < length:
        yield position, length


def _section_of(offset: int, sections: list[tuple[int, int, int]], starts: list[int]) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    # Sections should not overlap; if they do, look back a little for one containing the offset.
    for j in range(i, max(i - 8, -1), -1):
        start, end, index = sections[j]
        if start <= offset < end:
            return index
    return 0


def _has_between(starts: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(starts, low)
    return i < len(starts) and starts[i] < high


def _region_spans(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``: each line separately, each long line in chunks."""
    # (One list for the region, not a generator per line: a sentence passed through two
    # generators' frames on its way out.)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        s, e = _trim(text, *line.span())
        while s < e:
            cut = _chunk_end(text, s, e)
            _line_spans(text, s, cut, rules, spans)
            s, e = _trim(text, cut, e)
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _chunk_end(text: str, start: int, end: int) -> int:
    """Where to end the chunk starting at ``start``: after a sentence end near ``_CHUNK``, and
    before (or inside) a word that holds more than ``_MAX_MARKS`` sentence marks."""
    if end - start <= _CHUNK:
        return _dense_word_cut(text, start, end)
    low, high = start + _CHUNK // 2, start + _CHUNK
    dense = _dense_word_cut(text, start, high)
    if dense < high:
        return dense
    last = None
    for last in _CUT.finditer(text, low, high):  # noqa: B007 (we want the last match)
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return space + 1 if space > low else high


def _dense_word_cut(text: str, start: int, end: int) -> int:
    """``end``, or an earlier cut so that no whitespace-free word of ``text[start:cut]`` holds
    more than ``_MAX_MARKS`` of nupunkt's sentence marks.

    nupunkt looks ahead over the rest of the word at every mark in it, so a word of n marks
    costs n² (a megabyte of ``!`` took minutes); such a word is no prose, and cutting it into
    pieces of ``_MAX_MARKS`` marks keeps the cost linear.
    """
    # (No word holds more marks than the whole chunk: a chunk with few is not read word by
    # word. A line's chunk, short, is counted by C scans; a longer one only up to the bound,
    # so that a dense chunk, cut every few marks, is not counted whole at every cut.)
    if (
        end - start <= _COUNTED
        and text.count(".", start, end)
        + text.count("!", start, end)
        + text.count("?", start, end)
        + text.count("\u2026", start, end)
        <= _MAX_MARKS
    ):
        return end
    if next(itertools.islice(_MARK.finditer(text, start, end), _MAX_MARKS, None), None) is None:
        return end
    marks, word_start, previous = 0, start, start
    for mark in _MARK.finditer(text, start, end):
        space = _LAST_SPACE.match(text, previous, mark.start())
        if space is not None:
            marks, word_start = 0, space.end()
        marks += 1
        previous = mark.end()
        if marks > _MAX_MARKS:
            return word_start if word_start > start else mark.start()
    return end


#: Lines already segmented, by their text and the id of their rules: the articles of a story
#: repeat whole paragraphs (a sixth of a synthetic feed's lines), and a line's sentences
#: depend on its text and language alone. Value: the rules (their id is in the key) and the
#: sentences' offsets in the line.
_LINES: dict[tuple[str, int], tuple[_Rules, list[tuple[int, int]]]] = {}
#: The memory is emptied when it holds this many lines.
_LINES_LIMIT = 1 << 13
#: Only lines up to this long are remembered (a paragraph; a long line is rarely repeated, and
#: the bound keeps the memory within a few megabytes).
_LINE_LIMIT = 1000


def _line_spans(text: str, start: int, end: int, rules: _Rules, out: list[tuple[int, int]]) -> None:
    """Trimmed sentences of one line (no line breaks inside), appended to ``out``: list items,
    then nupunkt."""
    line = text[start:end]
    key = (line, id(rules))
    known = _LINES.get(key) if len(line) <= _LINE_LIMIT else None
    if known is None or known[0] is not rules:
        cuts = [0, *_list_cuts(line), len(line)]
        spans = [
            span
            for low, high in itertools.pairwise(cuts)
            for span in _piece_spans(line, low, high, rules)
        ]
        known = (rules, spans)
        if len(line) <= _LINE_LIMIT:
            if len(_LINES) >= _LINES_LIMIT:
                _LINES.clear()
            _LINES[key] = known
    out += [(start + s, start + e) for s, e in known[1]]


#: Where nupunkt may see a sentence end: a mark before a character that is no word character
#: (its candidates need a space, a closing or other punctuation mark there; this is a
#: superset). A piece without one is one sentence to nupunkt, which is then not asked.
_POSSIBLE_END = re.compile(r"[.!?\u2026](?=\W)")


def _nupunkt_spans(piece: str) -> Iterable[tuple[int, int]]:
    """nupunkt's sentence spans of ``piece`` (untrimmed at the start)."""
    if _POSSIBLE_END.search(piece) is None:
        # (Most news lines are one sentence with its full stop last: nupunkt would return the
        # piece less its trailing spaces, which the caller trims anyway.)
        return ((0, len(piece)),)
    return _tokenizer().span_tokenize(piece)


def _piece_spans(line: str, low: int, high: int, rules: _Rules) -> Iterator[tuple[int, int]]:
    """nupunkt's sentences of ``line[low:high]``, mis-splits joined, missed splits made."""
    piece = line[low:high]
    spans: list[tuple[int, int]] = []
    # Per span: how many of each pair it leaves open (worked out when a next span is read).
    depths: list[list[int] | None] = []
    marker = False  # the previous span is a bare list marker ("2.)", "• 9.")
    paired = not _unpaired(piece)
    for s, e in _nupunkt_spans(piece):
        s, e = _trim(piece, s, e)
        if s >= e:
            continue
        if spans and not paired:
            # No quote or bracket of the pairs in the piece: nothing is left open. (Only the
            # tail of the previous sentence matters; bounding it keeps long merges linear.)
            if marker or _joins(
                piece[max(spans[-1][0], spans[-1][1] - 80) : spans[-1][1]], piece[s:e], rules
            ):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        elif spans:
            tail = piece[max(spans[-1][0], spans[-1][1] - 80) : spans[-1][1]]
            depth = _depth(piece, s, e)
            previous = depths[-1]
            if previous is None:
                previous = depths[-1] = _depth(piece, *spans[-1])
            if (
                marker
                or _joins(tail, piece[s:e], rules)
                or _inside_pair(previous, piece, s, len(piece))
            ):
                spans[-1] = (spans[-1][0], e)
                depths[-1] = [max(0, a + b) for a, b in zip(previous, depth, strict=True)]
            else:
                spans.append((s, e))
                depths.append(depth)
        else:
            spans.append((s, e))
            depths.append(None)
        marker = len(spans) == 1 and _MARKER.fullmatch(piece, *spans[-1]) is not None
    if _nothing_missed(piece, rules):
        for start, end in spans:
            yield low + start, low + end
        return
    for start, end in spans:
        for s, e in _missed_splits(piece, start, end, rules):
            yield low + s, low + e


def _unpaired(piece: str) -> bool:
    """Whether ``piece`` holds no quote or bracket of :data:`PAIRS` (then no sentence of it
    leaves one open, and its depths need not be counted)."""
    if piece.isascii():
        # (Most pieces.) A ``str`` scan for each ASCII mark, faster than the engine's test of
        # each character against the class.
        return not any(map(piece.__contains__, _ASCII_PAIR_MARKS))
    return _PAIR_MARK.search(piece) is None


def _nothing_missed(piece: str, rules: _Rules) -> bool:
    """Whether :func:`_missed_splits` cuts nowhere in ``piece`` (most pieces): its three tests,
    asked once of the piece rather than of each sentence in it."""
    if not rules.ascii_marks and piece.isascii():
        # (Most pieces.) No mark of another script, no ``р.`` or ``г.``, and ``"`` the only
        # quote: ``str`` scans instead of the engine's, character by character.
        return (
            "I." not in piece
            and ('"' not in piece or _QUOTED_END.search(piece) is None)
            and not _may_open_after_initialism(piece, rules)
        )
    return (
        rules.extra_mark.search(piece) is None
        and "I." not in piece
        and "р." not in piece
        and "г." not in piece
        and _QUOTED_END.search(piece) is None
        and not _may_open_after_initialism(piece, rules)
    )


def _may_open_after_initialism(piece: str, rules: _Rules) -> bool:
    """Whether ``piece`` holds an initialism before a word and its language lists sentence
    openers (then :func:`_opens_after_initialism` is asked)."""
    # (An initialism's tail, ``.S. ``, starts with a literal the engine scans for fast.)
    return bool(rules.sentence_openers) and _INITIALISM_TAIL.search(piece) is not None


def _opens_after_initialism(piece: str, start: int, found: re.Match[str], rules: _Rules) -> bool:
    """``in the U.S. Police declined``: a sentence (from ``start``) ending in a capital
    initialism, the next opening with a capitalised sentence opener of the language. Not in a
    headline written in title case (``Deal Leaves U.S. With Few Options``), where every word
    before is capitalised, nor when the opener is itself an abbreviation, its full stop right
    after it (``the U.S. No. 2 diplomat``)."""
    initialism, following = found.group("initialism"), found.group("next")
    return (
        initialism.isupper()
        and following[:1].isupper()
        and following.lower() in rules.sentence_openers
        and piece[found.end() : found.end() + 1] != "."
        and any(word[:1].islower() for word in piece[start : found.start()].split())
    )


def _missed_splits(piece: str, s: int, e: int, rules: _Rules) -> Iterator[tuple[int, int]]:
    """``piece[s:e]`` cut where nupunkt missed a boundary: other scripts' terminators, a closing
    quote after a full stop, ``you and I. Did``, ``1990 р. Потім``, ``the U.S. Police said``."""
    cuts = (
        [
            m.end()
            for m in rules.extra_end.finditer(piece, s, e)
            if m.end() < e and not (m.group("next") or "").islower()
        ]
        if rules.extra_mark.search(piece, s, e)
        else []
    )
    if "I." in piece or "р." in piece or "г." in piece:  # cheap test before the regex
        for missed in _MISSED.finditer(piece, s, e):
            cuts.append(missed.end("end") if missed.group("end") else missed.end("year") + 1)
    if rules.sentence_openers:
        for found in _INITIALISM_BEFORE_WORD.finditer(piece, s, e):
            if _opens_after_initialism(piece, s, found, rules):
                cuts.append(found.end("initialism"))
    for quoted in _QUOTED_END.finditer(piece, s, e):
        if not quoted.group("next").islower():
            cuts.append(quoted.end())
    if not cuts:
        yield s, e
        return
    depth = [0] * len(PAIRS)
    position = s
    for cut in sorted(set(cuts)):
        # A cut inside a quotation or parenthesis that closes later in the span is no cut.
        for i, value in enumerate(_depth(piece, position, cut)):
            depth[i] = max(0, depth[i] + value)
        position = cut
        if any(depth) and _inside_pair(depth, piece, cut, e):
            continue
        start, end = _trim(piece, s, cut)
        if start < end:
            yield start, end
        s = cut
    start, end = _trim(piece, s, e)
    if start < end:
        yield start, end


#: Any opener or closer of :data:`PAIRS`.
_PAIR_MARK = re.compile(
    "[" + re.escape("".join(sorted({c for pair in PAIRS for c in "".join(pair)}))) + "]"
)
#: The ASCII ones among them (all an ASCII text can hold).
_ASCII_PAIR_MARKS = tuple(sorted({c for pair in PAIRS for c in "".join(pair) if c.isascii()}))


def _depth(text: str, start: int, end: int) -> list[int]:
    """How many of each :data:`PAIRS` ``text[start:end]`` opens minus how many it closes."""
    # Most sentences hold no quote or bracket of the pairs at all: one scan says so.
    marks = _PAIR_MARK.findall(text, start, end)
    if not marks:
        return [0] * len(PAIRS)
    counts = Counter(marks)
    return [counts[opener] - sum(counts[c] for c in closers) for opener, closers in PAIRS]


#: How far after a boundary an open quotation or parenthesis may close for the boundary to be
#: undone (a stray opener must not glue a whole paragraph together).
_PAIR_REACH = 600


def _inside_pair(depth: list[int], text: str, start: int, end: int) -> bool:
    """Whether a pair left open (``depth``) closes in ``text`` after ``start``, within
    :data:`_PAIR_REACH` characters and before ``end`` (the end of the line's piece)."""
    if not any(depth):
        return False  # nothing left open (most sentences)
    stop = min(end, start + _PAIR_REACH)
    return any(
        open_ > 0 and any(text.find(c, start, stop) >= 0 for c in closers)
        for open_, (_, closers) in zip(depth, PAIRS, strict=True)
    )


def _list_cuts(line: str) -> list[int]:
    """Offsets where inline list items start, when the line opens with a list marker.

    ``1.) one 2.) two``, ``a. one b. two``, ``• 9. one • 10. two``: items are numbered (or
    lettered) in sequence, so only the next number's marker cuts; bullets always cut.
    """
    opening = _LIST_START.match(line)
    if opening is None:
        return []
    if opening.group("bullet"):
        bullet = re.escape(opening.group("bullet"))
        return [m.start() + 1 for m in re.finditer(rf"\s{bullet}", line)]
    label, suffix = opening.group("label"), re.escape(opening.group("suffix"))
    cuts: list[int] = []
    position = opening.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        found = re.compile(rf"\s({re.escape(label)}{suffix})\s").search(line, position)
        if found is None:
            return cuts
        cuts.append(found.start(1))
        position = found.end()


def _joins(previous: str, following: str, rules: _Rules) -> bool:
    """Whether the split between ``previous`` and ``following`` is a mis-split."""
    abbrevs = rules.abbreviations
    if following[:1] in _CLOSING_ONLY:
        return True  # '«Не видали маму?».': the closing quote belongs to its sentence
    head = following.lstrip(_OPENERS)
    first = head[:1]
    if first.islower():
        return True  # "Yahoo! in the...", "в 2000 г. в Москве"
    if not previous.endswith("."):
        return False
    # What precedes the final full stop after the last space (``(\S+)\.$``, without a
    # regular expression tried at every offset of the tail).
    if len(previous) < 2 or previous[-2].isspace():
        return False
    last = previous[:-1].rsplit(None, 1)[-1]
    if rules.ordinal_months and last.isdigit() and len(last) <= 2:
        word = _FIRST_TOKEN.match(head)
        if word is not None and word.group().rstrip(".,;:?!").lower() in rules.ordinal_months:
            return True  # "vom 12. Juni"
    token = last.lstrip(_OPENERS).lower()
    if token in abbrevs.never_final:
        return True
    if first.isdigit() and token in abbrevs.before_number:
        return True
    if token in times():
        word = _FIRST_TOKEN.match(head)
        return word is not None and word.group().rstrip(".,;:)") in TIME_ZONES
    if _is_initial(previous) and first.isupper():
        return True
    return bool(rules.sentence_openers) and _continues_initialism(last, head, rules)


def _continues_initialism(last: str, head: str, rules: _Rules) -> bool:
    """``U.N.`` + ``General Assembly``: a capital initialism (``last``, its final full stop cut)
    before a capitalised word that is no sentence opener of the language, so part of its name."""
    initialism = last.lstrip(_OPENERS)
    if not (initialism.isupper() and _CAPITAL_INITIALISM.fullmatch(initialism)):
        return False
    word = _FIRST_TOKEN.match(head)
    if word is None:
        return False
    text = word.group().rstrip(".,;:?!")
    return text[:1].isupper() and text.lower() not in rules.sentence_openers


def _is_initial(previous: str) -> bool:
    """``Steven S.``: a single capital after a capitalised word or another initial."""
    if not previous[-3:-2].isspace():
        return False  # no "<space>X." ending: the search below cannot match
    match = _INITIAL.search(previous)
    if match is None or not match.group(2).isupper() or match.group(2).isdigit():
        return False
    word = match.group(1).lstrip(_OPENERS)
    return word[:1].isupper()
