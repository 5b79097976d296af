"""The sides of a match's result written in a sentence, read as the sentence reads them: a full
stop after the second side ends the sentence, not the name (``venció 2-0 a Lanús.``); a
sentence's capitalised article is not the first side's (``El Sevilla ganó 2-1``)."""

from __future__ import annotations

from helpers.entities import mentions as _mentions


def test_a_full_stop_after_the_second_side_ends_the_sentence() -> None:
    found = _mentions("La jornada\nEl domingo Talleres venció 2-0 a Rosario Central.", "es")
    assert ("Rosario Central", "organisation") in found
    assert all(not name.endswith(".") for name, _ in found)


def test_a_sentence_s_capitalised_article_is_not_the_first_side_s() -> None:
    found = _mentions("La jornada\nEl Sevilla ganó 2-1 a Osasuna en casa.", "es")
    assert ("Sevilla", "organisation") in found
    assert ("El Sevilla", "organisation") not in found


def test_a_country_either_side_of_a_result_stays_a_place() -> None:
    found = _mentions(
        "Economía\nLa producción de Portugal cayó 2-3 frente a Grecia. El Gobierno de Grecia"
        " lo celebró y Grecia exporta más.",
        "es",
    )
    assert ("Grecia", "organisation") not in found
    assert ("Portugal", "organisation") not in found


def test_a_name_after_a_connector_before_the_score_is_no_side() -> None:
    found = _mentions(
        "La Liga\nEl conjunto de Bordalás venció 3-1 a Osasuna. Bordalás elogió a sus jugadores.",
        "es",
    )
    assert ("Bordalás", "organisation") not in found
    assert ("Osasuna", "organisation") in found


def test_a_set_s_score_is_a_result_between_players() -> None:
    found = _mentions("Tenis\nEn Roma, Tsitsipas venció 6-4 a Zverev y 7-5 en el segundo.", "es")
    assert ("Tsitsipas", "person") in found
    assert ("Zverev", "person") in found
    found = _mentions("Tennis\nÀ Bercy, Tsitsipas s'est imposé 7-5 face à Zverev, puis 6-3.", "fr")
    assert ("Tsitsipas", "person") in found
    assert ("Zverev", "person") in found


def test_one_score_of_a_set_s_shape_alone_is_still_a_team_s_result() -> None:
    # (a basketball quarter, a football rout, a water-polo match: no second set)
    found = _mentions("Baloncesto\nUnicaja venció 6-4 a Baskonia en el parcial inicial.", "es")
    assert ("Unicaja", "organisation") in found
    assert ("Baskonia", "organisation") in found
    found = _mentions("Fútbol\nEl domingo Boca Juniors le ganó 6-2 a River Plate.", "es")
    assert ("Boca Juniors", "person") not in found
    found = _mentions("Football\nLe PSG s'est imposé 6-4 face à Monaco. Un match fou.", "fr")
    assert ("Monaco", "person") not in found


def test_a_side_named_by_a_person_s_surname_is_a_player() -> None:
    text = "Tenis\nCasper Ruud llegó cansado a la final. Ruud venció 3-1 a Zverev en cuatro sets."
    found = _mentions(text, "es")
    assert ("Ruud", "person") in found
    assert ("Ruud", "organisation") not in found
    assert ("Zverev", "person") in found


def test_a_team_s_result_still_names_teams() -> None:
    found = _mentions("La jornada\nEl domingo Talleres venció 3-1 a Rosario Central.", "es")
    assert ("Rosario Central", "organisation") in found


def test_sides_are_read_in_any_script_s_capitals() -> None:
    found = _mentions("Football\nLe Žalgiris s'est imposé 2-0 face à Śląsk mardi.", "fr")
    assert ("Žalgiris", "organisation") in found
    assert ("Śląsk", "organisation") in found


def test_the_second_side_after_a_contracted_article_is_a_team() -> None:
    found = _mentions("La jornada\nEl Betis venció 2-0 al Getafe en casa.", "es")
    assert ("Getafe", "organisation") in found
    assert ("Betis", "organisation") in found


def test_a_coach_named_before_the_score_makes_no_players() -> None:
    # (the coach's surname is a person's, but the side before the score is his team)
    text = "Fútbol\nMarcelo Gallardo habló ayer. El equipo de Gallardo le ganó 2-0 a Vélez."
    assert ("Vélez", "organisation") in _mentions(text, "es")
    text = "Foot\nDidier Deschamps parle. Les Bleus de Deschamps ont gagné 2-0 face à Lens."
    assert ("Lens", "organisation") in _mentions(text, "fr")


def test_the_side_after_a_scorer_s_minutes_is_a_team_wherever_it_is_named() -> None:
    # (``scorer_side_prepositions``: ``(67e) pour Nantes``; the town after ``à`` stays a town)
    text = (
        "Ligue 2\nNantes renverse Angers au bout du suspense. Nantes reste en tête, et Angers"
        " recule.\nButs : Kader Salif (12e) pour Angers ; Paul Morel (67e, sp) pour Nantes."
        " Prochain match à Nantes samedi."
    )
    found = _mentions(text, "fr")
    assert found.count(("Nantes", "organisation")) == 3, found
    assert found.count(("Angers", "organisation")) == 3, found
    assert ("Nantes", "place") in found, found


def test_a_beaten_side_opening_with_a_first_name_is_a_team_wherever_it_is_named() -> None:
    # (``Jorge`` is a first name; the side a result's sentence beats is the team's)
    text = (
        "La jornada\nRacing Club venció 3-1 a Jorge Wilstermann en un partido vibrante."
        "\nEtiquetas: Racing Club, Jorge Wilstermann"
    )
    found = _mentions(text, "es")
    assert found.count(("Jorge Wilstermann", "organisation")) == 2, found


def test_a_person_beaten_by_a_person_stays_a_person() -> None:
    text = "La jornada\nJuan Pérez venció 3-1 a Pedro Gómez en la final del torneo de squash."
    found = _mentions(text, "es")
    assert ("Pedro Gómez", "person") in found, found


def test_a_count_in_brackets_before_pour_is_no_scorer_s_minute() -> None:
    # (a scorer's minute is written as one, ``(54e)``: years, seats or millimetres are not)
    text = (
        "Politique\nUn second mandat (2022-2027) pour Hélène Castagne, réélue dimanche."
        " Hélène Castagne a remercié ses électeurs."
    )
    assert ("Hélène Castagne", "person") in _mentions(text, "fr")
    text = (
        "Météo\nDes orages sont attendus mardi. Les cumuls de pluie (40 mm) pour Grenoble"
        " battent des records. Grenoble connaît son mois le plus humide."
    )
    found = _mentions(text, "fr")
    assert ("Grenoble", "organisation") not in found, found


def test_a_minute_with_added_time_or_a_tag_still_names_the_scorer_s_side() -> None:
    text = (
        "Ligue 2\nLe match a basculé tard.\nButs : Paul Morel (90e+2, sp) pour Angers ;"
        " Kader Salif (8e, 54e) pour Nantes. Angers remonte."
    )
    found = _mentions(text, "fr")
    assert found.count(("Angers", "organisation")) == 2, found
    assert ("Nantes", "organisation") in found, found


def test_a_player_beaten_by_a_surname_alone_stays_a_person() -> None:
    # (one score of a team's shape between a surname and a full name: a match between players)
    text = "Tenis\nMoreno venció 3-1 a Tomás Echeverri en la exhibición. Tomás Echeverri sonrió."
    found = _mentions(text, "es")
    assert ("Tomás Echeverri", "organisation") not in found, found
    assert ("Tomás Echeverri", "person") in found, found
