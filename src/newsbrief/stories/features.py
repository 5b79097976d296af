"""What story grouping compares: content terms and the names, places, dates and numbers.

Two outlets rarely tell one event in the same words, but they name the same people, places and
days. Names are read from capitalisation (no tagger, no data), which works for any script that has
letter case; numbers and ``Month day`` dates need no language resources at all.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from newsbrief.model import Document
from newsbrief.nlp.languages import resources
from newsbrief.nlp.tokens import terms
from newsbrief.parsers.plaintext.dates import MONTH_NAMES, WEEKDAY_NAMES

#: English month names and abbreviations -> month number (the parser's table, shared).
_MONTH_NUMBERS = {name: month for month, names in MONTH_NAMES["en"].items() for name in names}
_MONTH = "(?:{})\\.?".format(
    "|".join(sorted((name.capitalize() for name in _MONTH_NUMBERS), key=len, reverse=True))
)
# ``October 3``, ``Oct. 3``, ``3 October`` (but not ``May 2024``: years alone are numbers).
_DATE = re.compile(rf"\b(?:({_MONTH})\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})\s+({_MONTH}))\b")
# A run of capitalised words (``Sabrina Singh``, ``North Atlantic Treaty Organization``).
_CAPITALISED_RUN = re.compile(r"(?:[^\W\d_][\w'’\-]*)(?:[ \u00a0](?:[^\W\d_][\w'’\-]*))*")
# Calendar words are dates' business, not names (every article mentions a weekday).
_CALENDAR = frozenset((*_MONTH_NUMBERS, *(names[0] for names in WEEKDAY_NAMES["en"].values())))
_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“”‘’'(\[«»—–-])\s*$")
_POSSESSIVE = re.compile(r"['’]s$")


@attrs.frozen
class DocumentFeatures:
    """The comparable content of one document."""

    #: Id of the document.
    doc_id: str
    #: Stemmed content terms with their counts.
    terms: Counter[str] = attrs.field(eq=False)
    #: Names, dates and numbers: normalised key (``name:sabrina singh``) -> surface form.
    entities: dict[str, str] = attrs.field(eq=False)


def document_body(document: Document) -> str:
    """The text story grouping reads: the headline plus the sentences (or the text minus noise)."""
    title = document.metadata.title or ""
    if document.sentences:
        body = "\n".join(sentence.text for sentence in document.sentences)
    else:
        body = _without_removed(document)
    return f"{title}\n{body}" if title else body


def _without_removed(document: Document) -> str:
    text = document.text
    pieces, cursor = [], 0
    for span in document.removed:
        if span.start > cursor:
            pieces.append(text[cursor : span.start])
        cursor = max(cursor, span.end)
    pieces.append(text[cursor:])
    return "\n".join(pieces)


def extract_features(document: Document) -> DocumentFeatures:
    """Terms and entities of ``document`` (see the module docstring)."""
    body = document_body(document)
    return DocumentFeatures(
        doc_id=document.id,
        terms=Counter(terms(body, document.language)),
        entities=extract_entities(body, document.language),
    )


def extract_entities(text: str, language: str | None = None) -> dict[str, str]:
    """Names, ``Month day`` dates and numbers in ``text``: normalised key -> first surface form."""
    found: dict[str, str] = {}
    for match in _DATE.finditer(text):
        month = match.group(1) or match.group(4)
        day = match.group(2) or match.group(3)
        key = f"date:{_month_number(month)}-{int(day)}"
        found.setdefault(key, match.group(0))
    for match in _NUMBER.finditer(text):
        digits = match.group(0).replace(",", "")
        if len(digits) >= 2:  # single digits are everywhere
            found.setdefault(f"num:{digits}", match.group(0))
    stopwords = resources(language).stopwords
    for match in _CAPITALISED_RUN.finditer(text):
        for name in _names_in_run(text, match.start(), match.group(0), stopwords):
            found.setdefault("name:" + _normal(name), name)
    return found


def _month_number(month: str) -> int:
    return _MONTH_NUMBERS[month.lower().rstrip(".")]


def _normal(name: str) -> str:
    return _POSSESSIVE.sub("", name.lower().replace("\u00a0", " "))


def _names_in_run(text: str, start: int, run: str, stopwords: frozenset[str]) -> list[str]:
    """The names a run of words holds: each group of capitalised words, and its single words.

    A lone capitalised word opening a sentence is just an ordinary word written with a capital.
    """
    at_sentence_start = _SENTENCE_START.search(text[max(0, start - 3) : start]) is not None
    names: list[str] = []
    group: list[str] = []
    group_start = 0
    for position, word in enumerate([*re.split(r"[ \u00a0]", run), ""]):
        bare = _POSSESSIVE.sub("", word)
        lower = bare.lower().rstrip(".")
        if (
            len(bare) > 1
            and bare[0].isupper()
            and lower not in stopwords
            and lower not in _CALENDAR
        ):
            if not group:
                group_start = position
            group.append(bare)
            continue
        sentence_initial = group_start == 0 and at_sentence_start
        if len(group) > 1:
            names.extend([" ".join(group), *group])
        elif group and (not sentence_initial or _is_acronym(group[0])):
            names.append(group[0])
        group = []
    return names


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()
