"""Properties of the plain-text parser on arbitrary input, and its speed on huge lines."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.timing import least_cpu_seconds
from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.plaintext import PlainTextParser

PARSER = PlainTextParser()


def make_raw(data: bytes) -> RawInput:
    return RawInput(name="input.txt", data=data, doc_id="input")


#: Text built from the pieces the heuristics look for, so that they actually fire.
NEWSY = st.lists(
    st.sampled_from(
        [
            "NATO Vows Support",
            "ua en ru",
            "By Jane Doe",
            "Author: Bohdan Babaiev",
            "July 2nd, 2024 - by Tyler Durden / ZeroHedge",
            "(June 28, 2024) — ",
            "WASHINGTON (AP) — ",
            "Steven S — ",
            "© AFP 2024",
            "Photo: x (Getty Images)",
            " date 2024-10-04 ",
            "WATCH TV LIVE",
            "Read more:",
            "Comments",
            "The alliance said it would help. ",
            " Share",
            "Critical Energy Situation",
            "\n",
            "\n\n",
            "\r\n",
            "\u2028",
            "\u00a0",
            " ",
            "—",
            "(",
        ]
    )
    | st.text(max_size=20),
    max_size=40,
).map("".join)


def check(document: Document, text: str | None = None) -> None:
    if text is not None:
        assert document.text == text
    length = len(document.text)
    for span in (*document.removed, *document.headings, *document.sections):
        assert 0 <= span.start <= span.end <= length


def parse_all(data: bytes) -> list[Document]:
    try:
        return list(PARSER.parse(make_raw(data)))
    except InputError:
        return []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | NEWSY)
def test_any_text_parses_within_bounds(text):
    documents = parse_all(text.encode("utf-8"))
    for document in documents:
        check(document, text)
    controls = any(ord(char) < 32 and char not in "\t\n\r\x0b\x0c\x1b" for char in text)
    if text.strip() and not controls:
        assert len(documents) == 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_raise_input_error(data):
    for document in parse_all(data):
        check(document)


def timed_parse(text: str) -> tuple[Document, float]:
    started = time.perf_counter()
    (document,) = PARSER.parse(make_raw(text.encode("utf-8")))
    return document, time.perf_counter() - started


def test_200000_char_line_is_fast():
    text = "Headline Here\n\n" + ("word " * 40_000) + "\n"
    document, seconds = timed_parse(text)
    # A regex that backtracks quadratically takes minutes here; linear work takes milliseconds.
    assert seconds < 5
    check(document, text)


def test_200000_char_lines_of_punctuation_and_names_are_fast():
    # Inputs shaped like what the patterns look for, where backtracking would hurt most.
    for unit in ("By Jane Doe ", "(June 28, 2024) ", "A" * 10 + " ", "© ", "ua en ", "Steven S "):
        text = unit * (200_000 // len(unit))
        document, seconds = timed_parse(text)
        assert seconds < 5, unit
        check(document, text)


def test_many_short_lines_are_linear():
    # Growth, not speed: 4x the lines may cost about 4x the time (quadratic would be 16x). CPU
    # time, the least of three runs: one wall-clock run of each, on a loaded machine, is noise.
    small, large = "Short Title Line\n" * 12_500, "Short Title Line\n" * 50_000
    timed_parse(small)  # warm caches so the first measurement is not penalised
    small_seconds = least_cpu_seconds(lambda: timed_parse(small))
    large_seconds = least_cpu_seconds(lambda: timed_parse(large))
    assert large_seconds < 10 * max(small_seconds, 0.01)
    document, _ = timed_parse(large)
    check(document, large)
