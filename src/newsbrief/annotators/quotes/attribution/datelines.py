"""Datelines opening an article's first paragraphs (``SEATTLE (AP) —``) and its bylines (``By
JANE DOE and JOHN ROE Associated Press``): the story's furniture, never a speaker.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.languages import language, normalize, on_reload, supported
from newsbrief.languages.alphabets import LATIN_CAPITALS
from newsbrief.nlp.bylines import label_end, labelled_byline

__all__ = ["after_dateline", "byline_spans", "dateline_spans", "inside"]

# A dateline opening a paragraph: a place in capitals, perhaps a state, a date, a wire credit in
# brackets or slashes, then a dash (``MONTPELIER, Vt. (AP) —``, ``BOSTON, April 2, 2025
# /PRNewswire/ --``).
_DATELINE = re.compile(
    r"[ \t\u00a0]*[A-Z][A-Z.'’\-]*(?:[ \u00a0][A-Z][A-Z.'’\-]*){0,3}"
    r"(?:,[ \u00a0][^\n—–()/]{1,30}?)?[ \u00a0]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?"
    r"[ \u00a0]*(?:—|–|--?)[ \u00a0]"
    # (or AFP's: the place as written, its country perhaps, then the agency in capitals:
    # ``Paris (AFP) -``, ``Kandy (Sri Lanka) (AFP) -``)
    rf"|[ \t\u00a0]*(?P<place>[{LATIN_CAPITALS}][\w.'’\-]*"
    rf"(?:[ \u00a0][{LATIN_CAPITALS}][\w.'’\-]*){{0,2}})"
    r"(?:[ \u00a0]\([^()\n]{1,30}\))?[ \u00a0]\([A-Z]{2,8}\)[ \u00a0]*(?:—|–|--?)[ \u00a0]"
)


#: Only the first paragraphs of an article may open with a dateline.
_DATELINE_PARAGRAPHS = 3


def dateline_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the datelines opening the first paragraphs of ``text``."""
    found = []
    for start, end in paragraphs[:_DATELINE_PARAGRAPHS]:
        words = after_dateline(text, start, end)
        if words > start:
            found.append((start, words))
    return found


#: Only the first paragraphs of an article hold its byline (after the headline, a date line).
_BYLINE_PARAGRAPHS = 8
#: A byline is one short line (longer lines are the story's sentences).
_BYLINE_LENGTH = 160


@functools.lru_cache(maxsize=64)
def _line_labels(code: str | None) -> tuple[str, ...]:
    """The openings of a byline line of its own, its label capitalised or in capitals: the
    ``[bylines] line_labels`` of English (wires write ``By ``, ``BY ``) and of the language
    ``code`` (``Por ``, ``Par ``)."""
    # (:func:`language` reads any code, and gives no words for one it has no file of)
    words = {w for c in ("en", code) for w in language(c).words("bylines", "line_labels")}
    return tuple(f"{form} " for word in sorted(words) for form in (word.capitalize(), word.upper()))


on_reload(_line_labels.cache_clear)


def byline_spans(
    text: str, paragraphs: Sequence[tuple[int, int]], language: str | None = None
) -> list[tuple[int, int]]:
    """``(start, end)`` of the byline lines among the first paragraphs of ``text`` (``By JANE
    DOE and JOHN ROE Associated Press``, ``By Jane Doe, TNN | Nov 26, 2026``; in ``language``,
    its label and a colon: ``Текст: Ірина Ковальчук``): the writers' names, which a ``she
    said`` never points back to."""
    found = []
    # (Normalised first, as :func:`credit_spans` does: a declared string of any form is one
    # language's key, not a Language built and cached for each.)
    labels = _line_labels(normalize(language) if language and len(language) <= 100 else None)
    for start, end in paragraphs[:_BYLINE_PARAGRAPHS]:
        line_start = start
        while line_start < end:
            line_end = text.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            line = text[line_start:line_end].strip()
            following = text[line_end:end].lstrip()
            if (
                # A capitalised label, a line of its own: ``by Linda Okafor and`` wrapped from
                # the line before, or ``By Tuesday Okafor and Reid`` going on in lower case on
                # the line after, is a sentence of the story.
                not following[:1].islower()
                and len(line) <= _BYLINE_LENGTH
                and line[-1:] not in ".!?"
                and (
                    (line.startswith(labels) and labelled_byline(line) is not None)
                    # (``Текст: Ірина Ковальчук, фото: Петро Гуменюк``: a label and its colon
                    # open a line of credits, however its names are listed)
                    or _colon_label(line, language)
                )
            ):
                found.append((line_start, line_end))
            line_start = line_end + 1
    return found


def _colon_label(line: str, language: str | None) -> bool:
    """Whether ``line`` opens with a byline label of ``language`` and its colon (``Текст:``,
    ``Автор:``); without the colon the word may open a sentence (``Автор дубля зізнався``)."""
    if not language or len(language) > 100:
        return False
    end = label_end(line, 0, normalize(language))
    return end is not None and ":" in line[:end]


@functools.lru_cache(maxsize=64)
def _credit(code: str) -> re.Pattern[str]:
    """A picture's credit in English or the language ``code``, from their ``[page]`` words:
    ``Photo by Ann Roe/Agency`` (a caption word and its ``by``), ``Credit: Ann Roe / The Sun``
    (a caption label), ``(FILE PHOTO / Ann Roe)``, ``Photograph: Ann Roe/AP`` (a credit label
    before a slash or colon); the name runs to a slash, a bracket, a comma or the line's end, a
    few words at most. (English beside the story's language: wires credit in English; two
    languages, not all: the pattern is tried at every word of every article.)"""
    pages = [language(c).page for c in dict.fromkeys(("en", code)) if c in supported()]

    def alternation(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    openers = {w for page in pages for w in page.caption_words | page.caption_labels}
    openers |= {w for page in pages for w in page.credit_labels}
    nouns = alternation({w for page in pages for w in page.caption_words})
    by = alternation({w for page in pages for w in page.caption_by})
    labels = alternation({w for page in pages for w in page.caption_labels})
    credits = alternation({w for page in pages for w in page.credit_labels})
    # The first letters every opening word starts with, tested before the alternation: most
    # positions of a text fail on this one class (3x faster; the same matches, the class being
    # read case-insensitively as the words are).
    first = "".join(sorted({re.escape(w[0]) for w in openers if w}))
    return re.compile(
        rf"\b(?=[{first}])(?:(?:{nouns})s?[ \u00a0]+(?:{by})\b|(?:{labels})[ \u00a0]*:"
        rf"|(?:{credits})[ \u00a0]*[/:])[ \u00a0]*"
        r"(?P<name>[^()\n/|,.]{1,60})",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=64)
def _credit_openers(code: str) -> tuple[str, ...] | None:
    """The words a credit of :func:`_credit` opens with, lower-cased, when they are all ASCII
    (English's are): then a match starts only where the lower-cased text spells one of them.
    ``None`` otherwise (the text is scanned)."""
    pages = [language(c).page for c in dict.fromkeys(("en", code)) if c in supported()]
    words = {
        w.lower()
        for page in pages
        for w in page.caption_words | page.caption_labels | page.credit_labels
    }
    if not words or "" in words or not all(w.isascii() for w in words):
        return None
    # A word opening with another is found where the shorter is (``photograph`` at ``photo``).
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


on_reload(_credit.cache_clear)
on_reload(_credit_openers.cache_clear)


def credit_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the photographers' names in the picture credits of ``text`` (in
    English or ``language``): no one a ``he said`` points back to (they took a picture; the
    story never quotes them)."""
    code = normalize(language) if language and len(language) <= 100 else "en"
    found = [match.span("name") for match in itertools.islice(_credits(text, code), _CREDITS)]
    if "©" in text:
        copyrights = itertools.islice(_COPYRIGHT.finditer(text), _CREDITS)
        found = sorted({*found, *(match.span("name") for match in copyrights)})
    return found


#: A copyright sign before a name (``© Ann Roe``, ``©Ann Roe/AFP``), in any language: a
#: picture's credit.
_COPYRIGHT = re.compile(r"©[ \u00a0]*(?P<name>[^()\n/|,.©]{1,60})")


def _credits(text: str, code: str) -> Iterator[re.Match[str]]:
    """:func:`_credit`'s matches in ``text``, as its ``finditer`` finds them. The pattern is
    tried only where the lower-cased text spells an opening word (most texts spell none): a
    scan tried it at every word, a third of the time of the quotations' attributor. The
    engine matches ASCII letters case-insensitively as lower-casing reads them, save ``ı`` and
    ``ſ`` (which it takes for ``i`` and ``s``); a text holding either, or whose lower case
    changes its length (``İ``), is scanned."""
    pattern = _credit(code)
    openers = _credit_openers(code)
    lower = text.lower()
    if openers is None or len(lower) != len(text) or "ı" in text or "ſ" in text:
        yield from pattern.finditer(text)
        return
    places: list[int] = []
    for word in openers:
        at = lower.find(word)
        while at >= 0:
            if len(places) == _PLACES_TRIED:
                # A text of many opening words (a hostile one): the scan is faster there.
                yield from pattern.finditer(text)
                return
            places.append(at)
            at = lower.find(word, at + 1)
    end = 0
    for at in sorted(set(places)):
        if at < end:
            continue  # inside the last match, as ``finditer`` goes on from its end
        match = pattern.match(text, at)
        if match is not None:
            yield match
            end = match.end()


#: Places tried at most, where opening words are spelt (an article has a handful).
_PLACES_TRIED = 256


#: Credits read per article at most (a bound: every mention is looked up in them).
_CREDITS = 32


#: A kicker is one short line (a headline of capitals runs longer and may quote).
_KICKER_LENGTH = 40


def kicker_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of a kicker opening ``text``: a short first line of capitals with no
    quotation (a tabloid's ``LUCKY STRIKE`` over its headline), a label no ``she said`` points
    back to even when the entity annotator reads it as a name."""
    if not paragraphs:
        return []
    start, end = paragraphs[0]
    line = text[start:end].strip()
    if (
        "\n" in line
        or len(line) > _KICKER_LENGTH
        or not any(c.isalpha() for c in line)
        or line != line.upper()
        or any(c in _QUOTE_CHARACTERS for c in line)
    ):
        return []
    return [(start, end)]


#: Marks that open a headline's quotation (``'WE WILL FIGHT ON' SAYS ROE``): no kicker.
_QUOTE_CHARACTERS = frozenset("\"'“”‘’«»")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the words of a sentence starting at ``start`` begin, past a dateline
    (``SEATTLE (AP) —``)."""
    match = _DATELINE.match(text, start, end)
    if match is None or sum(c.isupper() for c in match.group(0)) < 2:
        return start
    place = match.group("place")
    if place is not None and (text.startswith(_QUOTE_OPENERS, match.end()) or _person_named(place)):
        # ``Olaf Scholz (SPD) - "..."``: a person and a party's initials before a quotation,
        # no place and agency as AFP writes them.
        return start
    return match.end()


#: Marks opening a quotation right after a dash (a person's words, no dateline's sentence).
_QUOTE_OPENERS = ('"', "“", "«", "„", "‘", "'")


def _person_named(words: str) -> bool:
    """Whether ``words`` (a place as written, in AFP's dateline) read as a person's name: a
    first name and more words, no place the gazetteer knows (``Xavier Bertrand``, not ``Le
    Mans`` or ``Santiago de Chile``)."""
    first, _, rest = words.partition(" ")
    return (
        bool(rest)
        and words not in gz.PLACES
        and gz.first_name_gender(first) not in (None, "unknown")
    )


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of the ``(start, end)`` ``spans``."""
    return any(start <= position < end for start, end in spans)
