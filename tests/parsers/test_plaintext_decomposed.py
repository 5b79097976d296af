"""A plain-text page not in NFC (decomposed accents, as macOS files and some CMSs write them)
is read as its NFC form: its byline and date lines give the same metadata as the composed
page's, and the spans set aside still lie on the decomposed text's lines."""

from __future__ import annotations

import unicodedata

from newsbrief.parsers.plaintext.analysis import analyze

_PAGE = (
    "Ferry service resumes on the Léman\n\n"
    "March 4th, 2024 - by Hélène Dürr / Genève Matin\n\n"
    "The ferry sailed again on Monday after the storm. Crews said the pier was sound.\n"
)


def test_a_decomposed_page_gives_the_metadata_of_its_composed_form() -> None:
    composed = analyze(_PAGE)
    text = unicodedata.normalize("NFD", _PAGE)
    decomposed = analyze(text)
    assert (composed.metadata.author, composed.metadata.outlet) == ("Hélène Dürr", "Genève Matin")
    assert decomposed.metadata == composed.metadata
    assert [span.kind for span in decomposed.removed] == [span.kind for span in composed.removed]
    for before, after in zip(composed.removed, decomposed.removed, strict=True):
        written = unicodedata.normalize("NFC", text[after.start : after.end])
        assert written == _PAGE[before.start : before.end]
    assert [(s.start, s.end) for s in decomposed.sections] == [(0, len(text))]
