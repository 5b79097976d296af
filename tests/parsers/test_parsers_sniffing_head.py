"""Sniffers read only the head of an input; the input is decoded once, when it is parsed."""

from __future__ import annotations

import json
from pathlib import Path

import charset_normalizer
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.jsonl import JSON_CONFIDENCE, JSONL_CONFIDENCE, JsonParser
from newsbrief.parsers.markup import HEAD_BYTES
from newsbrief.parsers.plaintext import PlainTextParser
from newsbrief.parsers.plaintext.parser import TEXT_CONFIDENCE
from newsbrief.pipeline import choose_parser

ARTICLE = "Dock workers extended their strike on Wednesday, the union said. " * 3


def _raw(data: bytes, name: str = "input") -> RawInput:
    return RawInput(name=name, data=data, doc_id="input", path=name)


def _records(count: int) -> list[dict[str, object]]:
    return [
        {"id": f"r{n}", "title": f"Strike, day {n}", "published": "2024-07-01", "text": ARTICLE}
        for n in range(count)
    ]


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(
    value=JSON_VALUES,
    indent=st.sampled_from([None, 2]),
    ascii_only=st.booleans(),
    padding=st.integers(0, HEAD_BYTES),
)
def test_a_json_document_longer_than_the_head_is_json_wherever_the_head_ends(
    value: object, indent: int | None, ascii_only: bool, padding: int
) -> None:
    # The head ends somewhere in the value, the padding or the records that follow.
    document = {"value": value, "pad": "x" * padding, "records": _records(HEAD_BYTES // 150)}
    data = json.dumps(document, indent=indent, ensure_ascii=ascii_only).encode()
    assert len(data) > HEAD_BYTES
    assert JsonParser().sniff(_raw(data)) == JSON_CONFIDENCE


def test_a_long_json_list_and_json_lines_are_told_apart_from_their_heads() -> None:
    records = _records(200)
    listed = json.dumps(records, indent=2).encode()
    lines = "".join(json.dumps(record) + "\n" for record in records).encode()
    assert min(len(listed), len(lines)) > 4 * HEAD_BYTES
    assert JsonParser().sniff(_raw(listed)) == JSON_CONFIDENCE
    assert JsonParser().sniff(_raw(lines)) == JSONL_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "[Updated] " + ARTICLE * 60,  # prose opening with a bracket
        "[a link](https://example.com/) and more. " * 300,  # Markdown
        '{"text": "a record"} trailing words that are not JSON\n' * 300,
        "[1, 2, 3]]" + " " * 2 * HEAD_BYTES,  # broken early, long after
    ],
)
def test_a_long_input_that_only_starts_like_json_is_not_json(text: str) -> None:
    assert len(text.encode()) > HEAD_BYTES
    assert JsonParser().sniff(_raw(text.encode())) == 0.0


def test_json_sniffing_ignores_everything_after_the_head() -> None:
    data = json.dumps(_records(200), indent=2).encode()
    # The same head followed by bytes that are neither UTF-8 nor JSON.
    garbled = data[:HEAD_BYTES] + b"\xff\xfe not json at all " * 1000
    parser = JsonParser()
    assert parser.sniff(_raw(garbled)) == parser.sniff(_raw(data)) == JSON_CONFIDENCE


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("cp1252") * 500, TEXT_CONFIDENCE),
        ("\ufeff".encode() + ARTICLE.encode() * 500, TEXT_CONFIDENCE),
        (ARTICLE.encode("utf-16"), TEXT_CONFIDENCE),
        (b"", 0.0),
        (b" \n\t " * 5000, 0.0),
        (ARTICLE.encode() * 500 + b"\x00", 0.0),  # a NUL byte anywhere: binary
        (bytes(range(32)) * 10, 0.0),
    ],
)
def test_the_text_sniffer_judges_bytes_without_decoding(data: bytes, expected: float) -> None:
    assert PlainTextParser().sniff(_raw(data)) == expected


def test_a_legacy_encoded_file_is_decoded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "legacy"
    text = "Портові робітники продовжили страйк у середу, повідомила профспілка. " * 300
    path.write_bytes(text.encode("cp1251"))
    calls = []
    detect = charset_normalizer.from_bytes

    def counted(data: bytes, *args: object, **kwargs: object) -> object:
        calls.append(len(data))
        return detect(data, *args, **kwargs)

    monkeypatch.setattr(charset_normalizer, "from_bytes", counted)
    corpus = newsbrief.load(str(path))
    assert [document.text for document in corpus] == [text]
    assert calls == [path.stat().st_size]


def test_large_json_lines_input_goes_to_the_json_parser_without_an_extension() -> None:
    data = "".join(json.dumps(record) + "\n" for record in _records(300)).encode()
    assert choose_parser(_raw(data, name="feed-dump")).name == "json"
