"""A name a caption or heading writes in capitals (``PHOTO: SUPPLIED/WDC``) keeps the spelling
the running text gives it: the capitals line's case is read, not written (``Wdc`` before)."""

from __future__ import annotations

from helpers.entities import names


def test_an_acronym_in_a_capitals_credit_keeps_the_running_texts_spelling() -> None:
    text = (
        "WDC said in a statement that the bridge would reopen on Monday.\n\n"
        "Caption: The bridge at Te Awa. PHOTO: SUPPLIED/WDC"
    )
    assert names(text)["WDC"] == ("WDC", "organisation")
