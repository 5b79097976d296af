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
        (
            "Militia held the villages of Ostrak or Pellurin, aid workers said.",
            ["Ostrak", "Pellurin"],
        ),
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
        "Treven went down, losing 0-3 at Halvard.\nScores :\nMoss 1 Corran 1\nHalvard 3 Treven 0\n"
    )
    assert found.get("Halvard") == "organisation", found


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
        "Standings after Sunday :\n"
        "HALVARD 30 9 .769 -\nMOSS 26 13 .667 4\nCORRAN 19 20 .487 11 1/2\n"
    )
    assert found.get("MOSS") == "organisation", found
    assert found.get("CORRAN") == "organisation", found


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
        ("The Kenyan hurdler Obwacha led from the first bend.", "Obwacha"),
        ("Australia's wicketkeeper Tallow took five catches.", "Tallow"),
    ],
)
def test_a_players_noun_before_an_unknown_name_makes_it_a_person(text: str, name: str) -> None:
    assert typed(text).get(name) == "person"


def test_sides_of_a_match_verb_are_clubs_in_a_sports_report() -> None:
    text = (
        "Dunford drew 2-2 with Ashby on Saturday.\n"
        "Liverpool edged Velmora 3-2 in the cup on Tuesday, and Liverpool's Kovalik is fit.\n"
        "The squad trained in Liverpool on Sunday."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="t", metadata=Metadata(language="en"))]
    )
    kinds = {
        mention.start: mention.attributes["type"]
        for mention in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert kinds.get(text.index("Liverpool edged")) == "organisation", kinds
    assert kinds.get(text.index("Velmora")) == "organisation", kinds
    assert kinds.get(text.index("Liverpool's")) == "organisation", kinds
    assert kinds.get(text.index("Liverpool on Sunday")) == "place", kinds


def test_a_country_outside_a_sports_report_stays_a_place() -> None:
    found = typed("Germany beat France to the contract, the mayor of Liverpool said on Monday.")
    assert found.get("Germany") == "place", found
    assert found.get("Liverpool") == "place", found


def test_a_town_in_a_sports_report_beside_a_verb_of_meeting_stays_a_place() -> None:
    found = typed(
        "Liverpool won 2-0 at Anfield on Sunday.\nTokyo hosts Olympic hopefuls next week."
    )
    assert found.get("Tokyo") == "place", found


# Negative cases for each rule: a rule that acts on them types ordinary news wrongly.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Williams beat Sharapova 6-2 6-1 on Tuesday. Williams faces Halep in the final.",
            ["Williams", "Sharapova", "Halep"],
        ),
        ("Nadal beat Federer 6-4 6-3 at Wimbledon to reach the final.", ["Nadal", "Federer"]),
        ("Lakers beat Celtics 101-99. Obama meets Putin in Geneva.", ["Obama", "Putin"]),
        ("Liverpool won 2-0 at Anfield. Merkel visits Paris on Friday.", ["Merkel"]),
        (
            "Boris Johnson beat Jeremy Corbyn by a 2-1 margin in the poll. Johnson faces"
            " Parliament on Monday.",
            ["Johnson"],
        ),
    ],
)
def test_people_beside_a_match_verb_are_no_clubs(text: str, names: list[str]) -> None:
    found = typed(text)
    for name in names:
        assert found.get(name) != "organisation", found


def test_a_town_before_a_possessive_title_stays_a_place_in_a_sports_report() -> None:
    found = typed(
        "Arsenal won 3-1 on Saturday.\nLondon's Mayor Sadiq Khan watched from the stand in London."
    )
    assert found.get("London") == "place", found


@pytest.mark.parametrize(
    "text",
    [
        "Defending champion Juventus lost to Ajax on Sunday.",
        "The holder Ajax was knocked out by a veteran Roma side.",
    ],
)
def test_a_title_holders_noun_does_not_make_a_club_a_person(text: str) -> None:
    found = typed(text)
    for name in ("Juventus", "Ajax", "Roma"):
        assert found.get(name) != "person", found


def test_a_name_opening_a_sentence_before_shares_and_an_object_is_no_company() -> None:
    found = typed(
        "Officials spoke to Kessler on Monday.\nKessler shares the view that rates will rise."
    )
    assert found.get("Kessler") != "organisation", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arsenal won 2-1 on Saturday.\nThe board voted 7-2 at Ford on Monday.", "Ford"),
        ("Arsenal won 2-1. He met Jones at Goldman on Monday.", "Goldman"),
    ],
)
def test_a_name_after_at_without_a_match_before_it_is_no_ground(text: str, name: str) -> None:
    assert typed(text).get(name) != "place"


def test_a_name_after_the_capital_before_a_business_word_is_no_place() -> None:
    found = typed("She runs the capital Markets desk at the bank in Frankfurt.")
    assert found.get("Markets") != "place", found


def test_a_match_verb_makes_clubs_only_with_a_team_competition_or_a_score_beside_it() -> None:
    found = typed(
        "Halvard won 2-0 on Sunday.\nOn Friday Corran battles Ostrak in the Champions League."
    )
    assert found.get("Ostrak") == "organisation", found
    found = typed("Halvard won 2-0 on Sunday.\nOn Friday Corran battles Ostrak in Geneva.")
    assert found.get("Ostrak") != "organisation", found
