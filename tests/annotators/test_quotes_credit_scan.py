"""Picture credits found only where an opening word is spelt are the credits a scan of the
whole text finds (:func:`newsbrief.annotators.quotes.attribution.datelines.credit_spans`).

The plain path, the credit pattern tried at every position, is written out here and compared on
generated text: opening words in any case, inside other words (``telephoto by``), one opening
with another (``photograph``, ``photo``), and the characters the engine reads differently from
lower-casing (``ı``, ``ſ``, ``İ``).
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.quotes.attribution import datelines

PIECES = [
    "photo", "Photo", "PHOTOGRAPH", "photos", "Photograph:", " by ", "By", "credit", "Credit:",
    "image", "IMAGE/", "infographic", "graphics", "tele", "video", "Foto", "Symbolbild", "fото",
    "Ann Roe", "Lee", "/", ":", " ", "\u00a0", ",", ".", "\n", "(", ")", "|", "ı", "ſ", "İ", "K",
    "é", "ph", "oto",
]  # fmt: skip


def _plain(text: str, code: str) -> list[tuple[int, int]]:
    found = itertools.islice(datelines._credit(code).finditer(text), datelines._CREDITS)
    return [match.span("name") for match in found]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.sampled_from(["en", "de", "fr", "ru", None]),
)
def test_credits_are_those_a_scan_of_the_text_finds(text: str, code: str | None) -> None:
    assert datelines.credit_spans(text, code) == _plain(text, datelines.normalize(code or "en"))


def test_only_positions_spelling_an_opening_word_are_tried() -> None:
    # ``photograph`` opens with ``photo``: looked for once, where ``photo`` is.
    openers = datelines._credit_openers("en")
    assert openers is not None
    assert "photo" in openers and "photograph" not in openers
    text = "Photograph: Ann Roe/AP. A telephoto by Lee. PHOTO BY Kim Ode, Reuters"
    assert datelines.credit_spans(text, "en") == _plain(text, "en")
    assert [text[s:e] for s, e in datelines.credit_spans(text, "en")] == ["Ann Roe", "Kim Ode"]


def test_the_credits_read_are_bounded() -> None:
    text = "Photo by Ann Roe/AP\n" * (datelines._CREDITS + 10)
    assert len(datelines.credit_spans(text, "en")) == datelines._CREDITS


def test_a_text_of_many_opening_words_is_scanned_as_before() -> None:
    # More places than are tried one by one: the whole text is scanned, with the same credits.
    text = "photo image " * datelines._PLACES_TRIED + "Photo: Ann Roe/AP, credit: Lee\n" * 40
    assert datelines.credit_spans(text, "en") == _plain(text, "en")
    assert len(datelines.credit_spans(text, "en")) == datelines._CREDITS
