"""German headlines opening with someone's short words and a colon (``„Kein gutes Spiel“:
Altona verliert in Bremen``): the words are speech, as English's ``'Not a refuge': ...`` are.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_short_quotation_opening_a_headline_before_its_colon_is_speech() -> None:
    text = (
        "Der Stadtrat tagte am Montag. Die Sitzung dauerte drei Stunden.\n\n"
        "Mehr Reisen\n\n"
        "„Kein gutes Spiel“: Altona verliert in Bremen\n\n"
        "Alle Ergebnisse im Ticker\n"
    )
    assert speakers_in(text, "de") == {"Kein gutes Spiel": (None, None)}
