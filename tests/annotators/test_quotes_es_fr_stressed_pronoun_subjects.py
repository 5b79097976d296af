"""Spanish and French subject pronouns set apart from their verb of speech (session 40): by a
word stressing them (``Ella misma``, ``Elle-même``), by object pronouns before the verb
(``Ella lo explicó``) or by a connective between commas (``Ella, sin embargo, dijo``,
``La ministre, de son côté, a reconnu``). The pronoun points back to the person named before,
never to the person the sentence talks about.

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
    assert speakers_in(text, "es")["Queremos agua"][0] != "Ana Ruiz Gil"


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
    speaker = speakers_in(text, "fr")["prennent du retard"][0]
    assert speaker != "Lui-même"
    assert speaker != "Claire Dubois"
