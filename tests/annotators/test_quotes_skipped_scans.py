"""Scans of the quote annotator skipped by a cheaper test of the same text: each test is met by
every text the scan it guards can match, so the scan finds what it found before.

* A role of a body before a name (``chief economist at Acme Bank Ann Roe``) ends with the body's
  capitalised name: a text before a name ending with a word in lower case is not searched.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution import roles

HEAD_WORDS = [
    "chief", "economist", "at", "of", "for", "with", "the", "The", "Acme", "Bank", "BANK", "Ann",
    "vice", "president", "said", "Élan", "bank", "A.", "&", "Co.", "O’Neil", "-", ",", ", ",
]  # fmt: skip
GAPS = [" ", "  ", "\u00a0", "\n", "", ",", " , "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(HEAD_WORDS), st.sampled_from(GAPS)), max_size=10))
def test_every_head_the_role_pattern_matches_ends_capitalised(pairs: list[tuple[str, str]]) -> None:
    head = "".join(word + gap for word, gap in pairs)
    if roles._ROLE_OF_BODY.search(head) is not None:
        assert roles._ends_capitalised(head)


def test_lower_case_endings_and_capital_endings() -> None:
    assert roles._ends_capitalised("the chief economist at Acme Bank , ")
    assert roles._ends_capitalised("vice president of\u00a0Dacia,")
    assert not roles._ends_capitalised("the company's spokesman ")
    assert not roles._ends_capitalised("officials at Élan ")  # (the pattern reads A-Z only)
    assert not roles._ends_capitalised("")
    # (``$`` matches before one final line break: the pre-test must allow it too)
    assert roles._ROLE_OF_BODY.search("chief at The ,\n") is not None
    assert roles._ends_capitalised("chief at The ,\n")


def test_a_role_of_a_body_before_a_name_is_still_read() -> None:
    text = (
        "Markets fell on Monday.\n\nThe vice president of Harlow Bank, Edith Marsh, said: "
        '"Nobody expected the cut this early."\n'
    )
    found = speakers_and_roles(text, dt.date(2026, 3, 2), doc_id="role-of-body")
    assert found == {
        "Nobody expected the cut this early": ("Edith Marsh", "vice president of Harlow Bank")
    }
