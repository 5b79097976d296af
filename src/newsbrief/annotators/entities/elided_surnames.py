"""A surname that opens with a capital letter and an apostrophe (``L'Heureux``, ``N'Guessan``,
``D'Amours``): the chunker reads the letter as an elided article and keeps the word after it
apart (``Marie-France`` and ``Heureux``). After a first name or a person's one-word name, a
capital letter and an apostrophe alone between are the surname's opening (an elided article is
written in lower case inside a sentence): the two are one person's name. Each lone mention of
that surname's word after the same letter takes it in (``la juge L'Heureux``). Runs last in
another language's evidence pass (:mod:`.foreign`)."""

from __future__ import annotations

from newsbrief.annotators.entities.chunker import EVIDENCE, TEXT, TYPE, CandidateFields, rules_for
from newsbrief.annotators.entities.foreign_words import typed_as
from newsbrief.annotators.entities.merging import Mention, Spans

__all__ = ["elided_surnames"]

#: The spaces a name's words are written apart with.
_SPACES = " \u00a0"
#: Apostrophes.
_APOSTROPHES = "'’"


def _opening(gap: str) -> bool:
    """Whether ``gap``, the text between two names, is a space, a capital letter and an
    apostrophe (`` L'``)."""
    return len(gap) == 3 and gap[0] in _SPACES and gap[1].isupper() and gap[2] in _APOSTROPHES


def _person(fields: CandidateFields, written: str) -> CandidateFields:
    """``fields`` as a person's mention written ``written``."""
    person = list(typed_as(fields, "person", None))
    person[TEXT] = written
    person[EVIDENCE] = True
    return tuple(person)


def elided_surnames(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Join each first name or one-word person's name in ``items`` (one document's mentions, in
    language ``code``) to the word after a capital letter and an apostrophe right after it,
    and give each lone mention of that word after the same opening the whole surname."""
    rules = rules_for(code)
    where = [spans.span(index, number) for index, number, _ in items]
    openings: dict[str, str] = {}
    for k in range(len(items) - 1):
        left, right = items[k][2], items[k + 1][2]
        gap = text[where[k][1] : where[k + 1][0]]
        if (
            k in dropped
            or not _opening(gap)
            or left[TYPE] not in (None, "person")
            or right[TYPE] not in (None, "person")
            or " " in right[TEXT]
            # (a first name, or a person's one-word name: after a surname already read, the
            # letter opens the next name, ``Marie Dravec L'Express``)
            or not (
                rules.first_name(left[TEXT].split(" ")[-1])
                or (left[TYPE] == "person" and " " not in left[TEXT])
            )
        ):
            continue
        begin, end = where[k][0], where[k + 1][1]
        items[k] = (items[k][0], spans.add(begin, end), _person(left, text[begin:end]))
        where[k] = (begin, end)
        dropped.add(k + 1)
        openings[right[TEXT]] = gap[1]
    # (``Paul D'Amours``: read whole already, where the letter also elides a connector)
    for k, (_, _, fields) in enumerate(items):
        last = fields[TEXT].split(" ")[-1]
        if (
            k not in dropped
            and fields[TYPE] == "person"
            and " " in fields[TEXT]
            and len(last) > 3
            and last[0].isupper()
            and last[1] in _APOSTROPHES
            and last[2].isupper()
        ):
            openings.setdefault(last[2:], last[0])
    if not openings:
        return
    for k, (_, _, fields) in enumerate(items):
        letter = openings.get(fields[TEXT])
        if letter is None or k in dropped or fields[TYPE] not in (None, "person"):
            continue
        begin, end = where[k]
        start = begin - 2
        if (
            start < 0
            or text[start] != letter
            or text[begin - 1] not in _APOSTROPHES
            or (start > 0 and text[start - 1] not in _SPACES)
        ):
            continue
        items[k] = (items[k][0], spans.add(start, end), _person(fields, text[start:end]))
