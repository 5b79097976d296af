"""Names, terms, slogans and titles set in quotation marks that no one says, in English and
other languages (annotators/quotes/speech.py and its helpers; issue #16, written in session 30).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_a_name_billed_with_its_article_is_no_speech() -> None:
    text = (
        'Rovers host City on Saturday in what is being billed as the "Harbour derby", the club '
        "said, and tickets sold out within an hour.\n\n"
        'Coach Ann Hale said the final, billed by organisers as a "festival of cycling", starts '
        "at noon.\n\n"
        '"We have waited ten years for this," said manager Iain Ross.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Harbour derby" not in found
    assert "festival of cycling" not in found
    assert found["We have waited ten years for this"][0] == "Iain Ross"


def test_a_slogan_a_banner_s_or_a_petition_s_words_after_their_noun_are_no_speech() -> None:
    french = (
        "Les agriculteurs ont défilé jeudi à Rennes sous une banderole « Pas de pays sans "
        "paysans », a indiqué la préfecture.\n\n"
        "Une pétition intitulée « Sauvons le marché du port » a recueilli 4 000 signatures.\n\n"
        "« Nous reviendrons chaque semaine », a déclaré Paul Le Goff, porte-parole du collectif."
    )
    found = speakers_and_roles(french, DAY, language="fr")
    assert "Pas de pays sans paysans" not in found
    assert "Sauvons le marché du port" not in found
    assert found["Nous reviendrons chaque semaine"][0] == "Paul Le Goff"
    spanish = (
        "Los vecinos marcharon el sábado bajo el lema “Agua para todos”, informó la alcaldía.\n\n"
        "“No vamos a parar hasta que nos escuchen”, dijo la vecina Marta Ruiz."
    )
    found = speakers_and_roles(spanish, DAY, language="es")
    assert "Agua para todos" not in found
    assert found["No vamos a parar hasta que nos escuchen"][0] == "Marta Ruiz"
    german = (
        "Rund 200 Menschen kamen, viele trugen ein Plakat „Hände weg vom Stadtpark“, sagte ein "
        "Polizeisprecher.\n\n„Wir kommen wieder“, sagte die Organisatorin Jana Keller."
    )
    found = speakers_and_roles(german, DAY, language="de")
    assert "Hände weg vom Stadtpark" not in found
    assert found["Wir kommen wieder"][0] == "Jana Keller"
    russian = (
        "Активисты вышли на площадь с плакатом «Руки прочь от парка», сообщила полиция.\n\n"
        "«Мы придем снова», — сказала организатор Анна Петрова."
    )
    found = speakers_and_roles(russian, DAY, language="ru")
    assert "Руки прочь от парка" not in found
    assert found["Мы придем снова"][0] == "Анна Петрова"


def test_words_set_off_before_the_kind_of_rule_they_name_are_no_speech() -> None:
    text = (
        'The rail operator said the line would stay under "essential travel only" advice until '
        "Friday.\n\n"
        'Union leaders said the airline\'s "fly now, pay later" plan was leaked to staff on '
        "Monday.\n\n"
        '"Nobody asked the crews," said union organiser Dana Reilly.'
    )
    found = speakers_and_roles(text, DAY)
    assert "essential travel only" not in found
    assert "fly now, pay later" not in found
    assert found["Nobody asked the crews"][0] == "Dana Reilly"


def test_what_a_word_or_a_warning_means_is_no_speech() -> None:
    text = (
        'Forecasters said an amber warning means "be prepared" for most of the county.\n\n'
        "The guide said the name of the island, Aotearoa, is usually translated as meaning a "
        '"long white cloud" by visitors.\n\n'
        'The minister said the deal means "a new start" for the region.'
    )
    found = speakers_and_roles(text, DAY)
    assert "be prepared" not in found
    assert "long white cloud" not in found
    assert found["a new start"][0] == "the minister"  # a judgement with its own article


def test_a_hashtag_s_translation_in_brackets_is_no_speech() -> None:
    text = (
        'By Friday the hashtag #WirSindMehr ("We are more") was trending, police said.\n\n'
        '"We counted twelve thousand people," said organiser Lena Vogt.'
    )
    found = speakers_and_roles(text, DAY)
    assert "We are more" not in found
    assert found["We counted twelve thousand people"][0] == "Lena Vogt"


def test_words_after_a_number_name_what_is_counted_not_speech() -> None:
    text = (
        'Council officer Ruth Dane said the city had installed 120 "smart bins" along the '
        "seafront.\n\n"
        'Dane said in 2019 "nothing works" and she still thinks so.'
    )
    found = speakers_and_roles(text, DAY)
    assert "smart bins" not in found
    assert found["nothing works"][0] == "Ruth Dane"  # after a year: her words


@pytest.mark.parametrize(
    ("language", "text", "term"),
    [
        (
            "de",
            "Finanzminister Jens Walter sagte, die sogenannte „Schuldenbremse“ bleibe "
            "unangetastet.",
            "Schuldenbremse",
        ),
        (
            "fr",
            "Le ministre Paul Martin a affirmé que le prétendu « plan caché » n'existait pas.",
            "plan caché",
        ),
        (
            "ru",
            "Министр Олег Петров заявил, что так называемый «теневой флот» вырос вдвое.",
            "теневой флот",
        ),
        (
            "uk",
            "Міністр Олег Петренко заявив, що так званий «тіньовий флот» зріс удвічі.",
            "тіньовий флот",
        ),
    ],
)
def test_a_so_called_name_is_no_speech(language: str, text: str, term: str) -> None:
    assert term not in speakers_and_roles(text, DAY, language=language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Le maire Jean Roux a indiqué que ce que les riverains ont surnommé le « mur de la "
            "honte » serait détruit.",
            "mur de la honte",
        ),
        (
            "es",
            "La alcaldesa Ana Gil dijo que el plan, que los vecinos apodan «la muralla», costará "
            "diez millones.",
            "la muralla",
        ),
        (
            "ru",
            "Мэр Иван Орлов сообщил, что мост, который горожане прозвали «старой чайкой», "
            "закроют на ремонт.",
            "старой чайкой",
        ),
    ],
)
def test_a_nickname_a_verb_gives_is_no_speech(language: str, text: str, name: str) -> None:
    assert name not in speakers_and_roles(text, DAY, language=language)


def test_a_grade_or_a_class_a_rating_verb_gives_is_no_speech() -> None:
    text = (
        'Inspector Mark Bell said the hotel was rated "very poor" for hygiene last year.\n\n'
        'Ward nurse Amy Cole said the hospital classified the outbreak as a "major incident" on '
        "Sunday.\n\n"
        '"We had no warning at all," said guest Tom Hill.'
    )
    found = speakers_and_roles(text, DAY)
    assert "very poor" not in found
    assert "major incident" not in found
    assert found["We had no warning at all"][0] == "Tom Hill"


def test_an_age_or_words_said_after_a_number_stay_speech() -> None:
    text = (
        'Tom Hale, 29, "absolutely loved" the new stand, he told reporters.\n\n'
        'The crew waited for hours on the roof. Then, after 2 "I was scared," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["absolutely loved"][0] == "Tom Hale"
    assert "I was scared" in found


def test_a_clause_after_means_stays_speech() -> None:
    text = (
        'Farmer Ann Roe said the court\'s ruling means "we are free".\n\n'
        'A yellow flag means "caution ahead" on the course, the organisers said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["we are free"][0] == "Ann Roe"
    assert "caution ahead" not in found
