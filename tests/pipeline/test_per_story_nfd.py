"""Per-story runs group a decomposed (NFD) document as its NFC form, as build_briefing does."""

from __future__ import annotations

import unicodedata

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.pipeline.per_story import build_story_briefings

_FIRST = (
    "La préfète Hélène Dufrêne a ordonné jeudi l'évacuation du quartier Saint-Éloi à Sète. "
    "Selon Hélène Dufrêne, la digue de l'Étang de Thau menaçait de céder après trois jours "
    "d'orages. Les pompiers de Sète ont évacué quatre cents habitants vers le gymnase Léo-Lagrange."
)
_SECOND = (
    "À Sète, quatre cents habitants du quartier Saint-Éloi ont passé la nuit au gymnase "
    "Léo-Lagrange. La préfète Hélène Dufrêne a défendu l'évacuation : la digue de l'Étang de "
    "Thau était fragilisée par les orages. Hélène Dufrêne promet un retour dès vendredi."
)
_OTHER = (
    "Le club de rugby de Béziers a battu Agen samedi au stade de la Méditerranée. "
    "L'entraîneur Jérémie Boulé a salué la défense de son équipe après la pause."
)


def _documents(second: str) -> list[Document]:
    def document(text: str, doc_id: str) -> Document:
        return Document.from_text(text, id=doc_id, metadata=Metadata(language="fr"))

    return [document(_FIRST, "a"), document(second, "b"), document(_OTHER, "c")]


def test_per_story_groups_an_nfd_document_as_its_nfc_form() -> None:
    composed = _documents(_SECOND)
    decomposed = _documents(unicodedata.normalize("NFD", _SECOND))
    expected = [story.documents for story in newsbrief.build_briefing(composed).stories]
    assert [s.documents for s in newsbrief.build_briefing(decomposed).stories] == expected
    per_story = [b.stories[0].documents for b in build_story_briefings(decomposed)]
    assert per_story == expected  # ("b" read decomposed was a story of its own)
    for briefing in build_story_briefings(decomposed, jobs=2):
        for item in briefing.summary:
            text = next(d.text for d in decomposed if d.id == item.sentence.doc_id)
            assert text[item.sentence.start : item.sentence.end] == item.sentence.text
