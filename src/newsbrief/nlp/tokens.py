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
import unicodedata

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


def _is_unspaced_letter(point: int) -> bool:
    category = unicodedata.category(chr(point))
    return category[0] == "L" or category == "Nl"


@functools.cache
def _code_points() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The combining marks, and the letters of scripts without spaces (sorted code points)."""
    category = unicodedata.category
    marks = tuple(
        point
        for low, high in _MARK_PLANES
        for point in range(low, high + 1)
        if category(chr(point))[0] == "M"
    )
    unspaced = tuple(
        point
        for low, high in _UNSPACED_BLOCKS
        for point in range(low, high + 1)
        if _is_unspaced_letter(point)
    )
    return marks, unspaced


def _class(points: tuple[int, ...]) -> str:
    """The body of a character class matching exactly ``points`` (sorted)."""
    parts = []
    start = previous = None
    for point in (*points, None):
        if start is not None and point == previous + 1:  # type: ignore[operator]
            previous = point
            continue
        if start is not None:
            parts.append(f"\\U{start:08x}" + (f"-\\U{previous:08x}" if previous != start else ""))
        start = previous = point
    return "".join(parts)


def _bmp(points: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(p for p in points if p < 0x10000)


def _astral(points: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(p for p in points if p >= 0x10000)


_MARKS, _UNSPACED = _code_points()
_JOIN = f"[{re.escape(JOINERS)}]"
#: A letter of a script without spaces (each is a word).
UNSPACED_LETTER = re.compile(f"[{_class(_UNSPACED)}]")
#: A combining mark.
MARK = re.compile(f"[{_class(_MARKS)}]")
#: A character of a run word: ``\\w`` or a mark, but not an :data:`UNSPACED_LETTER`.
RUN_CHARACTER = re.compile(f"(?![{_class(_UNSPACED)}])[\\w{_class(_MARKS)}]")
_RUN = f"(?:(?![{_class(_UNSPACED)}])[\\w{_class(_MARKS)}])+"
#: What a word is (the module docstring says it in words): :func:`words` finds its matches.
DEFINITION: re.Pattern[str] = re.compile(
    f"[{_class(_UNSPACED)}][{_class(_MARKS)}]*|{_RUN}(?:{_JOIN}{_RUN})*"
)
#: The pattern :func:`words` matches (kept under its former name).
WORD_PATTERN = DEFINITION

# The fast path: ``\w`` plus the marks of the BMP, in one class ``re`` checks by table.
_BMP_RUN = f"[\\w{_class(_bmp(_MARKS))}]+"
_FAST = re.compile(f"{_BMP_RUN}(?:{_JOIN}{_BMP_RUN})*")
# The same two patterns as one capturing group, for :func:`split_words`.
_SPLIT = {pattern: re.compile(f"({pattern.pattern})") for pattern in (DEFINITION, _FAST)}
# In ASCII text the same words: the ASCII word characters and joiners (a smaller class, and
# no scan for the characters the fast path gets wrong).
_ASCII = re.compile(r"[A-Za-z0-9_]+(?:['\-][A-Za-z0-9_]+)*")
_SPLIT_ASCII = re.compile(f"({_ASCII.pattern})")
# Characters the fast path gets wrong: unspaced letters of the BMP at once, astral
# characters one by one (an astral class makes ``re`` test ranges character by character).
_SLOW_HINT = re.compile(f"[{_class(_bmp(_UNSPACED))}]|[\\U00010000-\\U{sys.maxunicode:08x}]")
_ASTRAL_SPECIAL = re.compile(f"[{_class(_astral(_MARKS))}{_class(_astral(_UNSPACED))}]")


def _pattern_for(text: str) -> re.Pattern[str]:
    """The fast pattern when it finds the same words in ``text`` as :data:`DEFINITION`."""
    if text.isascii():
        return _ASCII
    for hint in _SLOW_HINT.finditer(text):
        if hint.group() < "\U00010000" or _ASTRAL_SPECIAL.match(hint.group()):
            return DEFINITION
    return _FAST


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
    return _SPLIT[_pattern_for(text)].split(text)


def count_words(text: str) -> int:
    """How many words ``text`` has (what word budgets count)."""
    return len(_pattern_for(text).findall(text))


def terms(text: str, language: str | None = None, *, keep_stopwords: bool = False) -> list[str]:
    """Lower-cased, stemmed content words of ``text`` for ``language``.

    Stop words and tokens without a letter are dropped unless ``keep_stopwords``.
    """
    res = resources(language)
    found = words(text.lower())
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
    content = word not in res.stopwords and any(c.isalpha() for c in word)
    return res.stem(word), content


def cased_alike(text: str) -> bool:
    """Whether each word of ``text`` lower-cased alone is the same as in the lower-cased text:
    no capital sigma (its lower case depends on the letters around it), no lower case of
    another length (``İ``)."""
    # (ASCII text holds neither: told without lower-casing it.)
    return text.isascii() or ("\u03a3" not in text and len(text.lower()) == len(text))
