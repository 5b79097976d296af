"""A lone family name written first belongs to the full name it opens in its own article,
whichever lone names were read before it (the owner of one is never carried over to the next)."""

from __future__ import annotations

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _owners(text: str, language: str) -> dict[str, str]:
    """Mention text -> canonical name of every entity mention (the last of each text)."""
    document = Document.from_text(text, id="t", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["name"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kang Sok Ju habló el martes. Kang citó a Kim Jong Un y a Donald Trump, "
            "cuando Kim prometió seguir negociando.",
            "es",
        ),
        (
            "Kang Sok Ju a parlé mardi. Kang a cité Kim Jong Un et Donald Trump, "
            "lorsque Kim a promis de poursuivre les discussions.",
            "fr",
        ),
    ],
)
def test_each_lone_family_name_keeps_its_own_full_name(text: str, language: str) -> None:
    owners = _owners(text, language)
    assert owners["Kang"] == "Kang Sok Ju"
    assert owners["Kim"].startswith("Kim Jong")
