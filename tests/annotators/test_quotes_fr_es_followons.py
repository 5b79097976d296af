"""French and Spanish follow-on attributions: a pronoun joined to the cue verb (``», a-t-il
précisé``, ``», nuance-t-elle``) stands for the subject of the sentence before the quotation's,
named or an unnamed source, rather than for whoever was named last.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)
FR_LEAD = "Le conseil municipal s'est réuni mardi soir.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Au ministère, une source proche du dossier tempère l'optimisme. « Rien n'est "
            "signé pour l'instant », nuance-t-elle.",
            "une source proche du dossier",
        ),
        (
            "Un diplomate belge en poste à Rome tempère l'optimisme ambiant. « Nous avons déjà "
            "signé trois accords de ce genre », a-t-il confié.",
            "un diplomate belge en poste à Rome",
        ),
        (
            "Dans les couloirs, un élu de la majorité relativise l'incident. « Le texte "
            "passera quand même », assure-t-il.",
            "un élu de la majorité",
        ),
    ],
)
def test_a_joined_pronoun_stands_for_the_unnamed_source_of_the_sentence_before(
    paragraph: str, speaker: str
) -> None:
    text = FR_LEAD + "L'adjoint aux finances, Marc Dupuis, a quitté la salle.\n\n" + paragraph
    found = speakers_and_roles(text, DAY, language="fr")
    quoted = next(q for q in found if q.startswith(("Rien", "Nous", "Le texte")))
    assert found[quoted][0] == speaker


def test_a_source_whose_verb_is_no_cue_is_not_read_up_to_the_comma() -> None:
    text = (
        FR_LEAD + "L'adjoint aux finances, Marc Dupuis, a quitté la salle.\n\n"
        "Une source proche du dossier se montre prudente, deux offres restant en lice. « Rien "
        "n'est signé à ce stade, tout peut changer », nuance-t-elle."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert "prudente" not in (found["Rien n'est signé à ce stade, tout peut changer"][0] or "")


def test_a_joined_pronoun_skips_a_picture_credit_line_before_its_sentence() -> None:
    text = (
        FR_LEAD + "La séance du 3 mars. Bruno Lefort / AFP\n"
        "Le chef de l'opposition, Antoine Mercier, a réclamé un vote « avant l'été ». « Chaque "
        "semaine perdue coûte cher aux familles », a-t-il insisté."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Chaque semaine perdue coûte cher aux familles"][0] == "Antoine Mercier"


ES_LEAD = "Ecuador vota este domingo en una segunda vuelta muy reñida.\n"


def test_a_dialogue_turn_on_a_line_of_its_own_inside_a_paragraph_is_speech() -> None:
    # A page's lines, one turn a line, make one paragraph (no blank line between them).
    text = (
        ES_LEAD + "Se enfrentan el exalcalde Jorge Prado Villacís y la senadora Lucía Vera.\n"
        "—Vamos a aceptar lo que digan las urnas —dijo Prado Villacís ante sus seguidores en "
        "Quito—. Pero vigilaremos cada mesa, una por una.\n"
        "Vera, por su parte, pidió calma a sus votantes."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Vamos a aceptar lo que digan las urnas"][0] == "Jorge Prado Villacís"
    assert found["Pero vigilaremos cada mesa, una por una"][0] == "Jorge Prado Villacís"


def test_a_dialogue_line_inside_a_paragraph_with_quotation_marks_is_speech() -> None:
    text = (
        ES_LEAD + "La senadora Lucía Vera denunció un «fraude anunciado» en la capital.\n"
        "—No vamos a aceptar ninguna trampa —afirmó Vera en Guayaquil—. Estaremos en cada "
        "recinto.\n"
        "El consejo electoral rechazó las acusaciones."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No vamos a aceptar ninguna trampa"][0] == "Lucía Vera"


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker"),
    [
        (
            "Le capitaine lyonnais, Marc Roux, a tenu un discours voisin au micro de RMC : « Il "
            "faudra vite relever la tête. »",
            "Il faudra vite relever la tête",
            "Marc Roux",
        ),
        (
            "Sa voisine, Odile Marchand, a déjà signé : « Je ne veux plus jamais voir l'eau "
            "monter dans ma cuisine. »",
            "Je ne veux plus jamais voir l'eau monter dans ma cuisine",
            "Odile Marchand",
        ),
        (
            "L'avocat général, Jean Delmas, n'a pas cru un instant à cette thèse. « Il a choisi "
            "ses victimes une par une. »",
            "Il a choisi ses victimes une par une",
            "Jean Delmas",
        ),
    ],
)
def test_a_person_in_apposition_to_the_opening_noun_phrase_is_the_subject(
    paragraph: str, quoted: str, speaker: str
) -> None:
    text = FR_LEAD + "Le maire, Louis Fabre, a ouvert la séance.\n\n" + paragraph
    found = speakers_and_roles(text, DAY, language="fr")
    assert found[quoted][0] == speaker


def test_a_spanish_person_in_apposition_after_a_possessive_is_the_subject() -> None:
    text = (
        ES_LEAD + "El presidente del club, Andrés Molina, habló antes del partido.\n\n"
        "Su entrenador, Carlos Ruiz Ortega, se mostró molesto con el arbitraje: «Así es muy "
        "difícil competir.»"
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Así es muy difícil competir"][0] == "Carlos Ruiz Ortega"


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker"),
    [
        (
            "Pour le maire de Tours, Julien Garnier (divers gauche), « on demande aux familles "
            "de payer une dette qui n'est pas la leur ».",
            "on demande aux familles de payer une dette qui n'est pas la leur",
            "Julien Garnier",
        ),
        (
            "Le porte-parole du groupe, Antoine Mercier, votera le texte. Pour lui, « ce budget "
            "arrive avec deux ans de retard ».",
            "ce budget arrive avec deux ans de retard",
            "Antoine Mercier",
        ),
        (
            "Le porte-parole du groupe, Antoine Mercier, votera le texte. Selon lui, la réforme "
            "« créera trois cents emplois ».",
            "créera trois cents emplois",
            "Antoine Mercier",
        ),
    ],
)
def test_pour_opening_a_sentence_and_a_stressed_pronoun_read_like_selon(
    paragraph: str, quoted: str, speaker: str
) -> None:
    text = FR_LEAD + "La maire de Blois, Claire Vidal, a présenté le budget.\n\n" + paragraph
    found = speakers_and_roles(text, DAY, language="fr")
    assert found[quoted][0] == speaker


def test_pour_opening_a_sentence_names_no_speaker_when_no_one_follows_it() -> None:
    text = (
        FR_LEAD + "La maire de Blois, Claire Vidal, a présenté le budget.\n\n"
        "Pour la première fois depuis dix ans, la ville annonce « un budget en excédent, "
        "sans hausse d'impôts »."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found.get("un budget en excédent, sans hausse d'impôts", (None,))[0] != "la première"


def test_para_opening_a_spanish_sentence_reads_like_segun() -> None:
    text = (
        ES_LEAD + "La directora general, Alejandra Pardo Ríos, anunció la compra de la planta. "
        "«Es una operación histórica», dijo.\n\n"
        "Para Ana Torres Vidal, analista de Banco Ribera, el precio pagado “está en línea con "
        "operaciones comparables”, aunque advirtió que el tipo de cambio es un riesgo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["está en línea con operaciones comparables"][0] == "Ana Torres Vidal"


def test_a_quotation_closing_its_line_ends_the_sentence_before_a_described_speaker() -> None:
    # A page's lines make one paragraph; the line before ends with a quotation, whose own full
    # stop is hidden from the sentence reader.
    text = (
        "Lyon battu à domicile par Nantes\n"
        "« On a reculé après la pause », a regretté l'entraîneur lyonnais, Paul Verdier. « Je "
        "prends ma part de responsabilité. »\n"
        "Dans le vestiaire, le capitaine Hugo Marchal ne cachait pas sa colère. « On perd trop "
        "de points à la maison, il faut se parler », a confié le défenseur, très touché."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["On perd trop de points à la maison, il faut se parler"][0] == "Hugo Marchal"


def test_a_role_ending_in_an_elided_complement_is_read_whole() -> None:
    text = (
        FR_LEAD + "Le ministre de l'Intérieur Paul Garnier a présenté jeudi son plan.\n\n"
        "« Les effectifs seront renforcés dès janvier », a indiqué Paul Garnier.\n\n"
        "« Nous tiendrons ce calendrier », a poursuivi le ministre."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Les effectifs seront renforcés dès janvier"] == (
        "Paul Garnier",
        "ministre de l'Intérieur",
    )
    assert found["Nous tiendrons ce calendrier"][0] == "Paul Garnier"


def test_a_role_phrase_after_a_cue_ends_before_devant() -> None:
    text = (
        FR_LEAD + "Présentée par la ministre de la Santé, Claire Vidal (PS), la réforme réduit "
        "les dépenses de dix millions.\n\n"
        "« Nous n'avons plus le choix, chaque euro doit être justifié », a déclaré la ministre "
        "devant la commission des finances."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Nous n'avons plus le choix, chaque euro doit être justifié"][0] == "Claire Vidal"


def test_a_spanish_role_phrase_after_a_cue_ends_before_ante() -> None:
    text = (
        ES_LEAD + "Presentado por la ministra de Hacienda, Elena Robles, el plan recorta el "
        "gasto en diez millones.\n\n"
        "«No tenemos otra opción, cada euro debe justificarse», dijo la ministra ante la "
        "comisión de presupuestos."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No tenemos otra opción, cada euro debe justificarse"][0] == "Elena Robles"


def test_a_body_noun_and_the_place_it_is_of_name_the_body_after_a_cue() -> None:
    text = (
        FR_LEAD + "Le groupe Carrefour a fermé son magasin de Draguignan.\n\n"
        "Un incendie a ravagé l'entrepôt dans la nuit. « Aucune victime n'est à déplorer, "
        "mais le bâtiment est détruit », indique la préfecture du Var."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Aucune victime n'est à déplorer, mais le bâtiment est détruit"][0] == (
        "préfecture du Var"
    )


def test_a_spanish_body_noun_and_its_place_name_the_body_after_a_cue() -> None:
    text = (
        ES_LEAD + "La empresa Mercadona cerró su tienda del centro.\n\n"
        "Un incendio destruyó el almacén durante la noche. «No hubo heridos, pero el edificio "
        "quedó destruido», informó la fiscalía de Sevilla."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No hubo heridos, pero el edificio quedó destruido"][0] == "fiscalía de Sevilla"


_INTERVIEW = (
    "Lucía Ferrer: «Escribo para no olvidar mi barrio»\n"
    "Cultura · Libros\n"
    "La novelista valenciana Lucía Ferrer Soler publica su tercera novela, ambientada en "
    "Ruzafa.\n"
    "Hablamos con ella en una librería del centro de Valencia.\n"
    "—¿Por qué Ruzafa?\n"
    "—Porque es el barrio de mi abuela. Allí aprendí a escuchar a la gente mayor.\n"
    "—¿Es un libro político?\n"
    "—Sí, aunque no me gusta la palabra. Hablo de desahucios y de familias que se van.\n"
    "{more}"
    "La novela sale el jueves en todas las librerías.\n"
)


def test_an_interview_without_a_heading_is_read_from_its_answers() -> None:
    text = _INTERVIEW.format(
        more="—¿Cómo fue escribirlo?\n—Muy lento. Tardé cuatro años en terminar el borrador.\n"
    )
    found = speakers_and_roles(text, DAY, language="es")
    first = "Porque es el barrio de mi abuela. Allí aprendí a escuchar a la gente mayor"
    assert found[first][0] == "Lucía Ferrer Soler"
    assert found["Muy lento. Tardé cuatro años en terminar el borrador"][0] == "Lucía Ferrer Soler"


def test_two_questions_and_answers_without_a_heading_are_no_interview() -> None:
    found = speakers_and_roles(_INTERVIEW.format(more=""), DAY, language="es")
    assert not any(q.startswith(("Porque", "Sí, aunque")) for q in found)


def test_a_dropped_subject_before_a_phrase_saying_how_is_the_source_before() -> None:
    text = (
        ES_LEAD + "El presidente del tribunal, Marcos Ibáñez, pidió calma el sábado.\n\n"
        "Según un diplomático europeo destinado en Quito, la comunidad internacional teme "
        "disturbios. «Nadie quiere volver a ver muertos en las calles», afirmó bajo condición "
        "de anonimato."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Nadie quiere volver a ver muertos en las calles"][0] == (
        "un diplomático europeo destinado en Quito"
    )


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "Le procureur de Lyon, Paul Girard, a confirmé lundi l'ouverture d'une enquête "
            "pour « mise en danger de la vie d'autrui ».",
            "mise en danger de la vie d'autrui",
            "Paul Girard",
        ),
        (
            "La ministre de la Santé, Claire Vidal, a appelé sur France Inter à ne pas « céder "
            "à la panique ».",
            "céder à la panique",
            "Claire Vidal",
        ),
    ],
)
def test_more_participles_of_speech_after_their_auxiliary(
    sentence: str, quoted: str, speaker: str
) -> None:
    text = (
        FR_LEAD + "« Nous resterons mobilisés », a indiqué la direction de l'hôpital dans un "
        "communiqué.\n\n" + sentence
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found[quoted][0] == speaker
