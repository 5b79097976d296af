"""Attribution patterns of issue #16 added in session 7, one test per pattern: datelines and wire
credits, plural unnamed sources (``one of the people said``), bodies the entity annotator left
untyped (``the union Unite``, ``The F.A.A.``, ``Analysts at Jefferies``), a country's ministry,
roles (``Labour MP``, a demonym inside a body's name, ``the chancellor``, ``Brighton boss``),
headlines in the form ``Name: '...'``, untyped one-word names and nicknames, a source named a
paragraph later, ``Name of Body``, epithets (``the American``), a cue closing the paragraph
before, and a scare quote in a sentence's opening noun phrase.

The sentences are written for these tests in the manner of wire copy and newspapers; none is
taken from the benchmark keys."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


def quotes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one English article."""
    return speakers_and_roles(text, dt.date(2025, 2, 4), "w")


def speaker(text: str, words: str) -> str | None:
    return quotes(text)[words][0]


def test_a_dateline_and_its_wire_credit_never_speak() -> None:
    text = (
        "Carmaker cuts output\n\n"
        "OSLO, March 3 (Reuters) - Nordvik Motors said on Tuesday it would cut output at two "
        "plants.\n\n"
        "The company said demand had fallen. “Orders are weaker than we planned for,” it added."
    )
    assert speaker(text, "Orders are weaker than we planned for") == "Nordvik Motors"


def test_a_dateline_place_is_no_speaker_of_an_unnamed_subject() -> None:
    text = (
        "Hearing\n\n"
        "DENVER — A retired firefighter testified on Monday that the alarms had been "
        "“switched off for weeks.”"
    )
    assert speaker(text, "switched off for weeks") == "a retired firefighter"


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        ("Three people familiar with the talks said", "one of the people said",
         "three people familiar with the talks"),
        ("It was not final, according to people briefed on the plan, and", "one of them said",
         "people briefed on the plan"),
    ],
)  # fmt: skip
def test_one_of_several_unnamed_sources(intro: str, later: str, name: str) -> None:
    text = f"Deal\n\n{intro} the deal was close. “We are nearly there,” {later}."
    assert (speaker(text, "We are nearly there") or "").lower() == name


def test_a_senior_us_official_is_the_later_official() -> None:
    text = (
        "Talks\n\n"
        "A senior U.S. official, speaking on condition of anonymity, said talks would resume. "
        "“Nobody is walking away,” the official said."
    )
    assert speaker(text, "Nobody is walking away") == "a senior U.S. official"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Analysts at Berenberg said the results were “better than feared.”",
         "Analysts at Berenberg"),
        ("The union Unite said it was “ready to strike.”", "Unite"),
        ("The RMT union, which represents rail workers, said the offer was “an insult.”", "RMT"),
        ("The Federal Railroad Administration opened an inquiry. The F.R.A. said it was "
         "“gathering the facts.”", "Federal Railroad Administration"),
        ("Japan's defence ministry said the launch was “deeply regrettable.”",
         "Japan's defence ministry"),
    ],
)  # fmt: skip
def test_bodies_the_entity_annotator_left_untyped(sentence: str, name: str) -> None:
    text = f"Story\n\n{sentence}"
    (got,) = quotes(text).values()
    assert (got[0] or "").lower() == name.lower()


@pytest.mark.parametrize(
    ("sentence", "words", "role"),
    [
        ("Labour MP Diane Holloway said the cuts were “indefensible”.", "indefensible",
         "Labour MP"),
        ("Scottish Ambulance Service chief executive Michael Dickson said: “We are stretched.”",
         "We are stretched", "Scottish Ambulance Service chief executive"),
        ("Leeds boss Daniel Farke was calm. “We stay patient,” he said.", "We stay patient",
         "Leeds boss"),
        ("“Growth will return,” said Nadia Okoye, managing partner at Harbourview Capital.",
         "Growth will return", "managing partner at Harbourview Capital"),
    ],
)  # fmt: skip
def test_roles_as_the_article_writes_them(sentence: str, words: str, role: str) -> None:
    assert quotes(f"Story\n\n{sentence}")[words][1] == role


def test_a_definite_role_is_the_speakers_role_when_no_mention_gives_one() -> None:
    text = (
        "Budget\n\n"
        "Rachel Reeves said the plan was “fully funded”.\n\n"
        "The chancellor told MPs the economy was “turning a corner”."
    )
    assert quotes(text)["turning a corner"] == ("Rachel Reeves", "chancellor")


def test_a_headline_name_and_colon_then_she_says() -> None:
    text = (
        "Dua Lipa: ‘I wrote this album in a tiny flat’\n\n"
        "The singer is back with a new record.\n\n"
        "“It started as a joke,” she says. “Then it got serious.”\n\n"
        "Asked about the tour, Dua Lipa smiles. “Europe first, then everywhere.”"
    )
    got = quotes(text)
    assert got["I wrote this album in a tiny flat"][0] == "Dua Lipa"
    assert got["It started as a joke"][0] == "Dua Lipa"
    assert got["Europe first, then everywhere"][0] == "Dua Lipa"


def test_a_one_word_name_left_untyped_is_she() -> None:
    text = (
        "Rihanna returns to the stage\n\n"
        "LAS VEGAS — Rihanna played her first full concert in eight years on Saturday.\n\n"
        "“I missed this so much,” she told the crowd."
    )
    assert speaker(text, "I missed this so much") == "Rihanna"


def test_an_untyped_name_with_a_nickname_is_the_pronouns_antecedent() -> None:
    text = (
        "Market\n\n"
        "Councillor Ruth Ellison spoke first.\n\n"
        "Trader Frank “The Fish” Mancuso, who has sold seafood at the market since 1979, "
        "said he would not move. “My customers know where I am,” he said."
    )
    assert speaker(text, "My customers know where I am") == "Frank Mancuso"


def test_an_unnamed_source_named_in_the_next_paragraph() -> None:
    text = (
        "Inquiry\n\n"
        "A former safety inspector told lawmakers on Tuesday that the checks had been "
        "“a box-ticking exercise.”\n\n"
        "“Nobody wanted to hear bad news,” the former inspector, Graham Lowther, said."
    )
    got = quotes(text)
    assert got["a box-ticking exercise"][0] == "Graham Lowther"
    assert got["Nobody wanted to hear bad news"] == ("Graham Lowther", "former inspector")


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("“Prices will fall,” Karin Brandt of Nordbank Research told Bloomberg.",
         "Prices will fall", "Karin Brandt"),
        ("Senator Maria Cantwell of Washington, the committee's chair, said: “We need answers.”",
         "We need answers", "Maria Cantwell"),
        ("Republicans, who control the chamber, have called the bill “dead on arrival.”",
         "dead on arrival", "Republicans"),
        ("One broker at a French bank in Paris said the move was “overdue.”", "overdue",
         "one broker at a French bank in Paris"),
    ],
)  # fmt: skip
def test_the_person_before_of_and_clauses(sentence: str, words: str, name: str) -> None:
    assert speaker(f"Story\n\n{sentence}", words) == name


def test_an_epithet_and_a_reporters_question() -> None:
    text = (
        "Open\n\n"
        "Jessica Pegula lost to Emma Raducanu in the semi-final.\n\n"
        "“Did the wind bother you?” a reporter asked Raducanu.\n\n"
        "“A little. I adapted,” she replied.\n\n"
        "Asked about the final, the Briton added: “I will enjoy it.”"
    )
    got = quotes(text)
    assert got["Did the wind bother you?"][0] == "a reporter"
    assert got["A little. I adapted"][0] == "Emma Raducanu"
    assert got["I will enjoy it"][0] == "Emma Raducanu"


def test_a_cue_closing_the_paragraph_before_and_a_quote_over_paragraphs() -> None:
    text = (
        "Speech\n\n"
        "Mark Carney spoke in Ottawa on Friday. Addressing the chamber, the prime minister "
        "said:\n\n"
        "“We will not be divided. We will build.\n\n"
        "“Canada is strong because Canadians are.”"
    )
    got = quotes(text)
    assert got["We will not be divided. We will build"] == ("Mark Carney", "prime minister")
    assert got["Canada is strong because Canadians are"][0] == "Mark Carney"


def test_a_term_in_the_opening_noun_phrase_is_not_speech() -> None:
    text = (
        "Weather\n\n"
        "BOSTON (AP) — A dangerous “polar vortex” will bring record cold this week, "
        "forecasters said."
    )
    assert "polar vortex" not in quotes(text)


def test_a_role_word_kept_in_a_name_is_the_role() -> None:
    text = "Chips\n\nAnalyst Ming-Chi Kuo wrote that demand was “softening.”"
    assert quotes(text)["softening"] == ("Ming-Chi Kuo", "Analyst")


def test_an_unnamed_spokesman_is_no_she() -> None:
    text = (
        "Rail\n\n"
        "Rail minister Lilian Greenwood defended the fares rise.\n\n"
        "A Treasury spokesman said the rise was “below inflation”.\n\n"
        "Asked whether commuters would pay more, she said: “Most will pay less.”"
    )
    assert speaker(text, "Most will pay less") == "Lilian Greenwood"


def test_counted_sources_and_one_of_them_after_the_cue() -> None:
    text = (
        "Bid\n\n"
        "Harbor Freightways is preparing a bid for a rival, two sources told Reuters.\n\n"
        "“The financing is in place,” said one of the sources, who asked not to be named."
    )
    assert speaker(text, "The financing is in place") == "two sources"


def test_several_people_by_role_are_no_single_person() -> None:
    text = (
        "Study\n\n"
        "“The signal was clear,” said lead researcher Anika Rao.\n\n"
        "The authors wrote that the results were “preliminary.”"
    )
    assert speaker(text, "preliminary") == "the authors"


def test_a_role_after_said_the_and_a_restrictive_relative_clause() -> None:
    text = (
        "Plant\n\n"
        "“He never missed a shift,” said the foreman Dale Hughes.\n\n"
        "A worker who has been at the plant since 1998 said the closure was “a shock.” "
        "“We found out on Facebook,” the worker said."
    )
    got = quotes(text)
    assert got["He never missed a shift"] == ("Dale Hughes", "foreman")
    assert got["a shock"][0] == "a worker"
    assert got["We found out on Facebook"][0] == "a worker"


def _in(language: str, text: str) -> dict[str, str | None]:
    found = speakers_and_roles(text, dt.date(2025, 2, 4), "w", language)
    return {words: who for words, (who, _) in found.items()}


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        ("ru", "Беженцы\n\nВ Дамаске выступил Муалем.\n\nЧто касается Сирии, Муалем сказал, "
         "что «условия для возвращения созданы».", "условия для возвращения созданы", "Муалем"),
        ("es", "Tiburón\n\nEl pescador Hammel oyó gritos en Maine.\n\nAl llegar, Hammel dijo "
         "que “el chico tenía la clavícula rota”.", "el chico tenía la clavícula rota", "Hammel"),
    ],
)  # fmt: skip
def test_a_one_word_name_speaks_where_capitals_mark_names(
    language: str, text: str, words: str, name: str
) -> None:
    assert _in(language, text)[words] == name


def test_a_capitalised_stop_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Сделка\n\nКак сообщает один из источников, «сделка почти готова».\n\n"
        "Как известно, Джонс уехал."
    )
    assert _in("ru", text)["сделка почти готова"] != "Как"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Teodora Vasquez-Ilunga, a nurse at the field hospital, described the scene. “There "
         "is no water and no light.”", "Teodora Vasquez-Ilunga", "nurse at the field hospital"),
        ("UN Refugee Chief Filippo Grandi visited the camp on Monday. “There is no water and no "
         "light.”", "Filippo Grandi", None),
    ],
)  # fmt: skip
def test_a_quotation_after_a_sentence_about_someone(
    sentence: str, name: str, role: str | None
) -> None:
    got = quotes(f"Camp\n\n{sentence}")["There is no water and no light"]
    assert got[0] == name
    assert role is None or got[1] == role


def test_a_source_on_a_platform_is_an_unnamed_source() -> None:
    text = "Fight\n\nOne viewer on Twitter called the decision “a total farce.”"
    assert speaker(text, "a total farce") == "one viewer on Twitter"
