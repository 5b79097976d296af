"""An entity's other spellings as the exporters list them: a mention written in another
Unicode form of the name (a decomposed page beside composed ones) is the name, not a variant."""

from __future__ import annotations

import unicodedata

from newsbrief.exporters.common import entity_variants


def test_a_decomposed_mention_of_the_name_is_no_other_spelling() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoé Fayolle")
    entity = {
        "name": "Zoé Fayolle",
        "variants": [
            decomposed,
            "Fayolle",
            unicodedata.normalize("NFD", "Mme Zoé Fayolle"),
            "Mme Zoé Fayolle",
        ],
    }
    assert entity_variants(entity) == ["Fayolle", unicodedata.normalize("NFD", "Mme Zoé Fayolle")]


def test_other_spellings_stay_as_written() -> None:
    entity = {"name": "Zoé Fayolle", "variants": ["Zoe Fayolle", "Z. Fayolle", "Zoé Fayolle"]}
    assert entity_variants(entity) == ["Zoe Fayolle", "Z. Fayolle"]
