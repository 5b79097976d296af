"""A scraped page writes its masthead, section path and headline one a line, so the whole page
is one paragraph: its headline is a line with no sentence end, and its quotation no cue
attributes takes the speaker of the body's quotation holding its words (session 33, issue #16).

The pages are written for these tests in the manner of French news sites; none is copied from
a key."""

from __future__ import annotations

from helpers.quotes import speakers_as_written

_MASTHEAD = "Le Télégramme\nBretagne > Lorient\n"


def test_a_headline_under_the_masthead_quotes_the_body_speaker() -> None:
    text = (
        _MASTHEAD + "Lorient : les commerçants redoutent « une saison blanche »\n"
        "Publié le 03/12/2026 à 07h15\n"
        "La fermeture du pont de Kerentrech pendant quatre mois inquiète le centre-ville.\n"
        "« Sans accès au centre, ce sera une saison blanche pour nous », prévient Yannick "
        "Le Floch, président de l'union des commerçants.\n"
    )
    assert speakers_as_written(text, language="fr")["une saison blanche"] == "Yannick Le Floch"


def test_one_word_of_a_headline_line_echoes_only_a_quotation_of_that_word() -> None:
    text = (
        "Le Progrès\nLyon > Faits divers\n"
        "Une nounou licenciée après un SMS « raciste »\n"
        "Publié le 03/12/2026 à 07h15\n"
        "Une nounou a saisi les prud'hommes après un message envoyé par erreur.\n"
        "« Je ne suis pas raciste, c'est un malentendu », a déclaré Paul Girard, son ancien "
        "employeur.\n"
    )
    assert "raciste" not in speakers_as_written(text, language="fr")


def test_a_line_labelled_with_a_name_keeps_its_speaker() -> None:
    text = (
        "Le Monde\nDirect\n14 h 02\n"
        "Dupont : « Nous irons jusqu'au bout »\n"
        "La ministre du Travail, Catherine Dupont, a défendu la réforme devant les députés.\n"
        "Le porte-parole du gouvernement a ajouté : « Nous irons jusqu'au bout, c'est une "
        "promesse. »\n"
    )
    assert speakers_as_written(text, language="fr")["Nous irons jusqu'au bout"] == (
        "Catherine Dupont"
    )


def test_a_line_of_text_wrapped_at_a_width_is_no_headline() -> None:
    # (review of session 33) A text hard-wrapped at a width has lines with no sentence end
    # too: a quotation on one that opens in lower case goes on from the line before, and
    # stays its own speaker's, not the later speaker's who repeats its words.
    text = (
        "The harbour board met on Thursday evening.\n\n"
        "The harbour master, Ruth Penhale, told the board that dredging was\n"
        '"the only way to keep the port open" and that the work would start\n'
        "in the spring.\n\n"
        'The board chairman, Colin Treloar, said: "Dredging is the only way to keep the '
        'port open, and we will pay for it."'
    )
    found = speakers_as_written(text)
    assert found["the only way to keep the port open"] == "Ruth Penhale"
    wrapped = (
        "В Твери обсудили ремонт моста.\n\n"
        "Глава города Олег Сомов заявил в среду, что ремонт —\n"
        "«единственный способ сохранить движение» и что работы начнутся\n"
        "весной.\n\n"
        "Депутат Нина Орлова возразила: «Это не единственный способ сохранить движение»."
    )
    assert (
        speakers_as_written(wrapped, language="ru")["единственный способ сохранить движение"]
        == "Олег Сомов"
    )


def test_a_headline_over_a_date_line_opening_with_a_digit_is_one() -> None:
    # (review of session 33) ``3 décembre`` opens the date line under a headline: a digit,
    # not a sentence going on in lower case.
    text = (
        "Ouest-France\nBretagne > Brest\n"
        "Brest : les pêcheurs dénoncent « une saison perdue »\n"
        "3 décembre 2026 à 07h15\n"
        "La tempête a tenu les chalutiers au port pendant trois semaines.\n"
        "« Pour nous, c'est une saison perdue », déplore Loïc Guéguen, patron pêcheur.\n"
    )
    assert speakers_as_written(text, language="fr")["une saison perdue"] == "Loïc Guéguen"
