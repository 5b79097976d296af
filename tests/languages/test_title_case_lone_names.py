"""Whether a lone capitalised word may be another article's person by its place in a line
alone is the language's to say (``[entities] title_case``): where headlines and link lines are
written in title case (English ``Read More``), any word of a line may be capitalised, and a lone
word needs its own article's words (typed a person, speaking, titled). The sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

_VISIT = (
    "Lee visita Tokio\n\nEl presidente surcoreano Lee Jae-myung llegó a Tokio el lunes. "
    '"Somos vecinos", dijo Lee Jae-myung.'
)
_FLOOD = (
    "Inundaciones en el valle\n\nLos vecinos volvieron a casa el lunes cuando bajó el río."
    '\n\nFotos | Lee más: "Nadie nos avisó": dentro del valle inundado'
)


def _flood_entities() -> set[str]:
    documents = [
        Document.from_text(
            text, id=f"d{i}", metadata=Metadata(language="es", published=dt.date(2026, 12, 7))
        )
        for i, text in enumerate([_VISIT, _FLOOD])
    ]
    flood = list(EntityAnnotator().annotate(documents))[1]
    return {str(e.attributes["entity"]) for e in flood.annotations_of(AnnotationKind.ENTITY)}


def test_a_language_in_title_case_asks_its_articles_words(language_dir: Path) -> None:
    # (Spanish as if it wrote its link lines in title case: ``Lee`` of ``Fotos | Lee más:`` is
    # then no other article's ``Lee Jae-myung``, as English ``Read`` of a link line is none)
    (language_dir / "es.toml").write_text("[entities]\ntitle_case = true\n", "utf-8")
    assert "person:lee-jae-myung" not in _flood_entities()
