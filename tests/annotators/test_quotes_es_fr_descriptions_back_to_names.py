"""Spanish and French speakers written as a description the article tied to a named person
before: the description opening a clause stops at its verb (``La legisladora navarra insistió
sobre el calendario:``), a title another name for hers finds the person (``la legisladora``
after ``Carmen Olmedo Ruiz, senadora por Navarra``: ``[quotes] role_synonyms``), and the outlet
told after the speaker phrase or the cue is never the speaker (``explicó la alcaldesa a Onda
Cero``, ``aseguró a Onda Cero que ..., aunque advirtió``); a role after the cue is the person
named in apposition behind a title of address (``le Dr Paul Lambert``, ``Mme Claire Rousseau``)."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_and_roles, speakers_of_quotes

_RUN_ON_ES = (
    "El pleno del Senado votó anoche la reforma del sistema de pensiones.\n\n"
    "Carmen Olmedo Ruiz, senadora por Navarra, criticó el texto. “Es una reforma a medias”, "
    "afirmó.\n\n"
    "Ricardo Peña, portavoz del grupo mayoritario, defendió el proyecto. “Cumple lo "
    "prometido”, dijo.\n\n"
    "La legisladora navarra insistió sobre el calendario en su última intervención: “Nadie "
    "sabe cuándo se pagará”.\n"
)

_RUN_ON_FR = (
    "Le gouvernement a présenté mardi son plan pour les forêts du Morvan.\n\n"
    "Les hêtres du massif dépérissent depuis trois étés. Le chercheur plaide pour une coupe "
    "limitée des parcelles. « Sans cela, la forêt ne tiendra pas dix ans », prévient-il.\n"
)

_TOLD_AFTER_PHRASE = (
    "La alcaldesa Elena Robles Vidal presentó el proyecto del nuevo mercado municipal.\n\n"
    "El edificio tendrá una cubierta de madera y placas solares. “Queríamos un mercado que "
    "respire”, explicó la alcaldesa a Onda Cero durante la visita a las obras.\n"
)

_TOLD_AFTER_CUE = (
    "El Deportivo empató 1-1 ante el Rayo en un partido cerrado.\n\n"
    "El entrenador del Deportivo, Mario Esteban Ortiz, se mostró satisfecho. Ortiz aseguró a "
    "Onda Cero que el equipo “compitió bien”, aunque advirtió que la liga “está muy "
    "abierta”.\n"
)


def test_a_description_opening_a_clause_stops_before_its_verb_and_its_title_finds_her() -> None:
    """``La legisladora navarra insistió sobre el calendario ...: “...”`` after ``Carmen
    Olmedo Ruiz, senadora por Navarra``: the description ends before the verb (the word
    before the preposition of its complement) and ``legisladora`` is another name for her
    title."""
    speakers = speakers_of_quotes(_RUN_ON_ES, language="es")
    assert speakers["Nadie sabe cuándo se pagará"] == "Carmen Olmedo Ruiz"
    assert speakers["Es una reforma a medias"] == "Carmen Olmedo Ruiz"
    assert speakers["Cumple lo prometido"] == "Ricardo Peña"


def test_a_french_description_stops_before_its_verb_and_its_preposition() -> None:
    """``Le chercheur plaide pour une coupe ... « ... », prévient-il``, no researcher named:
    the description speaks as written, up to its verb (not ``le chercheur plaide``)."""
    speakers = speakers_of_quotes(_RUN_ON_FR, language="fr")
    assert speakers["Sans cela, la forêt ne tiendra pas dix ans"] == "le chercheur"


def test_the_outlet_told_after_a_speaker_phrase_is_not_part_of_it() -> None:
    """``“...”, explicó la alcaldesa a Onda Cero``: the mayor named before speaks (the
    phrase is read to its addressee's marker), not the outlet."""
    speakers = speakers_of_quotes(_TOLD_AFTER_PHRASE, language="es")
    assert speakers["Queríamos un mercado que respire"] == "Elena Robles Vidal"


def test_the_outlet_told_after_a_cue_is_no_subject_of_the_next_verb() -> None:
    """``Ortiz aseguró a Onda Cero que ... “...”, aunque advirtió que ... “...”``: the
    outlet told is not who warned; the coach is."""
    speakers = speakers_of_quotes(_TOLD_AFTER_CUE, language="es")
    assert speakers["compitió bien"] == "Mario Esteban Ortiz"
    assert speakers["está muy abierta"] == "Mario Esteban Ortiz"


_TITLED_APPOSITIONS_FR = (
    "L'hôpital de Mons a ouvert une aile d'urgence cette semaine.\n\n"
    "« Nous avons ouvert vingt lits depuis lundi et rappelé du personnel », a indiqué le "
    "directeur de l'hôpital, le Dr Paul Lambert.\n\n"
    "La coopérative a publié des résultats en baisse. « Nous avons choisi de mieux payer les "
    "éleveurs », a déclaré la directrice financière, Mme Claire Rousseau, lors d'une réunion "
    "avec les actionnaires.\n"
)


def test_a_role_after_the_cue_is_the_person_named_in_apposition_behind_a_title() -> None:
    """``», a indiqué le directeur de l'hôpital, le Dr Paul Lambert.`` and ``», a déclaré la
    directrice financière, Mme Claire Rousseau, lors d'une réunion``: the name in apposition
    behind a title of address speaks (closing the sentence, or set off by commas after the
    verb), the description before it is the role."""
    found = speakers_and_roles(_TITLED_APPOSITIONS_FR, dt.date(2026, 12, 1), language="fr")
    assert found["Nous avons ouvert vingt lits depuis lundi et rappelé du personnel"] == (
        "Paul Lambert",
        "directeur de l'hôpital",
    )
    assert found["Nous avons choisi de mieux payer les éleveurs"] == (
        "Claire Rousseau",
        "directrice financière",
    )


_TWO_GIVEN_NAMES_ES = (
    "Ana Lucía Torres: “Vuelvo a casa con otro disco”\n\n"
    "La cantante caleña presenta su cuarto álbum. Conversamos con ella sobre su regreso.\n\n"
    "Ana Lucía Torres Mejía (Cali, 1985) llegó al estudio con su guitarra y una libreta llena "
    "de letras.\n"
)


def test_two_given_names_and_a_surname_take_the_second_surname_the_page_writes() -> None:
    """``Ana Lucía Torres: “...”`` over an interview whose opening writes ``Ana Lucía Torres
    Mejía``: the one full form of the name, two given names as one (``Lucía`` is a given
    name, not a first surname)."""
    speakers = speakers_of_quotes(_TWO_GIVEN_NAMES_ES, language="es")
    assert speakers["Vuelvo a casa con otro disco"] == "Ana Lucía Torres Mejía"


_EPITHET_ES = (
    "El Banco de Guatemala mantuvo este jueves su tasa de interés líder en 4,5 %.\n\n"
    "Según un comunicado del Emisor, la inflación “seguirá bajando durante el primer "
    "semestre”, aunque los precios de los alimentos preocupan a los analistas.\n"
)


def test_a_capitalised_epithet_of_a_body_is_the_body_named_before() -> None:
    """``según un comunicado del Emisor`` after ``El Banco de Guatemala``: the epithet stands
    for the bank named before (``[quotes] body_epithets``), not a body called ``Emisor``."""
    speakers = speakers_of_quotes(_EPITHET_ES, language="es")
    assert speakers["seguirá bajando durante el primer semestre"] == "Banco de Guatemala"


_MANAGER_ES = (
    "La naviera Costa Azul perdió 12 millones de dólares en el tercer trimestre.\n\n"
    "“Fue el año más difícil de nuestra historia”, indicó el gerente general de la compañía, "
    "Luis Andrade Mora.\n"
)


def test_a_manager_s_role_keeps_its_title_before_general() -> None:
    """``el gerente general de la compañía, Luis Andrade Mora``: ``gerente`` is the title
    (``[people] titles``), not a word left off before ``general``."""
    found = speakers_and_roles(_MANAGER_ES, dt.date(2026, 12, 1), language="es")
    assert found["Fue el año más difícil de nuestra historia"] == (
        "Luis Andrade Mora",
        "gerente general de la compañía",
    )
