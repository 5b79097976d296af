"""General Spanish reporting constructions (session 33): a verb of speech opening its sentence
with its subject left out, and a printed interview whose introduction names its interviewee
in full and then by surname.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_verb_of_speech_opening_its_sentence_before_que_is_the_last_subjects() -> None:
    # ``Dijo que «...»``: Spanish leaves the subject out; it is the person the sentence before
    # opens with.
    text = (
        "El consejero de Obras Públicas, Luis Prieto Salas, visitó el martes el nuevo puente "
        "sobre el río Tajo. Dijo que «el puente estará listo en mayo» y pidió paciencia a los "
        "vecinos."
    )
    assert speakers_in(text, "es")["el puente estará listo en mayo"][0] == "Luis Prieto Salas"


def test_a_verb_opening_its_sentence_with_its_subject_after_it_is_not_the_last_subjects() -> None:
    # ``Señaló la alcaldesa que «...»``: the subject follows the verb; the sentence before says
    # nothing of who speaks.
    text = (
        "El consejero de Obras Públicas, Luis Prieto Salas, visitó el martes el nuevo puente "
        "sobre el río Tajo. Señaló la alcaldesa de Toledo, Carmen Ruiz Olmo, que «el puente "
        "estará listo en mayo»."
    )
    found = speakers_in(text, "es")["el puente estará listo en mayo"][0]
    assert found != "Luis Prieto Salas"


def test_an_interviews_answers_are_the_one_person_its_introduction_names_twice() -> None:
    # The introduction names the interviewee in full, then by surname: one person, not two.
    text = (
        "Diario Sur | Cultura\n"
        "Tomás Ibarra: «Escribo de noche»\n"
        "Tomás Ibarra Goñi (Pamplona, 1979) publica su cuarta novela. Ibarra, que vive en "
        "Málaga desde hace veinte años, nos recibe en su casa.\n"
        "—¿Cuándo escribe?\n"
        "—De noche, siempre. Mis hijos duermen y yo tengo la casa para mí.\n"
        "—¿Y el resto del día?\n"
        "—Leo, camino, cocino. No escribo nada que no haya pensado antes.\n"
        "—¿Qué prepara ahora?\n"
        "—Un libro de cuentos. Lo termino en primavera.\n"
    )
    found = speakers_in(text, "es")
    answers = [words for words in found if words.startswith(("De noche", "Leo,", "Un libro"))]
    assert len(answers) == 3
    assert {found[words][0] for words in answers} == {"Tomás Ibarra Goñi"}


def test_the_spokesperson_named_as_vocero_is_la_portavoz_after_a_quotation() -> None:
    # ``portavoz`` in Spain, ``vocero`` in Latin America: one office under two names.
    text = (
        "El Gobierno chileno presentó el martes su plan de seguridad. La vocera de Gobierno, "
        "Carolina Tapia Reyes, habló en La Moneda. «Las cifras han bajado», dijo Tapia.\n\n"
        "Consultada por las críticas de la oposición, la portavoz respondió: «Que presenten "
        "sus propias cifras»."
    )
    assert speakers_in(text, "es")["Que presenten sus propias cifras"][0] == "Carolina Tapia Reyes"


def test_el_mandatario_is_the_president_named_before() -> None:
    # ``el mandatario``: the country's president, named two sentences before.
    text = (
        "El presidente de Ecuador, Daniel Noboa, viajó el lunes a Manabí. Allí recorrió las "
        "zonas inundadas por las lluvias. «No vamos a dejar solo a nadie», aseguró el "
        "mandatario."
    )
    assert speakers_in(text, "es")["No vamos a dejar solo a nadie"][0] == "Daniel Noboa"


def test_an_unnamed_source_before_a_relative_clause_ends_before_it() -> None:
    # ``Una técnica del puerto que pidió el anonimato admitió``: the clause's verb is the
    # first cue after the source; the phrase ended in a bare ``que`` (``una técnica del
    # puerto que``). The source is described as before the clause (``un bombero que pidió el
    # anonimato`` is ``un bombero``).
    text = (
        "El puerto de Algeciras suspendió las operaciones durante seis horas.\n\n"
        "Una técnica del puerto que pidió el anonimato admitió que las grúas fallaron. «Nadie "
        "revisó los cables en meses», añadió."
    )
    found = speakers_in(text, "es")
    assert found["Nadie revisó los cables en meses"][0] == "una técnica del puerto"


def test_a_quotation_reopened_by_its_closing_mark_on_the_next_line_goes_on() -> None:
    # The Spanish convention (RAE): a quotation over paragraphs is left open, and the next
    # paragraph opens with ``»``; a page's lines make one paragraph of several lines.
    text = (
        "El alcalde de Gijón, Tomás Fernández Vigil, presentó el plan de la playa. Fernández "
        "insistió: «Si esperamos otro verano, perderemos la arena. Este plan llega tarde.\n"
        "»He visto playas que desaparecieron en diez años. No queremos ser una de ellas».\n"
        "El pleno votará el plan el jueves."
    )
    found = speakers_in(text, "es")
    assert (
        found["He visto playas que desaparecieron en diez años. No queremos ser una de ellas"][0]
        == "Tomás Fernández Vigil"
    )


def test_a_role_with_a_prefix_of_rank_is_the_whole_role() -> None:
    # ``subsecretario``: ``secretario`` with a prefix of rank is a role too (not the bare
    # ``Economía`` after it, a ministry's word).
    text = (
        "El Gobierno presentó el informe trimestral. «No hay una crisis», afirmó el "
        "subsecretario de Economía, Daniel Robles Pizarro, durante la rueda de prensa."
    )
    assert speakers_in(text, "es")["No hay una crisis"] == (
        "Daniel Robles Pizarro",
        "subsecretario de Economía",
    )


def test_a_role_with_a_hyphened_prefix_is_the_whole_role() -> None:
    # ``ex-concejala``: the prefix with a hyphen is read past to the role, as French
    # ``l'ex-ministre`` is (one ``[quotes] role_prefixes`` for both); not the bare
    # ``Urbanismo de Vigo`` after it.
    text = (
        "El puerto cerró el lunes. «Nadie nos avisó», lamentó la ex-concejala de Urbanismo "
        "de Vigo Lucía Fernández Otero."
    )
    assert speakers_in(text, "es")["Nadie nos avisó"] == (
        "Lucía Fernández Otero",
        "ex-concejala de Urbanismo de Vigo",
    )
    french = (
        "Le gouvernement a présenté le budget. « Ce budget est insincère », a déclaré "
        "l'ex-ministre de l'Économie Bruno Marchal."
    )
    assert speakers_in(french, "fr")["Ce budget est insincère"] == (
        "Bruno Marchal",
        "ex-ministre de l'Économie",
    )


def test_a_closing_guillemet_opening_a_line_reopens_only_a_quotation_closed_later() -> None:
    # A French ``»`` wrapped onto the next line closes its quotation: the words after it are
    # the attribution, and ``« Voilà ... »`` a quotation of its own; a Spanish ``»`` opening a
    # line with no closing mark after it reopens nothing (the next line is no quotation).
    french = (
        "Le maire de Brest, Paul Le Goff, a présenté le plan. Il a déclaré : « Si nous "
        "attendons un été de plus, nous perdrons la plage\n» a-t-il dit jeudi. « Le plan arrive "
        "déjà tard », a-t-il ajouté."
    )
    found = speakers_in(french, "fr")
    assert not [words for words in found if words.startswith("a-t-il")]
    assert "Le plan arrive déjà tard" in found
    spanish = (
        "El alcalde de Gijón presentó el plan. «Si esperamos otro verano, perderemos la arena.\n"
        "»Este plan llega tarde.\nEl pleno votará el plan de la playa el jueves por la tarde."
    )
    assert not [words for words in speakers_in(spanish, "es") if "El pleno votará" in words]


def test_a_plural_verb_opening_its_sentence_is_not_the_last_subjects() -> None:
    # ``Dicen que «...»``, ``Aseguraron que``: the subject left out is plural (people, several),
    # not the one person the sentence before opens with.
    for verb in ("Dicen", "Aseguraron"):
        text = (
            "El consejero de Obras Públicas, Luis Prieto Salas, visitó el martes el nuevo "
            f"puente sobre el río Tajo. {verb} que «el puente estará listo en mayo»."
        )
        assert speakers_in(text, "es")["el puente estará listo en mayo"][0] != "Luis Prieto Salas"


def test_a_verb_opening_its_sentence_after_a_bodys_sentence_is_not_the_last_speakers() -> None:
    # ``Los sindicatos convocaron ... Añadió que``: the sentence before opens with a subject
    # other than a person; the verb's subject is not the speaker of the paragraph before.
    for before in (
        "La Consejería de Educación publicó el martes las listas del concurso.",
        "Los sindicatos convocaron una huelga para el jueves.",
    ):
        text = (
            "«Hay que invertir más en las aulas», dijo la consejera, Marta Villegas Ruiz.\n\n"
            f"{before} Añadió que «las plazas se cubrirán en enero»."
        )
        found = speakers_in(text, "es")["las plazas se cubrirán en enero"][0]
        assert found != "Marta Villegas Ruiz"
