"""A company's name written again without its legal form, in the same English article.

``Halvorsen Dredging Plc`` is written ``Halvorsen Dredging`` further on, and in the headline's
capitals ``HALVORSEN DREDGING``. Where the chunker cut such a repetition (a first word that is a
nationality's or direction's adjective, ``Northern`` of ``Northern Rock``, is left out of a
name; a headline's capitals run on into its verb, ``GROUPE VERNAY LAUNCHES BID``), the
article's own full name shows where the name begins and ends: the mentions inside the
repetition become one mention of that company (canonical: its full name, so that the two merge
and a headline's spelling is kept).

Bounded: a document's first :data:`_MAX_NAMES` companies with a legal form, each searched for
in the text once (in its own spelling and in capitals). The evidence pass
(:mod:`~newsbrief.annotators.entities.evidence`) calls :func:`bare_company_names` near its end;
the endings are ``en.toml [entities] legal_forms`` and ``bare_name_endings``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language
from newsbrief.nlp.candidates import (
    CANONICAL,
    HEADING,
    LANGUAGE,
    ROLE,
    TEXT,
    TYPE,
    with_fields,
)

#: Last words of a company's name that the article leaves out when it writes it again.
_ENDINGS = gz.LEGAL_FORMS | language("en").words("entities", "bare_name_endings")
#: The most companies of one document read (a market report names a few dozen at most).
_MAX_NAMES = 24


def _bare_names(items: list[Mention], dropped: set[int]) -> dict[str, str]:
    """The article's companies' names without their legal form, of two words or more and no
    known place (``Northern Rock`` of ``Northern Rock Plc``), each with the full name."""
    bare: dict[str, str] = {}
    for k, (_, _, fields) in enumerate(items):
        if (
            k in dropped
            or fields[TYPE] != "organisation"
            or fields[HEADING]
            or fields[LANGUAGE] not in (None, "en")
        ):
            continue
        words = fields[TEXT].split()
        if len(words) < 3 or gz.fold(words[-1]) not in _ENDINGS:
            continue
        name = " ".join(words[:-1])
        if name not in gz.place_names():  # (spelled as written: the names are not folded)
            bare.setdefault(name, fields[CANONICAL] or fields[TEXT])
            if len(bare) == _MAX_NAMES:
                break
    return bare


def bare_company_names(
    items: list[Mention],
    offsets: Callable[[int], tuple[int, int]],
    spans: Spans,
    text: str,
    dropped: set[int],
) -> None:
    """Make each repetition of a company's name without its legal form (in ``text``, one
    English document; ``items`` its mentions, in text order) one mention of the company, where
    the mentions it holds are cut from it: the first takes its span, the others are dropped.
    A mention reaching outside the repetition leaves it as it is (``Northern Rock Foundation``
    is another name), unless it is a headline's unknown run going on after it."""
    bare = _bare_names(items, dropped)
    if not bare:
        return
    starts = [offsets(k)[0] for k in range(len(items))]
    for name, full in bare.items():
        for spelling in dict.fromkeys((name, name.upper())):  # (in this order: deterministic)
            for found in re.finditer(rf"(?<![\w&'’.-]){re.escape(spelling)}(?![\w&'’-])", text):
                _take(items, offsets, spans, dropped, starts, found, full)


def _take(
    items: list[Mention],
    offsets: Callable[[int], tuple[int, int]],
    spans: Spans,
    dropped: set[int],
    starts: list[int],
    found: re.Match[str],
    full: str,
) -> None:
    """Make the mentions in ``span`` one mention of the company ``full``, if they are cut from
    it (see :func:`bare_company_names`)."""
    span = begin, end = found.span()
    # The mentions overlapping the span (one may start before it).
    first = max(0, bisect.bisect_right(starts, begin) - 1)
    inside = [
        k
        for k in range(first, bisect.bisect_left(starts, end))
        if k not in dropped and offsets(k)[1] > begin
    ]
    if not inside:
        return
    fields = items[inside[0]][2]
    if any(items[k][2][ROLE] or items[k][2][LANGUAGE] not in (None, "en") for k in inside):
        return
    if offsets(inside[0])[0] < begin:
        return  # a longer name holds it (``Kent Northern Rock``)
    if offsets(inside[-1])[1] > end and not (
        len(inside) == 1 and fields[HEADING] and fields[TYPE] is None
    ):
        return  # ``Northern Rock Foundation``; a headline's run reads on (``VERNAY LAUNCHES``)
    if len(inside) == 1 and offsets(inside[0]) == span and fields[TYPE] == "organisation":
        if not fields[CANONICAL] and not fields[HEADING]:
            # Typed a company already (``Brackwell Foods said``): named by the full name all
            # the same, or it stays an entity of its own beside the company's.
            items[inside[0]] = (*items[inside[0]][:2], with_fields(fields, canonical=full))
        if fields[CANONICAL] or not fields[HEADING]:
            return  # written whole already (a headline's needs the full name to be kept)
    company = with_fields(
        fields,
        text=fields[TEXT] if offsets(inside[0]) == span else found.group(),
        type="organisation",
        canonical=full,
        evidence=False,
        gender=None,
    )
    k = inside[0]
    number = items[k][1] if offsets(k) == span else spans.add(begin, end)
    items[k] = (items[k][0], number, company)
    dropped.update(inside[1:])
