"""The plain-text heuristics on other outlets' styles and languages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.errors import InputError
from newsbrief.model import SpanKind
from newsbrief.parsers.plaintext import PlainTextParser, analyze
from newsbrief.parsers.plaintext.dates import parse_date_line

PARSER = PlainTextParser()


def kinds(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in analyze(text).removed:
        found.setdefault(span.kind, []).append(span.text(text))
    return found


AP_STORY = """\
Allies Pledge More Air Defense for Ukraine

By Jane Doe and John Roe, Associated Press

WASHINGTON (AP) — NATO allies on Tuesday pledged more air defense systems for Ukraine.

The announcement came after a meeting in Brussels.

Background

Ukraine has asked for Patriot batteries for months.

Copyright 2024 The Associated Press. All rights reserved.
"""


def test_ap_style_byline_dateline_and_copyright():
    analysis = analyze(AP_STORY)
    metadata = analysis.metadata
    assert metadata.title == "Allies Pledge More Air Defense for Ukraine"
    assert metadata.author == "Jane Doe and John Roe"
    assert metadata.outlet == "Associated Press"
    found = kinds(AP_STORY)
    assert found[SpanKind.BYLINE] == ["By Jane Doe and John Roe, Associated Press"]
    assert "WASHINGTON (AP) — " in found[SpanKind.METADATA]
    assert found[SpanKind.COPYRIGHT] == [
        "Copyright 2024 The Associated Press. All rights reserved."
    ]
    assert [span.text(AP_STORY) for span in analysis.headings] == ["Background"]


def test_agency_dateline_names_the_outlet():
    text = "Kyiv Seeks Jets\n\n(Reuters) — Ukraine asked for more jets on Monday, officials said.\n"
    assert analyze(text).metadata.outlet == "Reuters"


BRITISH = """\
Ministers Meet Over Ukraine Aid

26 November 2024

By Alice Smith | The Guardian

Ministers met in London on Tuesday to discuss further aid to Ukraine.
"""


def test_british_date_and_pipe_byline():
    metadata = analyze(BRITISH).metadata
    assert metadata.published == dt.date(2024, 11, 26)
    assert (metadata.author, metadata.outlet) == ("Alice Smith", "The Guardian")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 2, 2022", dt.date(2022, 3, 2)),
        ("July 2nd, 2024", dt.date(2024, 7, 2)),
        ("Tuesday, 26 November 2024 07:32 PM EST", dt.date(2024, 11, 26)),
        ("26 November 2024", dt.date(2024, 11, 26)),
        ("Sept. 5, 2023", dt.date(2023, 9, 5)),
        ("2024-10-04", dt.date(2024, 10, 4)),
        ("04.10.2024, 12:30", dt.date(2024, 10, 4)),
        ("Published: 2024-01-02T10:00:00Z", dt.date(2024, 1, 2)),
        ("26 листопада 2024 р.", dt.date(2024, 11, 26)),
        ("Вівторок, 26 листопада 2024, 19:32", dt.date(2024, 11, 26)),
        ("4 октября 2024 года, 12:30", dt.date(2024, 10, 4)),
        ("26. November 2024", dt.date(2024, 11, 26)),
        ("26 novembre 2024", dt.date(2024, 11, 26)),
    ],
)
def test_date_lines(line, date):
    assert parse_date_line(line) == date


@pytest.mark.parametrize(
    "line",
    ["March 2, 2022 was a Wednesday.", "February 30, 2024", "In 2024-10-04 we met", "2024"],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


UKRAINIAN = """\
ua en ru

НАТО обговорює захист неба над Україною

26 листопада 2024, 19:32

Автор: Олена Коваленко

Країни НАТО обговорюють можливість збивати російські ракети над західною Україною.

Читайте також:

Зеленський закликав союзників посилити ППО

Рютте прибув до Києва з візитом
"""


def test_ukrainian_page():
    analysis = analyze(UKRAINIAN)
    metadata = analysis.metadata
    assert metadata.title == "НАТО обговорює захист неба над Україною"
    assert metadata.published == dt.date(2024, 11, 26)
    assert metadata.author == "Олена Коваленко"
    found = kinds(UKRAINIAN)
    assert found[SpanKind.LANGUAGE_SWITCHER] == ["ua en ru"]
    assert "Рютте прибув до Києва з візитом" in "\n".join(found[SpanKind.LINK_LIST])


def test_sentence_starting_with_by_is_prose():
    text = "Headline Here\n\nBy the end of the day, the talks had failed.\n"
    assert SpanKind.BYLINE not in kinds(text)


def test_acronym_and_dash_mid_article_is_prose():
    text = "Headline Here\n\nFirst paragraph of the story.\n\nNATO — the alliance — said no.\n"
    assert kinds(text).get(SpanKind.METADATA) == ["Headline Here"]


def test_hard_wrapped_prose_is_not_headings():
    text = (
        "Talks Stall in Brussels\n\n"
        "Diplomats met on Tuesday to discuss the proposal but\n"
        "could not agree on how to share the costs of the new\n"
        "air defence systems, officials said.\n"
    )
    analysis = analyze(text)
    assert analysis.headings == ()
    assert analysis.metadata.title == "Talks Stall in Brussels"


def test_signed_reader_comment_and_comments_header():
    text = (
        "Headline Here\n\nThe story is told in this paragraph.\n\n"
        "Comments\n\nSome reader wrote something here.\n"
    )
    found = kinds(text)
    assert found[SpanKind.COMMENT] == ["Comments\n\nSome reader wrote something here."]


def test_single_article_has_one_section_spanning_the_text():
    analysis = analyze(BRITISH)
    ((section),) = analysis.sections
    assert (section.start, section.end) == (0, len(BRITISH))


def test_parser_contract(raw):
    assert PARSER.name == "text"
    assert set(PARSER.extensions) == {".txt", ".text", ""}
    assert PARSER.sniff(raw(BRITISH.encode())) == pytest.approx(0.1)
    assert PARSER.sniff(raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")) == 0.0
    assert PARSER.sniff(raw(b"")) == 0.0


def test_cp1251_document(raw):
    data = UKRAINIAN.encode("cp1251")
    (document,) = PARSER.parse(raw(data, name="uk.txt"))
    assert document.text == UKRAINIAN
    assert document.metadata.encoding == "cp1251"
    assert document.metadata.language == "uk"
    assert document.metadata.title == "НАТО обговорює захист неба над Україною"


def test_photos_of_in_prose_is_not_a_caption():
    text = "Headline Here\n\nPhotos of the attack were shared widely on social media.\n"
    assert SpanKind.CAPTION not in kinds(text)


def test_updated_date_inside_a_sentence_is_not_a_label():
    text = "Headline Here\n\nUpdated 2 March 2022, the list now holds ten names.\n"
    assert kinds(text).get(SpanKind.METADATA) == ["Headline Here"]


LATIN = BRITISH.replace("Ministers met", "Ministres réunis à Genève, été")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (BRITISH.encode("utf-8-sig"), "utf-8-sig"),
        (BRITISH.encode("utf-16"), "utf-16"),
        (LATIN.encode("latin-1"), None),
    ],
)
def test_encodings_reach_the_metadata(raw, data, encoding):
    (document,) = PARSER.parse(raw(data))
    assert document.metadata.encoding in {encoding, "cp1252", "latin_1", "iso8859_15"}
    assert document.text == data.decode(encoding or "latin-1")
    assert document.metadata.title == "Ministers Meet Over Ukraine Aid"
    assert "26 November 2024" in document.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b" \n\t\n", "empty input"),
        (b"text with a \x00 NUL byte", "binary data, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary data, not text"),
    ],
)
def test_bad_input_raises_input_error(raw, data, reason):
    with pytest.raises(InputError) as error:
        list(PARSER.parse(raw(data, name="bad.txt")))
    assert str(error.value) == f"bad.txt: {reason}"


def test_a_one_line_related_article_teaser_is_a_link_not_a_heading():
    text = (
        "Storm hits the coast\n\n"
        "A powerful storm hit the Florida coast on Friday, cutting power to thousands.\n\n"
        "Read more: Why the levees failed again\n\n"
        "Officials said the damage would take weeks to repair.\n"
    )
    analysis = analyze(text)
    teaser = text.index("Read more:")
    assert [(s.start, s.kind) for s in analysis.removed if s.kind == SpanKind.LINK_LIST] == [
        (teaser, SpanKind.LINK_LIST)
    ]
    assert all(h.start != teaser for h in analysis.headings)
