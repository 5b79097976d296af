"""``»...«, erklärte dazu ein Sprecher``: an adverb between an inverted German cue and its
subject (``dazu``, ``zudem``) is no part of the speaker, as a time there is not. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of

LEAD = "Die Landesregierung hat am Dienstag neue Regeln für Windparks vorgestellt. "


@pytest.mark.parametrize("adverb", ["dazu", "zudem", "außerdem"])
def test_an_adverb_after_the_cue_is_no_part_of_the_speaker(adverb: str) -> None:
    text = LEAD + f"»Die Abstände bleiben«, sagte {adverb} eine Sprecherin des Bauernverbands."
    assert speaker_of(text, "de", "Die Abstände bleiben") == "eine Sprecherin des Bauernverbands"
