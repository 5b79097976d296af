"""The ``dates`` annotator: each resolution rule, the seeds' dev answer key, offsets on any text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.annotators.base import AnnotationContext, Annotator
from newsbrief.annotators.dates import DateAnnotator, find_expressions, lexicon_for
from newsbrief.annotators.dates.values import interval
from newsbrief.model import AnnotationKind, Document, Metadata, Section
from newsbrief.pipeline import segmented
from newsbrief.sections.dates import date_mentions
from newsbrief.stories.grouping import group_stories

KEY = Path(__file__).with_name("seed_dates.json")
ANNOTATOR = DateAnnotator()


def dates(text: str, published: str | None = None, language: str = "en") -> list[tuple]:
    """``(expression, value, granularity, status, end_value)`` for each date in ``text``."""
    metadata = Metadata(
        published=dt.date.fromisoformat(published) if published else None, language=language
    )
    (document,) = ANNOTATOR.annotate([Document.from_text(text, metadata=metadata)])
    return [
        (
            a.text,
            a.attributes["value"],
            a.attributes["granularity"],
            a.attributes["status"],
            a.attributes["end_value"],
        )
        for a in document.annotations_of(AnnotationKind.DATE)
    ]


def one(text: str, published: str | None = None, language: str = "en") -> tuple:
    found = dates(text, published, language)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def seed_documents(newsbrief_seed_documents: tuple[Document, ...]) -> list[Document]:
    documents = [segmented(d) for d in newsbrief_seed_documents]
    # The run's stories, as the annotation step passes them (an undated article borrows its
    # story's date; the annotator never groups documents itself).
    context = AnnotationContext(stories=group_stories(documents))
    return list(ANNOTATOR.annotate(documents, context=context))


# -- the contract -------------------------------------------------------------------------------


def test_is_an_annotator_and_registers_through_the_hook(fresh_host) -> None:
    assert isinstance(ANNOTATOR, Annotator)
    assert (ANNOTATOR.name, ANNOTATOR.requires) == ("dates", ())
    [entry] = [e for e in fresh_host.registry("annotator").entries() if e.name == "dates"]
    assert isinstance(entry.component, DateAnnotator)
    assert entry.plugin == "newsbrief.default_plugins.annotators"


def test_keeps_text_and_earlier_annotations() -> None:
    document = Document.from_text("It happened on Monday.", metadata=Metadata(published=None))
    (first,) = ANNOTATOR.annotate([document])
    (second,) = ANNOTATOR.annotate([first])
    assert first.text == document.text
    assert len(second.annotations) == 2 * len(first.annotations) == 2


# -- rules, with the seeds' own sentences -------------------------------------------------------

SEED_CASES = [
    # (text, publication date, expression, value, granularity, status)
    (
        "On Thursday, October 3, President Volodymyr Zelenskyy held a press conference.",
        "2024-10-04",
        "Thursday, October 3",
        "2024-10-03",
        "day",
        "past",
    ),
    (
        "Russia on Thursday carried out a strike on the Ukrainian city of Dnipro.",
        "2024-11-26",
        "Thursday",
        "2024-11-21",
        "day",
        "past",
    ),
    (
        'Moscow on Tuesday pledged "retaliatory actions" to fresh Ukrainian air attacks.',
        "2024-11-26",
        "Tuesday",
        "2024-11-26",
        "day",
        "present",
    ),
    ("On Feb. 28, Zelenskyy urged Biden.", "2022-03-02", "Feb. 28", "2022-02-28", "day", "past"),
    ("He said in May: “So what?”", "2024-07-01", "May", "2024-05", "month", "past"),
    ("firing a missile last week.", "2024-11-26", "last week", "2024-W47", "week", "past"),
    (
        "ministers meet in Brussels next week.",
        "2024-11-26",
        "next week",
        "2024-W49",
        "week",
        "anticipated",
    ),
    (
        "Russia focused on shelling during the winter of 2022-2023, but has recently changed.",
        "2024-06-28",
        "the winter of 2022-2023",
        "2022-2023-winter",
        "season",
        "past",
    ),
    ("established the joint council in 2023 that", "2024-11-26", "2023", "2023", "year", "past"),
    (
        "“We are not putting down arms,” Zelenskyy said Saturday, Feb. 26.",
        "2022-03-02",
        "Saturday, Feb. 26",
        "2022-02-26",
        "day",
        "past",
    ),
    (
        "Russia launched an invasion of Ukraine early Thursday, Feb. 24, bombarding cities.",
        "2022-03-02",
        "early Thursday, Feb. 24",
        "2022-02-24",
        "day",
        "past",
    ),
    (
        "As of 7:30 a.m. ET on March 1, at least 352 citizens have been killed.",
        "2022-03-02",
        "7:30 a.m. ET on March 1",
        "2022-03-01",
        "day",
        "past",
    ),
    (
        "The subject could be discussed at the next NATO summit in Washington in early July.",
        "2024-06-28",
        "early July",
        "2024-07-early",
        "part_of_month",
        "anticipated",
    ),
    (
        "he fears it will deteriorate further as winter approaches.",
        "2024-06-28",
        "winter",
        "2024-2025-winter",
        "season",
        "anticipated",
    ),
    (
        "that same month",
        "2024-06-28",
        "that same month",
        None,
        "month",
        "past",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value", "granularity", "status"), SEED_CASES
)
def test_seed_expressions(text, published, expression, value, granularity, status) -> None:
    found = {f[0]: f[1:4] for f in dates(text, published)}
    assert found[expression] == (value, granularity, status)


def test_the_next_16_months_is_an_anticipated_range() -> None:
    text = "it will prioritize sales to Ukraine for the next 16 months to allow it to replenish"
    assert one(text, "2024-06-28") == (
        "the next 16 months",
        "2024-06",
        "range",
        "anticipated",
        "2025-10",
    )


def test_recent_months_is_a_vague_range_ending_at_publication() -> None:
    document = Document.from_text(
        "destruction unleashed by Russian strikes in recent months.",
        metadata=Metadata(published=dt.date(2024, 6, 28)),
    )
    (annotation,) = ANNOTATOR.annotate([document])[0].annotations
    assert annotation.text == "recent months"
    assert (annotation.attributes["value"], annotation.attributes["end_value"]) == (
        "2024-03",
        "2024-06",
    )
    assert annotation.attributes["vague"] is True


def test_that_same_month_refers_back_to_the_last_month_mentioned() -> None:
    text = "He said in May that it was time. And during that same month, Kuleba claimed more."
    assert [f[:3] for f in dates(text, "2024-07-01")] == [
        ("May", "2024-05", "month"),
        ("that same month", "2024-05", "month"),
    ]


# -- rules, with other outlets' styles ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # AP dateline and a bare weekday in the past tense.
        (
            "KYIV, Ukraine (AP) — Russian drones struck the capital Monday, officials said.",
            "2024-11-27",
            ("Monday", "2024-11-25", "day", "past", None),
        ),
        # The future tense: the coming weekday, anticipated.
        (
            "Defence ministers will meet on Friday to discuss air defence.",
            "2024-11-26",
            ("Friday", "2024-11-29", "day", "anticipated", None),
        ),
        (
            "Defence ministers met on Friday to discuss air defence.",
            "2024-11-26",
            ("Friday", "2024-11-22", "day", "past", None),
        ),
        # British day-month order, with and without a year.
        (
            "The talks were held on 26 November 2024 in Brussels.",
            "2024-11-28",
            ("26 November 2024", "2024-11-26", "day", "past", None),
        ),
        (
            "Ministers gathered on 3 October, a spokesman—said the minister.",
            "2024-10-04",
            ("3 October", "2024-10-03", "day", "past", None),
        ),
        (
            "Updated 2024-10-04 at noon.",
            "2024-10-05",
            ("2024-10-04", "2024-10-04", "day", "past", None),
        ),
        ("It was quiet yesterday.", "2024-10-04", ("yesterday", "2024-10-03", "day", "past", None)),
        ("It is quiet today.", "2024-10-04", ("today", "2024-10-04", "day", "present", None)),
        (
            "Talks resume this week.",
            "2024-10-04",
            ("this week", "2024-W40", "week", "present", None),
        ),
        (
            "It fell three days ago.",
            "2024-10-04",
            ("three days ago", "2024-10-01", "day", "past", None),
        ),
        ("Prices rose last month.", "2024-10-04", ("last month", "2024-09", "month", "past", None)),
        (
            "Elections are due next year.",
            "2024-10-04",
            ("next year", "2025", "year", "anticipated", None),
        ),
        (
            "Fighting raged on Feb. 24-26 around Kyiv.",
            "2022-03-02",
            ("Feb. 24-26", "2022-02-24", "range", "past", "2022-02-26"),
        ),
        (
            "Aid rose from 2021–2023, officials said.",
            "2024-01-10",
            ("2021–2023", "2021", "range", "past", "2023"),
        ),
        (
            "The summit runs from July 9 to July 11, officials said.",
            "2024-06-28",
            ("July 9 to July 11", "2024-07-09", "range", "anticipated", "2024-07-11"),
        ),
        (
            "Between 2014 and 2022, fighting in the Donbas killed 14,000.",
            "2024-06-28",
            ("2014 and 2022", "2014", "range", "past", "2022"),
        ),
        (
            "Strikes went on from Dec. 30 to Jan. 2.",
            "2025-01-06",
            ("Dec. 30 to Jan. 2", "2024-12-30", "range", "past", "2025-01-02"),
        ),
        # ``may`` is a modal here, pointing ahead to the coming spring.
        (
            "The Sunday Times reported that talks may resume in the spring.",
            "2023-02-20",
            ("the spring", "2023-spring", "season", "anticipated", None),
        ),
        (
            "The offensive began in mid-March 2023.",
            "2024-01-10",
            ("mid-March 2023", "2023-03-mid", "part_of_month", "past", None),
        ),
        (
            "A counter-offensive is expected this summer.",
            "2024-07-10",
            ("this summer", "2024-summer", "season", "anticipated", None),
        ),
        (
            "The heat broke records this summer.",
            "2024-07-10",
            ("this summer", "2024-summer", "season", "present", None),
        ),
        (
            "The war began in February 2022.",
            None,
            ("February 2022", "2022-02", "month", "past", None),
        ),
    ],
)
def test_other_outlets(text, published, expected) -> None:
    assert one(text, published) == expected


def test_missing_year_follows_the_weekday() -> None:
    # 26 February was a Saturday in 2022, not in 2023: the weekday wins over proximity.
    assert one("Zelenskyy spoke Saturday, Feb. 26.", "2023-03-01")[1] == "2022-02-26"
    # Without a weekday the nearest past February 26 is taken.
    assert one("Zelenskyy spoke on Feb. 26.", "2023-03-01")[1] == "2023-02-26"


def test_year_rolls_back_across_new_year() -> None:
    assert one("The strike came on Dec. 30.", "2025-01-03")[1] == "2024-12-30"
    assert one("The summit will open on Jan. 8.", "2024-12-20")[1] == "2025-01-08"


def test_words_that_only_look_like_dates_are_not_dates() -> None:
    text = (
        "Officials may decide soon. Theresa May said the fall of Kabul was a lesson. "
        "The Arab Spring ended. They killed 2024 soldiers. Daily and weekly attacks go on. "
        "Shops opened on Good Friday."
    )
    # ``soon`` (FUTURE_REF) and ``Daily``/``weekly`` (SET) are TIMEX3 expressions without a
    # date: none of them is dated, and nothing else is found.
    found = dates(text, "2024-10-04")
    assert [(f[0], f[1], f[2]) for f in found] == [
        ("soon", None, "reference"),
        ("Daily", None, "set"),
        ("weekly", None, "set"),
    ]


def test_no_publication_date_resolves_only_full_dates() -> None:
    found = dates("On March 2, 2022 and on Tuesday and in May.", None)
    assert [f[:2] for f in found] == [
        ("March 2, 2022", "2022-03-02"),
        ("Tuesday", None),
        ("May", None),
    ]


def test_ukrainian_and_russian_month_names() -> None:
    assert one("Зустріч відбулася 26 листопада 2024 року в Брюсселі.", None, "uk")[1:3] == (
        "2024-11-26",
        "day",
    )
    assert one("Удар был нанесён 21 ноября.", "2024-11-26", "ru")[1:3] == ("2024-11-21", "day")
    assert one("Це сталося вчора.", "2024-11-26", "uk")[1] == "2024-11-25"
    assert [f[:3] for f in dates("Кулеба відкрив дискусію у травні 2024.", None, "uk")] == [
        ("травні 2024", "2024-05", "month")
    ]
    assert one("Совет был создан в 2023 году.", "2024-11-26", "ru")[1:3] == ("2023", "year")
    assert one("Удар нанесли в мае.", "2024-07-01", "ru")[1] == "2024-05"
    assert lexicon_for("uk").months["листопада"] == 11


def test_each_section_resolves_against_its_own_date() -> None:
    text = "(July 1, 2024) — A trip last week.\n\n(June 28, 2024) — A trip last week."
    middle = text.index("\n\n")
    document = Document.from_text(
        text,
        sections=[
            Section(0, middle, Metadata(published=dt.date(2024, 7, 1), outlet="A")),
            Section(middle, len(text), Metadata(published=dt.date(2024, 6, 28), outlet="B")),
        ],
    )
    (annotated,) = ANNOTATOR.annotate([document])
    weeks = [a.attributes["value"] for a in annotated.annotations if a.text == "last week"]
    assert weeks == ["2024-W26", "2024-W25"]


# -- the seeds ----------------------------------------------------------------------------------


def test_seed_date_lines_are_set_aside(seed_documents) -> None:
    by_id = {d.id[:3]: d for d in seed_documents}
    line = next(a for a in by_id["002"].annotations if a.text == "March 2, 2022")
    assert line.attributes["set_aside"] == "metadata"
    body = next(a for a in by_id["002"].annotations if a.text == "Feb. 28")
    assert "set_aside" not in body.attributes


def test_undated_seed_borrows_its_storys_date(seed_documents) -> None:
    seed_000 = seed_documents[0]
    assert seed_000.metadata.published is None
    (october_3,) = [a for a in seed_000.annotations if a.text == "Thursday, October 3"]
    assert october_3.attributes["value"] == "2024-10-03"
    assert october_3.attributes["reference"] == "2024-10-04"


def score(documents: list[Document], key: list[dict]) -> tuple[float, list[str]]:
    """The share of key expressions whose overlapping annotation has the right value and
    granularity (and end value when the key gives one), and a line per miss."""
    by_id = {d.id: d for d in documents}
    misses = []
    for item in key:
        document = by_id[item["doc"]]
        start = -1
        for _ in range(item.get("occurrence", 1)):
            start = document.text.index(item["expression"], start + 1)
        end = start + len(item["expression"])
        found = [a for a in document.annotations_of("date") if a.start < end and start < a.end]
        got = [
            (a.attributes["value"], a.attributes["granularity"], a.attributes["end_value"])
            for a in found
        ]
        wanted = (item["value"], item["granularity"], item.get("end_value"))
        if not any(
            g[:2] == wanted[:2] and ("end_value" not in item or g[2] == wanted[2]) for g in got
        ):
            misses.append(f"{item['doc'][:3]} {item['expression']!r}: want {wanted}, got {got}")
    return 1 - len(misses) / len(key), misses


def test_dev_answer_key_accuracy(seed_documents) -> None:
    key = json.loads(KEY.read_text(encoding="utf-8"))["dates"]
    accuracy, misses = score(seed_documents, key)
    body = [item for item in key if not item.get("set_aside")]
    body_accuracy, _ = score(seed_documents, body)
    print(
        f"\ndates dev key: {accuracy:.1%} of {len(key)} exactly right "
        f"({body_accuracy:.1%} of the {len(body)} in article bodies)"
    )
    for miss in misses:
        print("  miss:", miss)
    assert accuracy >= 0.9


def test_dev_key_statuses(seed_documents) -> None:
    by_id = {d.id: d for d in seed_documents}
    for item in json.loads(KEY.read_text(encoding="utf-8"))["dates"]:
        if "status" not in item:
            continue
        text = by_id[item["doc"]].text
        start = text.index(item["expression"])
        for _ in range(item.get("occurrence", 1) - 1):
            start = text.index(item["expression"], start + 1)
        end = start + len(item["expression"])
        statuses = {
            a.attributes["status"]
            for a in by_id[item["doc"]].annotations_of("date")
            if a.start < end and start < a.end
        }
        assert statuses == {item["status"]}, item


def test_date_mentions_flatten_every_annotation_in_document_order(seed_documents) -> None:
    mentions = date_mentions(seed_documents)
    assert len(mentions) == sum(len(d.annotations_of("date")) for d in seed_documents)
    order = {d.id: i for i, d in enumerate(seed_documents)}
    assert [(order[m.doc_id], m.start) for m in mentions] == sorted(
        (order[m.doc_id], m.start) for m in mentions
    )
    first = next(m for m in mentions if m.value)  # the first dated one (``now`` has no date)
    assert (first.expression, first.value, first.granularity) == (
        "Thursday, October 3",
        "2024-10-03",
        "day",
    )


def test_every_value_has_an_interval(seed_documents) -> None:
    for mention in date_mentions(seed_documents):
        if mention.value is not None:
            assert interval(mention.value) is not None, mention
            if mention.end_value:
                assert interval(mention.end_value)[1] >= interval(mention.value)[0]


# -- properties ---------------------------------------------------------------------------------

calendar_words = st.sampled_from(
    [
        "on Tuesday", "in May", "Feb. 28", "26 November 2024", "2024-10-04", "last week",
        "next week", "the winter of 2022-2023", "in early July", "the next 16 months", "©2022",
        "that same month", "three days ago", "Saturday, Feb. 30", "31.02.2024", "in recent months",
        "yesterday", "fall of 2023", "May 0", "Dec. 31-1", "2024–2023", "26 листопада", " ",
        "\n", ",", ".", "will", "said", "Thursday, ",
    ]
)  # fmt: skip
texts = st.lists(st.one_of(calendar_words, st.text(max_size=12)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.dates()), st.sampled_from(["en", "uk", "ru", None]))
def test_never_crashes_and_keeps_offsets_valid(text, published, language) -> None:
    document = Document.from_text(text, metadata=Metadata(published=published, language=language))
    (annotated,) = ANNOTATOR.annotate([document])
    previous_end = 0
    for annotation in annotated.annotations_of(AnnotationKind.DATE):
        assert annotation.text == text[annotation.start : annotation.end]
        assert annotation.start >= previous_end  # expressions never overlap
        previous_end = annotation.end
        value = annotation.attributes["value"]
        assert value is None or interval(value) is not None
    assert [e.start for e in find_expressions(text, lexicon_for(language))] == [
        a.start for a in annotated.annotations
    ]
