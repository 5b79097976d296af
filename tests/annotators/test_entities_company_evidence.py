"""Companies shown by their legal form or their staff's words, with no company word in the name
itself (``Bright Rock Plc``, ``Vantora chief executive``): sentences written for these tests."""

from __future__ import annotations

from helpers.entities import typed


def test_a_capitalised_plc_ends_a_company_s_name() -> None:
    found = typed("Northern Bright Plc and Ashworth Bank Plc said they had agreed to merge.")
    assert found.get("Northern Bright Plc") == "organisation", found
    assert found.get("Ashworth Bank Plc") == "organisation", found
    assert "person" not in found.values(), found


def test_a_plc_written_after_a_surname_like_word_is_no_person() -> None:
    found = typed("Shareholders of Carlow Plc approved the sale on Friday.")
    assert found.get("Carlow Plc") == "organisation", found


def test_a_name_before_chief_in_mid_sentence_is_an_organisation() -> None:
    found = typed(
        "Pilots at Vantora walked out on Friday. Vantora chief executive Ana Ribeiro said "
        "the strike would cost the airline dearly."
    )
    assert found.get("Vantora") == "organisation", found
    assert found.get("Ana Ribeiro") == "person", found


def test_chief_after_a_sentence_s_first_word_or_as_a_title_shows_no_body() -> None:
    assert typed("Retail chief Ann Roe left the firm on Monday.").get("Retail") is None
    found = typed("The pact was signed by Grand Chief Ann Roe of the band council.")
    assert "Grand" not in found, found


def test_analysts_at_a_name_opening_a_sentence_work_for_a_company() -> None:
    found = typed("Analysts at Vantora said the merger would put pressure on its rivals.")
    assert found.get("Vantora") == "organisation", found
    found = typed(
        "Bond prices edged lower on Friday.\n"
        "Strategists at Hartley Crane said bond yields would stay low."
    )
    assert found.get("Hartley Crane") == "organisation", found


def test_a_describing_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = typed("Rival Hindmoor Motors said its sales fell 4 percent in May.")
    assert found.get("Hindmoor Motors") == "organisation", found
    found = typed("Insurer Ashworth Holdings said profits rose.")
    assert found.get("Ashworth Holdings") == "organisation", found
    # (a word that opens companies' names too stays: ``Giant Food Stores``)
    assert "Giant Food Stores" in typed("Giant Food Stores said profits rose.")


def test_a_name_after_the_acting_on_its_is_a_body() -> None:
    found = typed("Bond prices slipped after the Vantora left its main rate unchanged.")
    assert found.get("Vantora") == "organisation", found
    found = typed("Shares fell after the Hindmoor has cut its forecast again.")
    assert found.get("Hindmoor") == "organisation", found
    # (a preposition or conjunction before ``its`` shows nothing: ``the Sahel and its people``)
    assert typed("Aid workers toured the Marrakand and its villages.").get("Marrakand") != (
        "organisation"
    )


def test_automobiles_ends_a_carmaker_s_name_even_after_a_title_word() -> None:
    found = typed("Premier Automobiles reported a rise of 9 percent in July sales.")
    assert found.get("Premier Automobiles") == "organisation", found
    assert typed("Hindmoor Automobiles said sales rose.").get("Hindmoor Automobiles") == (
        "organisation"
    )
