"""English speakers (session 24, issue #16): cues and follow-on quotations of unseen news.

* cue verbs of the manner of saying (``she laughed``, ``he admits``, ``she concedes``) attribute
  the quotation before them like ``said`` (``[quotes] more_cues``);
* a translation in brackets between a quotation and its cue (``"..." (It is gone.), she
  said``, ``"..." (We stay) said Ana Cruz``, ``„...“ (Wir bleiben), sagte sie``) is passed
  over in any language: the cue still attributes it;
* a paragraph of quotations only, with no cue, after a paragraph closing with a sentence
  that reports someone's speech (``She said the club would appeal.``): that person's words,
  a pronoun resolved as a cue's is;
* the same for a quotation standing as its own sentence after such a sentence in its
  paragraph (``He warned against reading much into it. "..."``), unless a cue of its own
  follows it;
* ``one of the people said`` after ``Two people with close knowledge of the talks said ...``
  is one of those sources even when no qualifier of ``[quotes] qualifiers`` is written
  without a word inside it elsewhere in the article;
* an unnamed source first described only by its count (``A second person, a shipbuilding
  executive briefed on the plans,``) is known by the description in apposition after it
  (``[quotes] source_ordinals``), so ``the executive said`` is that executive's;
* a person with an apposition who does something else first (``Ann Roe, an analyst at Kell
  Brothers, cut her target and said the plan was "..."``): the second verb's subject is the
  person, read with the apposition's closing comma;
* ``She opens by saying this is "..."``: a participle cue whose main clause opens with a pronoun
  is the pronoun's person;
* ``One large shareholder, who asked not to be named, said``: a shareholder is a role noun
  (``[quotes] role_nouns``), an unnamed source as written;
* a kicker of capitals over the headline (``BIG WIN``) is no person a later ``she`` points back
  to, even when the entity annotator reads it as a name; nor is a photographer a picture's
  credit names (``Photograph: Ann Roe/The Herald``, ``(FILE PHOTO / Ann Roe)``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize("cue", ["laughed", "laughs", "admits", "concedes", "quips", "sighed"])
def test_a_cue_of_manner_attributes_the_quotation(cue: str) -> None:
    text = (
        "Allotment prize for pensioner\n\n"
        "Marjorie Pendleton-Hayes, 78, has won the county marrow show for the fifth year.\n\n"
        f'"My secret is talking to them every morning," she {cue}. "The neighbours think '
        'I have gone soft."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["My secret is talking to them every morning"][0] == "Marjorie Pendleton-Hayes"


def test_a_kicker_of_capitals_is_no_referent_of_a_pronoun() -> None:
    text = (
        "LUCKY DIP\n\n"
        "Postman who found a winning ticket in a hedge hands it back\n\n"
        "A POSTMAN who found a £50,000 scratchcard in a hedge has handed it to its owner.\n\n"
        'Gordon Oldroyd, 58, said: "It was not mine to keep. My mum would have haunted me."\n\n'
        "His wife, a dinner lady from Bolton, said she was proud of him.\n\n"
        '"He is daft as a brush but honest," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["He is daft as a brush but honest"][0] != "LUCKY DIP"


_PIER = (
    "Fishers protest diesel price rise\n\n"
    "Rosalinda Macaraeg-Tan, who leads a fishers' cooperative in Navotas, said the boats "
    "could not go out.\n\n"
    '"Wala na kaming pambili ng krudo." (We can no longer afford diesel.), she said at the '
    "pier.\n\n"
    '"Hindi kami titigil." (We will not stop), said Benito Salcedo-Ramos, a boat owner.\n'
)


def test_a_cue_reaches_past_a_translation_in_brackets() -> None:
    found = speakers_and_roles(_PIER, DAY)
    assert found["Wala na kaming pambili ng krudo"][0] == "Rosalinda Macaraeg-Tan"


def test_an_inverted_cue_reaches_past_a_translation_in_brackets() -> None:
    found = speakers_and_roles(_PIER, DAY)
    assert found["Hindi kami titigil"] == ("Benito Salcedo-Ramos", "boat owner")


def test_a_german_cue_reaches_past_a_translation_in_brackets() -> None:
    text = (
        "Fischer protestieren gegen Dieselpreise\n\n"
        "Rosalinda Macaraeg-Tan, die eine Genossenschaft in Navotas leitet, sprach von einer "
        "Krise.\n\n"
        "„Wala na kaming pambili ng krudo“ (Wir können uns keinen Diesel mehr leisten), sagte "
        "sie am Hafen.\n\n"
        "„Hindi kami titigil“ (Wir hören nicht auf), sagte Benito Salcedo-Ramos, ein "
        "Bootsbesitzer.\n"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wala na kaming pambili ng krudo"][0] == "Rosalinda Macaraeg-Tan"
    assert found["Hindi kami titigil"][0] == "Benito Salcedo-Ramos"


_CLUB = (
    "Harriers fined over crowd trouble\n\n"
    "Harrowgate Harriers have been fined £20,000 after fans threw flares at the end of the "
    "derby in March.\n\n"
    '"We condemn what happened without reservation," said Margaret Delacroix-Obi, the '
    "club's chair.\n\n"
    "She said the club would appeal against the size of the fine.\n\n"
    '"We are a community club with a tiny budget. A fine like this hurts the youth teams '
    'most."\n'
)


def test_a_follow_on_paragraph_is_the_reported_speakers() -> None:
    found = speakers_and_roles(_CLUB, DAY)
    words = "We are a community club with a tiny budget. A fine like this hurts the youth teams"
    assert found[words + " most"][0] == "Margaret Delacroix-Obi"


def test_a_quotation_after_a_reported_sentence_in_its_paragraph_is_its_speakers() -> None:
    text = (
        "Dam repairs to take two years\n\n"
        "Engineers say the Ashgrove dam will need two years of repairs after the floods.\n\n"
        '"The spillway held, which is the good news," said Kwame Lindgren-Osei, who chairs '
        "the water board.\n\n"
        'He cautioned against blaming the original builders. "Nobody in 1960 could have '
        'planned for rain like this."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody in 1960 could have planned for rain like this"][0] == (
        "Kwame Lindgren-Osei"
    )


def test_one_of_several_sources_qualified_with_a_modifier_inside() -> None:
    text = (
        "Port strike may end this week\n\n"
        "Dock workers have blocked the container terminal since Tuesday.\n\n"
        "Two people with close knowledge of the talks said the port authority had raised "
        "its pay offer overnight.\n\n"
        '"They are two points apart," one of the people said. "It could be signed by Friday."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["They are two points apart"][0] == ("Two people with close knowledge of the talks")


@pytest.mark.parametrize(
    "credit",
    [
        "Photograph: Graham Fairweather-Lund/The Herald",
        "(FILE PHOTO / Graham Fairweather-Lund)",
        "Photo by Graham Fairweather-Lund",
        "Credit: Graham Fairweather-Lund / Island Press",
    ],
)
def test_a_photographer_is_no_referent_of_a_pronoun(credit: str) -> None:
    text = (
        "Ferry returns after storm repairs\n\n"
        "The island ferry sailed again on Saturday after six weeks of repairs.\n\n"
        "Captain Duncan MacLeod-Rowe has skippered the ferry for twenty years.\n\n"
        f"Photo: The ferry leaves the harbour at Kilbrae. {credit}\n\n"
        '"We missed the island and the island missed us," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We missed the island and the island missed us"][0] == "Duncan MacLeod-Rowe"


@pytest.mark.parametrize(
    ("language", "credit", "text"),
    [
        (
            "de",
            "Foto: Hans-Peter Brandlmeier/dpa",
            "„Wir haben die Insel vermisst“, sagte er.",
        ),
        (
            "ru",
            "Фото: Игорь Святославский",
            "«Мы скучали по острову», сказал он.",
        ),
    ],
)
def test_a_photographer_credited_in_another_language_is_no_referent(
    language: str, credit: str, text: str
) -> None:
    # The credit's words come from each language's [page] data, not from English only.
    captain = {"de": "Kapitän Jens Harmsen", "ru": "Капитан Олег Громов"}[language]
    said = {"de": "fährt die Fähre seit zwanzig Jahren.", "ru": "водит паром двадцать лет."}
    page = f"{captain} {said[language]}\n\n{credit}\n\n{text}\n"
    (found,) = [speaker for speaker, _ in speakers_and_roles(page, DAY, language=language).values()]
    assert found in {"Jens Harmsen", "Олег Громов"}


_LEVY = (
    "Ministers weigh delay to steel levy\n\n"
    "The government is considering a six-month delay to a planned levy on imported steel, "
    "according to an official involved in the discussions.\n\n"
    '"Nobody wants to drop it. The argument is about when," the official said.\n\n'
    "A second person, a shipbuilding executive briefed on the plans, said yards had warned "
    "ministers about costs.\n\n"
    '"They are finally hearing us," the executive said.\n\n'
    "A third person familiar with the talks, a parliamentary researcher, said the issue had "
    "split the cabinet.\n\n"
    '"It has been going round in circles since June," the researcher said.\n'
)


def test_a_counted_source_is_known_by_its_apposed_description() -> None:
    found = speakers_and_roles(_LEVY, DAY)
    assert (
        found["They are finally hearing us"][0] == "a shipbuilding executive briefed on the plans"
    )
    assert found["It has been going round in circles since June"][0] == (
        "a parliamentary researcher"
    )


def test_a_described_source_keeps_its_first_description() -> None:
    found = speakers_and_roles(_LEVY, DAY)
    assert found["Nobody wants to drop it. The argument is about when"][0] == (
        "an official involved in the discussions"
    )


def test_a_second_verb_after_an_apposition_is_the_persons() -> None:
    text = (
        "Fund sells stake in chipmaker\n\n"
        "Ravi Kapoor-Lund, a fund manager at Oakridge Capital, sold his stake last month and "
        'told clients the shares were "priced for perfection".\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["priced for perfection"] == (
        "Ravi Kapoor-Lund",
        "fund manager at Oakridge Capital",
    )


def test_a_participle_after_a_pronoun_subject_is_the_pronouns_person() -> None:
    text = (
        "Inquiry report published\n\n"
        "Tom Hadley-Brooke, who chaired the inquiry, read out its findings on Monday. He began "
        'by saying the report was "long overdue".\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["long overdue"][0] == "Tom Hadley-Brooke"


def test_an_unnamed_shareholder_speaks_as_described() -> None:
    text = (
        "Pay row at brewer\n\n"
        "The pay deal was approved by a narrow margin on Thursday. A shareholder at the "
        'meeting, who gave only her first name, said the board had "lost the room".\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["lost the room"][0] == "a shareholder at the meeting"


def test_a_follow_on_paragraph_after_a_headline_is_nobodys() -> None:
    # A headline has no sentence end: its ``says`` reports no one a later paragraph continues.
    text = (
        "Treasurer says the pool will shut\n\n"
        '"The boiler is older than I am and the council has no money for another."\n\n'
        "The warning from the town treasurer came as councillors met on Monday.\n"
    )
    found = speakers_and_roles(text, DAY)
    words = "The boiler is older than I am and the council has no money for another"
    assert found[words][0] is None


def test_a_verb_after_a_list_of_names_is_the_subjects() -> None:
    # ``Bob Lee, Carl Diaz,`` is a list, no apposition: the mayor stood and spoke.
    text = (
        "Hospital staff honoured\n\n"
        "The mayor greeted Ann Okonkwo-Reid, Bob Lindqvist, Carl Diaz-Moreno, stood up and "
        'said the three porters were "the quiet heroes of the winter."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["the quiet heroes of the winter"][0] == "the mayor"
