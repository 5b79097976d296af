"""French single guillemets set with spaces inside, as its double ones are (``la pièce ‹ Racines
›``): they close where they stand, so the paragraph's later quotations are still read (an
unclosed ``‹`` hid them; session 36, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_a_quotation_after_single_guillemets_in_the_same_paragraph_is_read() -> None:
    text = (
        "La troupe de Saint-Louis joue ce soir sa nouvelle pièce, ‹ Racines ›, au centre "
        "culturel. « Nous avons répété six mois dans un garage », raconte la metteuse en scène "
        "Awa Diop Sall."
    )
    assert speaker_of(text, "fr", "Nous avons répété six mois") == "Awa Diop Sall"


def test_a_dialogue_line_holding_a_title_in_marks_is_still_speech() -> None:
    # ``— ..., répond-il. Sur le morceau « Ndar », je parle ...``: the title in marks is part
    # of the line's speech, not a quotation that hides it.
    text = (
        "Le chanteur Paul Ndiaye a reçu Le Soleil dans son studio de Saint-Louis.\n"
        "— Pourquoi chanter en wolof ?\n"
        "— Parce que c’est ma langue, répond-il. Sur le morceau ‹ Ndar ›, je parle de ma ville "
        "natale.\n"
    )
    assert speaker_of(text, "fr", "Sur le morceau") == "Paul Ndiaye"
