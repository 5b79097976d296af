"""Attribution patterns of issue #16 added from the error classes of ``quotes_en-val20.json``
(articles in the form scraped pages take): a body's statement reported by a noun for it
(``the statement said``, ``the utility said``) or by a name the entity annotator left untyped
(``... said in a statement``), and a reporter's question at a briefing.

The sentences are written for these tests in the manner of such articles; none is copied."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article."""
    document = Document.from_text(
        text, id="w", metadata=Metadata(language=language, published=dt.date(2026, 1, 14))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    return {q.text.rstrip(",."): (q.attributes["speaker"], q.attributes.get("role")) for q in found}


def test_the_statement_is_the_body_the_sentence_before_names() -> None:
    text = (
        "The Harbor County Water Office said in a statement on Monday that repairs would take "
        'weeks. "We are working around the clock to restore service," the statement said.'
    )
    assert quotes(text)["We are working around the clock to restore service"][0] == (
        "Harbor County Water Office"
    )


def test_a_body_noun_is_the_body_the_sentence_before_names() -> None:
    text = (
        'Norvale Energy said it expected outages to last days. "Our crews cannot reach the '
        'substations until the roads are clear," the utility said in a statement.'
    )
    assert quotes(text)["Our crews cannot reach the substations until the roads are clear"][0] == (
        "Norvale Energy"
    )


def test_the_issuer_may_have_an_apposition_and_another_verb() -> None:
    text = (
        "The Pinecrest Transit Authority, which runs the city's buses, urged riders to plan "
        'ahead. "Service will be reduced on Sunday," the authority said in a statement.'
    )
    assert quotes(text)["Service will be reduced on Sunday"][0] == "Pinecrest Transit Authority"


def test_a_person_opening_the_sentence_before_is_no_issuer() -> None:
    text = (
        "Mayor Dana Whitcombe said repairs would take weeks. "
        '"We are working around the clock," the statement said.'
    )
    assert quotes(text)["We are working around the clock"][0] == "the statement"


def test_an_untyped_body_saying_in_a_statement_speaks() -> None:
    text = (
        '"We found unusual traffic on our servers and shut them down," Pellham Ridge Foods '
        'said in a statement. "Our stores remain open."'
    )
    found = quotes(text)
    assert found["We found unusual traffic on our servers and shut them down"][0] == (
        "Pellham Ridge Foods"
    )
    assert found["Our stores remain open"][0] == "Pellham Ridge Foods"


def test_an_untyped_body_before_a_statement_that_speaks() -> None:
    text = (
        'Pellham Ridge Foods said in a statement that it had "acted in good faith from the '
        'first day" and would appeal.'
    )
    assert quotes(text)["acted in good faith from the first day"][0] == "Pellham Ridge Foods"


def test_a_person_saying_in_a_statement_stays_a_person() -> None:
    text = 'Dana Whitcombe said in a statement that she had "done nothing wrong" and would appeal.'
    assert quotes(text)["done nothing wrong"][0] == "Dana Whitcombe"


def test_the_reporter_is_the_unnamed_reporter_who_asked() -> None:
    text = (
        'Mayor Tom Reed spoke first. "We will rebuild," Reed said.\n\n'
        'A reporter asked whether the city would pay. "Will the city cover the cost?" the '
        "reporter asked.\n\n"
        '"If the insurers refuse, yes," he said.'
    )
    found = quotes(text)
    assert found["Will the city cover the cost?"][0] == "a reporter"
    assert found["If the insurers refuse, yes"][0] == "Tom Reed"


def test_the_reporter_with_no_reporter_introduced_is_not_invented() -> None:
    text = (
        'Mayor Tom Reed spoke first. "We will rebuild," Reed said.\n\n'
        'The reporter asked whether the city would pay. "Will the city cover the cost?" the '
        "reporter asked."
    )
    assert quotes(text)["Will the city cover the cost?"][0] != "a reporter"


def test_statement_rules_are_english_only() -> None:
    text = (
        "Norvale Energy sagte, es rechne mit tagelangen Ausfällen. „Unsere Teams erreichen die "
        "Umspannwerke nicht“, sagte der Versorger."
    )
    assert quotes(text, "de")["Unsere Teams erreichen die Umspannwerke nicht"][0] is None


def test_an_occupation_before_a_name_is_the_role() -> None:
    text = (
        "Meteorologist Dana Whitcombe, who works at the weather office, said the rain would "
        'last. "It will not stop before Friday," Whitcombe said.'
    )
    assert quotes(text)["It will not stop before Friday"] == ("Dana Whitcombe", "Meteorologist")
