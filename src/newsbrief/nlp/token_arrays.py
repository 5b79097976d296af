"""The words of many texts at once, as NumPy arrays: exactly :func:`~newsbrief.nlp.tokens.words`.

Python's ``re`` costs about a microsecond per call and per match, which dominated the vectorised
summarizers on long texts. Here the texts are joined into one string and handled as an array of
code points (:func:`tokenize`):

1. Each code point is classified by tables built once from the tokenizer's own character
   classes (:data:`~newsbrief.nlp.tokens.RUN_CHARACTER`, ``UNSPACED_LETTER``, ``MARK``: the
   same classes by construction); code points beyond the BMP are classified one distinct code
   point at a time.
2. A letter of a script without spaces (Han, Kana, Thai...) is a token with the combining
   marks right after it. The other word characters make runs, and a joiner (``'``, ``’``,
   ``-``, ZWJ...) belongs to a run only when both its neighbours are run characters: exactly
   what :data:`~newsbrief.nlp.tokens.DEFINITION` matches. The texts are joined by a character
   that is none of these, so no token spans two texts.
3. Equal tokens are grouped by a polynomial hash of their code points (wrapping ``uint64``
   prefix sums and one sort), then checked exactly against their group's first token: tokens
   of at most nine ASCII characters by their code points packed into one integer, longer ones
   code point by code point. If two different tokens ever share a hash, the regular
   expression runs instead (:func:`regex_tokens`), so the result never differs from
   :func:`words`.

Only the distinct written forms become Python strings; short ones are kept between calls.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Sequence
from typing import cast

import attrs
import numpy as np

from newsbrief.nlp import tokens
from newsbrief.nlp.tokens import words

#: Joins the texts; neither a word character nor a joiner, so tokens never span two texts.
SEPARATOR = "\x00"
#: Code points that join two words (``don't``, ``air-defence``, ``F-16``).
JOINERS = tuple(map(ord, tokens.JOINERS))
_BMP = 0x10000
#: Hash base (odd, so it has an inverse modulo 2**64) and its inverse.
_BASE = 0x100000001B3
_INVERSE = pow(_BASE, -1, 2**64)


@attrs.frozen(eq=False)
class TokenTable:
    """The word tokens of a sequence of texts, each written form numbered once."""

    #: Written-form id of every token, texts one after the other; ids are numbered in order of
    #: first appearance.
    ids: np.ndarray
    #: Text ``i``'s tokens are ``ids[offsets[i]:offsets[i + 1]]``.
    offsets: np.ndarray
    #: The distinct written forms, by id.
    forms: list[str]
    #: With ``spans``: each token's start offset in its own text (else ``None``).
    starts: np.ndarray | None = None
    #: With ``spans``: each token's end offset in its own text (else ``None``).
    ends: np.ndarray | None = None


def tokenize(texts: Sequence[str], *, spans: bool = False) -> TokenTable:
    """The words of every text of ``texts`` (as :func:`words` finds them), as integer ids;
    with ``spans``, their offsets too (what :func:`~newsbrief.nlp.tokens.word_spans` gives)."""
    table = _array_tokens(texts, spans)
    return table if table is not None else regex_tokens(texts, spans=spans)


def regex_tokens(texts: Sequence[str], *, spans: bool = False) -> TokenTable:
    """:func:`tokenize` by the regular expression, one text at a time (the reference)."""
    written: list[str] = []
    offsets = [0]
    edges: list[tuple[int, int]] = []
    for text in texts:
        if spans:
            found = tokens.word_spans(text)
            edges += found
            written += [text[s:e] for s, e in found]
        else:
            written.extend(words(text))
        offsets.append(len(written))
    forms = list(dict.fromkeys(written))  # first appearance first
    index = dict(zip(forms, range(len(forms)), strict=True))
    ids = np.fromiter(map(index.__getitem__, written), dtype=np.int64, count=len(written))
    table = TokenTable(ids, np.asarray(offsets, dtype=np.int64), forms)
    if not spans:
        return table
    bounds = np.array(edges, dtype=np.int64).reshape(-1, 2)
    return attrs.evolve(table, starts=bounds[:, 0], ends=bounds[:, 1])


#: Kinds of code point, as bits of :func:`_kinds`.
_RUN, _UNSPACED, _MARK, _JOINER = 1, 2, 4, 8


def _kind(character: str) -> int:
    classes = (
        (_RUN, tokens.RUN_CHARACTER),
        (_UNSPACED, tokens.UNSPACED_LETTER),
        (_MARK, tokens.MARK),
    )
    kind = sum(bit for bit, pattern in classes if pattern.match(character))
    return kind | (_JOINER if character in tokens.JOINERS else 0)


@functools.cache
def _bmp_kinds() -> np.ndarray:
    """The kind bits of each BMP code point, as the tokenizer's own classes decide, from their
    code point ranges (matching each class over the BMP took a fifth of a second): a run
    character (:data:`~newsbrief.nlp.tokens.RUN_CHARACTER`) is ``\\w`` or a mark, and no
    unspaced letter."""
    marks, unspaced = (_in_bmp(ranges) for ranges in tokens.code_point_ranges())
    word = np.zeros(_BMP, dtype=bool)
    for match in re.finditer(r"\w+", "".join(map(chr, range(_BMP)))):
        word[match.start() : match.end()] = True
    table = np.zeros(_BMP, dtype=np.uint8)
    table[(word | marks) & ~unspaced] |= _RUN
    table[unspaced] |= _UNSPACED
    table[marks] |= _MARK
    table[list(JOINERS)] |= _JOINER
    return table


def _in_bmp(ranges: tokens.Ranges) -> np.ndarray:
    """Whether each BMP code point lies in ``ranges``."""
    inside = np.zeros(_BMP, dtype=bool)
    for first, last in ranges:
        inside[first : min(last, _BMP - 1) + 1] = True
    return inside


def _kinds(points: np.ndarray) -> np.ndarray:
    """The kind bits of each code point."""
    table = _bmp_kinds()
    if not len(points) or points.max() < _BMP:
        return np.take(table, points)
    astral = points >= _BMP
    kinds = np.take(table, np.where(astral, 0, points))
    distinct = np.unique(points[astral])
    found = np.fromiter((_kind(chr(p)) for p in distinct.tolist()), np.uint8, len(distinct))
    kinds[astral] = found[np.searchsorted(distinct, points[astral])]
    return kinds


class _Sequence:
    """The first ``n`` values of a ``uint64`` sequence; up to :data:`KEPT` are kept."""

    #: How many values are kept (8 MB): longer inputs compute theirs each time.
    KEPT = 1 << 20

    def __init__(self, compute: Callable[[int], np.ndarray]) -> None:
        self.compute = compute
        self.kept = compute(1 << 12)

    def __getitem__(self, n: int) -> np.ndarray:
        if n > len(self.kept):
            if n > self.KEPT:
                return self.compute(n)
            self.kept = self.compute(max(n, min(2 * len(self.kept), self.KEPT)))
        return self.kept[:n]


def _powers(base: int) -> Callable[[int], np.ndarray]:
    def compute(n: int) -> np.ndarray:
        factors = np.full(n, base, dtype=np.uint64)
        factors[0] = 1
        return np.cumprod(factors, out=factors)  # wraps modulo 2**64

    return compute


def _digit_weights(n: int) -> np.ndarray:
    cycle = np.uint64(1) << (np.arange(_DIGITS, dtype=np.uint64) * np.uint64(_DIGIT_BITS))
    return np.resize(cycle, n)


#: ``base**k``, ``base**-k`` modulo 2**64; ``128**(k % 9)``.
_POWERS = _Sequence(_powers(_BASE))
_INVERSE_POWERS = _Sequence(_powers(_INVERSE))
_DIGIT_BITS, _DIGITS = 7, 9
_WEIGHTS = _Sequence(_digit_weights)


def _array_tokens(texts: Sequence[str], spans: bool = False) -> TokenTable | None:
    """:func:`tokenize` on code-point arrays, or ``None`` if two different tokens share a hash."""
    # A separator on both ends too: every joiner has two neighbours, every token a code point
    # before it (so prefix sums need no leading zero).
    joined = SEPARATOR + SEPARATOR.join(texts) + SEPARATOR
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts, ends = _token_edges(points)
    # Text i begins at 1 + sum(len(t) + 1 for t in texts[:i]): its tokens start at or after it.
    text_starts = np.empty(len(texts) + 1, dtype=np.int64)
    text_starts[0] = 0
    np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)), out=text_starts[1:])
    text_starts += np.arange(1, len(texts) + 2)
    offsets = np.searchsorted(starts, text_starts)
    if not len(starts):
        none = np.zeros(0, dtype=np.int64)
        return TokenTable(none, offsets, [], *((none, none) if spans else ()))
    ids, first = _group(_hashes(points, starts, ends))
    short = _short_ascii(points, starts, ends)
    packed = _packed(points, starts, ends)
    if not _all_equal(points, starts, ends, first[ids], short, packed):
        return None
    forms = _forms(joined, starts[first], ends[first], short[first], packed[first])
    if not spans:
        return TokenTable(ids, offsets, forms)
    # Offsets in each token's own text: less where that text begins in the joined string.
    begins = np.repeat(text_starts[:-1], np.diff(offsets))
    return TokenTable(ids, offsets, forms, starts - begins, ends - begins)


def _token_edges(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of each token of ``points`` (whose first code point is in none)."""
    kinds = _kinds(points)
    unspaced = (kinds & _UNSPACED) != 0
    mark = (kinds & _MARK) != 0
    # Marks right after an unspaced letter belong to its token: the nearest non-mark before
    # each mark is an unspaced letter.
    last_base = np.where(mark, 0, np.arange(len(points)))
    np.maximum.accumulate(last_base, out=last_base)
    single = unspaced | (mark & unspaced[last_base])
    run = ((kinds & _RUN) != 0) & ~single
    joiner = (kinds & _JOINER) != 0
    joiner[1:-1] &= run[:-2]
    joiner[1:-1] &= run[2:]
    joiner[[0, -1]] = False
    run |= joiner
    inside = run | single
    # A token starts after a non-token, at each unspaced letter, and where a run follows one.
    start = np.zeros(len(points), dtype=bool)
    start[1:] = inside[1:] & (~inside[:-1] | unspaced[1:] | (run[1:] & ~run[:-1]))
    end = np.zeros(len(points), dtype=bool)
    end[1:] = inside[:-1] & (~inside[1:] | start[1:])
    return np.flatnonzero(start), np.flatnonzero(end)


_SCRATCH = threading.local()


def _prefix_sums(points: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Running sums of ``points * weights`` modulo 2**64, in a buffer reused by the next call.

    One buffer per thread, kept up to :attr:`_Sequence.KEPT` values: a fresh array of this
    size costs more in page faults than the arithmetic.
    """
    n = len(points)
    buffer = getattr(_SCRATCH, "buffer", None)
    if buffer is None or len(buffer) < n:
        buffer = np.empty(n, dtype=np.uint64)
        if n <= _Sequence.KEPT:
            _SCRATCH.buffer = buffer
    prefix = buffer[:n]
    np.multiply(points, weights, out=prefix, dtype=np.uint64)
    return np.cumsum(prefix, out=prefix)


def _hashes(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hash of each token ``points[s:e]``: ``sum(points[k] * base**(k - s))`` modulo 2**64.

    From prefix sums of ``points[k] * base**k`` (the first code point is never in a token),
    times ``base**-s``.
    """
    prefix = _prefix_sums(points, _POWERS[len(points)])
    hashes = prefix[ends - 1]
    hashes -= prefix[starts - 1]
    hashes *= _INVERSE_POWERS[len(points)][starts]
    return hashes


def _group(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Group id of each token (groups numbered in order of first appearance), and each
    group's first token.

    One sort of ``hash << bits | index`` (cheaper than an argsort) orders each group by
    position, so a group opens with its first token. The hash loses its top ``bits`` bits,
    which only makes a (checked) collision a little likelier.
    """
    bits = max(1, (len(hashes) - 1).bit_length())
    keys = hashes << np.uint64(bits)
    keys |= np.arange(len(hashes), dtype=np.uint64)
    keys.sort()
    order = (keys & np.uint64((1 << bits) - 1)).astype(np.int64)
    keys >>= np.uint64(bits)
    opens = np.empty(len(keys), dtype=bool)
    opens[0] = True
    np.not_equal(keys[1:], keys[:-1], out=opens[1:])
    first = order[opens]
    by_appearance = np.argsort(first)
    rank = np.empty(len(first), dtype=np.int64)
    rank[by_appearance] = np.arange(len(first))
    ids = np.empty(len(order), dtype=np.int64)
    ids[order] = rank[np.cumsum(opens) - 1]
    return ids, first[by_appearance]


def _all_equal(
    points: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    representative: np.ndarray,
    short: np.ndarray,
    packed: np.ndarray,
) -> bool:
    """Whether every token has the same code points as its representative (a token index).

    Tokens of at most nine ASCII characters (``short``) are compared by their code points
    packed into one integer, the others code point by code point.
    """
    lengths = ends - starts
    if not np.array_equal(lengths, lengths[representative]):
        return False
    if not np.array_equal(short, short[representative]):
        return False
    if not np.array_equal(packed[short], packed[representative[short]]):
        return False
    other = np.flatnonzero(~short)
    return _code_points_equal(points, starts[other], lengths[other], starts[representative[other]])


def _short_ascii(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each token has at most nine code points, all ASCII."""
    short = ends - starts <= _DIGITS
    beyond = np.flatnonzero(points >= 128)
    if len(beyond) > len(starts):  # mostly beyond ASCII: a running count is cheaper
        # (wrapping modulo 2**32 changes no difference)
        count = np.cumsum(points >= 128, dtype=np.uint32)
        short &= count[ends - 1] == count[starts - 1]
    elif len(beyond):
        token = np.searchsorted(starts, beyond, side="right") - 1
        within = token >= 0
        within[within] = beyond[within] < ends[token[within]]
        short[token[within]] = False
    return short


def _packed(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Each token's code points as base-128 digits, first code point last: exact (and below
    2**63) for tokens of at most nine ASCII characters.

    Code point ``k`` of the text is weighted by ``128**(k % 9)``: the prefix sums give each
    short token's digits rotated by ``start % 9`` places, rotated back here.
    """
    prefix = _prefix_sums(points, _WEIGHTS[len(points)])
    digits = prefix[ends - 1]
    digits -= prefix[starts - 1]
    turn = (starts % _DIGITS).astype(np.uint64) * np.uint64(_DIGIT_BITS)
    width = np.uint64(_DIGITS * _DIGIT_BITS)
    packed = digits >> turn
    packed |= digits << (width - turn)
    packed &= np.uint64((1 << (_DIGITS * _DIGIT_BITS)) - 1)
    return packed


def _code_points_equal(
    points: np.ndarray, starts: np.ndarray, lengths: np.ndarray, others: np.ndarray
) -> bool:
    """Whether ``points[s:s + n] == points[o:o + n]`` for every ``s``, ``n``, ``o``."""
    total = int(lengths.sum())
    if not total:
        return True
    # Index of each code point within its token, then in the text.
    within = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.array_equal(
        points[np.repeat(starts, lengths) + within], points[np.repeat(others, lengths) + within]
    )


#: Written forms of at most nine ASCII characters by their packed code points, kept between
#: calls (up to :data:`_SHORT_FORMS_KEPT`): no slicing, and the same string objects every time,
#: whose hashes later dictionary look-ups need not compute again.
_SHORT_FORMS: dict[int, str] = {}
_SHORT_FORMS_KEPT = 1 << 17


def _forms(
    joined: str, starts: np.ndarray, ends: np.ndarray, short: np.ndarray, packed: np.ndarray
) -> list[str]:
    """The strings ``joined[s:e]``; ``short`` ones are found by their ``packed`` code points."""
    # Keys of other forms are 2**63 (never kept): every short key is below it.
    keys = np.where(short, packed, np.uint64(1 << 63)).tolist()
    forms = list(map(_SHORT_FORMS.get, keys))
    other = np.flatnonzero(~short)
    spans = zip(starts[other].tolist(), ends[other].tolist(), strict=True)
    for i, (start, end) in zip(other.tolist(), spans, strict=True):
        forms[i] = joined[start:end]
    if not all(forms):  # short forms not seen yet
        if len(_SHORT_FORMS) > _SHORT_FORMS_KEPT:
            _SHORT_FORMS.clear()
        new = [i for i, form in enumerate(forms) if form is None]
        # Their offsets as Python integers at once (a NumPy scalar per index cost more).
        bounds = zip(new, starts[new].tolist(), ends[new].tolist(), strict=True)
        keep = _SHORT_FORMS.setdefault
        for i, start, end in bounds:
            forms[i] = keep(keys[i], joined[start:end])
    return cast("list[str]", forms)  # every ``None`` (a form not seen yet) was filled above
