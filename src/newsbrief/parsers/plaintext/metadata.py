"""Harvesting metadata lines: bylines, copyright notices, dateline prefixes and source lines."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsbrief.languages import language
from newsbrief.nlp.bylines import SPACE as _SPACE
from newsbrief.nlp.bylines import UPPER as _UPPER
from newsbrief.nlp.bylines import (
    is_name_list,
    is_outlet,
    label_end,
    split_names_outlet,
    unlabelled_name_outlet,
)
from newsbrief.parsers.plaintext.dates import (
    match_date,
    match_datetime,
    month_number,
    weekday_number,
)

_EN = language("en")


def _alternation(key: str) -> str:
    """A group of the English ``[bylines]`` words under ``key``, a phrase's words apart by any
    spaces."""
    words = sorted(_EN.words("bylines", key), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(f"{_SPACE}+".join(map(re.escape, w.split())) for w in words) + ")"


#: A date leading a byline: ``July 2nd, 2024 - by ...``.
_DATE_SEPARATOR = re.compile(rf"{_SPACE}*[-–—|,•·]{_SPACE}*")

_COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright\b|all{_SPACE}+rights{_SPACE}+reserved)", re.I)
_COPYRIGHT_LEAD = re.compile(
    rf"(?:{_SPACE}*(?:©|\(c\)|copyright\b|\d{{4}}(?:{_SPACE}*[-–]{_SPACE}*\d{{4}})?))+{_SPACE}*",
    re.I,
)
_DISTRIBUTOR = re.compile(
    rf"distributed{_SPACE}+by{_SPACE}+(?P<name>[^.]{{2,80}}?)"
    rf"(?:,?{_SPACE}+{_alternation('distributor_legal_forms')}\.?)?{_SPACE}*(?:\.|$)",
    re.I,
)
_SENTENCE_END = re.compile(r"\.(?:\s|$)|,|;|\s[-–—|]\s|\ball rights reserved", re.I)
_TRAILING_YEAR = re.compile(rf"{_SPACE}+\d{{4}}$")

#: ``(June 28, 2024) —`` at the start of a paragraph.
_DATE_DATELINE_END = re.compile(rf"\){_SPACE}*[-–—]{{1,2}}{_SPACE}*")
#: ``WASHINGTON (AP) —``, ``KYIV, Ukraine (Reuters) -``, ``(AFP) —``.
_AGENCY_DATELINE = re.compile(
    rf"(?:[{_UPPER}][{_UPPER}'’. -]{{1,30}}(?:,{_SPACE}*[{_UPPER}][\w. ]{{1,30}})?{_SPACE}+)?"
    rf"\((?P<outlet>[{_UPPER}][\w&.-]{{0,20}}(?:{_SPACE}[{_UPPER}][\w&.-]{{0,20}}){{0,2}})\)"
    # ``(CNN) —``, or CNN's own ``(CNN)The storm...``: no dash, the sentence glued on.
    rf"(?:{_SPACE}*[-–—]{{1,2}}{_SPACE}*|(?=[{_UPPER}\"“‘«]))"
)
#: ``KYIV —``: an upper-case place name and a dash (``--`` in ASCII wire copy).
_CITY_DATELINE = re.compile(
    rf"[{_UPPER}]{{3,}}(?:[ -][{_UPPER}]{{2,}}){{0,3}}(?:,{_SPACE}*[{_UPPER}][\w. ]{{1,30}})?"
    rf"{_SPACE}*(?:[–—]|--){_SPACE}+(?=[{_UPPER}\"“‘«])"
)


@attrs.frozen
class Byline:
    """What a byline says."""

    #: Author(s) as printed.
    author: str | None = None
    #: Outlet named beside the author.
    outlet: str | None = None
    #: A date printed in the same line.
    published: dt.date | None = None


@attrs.frozen
class Copyright:
    """What a copyright notice says."""

    #: The copyright holder, usually the outlet.
    outlet: str | None = None
    #: ``Distributed by ...``.
    distributor: str | None = None


@attrs.frozen
class Dateline:
    """A dateline prefix of a paragraph: ``(June 28, 2024) —`` or ``WASHINGTON (AP) —``."""

    #: Length of the prefix in code points (the span to remove).
    length: int
    #: Date printed in the dateline.
    published: dt.date | None = None
    #: Agency or outlet printed in the dateline.
    outlet: str | None = None


def parse_byline(line: str, language: str | None = None) -> Byline | None:
    """The byline ``line`` holds (``By Jane Doe``, ``Author: X``, ``July 2nd, 2024 - by X / Y``).

    ``Name Surname / Outlet`` without a label counts too, when both halves look the part. On a
    page in a known ``language``, only its labels and English's open a byline.
    """
    return dated_byline(line, match_datetime(line), language)


def dated_byline(
    line: str, dated: tuple[dt.date, int] | None, language: str | None = None
) -> Byline | None:
    """:func:`parse_byline` of ``line`` when ``dated`` is already known to be
    ``match_datetime(line)`` (the date-line check has just read it)."""
    published = None
    pos = 0
    if dated is not None:
        published, pos = dated
        separator = _DATE_SEPARATOR.match(line, pos)
        if separator is None or separator.end() == pos:
            return None
        pos = separator.end()
    end = label_end(line, pos, language)
    if end is not None:
        # (:func:`~newsbrief.nlp.bylines.labelled_byline` of the label just read: not read again.)
        found = split_names_outlet(line[end:])
        if found is None:
            return None
        names, outlet = found
        # ``By Jane Doe, Senior Editor``: the role reads as a second name; it is not one.
        return Byline(author=clean_authors(names) or names, outlet=outlet, published=published)
    if published is not None:
        return None
    # No label: only ``Name Surname / Outlet`` is distinctive enough.
    unlabelled = unlabelled_name_outlet(line)
    if unlabelled is None:
        return None
    return Byline(author=unlabelled[0], outlet=unlabelled[1])


#: What ends a name in an author field: a role (``Phil Helsel is a reporter``, ``Jane Doe,
#: Senior Editor``), an e-mail address, a ``|`` or a bullet before the date or the outlet.
#: (The words are English's, ``[bylines] author_*`` of en.toml.)
_ROLE = re.compile(
    rf"{_SPACE}+{_alternation('author_role_verbs')}{_SPACE}+.*$|"
    rf",?{_SPACE}*(?:{_alternation('author_role_modifiers')}{_SPACE}+)*"
    rf"{_alternation('author_roles')}s?\b.*$|"
    rf"{_SPACE}*(?:[|•·@]|\S+@\S+).*$",
    re.I,
)
#: Author fields that name no one.
_NOBODY = _EN.words("bylines", "no_authors")
_PART_SEPARATOR = re.compile(r"[;\n]+")
#: How much of one part of an author field is read (a name with its role is a few words): the
#: role pattern backtracks over a long run of words, so an unbounded part would cost time
#: quadratic in its length.
_AUTHOR_PART_WORDS = 50
_AUTHOR_PART_CHARS = 1000


def clean_authors(text: str | None, outlets: tuple[str, ...] = ()) -> str | None:
    """The people an author field names, without roles, dates or the outlet.

    ``Phil Helsel is a reporter`` -> ``Phil Helsel``; ``Jeff Foust Monday; November`` ->
    ``Jeff Foust``; ``Dana Ford; CNN`` (with ``outlets=("CNN",)``) -> ``Dana Ford``. Names are
    joined by ``; `` as extractors give them; ``None`` when no name is left.
    """
    if not text:
        return None
    squashed_outlets = {_squash(outlet) for outlet in outlets if outlet}
    names: list[str] = []
    for part in _PART_SEPARATOR.split(text):
        # Whitespace runs collapsed and the part bounded before any pattern runs (see above).
        part = " ".join(part.split()[:_AUTHOR_PART_WORDS])[:_AUTHOR_PART_CHARS]
        part = part.strip()
        label = label_end(part, field=True)
        part = part[label:] if label is not None else part
        part = _ROLE.sub("", part.strip()).strip(" ,.-–—")
        kept: list[str] = []
        words = part.split()
        for index, word in enumerate(words):
            following = words[index + 1] if index + 1 < len(words) else ""
            bare = word.strip(",.")
            # Lower-case words (``la``, ``de``) are name particles, whatever a calendar says.
            calendar = (
                bare[:1].isupper()
                and (
                    (len(bare) >= 3 and weekday_number(bare) is not None)
                    # ``June Smith`` is a name; ``November 4`` or a lone ``November`` is a date.
                    or (
                        month_number(bare) is not None
                        and (following[:1].isdigit() or not (kept or following))
                    )
                )
            )
            if calendar or any(c.isdigit() for c in word):
                break
            kept.append(word)
        name = " ".join(kept).strip(" ,.-–—")
        squashed = _squash(name)
        if (
            not name
            or squashed in _NOBODY
            or squashed in squashed_outlets
            or not any(c.isupper() for c in name[:1])
        ):
            continue
        if name not in names:
            names.append(name)
    return "; ".join(names) or None


def _squash(text: str) -> str:
    return "".join(c.lower() for c in text if c.isalnum())


def _credit(key: str) -> str:
    """A group of the English ``[bylines]`` words under ``key``, a phrase's words apart by any
    white space (a credit is read line by line)."""
    words = sorted(_EN.words("bylines", key), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: A contributor credit closing a wire story: ``Associated Press writer X in Kabul contributed
#: to this story.``, ``Jane Roe contributed reporting.``, ``Reporting by X; Editing by Y.``,
#: ``Contributing reporters: X, Y.`` (the ``[bylines] credit_*`` words of en.toml).
_CREDIT = re.compile(
    rf"(?:[^.!?]{{0,200}}?\b{_credit('credit_verbs')}\b[^.!?]{{0,60}}?"
    rf"\b{_credit('credit_prepositions')}\s+{_credit('credit_determiners')}\s+"
    rf"{_credit('credit_objects')}"
    rf"|[^.!?]{{0,200}}?\b{_credit('credit_verbs')}\s+"
    rf"(?:{_credit('credit_modifiers')}\s+)?{_credit('credit_nouns')}\b[^.!?]{{0,100}}?"
    # Reuters' form needs its editor too: "Reporting by the BBC showed ..." is prose.
    rf"|(?:{_credit('credit_modifiers')}\s+)?{_credit('credit_nouns')}\s+"
    rf"{_credit('credit_agent_prepositions')}\b[^.!?;]{{1,200}}?"
    rf"(?:;\s*{_credit('credit_editing')}\s+{_credit('credit_agent_prepositions')}\b"
    r"[^.!?;]{1,150}?)+"
    rf"|{_credit('credit_labels')}:\s[^.!?]{{1,200}}?"
    r")\.(?=\s|$)",
    re.I,
)
#: Words one of which every contributor credit holds, in lower case: a cheap test before
#: :data:`_CREDIT` (the first words of its verbs, nouns and labels).
_CREDIT_WORDS = tuple(
    sorted(
        {
            word.split()[0]
            for key in ("credit_verbs", "credit_nouns", "credit_labels")
            for word in _EN.words("bylines", key)
        }
    )
)


def match_credit(line: str) -> tuple[int, Copyright | None] | None:
    """``(end, notice)`` when ``line`` opens with a contributor credit: where the credit ends
    and the copyright notice that fills the rest of the line, if any
    (``... contributed to this story. © 2016 The Associated Press.``). ``None`` when the line
    is no credit, or goes on with anything but a copyright notice."""
    lowered = line.lower()
    if not any(word in lowered for word in _CREDIT_WORDS):
        return None  # the credit's own words are missing: no need to run the pattern
    found = _CREDIT.match(line)
    if found is None:
        return None
    rest = line[found.end() :].strip()
    if not rest:
        return found.end(), None
    notice = parse_copyright(rest)
    return (found.end(), notice) if notice is not None else None


def parse_copyright(line: str) -> Copyright | None:
    """The holder and distributor named in a copyright notice, if ``line`` is one."""
    if not _COPYRIGHT.match(line):
        return None
    lead = _COPYRIGHT_LEAD.match(line)
    rest = line[lead.end() :] if lead else line
    holder = _SENTENCE_END.split(rest, maxsplit=1)[0].strip()
    holder = _TRAILING_YEAR.sub("", holder).strip()
    distributor = _DISTRIBUTOR.search(line)
    return Copyright(
        outlet=holder if holder and is_outlet(holder) else None,
        distributor=distributor["name"].strip() if distributor else None,
    )


#: Separators a scraped page leaves before a paragraph (a table cell's or a menu's ``|``).
_STRAY_LEAD = re.compile(rf"[|¦│•·]+{_SPACE}*")


def match_dateline(text: str, *, lead: bool = True) -> Dateline | None:
    """The dateline prefix at the start of a paragraph, if any.

    A bare place name (``KYIV —``) only counts in an article's ``lead`` paragraph, where
    datelines stand; elsewhere ``NATO — ...`` is prose. A stray separator before the dateline
    (``| KABUL, Afghanistan (AP) --``) is part of the prefix.
    """
    stray = _STRAY_LEAD.match(text)
    if stray is not None:
        found = _dateline(text[stray.end() :], lead=lead)
        return attrs.evolve(found, length=found.length + stray.end()) if found else None
    return _dateline(text, lead=lead)


def _dateline(text: str, *, lead: bool) -> Dateline | None:
    if text.startswith("("):
        dated = match_datetime(text, 1)
        if dated is not None:
            end = _DATE_DATELINE_END.match(text, dated[1])
            if end is not None:
                return Dateline(length=end.end(), published=dated[0])
    agency = _AGENCY_DATELINE.match(text)
    if agency is not None:
        return Dateline(length=agency.end(), outlet=agency["outlet"])
    city = _CITY_DATELINE.match(text) if lead else None
    if city is not None:
        return Dateline(length=city.end())
    return None


__all__ = [
    "Byline",
    "Copyright",
    "Dateline",
    "clean_authors",
    "dated_byline",
    "is_name_list",
    "is_outlet",
    "match_credit",
    "match_date",
    "match_dateline",
    "parse_byline",
    "parse_copyright",
]
