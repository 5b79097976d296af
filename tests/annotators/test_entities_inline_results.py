"""Clubs named by their towns in the wire's inline results (several on one line after a
label, or a row with notes after it) and in team lists with each player's club in brackets."""

from __future__ import annotations

from helpers.entities import found, typed

_LEAGUE = (
    "SOCCER - NORTHERN LEAGUE ROUND-UP .\n"
    "EDINBURGH 1997-03-02\n"
    "Mild weather brought big crowds to every ground on Saturday .\n"
    "Second division : Stirling 2 Arbroath 2 , Montrose 0 Forfar 1 , Brechin 3 Ayr 1\n"
    "Dumbarton 1 ( Kerr 44 ) Peterhead 2 ( Shand 10 , Reid 81 ) . Crowd 1,200\n"
)

_SQUAD = (
    "RUGBY UNION - SCOTLAND KEEP FAITH WITH PACK .\n"
    "EDINBURGH 1997-02-11\n"
    "Scotland named an unchanged pack on Tuesday for the game against Ireland .\n"
    "Forwards : Tom Baird ( Melrose ) , Euan Craigie ( Hawick ) , Iain Munro ( Selkirk ) ,"
    " Rory Lennox ( Kelso )\n"
    "Ireland arrive in Edinburgh on Thursday .\n"
)


def test_several_results_on_a_labelled_line_name_clubs() -> None:
    got = found(_LEAGUE, "en")
    for club in ("Stirling", "Arbroath", "Montrose", "Forfar", "Brechin", "Ayr"):
        assert (club, "organisation") in got, got
    assert not any(club == "Stirling" and kind == "place" for club, kind in got), got


def test_a_result_row_with_a_note_after_it_names_clubs() -> None:
    got = typed(_LEAGUE)
    assert got.get("Dumbarton") == "organisation", got
    assert got.get("Peterhead") == "organisation", got


def test_a_players_club_in_brackets_on_a_list_line_is_an_organisation() -> None:
    got = typed(_SQUAD)
    for club in ("Melrose", "Hawick", "Selkirk", "Kelso"):
        assert got.get(club) == "organisation", (club, got)
    assert got.get("Edinburgh") == "place", got
    assert got.get("Ireland") == "place", got


def test_a_country_in_brackets_stays_a_place() -> None:
    got = typed(
        "Leading scores after the first round :\n"
        "66 Pedro Alvarez ( Spain ) , Lars Nyberg ( Sweden ) , Ken Ito ( Japan )\n"
    )
    for country in ("Spain", "Sweden", "Japan"):
        assert got.get(country) == "place", (country, got)


def test_one_pair_after_a_comma_in_prose_is_no_result() -> None:
    got = typed("Visitors came from far away , Stirling 2 Perth 3 were the bus numbers .\n")
    assert got.get("Perth") != "organisation", got


def test_long_lines_of_pairs_and_brackets_are_read_in_linear_time() -> None:
    import newsbrief.annotators.entities.sports_tables as sports_tables
    from helpers.timing import least_cpu_seconds

    lines = "Label : " + "Ab 1 Cd 2 , " * 20_000 + "\n" + "Ab ( Cd ) , " * 20_000 + "\n"
    assert least_cpu_seconds(lambda: sports_tables.table_rows(lines), repeat=1) < 2
    assert least_cpu_seconds(lambda: sports_tables.table_rows("A 1 , " * 40_000), repeat=1) < 2


def test_figures_after_places_in_no_sport_article_are_no_results() -> None:
    got = typed("Highs on Sunday : Lisbon 24 Rome 27 , Vienna 18 Prague 16 .\n")
    assert got.get("Lisbon") == "place", got
    assert got.get("Prague") == "place", got
