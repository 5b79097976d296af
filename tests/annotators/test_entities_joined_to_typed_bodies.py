"""An unknown name joined by ``and`` to an organisation that the chunker typed by its own words
(``Air Norway``, ``Brill Mining Corp``), not only to one a list knows, is an organisation; a name
before a body's head that may end both stays unknown (``Peace and Unity Commission``):
sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_name_before_and_and_a_typed_airline_is_a_company() -> None:
    found = typed(
        "Stranded passengers were offered seats on Vantora and Air Norway flights to Oslo."
    )
    assert found.get("Air Norway") == "organisation", found
    assert found.get("Vantora") == "organisation", found


def test_a_name_after_a_typed_company_and_and_is_a_company() -> None:
    found = typed("Gold shares were mixed. Brill Mining Corp and Corvex were steady in Sydney.")
    assert found.get("Brill Mining Corp") == "organisation", found
    assert found.get("Corvex") == "organisation", found


def test_a_word_before_and_and_a_body_s_head_is_left_alone() -> None:
    found = typed("The minister told the Peace and Unity Commission on Friday that he had erred.")
    assert found == {"Peace and Unity Commission": "organisation"}, found


def test_a_name_joined_to_a_maker_before_its_model_is_left_alone() -> None:
    # (``Air Norway VX-10``: a maker's name before a model's names a product, and so may the
    # name joined to it)
    found = typed("The tankers replace the old Skyliner and Air Norway VX-10 aircraft.")
    assert "Skyliner" not in found, found
    assert found.get("Air Norway") == "organisation", found
