"""``According to a statement from the Met Office``: the words of a document are its author's,
the body or person named after ``from`` or ``by`` (``[quotes] document_author_prepositions``),
not the document as an unnamed source (session 36, review of issue #16: the Spanish and French
``según un comunicado del X`` read the same way).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        (
            "Storm damage closed the line between Exeter and Plymouth on Sunday.\n\n"
            'According to a statement from the Met Office, the line "will stay shut until '
            'Wednesday" at the earliest.',
            "will stay shut until",
            "Met Office",
        ),
        (
            "Flooding has closed the A38 near Plymouth.\n\n"
            'According to a statement by the Highways Agency, the road "will reopen on Friday '
            'morning".',
            "will reopen on Friday",
            "Highways Agency",
        ),
    ],
)
def test_a_documents_words_are_its_authors(text: str, quoted: str, expected: str) -> None:
    assert speaker_of(text, "en", quoted) == expected
