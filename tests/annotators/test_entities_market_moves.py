"""Entities known by news English's evidence and words (issue 16, session 28): an unknown name
before a price's move and a percentage is a listed company's; known acronyms written as words
(``Nato``) and museums are bodies; countries' short names and regions are places;
a team's nickname alone names the team; a one-word bank's name is a body's;
a side's name before a player's position and name is the club's."""

from __future__ import annotations

from helpers.entities import entities, typed


def test_a_name_before_a_move_and_a_percentage_is_a_company() -> None:
    found = typed(
        "European stocks ended the week higher. In Paris, Dravonne gained 3.1% after its "
        "results, and Kelmarsh slid by nearly 2 percent on weaker orders."
    )
    assert found.get("Dravonne") == "organisation"
    assert found.get("Kelmarsh") == "organisation"


def test_a_person_or_a_capitalised_word_before_a_percentage_stays_out() -> None:
    # A first name, an article's surname, and a common word opening its sentence.
    found = typed(
        "Pollsters say Nadia Ostrova gained ground. Ostrova rose 4 percent in a week. "
        "Exports fell 2% in March."
    )
    assert found.get("Ostrova") == "person"
    assert "Exports" not in found


def test_an_acronym_written_as_a_word_is_its_body() -> None:
    found = typed(
        "Ministers said Nato would send more jets, while Unesco listed the old harbour and "
        "Fifa fined the club."
    )
    assert found.get("Nato") == "organisation"
    assert found.get("Unesco") == "organisation"
    assert found.get("Fifa") == "organisation"


def test_a_museum_is_a_body_not_a_person() -> None:
    found = typed(
        "Her quilts went on show at the Corrowby Museum of Folk Art in Vermont last spring."
    )
    assert found.get("Corrowby Museum of Folk Art") == "organisation"
    assert not any(kind == "person" for kind in found.values())


def test_a_country_s_short_name_and_a_region_are_places() -> None:
    found = typed("Aid convoys left Bosnia on Friday, and more were bound for Darfur by sea.")
    assert found.get("Bosnia") == "place"
    assert found.get("Darfur") == "place"


def test_a_team_s_nickname_alone_names_the_team() -> None:
    (found,) = entities(
        "The Toronto Blue Jays beat the Orioles 5-3 on Tuesday night. Later the Blue Jays "
        "signed a reliever, and fans said the Blue Jays looked ready."
    )
    assert [kind for text, kind, _ in found if text == "Blue Jays"] == ["organisation"] * 2


def test_a_bank_s_one_word_name_is_a_body() -> None:
    found = typed(
        "The loan came from Hallenbank, while Chris Eubank watched the fight and Ann Fairbank "
        "wrote about it."
    )
    assert found.get("Hallenbank") == "organisation"
    assert found.get("Chris Eubank") == "person"


def test_a_side_before_a_player_s_position_and_name_is_the_club() -> None:
    found = typed(
        "Tillery singled home the winning run in the ninth off Marlins reliever Chad Ostrowski "
        "for a 4-3 win. Comets guard Jay Sterling scored 31 in the 101-95 defeat."
    )
    assert found.get("Marlins") == "organisation"
    assert found.get("Comets") == "organisation"
    assert found.get("Chad Ostrowski") == "person"
    # Outside an article that shows a sport, a capitalised plural before ``guard`` is no club.
    assert "Workers" not in typed("Workers guard Peter Hale's farm at night.")


def test_a_side_before_a_two_word_position_is_the_club() -> None:
    # The news writes ``running back`` and ``tight end`` apart: two words, one position.
    found = typed(
        "The home side held on to win 24-21 on Sunday. Jaguars running back Tomas Reyes "
        "carried 19 times for 112 yards, while visiting Harbormen tight end Milo Brandt caught "
        "two touchdowns."
    )
    assert found.get("Jaguars") == "organisation"
    assert found.get("Harbormen") == "organisation"
    assert found.get("Tomas Reyes") == "person"
    assert found.get("Milo Brandt") == "person"
    # (one word of such a position alone is none: ``back`` is not read as a player's)
    assert "Rangers" not in typed("The Rangers back Hale Dorn for mayor, they said on Friday.")


def test_a_capitalised_word_opening_a_sentence_before_a_position_is_no_club() -> None:
    # (review RG) ``Veteran guard``, ``Backup quarterback``: an adjective or a noun opening the
    # sentence, not a side's name; a plural side there still is one.
    found = typed(
        "The Hawks beat the Pelicans 99-94 on Friday night. Veteran guard Lou Marten scored 22. "
        "Backup center Ray Oduya fouled out. Injured forward Sam Pike watched from the bench. "
        "Pelicans guard Dion Keller added 18."
    )
    assert not {"Veteran", "Backup", "Injured"} & set(found)
    assert found.get("Lou Marten") == "person"
    assert found.get("Pelicans") == "organisation"


def test_a_surname_ending_in_bank_stays_a_person() -> None:
    # (review RG) The article's surname alone, and a name a title gives a person elsewhere.
    found = typed(
        "Judge Helen Ashbank ruled on Monday. Ashbank said the contract was void. "
        "Holmbank, a retired nurse, brought the case, and Mr Holmbank will appeal."
    )
    assert found.get("Ashbank") == "person"
    assert found.get("Holmbank") != "organisation"


def test_a_candidate_before_a_percentage_in_a_poll_is_no_company() -> None:
    # (review RG) Without a market's words, a name's move by a percentage is no share price.
    found = typed(
        "In the latest survey of likely voters, Brantley fell 4 percent, while Okafor rose "
        "6% among women."
    )
    assert found.get("Brantley") != "organisation"
    assert found.get("Okafor") != "organisation"


def test_an_honour_s_name_before_a_position_is_no_club() -> None:
    # (review RG) The tail of ``Hall of Fame``, ``Pro Bowl``, and a hyphened honour.
    found = typed(
        "The Owls beat the Comets 4-2 on Saturday. Fans cheered Hall of Fame pitcher Walt "
        "Brenner, Pro Bowl receiver Dane Okoro and All-Star guard Rita Vance before the game."
    )
    assert not {"Fame", "Bowl", "All-Star"} & set(found)
    assert found.get("Walt Brenner") == "person"


def test_a_town_after_in_before_a_percentage_is_no_company() -> None:
    # (review RG) ``prices in X fell 3%`` is a town's; ``shares in X`` still a company's.
    found = typed(
        "Investors sold stocks on Monday. House prices in Greymoor fell 3 percent, rents "
        "around Ashcombe rose 2%, and shares in Dravonne slid 4%."
    )
    assert found.get("Greymoor") != "organisation"
    assert found.get("Ashcombe") != "organisation"
    assert found.get("Dravonne") == "organisation"


def test_a_firm_named_like_a_person_before_a_price_s_move_is_a_company() -> None:
    # Two words a name list knows as first names: the move of its price in a market's
    # article shows a firm, and its other mentions follow.
    found = entities(
        "Harlan Stokes to buy Velmar\n"
        "Harlan Stokes agreed on Monday to take over the lender Velmar in a share swap.\n"
        "Velmar stock jumped 11 percent, and Harlan Stokes slipped 3 percent in early trading."
    )[0]
    assert {kind for text, kind, _ in found if text == "Harlan Stokes"} == {"organisation"}


def test_a_person_named_before_a_poll_s_move_stays_a_person() -> None:
    # Without a market's words, the same name's move is a candidate's in a poll.
    found = typed(
        "Harlan Stokes gained ground in the race for mayor, a poll showed: Harlan Stokes "
        "rose 4 percent among older voters."
    )
    assert found.get("Harlan Stokes") == "person"


def test_a_person_called_by_surname_in_a_market_s_article_stays_a_person() -> None:
    # A market's words and a move after the name, but the article calls him by his surname
    # alone, as it calls people: a candidate in a poll, no firm.
    found = typed(
        "Stock markets were calm on Monday. In the race for mayor, meanwhile, Harlan Stokes "
        "rose 4 percent in a poll of voters. Stokes said he was pleased."
    )
    assert found.get("Harlan Stokes") == "person", found


def test_a_name_moving_in_a_poll_sentence_of_a_market_s_article_stays_a_person() -> None:
    # The sentence has a vote's word: the share that moves is a candidate's, no price.
    found = typed(
        "Stocks rose on Monday. In the new poll, rival candidate Laura Binns fell 4% to 31%."
    )
    assert found.get("Laura Binns") == "person", found
    found = typed("Stocks rose on Monday. In the new poll, Laura Binns fell 4% to 31%.")
    assert found.get("Laura Binns") == "person", found


def test_a_name_after_a_role_noun_in_a_market_s_article_stays_a_person() -> None:
    # A role noun right before the name makes it a person's, whatever moves after it.
    found = typed("Stocks rose on Monday. Rival candidate Laura Binns fell 4% to 31% on the day.")
    assert found.get("Laura Binns") == "person", found
