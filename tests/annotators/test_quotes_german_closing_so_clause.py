"""German speech reported with a short quotation inside it and ``so X`` opening the sentence's
last clause (``Der Umbau sei „längst überfällig“ gewesen, so die Architektin Ute Brandl.``):
the words are the speech of the one ``so`` names, as right after a quotation's own comma
(``„...“, so X``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_so_opening_the_last_clause_names_the_speaker_of_a_quotation_inside_the_sentence() -> None:
    text = (
        "Das Rathaus wird bis 2028 saniert.\n\n"
        "Der Umbau sei „längst überfällig“ gewesen und werde Jahre dauern, so die "
        "Architektin Ute Brandl."
    )
    assert speakers_in(text, "de")["längst überfällig"] == ("Ute Brandl", "Architektin")


def test_a_cue_verb_with_an_object_before_the_name_names_no_speaker_of_a_quotation_inside() -> None:
    """Spanish ``after_cues`` are verbs that take objects: a name after the object
    (``cerró la temporada el entrenador X``) is the subject of another act, not a speaker."""
    found = speakers_in(
        "El club celebró el título.\n\n"
        "El equipo ganó la «copa» en Sevilla, cerró la temporada el entrenador Marco Ruiz.",
        "es",
    )
    assert found.get("copa", (None, None))[0] != "Marco Ruiz"
    found = speakers_in(
        "El museo abrió sus puertas.\n\n"
        "La muestra fue calificada de «única» por la prensa, continuó el acto el ministro "
        "Pedro Sanz.",
        "es",
    )
    assert found.get("única", (None, None))[0] != "Pedro Sanz"
