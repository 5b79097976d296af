"""Agencies that write their names in lower case (German ``dpa``, ``picture alliance``) are
organisations wherever a page credits them, though the chunker reads capitals only (issue 16)."""

from __future__ import annotations

import time

from helpers.entities import found as _found
from newsbrief.annotators.entities.lowercase_agencies import with_lowercase_agencies
from newsbrief.model import Document, Metadata
from newsbrief.nlp.analysis import analysis_of


def test_a_lower_case_agency_in_a_dateline_and_a_credit_is_an_organisation() -> None:
    found = _found(
        "Hamburg (dpa) – Der Hafen meldet weniger Umschlag als im Vorjahr. "
        "Bild: picture alliance / Markus Feldhaus\nDer Senat will nun gegensteuern.",
        "de",
    )
    assert ("dpa", "organisation") in found
    assert ("picture alliance", "organisation") in found
    assert ("Hamburg", "place") in found


def test_an_agency_inside_an_address_or_a_word_is_none() -> None:
    found = _found("Die Meldung stand zuerst auf dpa.com und im Blog updpate.", "de")
    assert not any(name.startswith("dpa") for name, _ in found)


def test_the_work_grows_with_the_page_not_with_its_square() -> None:
    # (each credit was once checked against every candidate of the page)
    def seconds(paragraphs: int) -> float:
        text = "Kiel (dpa) - Die Werft Nordlicht meldet Aufträge aus Oslo und Riga.\n" * paragraphs
        document = Document.from_text(text, id="x", metadata=Metadata(language="de"))
        packed = analysis_of(document).packed_candidates
        began = time.process_time()
        with_lowercase_agencies(document, packed)
        return time.process_time() - began

    seconds(50)
    small, large = seconds(500), seconds(4000)
    # (eight times the page: about eight times the work, sixty-four where it was quadratic)
    assert large < 24 * small + 0.05
