"""British police ranks written as initials (``DI``, ``DCI``) are titles: ``DI Okoro`` is the
detective named in full before, no second person called ``DI Okoro``."""

from __future__ import annotations

from helpers.entities import names
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def test_a_rank_in_initials_before_a_surname_is_a_title() -> None:
    found = names(
        "A van was stolen in Wakefield. Detective Inspector Chiamaka Okoro said it was found "
        "burnt out. DI Okoro added that a man had been arrested."
    )
    assert found["Okoro"] == ("Chiamaka Okoro", "person")
    assert not any(text.startswith("DI") for text in found)


def test_dci_before_a_full_name_leaves_the_name() -> None:
    found = names("The inquiry is led by DCI Tobias Wren of the major crimes unit.")
    assert found["Tobias Wren"][1] == "person"


def test_rank_initials_alone_are_a_body_s_acronym() -> None:
    text = (
        "The Directorate of Criminal Investigations (DCI) arrested two men in Nakuru. The DCI "
        "said they would be charged. Defence Intelligence (DI) agreed, and DI said so again."
    )
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    acronyms = [
        (a.text, a.attributes["type"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.text in ("DCI", "DI")
    ]
    assert acronyms == [("DCI", "organisation")] * 2 + [("DI", "organisation")] * 2
