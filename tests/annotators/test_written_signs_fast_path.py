"""The sign test (:mod:`newsbrief.annotators.quotes.written_signs`) searches its pattern only
where the text before a quotation spells a sign's noun, and answers as the search everywhere
did, whatever the case of the letters (``ſ``, ``ı``, ``İ`` and the Kelvin sign, which the
engine matches in its own way, included)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.quotes import written_signs as ws
from newsbrief.annotators.quotes.marks import QuoteSpan

WORDS = ["a", "sign", "SIGN", "ſign", "sıgn", "Sİgn", "banner", "stic\u212aer", "T-shirts",
         "that", "said", "read", "with", "Placard", "on", "the", "door", "x"]  # fmt: skip
GAPS = [" ", " ", "\u00a0", ", ", ": ", ". ", "\n", '"', "“", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=14))
def test_a_sign_is_found_as_the_search_before_every_quotation_found_it(
    pairs: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in pairs) + "“Keep out,” it went on."
    open_at = text.rindex("“")
    span = QuoteSpan(open=open_at, close=open_at + 12, start=open_at + 1, end=open_at + 10,
                     paragraph=0)  # fmt: skip
    pattern = ws._sign_before("en")
    assert pattern is not None
    plain = pattern.search(text, max(0, open_at - ws._REACH), open_at) is not None
    assert ws.on_a_sign(text, span, "en") == plain


def test_a_sign_before_a_quotation_is_still_found() -> None:
    text = "Protesters carried a banner that read “No more cuts” outside the hall."
    open_at = text.index("“")
    span = QuoteSpan(open=open_at, close=open_at + 14, start=open_at + 1, end=open_at + 13,
                     paragraph=0)  # fmt: skip
    assert ws.on_a_sign(text, span, "en")
    assert not ws.on_a_sign(text.replace("banner", "leader"), span, "en")


@pytest.mark.parametrize("noun", ["sign", "Banner", "ſign", "sıgn", "SİGN", "stic\u212aer"])
def test_a_sign_written_with_letters_the_engine_folds_its_own_way_is_found(noun: str) -> None:
    text = f"Fans held a {noun} that said “Thank you” all night."
    open_at = text.index("“")
    span = QuoteSpan(open=open_at, close=open_at + 11, start=open_at + 1, end=open_at + 10,
                     paragraph=0)  # fmt: skip
    pattern = ws._sign_before("en")
    assert pattern is not None
    plain = pattern.search(text, max(0, open_at - ws._REACH), open_at) is not None
    assert plain
    assert ws.on_a_sign(text, span, "en") == plain
