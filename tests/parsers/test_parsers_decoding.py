"""Decoding raw bytes: BOMs, UTF-8, detected legacy encodings, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from newsbrief.errors import InputError
from newsbrief.parsers.decoding import decode

UKRAINIAN = (
    "Україна просить НАТО закрити небо над західною частиною країни. Президент заявив про це."
)
RUSSIAN = "Президент Украины заявил, что НАТО должно защитить небо над западной частью страны."
FRENCH = "Russie: le président a déclaré que la défense aérienne était prioritaire à Kyiv, à Noël."


def test_utf8(raw):
    assert decode(raw("Zelenskyy — “no”".encode())) == ("Zelenskyy — “no”", "utf-8")


def test_utf8_bom_is_consumed_by_the_codec(raw):
    text, encoding = decode(raw(codecs.BOM_UTF8 + b"Hello NATO"))
    assert (text, encoding) == ("Hello NATO", "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(raw, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text, encoding = decode(raw(bom + UKRAINIAN.encode(codec)))
    assert (text, encoding) == (UKRAINIAN, "utf-16")


@pytest.mark.parametrize("sample", [UKRAINIAN, RUSSIAN])
def test_cp1251_cyrillic_is_detected(raw, sample):
    text, encoding = decode(raw(sample.encode("cp1251")))
    assert text == sample
    assert encoding == "cp1251"


def test_latin1_is_detected(raw):
    text, encoding = decode(raw(FRENCH.encode("latin-1")))
    assert text == FRENCH
    assert encoding in {"cp1252", "latin_1", "iso8859_15"}


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"  \n"])
def test_empty_input(raw, data):
    with pytest.raises(InputError, match="empty input") as error:
        decode(raw(data, name="empty.txt"))
    assert error.value.input_name == "empty.txt"


@pytest.mark.parametrize(
    "data",
    [
        b"some text\x00with a NUL",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
        bytes(range(256)) * 8,
    ],
)
def test_binary_input(raw, data):
    with pytest.raises(InputError, match="binary data, not text"):
        decode(raw(data))
