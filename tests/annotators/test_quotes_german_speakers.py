"""German attribution patterns of session 26: an unnamed person opening a clause a colon closes
speaks, whatever the verb and however the description goes on (``Ein Schüler zeigte wenig
Geduld: „...“``, ``Eine Nachbarin aus Bad Vilbel hat eine Erklärung: „...“``). A body's acronym
defined in brackets after its name speaks under that name (``der Landesverband der freien
Bäckereien (LFB)``), though its letters hide inside compounds. A name governed by a preposition
before the cue is not its subject (``Im Gespräch mit dem WDR sagte X``, ``X (SPD) aus Wolfsburg
warnte``); with no subject before the cue, the one right after it speaks (``Über den Winter sagt
sie: „...“``). The headline of a related article a page lists after ``Lesen Sie auch`` or ``Mehr
zum Thema`` is no one's words in this one. Speech reported in the Konjunktiv without a cue after
a sentence about someone else is theirs, also on a page of one-line paragraphs (``Verteidigerin
X hatte plädiert. Ihre Mandantin habe „...“``); ``hatte er gesagt`` is a cue, and an unnamed
source ends before its auxiliary (``Ein Sprecher der Stadt hat am Montag gesagt``) and before the
outlet it spoke to (``der Deutschen Presse-Agentur``). A quotation standing as its own
sentence is the words of the person the sentence before is about (``X gibt sich gelassen.
„...“``), not the last speaker's. ``zufolge`` follows its source (``Dem Kämmerer X zufolge``,
``Ihr zufolge``). ``sagte die Frau`` is the unnamed woman the sentence before opens with.

The sentences are written for these tests in the manner of German news articles; none is
copied from a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 5, 6)
LEAD = "Der Stadtrat hat am Mittwoch über den neuen Busfahrplan beraten.\n\n"


def _speakers(text: str) -> dict[str, str | None]:
    return {q: s for q, (s, _) in speakers_and_roles(LEAD + text, DAY, language="de").items()}


def test_an_unnamed_person_opening_a_clause_a_colon_closes_speaks() -> None:
    found = _speakers(
        "Am Bahnhof Süd blieb es ruhig. „Die Linie 4 fährt nur noch stündlich“, sagte "
        "Verkehrsdezernent Malte Hilgers. Ein älterer Pendler zeigte wenig Geduld: „So komme "
        "ich nie pünktlich zur Arbeit.“"
    )
    assert found["So komme ich nie pünktlich zur Arbeit"] == "ein älterer Pendler"


def test_an_unnamed_person_named_by_a_compound_of_a_description_noun_speaks() -> None:
    # ``Eine Kioskmitarbeiterin``, ``Ein Fahrradhändler``, ``Eine Zoo-Mitarbeiterin``: German
    # writes the kind of trade into the noun a description is headed by.
    found = _speakers(
        "„Wir haben alles im Griff“, sagte Polizeisprecher Jan Kramer.\n"
        "Eine Kioskmitarbeiterin nahm es mit Humor: „Das war ein Riesenspaß für die Kinder.“\n"
        "„Die Straße bleibt gesperrt“, sagte Polizeisprecher Jan Kramer.\n"
        "Ein Fahrradhändler aus Bonn ist weniger begeistert: „Mir fehlen die Kunden.“\n"
        "„Wir ermitteln weiter“, sagte Polizeisprecher Jan Kramer.\n"
        "Eine Zoo-Mitarbeiterin blieb gelassen: „Das Tier ist ganz zahm.“"
    )
    assert found["Das war ein Riesenspaß für die Kinder"] == "eine Kioskmitarbeiterin"
    assert found["Mir fehlen die Kunden"] == "ein Fahrradhändler aus Bonn"
    assert found["Das Tier ist ganz zahm"] == "eine Zoo-Mitarbeiterin"


def test_a_compound_of_tochter_before_a_colon_is_a_company_not_a_person() -> None:
    # ``Eine Konzerntochter``, ``Eine Siemens-Tochter``: a subsidiary, no unnamed person.
    found = _speakers(
        "„Wir haben alles im Griff“, sagte Polizeisprecher Jan Kramer.\n"
        "Eine Konzerntochter reagierte gelassen: „Wir sehen keinen Grund zur Sorge.“\n"
        "„Die Straße bleibt gesperrt“, sagte Polizeisprecher Jan Kramer.\n"
        "Eine Bahn-Tochter blieb gelassen: „Die Züge fahren nach Plan.“"
    )
    assert found["Wir sehen keinen Grund zur Sorge"] != "eine Konzerntochter"
    assert found["Die Züge fahren nach Plan"] != "eine Bahn-Tochter"


def test_where_an_unnamed_person_is_from_belongs_to_the_description() -> None:
    found = _speakers(
        "Eine Nachbarin aus Bad Vilbel hat eine einfache Erklärung: „Die Busse sind einfach "
        "zu voll.“"
    )
    assert found["Die Busse sind einfach zu voll"] == "eine Nachbarin aus Bad Vilbel"


def test_a_relative_clause_after_an_unnamed_person_leaves_them_the_subject() -> None:
    # ``Ein X, der ..., VERB``: the relative clause set off by commas says more of them; the
    # description before it speaks, after a colon or as the sentence before the quotation.
    found = _speakers(
        "„Das ist ein Erfolg“, sagte Bürgermeister Jonas Berger.\n"
        "Eine Rentnerin aus Gera, die seit 40 Jahren am Markt wohnt, sieht das anders: "
        "„Hier wird es immer lauter.“\n"
        "„Wir planen weiter“, sagte Bürgermeister Jonas Berger.\n"
        "Ein Händler vom Wochenmarkt, der seinen Namen nicht nennen will, winkt ab. "
        "„Uns fragt ja keiner.“"
    )
    assert found["Hier wird es immer lauter"] == "eine Rentnerin aus Gera"
    assert found["Uns fragt ja keiner"] == "ein Händler vom Wochenmarkt"


def test_an_acronym_defined_in_brackets_speaks_under_the_name_it_spells() -> None:
    found = _speakers(
        "Der Landesverband der freien Bäckereien (LFB) nannte die neuen Auflagen "
        "„realitätsfern“. „Viele kleine Betriebe werden aufgeben“, teilte der LFB am Abend "
        "mit."
    )
    assert found["realitätsfern"] == "Landesverband der freien Bäckereien"
    assert found["Viele kleine Betriebe werden aufgeben"] == "Landesverband der freien Bäckereien"


def test_a_name_after_a_preposition_before_the_cue_is_not_its_subject() -> None:
    found = _speakers(
        "Im Gespräch mit dem WDR sagte Landrätin Petra Vogelsang: „Wir brauchen mehr Busse "
        "auf dem Land.“\n\n"
        "Bürgermeister Klaus Dehmel (SPD) aus Wolfsburg warnte dagegen vor einem "
        "„Chaos auf allen Zufahrtsstraßen“."
    )
    assert found["Wir brauchen mehr Busse auf dem Land"] == "Petra Vogelsang"
    assert found["Chaos auf allen Zufahrtsstraßen"] == "Klaus Dehmel"


def test_with_no_subject_before_the_cue_the_one_after_it_speaks() -> None:
    found = _speakers(
        "Die Busfahrerin Martina Kühnel fährt seit zwanzig Jahren die Linie 7. Über den "
        "letzten Winter sagt sie: „So viele Ausfälle hatten wir noch nie.“"
    )
    assert found["So viele Ausfälle hatten wir noch nie"] == "Martina Kühnel"


def test_a_related_article_headline_is_no_one_s_words() -> None:
    found = _speakers(
        "„Wir fahren ab Montag wieder im Takt“, sagte Verkehrsdezernent Malte Hilgers.\n"
        "Lesen Sie auch: „Ich fahre seit 30 Jahren Bus“ – ein Fahrer erzählt\n"
        "Der Fahrplan gilt ab dem 1. Juni.\n"
        "Mehr zum Thema\n"
        "Neue Haltestellen: Was sich im Süden ändert\n"
        "„Die Leute steigen um“ – warum das Deutschlandticket wirkt"
    )
    assert found["Wir fahren ab Montag wieder im Takt"] == "Malte Hilgers"
    assert found["Ich fahre seit 30 Jahren Bus"] is None
    assert found["Die Leute steigen um"] is None


def test_a_related_article_headline_under_other_labels_is_no_one_s_words() -> None:
    found = _speakers(
        "„Wir fahren ab Montag wieder im Takt“, sagte Verkehrsdezernent Malte Hilgers.\n"
        "Mehr aus Niedersachsen\n"
        "Fahrgäste in Celle: „Der Bus kommt einfach nicht“\n"
        "Lesen Sie dazu auch\n"
        "Busunternehmer schlagen Alarm: „Wir zahlen bei jeder Fahrt drauf“\n"
        "Mehr zu diesem Thema:\n"
        "Pendlerin aus Peine: „Ohne Auto geht hier nichts“"
    )
    assert found["Wir fahren ab Montag wieder im Takt"] == "Malte Hilgers"
    assert found["Der Bus kommt einfach nicht"] is None
    assert found["Wir zahlen bei jeder Fahrt drauf"] is None
    assert found["Ohne Auto geht hier nichts"] is None


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Ein Kleinaktionär aus Dinkelsbühl, der seit Jahren Anteile besitzt, fasste zusammen:",
            "ein Kleinaktionär aus Dinkelsbühl",
        ),
        ("Ein Hauswart aus Tettnang sieht es nüchtern:", "ein Hauswart aus Tettnang"),
        ("Eine Witwe aus Wunsiedel hörte der Debatte zu:", "eine Witwe aus Wunsiedel"),
        ("Ein Zuschauer aus Minden war bedient:", "ein Zuschauer aus Minden"),
    ],
)
def test_more_nouns_of_unnamed_people_head_a_description_before_a_colon(
    opening: str, speaker: str
) -> None:
    found = _speakers(
        f"Vorstandschef Gernot Wälzholz sprach von einem Erfolg. {opening} „Früher war das anders.“"
    )
    assert found["Früher war das anders"] == speaker


def test_a_section_s_one_word_label_opens_a_list_of_related_headlines() -> None:
    found = _speakers(
        "„Wir haben uns das Spiel selbst kaputt gemacht“, sagte Trainerin Edda Rühmkorf.\n"
        "Mehr Handball\n"
        "Pokal: Lemgo gewinnt knapp in Minden\n"
        "„Wir suchen keine Schuldigen“: Flensburg patzt beim Aufsteiger"
    )
    assert found["Wir haben uns das Spiel selbst kaputt gemacht"] == "Edda Rühmkorf"
    assert found["Wir suchen keine Schuldigen"] is None


def test_a_line_opening_with_mehr_and_several_words_is_no_label() -> None:
    found = _speakers(
        "Trainerin Edda Rühmkorf war nach dem Spiel bedient.\n"
        "Mehr als 300 Fans harrten aus\n"
        "„Wir suchen keine Schuldigen“: So sprach die Trainerin danach"
    )
    assert found["Wir suchen keine Schuldigen"] == "Edda Rühmkorf"


def test_a_sentence_closing_inside_its_quotation_after_the_headlines_is_no_headline() -> None:
    found = _speakers(
        "Mehr zum Thema\n"
        "„Die Halle bleibt zu“\n"
        "Sportamtsleiterin Gesa Wollny sagte: „Wir öffnen nach den Ferien.“"
    )
    assert found["Die Halle bleibt zu"] is None
    assert found["Wir öffnen nach den Ferien"] == "Gesa Wollny"


def test_reported_speech_after_a_sentence_about_someone_else_is_theirs() -> None:
    found = _speakers(
        "„Die Angeklagte hat das Vertrauen ihrer Kundinnen missbraucht“, sagte Richter Holger "
        "Brenneke.\n"
        "Verteidigerin Annika Sommerfeld hatte auf eine Bewährungsstrafe plädiert.\n"
        "Ihre Mandantin habe „aus purer Verzweiflung“ gehandelt."
    )
    assert found["aus purer Verzweiflung"] == "Annika Sommerfeld"


def test_a_participle_cue_and_an_unnamed_source_before_its_auxiliary() -> None:
    found = _speakers(
        "Ein Sprecher der Stadtwerke hat am Montag gesagt: „Die Preise bleiben stabil.“\n"
        "Oberstaatsanwalt Rüdiger Falk hatte drei Jahre gefordert.\n"
        "In seinem Schlussvortrag hatte er gesagt, der Mann habe „völlig skrupellos“ gehandelt."
    )
    assert found["Die Preise bleiben stabil"] == "ein Sprecher der Stadtwerke"
    assert found["völlig skrupellos"] == "Rüdiger Falk"


def test_the_outlet_a_source_spoke_to_is_no_part_of_the_source() -> None:
    found = _speakers(
        "„Die Ursache ist noch unklar“, sagte ein Sprecher des Landesamts für Umwelt der "
        "Deutschen Presse-Agentur. „Die Werkszeitung prüft den Bericht“, sagte ein Sprecher "
        "der Zeitung."
    )
    assert found["Die Ursache ist noch unklar"] == "ein Sprecher des Landesamts für Umwelt"
    assert found["Die Werkszeitung prüft den Bericht"] == "ein Sprecher der Zeitung"


def test_zufolge_reads_its_source_before_it() -> None:
    found = _speakers(
        "Dem Kämmerer Bernd Oltmanns zufolge ist der Haushalt „auf Kante genäht“.\n"
        "Die Bürgermeisterin Svenja Rohlfs stellte den Plan vor. Ihr zufolge ist er „ohne "
        "Alternative“."
    )
    assert found["auf Kante genäht"] == "Bernd Oltmanns"
    assert found["ohne Alternative"] == "Svenja Rohlfs"


def test_die_frau_after_the_cue_is_the_unnamed_woman_of_the_sentence_before() -> None:
    found = _speakers(
        "„Der Brand brach im Keller aus“, sagte Feuerwehrsprecher Timo Lenhart.\n"
        "Eine Nachbarin will gegen Mitternacht Rauch bemerkt haben. „Es roch plötzlich "
        "verbrannt“, sagte die Frau."
    )
    assert found["Es roch plötzlich verbrannt"] == "eine Nachbarin"


def test_a_body_written_in_the_dative_or_the_genitive_speaks_in_the_nominative() -> None:
    # (the entity is named in the nominative; its case form is no fuller name of it)
    found = speakers_and_roles(
        "Die Europäische Zentralbank hält die Zinsen. Der Europäischen Zentralbank zufolge "
        "bleibt die Inflation „hartnäckig“.\n\n"
        "Das Bundesinnenministerium prüft den Fall. Nach Angaben des "
        "Bundesinnenministeriums wurden „zwei Beamte verletzt“.",
        DAY,
        language="de",
    )
    assert found["hartnäckig"][0] == "Europäische Zentralbank"
    assert found["zwei Beamte verletzt"][0] == "Bundesinnenministerium"


def test_a_sentence_opening_with_a_label_s_words_and_a_cue_is_no_headline() -> None:
    found = _speakers(
        "Die Ärztin Carla Winter blieb im Dorf.\n"
        "Mehr aus Sorge als aus Pflicht sagte sie: „Ich lasse niemanden allein.“"
    )
    assert found["Ich lasse niemanden allein"] == "Carla Winter"
