"""Places and companies the English evidence pass types from the words around an unknown name
(annotators/entities/evidence.py): a place's noun (``the towns of``, ``the capital``), a
direction (``north-west of``), a list after ``in``, a compass-led name after ``in``, a ground
after a side or a score in a sports report, and a company's word after a name opening its
sentence. The words are read from ``languages/data/en.toml [entities]``; the names and
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata, Span, SpanKind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rebels seized the towns of Moravo and Kelbiru on Tuesday.", ["Moravo", "Kelbiru"]),
        ("Aid reached the coastal city of Talvenna by boat.", ["Talvenna"]),
        ("Floods hit villages such as Ostrovel and Dunmarra this week.", ["Ostrovel", "Dunmarra"]),
        ("Protesters marched through the capital Vellorin at dawn.", ["Vellorin"]),
    ],
)
def test_a_place_noun_before_a_name_makes_it_a_place(text: str, names: list[str]) -> None:
    found = typed(text)
    for name in names:
        assert found.get(name) == "place", found


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck 80 km west-southwest of Pelmora late on Friday.",
        "The storm was 300 miles north of Pelmora and moving slowly.",
    ],
)
def test_a_direction_from_a_name_makes_it_a_place(text: str) -> None:
    assert typed(text).get("Pelmora") == "place"


def test_a_town_named_like_a_person_is_a_place_after_the_capital() -> None:
    found = typed("Shops closed early in the capital Marisol after the warning.")
    assert found.get("Marisol") == "place", found


def test_a_list_of_places_after_in_goes_on_past_commas() -> None:
    found = typed("Tremors were felt in Corvath, Ildane, Brusko, and Temmerin on Sunday.")
    for name in ("Corvath", "Ildane", "Brusko", "Temmerin"):
        assert found.get(name) == "place", found


def test_a_comma_after_a_place_alone_does_not_make_the_next_name_one() -> None:
    found = typed("In Madrid, Kovalenko, the new envoy, said talks would resume.")
    assert found.get("Kovalenko") != "place", found


def test_a_compass_led_name_after_in_is_a_place() -> None:
    found = typed("Thousands are still missing in North Varenka after the floods.")
    assert found.get("North Varenka") == "place", found


def test_a_party_led_name_stays_out_of_the_place_rules() -> None:
    found = typed("Support for the plan is growing in Republican Varenka circles.")
    assert found.get("Republican Varenka") != "place", found


def test_a_ground_after_a_side_or_a_score_is_a_place_in_a_sports_report() -> None:
    found = typed(
        "Dunford beat Kelso Rovers 2-1 at Hallow Park on Saturday.\n"
        "Ashby drew 0-0 with Treven at Greymoor.\n"
        "Corran won 3-0 at the Vessaline stadium in Oporto."
    )
    assert found.get("Hallow Park") == "place", found
    assert found.get("Greymoor") == "place", found
    assert found.get("Vessaline") == "place", found


def test_a_name_after_at_is_no_ground_outside_a_sports_report() -> None:
    found = typed("Maria Lund met Kessler at Brightwater on Saturday to sign the deal.")
    assert found.get("Brightwater") != "place", found


def test_a_ground_named_as_a_club_of_the_tables_is_the_club() -> None:
    found = typed(
        "Dunford lost 1-0 at Ravello on Sunday.\nResults :\nRavello 1 Dunford 0\nAshby 2 Treven 2"
    )
    assert found.get("Ravello") == "organisation", found


def test_a_score_before_in_leaves_the_place_after_it() -> None:
    found = typed("Ashby beat Treven 3-1 in Kalvoro on Sunday to go top.")
    assert found.get("Kalvoro") == "place", found


def test_a_company_word_after_a_sentence_opening_name_makes_it_a_company() -> None:
    found = typed(
        "Regulators cleared the merger of Velmont and Askari on Monday.\n"
        "Velmont shares rose 4 percent in early trading."
    )
    assert found.get("Velmont") == "organisation", found


def test_a_capitalised_word_opening_a_sentence_is_no_company() -> None:
    found = typed("Tech shares rose 4 percent in early trading on Monday.")
    assert "Tech" not in found, found


def test_a_known_place_inside_a_list_carries_it_on() -> None:
    found = typed("Stalls opened in Corvath, Madrid, Ildane and Brusko over the weekend.")
    for name in ("Corvath", "Ildane", "Brusko"):
        assert found.get(name) == "place", found


def test_a_standings_row_with_a_winning_percentage_names_a_club() -> None:
    found = typed(
        "Results on Monday :\nRAVELLO 101 Treven 94\nStandings :\n"
        "RAVELLO 21 2 .913 -\nASHBY 17 5 .773 3 1/2\nDUNFORD 15 7 .682 1/2\n"
    )
    assert found.get("ASHBY") == "organisation", found
    assert found.get("DUNFORD") == "organisation", found


def test_a_dateline_town_stays_a_place_when_its_club_plays_in_the_tables() -> None:
    text = (
        "BASKETBALL - RESULTS .\nGLEN ORVIN 1996-12-17\nResults on Monday :\n"
        "GLEN ORVIN 97 Treven 88\nAshby 105 DUNFORD 98\n"
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="t", metadata=Metadata(language="en"))]
    )
    kinds = {
        mention.start: mention.attributes["type"]
        for mention in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert kinds.get(text.index("GLEN ORVIN 1996")) == "place", kinds
    assert kinds.get(text.index("GLEN ORVIN 97")) == "organisation", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refugees crossed from Zaire into Rwanda during the night.", "Zaire"),
        ("He was born in Yugoslavia and moved to Canada in 1990.", "Yugoslavia"),
        ("The USSR signed the treaty in 1987, officials recalled.", "USSR"),
    ],
)
def test_a_country_that_no_longer_exists_is_a_place(text: str, name: str) -> None:
    assert typed(text).get(name) == "place"


def test_a_former_country_in_a_capitals_headline_is_a_place() -> None:
    text = "ZAIRE 'S RULERS PLAN VOTE .\nOfficials said on Monday the vote would be held soon."
    (document,) = EntityAnnotator().annotate(
        [
            Document.from_text(
                text,
                id="t",
                metadata=Metadata(language="en"),
                headings=(Span(0, 26, SpanKind.HEADING),),
            )
        ]
    )
    kinds = {m.text: m.attributes["type"] for m in document.annotations_of(AnnotationKind.ENTITY)}
    assert kinds.get("ZAIRE") == "place", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazilian striker Kovalik scored twice in the second half.", "Kovalik"),
        ("The result lifted Spanish driver Ortegano to second place.", "Ortegano"),
        ("It was a fine day for veteran Brannigan, who won in four sets.", "Brannigan"),
    ],
)
def test_a_players_noun_before_an_unknown_name_makes_it_a_person(text: str, name: str) -> None:
    assert typed(text).get(name) == "person"


def test_sides_of_a_match_verb_are_clubs_in_a_sports_report() -> None:
    text = (
        "Dunford drew 2-2 with Ashby on Saturday.\n"
        "Liverpool battles Velmora in the cup on Tuesday, and Liverpool's Kovalik is fit.\n"
        "The squad trained in Liverpool on Sunday."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="t", metadata=Metadata(language="en"))]
    )
    kinds = {
        mention.start: mention.attributes["type"]
        for mention in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert kinds.get(text.index("Liverpool battles")) == "organisation", kinds
    assert kinds.get(text.index("Velmora")) == "organisation", kinds
    assert kinds.get(text.index("Liverpool's")) == "organisation", kinds
    assert kinds.get(text.index("Liverpool on Sunday")) == "place", kinds


@pytest.mark.parametrize(
    "text",
    [
        "Germany beat France in the final after a 2-1 win in the semi-final.",
        "Velmora faces a tough winter, the mayor of Liverpool said on Monday.",
    ],
)
def test_a_country_or_a_town_outside_a_sports_report_stays_a_place(text: str) -> None:
    found = typed(text)
    assert found.get("Germany", "place") == "place", found
    assert found.get("Liverpool", "place") == "place", found
    assert found.get("Velmora") != "organisation", found
