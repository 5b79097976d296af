"""``„...“, hieß es aus dem Ministerium``: an impersonal cue after a quotation names where the
words come from after its pronoun, as ``Aus dem Ministerium hieß es`` does before it; with no
such origin (``heißt es im Bericht``) the words stay nobody's. The sentences are written for
these tests."""

from __future__ import annotations

from helpers.quotes import speaker_of

LEAD = "Der Stadtrat hat am Mittwoch den Haushalt für 2027 beschlossen. "


def test_an_origin_after_the_impersonal_cue_speaks() -> None:
    text = LEAD + "„Die Rücklagen reichen noch zwei Jahre“, hieß es aus dem Innenministerium."
    assert speaker_of(text, "de", "Die Rücklagen reichen") == "Innenministerium"


def test_a_body_after_von_speaks() -> None:
    text = LEAD + "„Das ist ein Sparhaushalt ohne Plan“, heißt es von der Gewerkschaft Verdi."
    assert speaker_of(text, "de", "Das ist ein Sparhaushalt") == "Verdi"


def test_a_document_after_the_impersonal_cue_names_no_one() -> None:
    text = (
        LEAD + "Kämmerin Petra Lindner stellte die Zahlen vor. „Die Rücklagen reichen noch zwei "
        "Jahre“, heißt es im Bericht."
    )
    assert speaker_of(text, "de", "Die Rücklagen reichen") is None


def test_a_time_after_the_origin_is_no_part_of_it() -> None:
    text = LEAD + "„Wir prüfen jeden Posten erneut“, hieß es aus dem Finanzministerium am Abend."
    assert speaker_of(text, "de", "Wir prüfen jeden Posten") == "Finanzministerium"
