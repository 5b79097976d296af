"""Result lists of a race in the wire's layout: the team after a rider's nationality in
brackets is an organisation (``1. Tomas Berg ( Norway ) Vantor 4 hours 51 minutes``), and a
nationality's noun before a rider's name (``Spaniard``, ``Dane``) is no part of the name."""

from __future__ import annotations

from itertools import count

from helpers.entities import found
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata

_RUNS = count()

_STAGE = (
    "CYCLING - BERG WINS SEVENTH STAGE .\n"
    "GRENOBLE , France 1996-07-12\n"
    "Norwegian Tomas Berg won the seventh stage on Friday after a long breakaway .\n"
    "Dane Mikkel Strand kept the overall lead .\n"
    "Leading results :\n"
    "1. Tomas Berg ( Norway ) Vantor 4 hours 51 minutes 12 seconds\n"
    "2. Pavel Orlik ( Czech Republic ) Corvella same time\n"
    "3. Mikkel Strand ( Denmark ) Brandelli 0:05\n"
)


def test_the_team_after_a_nationality_in_brackets_is_an_organisation() -> None:
    got = found(_STAGE, "en")
    for team in ("Vantor", "Corvella", "Brandelli"):
        assert (team, "organisation") in got, got
    assert ("Norway", "place") in got, got


def test_a_nationality_noun_before_a_name_is_no_part_of_it() -> None:
    got = found(_STAGE, "en")
    assert ("Mikkel Strand", "person") in got, got
    assert not any(text.startswith("Dane") for text, _ in got), got


def test_a_results_tables_notes_in_capitals_are_no_acronyms() -> None:
    got = found(
        "Results of games played on Tuesday ( home team in CAPS ) :\n"
        "RAVELLO 4 Treven 3 ( OT )\n"
        "Ostrand 2 MARLOW 1\n",
        "en",
    )
    assert not any(text in ("CAPS", "OT") for text, _ in got), got
    assert ("RAVELLO", "organisation") in got, got


def test_a_ranked_lists_names_before_their_points_are_no_makers() -> None:
    got = found(
        "Results of a women 's giant slalom on Saturday :\n"
        "1. Hanna Leitner ( Austria ) 2:17.45\n"
        "2. Greta Olsson ( Sweden ) 2:17.93\n"
        "World Cup overall standings :\n"
        "1. Leitner 412 points\n"
        "2. Olsson 398\n",
        "en",
    )
    assert ("Leitner", "person") in got, got
    assert ("Olsson", "person") in got, got
    assert not any(kind == "organisation" for _, kind in got), got


def _cost(row: str, n: int) -> float:
    annotator = EntityAnnotator()

    def run() -> None:
        # (a new text each run: no analysis is read back from a cache)
        text = "".join(row.format(k) for k in range(n)) + f"Stage {next(_RUNS)} .\n"
        annotator.annotate([Document.from_text(text, id="d", metadata=Metadata(language="en"))])

    return least_cpu_seconds(run)


def test_a_long_result_list_is_read_in_linear_time() -> None:
    row = "{0}. Tomas Berg ( Norway ) Vantor ( Brandelli ) ( x ) 4 hours {0} minutes\n"
    _cost(row, 20)
    assert _cost(row, 1600) < 16 * _cost(row, 200)


def test_a_ranked_lists_maker_before_a_model_code_stays_a_maker() -> None:
    text = "The best-selling vehicles last month:\n1. Ford F-150\n2. Honda CR-V\n"
    assert ("Ford", "organisation") in found(text, "en")


def test_teams_of_rows_run_on_in_one_line_or_before_a_gap_s_words_are_organisations() -> None:
    got = found(
        "CYCLING - ORLIK TAKES THE LEAD .\n"
        "Stage result : 1. Tomas Berg ( Norway ) Vantor 52 minutes 11 seconds 2. Pavel Orlik "
        "( Czech Republic ) Corvella 1:02 behind\n"
        "Overall : 1. Pavel Orlik ( Czech Republic ) Corvella 10 hours\n"
        "2. Mikkel Strand ( Denmark ) Brandelli at 4 seconds\n"
        "3. Luis Arrabal ( Spain ) Teverra one lap behind\n",
        "en",
    )
    for team in ("Vantor", "Corvella", "Brandelli", "Teverra"):
        assert (team, "organisation") in got, got


def test_a_long_line_of_run_on_rows_is_read_in_linear_time() -> None:
    row = "{0}. Tomas Berg ( Norway ) Vantor ( x ) {0} minutes "
    _cost(row, 20)
    assert _cost(row, 1600) < 16 * _cost(row, 200)
