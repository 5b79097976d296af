"""Untyped names standing as items of a line's list of people (a team sheet, scorers,
bowlers) are people, with a capitalised word the chunker cut off; so is a name before a
country in brackets."""

from __future__ import annotations

from helpers.entities import found, typed

_SHEET = (
    "HOCKEY - IRELAND NAME SIDE FOR EUROPEAN CUP .\n"
    "DUBLIN 1997-05-12\n"
    "Ireland named their side on Monday for next month 's tournament .\n"
    "Defenders : Niall Byrne , Ciaran Long , Tavo Rindle , Ronan White , Peter Mulvey\n"
    "Scorers : Niall Byrne 12 , Peter Mulvey 30 , Kesi Marlo 40\n"
)


def test_unknown_names_in_a_list_of_people_are_people() -> None:
    got = typed(_SHEET)
    assert got.get("Tavo Rindle") == "person", got
    assert got.get("Kesi Marlo") == "person", got


def test_a_surname_that_is_a_word_is_kept_in_a_list_of_people() -> None:
    got = typed(_SHEET)
    assert got.get("Ciaran Long") == "person", got
    assert got.get("Ronan White") == "person", got


def test_a_name_before_a_country_in_brackets_is_a_person() -> None:
    got = found(
        "Women 's singles , second round :\n"
        "Oksana Veretenko ( Ukraine ) beat Draza Pelkov ( Serbia ) 6-2 6-3\n",
        "en",
    )
    assert ("Oksana Veretenko", "person") in got, got
    assert ("Draza Pelkov", "person") in got, got
    assert ("Ukraine", "place") in got, got


def test_both_players_of_a_pair_before_their_country_in_brackets_are_people() -> None:
    got = found(
        "Men 's doubles , final :\n"
        "Tavo Rindle and Kesi Marlo ( Denmark ) beat Oksana Pelkov and Draza Veretenko "
        "( Ukraine ) 15-12 15-8\n",
        "en",
    )
    for player in ("Tavo Rindle", "Kesi Marlo", "Oksana Pelkov", "Draza Veretenko"):
        assert (player, "person") in got, got


def test_a_place_in_brackets_beside_countries_is_a_nationality_not_a_club() -> None:
    # ``Corsica`` is no country of ISO 3166: the line's other brackets
    # give nationalities, so it is a place, not the player's club
    got = found(
        "Men 's 400 metres : 1. Kofi Mensah ( Ghana ) 44.86 2. Tom Arlo ( U.S. ) 45.01 "
        "3. Dane Pierre ( Corsica ) 45.15\n",
        "en",
    )
    assert ("Corsica", "organisation") not in got, got
    assert ("Corsica", "place") in got, got


def test_a_label_before_a_colon_is_no_person() -> None:
    got = typed("Bowling : Peter Smith 20-4-61-2 , John Brown 18-2-70-1 , Gatwick 3\n")
    assert "Bowling" not in got, got


def test_a_list_of_places_stays_places() -> None:
    got = typed("The team will play in Rotterdam , Antwerp and Lille next month .\n")
    assert got.get("Antwerp") == "place", got


def test_long_lists_are_read_in_linear_time() -> None:
    from helpers.timing import least_cpu_seconds

    one_line = "Squad : " + "Ann Lee , Bo Ray , Tavo Rindle , " * 3_000 + "\n"
    no_marks = "Ann Lee and Bo Ray met Tavo Rindle " * 3_000
    for text in (one_line, no_marks):
        assert least_cpu_seconds(lambda text=text: typed(text), repeat=1) < 10


def test_a_club_in_brackets_after_a_player_is_no_person() -> None:
    got = typed(
        "Picked : Owen Marsh ( Pontypridd ) , Gareth Lloyd ( Ebbw Vale ) , Rhys Tudor ( Neath ) .\n"
    )
    assert got.get("Owen Marsh") == "person", got
    assert got.get("Pontypridd") != "person", got
    assert got.get("Neath") != "person", got


_SCORERS = (
    "SOCCER - DUTCH LEAGUE RESULTS .\n"
    "Results of Dutch league matches on Sunday :\n"
    "Groningen 2 ( Brattbakk 77 , Kovac 12 ) Utrecht 1 ( Zwanenburg 40 )\n"
    "Willem II 0 Heerenveen 0\n"
)


def test_unknown_scorers_in_the_bracket_after_a_side_s_score_are_people() -> None:
    # none of them known as a person, each with a minute after it; one alone in its bracket
    got = typed(_SCORERS)
    for scorer in ("Brattbakk", "Kovac", "Zwanenburg"):
        assert got.get(scorer) == "person", got
    assert got.get("Groningen") == "organisation", got


def test_figures_in_brackets_outside_a_sport_name_no_scorers() -> None:
    got = typed("Sales rose 12 percent to 400 ( Europe 120 , Zorvia 80 ) last year .")
    assert "Zorvia" not in got, got


_SCORECARD = (
    "CRICKET - NORTHAMPTON V KENT SCOREBOARD .\n"
    "Scoreboard on the first day at Wantage Road :\n"
    "Kent first innings\n"
    "T. Ward c Penberthy b Curran 45\n"
    "M. Walker lbw b Snape 12\n"
    "Bowling : Curran 20-4-61-2 , Snape 18-3-55-1 , Kalvik 9-1-40-0\n"
)


def test_fielders_and_bowlers_of_a_cricket_scorecard_are_people() -> None:
    # ``c`` (caught by) and ``b`` (bowled by) before a name, a bowler's analysis after one
    got = typed(_SCORECARD)
    for player in ("Penberthy", "Curran", "Snape", "Kalvik"):
        assert got.get(player) == "person", got


def test_a_letter_before_a_name_in_prose_makes_no_fielder() -> None:
    got = typed("Vitamin b Zorvex 12 was sold out .\nPlan b Marlow 3 failed too .")
    assert got.get("Zorvex") != "person", got


def test_players_listed_by_the_way_they_scored_are_people() -> None:
    # after a label and a colon, and in a side's bracket with a tally after each
    got = typed(
        "RUGBY UNION - ITALY BEAT IRELAND .\n"
        "Italy 37 Ireland 29\n"
        "Italy - Tries : Marcato , Vallenti . Conversion : Zolder . Penalties : Zolder 5 .\n"
        "Results on Sunday :\n"
        "Warrington 30 ( Kovu , Rallings 2 , Tennet tries ; Hanby 4 goals ) Wigan 22\n"
        "Newport 16 ( Brevik try ; Tallon 3 pens , con ) Bath 15\n"
    )
    for player in ("Marcato", "Vallenti", "Zolder", "Kovu", "Rallings", "Tennet", "Hanby"):
        assert got.get(player) == "person", got
    assert got.get("Brevik") == "person", got
    assert got.get("Tallon") == "person", got


def test_batsmen_and_bowlers_in_the_bracket_after_an_innings_are_people() -> None:
    # after overs or a total; runs, ``not out`` or a bowler's wickets and runs after each
    got = typed(
        "CRICKET - ONE-DAY RESULT .\n"
        "Scores : Kenya 226-8 in 50 overs ( Tobore Ekwueme 110 , Dero Kato 3-41 ) .\n"
        "Uganda 230-4 in 44.2 overs ( Pilo Mugisha 91 not out , Amos Kenyi 46 ) .\n"
    )
    for player in ("Tobore Ekwueme", "Pilo Mugisha", "Amos Kenyi"):
        assert got.get(player) == "person", got


def test_a_try_scorer_with_his_count_in_brackets_stays_on_the_list() -> None:
    got = typed(
        "RUGBY UNION - OTAGO BEAT WAIKATO .\n"
        "Otago 40 Waikato 10\n"
        "Otago - Tries : Tane Lomu ( 2 ) , Eroni Vake , Zinzan Koro ( 2 ) , Carlos Sema .\n"
    )
    for player in ("Eroni Vake", "Zinzan Koro", "Carlos Sema"):
        assert got.get(player) == "person", got


def test_a_body_in_a_bracket_of_prose_ending_in_a_scoring_word_stays_a_body() -> None:
    # only figures and the ways a player scored follow a scorer: ``missed its goals`` is prose
    got = found(
        "The board voted 7-2 on the plan ( Kestrel Mining missed its goals ) and shares fell .\n"
        "Its rival said on Monday ; Norvale Mining would try ; talks go on .\n",
        "en",
    )
    assert ("Kestrel Mining", "person") not in got, got
    assert ("Norvale Mining", "person") not in got, got
