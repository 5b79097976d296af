"""A date line's label (``Published``, ``Updated``, ``Veröffentlicht``) is page furniture, never a
name's word: a byline glued to its date line keeps the byline alone, and a lone label line is no
name, so no other document's mention merges into it."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def names(*texts: str, language: str = "en") -> list[dict[str, tuple[str, str]]]:
    """Per document: mention text -> (canonical name, type)."""
    documents = EntityAnnotator().annotate(
        [
            Document.from_text(text, id=f"d{n}", metadata=Metadata(language=language))
            for n, text in enumerate(texts)
        ]
    )
    return [
        {
            a.text: (a.attributes["name"], a.attributes["type"])
            for a in document.annotations_of(AnnotationKind.ENTITY)
        }
        for document in documents
    ]


def test_a_byline_glued_to_its_date_line_is_the_byline_alone() -> None:
    (found,) = names(
        "Ferry fares to rise in spring\n\n"
        "Rosalind Achterberg-Nkemelu Published March 2, 2027 Updated 3 hours ago\n\n"
        "The operator said on Monday that fares would rise by a tenth."
    )
    assert found["Rosalind Achterberg-Nkemelu"][1] == "person"
    assert not any("Published" in text or "Updated" in text for text in found)


def test_a_lone_label_line_is_no_name_in_any_document_of_a_batch() -> None:
    first, second = names(
        "Harbour dredging delayed\n\nTomasz Ekwueme-Larsen Posted 9 June 2027\n\n"
        "The port said work would start later.",
        "Library hours cut\n\nPublished\n\n12 May 2027\n\nThe council said it had no choice.",
    )
    assert first["Tomasz Ekwueme-Larsen"][1] == "person"
    assert "Published" not in second
    assert not any("Posted" in text for text in first)


def test_a_german_label_is_no_name_word_either() -> None:
    (found,) = names(
        "Mieten steigen weiter\n\nLiselotte Brandauer-Okafor Veröffentlicht 4. März 2027\n\n"
        "Die Stadt teilte am Montag mit, die Mieten seien gestiegen.",
        language="de",
    )
    assert "Liselotte Brandauer-Okafor" in found
    assert not any("Veröffentlicht" in text for text in found)
