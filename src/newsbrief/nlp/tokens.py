"""Word tokens with offsets, and the normalised terms summarizers and story grouping compare.

**What a word is**, in every script (word budgets, ROUGE's ``unicode`` tokens, the summarizers'
tokenizers and :mod:`newsbrief.nlp.token_arrays` all use this one definition):

* a run of letters, combining marks and numbers (Unicode categories ``L*``, ``M*``, ``N*``, and
  ``_`` as Python's ``\\w`` has it), so a Hindi word is not split at its vowel signs
  (``हिन्दी`` is one word, where ``\\w+`` finds three);
* an apostrophe (``'`` ``’``, Hebrew ``׳`` ``״``), a hyphen, a zero-width joiner or non-joiner
  between two such characters stays inside the word (``don't``, ``F-16``, Persian
  ``می‌خواهم``);
* in scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao,
  Khmer, Myanmar) each letter with the combining marks after it is one word, as ROUGE for
  Chinese counts characters: a 250-word budget is then 250 characters of Chinese. No
  dictionary segmenter is needed, so nothing is downloaded; for Thai, Lao, Khmer and Myanmar,
  whose words are several letters long, a budget errs on the short side.

Letters or digits of those scripts that are not letters (Thai digits, for instance) follow the
run rule. The :data:`DEFINITION` pattern says this in one regular expression; :func:`words`
finds exactly its matches, faster: text without any character of those scripts and without a
combining mark beyond the Basic Multilingual Plane (nearly all text outside East Asia) goes
through a pattern whose classes ``re`` checks with one table look-up.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsbrief.nlp.languages import LanguageResources, resources

#: Characters that join two word characters into one word.
JOINERS = "'’-\u05f3\u05f4\u200c\u200d"
# Scripts without spaces between words: their letters (and Nl, such as the Han zero) are
# words of one character each. Blocks, not scripts, since ``re`` knows no scripts; the
# Unicode category decides which of their code points are letters.
_UNSPACED_BLOCKS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3031, 0x3035),  # kana repeat marks
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x1B000, 0x1B16F),  # Kana supplement and extensions
    (0x20000, 0x323AF),  # CJK extensions B-H
)
# Planes that hold combining marks (the others are ideographs, unassigned or private use).
_MARK_PLANES = ((0, 0x1FFFF), (0xE0000, 0xE0FFF))

#: ``(first, last)`` code points, inclusive, in order.
Ranges = tuple[tuple[int, int], ...]


def _is_unspaced_letter(point: int) -> bool:
    category = unicodedata.category(chr(point))
    return category[0] == "L" or category == "Nl"


def _as_ranges(points: Iterable[int]) -> Ranges:
    """Sorted code points as ``(first, last)`` ranges of consecutive ones."""
    ranges: list[list[int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return tuple((first, last) for first, last in ranges)


def computed_ranges() -> tuple[Ranges, Ranges]:
    """The combining marks, and the letters of scripts without spaces, read from
    ``unicodedata`` (a tenth of a second: :mod:`newsbrief.nlp.unicode_ranges` holds them for
    one version of the database)."""
    category = unicodedata.category
    marks = _as_ranges(
        point
        for low, high in _MARK_PLANES
        for point in range(low, high + 1)
        if category(chr(point))[0] == "M"
    )
    unspaced = _as_ranges(
        point
        for low, high in _UNSPACED_BLOCKS
        for point in range(low, high + 1)
        if _is_unspaced_letter(point)
    )
    return marks, unspaced


@functools.cache
def code_point_ranges() -> tuple[Ranges, Ranges]:
    """The combining marks, and the letters of scripts without spaces (:func:`computed_ranges`;
    the stored ones when they are of this Python's Unicode database)."""
    from newsbrief.nlp import unicode_ranges  # (read when first needed, as the patterns)

    if unicodedata.unidata_version == unicode_ranges.UNIDATA_VERSION:
        return unicode_ranges.MARKS, unicode_ranges.UNSPACED
    return computed_ranges()


def _class(ranges: Ranges) -> str:
    """The body of a character class matching exactly the code points of ``ranges``."""
    return "".join(
        f"\\U{first:08x}" + (f"-\\U{last:08x}" if last != first else "") for first, last in ranges
    )


def _bmp(ranges: Ranges) -> Ranges:
    return tuple((first, min(last, 0xFFFF)) for first, last in ranges if first < 0x10000)


def _astral(ranges: Ranges) -> Ranges:
    return tuple((max(first, 0x10000), last) for first, last in ranges if last >= 0x10000)


class _Patterns:
    """The tokenizer's regular expressions, compiled at first use: their classes of thousands
    of code points took a sixth of a second to compile at each start of the program."""

    def __init__(self) -> None:
        marks, unspaced = code_point_ranges()
        join = f"[{re.escape(JOINERS)}]"
        self.unspaced_letter = re.compile(f"[{_class(unspaced)}]")
        self.mark = re.compile(f"[{_class(marks)}]")
        self.run_character = re.compile(f"(?![{_class(unspaced)}])[\\w{_class(marks)}]")
        run = f"(?:(?![{_class(unspaced)}])[\\w{_class(marks)}])+"
        self.definition = re.compile(
            f"[{_class(unspaced)}][{_class(marks)}]*|{run}(?:{join}{run})*"
        )
        # The fast path: ``\w`` plus the marks of the BMP, in one class ``re`` checks by table.
        bmp_run = f"[\\w{_class(_bmp(marks))}]+"
        self.fast = re.compile(f"{bmp_run}(?:{join}{bmp_run})*")
        # Characters the fast path gets wrong: unspaced letters of the BMP at once, astral
        # characters one by one (an astral class makes ``re`` test ranges character by
        # character).
        self.slow_hint = re.compile(
            f"[{_class(_bmp(unspaced))}]|[\\U00010000-\\U{sys.maxunicode:08x}]"
        )
        self.astral_special = re.compile(f"[{_class(_astral(marks))}{_class(_astral(unspaced))}]")
        # The two word patterns as one capturing group, for :func:`split_words`: compiled
        # when first used (the fast one's alone in most runs).
        self._split: dict[re.Pattern[str], re.Pattern[str]] = {}

    def split(self, pattern: re.Pattern[str]) -> re.Pattern[str]:
        found = self._split.get(pattern)
        if found is None:
            found = self._split.setdefault(pattern, re.compile(f"({pattern.pattern})"))
        return found


_MADE: list[_Patterns] = []
_MAKING = threading.Lock()


def _patterns() -> _Patterns:
    """The patterns, compiled once: threads that ask at the same time wait for the first one's
    (rather than each compiling its own)."""
    if not _MADE:
        with _MAKING:
            if not _MADE:
                _MADE.append(_Patterns())
    return _MADE[0]


#: A letter of a script without spaces (each is a word).
UNSPACED_LETTER: re.Pattern[str]
#: A combining mark.
MARK: re.Pattern[str]
#: A character of a run word: ``\\w`` or a mark, but not an :data:`UNSPACED_LETTER`.
RUN_CHARACTER: re.Pattern[str]
#: What a word is (the module docstring says it in words): :func:`words` finds its matches.
DEFINITION: re.Pattern[str]
#: The pattern :func:`words` matches (kept under its former name).
WORD_PATTERN: re.Pattern[str]
# Those module attributes are made at first read (:func:`__getattr__`).
_LAZY = {
    "UNSPACED_LETTER": "unspaced_letter",
    "MARK": "mark",
    "RUN_CHARACTER": "run_character",
    "DEFINITION": "definition",
    "WORD_PATTERN": "definition",
}


if not TYPE_CHECKING:  # (so that type checkers know only the names declared above)

    def __getattr__(name: str) -> re.Pattern[str]:
        # (PEP 562: called for a module attribute not set yet.)
        if name in _LAZY:
            pattern: re.Pattern[str] = getattr(_patterns(), _LAZY[name])
            globals()[name] = pattern
            return pattern
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    # (The lazy names too, for ``help``, completion and documentation tools.)
    return sorted({*globals(), *_LAZY})


# In ASCII text the same words: the ASCII word characters and joiners (a smaller class, and
# no scan for the characters the fast path gets wrong).
_ASCII = re.compile(r"[A-Za-z0-9_]+(?:['\-][A-Za-z0-9_]+)*")
_SPLIT_ASCII = re.compile(f"({_ASCII.pattern})")


def _pattern_for(text: str) -> re.Pattern[str]:
    """The fast pattern when it finds the same words in ``text`` as :data:`DEFINITION`."""
    if text.isascii():
        return _ASCII
    patterns = _patterns()
    for hint in patterns.slow_hint.finditer(text):
        if hint.group() < "\U00010000" or patterns.astral_special.match(hint.group()):
            return patterns.definition
    return patterns.fast


def words(text: str) -> list[str]:
    """The words of ``text`` as written (see the module docstring for what a word is)."""
    return _pattern_for(text).findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of ``text``, in order."""
    return [match.span() for match in _pattern_for(text).finditer(text)]


def split_words(text: str) -> list[str]:
    """``text`` cut at its words: gap, word, gap, ..., word, gap (``2n + 1`` strings for ``n``
    words, gaps possibly empty), so that joined they are ``text`` again.

    The words are those of :func:`words`, and their offsets are the running sums of the
    lengths: what :func:`word_spans` gives, without a match object per word.
    """
    if text.isascii():
        return _SPLIT_ASCII.split(text)
    return _patterns().split(_pattern_for(text)).split(text)


def composed(text: str) -> str:
    """``text`` in NFC: itself when it is already (nearly always; ASCII at once). Only for what
    keeps no offsets into ``text`` (counts, terms): a decomposed letter (``u`` + U+0308) is
    two code points that no word pattern reads as one letter."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    from newsbrief.nlp.normal_form import OffsetMap  # (NFC bounded on runs of marks)

    return OffsetMap(text).view


def count_words(text: str) -> int:
    """How many words ``text`` has (what word budgets count), read in NFC (:func:`composed`)."""
    text = composed(text)
    return len(_pattern_for(text).findall(text))


def terms(text: str, language: str | None = None, *, keep_stopwords: bool = False) -> list[str]:
    """Lower-cased, stemmed content words of ``text`` for ``language``.

    Stop words and tokens without a letter are dropped unless ``keep_stopwords``. The text is
    read in NFC (:func:`composed`): a term has no offsets, so decomposed text gives the terms
    its composed form gives.
    """
    res = resources(language)
    found = words(composed(text).lower())
    # What happens to a word depends on the word and the language alone: each distinct word is
    # worked out once per language (:func:`term_of`), then every token is a look-up in C.
    known = _term_table(res)
    missing = set(found).difference(known)
    if missing:
        if len(known) > _TERMS_KEPT:
            # A new table, not this one emptied: another thread may be reading this one.
            known = _new_term_table(res)
            missing = set(found)
        for word in missing:
            known[word] = term_of(res, word)
    if keep_stopwords:
        return [stem for stem, _ in map(known.__getitem__, found)]
    return [stem for stem, content in map(known.__getitem__, found) if content]


#: By language code, with the resources it was made with (reloaded ones get a new table): each
#: lower-case word's ``(stem, content word?)``.
_TERMS: dict[str, tuple[LanguageResources, dict[str, tuple[str, bool]]]] = {}
#: A language's table starts afresh when it holds more words than this (about 20 MB).
_TERMS_KEPT = 1 << 17


def _term_table(res: LanguageResources) -> dict[str, tuple[str, bool]]:
    entry = _TERMS.get(res.code)
    return entry[1] if entry is not None and entry[0] is res else _new_term_table(res)


def _new_term_table(res: LanguageResources) -> dict[str, tuple[str, bool]]:
    table: dict[str, tuple[str, bool]] = {}
    _TERMS[res.code] = (res, table)
    return table


def term_of(res: LanguageResources, word: str) -> tuple[str, bool]:
    """``(stem, content word?)`` of one lower-case ``word``, as :func:`terms` treats it."""
    word = word.replace("’", "'")
    # (``isalpha`` answers most words at once; a word with marks or digits is read through.)
    content = word not in res.stopwords and (word.isalpha() or any(c.isalpha() for c in word))
    return res.stem(word), content


def cased_alike(text: str) -> bool:
    """Whether each word of ``text`` lower-cased alone is the same as in the lower-cased text:
    no capital sigma (its lower case depends on the letters around it), no lower case of
    another length (``İ``)."""
    # (ASCII text holds neither: told without lower-casing it.)
    return text.isascii() or ("\u03a3" not in text and len(text.lower()) == len(text))
