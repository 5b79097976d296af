"""An entity's spelling variants are read in NFC: a decomposed mention is not a variant."""

from __future__ import annotations

import unicodedata

import newsbrief
from newsbrief.model import Document, Metadata


def test_a_decomposed_mention_is_not_a_variant_of_its_own_name() -> None:
    composed = (
        "Zoé Lefèvre a présenté lundi le budget de la région. "
        "Selon Zoé Lefèvre, les dépenses baisseront l'an prochain. "
        "Lefèvre a ajouté que les écoles seraient épargnées."
    )
    documents = [
        Document.from_text(composed, id="a", metadata=Metadata(language="fr")),
        Document.from_text(
            unicodedata.normalize("NFD", composed), id="b", metadata=Metadata(language="fr")
        ),
    ]
    briefing = newsbrief.build_briefing(documents)
    person = next(e for e in briefing.entities if e.name == "Zoé Lefèvre")
    assert all(unicodedata.is_normalized("NFC", v) for v in person.variants)
    assert len(person.variants) == len(set(person.variants))
    assert "Zoé Lefèvre (" in newsbrief.export(briefing, "markdown")
    assert (
        "Zoé Lefèvre"
        not in newsbrief.export(briefing, "markdown").split("Zoé Lefèvre (")[1].split("\n")[0]
    )
