"""``the bureau said``: a bureau speaks as the body the article named with ``bureau`` at the
head of its name (``the Bureau of Meteorology``), as ``the council said`` does.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_of_quotes


def test_the_bureau_is_the_bureau_named_before() -> None:
    """The weather bureau named in the lead speaks in the next paragraph."""
    text = (
        "Drought deepens\n\n"
        "The Bureau of Meteorology has issued a warning for the west of the state.\n\n"
        '"Rivers in the north are running low," the bureau said in its latest '
        "outlook.\n"
    )
    assert speakers_of_quotes(text) == {
        "Rivers in the north are running low": "Bureau of Meteorology"
    }
