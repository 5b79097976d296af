"""Sentence segmentation: line breaks first, nupunkt within lines, then repairs.

Every sentence is a verbatim, whitespace-trimmed slice of the document's text. Line breaks are
hard boundaries (news text puts one paragraph, heading or caption per line) and blank lines
separate paragraphs. Within a line nupunkt (whose model ships in its wheel, so nothing is
downloaded) proposes boundaries; splits after known abbreviations, initials and before
lower-case words are then undone. Work is linear: very long lines are cut into chunks.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsbrief.model import Document, Sentence
from newsbrief.nlp.abbreviations import TIME_ZONES, TIMES, Abbreviations, abbreviations

# Every line break Python's str.splitlines knows.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_BLANK_LINE = re.compile(
    r"(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028])[^\S\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]*"
    r"(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028])|\u2029"
)
# nupunkt is superlinear on punctuation-dense lines: cut long lines into chunks this long.
_CHUNK = 20_000
_CUT = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_OPENERS = "\"'“‘«„‚([{¿¡-–—*•"
# Last "word" of a sentence: what precedes its final period.
_LAST_TOKEN = re.compile(r"(\S+)\.$")
_FIRST_TOKEN = re.compile(r"\S+")
# A bare list marker, and what opens a line that is a list.
_MARKER = re.compile(r"[•⁃*-]?\s?(?:\d{1,3}|[a-z])\.?\)?")
_LIST_START = re.compile(r"(?P<bullet>[•⁃])|(?P<label>\d{1,2}|[a-z])(?P<suffix>\.\)|\)|\.)\s")
# Boundaries nupunkt misses, the sentence ending at group "end": "you and I. Did you...",
# "у 1990 р. Потім..." (a year's abbreviation before a capital).
_MISSED = re.compile(
    r"(?:(?<!\S)[a-z]+ (?P<end>I\.)|\d{4}\s?(?P<year>гг?|рр?)\.)\s+(?=[A-ZА-ЯЁІЇЄҐ])"
)
_INITIAL = re.compile(r"(?:^|\s)(\S+)\s+(\w)\.$")


@functools.cache
def _tokenizer() -> Any:
    import nupunkt

    return nupunkt.load("default")


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of plain ``text``, trimmed, in order."""
    return list(_region_spans(text, 0, len(text), abbreviations(language)))


def segmented(document: Document) -> Document:
    """``document`` with its sentences, segmenting it only if that was not done yet."""
    return document if document.sentences else segment(document)


def segment(document: Document) -> Document:
    """``document`` with ``sentences`` filled from its body (outside removed spans and headings)."""
    text = document.text
    abbrevs = abbreviations(document.language)
    excluded = _merge_spans((s.start, s.end) for s in (*document.removed, *document.headings))
    heading_starts = sorted(h.start for h in document.headings)
    sections = sorted((s.start, s.end, i) for i, s in enumerate(document.sections))
    section_starts = [s[0] for s in sections]

    sentences: list[Sentence] = []
    paragraph = 0
    previous_end: int | None = None
    previous_section = 0
    for start, end in _body_regions(len(text), excluded):
        for s, e in _region_spans(text, start, end, abbrevs):
            section = _section_of(s, sections, section_starts)
            if previous_end is not None and (
                section != previous_section
                or _BLANK_LINE.search(text, previous_end, s)
                or _has_between(heading_starts, previous_end, s)
            ):
                paragraph += 1
            sentences.append(
                Sentence(
                    doc_id=document.id,
                    index=len(sentences),
                    start=s,
                    end=e,
                    text=text[s:e],
                    section=section,
                    paragraph=paragraph,
                )
            )
            previous_end, previous_section = e, section
    return attrs.evolve(document, sentences=sentences)


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


def _region_spans(
    text: str, start: int, end: int, abbrevs: Abbreviations
) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[start:end]``: each line separately, each long line in chunks."""
    for line in _LINE.finditer(text, start, end):
        s, e = _trim(text, *line.span())
        while s < e:
            cut = _chunk_end(text, s, e)
            yield from _line_spans(text, s, cut, abbrevs)
            s, e = _trim(text, cut, e)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _chunk_end(text: str, start: int, end: int) -> int:
    """Where to end the chunk starting at ``start``: after a sentence end near ``_CHUNK``."""
    if end - start <= _CHUNK:
        return end
    low, high = start + _CHUNK // 2, start + _CHUNK
    last = None
    for last in _CUT.finditer(text, low, high):  # noqa: B007 (we want the last match)
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
    return space + 1 if space > low else high


def _line_spans(
    text: str, start: int, end: int, abbrevs: Abbreviations
) -> Iterator[tuple[int, int]]:
    """Trimmed sentences of one line (no line breaks inside): list items, then nupunkt."""
    line = text[start:end]
    cuts = [0, *_list_cuts(line), len(line)]
    for low, high in itertools.pairwise(cuts):
        for s, e in _piece_spans(line, low, high, abbrevs):
            yield start + s, start + e


def _piece_spans(
    line: str, low: int, high: int, abbrevs: Abbreviations
) -> Iterator[tuple[int, int]]:
    """nupunkt's sentences of ``line[low:high]``, mis-splits joined, missed splits made."""
    piece = line[low:high]
    spans: list[tuple[int, int]] = []
    marker = False  # the previous span is a bare list marker ("2.)", "• 9.")
    for s, e in _tokenizer().span_tokenize(piece):
        s, e = _trim(piece, s, e)
        if s >= e:
            continue
        # Only the tail of the previous sentence matters; bounding it keeps long merges linear.
        tail = piece[max(spans[-1][0], spans[-1][1] - 80) : spans[-1][1]] if spans else ""
        if spans and (marker or _joins(tail, piece[s:e], abbrevs)):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        marker = len(spans) == 1 and _MARKER.fullmatch(piece, *spans[-1]) is not None
    if not ("I." in piece or "р." in piece or "г." in piece):  # cheap test before the regex
        for s, e in spans:
            yield low + s, low + e
        return
    for s, e in spans:
        for cut in _MISSED.finditer(piece, s, e):
            yield low + s, low + (cut.end("end") if cut.group("end") else cut.end("year") + 1)
            s = cut.end()
        yield low + s, low + e


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


def _joins(previous: str, following: str, abbrevs: Abbreviations) -> bool:
    """Whether the split between ``previous`` and ``following`` is a mis-split."""
    head = following.lstrip(_OPENERS)
    first = head[:1]
    if first.islower():
        return True  # "Yahoo! in the...", "в 2000 г. в Москве"
    if not previous.endswith("."):
        return False
    match = _LAST_TOKEN.search(previous)
    if match is None:
        return False
    token = match.group(1).lstrip(_OPENERS).lower()
    if token in abbrevs.never_final:
        return True
    if first.isdigit() and token in abbrevs.before_number:
        return True
    if token in TIMES:
        word = _FIRST_TOKEN.match(head)
        return word is not None and word.group().rstrip(".,;:)") in TIME_ZONES
    return _is_initial(previous) and first.isupper()


def _is_initial(previous: str) -> bool:
    """``Steven S.``: a single capital after a capitalised word or another initial."""
    match = _INITIAL.search(previous)
    if match is None or not match.group(2).isupper() or match.group(2).isdigit():
        return False
    word = match.group(1).lstrip(_OPENERS)
    return word[:1].isupper()
