"""A quotation in the first person standing alone after a sentence that names someone for the
first time with their role as a title (``Vereinschefin Petra Kranz denkt ... zurück``) is
theirs, as after a description set off by commas, even on a page whose paragraphs are one line
each.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_person_introduced_with_a_title_takes_the_turn() -> None:
    text = (
        "Die neue Umgehungsstraße ist seit Montag offen.\n"
        "„Es ist endlich ruhig“, sagt ein Anwohner.\n"
        "Vereinschefin Petra Kranz denkt an Abende im Stau zurück. "
        "„Wir standen jeden Abend im Stau.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir standen jeden Abend im Stau"][0] == "Petra Kranz"


def test_a_person_named_before_does_not_take_the_turn() -> None:
    text = (
        "Bürgermeister Jan Roth eröffnete die Straße.\n"
        "„Es ist endlich ruhig“, sagt ein Anwohner.\n"
        "Bürgermeister Jan Roth hatte den Bau lange verteidigt. „Ich hoffe, es bleibt so.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Ich hoffe, es bleibt so"][0] == "ein Anwohner"


@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "de",
            "Das Dorf wartet auf Hilfe.\n"
            "„Wir warten noch“, sagt ein Landwirt.\n"
            "Kanzler Olaf Scholz hatte Hilfe versprochen. „Wir haben nie einen Cent gesehen.“",
            "Wir haben nie",
            "ein Landwirt",
        ),
        (
            "fr",
            "Le village attend toujours l'aide.\n"
            "« On attend encore », dit un agriculteur, Marc Petit, 58 ans.\n"
            "Le président Emmanuel Macron avait promis une aide. « Nous n'avons rien vu. »",
            "Nous n'avons",
            "Marc Petit",
        ),
        (
            "es",
            "El pueblo sigue esperando.\n"
            "«Seguimos esperando», dijo una vecina, Marta Gil, de 70 años.\n"
            "El presidente Pedro Sánchez había prometido ayudas. «Nunca nos llegó nada.»",
            "Nunca nos",
            "Marta Gil",
        ),
    ],
)
def test_a_titled_person_in_a_background_sentence_does_not_take_the_turn(
    language: str, text: str, words: str, speaker: str
) -> None:
    # A sentence in the pluperfect tells what happened before the story (``hatte ...
    # versprochen``): the person it names is talked about; the speaker before goes on.
    found = speakers_and_roles(text, DAY, language=language)
    (who,) = [who for quoted, (who, _) in found.items() if quoted.startswith(words)]
    assert who == speaker
