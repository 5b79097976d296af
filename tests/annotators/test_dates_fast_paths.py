"""The speed-ups of the date annotator find and resolve exactly what the plain paths do.

* The grammar's alternations sit behind a look-ahead for their first characters (``_gated``),
  optional groups are written as branches (``_optional_as_branch``), rules skip windows without
  an anchor (:attr:`Rule.anchor`, all found by one scan) or a cue word (:attr:`Rule.cue`): the
  plain patterns find the same expressions. The readers' backwards look at the word before a
  match is the regular expression it replaced.
* The trigger windows (``_TokenIndex``) are the ones the plain definition gives: around each
  trigger token, ``before``/``after`` characters, never cutting a word, overlapping ones merged.
* ``tense_at`` finds the clause and reads it as the plain word-by-word loop does.
* Resolution remembers each handler's reading (``resolve._MEMO``) and each value's interval
  (``values.interval``): resolving afresh each time gives the same annotations, and the month
  ends are the ones ``relativedelta`` gives.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.dates import DateAnnotator, grammar, tense
from newsbrief.annotators.dates.grammar import find_expressions
from newsbrief.annotators.dates.lexicon import Lexicon, lexicon_for
from newsbrief.model import Document, Metadata

# The package exports the function ``resolve`` under the module's name.
resolution = importlib.import_module("newsbrief.annotators.dates.resolve")

LANGUAGES = ["en", "de", "fr", "es", "uk", "ru"]

# Calendar words of the six languages, numbers, clock times and the characters whose case
# folding differs between ``str.lower`` and the regular expression engine (``ſ``, the Kelvin
# sign, ``İ``, ``ı``, final sigma).
WORDS = [
    "10", "3", "24.", "1er", "5", "2024", "1990s", "70s", "2022-2023", "2024-10-03", "03.10.2024",
    "10:30", "9", "a.m.", "pm", "10am", "18:00", "1800", "UTC", "GMT", "Uhr", "Q3", "FY2024",
    "on", "in", "the", "of", "de", "at", "since", "until", "from", "to", "and", "between", "-",
    "early", "late", "mid", "last", "next", "this", "coming", "past", "recent", "ago", "every",
    "week", "weeks", "month", "months", "year", "years", "day", "days", "quarter", "decades",
    "Monday", "Thursday", "Sunday", "Times", "Black", "Friday", "morning", "night", "today",
    "yesterday", "tomorrow", "now", "recently", "soon", "spring", "winter", "fall", "summer",
    "March", "May", "Feb.", "Sept", "October", "oct", "AUGUST", "Auguſt", "Sunday", "mondaY",
    "Februar", "Mai", "mars", "juillet", "mayo", "enero", "березня", "травні", "марта", "мая",
    "Montag", "am", "lundi", "lunes", "понеділок", "вторник", "woche", "vorige", "semaine",
    "dernière", "минулого", "тижня", "на", "прошлой", "неделе", "said", "will", "was", "wanted",
    "signed", "needed", "had", "are", "won’t", "’ll", "İstanbul", "ıy", "ΣΑΣ", "K", "©", "AFP",
    "century", "third", "first", "half", "fiscal", "year’s", "same", "that",
    "laſt", "thıs", "SAME", "very", "Coming", "previous", "following", "recent", "1990’s", "80S",
]  # fmt: skip
GAPS = [" "] * 10 + [", ", ". ", ": ", "; ", "\n", "\n\n", "-", "–", "\u00a0", "  ", "/", "’"]


@st.composite
def texts(draw: st.DrawFn, vocabulary: list[str] = WORDS) -> str:
    words = draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=40))
    gaps = draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True))


@functools.cache
def _plain_rules(lexicon: Lexicon) -> tuple[grammar.Rule, ...]:
    """The rules built without gates, optional groups as written, without anchors."""
    grammar.rules_for.cache_clear()
    grammar.extras_for.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(grammar, "_gated", lambda alternatives, firsts: alternatives)
            patch.setattr(grammar, "_optional_as_branch", lambda pattern: pattern)
            rules = grammar.rules_for(lexicon)
    finally:
        grammar.rules_for.cache_clear()
        grammar.extras_for.cache_clear()
    assert rules[0].pattern.pattern != grammar.rules_for(lexicon)[0].pattern.pattern
    return tuple(attrs.evolve(rule, anchor=None, cue=None) for rule in rules)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_gates_branches_and_anchors_change_no_expression(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    fast = grammar.rules_for(lexicon)
    assert any(rule.anchor is not None for rule in fast)
    assert any(rule.cue is not None for rule in fast)
    found = find_expressions(text, lexicon)
    plain = _plain_rules(lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "rules_for", lambda _: plain)
        assert find_expressions(text, lexicon) == found


def test_a_gate_admits_exactly_the_characters_its_branches_start_with() -> None:
    # Every character of Unicode against each first character the grammar gates on, as a
    # literal and as a class member, with and without case folding.
    firsts: set[str] = set()
    original = grammar._gated

    def record(alternatives: str, chars: list[str]) -> str:
        firsts.update(chars)
        return original(alternatives, chars)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_gated", record)
        grammar.rules_for.cache_clear()
        grammar.extras_for.cache_clear()
        for code in LANGUAGES:
            grammar.rules_for(lexicon_for(code))
    grammar.rules_for.cache_clear()
    grammar.extras_for.cache_clear()
    assert len(firsts) > 20
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for char in sorted(firsts):
        for flags in (0, re.IGNORECASE):
            literal = {m.start() for m in re.finditer(re.escape(char), everything, flags)}
            member = grammar._class_char(char)
            in_class = {m.start() for m in re.finditer(f"[{member}]", everything, flags)}
            assert literal == in_class, (char, flags)


def _plain_windows(lower: str, trigger: grammar.Trigger) -> list[tuple[int, int]]:
    """The windows by definition: every token of the trigger, widened, merged."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", lower)]
    spans = sorted(
        (max(0, start - trigger.before), min(len(lower), end + trigger.after))
        for start, end, token in tokens
        if token in trigger.words or (trigger.numeric is not None and _number(token, trigger))
    )
    merged: list[tuple[int, int]] = []
    for low, high in spans:
        while high < len(lower) and (lower[high].isalnum() or lower[high] == "_"):
            high += 1
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _number(token: str, trigger: grammar.Trigger) -> bool:
    assert trigger.numeric is not None
    return not token.isalpha() and any(c.isdigit() for c in token) and trigger.numeric(token)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_windows_are_the_plain_ones(parts: list[str], code: str) -> None:
    lower = "".join(parts).lower()
    index = grammar._TokenIndex(lower)
    for rule in grammar.rules_for(lexicon_for(code)):
        if rule.trigger is not None:
            assert index.windows(rule.trigger) == _plain_windows(lower, rule.trigger)


_PLAIN_BREAK = re.compile(r"[.!?;]\s|\n\s*\n|\n")


def _plain_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 300)
    for found in _PLAIN_BREAK.finditer(text, left, start):
        left = found.end()
    right_match = _PLAIN_BREAK.search(text, end, min(len(text), end + 300))
    right = right_match.start() + 1 if right_match else min(len(text), end + 300)
    return left, right


def _plain_tense(text: str, start: int, end: int, lexicon: Lexicon) -> tense.Tense:
    """``tense_at`` as a word-by-word loop."""
    left, right = _plain_bounds(text, start, end)
    words = tense._WORD
    before = [w.group(0).lower() for w in words.finditer(text, max(left, start - 40), start)]
    for word in reversed(before[-3:]):
        if word in lexicon.future_cues:
            break
        if word in lexicon.reporting:
            return tense.Tense.PAST
    best: tuple[int, tense.Tense] | None = None
    previous = ""
    for found in words.finditer(text, left, right):
        word = found.group(0)
        lower = word.lower().replace("’", "'")
        cue = tense._cue(word, lower, previous, lexicon)
        previous = lower
        if cue is None or start <= found.start() < end:
            continue
        distance = start - found.end() if found.end() <= start else found.start() - end
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else tense.Tense.UNKNOWN


@settings(max_examples=400, deadline=None)
@given(texts(), st.data(), st.sampled_from(LANGUAGES))
def test_tense_reads_the_clause_as_the_plain_loop(
    text: str, data: st.DataObject, code: str
) -> None:
    lexicon = lexicon_for(code)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tense.clause_bounds(text, start, end) == _plain_bounds(text, start, end)
    assert tense.tense_at(text, start, end, lexicon) == _plain_tense(text, start, end, lexicon)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(texts(), min_size=1, max_size=4),
    st.sampled_from(LANGUAGES),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)) | st.none(),
)
def test_remembered_readings_resolve_as_fresh_ones(
    parts: list[str], code: str, published: dt.date | None
) -> None:
    document = Document(
        id="d", text=". ".join(parts), metadata=Metadata(published=published, language=code)
    )
    annotator = DateAnnotator()
    remembered = annotator.annotations(document)
    assert annotator.annotations(document) == remembered  # now from the memo
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            resolution,
            "_handled",
            lambda expression, reference, tense, previous: resolution._run(
                expression.kind, expression.fields, reference, tense, previous
            ),
        )
        patch.setattr(resolution, "_STATUS", {})
        patch.setattr(resolution, "_MEMO_SIZE", 0)  # the status memo starts afresh each time
        assert annotator.annotations(document) == remembered


# The words of the rules with cues (:attr:`Rule.cue`), dense enough that most texts hold them.
CUE_WORDS = [
    "this", "last", "next", "coming", "previous", "following", "past", "recent", "same", "very",
    "that", "the", "end", "of", "week", "weeks", "month", "months", "year", "years", "day",
    "days", "quarter", "weekend", "two", "16", "laſt", "thıs", "THIS", "Same", "earlier", "on",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(texts(CUE_WORDS), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_cue_words_skip_no_window_with_a_match(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    found = find_expressions(text, lexicon)
    plain = _plain_rules(lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "rules_for", lambda _: plain)
        assert find_expressions(text, lexicon) == found


_CUE_FOLDS = st.sampled_from(
    ["a", "Z", "ſ", "ı", "İ", "K", "1", "_", " ", "\n", ".", "é", "\u0301"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | _CUE_FOLDS, max_size=15), st.data())
def test_the_preceding_word_is_the_pattern_it_replaced(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    found = re.search(r"(\w+)\W{0,3}$", text[max(0, start - 30) : start])
    assert grammar._preceding_word(text, start) == (found.group(1).lower() if found else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_one_scan_finds_each_anchors_own_hits(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    hits = grammar._anchor_hits(text, lexicon)
    assert len(hits) >= 4  # the day before a month, clock times, ISO and dotted dates, decades
    for anchor, found in hits.items():
        assert found == [m.start() for m in anchor.finditer(text)]


def test_only_dotless_i_and_long_s_fold_to_ascii_letters_beyond_lower_case() -> None:
    # Why :attr:`Rule.cue` may read the lower-cased text unless it holds ``ı`` or ``ſ``: every
    # other character the engine matches to an ASCII letter regardless of case lower-cases to
    # it (``İ`` lower-cases to two characters: no index, no cues).
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if not char.isascii()
        and letter.fullmatch(char)
        and not (len(char.lower()) == 1 and char.lower().isascii())
    }
    assert odd == {"ı", "ſ", "İ"}


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 12)), max_size=6))
def test_a_remembered_clause_reads_as_a_fresh_one(text: str, spans: list[tuple[int, int]]) -> None:
    # Several dates of one clause in a row (the clause's cues are read once), then others.
    lexicon = lexicon_for("en")
    for at, width in spans:
        start = min(at, len(text))
        end = min(start + width, len(text))
        assert tense.tense_at(text, start, end, lexicon) == _plain_tense(text, start, end, lexicon)


@settings(max_examples=200, deadline=None)
@given(texts(), st.sampled_from(["", "Intro.\n\n", "A line said.\n", "x " * 200]), st.data())
def test_a_clause_read_in_another_text_reads_the_same(
    text: str, prefix: str, data: st.DataObject
) -> None:
    # The tenses are remembered by the clause's text: the same clause in another article (wire
    # copy) must read as it would there, even where the 300-character window cuts it.
    lexicon = lexicon_for(data.draw(st.sampled_from(LANGUAGES)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for whole, at in ((text, 0), (prefix + text, len(prefix))):
        expected = _plain_tense(whole, start + at, end + at, lexicon)
        assert tense.tense_at(whole, start + at, end + at, lexicon) == expected


def test_intervals_end_where_relativedelta_ends_them() -> None:
    from dateutil.relativedelta import relativedelta

    from newsbrief.annotators.dates import values

    for year in (*range(1, 4), *range(1899, 1902), *range(1999, 2030), 9998, 9999):
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            try:
                expected: dt.date | None = first + relativedelta(day=31)
            except ValueError:
                expected = None
            assert values.interval(f"{year:04d}-{month:02d}") == (
                (first, expected) if expected else None
            )
        for season, start in values.SEASON_START.items():
            first = dt.date(year, start, 1)
            try:
                last: dt.date | None = first + relativedelta(months=2, day=31)
            except ValueError:
                last = None
            assert values.interval(f"{year:04d}-{season}") == ((first, last) if last else None)
        for part, months, count in (("Q", 3, 4), ("H", 6, 2)):
            for number in range(1, count + 1):
                first = dt.date(year, (number - 1) * months + 1, 1)
                assert values.interval(f"{year:04d}-{part}{number}") == (
                    first,
                    first + relativedelta(months=months - 1, day=31),
                )


@pytest.mark.parametrize(
    "text", ["every weekſ", "the thırd quarter", "twıce a year, every ſunday", "Thurſday mornıng"]
)
def test_words_the_engine_folds_are_no_error(text: str) -> None:
    # ``weekſ`` matches the set rule (the engine takes ``ſ`` for ``s``) but is in no table: it
    # stopped the annotator with a ``KeyError``; now such a match is no expression.
    for code in ("en", "de", "fr", "es", "uk", "ru"):
        for expression in find_expressions(text, lexicon_for(code)):
            assert text[expression.start : expression.end].strip()
    document = Document.from_text(text, id="d", metadata=Metadata(published=dt.date(2024, 5, 1)))
    assert DateAnnotator().annotations(document) == []
