"""An unnamed source opening a clause introduced by ``what`` or ``as`` (``what one vet
describes as "..."``, ``as one trader put it``) is the speaker, not a place or body named earlier in
the sentence."""

from __future__ import annotations

from helpers.quotes import speakers_as_written


def test_what_one_vet_describes_as_is_the_vet() -> None:
    text = (
        "Farmers in the Waikato Basin are bracing for what one vet describes as "
        '"the worst lambing season in a decade" after weeks of rain.'
    )
    assert speakers_as_written(text) == {"the worst lambing season in a decade": "one vet"}
