"""German press attribution (session 25): an age written as a noun after the cue (``„...“,
sagte der 22-Jährige``) points back to the person the story just turned to, not to the last
speaker; with no one named, to the unnamed person the sentence before describes. An impersonal
cue in a statement (``„...“, hieß es in einer Mitteilung des Konzerns``) names the body that
issued it; one from circles or a body (``Aus Koalitionskreisen hieß es``) names them as
written, and a body called by its noun (``teilte die Kasse mit``) the body named before. A
dot between letters is inside a word (``ver.di-Verhandlungsführerin Petra Lang``); after a role
noun, a first name and a surname the entity annotator left untyped are the speaker (``laut
Analystin Sabine Korte``); a role read by its noun past lower-case adjectives (``die parteilose
Bürgermeisterin``). Speech reported without a cue (``Sein Mandant habe „...“``) is the person the
sentence before opens with.

The sentences are written for these tests in the manner of German news articles; none is
copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)
LEAD = "Der Landtag hat am Donnerstag über den Haushalt beraten.\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    return {q: s for q, (s, _) in speakers_and_roles(LEAD + text, DAY, language="de").items()}


def test_an_age_after_the_cue_is_the_person_just_named_not_the_last_speaker() -> None:
    found = _speakers(
        "„Wir haben verdient gewonnen“, sagte Kapitän Jonas Brehm. „Das Stadion hat uns "
        "getragen.“\n\n"
        "Lukas Ebner, erst in der 81. Minute eingewechselt, wirkte noch benommen. „Ich war "
        "sehr nervös“, sagte der 19-Jährige."
    )
    assert found["Ich war sehr nervös"] == "Lukas Ebner"


def test_an_age_after_an_unnamed_person_is_that_person_as_described() -> None:
    found = _speakers(
        "„Sie haben das Vertrauen der Familien missbraucht“, sagte Richterin Anke Sommer.\n\n"
        "Die Schwester eines früheren Bewohners verfolgte den Prozess im Saal. „Mein Bruder "
        "hat nichts davon gewusst“, sagte die 61-Jährige nach dem Urteil."
    )
    assert found["Mein Bruder hat nichts davon gewusst"] == "die Schwester eines früheren Bewohners"


def test_an_impersonal_cue_in_a_statement_names_the_body_that_issued_it() -> None:
    found = _speakers(
        "„Wir haben verdient gewonnen“, sagte Kapitän Jonas Brehm.\n\n"
        "Die Siemens AG begrüßte die Entscheidung. „Das ist ein gutes Signal für unsere "
        "Kunden“, hieß es in einer Mitteilung des Konzerns.\n\n"
        "Der ADAC bittet um Hinweise. „Jeder Hinweis kann helfen“, heißt es in einer "
        "Mitteilung.\n\n"
        "„Wir sehen das gelassen“, hieß es in Berlin."
    )
    assert found["Das ist ein gutes Signal für unsere Kunden"] == "Siemens AG"
    assert found["Jeder Hinweis kann helfen"] == "ADAC"
    assert found["Wir sehen das gelassen"] is None  # a place, no statement's body


def test_an_impersonal_cue_in_a_statement_of_no_named_body_names_no_one() -> None:
    # ``hieß es in einer Mitteilung vom Dienstag``, ``... ihres Anwalts``: the words after the
    # noun name a day or a person's statement, not the body the story names last.
    found = _speakers(
        "Die Familie klagt gegen die Deutsche Bahn. „Wir werden alle Wege gehen“, hieß es in "
        "einer Mitteilung ihres Anwalts.\n\n"
        "Die Nachbarn wehren sich gegen die Kessler Bau GmbH. „Wir wurden nie gefragt“, hieß "
        "es in einer Mitteilung vom Dienstag."
    )
    assert found["Wir werden alle Wege gehen"] is None
    assert found["Wir wurden nie gefragt"] is None


def test_an_impersonal_cue_from_circles_or_a_body_names_them_as_written() -> None:
    found = _speakers(
        "„Wir sind zufrieden“, sagte Vorstandschef Jonas Brehm.\n\n"
        "Aus Koalitionskreisen hieß es, man rechne mit einer „knappen Mehrheit“.\n\n"
        "Aus dem SPD-Klub heißt es, man sei „nicht mehr bereit zu warten“."
    )
    assert found["knappen Mehrheit"] == "Koalitionskreisen"
    assert found["nicht mehr bereit zu warten"] == "SPD-Klub"


def test_a_health_insurer_called_die_kasse_is_the_insurer_named_before() -> None:
    found = _speakers(
        "„Das Urteil ist zu hart“, sagte Verteidiger Jonas Brehm.\n\n"
        "Die AOK Bayern trat als Nebenklägerin auf. Das Urteil sei „ein klares Zeichen“, "
        "teilte die Kasse mit."
    )
    assert found["ein klares Zeichen"] == "AOK Bayern"


def test_a_role_with_a_dotted_union_name_before_the_name_is_read_whole() -> None:
    found = _speakers(
        "Von Anna Kessler, BR\n\n"
        "„Die Arbeitgeber haben uns nichts vorgelegt“, sagte ver.di-Verhandlungsführerin "
        "Petra Lang am Morgen im Bayerischen Rundfunk."
    )
    assert found["Die Arbeitgeber haben uns nichts vorgelegt"] == "Petra Lang"


def test_according_to_a_role_and_an_untyped_name_is_the_person_not_the_role() -> None:
    found = _speakers(
        "„Wir sind zufrieden“, sagte Vorstandschef Jonas Brehm.\n\n"
        "Laut Analystin Sabine Korte von der Commerzbank ist das Ziel „sehr ehrgeizig“."
    )
    assert found["sehr ehrgeizig"] == "Sabine Korte"


def test_a_role_after_a_lower_case_adjective_points_back_to_its_holder() -> None:
    found = _speakers(
        "Als Katrin Lohse vor vier Jahren ins Rathaus einzog, war die Stadt vor allem für "
        "ihren Marktplatz bekannt. Heute streitet sie über ein Batteriewerk. „Wir werden nur "
        "entdeckt, wenn man uns etwas wegnehmen will“, sagt die parteilose Bürgermeisterin."
    )
    assert found["Wir werden nur entdeckt, wenn man uns etwas wegnehmen will"] == "Katrin Lohse"


def test_speech_reported_without_a_cue_is_the_person_the_sentence_before_opens_with() -> None:
    found = _speakers(
        "„Sie haben das Vertrauen missbraucht“, sagte die Vorsitzende Richterin Anke Sommer.\n\n"
        "Verteidiger Paul Wendt hatte auf vier Jahre plädiert. Sein Mandant habe „Fehler "
        "gemacht, aber niemanden bestohlen“."
    )
    assert found["Fehler gemacht, aber niemanden bestohlen"] == "Paul Wendt"


def test_an_impersonal_cue_never_gives_the_person_the_sentence_before_names() -> None:
    found = _speakers(
        "Paul Kern sprach von einem großen Erfolg. „Das ist schlicht falsch“, heißt es im "
        "Bericht der Prüfer.\n\n"
        "Anna Lenz lobte das Ergebnis. „Die Zahlen stimmen nicht“, hieß es dagegen.\n\n"
        "Die Stadträtin Lea Brun hält den Plan für verfehlt. „Wir bauen am Bedarf vorbei“, "
        "heißt es in einem Antrag, den sie am Mittwoch eingereicht hat."
    )
    assert found["Das ist schlicht falsch"] is None
    assert found["Die Zahlen stimmen nicht"] is None
    assert found["Wir bauen am Bedarf vorbei"] == "Lea Brun"  # her motion


def test_an_age_after_the_cue_is_no_one_of_the_other_gender() -> None:
    found = _speakers(
        "Der Angeklagte schwieg während der ganzen Verhandlung. „Das ist eine Farce“, sagte "
        "die 44-Jährige nach dem Urteil.\n\n"
        "Die Feuerwehr holte einen Mann aus dem brennenden Haus. „Ich hatte großes Glück“, "
        "sagte der 81-Jährige.\n\n"
        "Der 22-jährige Stürmer traf zweimal. „Das war mein bester Tag“, sagte der 22-Jährige."
    )
    assert found["Das ist eine Farce"] is None
    assert found["Ich hatte großes Glück"] is None
    assert found["Das war mein bester Tag"] == "der 22-jährige Stürmer"


def test_speech_reported_without_a_cue_before_it_is_not_when_a_cue_follows() -> None:
    found = _speakers(
        "Paul Kern lobte den Plan der Stadt. Er habe „großen Mut“ bewiesen, sagte Anna Lenz "
        "von der Opposition.\n\n"
        "Der Verteidiger Paul Kern hatte auf zwei Jahre plädiert. Sein Mandant habe „nichts "
        "davon gewusst“."
    )
    assert found["großen Mut"] != "Paul Kern"
    assert found["nichts davon gewusst"] == "Paul Kern"


def test_a_full_stop_missing_its_space_before_a_capital_still_ends_the_sentence() -> None:
    found = _speakers(
        "Sabine Korte wirkte erschöpft. „Wir machen weiter“, sagte die 44-Jährige.Petra Lang "
        "widersprach.\n\n"
        "„Wir streiken ab Montag“, sagte ver.di-Verhandlungsführerin Petra Lang."
    )
    assert found["Wir machen weiter"] == "Sabine Korte"
    assert found["Wir streiken ab Montag"] == "Petra Lang"


def test_a_body_noun_after_the_cue_is_the_body_the_sentence_before_opens_with() -> None:
    # ``teilte die Initiative mit``, ``hieß es in einer Mitteilung der Initiative``: the body
    # the sentence before opens with, read from its capitalised words up to the verb, where
    # the entity annotator missed the name (``Initiative`` is a body's noun too).
    found = _speakers(
        "„Wir sparen, wo es geht“, sagte Kämmerin Ute Sander.\n"
        "Die Elterninitiative Sichere Schulwege Nord sammelt Unterschriften. „Wir geben nicht "
        "auf“, teilte die Initiative am Montag mit.\n"
        "Die Bürgerinitiative Grünes Rheinufer Süd lehnt den Plan ab. „Das ist ein "
        "Rückschritt“, hieß es in einer Mitteilung der Initiative."
    )
    assert found["Wir geben nicht auf"] == "Elterninitiative Sichere Schulwege Nord"
    assert found["Das ist ein Rückschritt"] == "Bürgerinitiative Grünes Rheinufer Süd"


def test_a_place_the_sentence_before_opens_with_is_not_the_body_after_the_cue() -> None:
    # ``In Berlin demonstrierten ...``: a verb-second sentence opening with a preposition's
    # phrase has its subject after the verb; the body spoken of before speaks.
    found = _speakers(
        "Greenpeace kritisiert den Plan des Senats.\n"
        "In Berlin demonstrierten am Montag Tausende. „Wir geben nicht auf“, teilte die "
        "Organisation mit.\n"
        "Im Landkreis Diepholz sammelten Helfer Unterschriften. „Das ist ein Rückschritt“, "
        "hieß es in einer Mitteilung der Organisation."
    )
    assert found["Wir geben nicht auf"] == "Greenpeace"
    assert found["Das ist ein Rückschritt"] == "Greenpeace"


def test_laut_einer_mitteilung_der_organisation_points_back_to_the_body() -> None:
    # ``laut einer Mitteilung der Organisation``: every German noun is capitalised, so the
    # capitals after the link are the body only up to the clause's next word; a lone body
    # noun points back to the body the sentence before opens with, or the one named last.
    found = _speakers(
        "Der Naturschutzbund Deutschland kritisiert den Plan. Laut einer Mitteilung der "
        "Organisation ist der Plan „ein Rückschritt“.\n"
        "Greenpeace lehnt den Bau ab. Laut einer Erklärung der Organisation sei er „nicht "
        "zu verantworten“."
    )
    assert found["ein Rückschritt"] == "Naturschutzbund Deutschland"
    assert found["nicht zu verantworten"] == "Greenpeace"
