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
