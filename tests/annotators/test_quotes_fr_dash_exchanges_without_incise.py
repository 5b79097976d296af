"""French exchanges of dash lines (session 32, lane D): after a line whose incise names who
speaks, or under a first line asking a question, the following dash lines with no incise are
turns of speech too (a court's questions and answers); a turn takes the speaker of the turn two
lines before, the exchange alternating. A run of dash lines neither attributed nor opened by a
question stays a list.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_as_written

DAY = dt.date(2026, 3, 4)

HEARING = (
    "Le prévenu, Karim T., 34 ans, a répondu d'une voix sourde aux questions du tribunal.\n"
    "— Pourquoi avoir gardé l'argent ? lui demande la présidente, Claire Morel.\n"
    "— Je comptais le rendre avant la fin du mois.\n"
    "— Et les faux relevés envoyés à la banque ?\n"
    "— Une erreur, madame la présidente.\n"
    "L'audience a été suspendue à midi.\n"
)


def test_the_lines_after_an_attributed_dash_line_are_turns_of_the_exchange() -> None:
    found = speakers_as_written(HEARING, DAY, "fr")
    assert found["Pourquoi avoir gardé l'argent ?"] == "Claire Morel"
    assert found["Et les faux relevés envoyés à la banque ?"] == "Claire Morel"
    assert "Je comptais le rendre avant la fin du mois." in found
    assert "Une erreur, madame la présidente." in found


def test_a_question_opening_a_run_of_dash_lines_makes_it_an_exchange() -> None:
    text = (
        "Le juge a longuement interrogé le témoin sur la soirée.\n"
        "— Avez-vous vu l'accusé sortir ?\n"
        "— Non, j'étais dans la cuisine.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert {"Avez-vous vu l'accusé sortir ?", "Non, j'étais dans la cuisine."} <= set(found)


def test_a_list_of_dash_lines_is_no_exchange() -> None:
    text = (
        "Le programme de la journée comprend plusieurs étapes.\n"
        "— Accueil des participants à la mairie.\n"
        "— Visite du chantier de la médiathèque.\n"
    )
    assert speakers_as_written(text, DAY, "fr") == {}


def test_a_line_up_after_an_attributed_dash_line_is_no_exchange() -> None:
    # No line asks: the lines after the coach's are a team sheet, not his turns.
    text = (
        "Le club a dévoilé sa liste samedi.\n"
        "— Nous serons prêts ! lance l'entraîneur, Paul Roche.\n"
        "— Gardien : Jean Dupont.\n"
        "— Défenseurs : Marc Petit, Luc Martin.\n"
        "— Attaquants : Yann Leroy, Hugo Blanc.\n"
    )
    assert set(speakers_as_written(text, DAY, "fr")) == {"Nous serons prêts !"}


def test_a_list_of_questions_is_no_exchange() -> None:
    # Every line asks and none answers: a survey's questions, not a dialogue.
    text = (
        "Le sondage posait trois questions aux habitants.\n"
        "— Faut-il baisser les impôts ?\n"
        "— Faut-il augmenter les salaires ?\n"
        "— Faut-il rénover la gare ?\n"
    )
    assert speakers_as_written(text, DAY, "fr") == {}


def test_with_a_third_party_the_turn_two_lines_before_is_not_guessed() -> None:
    # The lawyer's objection breaks the alternation: the ruling is not the defendant's.
    text = (
        "Au procès, la tension est montée d'un cran mardi.\n"
        "— Pourquoi ? lui demande la présidente, Claire Morel.\n"
        "— Je ne sais pas, répond Karim Taleb.\n"
        "— Objection ! lance l'avocat, Jean Blanc.\n"
        "— Rejetée, votre objection est hors sujet.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert found["Objection !"] == "Jean Blanc"
    assert found.get("Rejetée, votre objection est hors sujet.") != "Karim Taleb"


def test_an_incise_left_unread_is_not_quoted_with_the_turn() -> None:
    # ``demanda Paul`` (a past tense the attribution may not read) follows the question in
    # lower case: it attributes the words, it is not among them.
    text = (
        "Le roman s'ouvre sur une dispute dans une cuisine de Brest.\n"
        "— Tu viens ? demanda Paul.\n"
        "— Non, je reste ici ce soir, répond Anne.\n"
        "— Et demain ?\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert "Tu viens ?" in found
    assert not any("demanda" in words for words in found)
