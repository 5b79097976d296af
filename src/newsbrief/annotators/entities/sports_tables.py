"""Sports tables and the signs that an English article shows a sport.

The English evidence pass (:mod:`~newsbrief.annotators.entities.evidence`) types the names of
a sports page's tables as clubs and its plural names as teams; this module only reads the text
to find where those are, and holds no mentions:

* :func:`shows_sport`: whether an article shows a sport (a score ``3-1``, a fixture ``vs.``, a
  club's word after a name, ``Brighton keeper``, or a results or standings row);
* :func:`result_sides`: the two sides of each results row and row of play;
* :func:`table_rows`: the spans of the names in a document's results rows (``Leicester 2
  Manchester United 1``, several on one line after a label, ``Premier division : Aberdeen 1
  Motherwell 1 , ...``; a web page's ``Leicester 2-1 Motherwell``, ``Leicester – Motherwell
  2–1``), standings rows (``Tottenham 16 6 4 6 17 16 22``, ``Ravello 17 5 .773 3 1/2``; a web
  page's numbered ``1. Ravello 23-6``), rows of play (``Queensland 342 for six v Victoria``),
  market price rows (``Hoechst 58.80 up 0.95``), a rider's team after a nationality in
  brackets and a player's club in brackets on a line listing several.

It is separate because its patterns are a family of their own (line-anchored rows tried only
at the starts of lines, bounded against hostile input) that the evidence pass only consumes;
the pass imports this module, never the reverse. Words come from ``en.toml [entities]``
(``fixture_words``, ``club_followers``, ``price_moves``, ``row_fixture_words``,
``sport_slugs``, ``result_gap_words``, ``result_gap_before_number``, ``result_gap_units``).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.word_patterns import alternatives
from newsbrief.languages import language

_EN = language("en")

#: ``vs.``: the words of a fixture.
VERSUS = tuple(sorted(_EN.words("entities", "fixture_words")))
#: A pattern of any of :data:`VERSUS` (``vs.``, not ``v.``: ``Roe v. Wade`` is a case, not a
#: fixture).
VS = alternatives(frozenset(VERSUS))
#: A fixture's word between spaces (``Rangers vs. Celtic``).
VERSUS_AFTER = re.compile(r"[ \u00a0]" + VS + r"[ \u00a0]")
#: A score after a word (``beat Leeds 3-1``).
# Led by the score's first digit, the letter and space before it a look-behind: the engine
# skips to digits in C (a leading letter class is tried at every letter).
SCORE_ANYWHERE = re.compile(r"\d(?<=[A-Za-z][ \u00a0]\d)\d{0,2}[ \u00a0]?[-–][ \u00a0]?\d{1,3}\b")
_CLUB_FOLLOWERS = _EN.words("entities", "club_followers")
#: A club's word right after a capitalised one (``Brighton keeper``). ``(?![a-z\-])``: the
#: whole lower-case word is the club's.
# The word run is bounded (a name word is never 100 characters): unbounded, a long capitalised
# token is scanned to its end from each of its letters (quadratic).
_CLUB_WORDS = tuple(sorted(w for w in _CLUB_FOLLOWERS if re.fullmatch(r"[a-z][a-z\-]+", w)))
_CLUB_FOLLOWER_AFTER_NAME = re.compile(
    r"[A-Z][\w.’']{0,100}+[ \u00a0]" + alternatives(frozenset(_CLUB_WORDS)) + r"(?![a-z\-])"
)


def shows_sport(text: str) -> bool:
    """Whether an article shows a sport: a score, a fixture (``vs.``) or a club's word after a
    name (``Brighton keeper``), or a wire's sport slug opening it (``GOLF - ``). Only there is
    a plural name a team (``the Lakers``; ``the Hamptons`` elsewhere)."""
    # Each pattern searched only where its words are in the text (found in C, much faster
    # than a pattern led by a class of characters).
    return bool(
        SCORE_ANYWHERE.search(text)
        or sport_slug(text)
        or _results_table(text)
        or (any(v in text for v in VERSUS) and VERSUS_AFTER.search(text))
        or (
            any(word in text for word in _CLUB_WORDS)
            and _CLUB_FOLLOWER_AFTER_NAME.search(text) is not None
        )
    )


#: A team's name in a table row: capitalised words (``Willem II Tilburg``, ``NAC Breda``). The
#: word runs are possessive: no backtracking inside a long capitalised token (hostile input).
_TABLE_NAME = r"[A-Z][\w.'&-]*+(?: [A-Z][\w.'&-]*+){0,4}"
#: ``Leicester 2 Manchester United 1`` (a scorer's note in brackets may follow a score).
_RESULT_ROW = re.compile(
    rf"^({_TABLE_NAME}) \d{{1,3}} (?:\([^()\n]*\) )?({_TABLE_NAME}) \d{{1,3}}"
    r"(?: \([^()\n]*\))? ?\.?$",
    re.MULTILINE,
)
#: One result of several on a line (``Premier division : Aberdeen 1 Motherwell 1 , Dundee
#: United 0 Hibernian 2``) or a row with notes after it (``Real Madrid 0 Celta Vigo 0 .
#: Attendance 85,000``): two sides and their scores after a line's start, a colon, a comma or
#: a semicolon, before one of those or a full stop (read line by line: see :func:`table_rows`).
_RESULT_PAIR = re.compile(
    # (The first side is :data:`_TABLE_NAME` with the look-behinds for where a side starts
    # after its first capital: a pattern opening with a capital lets the engine skip to
    # capitals, where look-behinds first were tried at every character: 10 ms of the 105
    # real-news articles, now about 1.)
    r"((?:[A-Z](?:(?<=^[A-Z])|(?<=[:,;] [A-Z]))[\w.'&-]*+)(?: [A-Z][\w.'&-]*+){0,4})"
    rf" \d{{1,3}} (?:\([^()\n]*\) )?"
    rf"({_TABLE_NAME}) \d{{1,3}}(?: \([^()\n]*\))?(?= ?[,;.]| ?$)",
    re.MULTILINE,
)
#: ``15 - Wayne Proctor ( Llanelli ) ;``, ``Peter Schmeichel ( Manchester United ) ,``: a
#: name in brackets right after a word, before a list's mark, a number or the line's end; on
#: a line of two or more of them it is the player's club (a country's is a national side).
#: (The bracket first, the word before it looked behind from after it: a literal opening lets
#: the engine skip to brackets, where a look-behind first was tried at every character.)
_CLUB_IN_BRACKETS = re.compile(
    rf"\( (?<=[\w.] \( )({_TABLE_NAME}) \)(?= [,;)\d]| ?$)", re.MULTILINE
)
#: A web page's results row: the score between the sides (``Leicester 2-1 Manchester United``)
#: or after them, the sides joined by a dash (``Leicester – Manchester United 2–1``); a note
#: in brackets may end it (``(OT)``, ``(pens)``). A full stop after the last side ends a
#: sentence (``Livingston 1 - 0 Rangers.``), not a row: its name would hold the stop.
_SCORE = r"\d{1,3} ?[-–—] ?\d{1,3}"
_WEB_RESULT_ROW = re.compile(
    rf"^({_TABLE_NAME}) (?:{_SCORE} ({_TABLE_NAME})(?<!\.)|[-–—] ({_TABLE_NAME}) {_SCORE})"
    r"(?: \([^()\n]*\))? ?$",
    re.MULTILINE,
)
#: ``Tottenham 16 6 4 6 17 16 22``: a standings row (played, won, drawn, lost, ...).
_STANDINGS_ROW = re.compile(rf"^({_TABLE_NAME})(?: \d{{1,3}}){{4,}} ?$", re.MULTILINE)
#: ``3. Ravello 21-8``, ``3. Ravello 27, 54``: a web page's numbered standings row of a club
#: (its won and lost, or its games and points).
_NUMBERED_STANDINGS_ROW = re.compile(
    rf"^\d{{1,2}}\. ({_TABLE_NAME}) \d{{1,3}}(?:-|–|, )\d{{1,3}} ?$", re.MULTILINE
)
#: ``Ravello 17 5 .773 3 1/2``: a standings row of won, lost, winning percentage and games
#: behind (``-`` for the leader).
_PERCENTAGE_ROW = re.compile(
    rf"^({_TABLE_NAME}) \d{{1,3}} \d{{1,3}} \.\d{{3}}(?: (?:-|\d{{1,2}}(?: \d/\d)?|\d/\d))? ?$",
    re.MULTILINE,
)


#: What follows a team in a result list's row: a time, a gap's words (``same time``, ``at 4
#: seconds``, ``one lap behind``) or the line's end.
_TEAM_GAP = (
    r"(?= \d| "
    + alternatives(_EN.words("entities", "result_gap_words"))
    + " | "
    + alternatives(_EN.words("entities", "result_gap_before_number"))
    + r" \d| [a-z]+ "
    + alternatives(_EN.words("entities", "result_gap_units"))
    + " | ?$)"
)
#: ``1. Inaki Zaragoza ( Spain ) Kelme 4 hours 51 minutes``, ``2. Franco Bellandi ( Italy )
#: Mapei same time``: a result list's row of a place, a rider or driver with a nationality in
#: brackets, and the team, before :data:`_TEAM_GAP` (bounded gaps). Anchored at a line's start
#: like the other rows (:func:`table_rows` tries it only there).
_TEAM_AFTER_NATION_ROW = re.compile(
    rf"^\d{{1,3}}\.? [^()\n]{{1,60}}? \( [^()\n]{{1,40}} \) ({_TABLE_NAME})" + _TEAM_GAP,
    re.MULTILINE,
)
#: The same rows run on in one line after a label (``Stage result : 1. Alex Zuelle ( Switzerland
#: ) ONCE 52 minutes 2. Fernando Escartin ( Spain ) Kelme 1:02 behind``): a rank with its
#: full stop after a space.
_TEAM_AFTER_NATION_INLINE = re.compile(
    rf"(?<= )\d{{1,3}}\. [^()\n]{{1,60}}? \( [^()\n]{{1,40}} \) ({_TABLE_NAME})" + _TEAM_GAP,
    re.MULTILINE,
)
#: Lines that open with a number (where :data:`_TEAM_AFTER_NATION_ROW` may start).
_NUMBERED_LINE = re.compile(r"^\d", re.MULTILINE)

#: The most characters read between a side's score and ``v`` in a row of play.
_PLAY_GAP = 200

#: ``Hoechst 58.80 up 0.95``, ``Allianz 2,705 up 15``: a market table's row (a price, its move).
_PRICE_ROW = re.compile(
    rf"^({_TABLE_NAME}) \d[\d,]*(?:\.\d+)? "
    + alternatives(_EN.words("entities", "price_moves"))
    + r"(?: [+-]?\d[\d,]*(?:\.\d+)?)? ?$",
    re.MULTILINE,
)
#: ``In Perth : Tasmania 251 ( D. Boon 87 ) v Western Australia 40 for one .``: a side with
#: its score, then ``v`` and the other side (a bounded gap: each ``: `` may start a row, and an
#: unbounded one read to the line's end from each, quadratic in the line's length).
_PLAY_ROW = re.compile(
    rf"(?:^|: )({_TABLE_NAME}) \d{{1,4}}\b[^\n]{{0,{_PLAY_GAP}}}? "
    + alternatives(_EN.words("entities", "row_fixture_words"))
    + rf" ({_TABLE_NAME})(?= \d| \(| ?\.? ?$)",
    re.MULTILINE,
)


#: What a price, result and standings row opens with: a name, a space and a digit, at a line's
#: start. Each of those rows is one whole line, so the three are tried only at the starts of
#: the lines this finds (one scan of the text instead of three; most lines of prose are none).
_ROW_OPENING = re.compile(rf"{_TABLE_NAME} \d")
#: :data:`_ROW_OPENING` after a line break (``^`` of a multi-line pattern): the engine finds
#: each break by a fast search for the literal, where a ``^`` is tried at every position.
_ROW_START = re.compile(rf"\n{_TABLE_NAME} \d")
#: Words one of which, spaced, every row of play holds (``Queensland 342 for six v Victoria``).
_PLAY_WORDS = tuple(f" {word} " for word in sorted(_EN.words("entities", "row_fixture_words")))


def _results_table(text: str) -> bool:
    """Whether a line of the text is a results or standings row (``Chicago 101 MIAMI 94``,
    ``CHICAGO 21 2 .913 -``): a sports table, though no score is written ``3-1``."""
    if "\n" not in text:
        return False
    starts = [0] if _ROW_OPENING.match(text) else []
    starts += [line.start() + 1 for line in _ROW_START.finditer(text)]
    return any(
        _RESULT_ROW.match(text, start)
        or _STANDINGS_ROW.match(text, start)
        or _PERCENTAGE_ROW.match(text, start)
        for start in starts
    )


def table_rows(text: str) -> list[tuple[int, int]]:
    """The spans of the names in the document's results, standings and market price rows."""
    # The rows' patterns, each matched where it can start: the same matches as scanning the
    # text with each (a row is one line, so no match hides another; see ``_ROW_START``).
    starts = [0] if _ROW_OPENING.match(text) else []
    starts += [line.start() + 1 for line in _ROW_START.finditer(text)]
    found: list[tuple[int, int]] = []
    for start in starts:
        if row := _PRICE_ROW.match(text, start):
            found.append(row.span(1))
    if any(word in text for word in _PLAY_WORDS):
        for play in _PLAY_ROW.finditer(text):
            found.extend((play.span(1), play.span(2)))
    for start in starts:
        if row := _RESULT_ROW.match(text, start):
            found.extend((row.span(1), row.span(2)))
    for start in starts:
        if row := (_STANDINGS_ROW.match(text, start) or _PERCENTAGE_ROW.match(text, start)):
            found.append(row.span(1))
    found.extend(_listed_results(text))
    found.extend(side for row in _web_results(text) for side in row)
    found.extend(_numbered_standings(text))
    if " ) " in text:
        for line in _NUMBERED_LINE.finditer(text):
            if row := _TEAM_AFTER_NATION_ROW.match(text, line.start()):
                found.append(row.span(1))
        found.extend(row.span(1) for row in _TEAM_AFTER_NATION_INLINE.finditer(text))
    return sorted(set(found))


def _numbered_standings(text: str) -> list[tuple[int, int]]:
    """The names of a web page's numbered standings rows (:data:`_NUMBERED_STANDINGS_ROW`),
    where two rows or more of them make a table (one such line may be anything's list), in an
    article that shows a sport (:func:`shows_sport`: ``1. Adele 12, 40`` of a chart of weeks
    and sales is none)."""
    if not shows_sport(text):
        return []
    found = [
        row.span(1)
        for line in _NUMBERED_LINE.finditer(text)
        if (row := _NUMBERED_STANDINGS_ROW.match(text, line.start()))
    ]
    return found if len(found) > 1 else []


def result_sides(text: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Each side's span in the document's results rows and rows of play (``Leicester 2
    Manchester United 1``, ``Queensland 342 for six v Victoria``) with the other side's: the two
    sides of a match are of one kind (two clubs, or two players)."""
    starts = [0] if _ROW_OPENING.match(text) else []
    starts += [line.start() + 1 for line in _ROW_START.finditer(text)]
    rows = [row for start in starts if (row := _RESULT_ROW.match(text, start))]
    if any(word in text for word in _PLAY_WORDS):
        rows += _PLAY_ROW.finditer(text)
    rows += _RESULT_PAIR.finditer(text)
    sides: dict[tuple[int, int], tuple[int, int]] = {}
    pairs = [(row.span(1), row.span(2)) for row in rows] + _web_results(text)
    for first, second in pairs:
        sides.setdefault(first, second)
        sides.setdefault(second, first)
    return sides


#: A score of a web page's row (``2-1``, ``3–2``), searched for before its rows are read.
_SCORE_IN_TEXT = re.compile(r"\d ?[-–—] ?\d")


def _web_results(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two sides' spans of each web page's results row (:data:`_WEB_RESULT_ROW`:
    ``Leicester 2-1 Manchester United``, ``Leicester – Manchester United 2–1``), tried at the
    starts of lines only (a row is one whole line), where two rows or more of them make a
    table (one such line may be a page's menu, ``News – Sport 24-7``, or a poll's tally)."""
    if _SCORE_IN_TEXT.search(text) is None:
        return []
    found = []
    for start in (0, *(line.end() for line in _LINE_BREAK.finditer(text))):
        if row := _WEB_RESULT_ROW.match(text, start):
            second = 2 if row.start(2) >= 0 else 3
            found.append((row.span(1), row.span(second)))
    return found if len(found) > 1 else []


_LINE_BREAK = re.compile("\n")


def line_of(text: str, at: int, breaks: list[int]) -> int:
    """The number of the line of ``text`` holding ``at`` (``breaks``: the text's line breaks,
    found on the first call; a scan back per name made a long line quadratic)."""
    if not breaks:
        breaks += [found.start() for found in _LINE_BREAK.finditer(text)] or [len(text)]
    return bisect.bisect_left(breaks, at)


#: ``SOCCER - ``, ``RUGBY UNION - ``, ``ICE HOCKEY - ``: a wire's sport slug opening the
#: text's first line (either word of two names the sport).
_SPORT_SLUG = re.compile(r"([A-Z]+)(?: ([A-Z]+))? - ")
_SPORT_SLUGS = _EN.words("entities", "sport_slugs")


def sport_slug(text: str) -> bool:
    """Whether the text opens with a wire's sport slug (``SOCCER - NORTHERN LEAGUE``)."""
    slug = _SPORT_SLUG.match(text)
    return slug is not None and any(
        word is not None and word.lower() in _SPORT_SLUGS for word in slug.groups()
    )


def _listed_results(text: str) -> list[tuple[int, int]]:
    """The sides of a line's results (:data:`_RESULT_PAIR`) where it holds two results or more
    or opens one with a label (``First division :``), and the clubs in brackets of a line
    listing two players or more with theirs (:data:`_CLUB_IN_BRACKETS`); the results only in
    an article that shows a sport (``London 12 Paris 14 , Berlin 9 Madrid 20`` may be a weather
    report's)."""
    found: list[tuple[int, int]] = []
    lines: dict[int, list[re.Match[str]]] = {}
    breaks: list[int] = []
    results = list(_RESULT_PAIR.finditer(text))
    for pair in results if results and shows_sport(text) else ():
        lines.setdefault(line_of(text, pair.start(), breaks), []).append(pair)
    for pairs in lines.values():
        for pair in pairs:
            if len(pairs) > 1 or text[max(0, pair.start() - 2) : pair.start()] != ", ":
                found.extend((pair.span(1), pair.span(2)))
    if " ) " in text or " )\n" in text:
        lines.clear()
        for club in _CLUB_IN_BRACKETS.finditer(text):
            lines.setdefault(line_of(text, club.start(), breaks), []).append(club)
        found.extend(
            c.span(1)
            for clubs in lines.values()
            if len(clubs) > 1 and not any(_country(c.group(1)) for c in clubs)
            for c in clubs
        )
    return found


def _country(name: str) -> bool:
    """Whether ``name`` is a country's (``Canada``, ``U.S.``): a line that brackets one after a
    player gives nationalities, not clubs (``Ato Boldon ( Trinidad )`` beside ``Donovan Bailey (
    Canada )``)."""
    canonical = gz.place_names().get(name)
    return canonical is not None and canonical in _countries()


@cache
def _countries() -> frozenset[str]:
    """The canonical names of the countries (ISO 3166)."""
    return frozenset(gz.country_names().values())
