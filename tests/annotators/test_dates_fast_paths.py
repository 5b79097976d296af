"""The speed-ups of the date annotator find and resolve exactly what the plain paths do.

* The grammar's alternations sit behind a look-ahead for their first characters
  (``patterns.gated``), optional groups are written as branches
  (``patterns.optional_as_branch``), rules skip windows without an anchor (:attr:`Rule.anchor`,
  all found by one scan) or a cue word (:attr:`Rule.cue`): the plain patterns find the same
  expressions. The readers' backwards look at the word before a
  match is the regular expression it replaced.
* The trigger windows (``TokenIndex``) are the ones the plain definition gives: around each
  trigger token, ``before``/``after`` characters, never cutting a word, overlapping ones merged.
  A rule whose matches hold a trigger word stops scanning a window past its last one
  (:attr:`Rule.holds_trigger`): scanning the whole window finds the same matches.
* ``tense_at`` finds the clause and reads it as the plain word-by-word loop does.
* Resolution remembers each handler's reading (``resolve._MEMO``) and each value's interval
  (``values.interval``): resolving afresh each time gives the same annotations, and the month
  ends are the ones ``relativedelta`` gives.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import itertools
import re
import sys

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbrief.annotators.dates import (
    DateAnnotator,
    Resolution,
    calendar_shapes,
    grammar,
    language_extras,
    matching,
    patterns,
    reading,
    rule_model,
    rule_table,
    tense,
    timex_shapes,
    token_index,
)
from newsbrief.annotators.dates.grammar import find_expressions
from newsbrief.annotators.dates.lexicon import Lexicon, fold, lexicon_for
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
def _plain_rules(lexicon: Lexicon) -> tuple[rule_model.Rule, ...]:
    """The rules built without gates, optional groups as written, without anchors."""
    rule_table.rules_for.cache_clear()
    language_extras.extras_for.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(patterns, "gated", lambda alternatives, firsts: alternatives)
            patch.setattr(patterns, "optional_as_branch", lambda pattern: pattern)
            rules = rule_table.rules_for(lexicon)
    finally:
        rule_table.rules_for.cache_clear()
        language_extras.extras_for.cache_clear()
    assert rules[0].pattern.pattern != rule_table.rules_for(lexicon)[0].pattern.pattern
    return tuple(attrs.evolve(rule, anchor=None, cue=None) for rule in rules)


@settings(max_examples=400, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_gates_branches_and_anchors_change_no_expression(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    fast = rule_table.rules_for(lexicon)
    assert any(rule.anchor is not None for rule in fast)
    assert any(rule.cue is not None for rule in fast)
    found = find_expressions(text, lexicon)
    plain = _plain_rules(lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "rules_for", lambda _: plain)
        assert find_expressions(text, lexicon) == found


def test_a_gate_admits_exactly_the_characters_its_branches_start_with() -> None:
    # Every character of Unicode against each first character the grammar gates on, as a
    # literal and as a class member, with and without case folding.
    firsts: set[str] = set()
    original = patterns.gated

    def record(alternatives: str, chars: list[str]) -> str:
        firsts.update(chars)
        return original(alternatives, chars)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patterns, "gated", record)
        rule_table.rules_for.cache_clear()
        language_extras.extras_for.cache_clear()
        for code in LANGUAGES:
            rule_table.rules_for(lexicon_for(code))
    rule_table.rules_for.cache_clear()
    language_extras.extras_for.cache_clear()
    assert len(firsts) > 20
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for char in sorted(firsts):
        for flags in (0, re.IGNORECASE):
            literal = {m.start() for m in re.finditer(re.escape(char), everything, flags)}
            member = patterns.class_char(char)
            in_class = {m.start() for m in re.finditer(f"[{member}]", everything, flags)}
            assert literal == in_class, (char, flags)


def _plain_windows(lower: str, trigger: rule_model.Trigger) -> list[tuple[int, int]]:
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


def _number(token: str, trigger: rule_model.Trigger) -> bool:
    assert trigger.numeric is not None
    return not token.isalpha() and any(c.isdigit() for c in token) and trigger.numeric(token)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_windows_are_the_plain_ones(parts: list[str], code: str) -> None:
    lower = "".join(parts).lower()
    rules = rule_table.rules_for(lexicon_for(code))
    index = token_index.TokenIndex(lower)
    # As ``find_expressions`` builds it: told the rules' trigger words.
    told = token_index.TokenIndex(lower, None, matching._plan(rules)[1])
    for rule in rules:
        if rule.trigger is not None:
            plain = _plain_windows(lower, rule.trigger)
            assert index.windows(rule.trigger) == plain
            assert told.windows(rule.trigger) == plain


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


@pytest.mark.parametrize(
    "text",
    [
        "They 'LL meet on Monday, officials said.",  # ``'LL`` is no word ``'ll``
        "We ’Ll see on Monday.",
        "They ’ll meet on Monday.",
        "ΟΔΟΣ.Monday was wanted.",  # a capital sigma lower-cases by the letters around it
        "İstanbul talks ended on Monday.",  # ``İ`` lower-cases to two characters
        "The deal, signed Monday, will be needed; it was sealed.",
    ],
)
@pytest.mark.parametrize("code", LANGUAGES)
def test_odd_cased_clauses_read_as_the_plain_loop(text: str, code: str) -> None:
    lexicon = lexicon_for(code)
    start = text.index("Monday")
    end = start + len("Monday")
    tense._last_clause = None
    tense._TENSES.clear()
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
    "for", "over", "several", "many", "some", "few", "a", "decades", "-long", "years-long",
    "ſeveral", "FOR", "Over",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(texts(CUE_WORDS), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_cue_words_skip_no_window_with_a_match(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    found = find_expressions(text, lexicon)
    plain = _plain_rules(lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "rules_for", lambda _: plain)
        assert find_expressions(text, lexicon) == found


# The vague durations' words (``for years``, ``over the past decade``, ``decades-long``), in
# short texts: a window holds one cue word or none.
VAGUE_WORDS = [
    "for", "over", "recent", "past", "last", "several", "many", "some", "few", "a", "the",
    "years", "decade", "months", "weeks", "decades-long", "days", "Years", "FOR", "ſome",
    "we", "met", "long", "-", "quarter",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(VAGUE_WORDS), min_size=1, max_size=6), st.data())
def test_the_vague_duration_cue_skips_no_kept_match(words: list[str], data: st.DataObject) -> None:
    gaps = data.draw(st.lists(st.sampled_from(GAPS), min_size=len(words), max_size=len(words)))
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=True))
    lexicon = lexicon_for("en")
    found = find_expressions(text, lexicon)
    plain = _plain_rules(lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "rules_for", lambda _: plain)
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
    assert reading.preceding_word(text, start) == (found.group(1).lower() if found else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_one_scan_finds_each_anchors_own_hits(parts: list[str], code: str) -> None:
    text = "".join(parts)
    lexicon = lexicon_for(code)
    hits = matching._anchor_hits(text, lexicon)
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
    ("odd", "plain"),
    [
        ("every weekſ", "every weeks"),
        ("We met laſt week.", "We met last week."),
        ("It happened thıs year.", "It happened this year."),
        ("It was the thırd quarter.", "It was the third quarter."),
        ("Sales rose in the paſt two years.", "Sales rose in the past two years."),
        ("It happened three dayſ ago.", "It happened three days ago."),
        ("Prices fell thıs morning.", "Prices fell this morning."),
        ("Talks end later thıs month.", "Talks end later this month."),
        ("In the paſt decade it fell.", "In the past decade it fell."),
        ("In the firſt half of 2020.", "In the first half of 2020."),
    ],
)  # fmt: skip
def test_words_the_engine_folds_read_as_their_plain_spelling(odd: str, plain: str) -> None:
    # The engine matches ``ſ`` to ``s`` and ``ı`` to ``i`` whatever the case: ``laſt week``
    # matched the relative rule, and ``laſt`` was in no table (a ``KeyError`` that stopped the
    # whole annotator). The readers look words up folded as the engine matched them, so such
    # a match reads as the plain spelling (where its trigger word is spelt plainly: windows
    # are found among lower-case words).
    def read(text: str) -> list[tuple[int, int, object, object]]:
        document = Document.from_text(
            text, id="d", metadata=Metadata(published=dt.date(2024, 5, 1), language="en")
        )
        return [
            (a.start, a.end, a.attributes["value"], a.attributes["timex_value"])
            for a in DateAnnotator().annotations(document)
        ]

    assert len(odd) == len(plain)
    assert read(odd) == read(plain)
    assert read(odd)


@settings(max_examples=200, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=3), st.sampled_from(LANGUAGES))
def test_words_the_engine_folds_are_no_error(parts: list[str], code: str) -> None:
    # Texts dense in ``ſ``, ``ı``, ``İ``, final sigma and the Kelvin sign among calendar words:
    # every match is read and resolved (the readers catch no ``KeyError`` any more).
    text = "".join(parts)
    document = Document.from_text(
        text, id="d", metadata=Metadata(published=dt.date(2024, 5, 1), language=code)
    )
    for annotation in DateAnnotator().annotations(document):
        assert text[annotation.start : annotation.end] == annotation.text


def _table_words() -> set[str]:
    """Every word of every table the date readers look words up in, in every language."""
    from newsbrief.languages import supported

    words: set[str] = set(calendar_shapes.DAY_PARTS)
    for code in supported():
        lexicon = lexicon_for(code)
        for table in (lexicon.months, lexicon.weekdays, lexicon.days, lexicon.seasons):
            words.update(table)
        words.update(lexicon.numbers)
        words.update(language_extras.extras_for(code).relative)
        for value in timex_shapes.timex_words(code).values():
            words.update(value)
    return words


def test_folding_equates_what_the_engine_matches_case_insensitively() -> None:
    # The mechanism behind :func:`reading.look_up`: whenever the engine matches a character of
    # a text to a character of a table word (``re.IGNORECASE``), the two fold alike, so the
    # folded word is in the folded table. Checked for every character of Unicode against every
    # character of every table word of every supported language.
    table_chars = sorted({char for word in _table_words() for char in word})
    assert len(table_chars) > 100
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    members = "".join(patterns.class_char(char) for char in table_chars)
    near = sorted({m.group() for m in re.finditer(f"[{members}]", everything, re.IGNORECASE)})
    engine = {char: re.compile(re.escape(char), re.IGNORECASE) for char in table_chars}
    odd = set()
    for text_char in near:
        for char, pattern in engine.items():
            if pattern.fullmatch(text_char):
                assert fold(text_char) == fold(char), (text_char, char)
                if text_char.lower() != char.lower():
                    odd.add(text_char)
    assert {"ſ", "ı", "İ"} <= odd  # what ``str.lower`` alone would miss
    # Folding keeps a word's length: offsets inside a folded word are the word's.
    assert all(len(fold(word)) == len(word) for word in _table_words())


# Words whose ``\w+`` runs the shared analysis splits or joins otherwise: joiners (``F-16``,
# ``don't``), combining marks (Hindi), an underscore, letters of scripts written without spaces
# (``五月``), a capital sigma, digits of other scripts.
ANALYSIS_WORDS = [
    *WORDS, "F-16", "don't", "2014-15", "year-old", "हिन्दी", "२०२४", "snake_case", "五月", "2024年",
    "3日", "ΜΑΡΤΙΟΣ.Α", "Σάββατο", "Μαρτίου", "٢٠٢٤", "Nov.", "mid-2024", "x\u200dy", "ab\u0301c",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(texts(ANALYSIS_WORDS), min_size=1, max_size=3),
    st.sampled_from([*LANGUAGES, "el", "zh", "hi"]),
)
def test_words_from_the_analysis_are_the_texts_tokens(parts: list[str], code: str) -> None:
    # :func:`grammar.words_of` reads the distinct tokens from the shared analysis instead of
    # tokenizing again: when it answers, every rule's windows are those of the text's ``\w+``
    # tokens (it may differ on words no rule of the language asks for, such as Chinese ones
    # in an English text), and the annotations are the same with or without the analysis.
    from newsbrief.nlp.analysis import analyse

    text = "".join(parts)
    document = Document.from_text(
        text, id="d", metadata=Metadata(published=dt.date(2024, 5, 1), language=code)
    )
    analysis = analyse(document)
    lexicon = lexicon_for(code)
    words = grammar.words_of(text, lexicon, analysis.norms, analysis.sentences)
    lower = text.lower()
    if words is not None and len(lower) == len(text):
        given_words = token_index.TokenIndex(lower, words)
        tokenized = token_index.TokenIndex(lower)
        for rule in rule_table.rules_for(lexicon):
            if rule.trigger is not None:
                assert given_words.windows(rule.trigger) == tokenized.windows(rule.trigger)
    segmented = Document.from_text(
        text, id="d", metadata=Metadata(published=dt.date(2024, 5, 1), language=code)
    )
    annotator = DateAnnotator()
    assert annotator.annotations(segmented, analysis=analysis) == annotator.annotations(segmented)


def test_words_from_the_analysis_are_refused_where_they_could_differ() -> None:
    from newsbrief.nlp.analysis import analyse

    def words(text: str, code: str) -> set[str] | None:
        document = Document.from_text(text, id="d", metadata=Metadata(language=code))
        analysis = analyse(document)
        return grammar.words_of(text, lexicon_for(code), analysis.norms, analysis.sentences)

    assert words("On 5 May 2024 the F-16 don't fly.", "en") == {
        "on", "5", "may", "2024", "the", "f", "16", "don", "t", "fly",
    }  # fmt: skip
    assert words("Το Σάββατο 5 Μαΐου.", "el") is None  # a capital sigma, Greek trigger words
    assert words("Το Σάββατο 5 Μαΐου.", "en") is not None  # no sigma among English ones
    assert words("2024年5月3日", "zh") is None  # one-letter words, Chinese trigger words


# -- Session 10: the section's date, remembered attribute maps, clauses lower-cased whole ------

_OUTLETS = st.sampled_from([None, "AFP", "Reuters"])
_AUTHORS = st.sampled_from([None, "Ann Lee", "Bo Chen"])
_DAYS = st.sampled_from([None, dt.date(2024, 5, 1), dt.date(2023, 1, 31)])


@st.composite
def _sectioned(draw: st.DrawFn) -> Document:
    from newsbrief.model import Section

    text = "x" * draw(st.integers(1, 60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=4)))
    bounds = [(a, b) for a, b in itertools.pairwise([*cuts, len(text)]) if a < b]
    sections = [
        Section(a, b, Metadata(published=draw(_DAYS), outlet=draw(_OUTLETS), author=draw(_AUTHORS)))
        for a, b in bounds
    ]
    page = Metadata(published=draw(_DAYS), outlet=draw(_OUTLETS), author=draw(_AUTHORS))
    return Document(id="d", text=text, metadata=page, sections=tuple(sections))


@settings(max_examples=300, deadline=None)
@given(_sectioned(), st.data())
def test_the_section_date_is_the_one_its_metadata_gives(
    document: Document, data: st.DataObject
) -> None:
    # ``Document.section_published`` (which the date annotator reads) gives the date
    # ``section_metadata`` would complete, without making it: the section's own, else the
    # page's unless the section is another outlet's or author's.
    offset = data.draw(st.integers(0, len(document.text)))
    assert document.section_published(offset) == document.section_metadata(offset).published


_VALUES = st.sampled_from([None, "2024-05-01", "2024-W18", "2024-05", "P3Y"])
_TIMEX = st.one_of(
    st.just(()),
    st.tuples(
        st.tuples(st.integers(0, 9), st.integers(0, 9), st.sampled_from(["DATE", "TIME"]), _VALUES)
    ),
    st.tuples(
        st.tuples(st.integers(0, 9), st.integers(0, 9), st.sampled_from(["DATE", "SET"]), _VALUES),
        st.tuples(
            st.integers(0, 9), st.integers(0, 9), st.sampled_from(["DATE", "DURATION"]), _VALUES
        ),
    ),
)
_RESOLUTIONS = st.builds(
    Resolution,
    value=_VALUES,
    granularity=st.sampled_from(["day", "week", "range"]),
    end_value=_VALUES,
    status=st.sampled_from(["past", "present", "anticipated"]),
    vague=st.booleans(),
    timex=_TIMEX,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(_RESOLUTIONS, _DAYS, st.sampled_from([None, "dateline", "credit"])), max_size=12
    )
)
def test_remembered_attribute_maps_are_the_plain_ones(
    readings: list[tuple[Resolution, dt.date | None, str | None]],
) -> None:
    # Each annotation's attributes come from a table keyed by what they are made of: in any
    # order and mix, each is the map the plain dict gives (no two inputs share a wrong key).
    from newsbrief.annotators.dates import annotator
    from newsbrief.model.frozen import frozen_map

    for found, reference, set_aside in readings:
        plain: dict[str, object] = {
            "value": found.value,
            "granularity": found.granularity,
            "status": found.status,
            "end_value": found.end_value,
            "reference": reference.isoformat() if reference else None,
            **annotator._timex_attributes(found),
        }
        if found.vague:
            plain["vague"] = True
        if set_aside is not None:
            plain["set_aside"] = set_aside
        made = annotator._attributes(found, reference, set_aside)
        assert made == plain
        assert list(made) == list(frozen_map(plain))  # the same order (sorted keys)


def test_equal_offsets_and_texts_are_one_object_across_annotations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Annotations of different articles hold one int per offset value and one string per
    # expression (what a large run keeps to its end); a long text is not kept by the table,
    # and a full table starts afresh (bounded).
    from newsbrief.annotators.dates import annotator

    text = "Officials met on Tuesday, March 4, 2025. " * 20
    metadata = Metadata(published=dt.date(2025, 3, 6))
    first, second = (
        DateAnnotator().annotations(Document(id=name, text=text, metadata=metadata))
        for name in ("a", "b")
    )
    assert [(a.start, a.end, a.text) for a in first] == [(a.start, a.end, a.text) for a in second]
    assert len(first) > 1
    for one, other in zip(first, second, strict=True):
        assert one.start is other.start and one.end is other.end and one.text is other.text
        assert one.text == text[one.start : one.end]
    long = "x" * (annotator._SHARED_TEXT_LENGTH + 1)
    assert annotator._shared_text(long) is long and long not in annotator._TEXTS
    monkeypatch.setattr(annotator, "_SHARED_SIZE", 2)
    for value in range(1000, 1010):
        assert annotator._shared_offset(value) == value
        assert len(annotator._OFFSETS) <= 2
    for value in ("one", "two", "three"):
        assert annotator._shared_text(value) == value
        assert len(annotator._TEXTS) <= 2


def test_lower_case_keeps_every_characters_word_class() -> None:
    # ``_clause_cues`` splits the lower-cased clause into words: a character and its lower
    # case (where it is one character) are both word characters or neither, in all of Unicode.
    word = re.compile(r"\w")
    changed = [
        point
        for point in range(sys.maxunicode + 1)
        if len(low := chr(point).lower()) == 1
        and bool(word.match(chr(point))) != bool(word.match(low))
    ]
    assert changed == []


def _plain_cues(
    text: str, left: int, right: int, lexicon: Lexicon
) -> tuple[tuple[int, int, tense.Tense], ...]:
    """The clause's cues read word by word (each word lower-cased alone)."""
    found = []
    previous = ""
    for match in tense._WORD.finditer(text, left, right):
        lower = match.group(0).lower().replace("’", "'")
        if lower in tense._cue_words(lexicon) or lower.endswith("ed"):
            cue = tense._cue(match.group(0), lower, previous, lexicon)
            if cue is not None:
                found.append((match.start(), match.end(), cue))
        previous = lower
    return tuple(found)


@settings(max_examples=400, deadline=None)
@given(texts([*WORDS, "'LL", "’Ll", "WE’LL", "said", "'ll"]), st.data(), st.sampled_from(LANGUAGES))
def test_a_clause_lower_cased_whole_gives_the_cues_of_its_words(
    text: str, data: st.DataObject, code: str
) -> None:
    lexicon = lexicon_for(code)
    left = data.draw(st.integers(0, len(text)))
    right = data.draw(st.integers(left, len(text)))
    tense._last_clause = None
    assert tense._clause_cues(text, left, right, lexicon) == _plain_cues(text, left, right, lexicon)


# -- Session 12: a match read only when it would be taken -------------------------------------


def _plain_expressions(text: str, lexicon: Lexicon) -> list[rule_model.Expression]:
    """``find_expressions`` as first written: every match read, the kept ones sorted longest
    first, each taken unless it overlaps one taken before."""
    found = sorted(matching._candidates(text, lexicon), key=lambda e: (e.start - e.end, e.start))
    taken: list[rule_model.Expression] = []
    for expression in found:
        if all(t.end <= expression.start or expression.end <= t.start for t in taken):
            taken.append(expression)
    taken.sort(key=lambda e: e.start)
    return grammar._join_ranges(text, taken)


# Dates that nest and overlap (a month inside a day, a day inside a range, a year after both).
DENSE = [
    "March", "May", "5", "5th", "2024", "March 5", "5 March 2024", "May 2024", "Tuesday",
    "on", "in", "early", "last", "the", "of", "from", "to", "between", "and", "-", "at",
    "10:30 a.m.", "18:00", "UTC", "week", "weeks", "two", "ago", "every", "the 1990s", "Q3",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts(), texts(DENSE)), st.sampled_from(LANGUAGES))
def test_reading_only_the_matches_taken_finds_the_same_expressions(text: str, code: str) -> None:
    lexicon = lexicon_for(code)
    assert find_expressions(text, lexicon) == _plain_expressions(text, lexicon)


# -- Session 14: a window's scan stops past its last trigger word -----------------------------

# Words a rule matches around or inside without a trigger token there (``mornings``, ``ſ``),
# and units, sets and references next to counts and names of several rules.
HOLDING = [
    *WORDS, "mornings", "nights", "Mays", "weekends", "Auguſt", "weekſ", "ᲀ", "every", "other",
    "once", "twice", "annually", "daily", "decades", "hours", "minutes", "several", "few",
    "a few", "for", "over", "long", "-long", "second", "half", "right now", "at the moment",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(texts(HOLDING), texts(DENSE)), min_size=1, max_size=3),
    st.sampled_from(LANGUAGES),
)
@example(["yesterday this mornings"], "en")  # (why ``deictic`` rules keep scanning)
@example(["July 5 and Auguſt 6, 2024"], "en")  # (why ``ſ`` in a text turns stopping off)
@example(["on Monday, 5 May 2024 and every other week for several years"], "en")
def test_stopping_past_the_last_trigger_word_finds_every_match(parts: list[str], code: str) -> None:
    # Every match (read or not) as scanning each whole window finds it.
    text = "".join(parts)
    lexicon = lexicon_for(code)
    rules = rule_table.rules_for(lexicon)
    assert code != "en" or sum(rule.holds_trigger for rule in rules) > 10
    fast = [(s, e, kind, m.span()) for s, e, kind, _, m in matching.matches(text, lexicon)]
    whole = tuple(attrs.evolve(rule, holds_trigger=False) for rule in rules)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "rules_for", lambda _: whole)
        plain = [(s, e, kind, m.span()) for s, e, kind, _, m in matching.matches(text, lexicon)]
    assert fast == plain


# -- Session 15: a window's scan starts where a match can ----------------------------------------

# Words a match may hold before its trigger word (prepositions, counts, weekdays, ``[Dd]uring``,
# plurals), and words none does (``since``, ``reported``), in odd cases and spellings too.
LEADING = [
    *HOLDING, "during", "During", "DURING", "since", "Since", "reported", "officials", "began",
    "throughout", "approximately", "about", "nearly", "roughly", "almost", "more", "than",
    "beginning", "middle", "start", "fiscal", "Wednesday,", "Wed.", "Sept.", "the 5th of",
    "10 a.m. EST on", "at 18:00 on", "fifteen", "twenty-five", "couple of", "ſince", "durıng",
    "naïve", "Straße", "vergangenen", "letzten", "Woche", "Jahren", "semaine", "dernière",
    "travaux", "años", "últimos", "минулого", "тижня",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(texts(LEADING), texts(DENSE)), min_size=1, max_size=3),
    st.sampled_from(LANGUAGES),
)
@example(["the storm began early on July 5, 2024"], "en")
@example(["during the last two weeks, officials reported"], "en")
@example(["It happened During Wednesday, 10 a.m. EST on May 5"], "en")
def test_starting_where_a_match_can_finds_every_match(parts: list[str], code: str) -> None:
    # Every match as scanning each window from its start finds it.
    text = "".join(parts)
    lexicon = lexicon_for(code)
    fast = [(s, e, kind, m.span()) for s, e, kind, _, m in matching.matches(text, lexicon)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(token_index.TokenIndex, "reach", lambda self, start: 0)
        plain = [(s, e, kind, m.span()) for s, e, kind, _, m in matching.matches(text, lexicon)]
    assert fast == plain


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_words_before_a_trigger_are_the_patterns_own(code: str) -> None:
    # Every word of five ASCII letters or more that a holding rule's pattern spells is no
    # bound (read off the patterns as the engine reads them: ``[Dd]uring`` is ``during``).
    lexicon = lexicon_for(code)
    lead, limit = token_index.lead_words(rule_table.rules_for(lexicon))
    rules = [rule for rule in rule_table.rules_for(lexicon) if rule.holds_trigger]
    assert limit == max(rule.trigger.before for rule in rules if rule.trigger is not None)
    english = ["during", "weeks", "years", "several", "previous", "following", "beginning"]
    for word in english if code == "en" else []:
        assert word[::-1] in lead
    for word in ["since", "reported", "officials"]:
        assert word[::-1] not in lead
    for rule in rules:
        for match in re.finditer(r"[^\W\d_]{5,}", rule.pattern.pattern):
            spelt = match.group().lower()
            before = rule.pattern.pattern[max(0, match.start() - 1)]
            if before == "]":  # after a class (``[Dd]uring``): with its letter in front
                assert any(word.startswith(spelt[::-1]) for word in lead), (rule.kind, spelt)
            elif before != "\\":  # not an escape's letter
                assert spelt[::-1] in lead, (rule.kind, spelt)


def test_a_long_run_of_leading_words_is_read_once_per_window() -> None:
    # Hostile text: every word could lead a match, and the trigger words are many; each
    # first word of a window looks back at most the widest ``before``, once.
    lexicon = lexicon_for("en")
    text = "early on during the last several " * 3000 + "July 5. " + "May weeks " * 3000
    index = token_index.TokenIndex(
        text.lower(), None, None, token_index.lead_words(rule_table.rules_for(lexicon))
    )
    # Every backward read of the words before a window (``reach``'s searches), by the text
    # it reads: each is at most the widest ``before`` long, and one per window start.
    read: dict[int, str] = {}  # (the texts kept, so that no id is reused)
    search = token_index._REVERSED_BOUND

    def counted(before: str, at: int) -> re.Match[str] | None:
        read[id(before)] = before
        return search(before, at)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(token_index, "_REVERSED_BOUND", counted)
        expressions = find_expressions(text, lexicon)
    assert expressions
    starts = {
        window[0]
        for rule in rule_table.rules_for(lexicon)
        if rule.holds_trigger and rule.trigger is not None
        for window in index.windows(rule.trigger)
    }
    _, limit = token_index.lead_words(rule_table.rules_for(lexicon))
    assert read, "the hostile text is read backwards at all"
    lengths = [len(before) for before in read.values()]
    assert len(lengths) <= len(starts)
    assert max(lengths) <= limit
    assert sum(lengths) <= limit * len(starts)


# Break characters in every company: followed by white space or not, runs of line breaks.
BREAKS = [
    "x", "said", "3.5", "U.S.", "U.S.A", ". ", ".", "!", "?", ";", "; ", "!\n", "?\u00a0",
    ".\x1c", "\n", "\n\n", "\n \n", " \n\t\n ", ".\n", ";\n\n", "\u2028", "..", ". .", "..\n",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(BREAKS), max_size=60), st.data())
def test_the_clause_starts_after_the_last_break_the_pattern_finds(
    pieces: list[str], data: st.DataObject
) -> None:
    text = " ".join(pieces) if data.draw(st.booleans()) else "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    low = data.draw(st.integers(0, start))
    plain = low
    for found in tense._CLAUSE_BREAK.finditer(text, low, start):
        plain = found.end()
    fast = tense._last_break_end(text, low, start)
    assert fast is None or fast == plain
    # And the clause's left edge, 300 characters back at most.
    edge = max(0, start - 300)
    for found in tense._CLAUSE_BREAK.finditer(text, max(0, start - 300), start):
        edge = found.end()
    assert tense.clause_bounds(text, start, start)[0] == edge


def test_the_lead_words_belong_to_the_rules_that_run() -> None:
    # Tests swap ``rules_for``; the words read off other rules must never be served for these
    # (a cache keyed by language once kept an empty answer for the process and lost matches).
    lexicon = lexicon_for("en")
    text = "The statement was issued at 10 a.m. EST on May 5, 2024, officials said."
    expected = find_expressions(text, lexicon)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "rules_for", lambda _: ())
        assert token_index.lead_words(()) == (frozenset(), 0)
        assert find_expressions(text, lexicon) == []
    assert find_expressions(text, lexicon) == expected
    assert [e.start for e in expected] == [text.index("10 a.m.")]
