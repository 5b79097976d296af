"""Cues of written words and cues with an adverb (session 31, issue #16): a participle of
speech after its auxiliary and an adverb (French ``a aussi écrit``, ``a longuement
expliqué``); Spanish ``escribió``; German ``notierte``. Each introduces a quotation with a
colon, naming its subject as the speaker rather than whoever spoke before.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_french_adverb_between_auxiliary_and_participle() -> None:
    text = (
        "Le club a perdu samedi.\n\n"
        "« C'est dur », a reconnu l'entraîneur, Marc Petit.\n\n"
        "Sur Facebook, la capitaine Léa Fontaine a aussi écrit : « Merci à tous. »\n\n"
        "Sur Instagram, l'ailier Tom Blanc a sobrement écrit : « On reviendra. »"
    )
    assert speaker_of(text, "fr", "Merci à tous") == "Léa Fontaine"
    assert speaker_of(text, "fr", "On reviendra") == "Tom Blanc"


def test_a_noun_ending_like_an_adverb_is_still_a_subject() -> None:
    text = (
        "Le texte a été adopté.\n\n"
        "« C'est une victoire », a déclaré le député Paul Roux.\n\n"
        "Le gouvernement a aussi écrit : « Nous appliquerons la loi. »"
    )
    assert speaker_of(text, "fr", "Nous appliquerons") != "Paul Roux"


def test_spanish_escribio_introduces_a_written_quotation() -> None:
    text = (
        "Consultado sobre el intendente de Rosario, Pablo Ferreyra Sosa, que había tildado el "
        "recorte de “injusto”, el vocero respondió: “Que lean la ley”.\n\n"
        "Desde Rosario, la réplica llegó pronto. En un mensaje en sus redes, Ferreyra escribió: "
        "“Nadie nos regala nada. Pedimos lo que es nuestro”."
    )
    assert speaker_of(text, "es", "Nadie nos regala nada") == "Pablo Ferreyra Sosa"


def test_german_notierte_introduces_a_written_quotation() -> None:
    text = (
        "Die Ausstellung zeigt frühe Zeichnungen.\n\n"
        "„Er war seiner Zeit voraus“, sagte der Kurator Jens Albers.\n\n"
        "In seinem Notizbuch notierte Karl Brenner 1924: „Heute war das Licht vollkommen.“"
    )
    assert speaker_of(text, "de", "Heute war das Licht") == "Karl Brenner"
