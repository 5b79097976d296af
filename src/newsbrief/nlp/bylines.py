"""Bylines' shape: a label (``By``, ``Author:``), the writers' names and an outlet.

Text-level knowledge both the parsers (which harvest an article's author and outlet) and the
quotes annotator (whose ``she said`` never points back to a writer) read: a line is a byline
when a label opens it and what follows is a list of personal names, perhaps with an outlet.
"""

from __future__ import annotations

import re

__all__ = [
    "BYLINE_LABEL",
    "is_name_list",
    "is_outlet",
    "labelled_byline",
    "split_names_outlet",
    "unlabelled_name_outlet",
]

_SPACE = "[ \t\u00a0]"
_UPPER = "A-ZА-ЯІЇЄҐ"

#: ``By``, ``Author:``, ``Автор:``... at the start of a byline.
BYLINE_LABEL = re.compile(
    rf"(?:written{_SPACE}+by|reporting{_SPACE}+by|by|authors?|автори?|авторы|текст)"
    rf"{_SPACE}*:?{_SPACE}+",
    re.I,
)
#: What separates an author from an outlet: ``Tyler Durden / ZeroHedge``, ``Jane Doe | CNN``.
_OUTLET_SEPARATOR = re.compile(rf"{_SPACE}*[/|]{_SPACE}*|{_SPACE}+(?:for|для){_SPACE}+")
#: What separates an unlabelled byline's name from its outlet: ``Jane Doe / CNN``.
_NAME_OUTLET = re.compile(rf"{_SPACE}*[/|]{_SPACE}*")
#: What separates several authors.
_AUTHOR_SEPARATOR = re.compile(rf"{_SPACE}*(?:,|&|\band\b|\bі\b|\bи\b|\bта\b){_SPACE}*")
#: A word of a personal name: capitalised, possibly hyphenated or abbreviated (``J.``).
_NAME_WORD = re.compile(rf"[{_UPPER}][\w'’.-]{{0,30}}")
#: Lower-case particles inside names (``Ursula von der Leyen``).
_PARTICLES = frozenset(
    {"van", "von", "der", "de", "da", "di", "del", "la", "le", "bin", "al", "ibn"}
)
#: Words that make a trailing comma part of a byline an outlet rather than another author.
_OUTLET_WORDS = re.compile(
    r"\b(?:press|news|reuters|afp|ap|times|post|agency|journal|herald|tribune|telegraph|bbc|cnn|"
    r"bloomberg|observer|guardian|gazette|daily|radio|tv|media|wire|service)\b",
    re.I,
)


def is_name_list(text: str) -> bool:
    """Whether ``text`` reads as one or more personal names (``Jane Doe and John Roe``)."""
    names = [name for name in _AUTHOR_SEPARATOR.split(text) if name]
    return bool(names) and len(names) <= 6 and all(_is_name(name) for name in names)


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    capitalised = [word for word in words if word.lower() not in _PARTICLES]
    return bool(capitalised) and all(_NAME_WORD.fullmatch(word) for word in capitalised)


def is_outlet(text: str) -> bool:
    """Whether ``text`` could be an outlet's name: a few words, the first capitalised."""
    words = text.split()
    return 1 <= len(words) <= 6 and (words[0][0].isupper() or words[0][0].isdigit())


def split_names_outlet(body: str) -> tuple[str, str | None] | None:
    """The writers' names and the outlet of a byline's words after its label (``Jane Doe /
    CNN``, ``Jane Doe and John Roe, Associated Press``), or ``None`` when the names are no
    list of personal names or the outlet no outlet's name."""
    body = body.strip().rstrip(".")
    parts = _OUTLET_SEPARATOR.split(body, maxsplit=1)
    names, outlet = parts[0].strip(), (parts[1].strip() if len(parts) == 2 else None)
    if outlet is None and "," in names:
        head, _, tail = names.rpartition(",")
        if _OUTLET_WORDS.search(tail):
            names, outlet = head.strip(), tail.strip()
    if not is_name_list(names) or (outlet is not None and not is_outlet(outlet)):
        return None
    return names, outlet or None


def labelled_byline(line: str, pos: int = 0) -> tuple[str, str | None] | None:
    """The names and outlet of a byline opening with its label at ``line[pos:]`` (``By JANE
    DOE and JOHN ROE Associated Press``), or ``None`` when ``line`` is none."""
    label = BYLINE_LABEL.match(line, pos)
    if label is None:
        return None
    return split_names_outlet(line[label.end() :])


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
