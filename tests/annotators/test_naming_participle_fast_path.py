"""The naming-participle test (:func:`~newsbrief.annotators.quotes.naming_clauses.
named_by_participle`) searches its pattern only where the text before a quotation spells a
participle: every match of the pattern holds one as written."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.quotes import naming_clauses as nc
from newsbrief.annotators.quotes.marks import QuoteSpan

WORDS = ["an", "The", "essay", "app", "called", "Called", "CALLED", "call", "named", "its",
         "new", "film", "x", "opponents"]  # fmt: skip
GAPS = [" ", " ", "\u00a0", ", ", "\n", '"', "“", ""]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=12))
def test_every_match_before_a_quotation_holds_a_participle_as_written(
    pairs: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in pairs)
    pattern = nc._participle_before("en")
    assert pattern is not None
    low = max(0, len(text) - nc._REACH)
    if pattern.search(text, low, len(text)) is not None:
        assert any(text.find(word, low) >= 0 for word in nc._participles("en"))


def test_a_title_after_a_participle_is_still_no_speech() -> None:
    text = "She wrote an essay called “The Long Road Home” last year."
    open_at = text.index("“")
    close = text.index("”") + 1
    span = QuoteSpan(open=open_at, close=close, start=open_at + 1, end=close - 1, paragraph=0)
    words = ["The", "Long", "Road", "Home"]
    assert nc.named_by_participle(text, span, words, "en")
    assert not nc.named_by_participle(text.replace("called", "and"), span, words, "en")
