"""Names a non-English page types by its layout rather than its sentences.

Scraped pages carry more than an article: results lines and league tables (``Marseille -
Rennes 1-2``, ``1. Boca 34; 2. Rosario Central 32``) name clubs, as does a result written in a
sentence (``Racing Club venció 3-1 a Independiente``), and tables of share prices
(``Kessler 18,20 Euro -1,4 %``) companies, wherever the same names come again in the text
(:func:`clubs`); a caption's credit (``Foto: Thomas Imhof / Belga / AFP``: :func:`credits`),
a byline (``Максим Бондар, Економічна правда``) and a copyright line (``© 2026 Економічна
правда``: :func:`bylines`) name outlets. Sentences give none of these a type the evidence pass
(:mod:`.foreign`) could find, and the chunker takes most for people; these passes run after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import GENDER, LANGUAGE, ROLE, TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import (
    ForeignWords,
    is_open,
    typed_as,
    word_before,
)
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.annotators.entities.towns import (
    MIN_NAMED_CITY_POPULATION,
    listed_population,
    named_town,
    town_in,
)
from newsbrief.annotators.entities.word_patterns import cased_letters
from newsbrief.nlp.candidates import CandidateFields, with_fields

__all__ = ["bylines", "clubs", "credits", "players", "prose_results"]

#: Where a part of a credit ends (``Foto: X / Belga / AFP``, ``(J. Clergeau/L'Équipe)``).
_PART_END = re.compile(r"[ \u00a0]?(?:[/|)\n]|$)")
#: How far a credit's or a byline's line is read either side of a name.
_LINE_REACH = 200
#: Most words after a name in a credit's part (``/ Закарпаття онлайн``).
_PART_WORDS = 2


def credits(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """``Foto: Thomas Imhof / Belga / AFP``, ``Фото: Алексей Мальцев / РИА Новости``: in a
    caption's credit (a line holding a word of ``[page] credit_markers`` or ``©``), a part after
    a slash or a bar that is no person's name with a first name is a body's (an agency, an
    outlet, a picture library), with the lower-case words ending it; so is its first part
    before a photographer's name (:func:`_first_parts`: ``Bild: Keystone/Gian Ehrenzeller``)."""
    if not words.credit_markers or ("/" not in text and "|" not in text):
        return  # (no part after a slash or a bar: no credit, and no mention to look at)
    _first_parts(items, dropped, spans, text, words)
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or _first_named(fields):
            continue
        start, end = spans.span(index, number)
        before = text[max(0, start - 3) : start].rstrip(" \u00a0")
        if not before or before[-1] not in "/|":
            continue
        # (the credit's words are on its line, near: a long line is no caption)
        line = text[max(0, start - _LINE_REACH) : start]
        line = line[line.rfind("\n") + 1 :].lower()
        if "©" not in line and not any(
            marker in words.credit_markers for marker in re.findall(r"\w+", line)
        ):
            continue
        rest = _PART_END.search(text, end, end + _LINE_REACH)
        if rest is None:
            continue
        tail = text[end : rest.start()].split()
        # (``imago images``, not ``Кремль сегодня``: an outlet's word from the data)
        if len(tail) > _PART_WORDS or not all(w in words.outlet_words for w in tail):
            continue
        finish = end + len(text[end : rest.start()].rstrip(" \u00a0"))
        if fields[TYPE] == "place" and finish == end:
            continue  # (``Foto: X / Berlin``: a place may end a credit)
        if fields[TYPE] == "organisation" and finish == end:
            continue
        named = list(typed_as(fields, "organisation", None))
        named[TEXT] = text[start:finish]
        number = number if finish == end else spans.add(start, finish)
        items[k] = (index, number, tuple(named))


def _first_named(fields: CandidateFields) -> bool:
    """Whether a mention is a person's name with a first name: typed so by the chunker, or of
    two words or more opening with a first name of either gender (``Maxime``, ``Andrea``: the
    chunker gives these no gender, and a photographer's name is no agency's for that)."""
    if fields[TYPE] != "person":
        return False
    if not is_open(fields):
        return True
    parts = fields[TEXT].split(" ")
    return len(parts) > 1 and (
        gz.first_name_gender_in(parts[0], gz.profile(fields[LANGUAGE])) is not None
    )


#: A credit's label ending right before its first part (``Foto:``, ``(Bild: ``, ``©``).
_LABEL_END = re.compile(r"(?:^|[\s(])(\w+)[ \u00a0]*:?[ \u00a0]*$|©[ \u00a0]*$")
#: A slash or a bar ending a credit's part.
_SLASH_AFTER = re.compile(r"[ \u00a0]?[/|][ \u00a0]?")


def _first_parts(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """``Bild: Keystone/Gian Ehrenzeller``, ``© Belga/Nicolas Maeterlinck``: a credit's first
    part, right after its label, is a body's (the agency or library) where a person's name with
    a first name follows it after a slash or a bar; a person's own name with a first name there
    stays hers (``Foto: Robert Michael/dpa``)."""
    kept = [k for k in range(len(items)) if k not in dropped]
    for at, k in enumerate(kept[:-1]):
        index, number, fields = items[k]
        if fields[ROLE] or fields[TYPE] == "organisation" or _first_named(fields):
            continue
        start, end = spans.span(index, number)
        slash = _SLASH_AFTER.match(text, end)
        after = items[kept[at + 1]]
        if slash is None or spans.span(after[0], after[1])[0] != slash.end():
            continue
        if not _first_named(after[2]):
            continue
        head = text[text.rfind("\n", max(0, start - _LINE_REACH), start) + 1 : start]
        label = _LABEL_END.search(head)
        if label is None or (label.group(1) and label.group(1).lower() not in words.credit_markers):
            continue
        items[k] = (index, number, typed_as(fields, "organisation", None))


#: The parts of a byline (``Максим Бондар, Економічна правда``, ``Olé | Por Nicolás Ferreyra``).
_BYLINE_PARTS = re.compile(r"[ \u00a0]*(?:,|[/|·])[ \u00a0]*")
#: Most words of a byline.
_BYLINE_WORDS = 8
#: ``© 2026 Економічна правда``: a copyright line's owner.
_COPYRIGHT = re.compile(r"©[ \u00a0]*(?:\d{4}[ \u00a0]+)?$")


def bylines(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """``Максим Бондар, Економічна правда``, ``Federico Gaona / El Financiero``, ``© 2026
    Економічна правда``: on a short line of parts, one a person's name with a first name, a
    part that is one name (with lower-case words ending it) is the outlet's; so is the owner of
    a copyright line. A place is left alone (``Hélène Varenne, Paris``)."""
    persons = sorted(
        spans.span(index, number)
        for k, (index, number, fields) in enumerate(items)
        if k not in dropped and fields[TYPE] == "person" and fields[GENDER] and " " in fields[TEXT]
    )
    if not persons and "©" not in text:
        return  # (neither a byline's person nor a copyright line)
    person_starts = [b for b, _ in persons]
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or fields[TYPE] not in (None, "person", "place"):
            continue
        if fields[TYPE] == "person" and not is_open(fields):
            continue
        start, end = spans.span(index, number)
        line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
        line_end = text.find("\n", end, end + _LINE_REACH)
        line_end = len(text) if line_end < 0 and end + _LINE_REACH >= len(text) else line_end
        if (line_start == 0 and start > _LINE_REACH) or line_end < 0:
            continue  # (a long line: running text, no byline)
        line = text[line_start:line_end]
        if len(line.split()) > _BYLINE_WORDS:
            continue
        head = text[line_start:start]
        cuts = list(_BYLINE_PARTS.finditer(line))
        part_start = max(
            (c.end() + line_start for c in cuts if c.end() + line_start <= start),
            default=line_start,
        )
        part_end = min(
            (c.start() + line_start for c in cuts if c.start() + line_start >= end),
            default=line_end,
        )
        tail = text[end:part_end].split()
        # (``Економічна правда``, not ``Hamburg aktuell``: an outlet's word from the data)
        if part_start != start or not all(w in words.outlet_words for w in tail):
            continue
        if len(tail) > _PART_WORDS or (fields[TYPE] == "place" and not tail):
            continue
        copyright_line = _COPYRIGHT.search(head) is not None
        first = bisect.bisect_left(person_starts, line_start)
        last = bisect.bisect_left(person_starts, line_end)
        # (a person before the name, or after it with a word first: ``Olé | Por Nicolás
        # Ferreyra``; a section's label before a place taken for a person is no byline,
        # ``Internacional | América Latina``)
        bylined = any(
            f <= start or (b >= end and text[max(0, b - 8) : b].rstrip(" \u00a0")[-1:].isalpha())
            for b, f in persons[first:last]
        )
        if not (bylined and cuts) and not copyright_line:
            continue
        # (``Inés Robles | Florencia``: a town the byline is written from, untyped as its name
        # is also a first name, is the place, no outlet)
        if not (tail or copyright_line) and _byline_town(fields[TEXT], fields[LANGUAGE]):
            items[k] = (index, number, typed_as(fields, "place", None))
            continue
        finish = end + len(text[end:part_end].rstrip(" \u00a0."))
        named = list(typed_as(fields, "organisation", None))
        named[TEXT] = text[start:finish]
        number = number if finish == end else spans.add(start, finish)
        items[k] = (index, number, tuple(named))


def _byline_town(name: str, code: str) -> bool:
    """Whether ``name``, alone in a byline's part after the reporter, is the town he writes
    from: a town :func:`~.towns.town_in` reads so, or a city of
    :data:`~.towns.MIN_NAMED_CITY_POPULATION` people or more (``Florencia``); a smaller town's
    name there is as often an outlet's (``Libération``, a town of a few thousand people)."""
    return town_in(name, code) is not None or (
        named_town(name, code) is not None and listed_population(name) >= MIN_NAMED_CITY_POPULATION
    )


#: A team's name on a results line: capitalised words (``1. FC Köln``, ``Bayer 04 Leverkusen``,
#: ``«Зенит»``) after the line's start or a colon or semicolon.
_SIDE = r"«?(?:\d{1,2}\.[ \u00a0])?[^\W\d_][\w'’.+&-]*(?:[ \u00a0][\w'’.+&-]+){0,4}»?"
_RESULT = re.compile(
    rf"(?:^|(?<=[:;][ \u00a0\u202f]))(?:(?P<a>{_SIDE})[ \u00a0][–—-][ \u00a0](?P<b>{_SIDE})"
    rf"[ \u00a0](?P<x>\d{{1,2}})(?P<sep>[:-])(?P<y>\d{{1,2}})|(?P<c>{_SIDE})[ \u00a0]"
    rf"(?P<u>\d{{1,2}})[ \u00a0][–—-][ \u00a0](?P<d>{_SIDE})[ \u00a0](?P<v>\d{{1,2}}))"
    r"(?!\d|[:.,/]\d)",
    re.MULTILINE,
)
#: A line of a league table: ``1. Boca 34; 2. Rosario Central 32``.
_STANDING = re.compile(
    rf"(?:^|(?<=[:;,][ \u00a0]))\d{{1,2}}\.[ \u00a0](?P<a>{_SIDE})[ \u00a0]\d{{1,3}}(?=[;,.]|$)",
    re.MULTILINE,
)


def _capitalised_side() -> str:
    """A side named in a sentence: one to four capitalised words in any script's capitals
    (``Racing Club``, ``Łódź``), a full stop only inside a word, as one after it ends the
    sentence (``venció 3-1 a Lanús.``)."""
    upper, _ = cased_letters()
    word = rf"[{upper}](?:[\w'’&+-]|\.(?=\w))*"
    return rf"{word}(?:[ \u00a0]{word}){{0,3}}"


@cache
def _prose_result(prepositions: frozenset[str]) -> re.Pattern[str] | None:
    """A match's result in a sentence: a side, one to three lower-case words (the verb), the
    score and a preposition of ``prepositions`` before the other side, with up to two short
    words (``à``, an article) or an elided one between (``Racing Club venció 3-1 a
    Independiente``, ``Lens s'est imposé 2-0 face à Nantes``). A side is capitalised words
    (``Racing Club``, ``Real Sociedad``), in any script's capitals (``Łódź``, ``Žalgiris``),
    with a full stop only inside a word, as one after it ends the sentence (``venció 3-1 a
    Lanús.``)."""
    if not prepositions:
        return None
    _, lower = cased_letters()
    side = _capitalised_side()
    words = "|".join(re.escape(w) for w in sorted(prepositions, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?P<a>{side})(?:[ \u00a0][{lower}'’]+){{1,3}}[ \u00a0]\(?"
        rf"(?P<x>\d{{1,2}})[-–](?P<y>\d{{1,2}})\)?[ \u00a0](?:{words})"
        rf"(?:[ \u00a0][{lower}]{{1,3}}){{0,2}}[ \u00a0](?:[^\W\d_]['’])?(?P<b>{side})"
    )


@cache
def _scorer_side(prepositions: frozenset[str], marks: tuple[str, ...]) -> re.Pattern[str] | None:
    """A scorer's minutes in brackets, then a preposition of ``prepositions`` and, after an
    optional elided article, the side he scored for (``Durand (54e, sp) pour Rennes``,
    ``Koné (8e) pour l'OGC``): capitalised words, as in :func:`_prose_result`. A minute is
    written with one of ``marks`` (``54e``, ``90e+2``), and short tags may follow it (``sp``,
    ``c.s.c.``): a count in brackets is no minute (``(12 sièges) pour``, ``(2022-2027)``)."""
    if not prepositions or not marks:
        return None
    words = "|".join(re.escape(w) for w in sorted(prepositions, key=len, reverse=True))
    mark = "|".join(re.escape(m) for m in marks)
    minute = rf"\d{{1,3}}(?:\+\d{{1,2}})?(?:{mark})(?:\+\d{{1,2}})?(?![^\W\d_])"
    tag = r"[^\W\d_]{1,4}(?:\.[^\W\d_]{1,4})*\.?"
    return re.compile(
        rf"\({minute}(?:(?:[,;][ \u00a0]*|[ \u00a0]+)(?:{minute}|{tag}))*\)[ \u00a0]"
        rf"(?:{words})[ \u00a0](?:[^\W\d_]['’])?(?P<b>{_capitalised_side()})"
    )


def _scorer_sides(text: str, words: ForeignWords) -> list[tuple[int, int]]:
    """The sides named after a scorer's minutes (:func:`_scorer_side`), capitalised words only."""
    pattern = _scorer_side(words.scorer_side_prepositions, words.minute_marks)
    if pattern is None or "(" not in text:
        return []
    return _names_only(text, [m.span("b") for m in pattern.finditer(text)], words)


def prose_results(text: str, words: ForeignWords) -> list[re.Match[str]]:
    """Each match's result written in a sentence of ``text`` (:func:`_prose_result`): read
    once per document, for :func:`clubs` and :func:`players` both."""
    if not any(ch.isdigit() for ch in text):
        return []
    prose = _prose_result(words.score_prepositions)
    return [] if prose is None else list(prose.finditer(text))


def _prose_sides(
    text: str, words: ForeignWords, people: Collection[str], results: Sequence[re.Match[str]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """The sides before and after the score of each match's result in a sentence
    (:func:`_prose_result`), capitalised words only, and apart, the sides of a result between
    two players: a set's score with another set's in its sentence (``Alcaraz venció 6-4 a
    Sinner y 6-3 en el segundo``: :func:`_another_set`) or a side named by the
    surname of one of the document's ``people`` (``Djokovic s'est imposé 3-1 face à
    Medvedev`` after ``Novak Djokovic``)."""
    matches, players = [], []
    for m in results:
        if (
            (_set_score(int(m.group("x")), int(m.group("y"))) and _another_set(text, m))
            or (m.group("a") in people and _side_itself(text, m, words))
            or m.group("b") in people
        ):
            players += [m.span("a"), m.span("b")]
        else:
            matches.append(m)
    subjects = [m.span("a") for m in matches if _side_itself(text, m, words)]
    return (
        _names_only(text, subjects, words),
        _names_only(text, [m.span("b") for m in matches], words),
        _names_only(text, players, words),
    )


def _side_itself(text: str, match: re.Match[str], words: ForeignWords) -> bool:
    """Whether the name before the score of ``match`` is the side's own, not its noun's after a
    connector, a coach's or a town's (``el equipo de Gallardo le ganó 2-0 a Vélez``: the other
    side is still a team, though ``Marcelo Gallardo`` is a person)."""
    before = word_before(text, match.start("a"))
    return before not in words.connectors or before in words.name_articles


#: The most games the loser of a set may win when the winner takes six (``6-4``), and the
#: winner's games when the set goes on (``7-5``, ``7-6``).
_SET_GAMES, _LONG_SET_GAMES = 6, 7


def _set_score(first: int, second: int) -> bool:
    """Whether ``first``-``second`` reads as a set's score, a result between two players
    (``6-4``, ``2-6``, ``7-5``, ``6-7``), not a team sport's (``3-1``, ``2-2``)."""
    high, low = max(first, second), min(first, second)
    return (high == _SET_GAMES and low <= _SET_GAMES - 2) or (
        high == _LONG_SET_GAMES and low >= _SET_GAMES - 1
    )


#: A score in a sentence (another set's: ``6-4 a Sinner y 7-5 en el segundo``).
_SCORE = re.compile(r"(?<!\d)(\d{1,2})[-–](\d{1,2})(?!\d)")
#: Where a sentence ends (a result's sentence is searched no further for another set).
_SENTENCE_END = re.compile(r"[.!?\n]")


def _another_set(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of ``match``, a result whose score reads as a set's, holds another
    set's score: a match between players is won in two sets at least (``Tsitsipas venció 6-4 a
    Zverev y 7-5 en el segundo``), while one score of the kind alone is as often a team's
    (``Unicaja venció 6-4 a Baskonia``, ``el Barcelona goleó 6-2 al Madrid``)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end_match = _SENTENCE_END.search(text, match.end())
    end = end_match.start() if end_match is not None else len(text)
    own = match.start("x")
    return any(
        s.start() != own and _set_score(int(s.group(1)), int(s.group(2)))
        for s in _SCORE.finditer(text, start, end)
    )


def _people(items: list[Mention], dropped: set[int]) -> set[str]:
    """The surnames of the document's people named in full with a first name, a title or a
    role (the last word, or the last two: ``Alcaraz`` of ``Carlos Alcaraz``): a side named so
    is a person's surname. (A side's own mention typed by a first name alone proves less:
    ``River Plate``.)"""
    found: set[str] = set()
    for k, (_, _, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "person" or is_open(fields):
            continue
        parts = fields[TEXT].split()
        if len(parts) > 1:
            found.add(parts[-1])
        if len(parts) > 2:
            found.add(" ".join(parts[-2:]))
    return found


def _no_score(match: re.Match[str]) -> bool:
    """Whether a results line's figures are no score: a time (``Berlin - Hamburg 3:15``) or
    shares of a vote adding up to a hundred (``Macron - Le Pen 58-42``, ``Oui 52 - Non 48``)."""
    if match.group("x") is not None:
        first, second = match.group("x"), match.group("y")
        if match.group("sep") == ":" and len(second) == 2 and (len(first) == 1 or second[0] == "0"):
            return True
    else:
        first, second = match.group("u"), match.group("v")
    return int(first) + int(second) == 100


#: How many lines before a results line or a table its heading may be (``Ergebnisse:`` over a
#: line of quoted names).
_HEADING_LINES = 3


class _Lines:
    """Line numbers of a document's positions, and whether a heading word of results is just
    before one (on its line or the lines above: ``Ergebnisse:``, ``Classement : 1. ...``)."""

    def __init__(self, text: str, words: ForeignWords) -> None:
        self.text = text
        self.words = words
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def number(self, at: int) -> int:
        return bisect.bisect_left(self.breaks, at)

    def headed(self, at: int) -> bool:
        line = self.number(at)
        begin = self.breaks[line - _HEADING_LINES] + 1 if line >= _HEADING_LINES else 0
        before = self.text[max(begin, at - _LINE_REACH) : at].lower()
        return any(w in self.words.results_headings for w in re.findall(r"\w+", before))


def _sides(
    text: str, words: ForeignWords, lines: _Lines, countries: Collection[str]
) -> list[tuple[int, int]]:
    """Where the teams' names of a document's results lines (``Lormont - Saint-Orlac 1-2``,
    ``Boca Juniors 2 - River Plate 1``, ``Динамо — Шахтар 2:1``) and league tables (three
    entries or more on a line) are, without quotation marks. A results line needs another on
    a line next to it or a heading word of ``results_headings`` (a lone ``Berlin - Hamburg
    3:15`` is a timetable's); a table needs the heading word (``1. Norwegen 16; 2. ...`` may
    be a medal table or a vote's), and countries in it are no teams (``Classement : 1.
    France 34``: a ranking of countries)."""
    found: list[tuple[int, int]] = []
    results = [m for m in _RESULT.finditer(text) if not _no_score(m)]
    numbers = [lines.number(m.start()) for m in results]
    taken = set(numbers)
    for match, line in zip(results, numbers, strict=True):
        if not ({line - 1, line + 1} & taken or lines.headed(match.start())):
            continue
        pair = ("a", "b") if match.group("a") is not None else ("c", "d")
        found += [match.span(pair[0]), match.span(pair[1])]
    rows: dict[int, list[tuple[int, int]]] = {}
    for match in _STANDING.finditer(text):
        rows.setdefault(lines.number(match.start()), []).append(match.span("a"))
    found += [
        span
        for entries in rows.values()
        if len(entries) >= 3 and lines.headed(entries[0][0])
        for span in entries
        if text[span[0] : span[1]] not in countries
    ]
    return _names_only(text, found, words)


def _names_only(
    text: str, found: list[tuple[int, int]], words: ForeignWords
) -> list[tuple[int, int]]:
    """The spans of ``found`` that hold a name (capitalised words, digits, connectors), without
    quotation marks around it."""
    out = []
    for begin, finish in found:
        side = text[begin:finish]
        if side.startswith("«") and side.endswith("»"):
            begin, finish = begin + 1, finish - 1
        elif "«" in side or "»" in side:
            continue
        pieces = text[begin:finish].split()
        if all(p[:1].isupper() or p[:1].isdigit() or p in words.connectors for p in pieces) and any(
            p[:1].isupper() for p in pieces
        ):
            out.append((begin, finish))
    return out


#: A row of a table of share prices: a name, then a price or a change in per cent (``Kessler
#: 18,20 Euro -1,4 %``, ``Pampa Austral | 4.182,50 | +11,4``, ``«Уралхимпром» +11,4%``).
_PRICE = re.compile(
    rf"(?:^|(?<=[,;:][ \u00a0]))(?P<a>{_SIDE})(?:[ \u00a0]\|)?[ \u00a0]+[+\-−]?\d[\d.,\u00a0]*"
    r"(?=[ \u00a0%|]|$)",
    re.MULTILINE,
)
#: How far after a price its per cent sign is looked for (``41,18 Euro -11,6 %``).
_PRICE_REACH = 24
#: A change after a price (``22,04 Euro -2,1 %``, ``4.182,50 | +11,4``).
_SECOND_FIGURE = re.compile(r"^[^\d\n]{0,8}[ \u00a0|][+\-−]?\d")
#: Fewest rows of a table of prices (in lines, or on one line).
_PRICE_ROWS = 3


def _listed(text: str, words: ForeignWords) -> list[tuple[int, int]]:
    """Where the companies' names of a table of share prices are (three rows or more, each
    with a per cent sign on its line or a bar between columns, and a price and its change or
    a signed change:
    ``Deutschland 3,8 %``, ``Sánchez 34 %`` are rates and polls), without quotation marks."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for match in _PRICE.finditer(text):
        # (the per cent sign or the column's bar is near the name, on its line, and a second
        # figure after the first)
        near = text[match.start() : match.end() + _PRICE_REACH].split("\n", 1)[0]
        after = text[match.end() : match.end() + _PRICE_REACH].split("\n", 1)[0]
        figure = text[match.end("a") : match.end()].lstrip(" \u00a0|")
        if ("%" in near or "|" in near) and (figure[:1] in "+-−" or _SECOND_FIGURE.search(after)):
            rows.setdefault(text.rfind("\n", 0, match.start()), []).append(match.span("a"))
    found = [span for spans in rows.values() for span in spans]
    if len(found) < _PRICE_ROWS:
        return []
    return _names_only(text, found, words)


def clubs(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    words: ForeignWords,
    countries: Collection[str],
    results: Sequence[re.Match[str]],
) -> None:
    """``Lormont - Saint-Orlac 1-2``: the names on a results line or in a league table, or either
    side of a result in a sentence (``Lens s'est imposé 2-0 contre Nantes``), are
    teams', and so are the same names elsewhere in the document (``renversé par Rennes``),
    but not after a preposition of place (``in Freiburg``, ``à Lens``) nor in a dateline.
    The names of a table of share prices are companies' the same way (``Kessler 18,20 Euro``).
    A country's name (``countries``) in a table or a result stays a place, and a person's name
    elsewhere keeps its type (``Müller gewann``). ``results``: :func:`prose_results`."""
    if not any(ch.isdigit() for ch in text):
        return
    teams = _sides(text, words, _Lines(text, words), countries)
    companies = [s for s in _listed(text, words) if text[s[0] : s[1]] not in countries]
    # (a result in a sentence: the side before the score may be named by its coach, ``el
    # equipo de Marcelo Gallardo le ganó 2-0 a Vélez``, so only the side after it lends its
    # words to the team's other mentions)
    # (``España venció 2-1 a Alemania``: a country stays a place, as in a table)
    subjects, objects, _ = _prose_sides(text, words, _people(items, dropped), results)
    # (the sides a result's sentence beats, apart from a scorer's, for ``beaten`` below)
    prose_objects = list(objects)
    # (``Durand (54e) pour Rennes``: the side a scorer scored for lends its name as an object does)
    objects += _scorer_sides(text, words)
    subjects, objects = (
        [s for s in found if text[s[0] : s[1]] not in countries] for found in (subjects, objects)
    )
    if not teams and not companies and not objects:
        return
    sides = teams + companies + subjects + objects
    prose = set(subjects + objects)
    teams = teams + objects
    names = {text[b:f] for b, f in sides}
    # (``VfB Stuttgart``: ``VfB`` and ``Stuttgart`` alone name the team too; ``Kessler
    # Maschinenbau``: ``Kessler`` the company)
    names |= {
        piece
        for b, f in teams
        for piece in text[b:f].split()
        if len(piece) > 2 and piece[:1].isupper()
    }
    names |= {text[b:f].split()[0] for b, f in companies if " " in text[b:f] and f - b > 3}
    # (``Borussia Dortmund hat``: a team's name of several words, written out of the table;
    # by first word, longest first, so that no mention scans every name)
    grown: dict[str, list[str]] = {}
    for several in sorted((n for n in names if " " in n), key=len, reverse=True):
        grown.setdefault(several.split(" ", 1)[0], []).append(several)
    sides.sort()
    side_starts = [b for b, _ in sides]
    # (``venció 2-1 a Jorge Wilstermann``: the side a result's sentence beats, named in several
    # words, is the team's wherever it is written, though its first word is a first name;
    # not where a person beats someone, ``Juan Pérez venció 3-1 a Pedro Gómez``, nor where
    # the winner is one word, as a player's surname is (``Nadal venció 3-1 a Roger Federer``),
    # nor a player beaten in sets, read apart by :func:`players`; nor the side after a
    # scorer's minutes, which may be a person's in other brackets)
    people = {
        fields[TEXT]
        for k, (_, _, fields) in enumerate(items)
        if k not in dropped and fields[TYPE] == "person" and not is_open(fields)
    }
    beaten = (
        {text[b:f] for b, f in prose_objects if " " in text[b:f]}
        if subjects and all(" " in text[b:f] and text[b:f] not in people for b, f in subjects)
        else set()
    )
    taken_end = -1
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE]:
            continue
        if fields[TYPE] == "person" and not is_open(fields) and fields[TEXT] not in beaten:
            continue
        start, end = spans.span(index, number)
        if start < taken_end:
            dropped.add(k)  # (a word of a team's name already grown: ``Paris SG``)
            continue
        at = bisect.bisect_right(side_starts, start) - 1
        side = sides[at] if at >= 0 and end <= sides[at][1] else None
        if side is None:
            longer = grown.get(fields[TEXT].split(" ", 1)[0], ())
            whole = next((n for n in longer if text.startswith(n, start)), None)
            # (never cut: ``Pampa Austral S.A.`` keeps its legal form)
            side = (start, max(end, start + len(whole))) if whole is not None else None
        kind = "organisation"
        if side is not None:
            begin, finish = side
            if side in prose and begin < start and _articles_only(text[begin:start], words):
                begin = start  # (``El Barcelona ganó 3-1``: a sentence's capitalised article)
        elif fields[TEXT] in names and fields[TYPE] in (None, "place"):
            # (a team's town, as the table's evidence is strong; a person's name keeps its type)
            begin, finish = start, end
            if _placed(text, start, end, words):
                # (``à Lens``: the town; typed, so that the team's type is not lent to it)
                kind = "place"
        else:
            continue
        named = list(typed_as(fields, kind, None))
        named[TEXT] = text[begin:finish]
        number = number if (begin, finish) == (start, end) else spans.add(begin, finish)
        items[k] = (index, number, tuple(named))
        taken_end = max(taken_end, finish)


def players(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    words: ForeignWords,
    results: Sequence[re.Match[str]],
) -> None:
    """The sides of a result between two players written in a sentence (:func:`_prose_sides`:
    ``Alcaraz venció 6-4 a Sinner``) are people's names, as are the same names elsewhere in
    the document, where nothing else typed them (``Alcaraz``, ``Iga Swiatek``): a person by
    what the page says of it. After the runs the document does not confirm are left untyped
    (:mod:`.foreign_runs`), as this confirms them. ``results``: :func:`prose_results`."""
    if not results:
        return
    found = _prose_sides(text, words, _people(items, dropped), results)[2]
    names = {text[b:f] for b, f in found}
    if not names:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TEXT] not in names or not is_open(fields):
            continue
        items[k] = (index, number, with_fields(fields, type="person", evidence=True))


def _articles_only(gap: str, words: ForeignWords) -> bool:
    """Whether ``gap`` holds nothing but the language's short words (``El``, ``La``)."""
    pieces = gap.split()
    return bool(pieces) and all(p.lower() in words.stopwords for p in pieces)


def _placed(text: str, start: int, end: int, words: ForeignWords) -> bool:
    """Whether a name at ``start:end`` is a place by its position: after a preposition of
    place (``in Freiburg``, ``à Lens``, ``в Самаре``) or as a dateline (``Dortmund – ...``)."""
    before = word_before(text, start)
    if before in words.place_prepositions or before in words.locative_before:
        return True
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 3] in (
        " – ",
        " - ",
        " — ",
        " (",
        ", ",
    )
