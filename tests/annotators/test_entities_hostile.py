"""The English evidence pass's wire-layout rules stay fast on hostile input (session 11 review).

Each input below took seconds with the rules as first written: a results row's pattern tried
at every position of a long capitalised token (20,000 characters: about 10 s, quadratic), a
row of play read to the line's end from every ``: `` (quadratic in the line's length), and a
table's longer club names looked for across the text one scan per club (4,000 rows: about
8 s). The time bounds are generous (CPU time, on a size where the quadratic path takes more
than 20 s); the club scans are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import newsbrief.annotators.entities.evidence as evidence
import newsbrief.annotators.entities.merging as merging
import newsbrief.annotators.entities.sports_tables as sports_tables
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.chunker import LANGUAGE, TEXT, TYPE, with_fields
from newsbrief.model import AnnotationKind, Document, Metadata
from newsbrief.nlp.analysis import analysis_of


def _cpu_seconds(run: Callable[[], object]) -> float:
    return least_cpu_seconds(run, repeat=1)  # one run: the bounds are absolute and generous


def _annotated(text: str) -> list[tuple[str, str]]:
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="d", metadata=Metadata(language="en"))]
    )
    return [(a.text, a.attributes["type"]) for a in document.annotations_of(AnnotationKind.ENTITY)]


def _letters(i: int) -> str:
    """A distinct word of letters for each number (a club's name holds no digit)."""
    word = ""
    while True:
        word += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
        if not i:
            return word


def test_a_long_capitalised_token_is_read_in_linear_time() -> None:
    # The first written results row took about 40 s on this token.
    text = "Leeds 2 York 1\n" + "A" * 40_000 + "\nLeeds won .\n"
    assert _cpu_seconds(lambda: sports_tables.table_rows(text)) < 2
    assert _cpu_seconds(lambda: _annotated(text)) < 2


def test_a_name_s_following_word_is_found_in_linear_time() -> None:
    # Unbounded, a capitalised run was read to its end from each letter: minutes here.
    pattern = sports_tables._CLUB_FOLLOWER_AFTER_NAME
    assert _cpu_seconds(lambda: pattern.search("A" * 200_000)) < 2
    assert _cpu_seconds(lambda: pattern.search("A" * 101 + " keeper " + "Ab " * 50_000)) < 2
    assert pattern.search("Arsenal manager Wenger").group() == "Arsenal manager"
    # The whole lower-case word, as the club's word list has it.
    assert pattern.search("Arsenal managers said") is None
    assert pattern.search("Arsenal manager-elect said") is None


def test_a_long_line_of_colons_is_read_in_linear_time() -> None:
    # Each ``: `` may open a row of play; read to the line's end from each: about 25 s here.
    text = "Leeds 2 York 1\n" + "A 1 : " * 25_000 + "\n"
    assert _cpu_seconds(lambda: sports_tables.table_rows(text)) < 2


def test_rows_are_still_read_at_line_starts_only() -> None:
    text = "Portsmouth 1 Swindon 1\nsaid Stoke 2 Bolton 0\nNorwich 0 Bolton 3 .\n"
    assert [text[b:e] for b, e in sports_tables.table_rows(text)] == [
        "Portsmouth",
        "Swindon",
        "Norwich",
        "Bolton",
    ]


def test_a_row_of_play_is_still_found_after_a_long_score() -> None:
    text = "In Perth : Tasmania 251 ( D. Boon 87 , M. Hayden 55 ) v Western Australia 40 .\n"
    assert [text[b:e] for b, e in sports_tables.table_rows(text)] == [
        "Tasmania",
        "Western Australia",
    ]


@pytest.fixture
def club_scans(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The patterns of the whole-text scans for a table's longer club names."""
    scans: list[str] = []
    finditer = re.finditer

    def counting(pattern: Any, string: Any, flags: Any = 0) -> Iterator[re.Match[str]]:
        if isinstance(pattern, str) and pattern.startswith(r"(?<![\w-])"):
            scans.append(pattern)
        return finditer(pattern, string, flags)

    monkeypatch.setattr(evidence.re, "finditer", counting)
    yield scans


def _standings(clubs: int) -> str:
    rows = "".join(f"Club{_letters(i)} Town{_letters(i)} 10 5 3 2 {i % 9}\n" for i in range(clubs))
    return "Standings :\n" + rows + f"Club{_letters(0)} Town{_letters(0)} won .\n"


def test_a_table_s_longer_club_names_are_looked_for_in_the_text(club_scans: list[str]) -> None:
    found = _annotated(_standings(3))
    assert found.count(("Cluba Towna", "organisation")) == 2, found
    assert len(club_scans) == 3


def test_thousands_of_table_rows_cost_no_scan_each(club_scans: list[str]) -> None:
    clubs = 8_000  # one scan of the text each: about 8 s for 4,000 rows, 30 s here
    text = _standings(clubs)
    assert _cpu_seconds(lambda: _annotated(text)) < 5
    assert len(club_scans) <= evidence._MAX_WRITTEN_CLUBS


def _mentions(text: str) -> tuple[list[merging.Mention], merging.Spans]:
    packed = [
        analysis_of(
            Document.from_text(text, id="d", metadata=Metadata(language="en"))
        ).packed_candidates
    ]
    return merging.mentions_of(packed), merging.Spans(packed)


def _foreign(mentions: list[merging.Mention], name: str) -> list[merging.Mention]:
    """``mentions`` with the last mention of ``name`` marked as another language's."""
    last = max(k for k, m in enumerate(mentions) if m[2][TEXT] == name)
    marked = list(mentions)
    marked[last] = (*marked[last][:2], with_fields(marked[last][2], language="de"))
    return marked


def test_datelines_leave_other_languages_names_alone() -> None:
    text = "SUN CITY , South Africa 1996-12-06\nNick Price won at Sun City on Friday .\n"
    mentions, spans = _mentions(text)
    items = _foreign(mentions, "Sun City")
    evidence._datelines(items, evidence._Offsets(items, spans), text, set())
    kinds = [(c[TEXT], c[LANGUAGE], c[TYPE]) for _, _, c in items]
    assert ("Sun City", "de", "place") not in kinds, kinds
    english = [c for _, _, c in evidence._document(mentions, spans, text)]
    assert ("Sun City", "place") in [(c[TEXT], c[TYPE]) for c in english], english


def test_a_table_s_clubs_leave_other_languages_mentions_alone() -> None:
    text = "Leicester 2 Everton 1\nFans in Leicester cheered as Everton lost .\n"
    mentions, spans = _mentions(text)
    items = _foreign(mentions, "Everton")
    evidence._follow_clubs(
        items, evidence._Offsets(items, spans), text, set(), {"Everton"}, frozenset()
    )
    foreign = [c for _, _, c in items if c[LANGUAGE] == "de"]
    assert foreign and all(c[TYPE] != "organisation" for c in foreign), foreign
