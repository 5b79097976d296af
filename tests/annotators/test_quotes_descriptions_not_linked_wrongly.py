"""Descriptions and speaker phrases that must not be read past what they say: a preposition
completing a description's noun is no verb's (``la lutte contre la fraude``), the one told
before the speaker's name does not end the phrase (``dijo también a EFE el alcalde X``), a
title another name for two titles links only a whole title of the description's gender, a
source noun with its own modifier (``the other witness``) or held by two people is no one
named, and an epithet of a body two bodies named before could be is no one of them."""

from __future__ import annotations

from tests.helpers.quotes import speakers_of_quotes

_COMPLEMENTED_FR = (
    "Le gouvernement a présenté son plan contre la fraude sociale.\n\n"
    "Le responsable de la lutte contre la fraude a déclaré : « Nous allons renforcer les "
    "contrôles dès janvier ».\n"
)

_COMPLEMENTED_ES = (
    "El Gobierno presentó ayer el plan nacional contra el cáncer.\n\n"
    "El director del centro para la investigación del cáncer dijo: “Faltan fondos para "
    "todo”.\n"
)


def test_a_preposition_after_a_description_s_noun_completes_the_noun() -> None:
    """``Le responsable de la lutte contre la fraude a déclaré :``: ``lutte`` follows an
    article, so it is no verb and ``contre`` no verb's preposition; the description runs to
    the noun (not ``le responsable de la``)."""
    fr = speakers_of_quotes(_COMPLEMENTED_FR, language="fr")
    assert fr["Nous allons renforcer les contrôles dès janvier"] == "le responsable de la lutte"
    es = speakers_of_quotes(_COMPLEMENTED_ES, language="es")
    assert es["Faltan fondos para todo"] == "el director del centro"


_TOLD_BEFORE_SPEAKER_ES = (
    "El alcalde Juan Pérez Gómez visitó las obras del nuevo mercado.\n\n"
    "“Es un día histórico para el barrio”, dijo también a EFE el alcalde Juan Pérez Gómez.\n"
)

_TOLD_BEFORE_SPEAKER_FR = (
    "Le maire Jean Dupont a inauguré le nouveau marché couvert.\n\n"
    "« C'est un grand jour pour le quartier », a déclaré aussi à l'AFP Jean Dupont.\n"
)

_CANDIDATE_ES = (
    "Las elecciones municipales se celebrarán en mayo.\n\n"
    "“Vamos a ganar en todos los barrios”, dijo el candidato a la Alcaldía de Bogotá, "
    "Juan Pérez.\n"
)


def test_the_one_told_before_the_speaker_s_name_leaves_the_speaker_in_the_phrase() -> None:
    """``», dijo también a EFE el alcalde X`` and ``», a déclaré aussi à l'AFP X``: only an
    adverb before the marker, so the speaker is named after the one told (the phrase is not
    cut to ``también``); ``dijo el candidato a la Alcaldía de Bogotá, Juan Pérez``: the name
    in apposition after the body speaks."""
    es = speakers_of_quotes(_TOLD_BEFORE_SPEAKER_ES, language="es")
    assert es["Es un día histórico para el barrio"] == "Juan Pérez Gómez"
    fr = speakers_of_quotes(_TOLD_BEFORE_SPEAKER_FR, language="fr")
    assert fr["C'est un grand jour pour le quartier"] == "Jean Dupont"
    candidate = speakers_of_quotes(_CANDIDATE_ES, language="es")
    assert candidate["Vamos a ganar en todos los barrios"] == "Juan Pérez"


_TOLD_AFTER_PLACE_ES = (
    "El alcalde Juan Pérez Gómez visitó las obras del nuevo mercado.\n\n"
    "“Es un día histórico para el barrio”, dijo en Madrid a EFE el alcalde Juan Pérez Gómez.\n"
)


def test_a_place_before_the_one_told_is_no_speaker() -> None:
    """``», dijo en Madrid a EFE el alcalde X``: a place's name before the marker writes no
    speaker (its capital is the place's), so the phrase is not cut to ``en Madrid``."""
    speakers = speakers_of_quotes(_TOLD_AFTER_PLACE_ES, language="es")
    assert speakers["Es un día histórico para el barrio"] == "Juan Pérez Gómez"


_LEGISLATOR_ES = (
    "El Senado debatió ayer la reforma del sistema de pensiones.\n\n"
    "Ana Martínez Ruiz, senadora del PP, criticó el texto en su intervención.\n\n"
    "El legislador insistió sobre el calendario: “Nadie sabe cuándo se pagará”.\n"
)


def test_another_name_for_a_title_finds_the_title_whole_not_inside_a_woman_s() -> None:
    """``El legislador`` is another name for ``senador``: not for the woman named before as
    ``senadora del PP`` (``senador`` is only a part of her title's word)."""
    speakers = speakers_of_quotes(_LEGISLATOR_ES, language="es")
    assert speakers["Nadie sabe cuándo se pagará"] == "el legislador"


_TRIAL = (
    "The trial of three men accused of setting fire to a market continued on Tuesday.\n\n"
    "{witnesses}\n\n"
    '"I saw nothing at all from where I stood," the {description} said.\n'
)
_KEY_WITNESS = "Martin Kowalski, the prosecution's key witness, told the court he had seen two men."
_TWO_WITNESSES = (
    "Martin Kowalski, a witness for the prosecution, and Anna Berg, a witness for the "
    "defence, both testified."
)


def test_a_source_noun_with_its_own_modifier_or_two_holders_is_no_named_person() -> None:
    """``the other witness`` / ``the second witness`` / ``the defence witness`` after
    ``Martin Kowalski, the prosecution's key witness``: someone else, as written; ``the
    witness`` after two named witnesses: the article does not say which, as written."""
    for description in ("other witness", "second witness", "defence witness"):
        text = _TRIAL.format(witnesses=_KEY_WITNESS, description=description)
        speakers = speakers_of_quotes(text)
        assert speakers["I saw nothing at all from where I stood"] == f"the {description}"
    text = _TRIAL.format(witnesses=_TWO_WITNESSES, description="witness")
    assert speakers_of_quotes(text)["I saw nothing at all from where I stood"] == "the witness"
    text = _TRIAL.format(witnesses=_KEY_WITNESS, description="key witness")
    assert speakers_of_quotes(text)["I saw nothing at all from where I stood"] == (
        "Martin Kowalski"
    )


_TWO_BANKS_ES = (
    "El Banco de Guatemala mantuvo este jueves su tasa de interés líder en 4,5 %. El Banco "
    "Mundial, por su parte, rebajó su previsión de crecimiento para la región.\n\n"
    "Según un comunicado del Emisor, la inflación “seguirá bajando durante el primer "
    "semestre”.\n"
)


def test_an_epithet_two_bodies_named_before_could_be_is_neither() -> None:
    """``del Emisor`` after ``El Banco de Guatemala`` and ``El Banco Mundial``: both names
    hold ``banco``, so the epithet is not the nearer one; as written."""
    speakers = speakers_of_quotes(_TWO_BANKS_ES, language="es")
    assert speakers["seguirá bajando durante el primer semestre"] == "Emisor"


_TOLD_THEN_SPEAKS_ES = (
    "El pleno del Congreso debatió ayer la ley de vivienda.\n\n"
    "El ministro respondió a Pedro Gómez, que dijo que la ley “no sirve para nada”.\n"
)

_TOLD_THEN_SPEAKS_FR = (
    "Le conseil municipal a débattu mardi du plan de circulation.\n\n"
    "Le maire a répondu à Jean Dupont, qui a affirmé : « Ce plan ne sert à rien ».\n"
)


def test_the_one_told_who_opens_the_next_clause_speaks() -> None:
    """``respondió a Pedro Gómez, que dijo que la ley “...”``, ``a répondu à Jean Dupont,
    qui a affirmé : « ... »``: no quotation stands between the one told and the cue, so the
    one told is the relative clause's subject and speaks (not the minister)."""
    es = speakers_of_quotes(_TOLD_THEN_SPEAKS_ES, language="es")
    assert es["no sirve para nada"] == "Pedro Gómez"
    fr = speakers_of_quotes(_TOLD_THEN_SPEAKS_FR, language="fr")
    assert fr["Ce plan ne sert à rien"] == "Jean Dupont"
