"""French exchanges of dash lines in court and interview reports (issue #16): where the one
asking is named, by the line introducing the exchange with a verb of questioning (``Le
président, X, l'a longuement interrogé``) or by an incise on a question (``lui demande la
juge, X``), the lines that answer are the words of the person the article names most often
before the exchange, whom the report is about; never the writer its byline names, nor a
nickname in marks. An exchange whose known party answers stays as it was.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import quotations, speakers_as_written

DAY = dt.date(2026, 3, 4)


def test_the_one_named_asking_in_the_introduction_puts_questions_to_the_accused() -> None:
    text = (
        "Par Ann Roe\n"
        "Le procès de Karim Tahar, 41 ans, s'est ouvert lundi devant la cour d'assises du Nord. "
        "Karim Tahar est accusé d'avoir frappé Paul Lenoir, un voisin, à la sortie d'un bar.\n"
        "Le président, Marc Aubry, l'a longuement interrogé sur la soirée.\n"
        "— Pourquoi avoir suivi la victime dans la rue ?\n"
        "— Je voulais seulement lui parler.\n"
        "— Avec une barre de fer à la main ?\n"
        "— Je ne me souviens plus de la barre.\n"
        "Le verdict est attendu vendredi.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert found["Pourquoi avoir suivi la victime dans la rue ?"] == "Marc Aubry"
    assert found["Avec une barre de fer à la main ?"] == "Marc Aubry"
    assert found["Je voulais seulement lui parler."] == "Karim Tahar"
    assert found["Je ne me souviens plus de la barre."] == "Karim Tahar"


def test_a_judge_named_in_an_incise_asks_and_the_defendant_answers_not_the_writer() -> None:
    text = (
        "Tribune du Léman\n"
        "Par Claire Dumont\n"
        "Surnommé « le Roi du crédit » par ses clients, Bruno Keller a reconnu mardi devant le "
        "tribunal de Genève avoir détourné l'épargne de vingt familles.\n"
        "— Où est passé l'argent ? lui demande la juge, Sophie Matthey.\n"
        "— Dans mes dettes de jeu, pour l'essentiel.\n"
        "— Et les relevés falsifiés ?\n"
        "— C'était pour gagner du temps.\n"
        "Le jugement sera rendu jeudi.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert found["Où est passé l'argent ?"] == "Sophie Matthey"
    assert found["Et les relevés falsifiés ?"] == "Sophie Matthey"
    assert found["Dans mes dettes de jeu, pour l'essentiel."] == "Bruno Keller"
    assert found["C'était pour gagner du temps."] == "Bruno Keller"


def test_the_one_questioned_in_the_introduction_does_not_ask() -> None:
    text = (
        "Le témoin, Louis Perrin, a été interrogé par la cour pendant une heure.\n"
        "— Avez-vous vu l'accusé sortir ?\n"
        "— Non, j'étais dans la cuisine.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert found["Avez-vous vu l'accusé sortir ?"] != "Louis Perrin"


def _court_report(hearings: int) -> str:
    """A long court report: ``hearings`` paragraphs naming people, each followed by an
    exchange the presiding judge opens."""
    names = ["Sofia Marin", "Hugo Lambert", "Inès Caron", "Yanis Perrot"]
    parts = []
    for day in range(hearings):
        one, two = names[day % 4], names[(day + 1) % 4]
        parts.append(f"{one} a croisé {two} au palais, le jour {day}. {one} est revenu.")
        parts.append(
            "La présidente, Claire Vidal, l'a interrogé.\n— Pourquoi ?\n— J'avais peur.\n"
            "— Et ensuite ?\n— Je suis parti."
        )
    return "\n\n".join(parts)


def test_many_exchanges_after_many_names_are_read_in_linear_time() -> None:
    from helpers.timing import least_cpu_seconds

    small_text, large_text = _court_report(60), _court_report(480)
    small = least_cpu_seconds(lambda: quotations(small_text, DAY, language="fr"), repeat=1)
    large = least_cpu_seconds(lambda: quotations(large_text, DAY, language="fr"), repeat=1)
    assert large < 16 * max(small, 0.01)  # 8x the exchanges: linear ~8x, cubic far more
    answers = [q for q in quotations(large_text, DAY, language="fr") if q.text.startswith("J'")]
    assert len(answers) == 480 and all(q.attributes["speaker"] for q in answers)


def test_an_introduction_ending_with_a_question_still_names_the_one_asking() -> None:
    # A statement then a question is a paragraph of the article, not an interviewer's
    # question printed without a dash: it still introduces the exchange.
    text = (
        "Par Léa Morel\n"
        "Le procès de Yann Caradec, 36 ans, s'est ouvert mardi devant le tribunal correctionnel "
        "de Rennes. Yann Caradec est accusé d'avoir incendié l'entrepôt de son ancien patron.\n"
        "La juge, Hélène Garnier, l'a longuement interrogé. Qu'a-t-il fait cette nuit-là ?\n"
        "— Pourquoi être retourné à l'entrepôt après minuit ?\n"
        "— Je voulais récupérer mes outils.\n"
        "— Avec un bidon d'essence ?\n"
        "— Le bidon était déjà dans la voiture.\n"
        "Le jugement sera rendu lundi.\n"
    )
    found = speakers_as_written(text, DAY, "fr")
    assert found["Pourquoi être retourné à l'entrepôt après minuit ?"] == "Hélène Garnier"
    assert found["Avec un bidon d'essence ?"] == "Hélène Garnier"
    assert found["Je voulais récupérer mes outils."] == "Yann Caradec"
    assert found["Le bidon était déjà dans la voiture."] == "Yann Caradec"
