"""Verbs that bring in a few quoted words in the middle of a sentence, beyond ``said`` (issue 16,
session 23): ``sprach von einer „…“``, ``parle d'un « … »``, ``calificó de «…»``, ``назвал
«…»``. They are speech verbs of the language's data (``[quotes] speech_verbs``), so the words
are a quotation and the sentence's subject said them."""

from __future__ import annotations

import datetime as dt

from tests.helpers.quotes import speakers_of_quotes

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2026, 3, 2)


def test_german_sprach_von() -> None:
    text = "Der Sprecher des Verbands, Jonas Weidner, sprach von einer „Zumutung“ für die Mieter."
    assert speakers_of_quotes(text, DAY, "de") == {"Zumutung": "Jonas Weidner"}


def test_french_parle_d_un() -> None:
    text = "Le maire de la ville, Paul Garnier, parle d’un « gâchis » pour les habitants."
    assert speakers_of_quotes(text, DAY, "fr") == {"gâchis": "Paul Garnier"}


def test_spanish_califico_and_pidio() -> None:
    assert speakers_of_quotes(
        "La ministra de Trabajo, Lucía Ferrer, calificó la propuesta de «insuficiente».", DAY, "es"
    ) == {"insuficiente": "Lucía Ferrer"}
    assert speakers_of_quotes(
        "El alcalde Tomás Ribera pidió «paciencia y calma» a los vecinos.", DAY, "es"
    ) == {"paciencia y calma": "Tomás Ribera"}


def test_russian_and_ukrainian_nazval_is_the_cue() -> None:
    for text, language in (
        ("Депутат Игорь Смирнов назвал решение «ошибочным».", "ru"),
        ("Міністерка Ганна Литвин назвала рішення «запізнілим».", "uk"),
    ):
        document = Document.from_text(
            text, id="q", metadata=Metadata(language=language, published=DAY)
        )
        (annotated,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
        (quote,) = annotated.annotations_of(AnnotationKind.QUOTE)
        assert quote.attributes["cue"] in ("назвал", "назвала")


def test_a_title_after_a_documents_noun_is_no_quotation() -> None:
    # ``verwies`` and ``nannte`` are cues now; the marks after a report's or a campaign's noun
    # still set off its name, not words said (``[quotes] name_nouns``).
    for text in (
        "Ministerin Anna Berg verwies auf den Bericht „Wohnen 2030“ des Bundes.",
        "Firmenchef Jonas Weber nannte die Aktion „Sommerfrische“ einen Erfolg.",
    ):
        assert speakers_of_quotes(text, DAY, "de") == {}
    assert speakers_of_quotes(
        "Ministerin Anna Berg verwies auf „erhebliche Risiken“ im Etat.", DAY, "de"
    ) == {"erhebliche Risiken": "Anna Berg"}
