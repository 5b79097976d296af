"""Bylines' shape: a label (``By``, ``Author:``), the writers' names and an outlet.

Text-level knowledge both the parsers (which harvest an article's author and outlet) and the
quotes annotator (whose ``she said`` never points back to a writer) read: a line is a byline
when a label opens it and what follows is a list of personal names, perhaps with an outlet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from newsbrief.languages import Language, data_files, language, on_reload, supported
from newsbrief.languages.alphabets import CYRILLIC_CAPITALS

__all__ = [
    "BYLINE_LABEL",
    "SPACE",
    "UPPER",
    "author_names",
    "is_name_list",
    "is_outlet",
    "label_end",
    "labelled_byline",
    "split_names_outlet",
    "unlabelled_name_outlet",
]

#: A blank inside a byline's line (a pattern), and the capitals its names open with (the
#: body of a character class); the plain-text parser's byline patterns read them too.
SPACE = "[ \t\u00a0]"
UPPER = "A-Z" + CYRILLIC_CAPITALS

#: What separates an unlabelled byline's name from its outlet: ``Jane Doe / CNN``.
_NAME_OUTLET = re.compile(rf"{SPACE}*[/|]{SPACE}*")
#: A word of a personal name: capitalised, possibly hyphenated or abbreviated (``J.``).
_NAME_WORD = re.compile(rf"[{UPPER}][\w'’.-]{{0,30}}")


@attrs.frozen
class _Words:
    """The patterns built on every language's ``[bylines]`` words (a byline's language is not
    known when it is harvested)."""

    #: ``By``, ``Author:``, ``Автор:``... at the start of a byline.
    label: re.Pattern[str]
    #: What separates an author from an outlet: ``Tyler Durden / ZeroHedge``, ``Jane Doe | CNN``,
    #: ``Jane Doe for CNN``.
    outlet_separator: re.Pattern[str]
    #: What separates several authors (``,``, ``&``, ``and``).
    author_separator: re.Pattern[str]
    #: Lower-case particles inside names (``Ursula von der Leyen``).
    particles: frozenset[str]
    #: Words that make a trailing comma part of a byline an outlet rather than another author.
    outlet_words: re.Pattern[str]


def _alternation(phrases: frozenset[str]) -> str:
    # Longest first, a phrase's words apart by any blanks (``written  by``).
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(f"{SPACE}+".join(re.escape(w) for w in p.split()) for p in ordered)


def _byline_languages() -> list[Language]:
    # Only a data file naming the section can add to it: the others are not read (a language
    # read costs its CLDR calendar; the quotes annotator asks about bylines in English text).
    return [
        language(code)
        for code in supported()
        if any(b"bylines" in path.read_bytes() for path in data_files(code))
    ]


@functools.cache
def _words() -> _Words:
    languages = _byline_languages()

    def every(key: str) -> frozenset[str]:
        return frozenset().union(*(lang.words("bylines", key) for lang in languages))

    conjunctions = "|".join(rf"\b{re.escape(w)}\b" for w in sorted(every("author_conjunctions")))
    return _Words(
        label=re.compile(rf"(?:{_alternation(every('labels'))}){SPACE}*:?{SPACE}+", re.I),
        outlet_separator=re.compile(
            rf"{SPACE}*[/|]{SPACE}*"
            rf"|{SPACE}+(?:{_alternation(every('outlet_prepositions'))}){SPACE}+"
        ),
        author_separator=re.compile(rf"{SPACE}*(?:,|&|{conjunctions}){SPACE}*"),
        particles=every("name_particles"),
        outlet_words=re.compile(rf"\b(?:{_alternation(every('outlet_words'))})\b", re.I),
    )


on_reload(_words.cache_clear)


@functools.cache
def _page_label(code: str) -> re.Pattern[str] | None:
    """The labels a page in the language ``code`` opens a byline with: its own and English's
    (wires and international sites write ``By``); ``None`` when its data file has no
    ``[bylines]`` (every language's labels are read then, as for a text of unknown language).
    Another language's label is a word of this one: ``Door County``, ``Par For The Course``
    on an English page, ``Von Miller`` on a French one."""
    languages = {lang.code: lang for lang in _byline_languages()}
    if code not in languages:
        return None
    labels = languages[code].words("bylines", "labels")
    if "en" in languages:
        labels = labels | languages["en"].words("bylines", "labels")
    return re.compile(rf"(?:{_alternation(frozenset(labels))}){SPACE}*:?{SPACE}+", re.I)


on_reload(_page_label.cache_clear)


class _Label:
    """:data:`BYLINE_LABEL`: the label pattern, built from the language data on first use (not
    on import: every language is read)."""

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """The label at ``string[pos:]``, as :meth:`re.Pattern.match`."""
        return _words().label.match(string, pos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """``string`` with labels replaced, as :meth:`re.Pattern.sub`."""
        return _words().label.sub(repl, string, count=count)


#: ``By``, ``Author:``, ``Автор:``... at the start of a byline (``[bylines] labels`` of every
#: language's data file).
BYLINE_LABEL = _Label()


def label_end(
    line: str, pos: int = 0, language: str | None = None, *, field: bool = False
) -> int | None:
    """Where the byline label at ``line[pos:]`` ends (``By``, ``Von``, ``Autor:``), or ``None``
    when none opens it there. With a page's ``language`` known, only its labels and English's
    count. A label that is also a name particle (``von``, ``di``) before a one-word name is
    the start of a surname, no label: ``Von Trapp``, ``Di Maio e Salvini`` (``Von Jana
    Keller``, ``Di Giulia Conti`` are bylines). In an author ``field`` (a page's author
    metadata, which names people and may put the surname first: ``Di Maio Luigi``) such a
    word is always the start of a surname."""
    pattern = (_page_label(language) if language else None) or _words().label
    found = pattern.match(line, pos)
    if found is None:
        return None
    label = found.group().strip(" \t\u00a0:").lower()
    if ":" not in found.group() and label in _words().particles:
        if field:
            return None
        body = line[found.end() : found.end() + _FIRST_NAME_CHARS]
        first = _words().author_separator.split(_words().outlet_separator.split(body)[0])[0]
        if _name_words(first) < 2:
            return None
    return found.end()


#: How far a byline's first name is looked for after a label (a name is a few words).
_FIRST_NAME_CHARS = 80


def _name_words(name: str) -> int:
    # The words of a name but its particles: ``der Leyen`` has one.
    particles = _words().particles
    return sum(1 for word in name.split() if word.lower() not in particles)


def author_names(text: str) -> list[str]:
    """The names an author field lists, one each: split at ``;``, ``,``, ``&`` and every
    language's ``and`` (``Claire Morel et Hugo Blanc``, ``Jana Keller und Timo Brandt``)."""
    return [
        name
        for part in text.split(";")
        for name in _words().author_separator.split(part.strip())
        if name
    ]


def is_name_list(text: str) -> bool:
    """Whether ``text`` reads as one or more personal names (``Jane Doe and John Roe``)."""
    # The names read one at a time, up to the first that is none or the seventh: a label word
    # opening a sentence (``By November 3, 7,114 homes ...``) is answered at its first comma,
    # not after splitting the whole line (the separator is tried at every offset).
    count = 0
    for name in _parts(_words().author_separator, text):
        if name:
            count += 1
            if count > _MAX_NAMES or not _is_name(name):
                return False
    return count > 0


#: The most names a list of names holds.
_MAX_NAMES = 6


def _parts(separator: re.Pattern[str], text: str) -> Iterator[str]:
    """``separator.split(text)``, one part at a time (``separator`` has no group and matches
    no empty string)."""
    start = 0
    for found in separator.finditer(text):
        yield text[start : found.start()]
        start = found.end()
    yield text[start:]


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    particles = _words().particles
    capitalised = [word for word in words if word.lower() not in particles]
    # A word twice about a particle is an idiom, no name: ``Von Tür zu Tür``, ``Von Jahr zu
    # Jahr`` (``zu`` being a particle of ``Karl-Theodor zu Guttenberg``).
    repeated = len({word.lower() for word in capitalised}) < len(capitalised)
    return (
        bool(capitalised)
        and not repeated
        and all(_NAME_WORD.fullmatch(word) for word in capitalised)
    )


def is_outlet(text: str) -> bool:
    """Whether ``text`` could be an outlet's name: a few words, the first capitalised."""
    words = text.split()
    return 1 <= len(words) <= 6 and (words[0][0].isupper() or words[0][0].isdigit())


def split_names_outlet(body: str) -> tuple[str, str | None] | None:
    """The writers' names and the outlet of a byline's words after its label (``Jane Doe /
    CNN``, ``Jane Doe and John Roe, Associated Press``), or ``None`` when the names are no
    list of personal names or the outlet no outlet's name."""
    body = body.strip().rstrip(".")
    parts = _words().outlet_separator.split(body, maxsplit=1)
    names, outlet = parts[0].strip(), (parts[1].strip() if len(parts) == 2 else None)
    if outlet is None and "," in names:
        head, _, tail = names.rpartition(",")
        if _words().outlet_words.search(tail):
            names, outlet = head.strip(), tail.strip()
    if not is_name_list(names) or (outlet is not None and not is_outlet(outlet)):
        return None
    return names, outlet or None


def labelled_byline(
    line: str, pos: int = 0, language: str | None = None
) -> tuple[str, str | None] | None:
    """The names and outlet of a byline opening with its label at ``line[pos:]`` (``By JANE
    DOE and JOHN ROE Associated Press``), or ``None`` when ``line`` is none (a page's
    ``language``, when known, as :func:`label_end` reads it)."""
    end = label_end(line, pos, language)
    if end is None:
        return None
    return split_names_outlet(line[end:])


def unlabelled_name_outlet(line: str) -> tuple[str, str] | None:
    """``Name Surname / Outlet`` with no label: the name and the outlet when both halves look
    the part (no separator: no byline)."""
    if "/" not in line and "|" not in line:
        return None
    parts = _NAME_OUTLET.split(line)
    if (
        len(parts) == 2
        and len(parts[0].split()) >= 2
        and is_name_list(parts[0])
        and is_outlet(parts[1])
        and len(parts[1].split()) <= 3
    ):
        return parts[0], parts[1]
    return None
