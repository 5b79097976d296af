"""French and Spanish titles of works in marks (issue #16): the words a work's noun sets as
its title (``le roman « ... »``, ``el largometraje “...”``) name that work wherever else the
article sets them in marks, a headline or a sentence with no such noun; and the nouns of works
a title follows directly (``l'essai « ... »``, ``el ensayo «...»``) set it off as no speech.
Words someone says stay speech.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import quotations, speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_french_novel_named_again_is_no_quotation() -> None:
    text = (
        "Prix des libraires : Marc Roux sacré\n\n"
        "Il ne s'y attendait « pas du tout ». Jeudi soir, Marc Roux a reçu le Prix des "
        "libraires de la Ville de Brest pour « La Plage en hiver », paru en février aux "
        "Éditions du Ponant.\n\n"
        "« J'ai écrit ce livre la nuit, entre deux gardes », raconte Marc Roux.\n\n"
        "Le roman « La Plage en hiver » est disponible en librairie."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert "La Plage en hiver" not in found
    assert found["J'ai écrit ce livre la nuit, entre deux gardes"][0] == "Marc Roux"


def test_a_spanish_feature_film_named_again_is_no_quotation() -> None:
    text = (
        "“Las tardes de Lima” competirá en la Berlinale\n\n"
        "El largometraje “Las tardes de Lima”, de la directora Ana Ruiz Soto, fue elegido el "
        "martes para la sección oficial.\n\n"
        "“Rodamos con muy poco dinero y mucha paciencia”, dijo Ana Ruiz Soto a la prensa."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert "Las tardes de Lima" not in found
    assert found["Rodamos con muy poco dinero y mucha paciencia"][0] == "Ana Ruiz Soto"


def test_a_spanish_novel_named_again_is_no_quotation() -> None:
    text = (
        "Ella no lo esperaba «para nada». El martes, Nora Ibáñez recibió el Premio de los "
        "Lectores de la Ciudad de Cádiz por «La casa del río», publicada en marzo por "
        "Ediciones del Sur.\n\n"
        "«Escribí este libro de madrugada, antes de abrir la tienda», contó Nora Ibáñez.\n\n"
        "La novela «La casa del río» ya está en las librerías."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert "La casa del río" not in found
    assert found["Escribí este libro de madrugada, antes de abrir la tienda"][0] == "Nora Ibáñez"


def test_a_title_right_after_the_noun_of_an_essay_is_no_quotation() -> None:
    french = (
        "Selon Paul Girard, auteur de l'essai « Le Temps des glaciers », la station « devra "
        "changer de modèle »."
    )
    spanish = (
        "Según Marta Gil, autora del ensayo «El último invierno», el pueblo «no tiene otra salida»."
    )
    found = speakers_and_roles(french, DAY, language="fr")
    assert "Le Temps des glaciers" not in found
    assert found["devra changer de modèle"][0] == "Paul Girard"
    found = speakers_and_roles(spanish, DAY, language="es")
    assert "El último invierno" not in found
    assert found["no tiene otra salida"][0] == "Marta Gil"


def test_a_work_s_title_said_again_with_its_own_verb_of_speech_is_speech() -> None:
    # The title's words set off with no cue name the work; a verb of speech beside them in
    # their own sentence makes them someone's words again.
    english = (
        'Tom Hale read from his memoir "Keep The Light On" at the library on Friday.\n\n'
        '"Keep the light on," he told the audience as the evening ended.'
    )
    french = (
        "Claire Vidal a dédicacé samedi son recueil « Demain la mer » à Quimper.\n\n"
        "« Demain la mer », a lancé Claire Vidal au public en refermant le livre."
    )
    spanish = (
        "Pedro Lara Ruiz presentó el sábado su novela «Volveremos al puerto» en Vigo.\n\n"
        "«Volveremos al puerto», dijo Pedro Lara Ruiz al despedirse del público."
    )
    assert speakers_and_roles(english, DAY)["Keep the light on"][0] == "Tom Hale"
    assert speakers_and_roles(french, DAY, language="fr")["Demain la mer"][0] == "Claire Vidal"
    found = speakers_and_roles(spanish, DAY, language="es")
    assert found["Volveremos al puerto"][0] == "Pedro Lara Ruiz"
    # Set off again with no cue of its own, the title still names the work.
    named = spanish + "\n\nEl libro fue finalista del premio por «Volveremos al puerto»."
    said = [q.text for q in quotations(named, DAY, language="es")]
    assert said == ["Volveremos al puerto"]


def test_a_french_scheme_s_name_after_a_body_is_no_quotation() -> None:
    # (``le dispositif « ... »``: a scheme's name, not words the body before it said)
    for text in (
        "Météo-France a levé l'alerte jeudi à 8 h. Le dispositif « Aide orages », mis en place "
        "par la Région, permet aux agriculteurs de déclarer leurs pertes.",
        "Radio-Canada a changé sa grille lundi. Le dispositif « Écoute jeunesse », lancé par la "
        "chaîne, vise les adolescents.",
    ):
        assert speakers_and_roles(text, DAY, language="fr") == {}, text
