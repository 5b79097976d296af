"""Quotes on real news patterns (issue 16): speech versus scare quotes, titles and nicknames;
speakers by attribution pattern, organisation statements, pronouns, anonymous sources; AP marks;
roles and dates in the JSON and the exports."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

ROOT = Path(__file__).resolve().parents[2]


def quotes(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """``(quoted words, speaker, role)`` of every quotation of one article."""
    document = Document.from_text(
        text, id="q", metadata=Metadata(language=language, published=dt.date(2024, 11, 26))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    return [
        (q.text, q.attributes["speaker"], q.attributes.get("role"))
        for q in document.annotations_of(AnnotationKind.QUOTE)
    ]


def speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(words, speaker) for words, speaker, _ in quotes(text, language)]


def test_scare_quotes_titles_nicknames_and_slogans_are_not_speech() -> None:
    text = (
        "Taylor Swift opened her “Eras Tour” in London. Fans, who call themselves “Swifties,” "
        "sang “Shake It Off” all night. Critics dubbed her “the queen of pop.” Investors took a "
        "“wait-and-see” approach. The newspaper “The Daily Record” agreed.\n\n"
        "“It was the best night of my life,” said Emma Clarke, 19."
    )
    assert speakers(text) == [("It was the best night of my life", "Emma Clarke")]


def test_partial_quotations_with_a_speaker_or_a_cue_stay() -> None:
    assert speakers('NATO vowed to resist Russia’s attempt to "intimidate" its allies.') == [
        ("intimidate", "NATO")
    ]
    assert speakers('The plan was described as "ambitious but vague" by nobody.') == [
        ("ambitious but vague", None)
    ]


def test_speaker_and_role_in_apposition() -> None:
    text = (
        '"Rates will stay high for some time," John Williams, the president of the Federal '
        "Reserve Bank of New York, said on Tuesday."
    )
    assert quotes(text) == [
        (
            "Rates will stay high for some time",
            "John Williams",
            "president of the Federal Reserve Bank of New York",
        )
    ]
    via = 'Jordan Richardson, via USA Today, said: "We are ready to play."'
    assert speakers(via) == [("We are ready to play.", "Jordan Richardson")]
    inverted = (
        '"I think the committee is well positioned," said Lorie Logan, president of the Dallas Fed.'
    )
    assert quotes(inverted) == [
        ("I think the committee is well positioned", "Lorie Logan", "president of the Dallas Fed")
    ]
    before = 'The state’s attorney general, Mark Hensley, said: "We will appeal."'
    # whose role it is stays in it, as written (issue #16)
    assert quotes(before) == [("We will appeal.", "Mark Hensley", "state’s attorney general")]


def test_cue_verbs_asked_testified_recounted() -> None:
    text = (
        "Rebecca Lin told the committee she had warned officials.\n\n"
        "“They told me it was above my pay grade,” she testified.\n\n"
        "Rep. Michael Turner pressed her. “Do you still have those documents?” Turner asked."
    )
    assert speakers(text) == [
        ("They told me it was above my pay grade", "Rebecca Lin"),
        ("Do you still have those documents?", "Michael Turner"),
    ]


def test_organisation_statements() -> None:
    text = (
        "Northwind Airways cancelled 200 flights on Wednesday.\n\n"
        "“We apologise to every passenger,” the company said in a statement.\n\n"
        "“Customers can rebook free of charge,” it added."
    )
    assert speakers(text) == [
        ("We apologise to every passenger", "Northwind Airways"),
        ("Customers can rebook free of charge", "Northwind Airways"),
    ]


def test_pronoun_goes_back_to_the_subject_of_the_last_paragraph_naming_one() -> None:
    text = (
        "Taylor Swift played Wembley Stadium on Thursday. Kim Kardashian was in the VIP section."
        "\n\n“London, you have been so patient with us,” she told the crowd."
    )
    assert speakers(text) == [("London, you have been so patient with us", "Taylor Swift")]


def test_anonymous_sources_are_not_credited_to_the_last_person_named() -> None:
    text = (
        "Gov. Ron DeSantis spoke at a briefing. A source at the utility said crews were coming."
        "\n\n“It is the biggest mobilisation we have ever done,” the source said."
    )
    assert speakers(text) == [
        ("It is the biggest mobilisation we have ever done", "a source at the utility")
    ]
    relative = (
        "A senior Western diplomat, who spoke on condition of anonymity, said the talks had "
        "been “difficult but honest.”"
    )
    assert speakers(relative) == [("difficult but honest.", "a senior Western diplomat")]


def test_ap_double_single_marks_close_each_quotation() -> None:
    text = "‘‘We have made progress,’’ Mayor John Smith said. ‘‘The work goes on.’’"
    assert speakers(text) == [
        ("We have made progress", "John Smith"),
        ("The work goes on.", "John Smith"),
    ]


def test_a_quotation_over_paragraphs_keeps_one_speaker() -> None:
    text = (
        "“This is a betrayal of workers,” said Angela Brooks, president of the union. "
        "“We will fight this.\n\n“Flint built this company.”"
    )
    found = quotes(text)
    assert [speaker for _, speaker, _ in found] == ["Angela Brooks"] * 3


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Видання «Українська правда» пише про це.\n\n«Ситуація залишається складною», "
               "— повідомив голова правління Володимир Кудрицький.",
         [("Ситуація залишається складною", "Володимир Кудрицький")]),
        ("ru", "Издание «Газета.Ru» назвало решение «ожидаемым».\n\nЭкономист Наталья Орлова "
               "сказала: «Рынок ожидал такого решения».",
         [("Рынок ожидал такого решения", "Наталья Орлова")]),
        ("de", "Die Opposition sprach von einem „Scherbenhaufen“. „Das ist kein Zufall“, so "
               "Finanzminister Christian Lindner.",
         [("Das ist kein Zufall", "Christian Lindner")]),
        ("fr", "Le mouvement, surnommé « grève des contrôleurs », dure. « Le dialogue reste "
               "ouvert », a déclaré Jean-Pierre Farandou.",
         [("Le dialogue reste ouvert", "Jean-Pierre Farandou")]),
        ("es", "«Nadie se va a quedar atrás», dijo el presidente del Gobierno, Pedro Sánchez.",
         [("Nadie se va a quedar atrás", "Pedro Sánchez")]),
    ],
)  # fmt: skip
def test_other_languages(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text, language) == expected


def test_role_and_date_reach_the_json_and_the_exports(tmp_path: Path) -> None:
    document = Document.from_text(
        "Ukraine asks for air defence\n\n“Every day of delay costs lives,” President Volodymyr "
        "Zelenskyy said in his nightly address. He asked allies to act.",
        id="z",
        metadata=Metadata(language="en", published=dt.date(2024, 11, 26)),
    )
    briefing = newsbrief.build_briefing([document], sentences=1)
    (quote,) = briefing.quotes
    assert (quote.speaker, quote.role, quote.date) == (
        "Volodymyr Zelenskyy",
        "President",
        "2024-11-26",
    )
    data = json.loads(newsbrief.export(briefing, "json"))
    assert (data["quotes"][0]["role"], data["quotes"][0]["date"]) == ("President", "2024-11-26")
    assert newsbrief.from_json(json.dumps(data)).quotes[0].role == "President"
    markdown = newsbrief.export(briefing, "markdown")
    assert "Volodymyr Zelenskyy, President, 2024-11-26" in markdown


def test_seed_key_and_quote_benchmark() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quote_benchmark.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    seeds = next(line for line in done.stdout.splitlines() if line.startswith("| seeds"))
    right = int(seeds.split("**")[1].split("/")[0])
    assert right >= 50, seeds  # the target: 50 of 52
