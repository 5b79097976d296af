"""A transcript's turns in the summary (session 31): a summary sentence that opens with a
speaker's label starts after it (``text == original[start:end]`` still) and names its speaker
as the key quotes do (the fullest name the documents merged), in the Markdown and in the
JSON's ``speaker``; German (``MODERATOR:``), French (``JOURNALISTE :``, a space before the
colon) and Russian (``ВЕДУЩИЙ:``) transcripts are read as English ones are.

The articles are written for these tests in the manner of broadcast transcripts; none is
copied."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from helpers.transcripts import HARBOUR, briefing_of
from newsbrief.cli import cli
from newsbrief.model import Document, Metadata


def _json(briefing: newsbrief.Briefing) -> dict[str, object]:
    data: dict[str, object] = json.loads(newsbrief.export(briefing, "json"))
    return data


def test_a_summary_sentence_opening_a_turn_starts_after_its_label() -> None:
    briefing = briefing_of(HARBOUR, sentences=10)
    text = briefing.documents[0].text
    for item in briefing.summary:
        sentence = item.sentence
        assert text[sentence.start : sentence.end] == sentence.text
        assert not sentence.text.startswith(("HALVORSEN:", "WHITLOCK:", "DANA WHITLOCK"))
    spoken = {item.sentence.text: item.speaker for item in briefing.summary}
    assert spoken["Eleven boats broke their moorings in the night."] == "Teodor Halvorsen"
    # The turn's next sentence is his words too: it names him, its text as written.
    assert spoken["Four of them sank at the north pier before dawn."] == "Teodor Halvorsen"
    markdown = str(newsbrief.export(briefing, "markdown"))
    assert "- Teodor Halvorsen: Eleven boats broke their moorings in the night. [1]" in markdown
    assert "HALVORSEN:" not in markdown
    summary = _json(briefing)["summary"]
    assert isinstance(summary, list)
    eleven = next(i for i in summary if i["text"].startswith("Eleven boats"))
    assert eleven["speaker"] == "Teodor Halvorsen"
    assert text[eleven["start"] : eleven["end"]] == eleven["text"]
    # What the JSON holds reads back.
    assert newsbrief.from_json(str(newsbrief.export(briefing, "json"))).summary == briefing.summary


def test_non_english_transcripts(tmp_path: Path) -> None:
    french = (
        "Entretien : la maire face aux inondations\n\n"
        "Transcription d'un entretien diffusé mardi.\n\n"
        "JOURNALISTE : Madame Claire Morel, quelle est la situation ce matin ?\n\n"
        "MOREL : La situation reste très grave. Trois cents maisons sont sous les eaux et la "
        "rivière monte encore.\n\n"
        "JOURNALISTE : De quoi avez-vous besoin ?\n\n"
        "MOREL : Il nous faut des pompes aujourd'hui. Le préfet nous a promis de l'aide.\n"
    )
    russian = (
        "Интервью: мэр о наводнении\n\n"
        "Расшифровка интервью, вышедшего в эфир во вторник.\n\n"
        "ВЕДУЩИЙ: Анна Петрова, какова ситуация в городе сегодня?\n\n"
        "ПЕТРОВА: Ситуация остаётся очень тяжёлой. Триста домов затоплены, и вода продолжает "
        "подниматься.\n\n"
        "ВЕДУЩИЙ: Что вам нужно от правительства?\n\n"
        "ПЕТРОВА: Нам нужны насосы уже сегодня. Губернатор обещала помощь.\n"
    )
    german = (
        "Interview: Die Bürgermeisterin zum Hochwasser\n\n"
        "Ein Gespräch mit Bürgermeisterin Sabine Kowalski vom Dienstag.\n\n"
        "MODERATOR: Wie ist die Lage heute Morgen?\n\n"
        "KOWALSKI: Die Lage ist weiter sehr ernst. Dreihundert Häuser stehen unter Wasser und "
        "der Fluss steigt weiter.\n\n"
        "MODERATOR: Was brauchen Sie jetzt?\n\n"
        "KOWALSKI: Wir brauchen heute noch Pumpen. Die Landesregierung hat Hilfe zugesagt.\n"
    )
    cases = [
        ("fr.txt", french, "Claire Morel", "La situation reste très grave."),
        ("ru.txt", russian, "Анна Петрова", "Ситуация остаётся очень тяжёлой."),
        ("de.txt", german, "Sabine Kowalski", "Die Lage ist weiter sehr ernst."),
    ]
    for name, text, speaker, first in cases:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(cli, ["build", str(path), "-f", "json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        said = [q for q in data["quotes"] if q["text"].startswith(first)]
        assert [(q["speaker"], q["quoted"]) for q in said] == [(speaker, False)], name
        assert not any(q["text"].endswith("?") for q in data["quotes"]), name
        labels = ("JOURNALISTE", "MODERATOR", "ВЕДУЩИЙ")
        assert not any(e["name"].startswith(labels) for e in data["entities"]), name
        for item in data["summary"]:
            assert not item["text"].startswith(("MOREL", "ПЕТРОВА", "KOWALSKI", *labels)), name


# A live page's headings in capitals: lines like a transcript's labels, no one's turns.
LIVE_PAGE = (
    "Storm hits the coast\n\n"
    "UPDATE: The storm reached the coast at noon and flooded the harbour road.\n\n"
    "NOTE: Readers can send photos of the damage to the newsroom by email.\n\n"
    "UPDATE: Power returned to most homes by evening, the utility said.\n"
)
# A fact check's: ``CLAIM:`` is a heading too.
FACT_CHECK = (
    "Fact check: the bridge claim\n\n"
    "CLAIM: The new bridge cost four billion dollars to build last year.\n\n"
    "VERDICT: False. The city paid one billion dollars according to its budget.\n\n"
    "CLAIM: The bridge closed twice for repairs in its first month.\n\n"
    "VERDICT: True. The city closed it on two weekends in March for repairs.\n"
)


def test_headings_in_capitals_name_no_speaker_in_the_summary() -> None:
    for text, heading in ((LIVE_PAGE, "UPDATE: "), (FACT_CHECK, "CLAIM: ")):
        briefing = briefing_of(text, sentences=10)
        assert all(item.speaker is None for item in briefing.summary)
        assert any(item.sentence.text.startswith(heading) for item in briefing.summary)
        summary = _json(briefing)["summary"]
        assert isinstance(summary, list)
        assert all("speaker" not in item for item in summary)


def test_every_summary_sentence_of_a_turn_names_its_speaker_verbatim() -> None:
    # Windows newlines, a no-break space before a colon, a label opening the document.
    text = (
        "HALVORSEN: Eleven boats broke their moorings in the night. Four of them sank.\r\n\r\n"
        "DANA WHITLOCK, BBC ANCHOR: How many boats broke loose last night?\r\n\r\n"
        "HALVORSEN\u00a0: Not before Monday. The divers need two clear days to check it.\r\n"
        "\r\nWHITLOCK: When will the harbour reopen?\r\n\r\n"
        "Harbour Master Teodor Halvorsen spoke to Dana Whitlock on Friday.\r\n"
    )
    briefing = briefing_of(text, sentences=10)
    original = briefing.documents[0].text
    spoken = {}
    for item in briefing.summary:
        sentence = item.sentence
        assert original[sentence.start : sentence.end] == sentence.text
        spoken[sentence.text] = item.speaker
    assert spoken["Eleven boats broke their moorings in the night."] == "Teodor Halvorsen"
    assert spoken["The divers need two clear days to check it."] == "Teodor Halvorsen"
    assert spoken["Harbour Master Teodor Halvorsen spoke to Dana Whitlock on Friday."] is None
    markdown = str(newsbrief.export(briefing, "markdown"))
    assert "- Teodor Halvorsen: The divers need two clear days to check it." in markdown
    text_export = str(newsbrief.export(briefing, "text"))
    assert "Teodor Halvorsen: The divers need two clear days to check it." in text_export
    html = str(newsbrief.export(briefing, "html"))
    assert "Teodor Halvorsen: The divers need two clear days to check it." in html


_LABELS = ("HALVORSEN", "DANA WHITLOCK, BBC ANCHOR", "WHITLOCK", "REPORTER", "UPDATE")
_ANSWERS = (
    "Eleven boats broke their moorings. Four of them sank at the pier.",
    "When will the harbour reopen for the ferries?",
    "Not before Monday. The divers need two clear days.",
    "The storm flooded the harbour road at noon, the police said.",
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    turns=st.lists(
        st.tuples(st.sampled_from(_LABELS), st.sampled_from(_ANSWERS)), min_size=3, max_size=7
    ),
    newline=st.sampled_from(("\n", "\r\n", "\n\n", "\r\n\r\n")),
    colon=st.sampled_from((":", "\u00a0:", " :")),
    lead=st.sampled_from(("", "Harbour Master Teodor Halvorsen spoke to Dana Whitlock.\n")),
)
def test_summary_items_of_any_transcript_are_verbatim(
    turns: list[tuple[str, str]], newline: str, colon: str, lead: str
) -> None:
    text = lead + newline.join(f"{label}{colon} {words}" for label, words in turns) + newline
    briefing = briefing_of(text, sentences=12)
    original = briefing.documents[0].text
    for item in briefing.summary:
        sentence = item.sentence
        assert original[sentence.start : sentence.end] == sentence.text
        assert item.speaker != "UPDATE"
    assert newsbrief.from_json(newsbrief.export(briefing, "json")).summary == briefing.summary


BAKER = (
    "Bread before dawn: an interview with Ottilie Marchetti\n\n"
    "Ottilie Marchetti has baked bread in Trieste since 1988. Edited excerpts:\n\n"
    "Q: When does your day begin?\n\n"
    "A: I light the oven at three. My husband still sleeps when the first loaves come out.\n\n"
    "Q: What do your customers ask for?\n\n"
    "A: They want rye again, as my grandmother baked it. I sold out of it twice last week.\n"
)


def test_a_printed_interviews_answer_names_the_interviewee_in_the_summary() -> None:
    briefing = briefing_of(BAKER, sentences=10)
    text = briefing.documents[0].text
    spoken = {item.sentence.text: item for item in briefing.summary}
    assert not any(sentence.startswith("A:") for sentence in spoken)
    first = spoken["I light the oven at three."]
    assert first.speaker == "Ottilie Marchetti"
    assert text[first.sentence.start : first.sentence.end] == first.sentence.text
    assert spoken["I sold out of it twice last week."].speaker == "Ottilie Marchetti"
    markdown = str(newsbrief.export(briefing, "markdown"))
    assert "- Ottilie Marchetti: I light the oven at three. [1]" in markdown
    # A question is no one's answer: it keeps its label and names no speaker.
    for sentence, item in spoken.items():
        if sentence.startswith("Q:"):
            assert item.speaker is None


PORTS = (
    "Ports after the storm\n\n"
    "A transcript of a radio programme. Lena Kowalczyk spoke with Tomasz Brandt about the "
    "ports of Pomerania.\n\n"
    "LENA KOWALCZYK, BBC PRESENTER: Good morning. How badly were the ports hit?\n\n"
    "TOMASZ BRANDT, {role}: We lost two cranes and a warehouse. The rest of the harbour is "
    "working again.\n\n"
    "KOWALCZYK: When will the ferries sail?\n\n"
    "BRANDT: I expect the first ferry on Thursday. We have asked the navy for divers.\n"
)


def test_an_interviewees_label_gives_their_role_not_an_organisation() -> None:
    briefing = briefing_of(PORTS.format(role="GOVERNOR OF POMERANIA"))
    # Every turn of his names the role his full label gives, as a sentence writes it.
    assert [(q.speaker, q.role) for q in briefing.quotes] == [
        ("Tomasz Brandt", "governor of Pomerania"),
        ("Tomasz Brandt", "governor of Pomerania"),
    ]
    judge = briefing_of(PORTS.format(role="JUDGE OF THE SUPREME COURT"))
    assert {q.role for q in judge.quotes} == {"judge of the Supreme Court"}
    assert "JUDGE" not in {entity.name for entity in judge.entities}


def test_a_french_briefing_sets_a_space_before_the_speakers_colon() -> None:
    french = (
        "Entretien : le port après la tempête\n\n"
        "Transcription d'un entretien diffusé jeudi.\n\n"
        "ANIMATRICE : Monsieur Hervé Quintin, combien de bateaux ont coulé ?\n\n"
        "QUINTIN : Quatre bateaux ont coulé dans la nuit. Les plongeurs cherchent encore "
        "les épaves.\n\n"
        "ANIMATRICE : Quand le port rouvrira-t-il ?\n\n"
        "QUINTIN : Pas avant lundi. Le chenal doit être contrôlé avant le retour des ferries.\n"
    )
    markdown = str(newsbrief.export(briefing_of(french, "fr", sentences=10), "markdown"))
    assert "- Hervé Quintin : Quatre bateaux ont coulé dans la nuit. [1]" in markdown
    # An English briefing keeps the colon against the name.
    english = str(newsbrief.export(briefing_of(HARBOUR, sentences=10), "markdown"))
    assert "- Teodor Halvorsen: Eleven boats" in english


def test_a_label_role_keeps_the_acronyms_and_names_a_sentence_would_capitalise() -> None:
    # An acronym the text writes in running text stays in capitals, even one that is a stop
    # word in lower case (``UN``/``un``); a name unknown as a place is capitalised,
    # not lower-cased; ``OF`` inside another capitals label stays a stop word.
    text = (
        PORTS.format(role="ENVOY OF THE UN TO BALTIC PORTS")
        + "\nThe UN sent divers last week.\n\nPIOTR NOWAK, MAYOR OF GDYNIA: We are ready.\n"
    )
    roles = {q.speaker: q.role for q in briefing_of(text).quotes}
    assert roles["Tomasz Brandt"] == "envoy of the UN to Baltic Ports"


def test_a_turns_colon_follows_its_own_documents_language_in_a_mixed_briefing() -> None:
    # Two French articles make the briefing French; the English interview's turns keep the
    # English colon, set against the name.
    french = (
        "Le port de {port} rouvre après la tempête\n\n"
        "Le port de {port} a rouvert jeudi après trois jours de fermeture. Les ferries ont "
        "repris leurs rotations vers l'Angleterre.\n\n"
        "Les dockers ont travaillé toute la nuit pour dégager les quais.\n"
    )
    english = (
        "Interview: The ferry captain on the fog\n\n"
        "Transcript of a radio interview broadcast on Friday.\n\n"
        "MIRA OKONJO, HOST: Captain Albert Fenwick, thanks for joining us. How thick was it?\n\n"
        "FENWICK: We could not see the bow from the bridge. Two ferries waited outside the "
        "harbour until noon.\n\n"
        "OKONJO: When will the crossings resume?\n\n"
        "FENWICK: Tomorrow morning, if the forecast holds.\n"
    )
    documents = [
        Document.from_text(french.format(port=port), id=port, metadata=Metadata(language="fr"))
        for port in ("Brest", "Lorient")
    ]
    documents.append(Document.from_text(english, id="en", metadata=Metadata(language="en")))
    markdown = str(newsbrief.export(newsbrief.build_briefing(documents, sentences=12), "markdown"))
    assert markdown.startswith("# Synthèse")
    assert "- Albert Fenwick: We could not see the bow from the bridge. [3]" in markdown
    assert "Albert Fenwick :" not in markdown


def test_an_answer_no_one_is_known_to_give_shows_no_bare_label() -> None:
    # An explainer's answers are not in the first person: no interviewee's words, so no
    # speaker; the summary shows the answer from after its ``A:`` all the same.
    explainer = (
        "The new bridge tolls, explained\n\n"
        "The county starts charging tolls on the Harmon Bridge next month. Edited excerpts "
        "from a briefing:\n\n"
        "Q: How much will a crossing cost?\n\n"
        "A: Cars pay two dollars each way. Trucks pay six dollars, and buses cross free.\n\n"
        "Q: When do the tolls start?\n\n"
        "A: The first tolls are charged on March 1. The cameras go live a week earlier.\n"
    )
    briefing = briefing_of(explainer, sentences=10)
    text = briefing.documents[0].text
    assert not briefing.quotes
    spoken = {item.sentence.text: item.speaker for item in briefing.summary}
    assert "The first tolls are charged on March 1." in spoken
    assert not any(sentence.startswith("A:") for sentence in spoken)
    assert all(speaker is None for speaker in spoken.values())
    for item in briefing.summary:
        assert text[item.sentence.start : item.sentence.end] == item.sentence.text
    markdown = str(newsbrief.export(briefing, "markdown"))
    assert "- The first tolls are charged on March 1. [1]" in markdown
    assert "A: " not in markdown


def test_a_label_role_may_hold_a_comma_and_a_place_name_with_a_stop_word() -> None:
    # ``SALEM, OREGON``: the state after the town's comma is the role's, not the label's end;
    # ``NEW SOUTH WALES`` is a place's name, each word capitalised (``new`` is a stop word).
    salem = briefing_of(PORTS.format(role="MAYOR OF SALEM, OREGON"))
    assert {q.role for q in salem.quotes} == {"mayor of Salem, Oregon"}
    assert "MAYOR" not in {entity.name for entity in salem.entities}
    wales = briefing_of(PORTS.format(role="GOVERNOR OF NEW SOUTH WALES"))
    assert {q.role for q in wales.quotes} == {"governor of New South Wales"}
    # A title the text writes before a name (``with Chief Executive Tomasz Brandt``) stays in
    # lower case in a role after it.
    titled = PORTS.replace("with Tomasz", "with Chief Executive Tomasz")
    chief = briefing_of(titled.format(role="CHIEF EXECUTIVE OF BALTIC PORTS"))
    assert {q.role for q in chief.quotes} == {"chief executive of Baltic Ports"}


def test_a_turns_role_given_only_in_the_introduction_is_its_speakers() -> None:
    spanish = (
        "Temporal en la costa\n\n"
        "El alcalde de Cádiz, Tomás Ruiz, habló el martes con la emisora sobre el temporal.\n\n"
        "LOCUTORA: Buenos días, alcalde. ¿Cuántas casas se han inundado?\n\n"
        "RUIZ: Se han inundado cuarenta casas del barrio de la Viña. Los bomberos trabajan "
        "desde el amanecer.\n\n"
        "LOCUTORA: ¿Cuándo volverán las familias a sus casas?\n\n"
        "RUIZ: Esperamos que el jueves. Hemos pedido ayuda a la Junta.\n"
    )
    quotes = briefing_of(spanish, "es").quotes
    assert [(q.speaker, q.role) for q in quotes] == [("Tomás Ruiz", "alcalde de Cádiz")] * 2
    english = (
        "Drought: farmers ask for help\n\n"
        "The agriculture minister, Helen Carver, spoke to the station on Monday.\n\n"
        "REPORTER: Good morning, minister. How much has been lost?\n\n"
        "CARVER: We have lost half of the wheat harvest. The reservoirs are at a fifth.\n\n"
        "REPORTER: Will there be help for farmers?\n\n"
        "CARVER: Yes, the government will approve a relief plan on Friday.\n"
    )
    roles = {(q.speaker, q.role) for q in briefing_of(english).quotes}
    assert roles == {("Helen Carver", "agriculture minister")}


def test_a_name_given_only_in_the_set_aside_headline_names_the_turns(tmp_path: Path) -> None:
    # The plain-text parser harvests the headline into the metadata: the labels' surname
    # still joins the full name it gives, in the entities, the quotes and the summary.
    (tmp_path / "varga.txt").write_text(
        "Mayor Ines Varga on the flood\n\n"
        "A transcript of a radio interview broadcast on Friday.\n\n"
        "HOST: Good morning. How bad is the flooding in the old town?\n\n"
        "VARGA: The river rose two metres overnight. We moved 300 people to the school gym.\n\n"
        "HOST: When will the water go down?\n\n"
        "VARGA: Not before Sunday. The pumps are working around the clock.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["sources"][0]["title"] == "Mayor Ines Varga on the flood"
    assert {quote["speaker"] for quote in data["quotes"]} == {"Ines Varga"}
    people = [entity for entity in data["entities"] if entity["type"] == "person"]
    assert [(person["name"], person["variants"]) for person in people] == [
        ("Ines Varga", ["VARGA"])
    ]
    assert "Ines Varga" in {item.get("speaker") for item in data["summary"]}


def test_a_label_names_the_person_the_text_writes_only_in_another_case() -> None:
    # ``СОКОЛОВА:`` where the introduction writes ``с Мариной Соколовой`` (instrumental), and
    # Ukrainian ``ШЕВЧУК:`` after ``з ... Андрієм Шевчуком``: their turns are their words.
    russian = (
        "Наводнение в Уфе\n\n"
        "Ведущий программы поговорил с Мариной Соколовой, главой городского штаба.\n\n"
        "ВЕДУЩИЙ: Добрый вечер. Сколько домов затоплено?\n\n"
        "СОКОЛОВА: Затоплено сорок домов на набережной. Спасатели работают с утра.\n\n"
        "ВЕДУЩИЙ: Когда люди вернутся домой?\n\n"
        "СОКОЛОВА: Надеемся, что в четверг. Мы попросили помощи у области.\n"
    )
    briefing = briefing_of(russian, "ru", sentences=8)
    assert [q.speaker for q in briefing.quotes] == ["Марина Соколова"] * 2
    spoken = {item.sentence.text: item.speaker for item in briefing.summary}
    assert spoken["Затоплено сорок домов на набережной."] == "Марина Соколова"
    ukrainian = (
        "Повінь у Черкасах\n\n"
        "Ведучий поговорив з Оленою Ковальчук та Андрієм Шевчуком про повінь.\n\n"
        "ВЕДУЧИЙ: Добрий вечір. Скільки будинків затоплено?\n\n"
        "ШЕВЧУК: Затоплено сорок будинків на набережній. Рятувальники працюють з ранку.\n\n"
        "ВЕДУЧИЙ: Коли люди повернуться додому?\n\n"
        "ШЕВЧУК: Сподіваємося, що в четвер. Ми попросили допомоги в області.\n"
    )
    speakers = [q.speaker for q in briefing_of(ukrainian, "uk").quotes]
    assert speakers == ["Андрій Шевчук"] * 2


def test_a_womans_surname_label_names_no_man_of_that_surname() -> None:
    # ``КУЗНЕЦОВА:`` where the text writes only ``с Игорем Кузнецовым`` (a man; his name's stem
    # cut alike) and Ukrainian ``КОВАЛЬСЬКА:`` beside ``з Петром Ковальським``: the turns are
    # not his words (session 32 review).
    russian = (
        "Пожар в Самаре\n\n"
        "Ведущий программы поговорил с Игорем Кузнецовым, главой пожарной части.\n\n"
        "ВЕДУЩИЙ: Добрый вечер. Сколько домов сгорело?\n\n"
        "КУЗНЕЦОВА: Сгорело шесть домов на окраине. Пожарные работают с утра.\n\n"
        "ВЕДУЩИЙ: Когда люди вернутся домой?\n\n"
        "КУЗНЕЦОВА: Надеемся, что к зиме. Мы попросили помощи у области.\n"
    )
    assert "Игорь Кузнецов" not in {q.speaker for q in briefing_of(russian, "ru").quotes}
    ukrainian = (
        "Пожежа у Полтаві\n\n"
        "Ведучий поговорив з Петром Ковальським, головою пожежної частини.\n\n"
        "ВЕДУЧИЙ: Добрий вечір. Скільки будинків згоріло?\n\n"
        "КОВАЛЬСЬКА: Згоріло шість будинків на околиці. Пожежники працюють з ранку.\n\n"
        "ВЕДУЧИЙ: Коли люди повернуться додому?\n\n"
        "КОВАЛЬСЬКА: Сподіваємося, що до зими. Ми попросили допомоги в області.\n"
    )
    assert "Петро Ковальський" not in {q.speaker for q in briefing_of(ukrainian, "uk").quotes}
    # Her first name declines as a first name does (``у Марины Соколовой``): still hers.
    named = (
        "Наводнение в Уфе\n\n"
        "Ведущий программы спросил у Марины Соколовой о наводнении.\n\n"
        "ВЕДУЩИЙ: Добрый вечер. Сколько домов затоплено?\n\n"
        "МАРИНА СОКОЛОВА: Затоплено сорок домов на набережной. Спасатели работают с утра.\n\n"
        "ВЕДУЩИЙ: Когда люди вернутся домой?\n\n"
        "МАРИНА СОКОЛОВА: Надеемся, что в четверг. Мы попросили помощи у области.\n"
    )
    assert [q.speaker for q in briefing_of(named, "ru").quotes] == ["Марина Соколова"] * 2
