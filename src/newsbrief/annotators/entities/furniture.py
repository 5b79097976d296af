"""Page furniture is no name (issue 16): what a scraped page carries around its article.

A region's candidates (:func:`refused`, applied by the chunker to each region it reads) lose

* a candidate that is a furniture phrase as a whole (``Advertisement``, ``SKIP ADVERTISEMENT``,
  ``Copyright``), and a caption credit's last word (``AP Photo`` keeps ``AP``);
* a candidate made of calendar words only: a weekday, or month and weekday abbreviations
  before a day number (an update stamp's ``Thu December 3``);
* a time-zone abbreviation after a clock time (``6:10 AM CST``);
* every candidate of a short line in capitals whose words are all section-label or stop words
  (``UK POLITICS``, ``SCIENCE & ENVIRONMENT``), and one label word in capitals before a full
  stop or a separator, after a separator, inside a line (``08h40 · SPORT. Le club ...``,
  ``CULTURE & MÉDIAS — La Lettre``), unless it has two or three letters (``US``).

The words are the language's (``[page]`` of its data file, :mod:`newsbrief.languages.page`, which
the plain-text parser's noise filter reads too; calendar words from CLDR), so a language without
them loses nothing. Only the region's own text is read: the chunker replays a region's findings
wherever the same text recurs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import attrs

from newsbrief.languages import language, on_reload
from newsbrief.nlp.candidates import TEXT, CandidateFields, with_fields

__all__ = ["Furniture", "furniture_for", "refused"]

#: A candidate as the chunker reads a region: ``(start, end, fields)``, and whether the text
#: after it decides its type.
_Read = tuple[tuple[int, int, CandidateFields], bool]

#: A clock time just before a candidate (``9:14 AM``, ``08.10``, ``5:48 p.m.,``, ``11 h 00``).
_CLOCK_BEFORE = re.compile(
    r"\d{1,2}(?:[:.]|[ \u00a0]?h[ \u00a0]?)\d{2}(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?,?[ \u00a0]+$"
)
#: A day number after a candidate (``Thu December 3``, ``Thu 3 Dec``, ``Thu, Dec. 3``).
_DAY_AFTER = re.compile(r",?[ \u00a0]+(?:[^\W\d_]{3,9}\.?[ \u00a0]+)?\d{1,2}\b")
#: The words of a section label and what may stand between them (``SPORT | FOOTBALL``).
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_LABEL_GLUE = re.compile(r"[\s&|/:\-–—,]*")
#: What follows a section's label word in capitals inside a line: a full stop before a
#: space, or a separator between spaces (``SPORT. Le``, ``MÉDIAS — La``, ``SPORT | FOOT``).
_LABEL_END = re.compile(r"\.(?=[ \u00a0])|[ \u00a0]+[&|/·—–-](?=[ \u00a0])")
#: What precedes such a word: a separator and a space (``· SPORT``, ``CULTURE & MÉDIAS``); a
#: place's name in a headline follows a word (``TALKS IN EUROPE.``).
_LABEL_BEFORE = re.compile(r"[·&|/—–-][ \u00a0]+$")
#: Fewest letters of a label word read so inside a line (``US`` and ``UK`` are places).
_LABEL_LETTERS = 4
#: Section labels are short (``LATIN AMERICA``, ``ARTS | EXHIBITION REVIEW``).
_LABEL_WORDS = 4


@attrs.frozen
class Furniture:
    """One language's words for page furniture, lower-case."""

    #: Whole phrases that are no name (``advertisement``, ``skip advertisement``).
    phrases: frozenset[str] = frozenset()
    #: Last words of a caption credit (``photo``).
    credits: frozenset[str] = frozenset()
    #: Time-zone abbreviations (``cst``).
    zones: frozenset[str] = frozenset()
    #: Words of section labels (``politics``, ``sport``), and labels of several words, read
    #: only as a whole (``última hora``, ``à la une``), longest first.
    labels: frozenset[str] = frozenset()
    label_phrases: tuple[tuple[str, ...], ...] = ()
    #: Full weekday names (CLDR): never a name. Their abbreviations (``Sun``, ``Wed``) are
    #: only beside a day number (``The Sun`` is a newspaper).
    weekdays: frozenset[str] = frozenset()
    #: Month and weekday names and abbreviations.
    calendar: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        """Whether nothing here is refused (no furniture words and no calendar)."""
        return not (
            self.phrases
            or self.credits
            or self.zones
            or self.labels
            or self.label_phrases
            or self.calendar
        )


@cache
def furniture_for(code: str | None) -> Furniture:
    """The furniture words of language ``code`` (English when ``None``)."""
    lang = language(code or "en")
    page = lang.page
    return Furniture(
        # Advert lines and related-article labels are no name either (listed once, in their
        # own lists); a label with a slot (``more on {words}``) is no phrase.
        phrases=page.furniture_words
        | page.adverts
        | frozenset(" ".join(p.split()) for p in page.related if "{" not in p),
        credits=page.credit_words,
        zones=page.time_zones,
        labels=frozenset(label for label in page.section_labels if " " not in label),
        label_phrases=tuple(
            sorted(
                (tuple(label.split()) for label in page.section_labels if " " in label),
                key=lambda words: -len(words),
            )
        ),
        weekdays=frozenset(lang.weekdays),
        calendar=frozenset(lang.all_weekdays) | frozenset(lang.all_months),
    )


on_reload(furniture_for.cache_clear)


def refused(
    text: str,
    start: int,
    end: int,
    here: list[_Read],
    stopwords: frozenset[str],
    code: str | None,
) -> list[_Read]:
    """``here``, the candidates of ``text[start:end]``, without page furniture (module docs)."""
    if not here:
        return here
    words = furniture_for(code)
    if words.empty:
        return here
    if (words.labels or words.label_phrases) and _section_label(text, start, end, words, stopwords):
        return []
    plain = _plain_names(code)
    kept: list[_Read] = []
    for read in here:
        name = read[0][2][TEXT]
        # Most names recur and are no furniture whatever the text around them says: those
        # are kept by one look-up (the tests below read the name's words each time).
        if name in plain:
            kept.append(read)
        elif _furniture_free(name, words):
            if len(plain) >= _PLAIN_NAMES_LIMIT:
                plain.clear()
            plain.add(name)
            kept.append(read)
        else:
            kept.extend(_kept(text, start, read, words))
    return kept


#: Names :func:`_furniture_free` passed, by language (emptied when one holds this many).
_PLAIN_NAMES: dict[str | None, set[str]] = {}
_PLAIN_NAMES_LIMIT = 1 << 15
# (A language data file reloaded may add furniture words.)
on_reload(_PLAIN_NAMES.clear)


def _plain_names(code: str | None) -> set[str]:
    """The names of language ``code`` already found furniture-free (:data:`_PLAIN_NAMES`)."""
    found = _PLAIN_NAMES.get(code)
    if found is None:
        found = _PLAIN_NAMES[code] = set()
    return found


def _furniture_free(name: str, words: Furniture) -> bool:
    """Whether :func:`_kept` keeps a candidate named ``name`` as it is wherever it stands: no
    furniture phrase, credit or time zone, and not calendar words only (whether those are
    refused depends on the text around them)."""
    lower = name.lower()
    if lower in words.phrases or lower in words.zones:
        return False
    if _label_word(name, lower, words):
        return False  # (``SPORT.``: a section's label, by what follows it)
    parts = lower.split()
    if len(parts) > 1 and parts[-1] in words.credits:
        return False
    calendar = words.calendar
    return not (
        calendar
        and (not parts or parts[0].rstrip(".") in calendar)
        and all(p.rstrip(".") in calendar for p in parts)
    )


def _label_word(name: str, lower: str, words: Furniture) -> bool:
    """Whether ``name`` is one section label's word in capitals, long enough to be no place's
    abbreviation (``SPORT``, ``MÉDIAS``; not ``US``)."""
    return len(name) >= _LABEL_LETTERS and lower in words.labels and name.isupper()


def _kept(text: str, start: int, read: _Read, words: Furniture) -> Iterable[_Read]:
    (s, e, fields), _ = read
    name: str = fields[TEXT]
    lower = name.lower()
    if lower in words.phrases:
        return ()
    parts = lower.split()
    # Calendar words only: a weekday is no name; a month (``May``, ``August``) or an
    # abbreviation (``Sun``) is one only beside no day number.
    calendar = words.calendar
    if (
        calendar
        # (the first word first: most names hold no calendar word, and need no generator)
        and (not parts or parts[0].rstrip(".") in calendar)
        and all(p.rstrip(".") in calendar for p in parts)
        and (any(p.rstrip(".") in words.weekdays for p in parts) or _DAY_AFTER.match(text, e))
    ):
        return ()
    if (
        lower in words.zones
        and name.isupper()
        and _CLOCK_BEFORE.search(text, max(start, s - 16), s) is not None
    ):
        return ()
    if (
        _label_word(name, lower, words)
        and _LABEL_END.match(text, e)
        and _LABEL_BEFORE.search(text, max(start, s - 4), s)
    ):
        # ``08h40 · SPORT. Le club ...``, ``CULTURE & MÉDIAS — La Lettre``: a label
        # word in capitals before a full stop or a separator heads a brief or a page
        return ()
    if len(parts) > 1 and parts[-1] in words.credits:
        # ``AP Photo``: the credited agency, without the credit's word.
        cut = name.rfind(" ")
        trimmed = with_fields(
            fields,
            text=name[:cut],
            type="organisation",
            canonical=None,
            evidence=False,
            role=None,
            gender=None,
        )
        return (((s, s + cut, trimmed), False),)
    return (read,)


def _section_label(
    text: str, start: int, end: int, words: Furniture, stopwords: frozenset[str]
) -> bool:
    """Whether ``text[start:end]`` is a section label: at most four words, in capitals, each
    one a label word (or in a label phrase) or a stop word and one at least a label word,
    nothing else but spaces and separators between them."""
    piece = text[start:end].strip()
    if not piece or not piece.isupper():
        return False
    found = list(_LABEL_WORD.finditer(piece))
    if not found or len(found) > _LABEL_WORDS:
        return False
    at = 0
    for match in found:
        if _LABEL_GLUE.fullmatch(piece, at, match.start()) is None:
            return False
        at = match.end()
    if _LABEL_GLUE.fullmatch(piece, at) is None:
        return False
    lowered = [m.group().lower().rstrip(".") for m in found]
    labelled = [w in words.labels for w in lowered]
    for phrase in words.label_phrases:
        for at in range(len(lowered) - len(phrase) + 1):
            if tuple(lowered[at : at + len(phrase)]) == phrase:
                labelled[at : at + len(phrase)] = [True] * len(phrase)
    return all(mark or w in stopwords for mark, w in zip(labelled, lowered, strict=True)) and any(
        labelled
    )
