"""A German cue right after a quotation and its comma (``»...«, erklärte Maria Lenz``) has its
subject after it, even when the sentence the quotation is read in reaches back over another
sentence naming a place before it. The sentences are written for these tests."""

from __future__ import annotations

from helpers.quotes import speaker_of

TEXT = (
    "Die Molkerei Albrecht schließt zwei Werke. Betroffen sind die Standorte in Cham und "
    "Bad Kötzting, wie die Firma am Dienstag bekanntgab. »Wir haben bis zuletzt nach einem "
    "Käufer gesucht«, erklärte Geschäftsführer Tobias Wendl. »Es fand sich keiner.«"
)


def test_a_follow_on_quotation_stays_with_the_speaker_named_after_the_cue() -> None:
    assert speaker_of(TEXT, "de", "Es fand sich keiner") == "Tobias Wendl"


def test_the_first_quotation_keeps_its_speaker() -> None:
    assert speaker_of(TEXT, "de", "Wir haben bis zuletzt") == "Tobias Wendl"
