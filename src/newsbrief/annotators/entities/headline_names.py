"""A lone surname's full name from the headline: a transcript's ``VARGA:`` turns, the person
named in full only in a headline the parser set aside as the article's title (``Mayor Ines
Varga on the flood``), are Ines Varga's.

Merging joins a lone surname to a full name the articles' text writes; a headline harvested
into the metadata is no part of that text. Here a person entity whose name is one word takes
the full name the mention's article's title gives it: a known first name (an initial may
follow) right before the surname, spelt alike once folded (``VARGA``, ``Varga``), the only such
name in the title. A surname some other full name owns was merged with it already; one the
title does not name so stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.merging import Kept, slug, word_key
from newsbrief.model import Document

__all__ = ["with_headline_names"]

#: A word, perhaps an initial, then a word (read at each word's start: ``Mayor Ines Varga``
#: holds ``Ines Varga``).
_FULL_NAME = re.compile(
    r"(?<![\w’'\-])(?=(?P<name>(?P<first>[^\W\d_][\w’'\-]*)(?:[ \u00a0][^\W\d_]\.)?"
    r"[ \u00a0](?P<last>[^\W\d_][\w’'\-]*)(?![\w’'\-])))"
)


def with_headline_names(document: Document, kept: Sequence[Kept]) -> list[Kept]:
    """``kept`` (a document's entity mentions), each person's whose entity has a one-word name
    under the full name its article's title gives (see the module doc)."""
    out = list(kept)
    found: dict[tuple[str, str], tuple[str, str, str, str | None] | None] = {}
    for index, (start, end, fields, entity) in enumerate(out):
        name, kind, _, _ = entity
        if kind != "person" or " " in name:
            continue
        title = document.section_metadata(start).title
        if not title:
            continue
        key = (title, name)
        if key not in found:
            found[key] = _titled(title, name, document.language)
        if (full := found[key]) is not None:
            out[index] = (start, end, fields, full)
    return out


def _titled(title: str, surname: str, code: str | None) -> tuple[str, str, str, str | None] | None:
    """The person entity ``title`` names in full with ``surname`` last, when it names one."""
    wanted = word_key(surname, code)
    names = set()
    for match in _FULL_NAME.finditer(title):
        first, last = match.group("first"), match.group("last")
        if not (first[:1].isupper() and last[:1].isupper()) or word_key(last, code) != wanted:
            continue
        gender = gz.first_name_gender_in(first, gz.profile(code) if code else None)
        if gender is not None:
            names.add((match.group("name"), gender))
    if len(names) != 1:
        return None
    ((full, gender),) = names
    full = " ".join(full.split())
    return (full, "person", f"person:{slug(full)}", gender if gender != "unknown" else None)
