"""TIMEX3 readings of the date annotator: types, values and TimeML extents, in six languages.

Every sentence here is written for these tests (news-style, not copied from any corpus). Each
case gives the sentence, its publication date and the expected ``(extent, type, value)`` of
each TIMEX3 expression it holds, in text order.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotators.dates import DateAnnotator, lexicon_for, matching, rule_table, timex_parts
from newsbrief.exporters.dates import format_date
from newsbrief.exporters.json_exporter import load_schema
from newsbrief.model import Document, Metadata

ANNOTATOR = DateAnnotator()


def timexes(text: str, published: str | None = "2024-11-26", language: str = "en") -> list:
    """``(extent, type, value)`` of every TIMEX3 expression (a range gives its two ends)."""
    metadata = Metadata(
        published=dt.date.fromisoformat(published) if published else None, language=language
    )
    document = Document(id="t", text=text, metadata=metadata)
    out = []
    for annotation in ANNOTATOR.annotations(document):
        assert text[annotation.start : annotation.end] == annotation.text
        for start, end, kind, value in timex_parts(annotation):
            assert annotation.start <= start < end <= annotation.end
            out.append((text[start:end], kind, value))
    return out


# 2024-11-26 is a Tuesday.
ENGLISH = [
    # DATE, with the leading preposition left out of the extent.
    ("The talks were held in 2010 in Geneva.", [("2010", "DATE", "2010")]),
    ("Ministers met on Friday to discuss air defence.", [("Friday", "DATE", "2024-11-22")]),
    ("Prices rose in May this year.", [("May this year", "DATE", "2024-05")]),
    # A reporting verb's tense dates the weekday it governs, whatever the main clause says.
    (
        "The minister said on Tuesday that a new law will be adopted.",
        [("Tuesday", "DATE", "2024-11-26")],
    ),
    ("The exchange will stay closed until Friday.", [("Friday", "DATE", "2024-11-29")]),
    # TIME, with its zone.
    (
        "The aircraft landed at 18:00 UTC on Monday.",
        [("18:00 UTC on Monday", "TIME", "2024-11-25T18:00Z")],
    ),
    ("Trading resumed at 7:30 a.m. ET.", [("7:30 a.m. ET", "TIME", "2024-11-26T07:30")]),
    ("Police arrived on Friday morning.", [("Friday morning", "TIME", "2024-11-22TMO")]),
    # DURATION.
    ("The strike lasted three years.", [("three years", "DURATION", "P3Y")]),
    ("The meeting lasted thirty minutes.", [("thirty minutes", "DURATION", "PT30M")]),
    ("Output will grow for the next 16 months.", [("the next 16 months", "DURATION", "P16M")]),
    (
        "It was the worst slump in almost two and a half years.",
        [
            ("almost two and a half years", "DURATION", "P2.5Y"),
        ],
    ),
    ("The index hit a 12-year low.", [("12-year", "DURATION", "P12Y")]),
    ("Shares have fallen over the years.", [("over the years", "DURATION", "PXY")]),
    # SET.
    ("Inspectors visit the plant every week.", [("every week", "SET", "P1W")]),
    ("The bank publishes the figures monthly.", [("monthly", "SET", "P1M")]),
    # PRESENT_REF, PAST_REF, FUTURE_REF.
    ("The plant is currently closed.", [("currently", "DATE", "PRESENT_REF")]),
    ("The embassy recently reopened.", [("recently", "DATE", "PAST_REF")]),
    ("A decision is expected soon.", [("soon", "DATE", "FUTURE_REF")]),
    # Quarters, halves, seasons, decades, centuries, fiscal years.
    (
        "Profit fell in the third quarter of 1988.",
        [("the third quarter of 1988", "DATE", "1988-Q3")],
    ),
    ("Third-quarter sales beat forecasts.", [("Third-quarter", "DATE", "2024-Q3")]),
    ("Exports grew in the first half of 2024.", [("the first half of 2024", "DATE", "2024-H1")]),
    (
        "Gas use peaked in the winter of 2022-2023.",
        [("the winter of 2022-2023", "DATE", "2022-WI")],
    ),
    ("Trade grew in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The bridge was built in the 19th century.", [("the 19th century", "DATE", "18")]),
    ("The budget for fiscal 2025 was cut.", [("fiscal 2025", "DATE", "FY2025")]),
    # Ranges as their two ends; years as modifiers.
    ("Deliveries run from 2010 to 2015.", [("2010", "DATE", "2010"), ("2015", "DATE", "2015")]),
    ("The 2009-2010 season was cut short.", [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
    ("He led a 2010 commando raid.", [("2010", "DATE", "2010")]),
    ("Inflation eased in mid-2023.", [("mid-2023", "DATE", "2023")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_timex(text: str, expected: list) -> None:
    assert timexes(text) == expected


OTHER_LANGUAGES = [
    (
        "uk",
        "У вівторок уряд ухвалив бюджет, а переговори тривали майже три години.",
        [("вівторок", "DATE", "2024-11-26"), ("майже три години", "DURATION", "PT3H")],
    ),
    (
        "uk",
        "Минулого тижня ціни зросли, звіт публікують щомісяця.",
        [("Минулого тижня", "DATE", "2024-W47"), ("щомісяця", "SET", "P1M")],
    ),
    (
        "ru",
        "На прошлой неделе производство упало, сейчас в городе нет света.",
        [("прошлой неделе", "DATE", "2024-W47"), ("сейчас", "DATE", "PRESENT_REF")],
    ),
    (
        "ru",
        "В третьем квартале 2024 года выручка выросла.",
        [("третьем квартале 2024 года", "DATE", "2024-Q3")],
    ),
    (
        "de",
        "Am Samstag nahm die Polizei drei Männer fest, das Verhör dauerte fast drei Stunden.",
        [("Samstag", "DATE", "2024-11-23"), ("fast drei Stunden", "DURATION", "PT3H")],
    ),
    (
        "de",
        "Um 14.30 Uhr begann die Pressekonferenz, der Bericht erscheint monatlich.",
        [("14.30 Uhr", "TIME", "2024-11-26T14:30"), ("monatlich", "SET", "P1M")],
    ),
    (
        "fr",
        "La semaine dernière, les prix ont augmenté ; le rapport est publié chaque mois.",
        [("La semaine dernière", "DATE", "2024-W47"), ("chaque mois", "SET", "P1M")],
    ),
    (
        "fr",
        "Au troisième trimestre 2024, la production a chuté depuis plus de deux ans.",
        [("troisième trimestre 2024", "DATE", "2024-Q3"), ("plus de deux ans", "DURATION", "P2Y")],
    ),
    (
        "es",
        "El martes, el gobierno aprobó el presupuesto; actualmente la ciudad no tiene luz.",
        [("martes", "DATE", "2024-11-26"), ("actualmente", "DATE", "PRESENT_REF")],
    ),
    (
        "es",
        "La cumbre se celebró el 12 de marzo de 2023 y duró casi tres horas.",
        [("12 de marzo de 2023", "DATE", "2023-03-12"), ("casi tres horas", "DURATION", "PT3H")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OTHER_LANGUAGES)
def test_timex_in_other_languages(language: str, text: str, expected: list) -> None:
    assert timexes(text, language=language) == expected


def test_generic_today_is_no_timeline_event() -> None:
    (today,) = ANNOTATOR.annotations(
        Document(
            id="t",
            text="Today, plague infections are rare.",
            metadata=Metadata(published=dt.date(2024, 11, 26), language="en"),
        )
    )
    assert today.attributes["timex_value"] == "PRESENT_REF"
    assert today.attributes["vague"] is True  # the timeline leaves vague dates out


def test_dateless_expressions_have_no_value() -> None:
    found = ANNOTATOR.annotations(
        Document(
            id="t",
            text="For three years, every week, the plant has currently been idle.",
            metadata=Metadata(published=dt.date(2024, 11, 26), language="en"),
        )
    )
    assert [(a.attributes["value"], a.attributes["granularity"]) for a in found] == [
        (None, "duration"),
        (None, "set"),
        (None, "reference"),
    ]
    assert found[2].attributes["status"] == "present"


def test_json_gives_timex_type_and_value_and_reads_back() -> None:
    text = (
        "Profit fell in the third quarter of 2023, the company said on Tuesday.\n\n"
        "Output will grow for the next 16 months, from 2025 to 2026."
    )
    document = Document.from_text(
        text, metadata=Metadata(published=dt.date(2024, 11, 26), language="en")
    )
    briefing = newsbrief.build_briefing([document], words=60)
    data = json.loads(newsbrief.export(briefing, "json"))
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    found = {d["expression"]: (d["type"], d["timex"], d["timex_end"]) for d in data["dates"]}
    assert found["the third quarter of 2023"] == ("DATE", "2023-Q3", None)
    assert found["Tuesday"] == ("DATE", "2024-11-26", None)
    assert found["the next 16 months"] == ("DURATION", "P16M", None)
    assert found["2025 to 2026"] == ("DATE", "2025", "2026")
    for mention in data["dates"]:
        start, end = mention["start"], mention["end"]
        assert text[start:end] == mention["expression"]
    # Read back: the views keep the TIMEX3 fields.
    again = newsbrief.from_json(json.dumps(data))
    assert {m.expression: m.timex for m in again.dates} == {
        d["expression"]: d["timex"] for d in data["dates"]
    }


@pytest.mark.parametrize(
    ("value", "locale", "label"),
    [
        ("2024-W25", "en_GB", "week of 17 June 2024"),
        ("2022-2023-winter", "en_GB", "winter 2022-23"),
        ("1988-Q3", "en_GB", "3rd quarter of 1988"),
        ("2024-07-early", "en_GB", "early July 2024"),
        ("199", "en_GB", "the 1990s"),
        ("2024-W25", "de", "Woche vom 17. Juni 2024"),
        ("2024-summer", "fr", "été 2024"),
        ("2024-H1", "es", "primer semestre de 2024"),
        ("2024-W25", "iso", "2024-W25"),
    ],
)
def test_readers_see_labels_not_codes(value: str, locale: str, label: str) -> None:
    assert format_date(value, locale) == label


_PIECES = st.sampled_from(
    [
        "on Friday",
        " in 2010",
        "three years",
        "every week",
        "now",
        "the third quarter",
        "18:00 UTC",
        "from 2010 to 2015",
        "the 1990s",
        "a",
        "-",
        ",",
        " ",
        "\n",
        "Q3",
        "fiscal",
        "2024-06-01",
        "twelve",
        "hours",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_any_text_offsets_are_verbatim_and_types_known(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for _extent, kind, value in timexes(text):
        assert kind in {"DATE", "TIME", "DURATION", "SET"}
        assert value is None or isinstance(value, str)


def test_timeline_dates_a_sentence_by_its_main_clause() -> None:
    text = (
        "Kyiv, 26 November 2024.\n\n"
        "Troops withdrew from the town on Tuesday after the offensive that began in March. "
        "Officials counted the losses. The government has been rebuilding roads since 1997, "
        "and it will finish the work next year."
    )
    document = Document.from_text(
        text, metadata=Metadata(published=dt.date(2024, 11, 26), language="en")
    )
    briefing = newsbrief.build_briefing([document], words=10)
    dated = {entry.date: entry.text for entry in briefing.timeline}
    assert "2024-03" not in dated or "Troops withdrew" not in dated["2024-03"]
    assert "1997" not in dated
    since = next(d for d in briefing.dates if d.expression == "1997")
    assert since.status == "past"


_WORDS = st.sampled_from(
    [
        "on",
        "Friday",
        "May",
        "2024",
        "last",
        "week",
        "three",
        "years",
        "ago",
        "every",
        "the",
        "third",
        "quarter",
        "of",
        "1990s",
        "18:00",
        "UTC",
        "now",
        "fiscal",
        "Q3",
        "mid-2011",
        "almost",
        "two",
        "and",
        "a",
        "half",
        "months",
        "winter",
        "2022-2023",
        "said",
        "7:30",
        "a.m.",
        "ET",
        "until",
        "from",
        "to",
        "century",
        "19th",
        "annual",
        "recently",
        "İ",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, max_size=25), st.sampled_from([" ", ", ", ". ", "-", "\n"]))
def test_rules_run_near_their_triggers_find_what_a_full_scan_finds(words, joint) -> None:
    # Each rule scans only the stretches around its trigger words (a speed-up): it must find
    # exactly what scanning the whole text finds.
    text = joint.join(words)
    lexicon = lexicon_for("en")
    windowed = {(e.start, e.end, e.kind) for e in matching._candidates(text, lexicon)}
    full = set()
    for rule in rule_table.rules_for(lexicon):
        for match in rule.pattern.finditer(text):
            if rule.read(match, text, lexicon) is not None:
                full.add((matching._extent_start(match), match.end(), rule.kind))
    assert windowed == full
