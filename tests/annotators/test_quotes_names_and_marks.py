"""Names and marks that are no speech (session 28, issue #16): the colon after a noun of a name
given introduces the name (annotators/quotes/speech.py, ``[quotes] colon_naming_nouns``: ``the
crews had a nickname for the night run: "..."``, in English and the other languages that list
such nouns), a title after a noun of a piece of writing (``our explainer "..."``), and a straight
mark between two letters opens nothing (annotators/quotes/marks.py: ``coup d"état``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_nickname_after_a_colon_is_no_speech() -> None:
    text = (
        "Night freight\n\n"
        "Driver Abel Moreno told the inquiry the crews had a nickname for the late run: "
        '"the ghost shuttle".\n\n'
        '"Nobody wanted that shift," Moreno said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "the ghost shuttle" not in found
    assert found["Nobody wanted that shift"][0] == "Abel Moreno"


def test_a_german_nickname_after_a_colon_is_no_speech() -> None:
    text = (
        "Nachtzug\n\n"
        "Der Fahrer Abel Moreno sagte vor dem Ausschuss, die Crews hätten einen Spitznamen für "
        "die späte Strecke: „die letzte Fahrt ins Nirgendwo“.\n\n"
        "„Niemand wollte diese Schicht“, sagte der Fahrer Abel Moreno."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert "die letzte Fahrt ins Nirgendwo" not in found
    assert "Niemand wollte diese Schicht" in found


def test_an_answer_after_a_noun_of_a_name_and_a_colon_stays_speech() -> None:
    # The noun is what the speaker was asked about; a cue or a sentence after the colon is
    # the answer, not the name.
    text = (
        "Harbour pilot\n\n"
        "Pilot Ruth Calder has steered tankers into the bay for thirty years. Asked about her "
        'nickname she replied: "I stopped minding it long ago."\n\n'
        'Calder was asked about the nickname again and added: "Dockers are kinder than they look."'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I stopped minding it long ago"][0] == "Ruth Calder"
    assert found["Dockers are kinder than they look"][0] == "Ruth Calder"


def test_an_answer_after_a_nickname_and_a_colon_in_spanish_and_german_stays_speech() -> None:
    spanish = (
        "Puerto\n\n"
        "La práctica Ruth Calder habló de su apodo: «Me lo pusieron los estibadores del muelle»."
    )
    german = (
        "Hafen\n\n"
        "Die Lotsin Ruth Calder äußerte sich zu ihrem Spitznamen: „Ich habe mich längst daran "
        "gewöhnt.“"
    )
    assert "Me lo pusieron los estibadores del muelle" in speakers_and_roles(
        spanish, DAY, language="es"
    )
    assert "Ich habe mich längst daran gewöhnt" in speakers_and_roles(german, DAY, language="de")


def test_a_title_after_a_noun_of_a_piece_of_writing_is_no_speech() -> None:
    text = (
        "Storm live\n\n"
        "Forecaster Nia Brandt said winds would peak overnight. You can read our explainer "
        '"Why do storms get names?" below.\n\n'
        '"Stay indoors if you can," Brandt said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Why do storms get names?" not in found
    assert found["Stay indoors if you can"][0] == "Nia Brandt"


def test_a_straight_mark_between_letters_opens_no_quotation() -> None:
    text = (
        "Coup anniversary\n\n"
        'In 1961 the generals planned a coup d"état that never came, the historian Lena Ruiz '
        "wrote in her new book on the period and its long shadow over the army.\n\n"
        '"We were lucky," Ruiz said.'
    )
    found = speakers_and_roles(text, DAY)
    assert list(found) == ["We were lucky"]
    assert found["We were lucky"][0] == "Lena Ruiz"


def test_a_straight_mark_between_two_long_words_is_a_lost_space() -> None:
    # A straight mark between two words of three letters or more is no apostrophe (those stand
    # after one or two letters or before a short ending: ``d"état``, ``they"ve``): a space
    # was lost around a quotation mark.
    text = (
        "Ferry strike\n\n"
        '"Crews will sail again once the rota is fixed"said union official Tomas Berg, who '
        "met the operator on Friday.\n\n"
        'Operator chief Ada Lind said"Talks went well, and they"ve agreed to meet again."'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Crews will sail again once the rota is fixed"][0] == "Tomas Berg"
    assert found['Talks went well, and they"ve agreed to meet again'][0] == "Ada Lind"


def test_a_sentence_after_a_noun_of_a_work_is_words_from_it() -> None:
    # A title after the noun stays a title (``our explainer "Why do storms get names?"``); a
    # sentence closed by a stop is what was said in the episode or written in the column.
    text = (
        "Podcast pause\n\n"
        'Host Sam Reed said in the latest episode "We are taking a break until the spring."\n\n'
        'His co-host Priya Nair wrote in her weekly column "Nobody at the council is listening."'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We are taking a break until the spring"][0] == "Sam Reed"
    assert found["Nobody at the council is listening"][0] == "Priya Nair"
