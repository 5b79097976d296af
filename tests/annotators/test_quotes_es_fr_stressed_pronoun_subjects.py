"""Spanish and French subjects of a verb of speech written apart from it or left out (session
40). A subject pronoun set apart from its verb by a word stressing it (``Ella misma``,
``Elle-même``), by object pronouns before the verb (``Ella lo explicó``) or by a connective
between commas (``Ella, sin embargo, dijo``, ``La ministre, de son côté, a reconnu``) points
back to the person named before, never to the person the sentence talks about; so does a cue
with its subject left out before a phrase of manner (``», dijo entre risas.``). The holder of
a town's office left unnamed speaks, not the town (``El alcalde de Gijón dijo``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in


def test_a_pronoun_stressed_by_mismo_before_object_pronouns_is_the_subject() -> None:
    text = (
        "La consejera de Educación, Lucía Pardo Ríos, habló con la prensa tras la reunión. "
        "Ella misma lo explicó así: «No habrá más retrasos»."
    )
    assert speakers_in(text, "es")["No habrá más retrasos"] == (
        "Lucía Pardo Ríos",
        "consejera de Educación",
    )


def test_a_pronoun_stressed_by_mismo_is_the_subject() -> None:
    text = (
        "Según el director del puerto, Tomás Ibarra Gil, el muelle abrirá en marzo. Él mismo "
        "reconoció que la obra «va con retraso»."
    )
    assert speakers_in(text, "es")["va con retraso"][0] == "Tomás Ibarra Gil"


def test_object_pronouns_between_a_pronoun_and_its_verb_leave_the_pronoun_the_subject() -> None:
    found = speakers_in(
        "La ministra Ana Ruiz Gil visitó la obra. Ella lo explicó así: «No habrá más retrasos».",
        "es",
    )
    assert found["No habrá más retrasos"][0] == "Ana Ruiz Gil"
    found = speakers_in(
        "La ministra Ana Ruiz Gil visitó la obra. Ella se quejó ante los periodistas: «Nadie "
        "nos avisó».",
        "es",
    )
    assert found["Nadie nos avisó"][0] == "Ana Ruiz Gil"


def test_the_stressed_pronoun_is_the_speaker_not_the_person_it_talks_about() -> None:
    # ``Él mismo la acusó``: ``él`` is the spokesman who speaks; ``la`` is the minister he
    # accuses.
    text = (
        "El portavoz Luis Mora Díaz criticó a la ministra Ana Ruiz Gil. Él mismo la acusó de "
        "mentir: «Nos ocultó los datos»."
    )
    assert speakers_in(text, "es")["Nos ocultó los datos"][0] == "Luis Mora Díaz"


def test_an_object_pronoun_after_a_plural_subject_credits_no_one_named_before() -> None:
    # ``Los vecinos la recibieron``: ``la`` is the minister, talked about; the residents
    # speak, none of them named.
    text = (
        "La ministra Ana Ruiz Gil llegó tarde al barrio. Los vecinos la recibieron con "
        "pancartas y le dijeron: «Queremos agua»."
    )
    assert speakers_in(text, "es")["Queremos agua"] == (None, None)


def test_a_connective_between_commas_leaves_the_pronoun_before_it_the_subject() -> None:
    text = (
        "La subgobernadora Elena Soto Ruiz votó en contra del recorte. Ella, sin embargo, dijo "
        "que el banco «no perdió credibilidad»."
    )
    assert speakers_in(text, "es")["no perdió credibilidad"][0] == "Elena Soto Ruiz"


def test_a_french_pronoun_joined_to_meme_is_the_person_named_before() -> None:
    # ``Elle-même``: no organisation's name, the pronoun stressed.
    text = (
        "La ministre Claire Morel a visité le chantier. Elle-même a reconnu que les travaux "
        "« prennent du retard »."
    )
    assert speakers_in(text, "fr")["prennent du retard"][0] == "Claire Morel"


def test_a_french_tonic_pronoun_joined_to_meme_is_no_name() -> None:
    text = (
        "Le maire Paul Morel a critiqué la ministre Claire Dubois. Lui-même a reconnu que les "
        "travaux « prennent du retard »."
    )
    # Neither ``Lui-même`` nor the minister talked about speaks; the mayor is not found yet.
    assert speakers_in(text, "fr")["prennent du retard"][0] is None


def test_a_cue_without_subject_before_a_phrase_of_manner_is_the_last_subjects() -> None:
    # ``», dijo entre risas.``: the phrase says how, no subject follows; the subject left out
    # is the writer the sentence before opens with, not the poet named before her.
    text = (
        "La escritora Teodora Alcázar Ruelas recibió el premio. Uno de los manifestantes, el "
        "poeta Emiliano Corona, declaró que la feria “olvida a los barrios”.\n\n"
        "Consultada sobre la queja, Alcázar no perdió la calma. “Están en su derecho de "
        "quejarse”, dijo entre risas."
    )
    assert speakers_in(text, "es")["Están en su derecho de quejarse"][0] == (
        "Teodora Alcázar Ruelas"
    )


def test_a_phrase_of_manner_about_someone_does_not_credit_them() -> None:
    # ``», dijo sobre ella``: the minister is talked about; the mayor speaks.
    text = (
        "El alcalde Pedro Gil Soto criticó a la ministra Ana Ruiz Gil. «Nos ha abandonado», "
        "dijo sobre ella."
    )
    assert speakers_in(text, "es")["Nos ha abandonado"][0] == "Pedro Gil Soto"


def test_the_unnamed_holder_of_a_towns_office_speaks_not_the_town() -> None:
    # ``El alcalde de Gijón dijo``: no one is named; the mayor, described as written, speaks.
    found = speakers_in("El alcalde de Gijón dijo que la playa «estará lista en mayo».", "es")
    assert found["estará lista en mayo"][0] == "El alcalde de Gijón"
    found = speakers_in(
        "L'agresseur a été interpellé mardi. Le maire de Saint-Denis a réclamé sur les réseaux "
        "sociaux « des moyens humains ».",
        "fr",
    )
    assert found["des moyens humains"][0] == "Le maire de Saint-Denis"
    # (a noun of a description holds its town too: the burgomaster, no role word in French)
    found = speakers_in(
        "Le bourgmestre de Charleroi a annoncé qu'une réunion serait organisée « avant les "
        "fêtes ».",
        "fr",
    )
    assert found["avant les fêtes"][0] == "Le bourgmestre de Charleroi"


def test_the_named_holder_of_a_towns_office_still_speaks() -> None:
    text = (
        "La alcaldesa de Gijón, Ana Vigil Ruiz, visitó la playa. La alcaldesa de Gijón pidió "
        "«calma» a los vecinos."
    )
    assert speakers_in(text, "es")["calma"] == ("Ana Vigil Ruiz", "alcaldesa de Gijón")


def test_a_towns_council_is_the_town_speaking_not_an_unnamed_office_holder() -> None:
    # ``Le conseil de Paris``: a body's noun, not an office a person holds; the town speaks.
    found = speakers_in(
        "Le conseil de Paris a estimé que le projet était « trop cher ». La commission de "
        "Bruxelles a jugé le calendrier « irréaliste ».",
        "fr",
    )
    assert found["trop cher"][0] == "Paris"
    assert found["irréaliste"][0] == "Brussels"
    found = speakers_in("El consejo de Gijón dijo que la playa «estará lista en mayo».", "es")
    assert found["estará lista en mayo"][0] == "Gijón"


def test_a_connective_between_commas_is_read_as_a_blank_after_any_subject() -> None:
    # ``[quotes] aside_phrases``: the connective is blanked out, so the subject before it, a
    # description or a named person, reads as if it stood next to the cue; the connective is
    # no role (``a su vez``).
    text = (
        "La ministra Ana Ruiz Gil visitó la obra. Los vecinos, por su parte, dijeron que era «un "
        "paseo». El alcalde Pedro Gil Soto, a su vez, dijo que la visita fue «muy breve»."
    )
    found = speakers_in(text, "es")
    assert found["un paseo"] == ("los vecinos", None)
    assert found["muy breve"] == ("Pedro Gil Soto", "alcalde")


def test_a_pronoun_after_a_preposition_is_the_one_spoken_to_never_the_subject() -> None:
    text = (
        "Marta Soler Vidal fue recibida por el fiscal Pablo Ortiz. A ella le explicó el "
        "fiscal: «El caso seguirá abierto»."
    )
    assert speakers_in(text, "es")["El caso seguirá abierto"][0] != "Marta Soler Vidal"
