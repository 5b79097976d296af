"""French ``on`` and the same source said again: ``», ajoute-t-on`` names no one, so the
speaker is the people the sentence before places ``on`` among (``Dans l'entourage du
ministre, on ...``) or whom a link after the verb names (``a-t-on appris auprès de X``);
``cette même source`` and ``esas mismas fuentes`` are the source named in the sentence before.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)
FR_LEAD = (
    "Le conseil municipal s'est réuni mardi soir.\n\n"
    "Le maire, Paul Ardent, a présenté son plan de rigueur.\n\n"
)
ES_LEAD = "El pleno se reunió el martes.\n\nLa alcaldesa, Carmen Ruiz, presentó su plan.\n\n"


def test_on_after_its_verb_is_the_people_the_sentence_before_places_it_among() -> None:
    text = FR_LEAD + (
        "Dans l'entourage du préfet de région, on reconnaît que la réforme a été « mal "
        "expliquée ». « Les élus auraient dû être consultés plus tôt, c'est certain », "
        "ajoute-t-on de même source."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["mal expliquée"][0] == "l'entourage du préfet de région"
    assert found["Les élus auraient dû être consultés plus tôt, c'est certain"][0] == (
        "l'entourage du préfet de région"
    )


def test_on_among_a_group_speaks_for_it() -> None:
    text = FR_LEAD + (
        "Chez les commerçants, on s'inquiète. « Nous perdrons des clients », explique-t-on."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Nous perdrons des clients"][0] == "les commerçants"


def test_what_on_learnt_from_a_body_the_body_said() -> None:
    text = FR_LEAD + (
        "La société Transdev, de son côté, refuse tout commentaire. « Aucune ligne ne fermera "
        "cette année », a-t-on appris auprès de la société."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Aucune ligne ne fermera cette année"][0] == "Transdev"


def test_on_names_no_one_and_is_no_speaker() -> None:
    text = FR_LEAD + (
        "La séance a été houleuse. « Le budget est insincère », ajoute-t-on de source syndicale."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    speaker = found["Le budget est insincère"][0] or ""
    assert "-t-on" not in speaker


def test_cette_meme_source_is_the_source_named_before() -> None:
    text = FR_LEAD + (
        "Selon une source proche du dossier, deux offres restent en lice. « Rien n'est décidé "
        "pour l'instant », tempère cette même source."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Rien n'est décidé pour l'instant"][0] == "une source proche du dossier"


def test_esas_mismas_fuentes_before_their_quotation_are_the_sources_named_before() -> None:
    text = ES_LEAD + (
        "El pacto se cerró, según fuentes del Ministerio de Hacienda, pasada la medianoche. "
        "Esas mismas fuentes aseguraron que el texto «no incluye ninguna rebaja fiscal» y que "
        "solo fija plazos."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["no incluye ninguna rebaja fiscal"][0] == "fuentes del Ministerio de Hacienda"


def test_sources_not_said_to_be_the_same_do_not_point_back_over_their_quotation() -> None:
    text = ES_LEAD + (
        "El pacto se cerró, según fuentes del Ministerio de Hacienda, pasada la medianoche. "
        "Fuentes sindicales aseguraron que el texto «no protege a nadie»."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["no protege a nadie"][0] != "fuentes del Ministerio de Hacienda"


def test_a_plural_of_people_speaks_as_written() -> None:
    french = speakers_and_roles(
        FR_LEAD + "Les enseignants dénoncent une réforme « menée à la hâte ».", DAY, language="fr"
    )
    assert french["menée à la hâte"][0] == "les enseignants"
    spanish = speakers_and_roles(
        ES_LEAD + "Los vecinos aseguran que el agua «llegó en diez minutos».", DAY, language="es"
    )
    assert spanish["llegó en diez minutos"][0] == "los vecinos"


def test_a_plural_of_no_people_is_no_speaker() -> None:
    found = speakers_and_roles(
        FR_LEAD + "Les chiffres dénoncent une réforme « menée à la hâte ».", DAY, language="fr"
    )
    assert found["menée à la hâte"][0] != "les chiffres"


def test_an_unnamed_person_opening_a_clause_a_colon_closes_speaks() -> None:
    french = speakers_and_roles(
        FR_LEAD + "Un retraité venu de Dijon hausse les épaules : « Ça fait trente ans que ça "
        "dure. »",
        DAY,
        language="fr",
    )
    assert french["Ça fait trente ans que ça dure"][0] == "un retraité venu de Dijon"
    spanish = speakers_and_roles(
        ES_LEAD + "Una vecina se encoge de hombros: «Siempre pasa lo mismo».", DAY, language="es"
    )
    assert spanish["Siempre pasa lo mismo"][0] == "una vecina"


def test_according_to_a_role_of_a_named_person_the_role_speaks() -> None:
    text = (
        "Le procès s'est ouvert lundi à Lyon.\n\nMarie Lenoir, 54 ans, est jugée pour escroquerie. "
    )
    french = speakers_and_roles(
        text + "Pour l'avocate de Marie Lenoir, « ce dossier est vide ».", DAY, language="fr"
    )
    assert french["ce dossier est vide"][0] == "l'avocate de Marie Lenoir"
    french = speakers_and_roles(
        text + "Selon l'avocat de Marie Lenoir, « ce dossier est vide ».", DAY, language="fr"
    )
    assert french["ce dossier est vide"][0] == "l'avocat de Marie Lenoir"


def test_pour_elle_is_the_woman_named_not_a_person_of_unknown_gender() -> None:
    found = speakers_and_roles(
        "Le procès s'est ouvert lundi à Lyon.\n\nLa juge Hélène Carrez a rappelé les faits à "
        "Claude Morel. Pour elle, « ce dossier est lourd ».",
        DAY,
        language="fr",
    )
    assert found["ce dossier est lourd"][0] == "Hélène Carrez"


def test_a_word_opening_like_a_reflexive_does_not_end_the_description() -> None:
    found = speakers_and_roles(
        FR_LEAD + "Un élu seul contre tous hausse le ton : « Ce plan est injuste. »",
        DAY,
        language="fr",
    )
    assert found["Ce plan est injuste"][0] == "un élu seul contre tous"


def test_another_name_of_a_title_is_its_holder_named_before() -> None:
    french = speakers_and_roles(
        "Le premier ministre, Pierre Vasseur, a présenté mardi son budget.\n\nLa ministre de la "
        "Culture, Anne Roux, était présente.\n\n« Nous avons cherché un accord jusqu'au bout », "
        "a déclaré le chef du gouvernement depuis la tribune.",
        DAY,
        language="fr",
    )
    assert french["Nous avons cherché un accord jusqu'au bout"][0] == "Pierre Vasseur"
    spanish = speakers_and_roles(
        "El presidente del Gobierno, Pedro Alcalde, presentó el martes su plan.\n\nLa ministra "
        "de Cultura, Ana Ruiz, estaba presente.\n\n«Hemos buscado un acuerdo hasta el final», "
        "dijo el jefe del Ejecutivo desde la tribuna.",
        DAY,
        language="es",
    )
    assert spanish["Hemos buscado un acuerdo hasta el final"][0] == "Pedro Alcalde"


def test_another_name_of_a_title_no_one_holds_is_no_other_person() -> None:
    found = speakers_and_roles(
        "La ministre de la Culture, Anne Roux, était présente.\n\n« Nous avons cherché un "
        "accord jusqu'au bout », a déclaré le chef du gouvernement depuis la tribune.",
        DAY,
        language="fr",
    )
    assert found["Nous avons cherché un accord jusqu'au bout"][0] != "Anne Roux"
