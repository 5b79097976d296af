"""A speaker's relative clause (session 31, issue #16): ``X, who wrote "A Title" ... in Leeds,
said`` is X's, the title of a work inside the clause no end of it (annotators/quotes/
attribution/english_words.py ``RELATIVE``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_title_inside_a_relative_clause_does_not_end_it() -> None:
    text = (
        "A debut novel has won this year's prize.\n\n"
        "Marta Quill, 41, who wrote “Salt and Iron” at night while working as a nurse in "
        "Leeds, said she “never expected to win.”\n"
    )
    assert _speakers(text)["never expected to win."] == "Marta Quill"
