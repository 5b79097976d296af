"""French, German and Spanish news attribution beyond the plain ``said X``: reflexive verbs of
speech (``», s'est indigné le député``), locutions (``», fait valoir X``), more press verbs and
those that are also nouns (``», note X``; ``„...“, gab X zu``), object pronouns before the cue
(``», nous explique-t-elle``), a few words quoted in German reported speech (``Die Reform sei
„überfällig“``), a role with what it is of after the cue (``», a insisté la présidente de la
Commission``) and an ``according to`` role (``Selon le ministre, « ... »``) pointing back to the
person holding it.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)
FR_LEAD = "Le gouvernement a présenté mardi son projet de loi de finances.\n\n"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("s'est indigné le député socialiste Louis Bernard", "Louis Bernard"),
        ("s'est emporté Patrick Weill, maire de Dieppe", "Patrick Weill"),
        ("s’est exclamée Laure Chevalier, députée du Nord", "Laure Chevalier"),
        ("se réjouit Karim Benali, président du club", "Karim Benali"),
        ("s'agace Nadia Ferhat, infirmière à Lyon", "Nadia Ferhat"),
        ("se sont félicités les maires Hugo Lenoir et Paul Abadie", "Hugo Lenoir"),
    ],
)
def test_a_reflexive_verb_after_a_quotation_names_its_speaker(
    attribution: str, speaker: str
) -> None:
    text = FR_LEAD + f"« Ce budget ne tient pas la route », {attribution}."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Ce budget ne tient pas la route"][0] == speaker


def test_a_reflexive_verb_inside_the_marks_names_its_speaker() -> None:
    text = (
        FR_LEAD + "Paul Girard a défendu le texte en commission. « Ce texte est mal ficelé, "
        "s’est agacée Sophie Arnaud. Il faudra le réécrire de fond en comble. »"
    )
    found = speakers_and_roles(text, DAY, language="fr")
    (speaker,) = {s for s, _ in found.values()}
    assert speaker == "Sophie Arnaud"


DE_LEAD = "Die Bundesregierung hat am Dienstag den Haushaltsentwurf vorgelegt.\n\n"


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Die Reform sei „überfällig“.", "überfällig"),
        ("Der Stellenabbau sei „bitter, aber nötig“.", "bitter, aber nötig"),
        ("Das Ministerium werde „zeitnah“ zu Gesprächen einladen.", "zeitnah"),
        ("Man habe „jede Zahl geprüft“.", "jede Zahl geprüft"),
    ],
)
def test_a_few_words_quoted_in_reported_speech_are_the_speakers(sentence: str, quoted: str) -> None:
    text = (
        DE_LEAD + "„Wir haben keine andere Wahl“, sagte Finanzministerin Petra Roth (SPD) "
        f"am Abend in Berlin. {sentence} Die Opposition kündigte Widerstand an."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found[quoted][0] == "Petra Roth"


def test_a_few_words_quoted_without_reported_speech_stay_no_quotation() -> None:
    text = (
        DE_LEAD + "„Wir haben keine andere Wahl“, sagte Finanzministerin Petra Roth (SPD). "
        "Die Reform ist ein „Kraftakt“ für die Länder."
    )
    assert "Kraftakt" not in speakers_and_roles(text, DAY, language="de")


@pytest.mark.parametrize(
    ("introduced", "attribution", "speaker"),
    [
        (
            "La ministre de la Santé, Agnès Roux, était mardi à Brest.",
            "a assuré la ministre de la Santé",
            "Agnès Roux",
        ),
        (
            "La présidente de la Commission, Ingrid Solberg, a salué l'accord.",
            "a insisté la présidente de la Commission",
            "Ingrid Solberg",
        ),
        (
            "Le chef de l'État, Pierre Moreau, s'est exprimé depuis l'Élysée.",
            "a déclaré le président de la République",
            "Pierre Moreau",
        ),
    ],
)
def test_a_role_with_what_it_is_of_points_back_to_its_holder(
    introduced: str, attribution: str, speaker: str
) -> None:
    text = FR_LEAD + f"{introduced} « Nous tiendrons nos engagements », {attribution}."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Nous tiendrons nos engagements"][0] == speaker


@pytest.mark.parametrize(
    "verb",
    ["renchérit", "fustige", "concède", "raille", "assène", "confiait", "expliquait",
     "lançait", "note", "juge", "pointe", "tranche", "nuance"],
)  # fmt: skip
def test_more_press_verbs_after_a_quotation_name_the_speaker(verb: str) -> None:
    text = FR_LEAD + f"« Ce budget ne tient pas la route », {verb} Louise Garnier, députée du Nord."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Ce budget ne tient pas la route"][0] == "Louise Garnier"


def test_a_verb_that_is_also_a_noun_attributes_inside_the_marks() -> None:
    text = FR_LEAD + (
        "« Ce texte est mal ficelé, tranche la sénatrice Sophie Arnaud. Il faudra le réécrire "
        "de fond en comble. »"
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert {s for s, _ in found.values()} == {"Sophie Arnaud"}


@pytest.mark.parametrize(
    "sentence",
    [
        "La « ristourne », note salée pour les ménages, passe mal.",
        "Le plan « Horizon », tranche de vie d'un quartier, divise les habitants.",
    ],
)
def test_the_noun_after_a_term_in_marks_is_no_cue(sentence: str) -> None:
    assert speakers_and_roles(FR_LEAD + sentence, DAY, language="fr") == {}


@pytest.mark.parametrize(
    "attribution",
    ["erwiderte Jana Körner", "entgegnete Jana Körner", "konterte Jana Körner",
     "bemängelte Jana Körner", "monierte Jana Körner", "bestätigte Jana Körner",
     "findet Jana Körner", "schilderte Jana Körner", "bekannte Jana Körner",
     "gab Jana Körner zu"],
)  # fmt: skip
def test_more_german_press_verbs_after_a_quotation_name_the_speaker(attribution: str) -> None:
    text = DE_LEAD + f"„Dieser Haushalt ist auf Sand gebaut“, {attribution}, Sprecherin der Grünen."
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Dieser Haushalt ist auf Sand gebaut"][0] == "Jana Körner"


@pytest.mark.parametrize(
    "verb",
    ["replicó", "zanjó", "puntualizó", "recordó", "reprochó", "subraya", "lamenta", "denuncia",
     "cuenta", "relata"],
)  # fmt: skip
def test_more_spanish_press_verbs_after_a_quotation_name_the_speaker(verb: str) -> None:
    text = (
        "El Gobierno presentó el martes los presupuestos.\n\n"
        f"«Estos presupuestos no se sostienen», {verb} Lucía Herrera, portavoz del PP."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Estos presupuestos no se sostienen"][0] == "Lucía Herrera"


@pytest.mark.parametrize(
    "sentence",
    [
        "La «ley mordaza», denuncia presentada por la oposición, sigue vigente.",
        "El «plan B», cuenta atrás para el Gobierno, divide al partido.",
    ],
)
def test_a_spanish_noun_after_a_term_in_marks_is_no_cue(sentence: str) -> None:
    text = "El Gobierno presentó el martes los presupuestos.\n\n" + sentence
    assert speakers_and_roles(text, DAY, language="es") == {}


@pytest.mark.parametrize(
    "attribution",
    ["fait valoir Paul Rivière", "a fait savoir Paul Rivière", "veut croire Paul Rivière",
     "tient à rappeler Paul Rivière", "a promis Paul Rivière", "a écrit Paul Rivière sur X",
     "écrit Paul Rivière sur son blog"],
)  # fmt: skip
def test_locutions_and_written_words_name_the_speaker(attribution: str) -> None:
    text = FR_LEAD + f"« Aucune école ne fermera à la rentrée », {attribution}."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Aucune école ne fermera à la rentrée"][0] == "Paul Rivière"


@pytest.mark.parametrize(
    "attribution",
    ["nous explique-t-elle", "nous explique Claire Roux", "m'a confié Claire Roux",
     "lui répond Claire Roux"],
)  # fmt: skip
def test_an_object_pronoun_before_the_cue_leaves_the_speaker_after_it(attribution: str) -> None:
    text = (
        FR_LEAD + "Claire Roux a réuni ses équipes. Le directeur, Paul Girard, était absent. "
        f"« Nous devons tenir bon », {attribution}."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Nous devons tenir bon"][0] == "Claire Roux"


def test_a_spanish_object_pronoun_before_the_cue_leaves_the_speaker_after_it() -> None:
    text = (
        "El Gobierno presentó el martes los presupuestos.\n\n"
        "Lucía Herrera reunió a su equipo. El director, Pablo Gil, no estaba. "
        "«Tenemos que resistir», nos explica Lucía Herrera."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["Tenemos que resistir"][0] == "Lucía Herrera"


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        ("fr", "Pierre Moreau s'est rendu à Nice mardi. Selon le ministre, « la sécurité est "
         "notre priorité ».", "la sécurité est notre priorité", "Pierre Moreau"),
        ("fr", "Claire Roux a visité l'usine. D'après la ministre, « aucun emploi ne sera "
         "supprimé ».", "aucun emploi ne sera supprimé", "Claire Roux"),
        ("es", "Pedro Gil visitó la fábrica. Según el ministro, «no se perderá ningún empleo».",
         "no se perderá ningún empleo", "Pedro Gil"),
    ],
)  # fmt: skip
def test_according_to_a_role_points_back_to_the_person_just_named(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    found = speakers_and_roles("Le conseil a voté.\n\n" + text, DAY, language=language)
    assert found[quoted][0] == speaker


def test_according_to_a_role_is_no_one_of_a_sentence_naming_two() -> None:
    text = (
        FR_LEAD + "Pierre Moreau s'est rendu à Nice avec Paul Girard. Selon le ministre, « la "
        "sécurité est notre priorité »."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["la sécurité est notre priorité"][0] not in ("Pierre Moreau", "Paul Girard")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("Marc Leroy a prévenu le gouvernement. Selon le syndicaliste, « la grève sera "
         "massive ».", "la grève sera massive", "Marc Leroy"),
        ("Le directeur de l'usine, Bruno Petit, a confirmé la fermeture. « C'est un "
         "crève-cœur », a confié le quinquagénaire.", "C'est un crève-cœur", "Bruno Petit"),
    ],
)  # fmt: skip
def test_a_description_by_trade_or_age_points_back_to_the_person_just_named(
    text: str, quoted: str, speaker: str
) -> None:
    assert speakers_and_roles(FR_LEAD + text, DAY, language="fr")[quoted][0] == speaker


def test_a_description_by_trade_after_the_name_is_the_role() -> None:
    text = FR_LEAD + "« On a tout perdu », raconte Nadia Belkacem, retraitée de 67 ans."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["On a tout perdu"] == ("Nadia Belkacem", "retraitée de 67 ans")


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        ("de", "Ina Rauch hatte den Antrag gestellt. Der Minister Paul Hofer lehnte ihn ab. "
         "„Das ist ein Skandal“, sagte die Grünen-Politikerin.", "Das ist ein Skandal",
         "Ina Rauch"),
        ("fr", "Claire Roux a déposé le texte. Le ministre Paul Girard l'a rejeté. « C'est un "
         "scandale », a dénoncé la députée.", "C'est un scandale", "Claire Roux"),
    ],
)  # fmt: skip
def test_a_feminine_role_points_back_to_the_woman_named_not_the_man_after_her(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    found = speakers_and_roles("Der Rat tagte.\n\n" + text, DAY, language=language)
    assert found[quoted][0] == speaker


@pytest.mark.parametrize(
    ("language", "text", "quoted", "holder"),
    [
        ("fr", "La juge Marie Dubois a prononcé la peine. Le procureur Paul Roy avait requis "
         "douze ans. « C'est une honte », a réagi la députée.", "C'est une honte",
         "Marie Dubois"),
        ("de", "Die Richterin Ina Rauch verkündete das Urteil. Der Minister Paul Hofer schwieg. "
         "„Das ist ein Skandal“, sagte die Grünen-Politikerin.", "Das ist ein Skandal",
         "Ina Rauch"),
    ],
)  # fmt: skip
def test_a_feminine_role_is_not_the_woman_named_with_another_role(
    language: str, text: str, quoted: str, holder: str
) -> None:
    found = speakers_and_roles("Der Rat tagte.\n\n" + text, DAY, language=language)
    assert found[quoted][0] != holder


@pytest.mark.parametrize(
    ("language", "text", "quoted", "woman"),
    [
        ("fr", "Marine Le Pen a critiqué mardi la réforme. « Nous ne reculerons pas », a répondu "
         "le président de la République.", "Nous ne reculerons pas", "Marine Le Pen"),
        ("fr", "Anne Hidalgo a inauguré la piste cyclable. Selon le préfet de police, « les "
         "travaux ont pris du retard ».", "les travaux ont pris du retard", "Anne Hidalgo"),
        ("es", "La alcaldesa Ana Ruiz inauguró el puente. «Es un gran día», dijo el presidente "
         "de la Diputación.", "Es un gran día", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_masculine_role_does_not_point_back_to_a_woman(
    language: str, text: str, quoted: str, woman: str
) -> None:
    found = speakers_and_roles("Le conseil a voté.\n\n" + text, DAY, language=language)
    assert found[quoted][0] != woman


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("Er habe mit dem Bündnis „Aufstehen gegen Rassismus“ gesprochen.",
         "Aufstehen gegen Rassismus"),
        ("Die Ampel ändert das Gesetz, es sei denn, die Union blockiert die „schnelle Lösung“ "
         "im Bundesrat.", "schnelle Lösung"),
        ("Wie dem auch sei: Die Debatte über die „kalte Progression“ geht weiter.",
         "kalte Progression"),
        ("Die Opposition wirft ihr vor, sie habe „nichts geliefert“.", "nichts geliefert"),
    ],
)  # fmt: skip
def test_words_quoted_beside_a_reported_speech_form_that_reports_no_speech_stay_no_quotation(
    sentence: str, quoted: str
) -> None:
    text = (
        DE_LEAD + "„Wir haben keine andere Wahl“, sagte Finanzministerin Petra Roth (SPD) "
        f"am Abend in Berlin. {sentence}"
    )
    assert quoted not in speakers_and_roles(text, DAY, language="de")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le prix de l'« or noir » s'emballe depuis lundi sur les marchés asiatiques.",
        "La « bulle immobilière » s'emballe à Lisbonne, où les loyers ont doublé.",
        "Face à l'« Albiceleste », l'équipe de France s'est défendue avec courage samedi.",
        "Le texte, surnommé « loi travail bis », se défend mal face aux critiques.",
    ],
)
def test_a_reflexive_verb_that_says_something_else_makes_no_quotation(sentence: str) -> None:
    assert speakers_and_roles(FR_LEAD + sentence, DAY, language="fr") == {}


def test_a_reflexive_verb_after_a_question_names_its_speaker() -> None:
    text = FR_LEAD + "« Comment est-ce possible ? » s'indigne Claire Roux, maire de Brest."
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Comment est-ce possible ?"][0] == "Claire Roux"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("«No nos vamos a rendir», cuenta la alcaldesa Ana Ruiz.", "Ana Ruiz"),
        ("«Nadie nos avisó», denuncia Pedro Gil, vecino del barrio.", "Pedro Gil"),
        ("«Fue una noche larga», cuenta a este diario Marta Sanz.", "Marta Sanz"),
    ],
)
def test_a_spanish_verb_that_is_also_a_noun_still_reports_speech(
    sentence: str, speaker: str
) -> None:
    # (a noun follows ``cuenta atrás``; a speaker follows ``cuenta la alcaldesa``)
    found = speakers_and_roles("El pleno se reunió el lunes.\n\n" + sentence, DAY, language="es")
    assert [name for name, _ in found.values()] == [speaker]
