"""An unquoted statement in the first person over its speaker's name (a signature line: ``We
will not retreat ... John Carter``) is the speaker's in every language that lists its words of
the first person (``[quotes] first_person``: ``ми``, ``wir``, ``nous``), not only in English."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from newsbrief.model import AnnotationKind, Document, Metadata

SIGNED = {
    "en": ("We will not retreat and we will defend every town of our country John Carter",
           "John Carter"),
    "uk": ("Ми не відступимо і захистимо кожне місто нашої країни Володимир Зеленський",
           "Володимир Зеленський"),
    "ru": ("Мы не отступим и защитим каждый город нашей страны Владимир Зеленский",
           "Владимир Зеленский"),
    "de": ("Wir werden nicht weichen und jede Stadt unseres Landes verteidigen Olaf Scholz",
           "Olaf Scholz"),
    "fr": ("Nous ne reculerons pas et nous défendrons chaque ville de notre pays Emmanuel Macron",
           "Emmanuel Macron"),
    "es": ("No vamos a retroceder y defenderemos cada ciudad de nuestro país Pedro Sánchez",
           "Pedro Sánchez"),
}  # fmt: skip
LEADS = {
    "en": "The army withdrew from the town on Monday after heavy shelling.",
    "uk": "Армія відійшла з міста в понеділок після сильних обстрілів.",
    "ru": "Армия отошла из города в понедельник после сильных обстрелов.",
    "de": "Die Armee zog sich am Montag nach schwerem Beschuss aus der Stadt zurück.",
    "fr": "L'armée s'est retirée de la ville lundi après de violents bombardements.",
    "es": "El ejército se retiró de la ciudad el lunes tras fuertes bombardeos.",
}


def _quotes(code: str, paragraph: str) -> list[tuple[str, object]]:
    metadata = Metadata(published=dt.date(2024, 11, 27), language=code)
    document = Document.from_text(f"{LEADS[code]}\n\n{paragraph}", id=code, metadata=metadata)
    (annotated,) = newsbrief.build_briefing([document]).documents
    return [
        (quote.text, quote.attributes.get("speaker"))
        for quote in annotated.annotations_of(AnnotationKind.QUOTE)
    ]


@pytest.mark.parametrize("code", sorted(SIGNED))
def test_a_signed_statement_in_the_first_person_is_the_signers(code: str) -> None:
    paragraph, speaker = SIGNED[code]
    statement = paragraph[: paragraph.index(speaker)].rstrip()
    assert _quotes(code, paragraph) == [(statement, speaker)]


def test_a_country_in_capitals_is_no_first_person() -> None:
    # ``US`` is a country, not ``us``: the English words are matched as written, lower case
    # or capitalised.
    paragraph = "The US will not retreat and will defend every town of the country John Carter"
    assert _quotes("en", paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Me Dupont défendra le dossier de la famille devant le tribunal Emmanuel Macron",
        "Le tribunal examinera le dossier présenté par Me Dupont la semaine prochaine Jean Martin",
    ],
)
def test_a_french_lawyers_title_is_no_first_person(paragraph: str) -> None:
    # ``Me`` (Maître) before a name is a title, one of French's honorifics, not ``me``.
    assert _quotes("fr", paragraph) == []


def test_a_title_and_a_first_person_word_still_speak_in_the_first_person() -> None:
    paragraph = "Me Dupont et nous défendrons le dossier de la famille Emmanuel Macron"
    statement = "Me Dupont et nous défendrons le dossier de la famille"
    assert _quotes("fr", paragraph) == [(statement, "Emmanuel Macron")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a coal mine, not the speaker's
        "The mine will not close and the town will keep every job John Carter",
        # a title's capitalised ``Me`` mid-sentence
        "Tell Me Why is the title of the new album, the singer said.",
        "The band played Let Me Go at the concert, the singer said.",
    ],
)
def test_english_words_like_the_first_person_are_not_it(paragraph: str) -> None:
    assert _quotes("en", paragraph) == []


@pytest.mark.parametrize(
    ("code", "paragraph", "speaker"),
    [
        # No subject pronoun, only an accusative ``нашу`` (our): still the speaker's.
        ("uk", "Захистимо нашу землю і не відступимо ні на крок Валерій Залужний",
         "Валерій Залужний"),
        ("ru", "Защитим нашу землю и не отступим ни на шаг Валерий Залужный",
         "Валерий Залужный"),
    ],
)  # fmt: skip
def test_an_accusative_of_the_first_person_is_the_first_person(
    code: str, paragraph: str, speaker: str
) -> None:
    statement = paragraph[: paragraph.index(speaker)].rstrip()
    assert _quotes(code, paragraph) == [(statement, speaker)]


def test_french_lawyers_titles_in_the_plural_are_no_first_person() -> None:
    # ``Mes`` (Maîtres) before two names, not ``mes`` (my).
    paragraph = "Mes Lefèvre et Garnier plaideront la relaxe devant la cour d'appel Jean Martin"
    assert _quotes("fr", paragraph) == []
