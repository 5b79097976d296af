"""An adverbial opening a sentence (``On Thursday``, ``In March``, ``After``) before an
organisation's name is no part of the name."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("On Thursday Corrigan Ltd said it would close two mills.", "Corrigan Ltd"),
        ("In March Pellham Holdings Plc reported a first-half loss.", "Pellham Holdings Plc"),
        (
            "After Brandwell Industries Inc cut its forecast, the shares fell.",
            "Brandwell Industries Inc",
        ),
        ("By Tuesday Harlow Savings Bank had lost a fifth of its deposits.", "Harlow Savings Bank"),
        ("On Friday Ministry of Finance officials met the lenders.", "Ministry of Finance"),
    ],
)
def test_an_opening_adverbial_stays_out_of_a_body(sentence: str, body: str) -> None:
    found = typed(sentence)
    assert found.get(body) == "organisation", found
    assert not any(mention != body and body in mention for mention in found), found


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("On Semiconductor Corp raised its sales forecast on Tuesday.", "On Semiconductor Corp"),
        ("With Love Bakeries Ltd opened a shop in Leeds.", "With Love Bakeries Ltd"),
    ],
)
def test_a_preposition_alone_opens_the_bodys_name(sentence: str, body: str) -> None:
    found = typed(sentence)
    assert found.get(body) == "organisation", found
