"""A company's name written again without its heads (``Pellwood Health`` ... ``Pellwood
said``) is the company, as one written without its legal form is."""

from __future__ import annotations

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import AnnotationKind, Document


def mentions(text: str) -> list[tuple[str, str, str]]:
    """(mention text, canonical name, type) in the order found."""
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    return [
        (a.text, a.attributes["name"], a.attributes["type"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
    ]


def test_a_company_named_again_without_its_head_is_the_company() -> None:
    found = mentions(
        "Customers filed a lawsuit on Monday against Pellwood Health, a billing firm. "
        "Pellwood said in a statement that it would defend itself."
    )
    assert ("Pellwood", "Pellwood Health", "organisation") in found


def test_two_heads_are_left_out_together() -> None:
    found = mentions(
        "Ambulances were sent away from hospitals run by Quarry Vale Health System on Sunday. "
        "Quarry Vale said the systems would be back by Wednesday."
    )
    assert ("Quarry Vale", "Quarry Vale Health System", "organisation") in found


def test_a_public_body_has_no_short_form() -> None:
    # An authority is not called by its first word: the lone word is left to other rules.
    found = mentions(
        "The Ridgeway Water Authority raised its charges. Ridgeway is a town of 9,000 people."
    )
    assert ("Ridgeway", "Ridgeway Water Authority", "organisation") not in found


def test_another_article_with_the_same_short_form_changes_nothing() -> None:
    # Short forms are read article by article: a second company of the same first word in
    # another article of the batch does not make this article's short form ambiguous.
    texts = [
        "Customers filed a lawsuit on Monday against Pellwood Health, a billing firm. "
        "Pellwood said in a statement that it would defend itself.",
        "Pellwood Capital Partners bought a stake in a brewery on Tuesday.",
    ]
    first, _ = EntityAnnotator().annotate(
        [Document.from_text(text, id=str(n)) for n, text in enumerate(texts)]
    )
    found = [
        (a.text, a.attributes["name"], a.attributes["type"])
        for a in first.annotations_of(AnnotationKind.ENTITY)
    ]
    assert ("Pellwood", "Pellwood Health", "organisation") in found
