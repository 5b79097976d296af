"""Review of the French and Spanish follow-on rules (dialogue lines inside a paragraph, ``pour``
and ``para`` opening a sentence): what they must not read, and how their work grows.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.annotators.quotes.marks import find_quotes
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2025, 3, 4)


def test_dialogue_lines_after_many_quotations_in_one_paragraph_stay_linear() -> None:
    # A page's lines make one paragraph: each dialogue line was checked against every
    # quotation of the paragraph (quadratic in lines).
    lines = "La ministra habló de «un plan ambicioso».\n—Vamos a ganar —dijo—.\n"

    def seconds(count: int) -> float:
        text = "El Gobierno presentó su plan de vivienda.\n" + lines * count
        found = find_quotes(text, [(0, len(text))], "es")
        assert len(found) == 2 * count
        return least_cpu_seconds(lambda: find_quotes(text, [(0, len(text))], "es"))

    small, large = seconds(1000), seconds(8000)
    assert large < 24 * max(small, 0.005)  # 8x the lines: linear ~8x, quadratic ~64x


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        (
            "Le conseil municipal s'est réuni mardi soir à Nantes.\n\n"
            "Pour accueillir Marie Lenoir, la ville a prévu « un grand banquet » sur le port.",
            "fr",
            "un grand banquet",
        ),
        (
            "El ayuntamiento de Sevilla aprobó el presupuesto el martes.\n\n"
            "Para recibir a Juan Pérez, la ciudad organizó «una gran fiesta» en el puerto.",
            "es",
            "una gran fiesta",
        ),
    ],
)
def test_pour_or_para_before_a_verb_is_an_aim_not_whose_view(
    text: str, language: str, quoted: str
) -> None:
    # ``Pour accueillir X``: X is the one welcomed, not the one whose words are quoted (with
    # no speaker, the short quotation is no speech at all).
    found = speakers_and_roles(text, DAY, language=language)
    assert found.get(quoted, (None, None))[0] is None


@pytest.mark.parametrize(
    ("text", "language", "quoted", "speaker"),
    [
        (
            "Le conseil municipal s'est réuni mardi soir à Nantes.\n\n"
            "Pour sa collègue Marie Lenoir, le budget reste « beaucoup trop optimiste ».",
            "fr",
            "beaucoup trop optimiste",
            "Marie Lenoir",
        ),
        (
            "El ayuntamiento de Sevilla aprobó el presupuesto el martes.\n\n"
            "Para la concejala María López, las cuentas son «demasiado optimistas».",
            "es",
            "demasiado optimistas",
            "María López",
        ),
    ],
)
def test_pour_or_para_before_an_article_or_a_possessive_still_reads_like_selon(
    text: str, language: str, quoted: str, speaker: str
) -> None:
    found = speakers_and_roles(text, DAY, language=language)
    assert found[quoted][0] == speaker


def test_a_person_in_apposition_to_a_verbs_object_is_not_the_subject() -> None:
    # ``La presidenta saludó a su antecesor, X,``: the possessive opens the verb's object, not
    # the clause; X is greeted, the president speaks.
    text = (
        "El pleno del ayuntamiento de Sevilla se reunió el lunes.\n\n"
        "La presidenta saludó a su antecesor, Marcos Gil, antes de concluir: «Seguiremos su "
        "trabajo»."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found.get("Seguiremos su trabajo", (None, None))[0] != "Marcos Gil"


def test_pour_inside_a_long_sentence_read_from_a_word_in_it_is_no_opening() -> None:
    # A sentence longer than the reach is read from a word inside it; when that word is
    # ``pour`` (``ont voté pour Marie Lenoir, ...``), it opens no sentence.
    cues: set[object] = set()
    for pad in range(40):
        text = (
            "Le conseil municipal s'est réuni mardi soir à Nantes.\n\n"
            "Au second tour, les habitants du quartier nord "
            + "qui avaient longtemps hésité " * 10
            + "ont voté pour Marie Lenoir, "
            + "qui avaient longtemps hésité " * 33
            + "a" * pad
            + " et la ville attend « un grand changement dans la ville »."
        )
        document = Document.from_text(
            text, id="long", metadata=Metadata(language="fr", published=DAY)
        )
        (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
        cues |= {q.attributes["cue"] for q in document.annotations_of(AnnotationKind.QUOTE)}
    assert "pour" not in cues
