"""ASCII wire copy's double quotation marks (````...''``, as AP and TeX-style text write them)
pair as curly ones do, when the text reaches the annotator undecoded (plain text, a page)."""

from __future__ import annotations

from helpers.quotes import speakers_as_written


def test_grave_accents_and_apostrophes_pair_as_double_marks() -> None:
    text = (
        "  DENVER (AP) _ ``We will not back down on this,'' Mayor Ana Ruiz said Tuesday. "
        "``The vote is set for June.''\n"
        "  Her rival, council member Tom Greer, said the plan was ``a fantasy.''"
    )
    assert speakers_as_written(text) == {
        "We will not back down on this": "Ana Ruiz",
        "The vote is set for June.": "Ana Ruiz",
        "a fantasy.": "Tom Greer",
    }


def test_grave_accents_without_closing_apostrophes_open_nothing() -> None:
    # Two accents closed by two accents are code (Markdown, reStructuredText), and a lone pair
    # opens nothing: neither swallows the quotation after it.
    text = (
        "The fix sets ``retries = 3`` and ``timeout = 30`` in the config file. "
        '"It works now," said developer Tom Roe.\n\n'
        "Her post began ``hello all and ended there.\n\n"
        '"We shipped it," said engineer Mia Park.'
    )
    assert speakers_as_written(text) == {
        "It works now": "Tom Roe",
        "We shipped it": "Mia Park",
    }


def test_two_apostrophes_inside_a_straight_quotation_are_inches() -> None:
    # Two apostrophes close only a quotation two grave accents opened; inside one opened by
    # a straight or curly mark they are an inch sign.
    text = (
        "\"We laid a 12'' pipe under the road in one night,\" engineer Ana Mora said.\n\n"
        "“The new screens are 65'' wide and sold out in a day,” said manager Ben Ruiz."
    )
    assert speakers_as_written(text) == {
        "We laid a 12'' pipe under the road in one night": "Ana Mora",
        "The new screens are 65'' wide and sold out in a day": "Ben Ruiz",
    }
