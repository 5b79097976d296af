"""Text in Unicode NFD (or any form other than NFC) analysed as its NFC view.

Decomposed text (``Jose`` + U+0301, common in text copied from macOS files and some CMSs) reads
worse than the same text composed: Python's ``\\w`` does not match a combining mark, so words
split at the mark (``Mu`` + ``ller``), and the language words of the tomls (written NFC) do not
match. A document whose text is not NFC is analysed as a *view*: the same document with its
text in NFC and every span moved into it; what the stages found in the view is then moved back
(:func:`restored`), so every span keeps code-point offsets into the original text and its
``text`` is ``original[start:end]``, as everywhere else.

The offset map cuts the original at starters into chunks whose NFC forms, laid end to end, are
the view (:class:`OffsetMap`): an offset on a chunk's edge maps exactly, one inside a chunk
snaps to the chunk's edges (a span's start to the chunk's start, its end to the chunk's end).

A document already in NFC (nearly every one) is never copied: :func:`normal_view` answers
``None`` after :func:`unicodedata.is_normalized`, and nothing else is done.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final

import attrs

from newsbrief.model import Annotation, Document, Metadata, Sentence, SourceRef, SummaryItem
from newsbrief.model.document import Section
from newsbrief.model.spans import Span

__all__ = ["NormalView", "OffsetMap", "normal_view", "normal_views", "restored", "restored_items"]

#: The form documents are analysed in.
FORM: Final = "NFC"
#: Longest chunk made by joining pieces that compose (Hangul jamo: three code points): a cap
#: that keeps the map's work linear on any text.
MERGED_CHUNK = 32
#: Longest region normalised in one piece. CPython sorts a run of combining marks by insertion
#: (quadratic: 40,000 misordered marks take 4 s, 200,000 over a minute); a longer region, never
#: seen in writing (Unicode's stream-safe format allows 30 marks on a letter), is normalised
#: a piece of this many code points at a time, and its view is that "bounded" NFC.
LONGEST_REGION = 256


class OffsetMap:
    """Offsets between an original text and its NFC form, chunk by chunk.

    The NFC form of the original is the NFC forms of its chunks end to end: a chunk ends where
    the text after it does not compose with it (at each code point where that holds; at each
    starter, combining class 0, should the finer cut miss the NFC form, which a mark reaching
    back over a cut could make). Only the chunks NFC changes in length are kept (a letter and
    its marks composed into one code point, a Hangul syllable); between them the two texts
    match code point for code point. Chunks are looked for only around the code points NFC
    can change (:func:`_unstable`): a decomposed article costs a chunk per accented letter,
    not a record per code point (5 MB of NTREX fr/de/cs/ru text in NFD: 6 s and 45 MB, was
    22 s and 556 MB).
    """

    __slots__ = ("_ends", "_starts", "length", "view")

    def __init__(self, original: str) -> None:
        #: The original's NFC form.
        self.view: str = ""
        #: The length of each text: ``(original, view)``.
        self.length: tuple[int, int] = (len(original), 0)
        # Each text's kept chunks, starts and ends: [0] the original's, [1] the view's.
        self._starts = (array("q"), array("q"))
        self._ends = (array("q"), array("q"))
        parts: list[str] = []
        done = 0  # the original's code points read so far
        at = 0  # the view's length so far
        regions = _regions(original)
        for region_start, region_end in regions:
            parts.append(original[done:region_start])
            at += region_start - done
            form = self._add_region(original, region_start, region_end, at)
            parts.append(form)
            at += len(form)
            done = region_end
        parts.append(original[done:])
        view = "".join(parts)
        bounded = any(end - start >= LONGEST_REGION for start, end in regions)
        if not bounded and view != unicodedata.normalize(FORM, original):  # (a safety net)
            self._starts = (array("q"), array("q"))
            self._ends = (array("q"), array("q"))
            view = self._add_region(original, 0, len(original), 0)
        self.view = view
        self.length = (len(original), len(view))

    def _add_region(self, original: str, start: int, end: int, at: int) -> str:
        """Chunk ``original[start:end]`` (whose view starts at ``at``), keep the chunks NFC
        changes in length; the region's NFC form."""
        region = original[start:end]
        whole = unicodedata.normalize(FORM, region)
        originals, views, view = _chunked(region, range(len(region) + 1))
        if view != whole:
            combining = unicodedata.combining
            length = len(region)
            # A starter whose decomposition opens with a mark (U+0F73: U+0F71 U+0F72) is no
            # cut: a mark after it may reorder past its marks onto the letter before.
            starters = [
                0,
                *(i for i in range(1, length) if not combining(_first_decomposed(region[i]))),
                length,
            ]
            originals, views, view = _chunked(region, starters if length else [0])
        for k in range(len(originals) - 1):
            if originals[k + 1] - originals[k] != 1 or views[k + 1] - views[k] != 1:
                self._starts[0].append(start + originals[k])
                self._ends[0].append(start + originals[k + 1])
                self._starts[1].append(at + views[k])
                self._ends[1].append(at + views[k + 1])
        return view

    def chunks(self) -> list[tuple[int, int, int, int]]:
        """The kept chunks: ``(start, end)`` in the original, then in the view."""
        starts, ends = self._starts, self._ends
        return list(zip(starts[0], ends[0], starts[1], ends[1], strict=True))

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        """The view's ``(start, end)`` for the original's, widened to whole chunks."""
        return self._moved(0, start, end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original's ``(start, end)`` for the view's, widened to whole chunks."""
        return self._moved(1, start, end)

    def _moved(self, side: int, start: int, end: int) -> tuple[int, int]:
        first = self._point(side, start, forward=False)
        return first, max(first, self._point(side, end, forward=True))

    def _point(self, side: int, offset: int, *, forward: bool) -> int:
        """``offset`` of text ``side`` in the other text; inside a chunk, its start (or with
        ``forward`` its end)."""
        offset = max(0, min(offset, self.length[side]))
        starts, ends = self._starts[side], self._ends[side]
        other_starts, other_ends = self._starts[1 - side], self._ends[1 - side]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            return offset
        if offset < ends[k]:  # inside chunk k (or at its start)
            if offset == starts[k] or not forward:
                return other_starts[k]
            return other_ends[k]
        return other_ends[k] + offset - ends[k]


#: Blocks without a code point NFC could change (first, one past the last): CJK ideographs,
#: Hangul syllables (precomposed), surrogates, private use, the planes past the compatibility
#: ideographs. Below U+0300 there is none either.
_STABLE_BLOCKS: Final = (
    (0x3400, 0xA000),
    (0xAC00, 0xD7A4),
    (0xD800, 0xF900),
    (0x20000, 0x2F800),
    (0x2FA20, 0x110000),
)


@functools.cache
def _unstable() -> re.Pattern[str]:
    """Runs of code points NFC may change or join to what is before them: combining marks,
    code points that are not NFC on their own, and those that compose with a letter before
    them (a decomposition's second part, Hangul vowels and final consonants). Nothing below
    U+0300 is one, nor in the blocks of :data:`_STABLE_BLOCKS`."""
    found: set[int] = {*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)}
    combining, decomposition = unicodedata.combining, unicodedata.decomposition
    edges = [0x300, *itertools.chain.from_iterable(_STABLE_BLOCKS)]
    points = itertools.chain.from_iterable(
        range(edges[k], edges[k + 1]) for k in range(0, len(edges) - 1, 2)
    )
    for point in points:
        char = chr(point)
        if combining(char):
            found.add(point)
        parts = decomposition(char).split()
        if parts and not parts[0].startswith("<"):  # (only such a code point can be not NFC)
            found.update(int(part, 16) for part in parts[1:])
            if not unicodedata.is_normalized(FORM, char):
                found.add(point)
    ranges: list[list[int]] = []
    for point in sorted(found):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    spans = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[{spans}]+")


def _regions(original: str) -> list[tuple[int, int]]:
    """Where NFC may change ``original``: each run of :func:`_unstable` code points with the
    code point before it (the letter its marks may compose with). NFC changes nothing across
    the edges: what follows a region starts with a starter that composes with nothing before
    it."""
    found: list[tuple[int, int]] = []
    for run in _unstable().finditer(original):
        start, end = max(0, run.start() - 1), run.end()
        # (a region past LONGEST_REGION: cut into pieces, each normalised alone)
        found.extend((k, min(k + LONGEST_REGION, end)) for k in range(start, end, LONGEST_REGION))
    return found


@functools.cache
def _first_decomposed(char: str) -> str:
    """The first code point of ``char``'s canonical decomposition (``char`` itself if none)."""
    return unicodedata.normalize("NFD", char)[0]


def _chunked(original: str, cuts: Sequence[int]) -> tuple[list[int], list[int], str]:
    """Chunk starts in ``original`` and in the view, and the view, chunks ending only at
    ``cuts`` (increasing offsets, from 0 to the text's length)."""
    normalize = unicodedata.normalize
    originals: list[int] = []
    views: list[int] = []
    parts: list[str] = []
    done = 0  # code points of the view made so far
    chunk_start = 0
    chunk_form = ""
    for k in range(1, len(cuts)):
        piece = original[cuts[k - 1] : cuts[k]]
        # A letter before U+0300 (ASCII, Latin-1...) is its own NFC form and composes with
        # nothing before it: no normalising.
        plain = len(piece) == 1 and piece < "\u0300"
        piece_form = piece if plain else normalize(FORM, piece)
        if k == 1:
            chunk_form = piece_form
            continue
        if (
            plain
            or (joined := normalize(FORM, original[chunk_start : cuts[k]]))
            == chunk_form + piece_form
            or len(joined) > MERGED_CHUNK
        ):
            # The piece does not compose with the chunk before it: a new chunk.
            chunk = original[chunk_start : cuts[k - 1]]
            done = _close(chunk, chunk_start, chunk_form, done, originals, views)
            parts.append(chunk_form)
            chunk_start, chunk_form = cuts[k - 1], piece_form
        else:  # it composes with it (a mark on its letter, Hangul jamo): one chunk
            chunk_form = joined
    if original:
        done = _close(original[chunk_start:], chunk_start, chunk_form, done, originals, views)
        parts.append(chunk_form)
    originals.append(len(original))
    views.append(done)
    return originals, views, "".join(parts)


def _close(
    chunk: str, start: int, form: str, done: int, originals: list[int], views: list[int]
) -> int:
    """Record the ``chunk`` of the original at ``start`` whose NFC form is ``form`` and starts at
    ``done`` in the view; the view's length after it. A chunk NFC leaves as it is (a mark on a
    letter it does not compose with) maps code point by code point: a span may start at its
    mark without taking in the letter."""
    if len(form) > 1 and chunk == form:
        originals.extend(range(start, start + len(form)))
        views.extend(range(done, done + len(form)))
    else:
        originals.append(start)
        views.append(done)
    return done + len(form)


@attrs.frozen(eq=False)
class NormalView:
    """A document whose text is not NFC, the view analysed in its place, and the map between."""

    #: The document as given (its text, spans and metadata are what the briefing shows).
    original: Document
    #: The same document with its text in NFC and its spans moved into it.
    view: Document
    #: Offsets between the two texts.
    offsets: OffsetMap


def normal_view(document: Document) -> NormalView | None:
    """The NFC view of ``document``, or ``None`` when its text is NFC already (no copy made).

    The view has no sentences: it is segmented anew (sentences cut in the decomposed text are
    what the view is there to replace). Its other spans are moved into it, widened to whole
    chunks.
    """
    if unicodedata.is_normalized(FORM, document.text):
        return None
    offsets = OffsetMap(document.text)
    text = offsets.view

    def span(item: Span) -> Span:
        return Span(*offsets.to_view(item.start, item.end), item.kind)

    def section(item: Section) -> Section:
        start, end = offsets.to_view(item.start, item.end)
        return Section(start, end, _normal_metadata(item.metadata))

    annotations = [
        _moved_annotation(annotation, document.text, text, offsets.to_view)
        for annotation in document.annotations
    ]
    view = Document(
        id=document.id,
        text=text,
        metadata=_normal_metadata(document.metadata),
        sections=[section(item) for item in document.sections],
        removed=[span(item) for item in document.removed],
        headings=[span(item) for item in document.headings],
        annotations=annotations,
    )
    return NormalView(document, view, offsets)


def normal_views(documents: Iterable[Document]) -> tuple[list[Document], dict[str, NormalView]]:
    """``documents`` with each one not in NFC replaced by its view, and those views by id."""
    out: list[Document] = []
    views: dict[str, NormalView] = {}
    for document in documents:
        found = normal_view(document)
        if found is not None:
            views[document.id] = found
            document = found.view
        out.append(document)
    return out, views


def restored(view: Document, normal: NormalView) -> Document:
    """The original document of ``normal`` with what was learnt about ``view`` (its sentences
    and annotations) moved back to the original's offsets."""
    original = normal.original
    text = original.text
    offsets = normal.offsets
    sentences = []
    for sentence in view.sentences:
        start, end = offsets.to_original(sentence.start, sentence.end)
        sentences.append(
            Sentence.sharing(
                text, sentence.doc_id, sentence.index, start, end, sentence.section,
                sentence.paragraph,
            )
        )  # fmt: skip
    annotations = [
        _moved_annotation(annotation, view.text, text, offsets.to_original)
        for annotation in view.annotations
    ]
    return attrs.evolve(original, sentences=sentences, annotations=annotations)


def restored_items(
    items: Iterable[SummaryItem], documents: Mapping[str, Document], views: Mapping[str, NormalView]
) -> tuple[SummaryItem, ...]:
    """Summary ``items`` chosen from views, their sentences those of the restored ``documents``
    (by id) and their supporting spans moved back to the originals' offsets."""
    out = []
    for item in items:
        sentence = item.sentence
        if sentence.doc_id in views:
            sentence = documents[sentence.doc_id].sentences[sentence.index]
        supported = tuple(_ref_original(ref, views) for ref in item.supported_by)
        if sentence is not item.sentence or supported != item.supported_by:
            item = attrs.evolve(item, sentence=sentence, supported_by=supported)
        out.append(item)
    return tuple(out)


def _ref_original(ref: SourceRef, views: Mapping[str, NormalView]) -> SourceRef:
    normal = views.get(ref.doc_id)
    if normal is None:
        return ref
    start, end = normal.offsets.to_original(ref.start, ref.end)
    return ref if (start, end) == (ref.start, ref.end) else attrs.evolve(ref, start=start, end=end)


def _normal_metadata(metadata: Metadata) -> Metadata:
    """``metadata`` with its headline in NFC (the analysis reads the headline's words too)."""
    title = metadata.title
    if title is None or unicodedata.is_normalized(FORM, title):
        return metadata
    return attrs.evolve(metadata, title=OffsetMap(title).view)


#: Attributes naming offsets, by how they move: a start snaps back, an end forward.
_START_SUFFIX = "_start"
_END_SUFFIX = "_end"


def _moved_annotation(
    annotation: Annotation, source: str, text: str, move: Callable[[int, int], tuple[int, int]]
) -> Annotation:
    """``annotation`` of ``source`` moved by ``move`` into ``text``, with its offset attributes
    (``*_start``, ``*_end``) moved alike and a ``*_mention`` that was the slice between them
    read again from ``text``."""
    start, end = move(annotation.start, annotation.end)
    given = annotation.attributes
    attributes = dict(given)
    for key, value in given.items():
        if type(value) is not int:
            continue
        if key.endswith(_START_SUFFIX):
            attributes[key] = move(value, value)[0]
        elif key.endswith(_END_SUFFIX):
            attributes[key] = move(value, value)[1]
    for key in given:
        if key.endswith("_mention"):
            stem = key[: -len("_mention")]
            first, last = given.get(stem + _START_SUFFIX), given.get(stem + _END_SUFFIX)
            if type(first) is int and type(last) is int and given[key] == source[first:last]:
                attributes[key] = text[
                    attributes[stem + _START_SUFFIX] : attributes[stem + _END_SUFFIX]
                ]
    return Annotation(
        annotation.kind, start, end, text[start:end], annotation.annotator, attributes
    )
