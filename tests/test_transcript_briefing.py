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

import newsbrief
from newsbrief.cli import cli
from newsbrief.model import Document, Metadata

HARBOUR = (
    "Interview: The harbour master on the storm\n\n"
    "Transcript of a radio interview broadcast on Friday.\n\n"
    "DANA WHITLOCK, BBC ANCHOR: Harbour Master Teodor Halvorsen, thanks for joining us. "
    "How many boats broke loose?\n\n"
    "HALVORSEN: Eleven boats broke their moorings in the night. Four of them sank at the "
    "north pier before dawn.\n\n"
    "WHITLOCK: When will the harbour reopen?\n\n"
    "HALVORSEN: Not before Monday. The divers need two clear days to check the channel.\n\n"
    "WHITLOCK: Harbour Master Teodor Halvorsen, thank you.\n\n"
    "HALVORSEN: Thank you, Dana.\n"
)


def _briefing(text: str, language: str = "en", **changes: object) -> newsbrief.Briefing:
    document = Document.from_text(text, id="t", metadata=Metadata(language=language))
    return newsbrief.build_briefing([document], **changes)


def _json(briefing: newsbrief.Briefing) -> dict[str, object]:
    data: dict[str, object] = json.loads(newsbrief.export(briefing, "json"))
    return data


def test_a_summary_sentence_opening_a_turn_starts_after_its_label() -> None:
    briefing = _briefing(HARBOUR, sentences=10)
    text = briefing.documents[0].text
    for item in briefing.summary:
        sentence = item.sentence
        assert text[sentence.start : sentence.end] == sentence.text
        assert not sentence.text.startswith(("HALVORSEN:", "WHITLOCK:", "DANA WHITLOCK"))
    spoken = {item.sentence.text: item.speaker for item in briefing.summary}
    assert spoken["Eleven boats broke their moorings in the night."] == "Teodor Halvorsen"
    # The sentence after the first of a turn has no label: it names no speaker.
    assert spoken["Four of them sank at the north pier before dawn."] is None
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
