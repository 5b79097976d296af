"""One reader of a name's genitive ending (:mod:`newsbrief.languages.genitives`), shared by the
entity annotator, the merging of names and the briefing's sections."""

from __future__ import annotations

from newsbrief.languages.genitives import genitive_bases, genitive_endings


def test_german_genitive_endings_longest_first() -> None:
    assert genitive_endings("de") == ("es", "s")


def test_bases_longest_ending_first_with_enough_letters_left() -> None:
    assert genitive_bases("Hauses", "de") == ["Haus", "Hause"]
    assert genitive_bases("Kiews", "de") == ["Kiew"]
    assert genitive_bases("Ulms", "de", shortest=4) == []


def test_a_language_without_genitive_endings_has_no_bases() -> None:
    assert genitive_endings("en") == ()
    assert genitive_bases("Dortmunds", "en") == []
    assert genitive_bases("Dortmunds", None) == []
