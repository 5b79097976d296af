"""Entity types by evidence around the name (issue 16, session 10), through the public
annotator: teams, fixtures and clubs, towns with a state abbreviation, places after ``in``,
venues, storms and competitions, surnames written again after an unknown full name, and the
gazetteers' companies, parties and cities. The held-out keys (``benchmarks/keys/entities_*.json``,
NTREX-128 articles) are scored by ``benchmarks/entity_benchmark.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.entities import entities, typed

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def test_a_plural_after_the_is_a_team_and_a_place_before_it_joins_it() -> None:
    found = typed(
        # (the score shows a sport: only then is a plural after ``the`` a team)
        "The Hawks beat the Denver Nuggets 101-99 on Friday. The Chicago Pioneers host the Hawks "
        "next week, and the Kennedys watched Robert Kennedy speak."
    )
    assert found["Hawks"] == "organisation"
    assert found["Chicago Pioneers"] == "organisation"
    assert found["Denver Nuggets"] == "organisation"
    # A family named by its surname is no team.
    assert found.get("Kennedys") != "organisation"


def test_party_words_and_demonyms_are_no_teams() -> None:
    found = typed("The bill angered the Democrats, and the Austrians and the Olympics waited.")
    assert "Democrats" not in found or found["Democrats"] != "organisation"
    assert found.get("Austrians") != "organisation"
    assert found.get("Olympics") != "organisation"


def test_names_on_either_side_of_a_score_or_vs_are_clubs() -> None:
    found = typed(
        "Kilmarnock 2 - 1 Motherwell: a late goal sealed it.\nPreview: Harriers vs. Wrexham"
    )
    assert found["Kilmarnock"] == "organisation"
    assert found["Motherwell"] == "organisation"
    assert found["Wrexham"] == "organisation"
    # ``v.`` names a case, not a fixture.
    assert typed("The ruling in Smith v. Wade was cited.").get("Wade") != "organisation"


def test_a_club_word_after_a_town_makes_the_club_in_every_mention() -> None:
    (found,) = entities(
        "Sunderland beat the visitors, and the Sunderland manager praised his side. Fans "
        "celebrated in Sunderland after the match, and Sheffield striker Tom Hale was booked."
    )
    kinds = {(m, k) for m, k, _ in found}
    assert ("Sunderland", "organisation") in kinds
    assert ("Sheffield", "organisation") in kinds
    # The town's club is named by the town: a city plus a club word joins into one club.
    assert (
        typed("It was a fine day for Bristol City, and City manager Nigel Lowe smiled.")[
            "Bristol City"
        ]
        == "organisation"
    )


def test_a_town_with_a_state_abbreviation_and_places_after_in() -> None:
    text = "Police in Shreveport, La., arrested a man. He grew up in Wollongong with his aunt."
    (found,) = entities(text)
    kinds = {m: k for m, k, _ in found}
    assert kinds["Shreveport"] == "place"
    assert ("La.", "place", "Louisiana") in found
    assert kinds["Wollongong"] == "place"
    # Not a stake in a company, a report in a paper, or a title-case headline.
    assert typed("Mr Hale bought a stake in Zentrix last year.").get("Zentrix") != "place"
    assert typed("According to a report in Ars Technica, sales rose.").get("Ars Technica") != (
        "place"
    )


def test_a_venue_between_at_and_in_a_place() -> None:
    found = typed("The final was played at Kingsmeadow Park in London on Sunday.")
    assert found["Kingsmeadow Park"] == "place"


def test_storms_competitions_and_laws_are_not_people_or_bodies() -> None:
    found = typed(
        "Hurricane Delphine moved north on Monday. Delphine could bring floods. Fans of the "
        "Ryder Cup cheered as the Housing Finance Act passed."
    )
    assert "Delphine" not in found
    assert "Ryder Cup" not in found
    assert "Housing Finance Act" not in found


def test_an_unknown_full_name_whose_surname_is_written_again_is_a_person() -> None:
    (found,) = entities(
        "The goal came from Kwadwo Ansah-Boateng in the 80th minute. Ansah-Boateng ran to "
        "the fans, while Grady Pemberton watched. Pemberton had been dropped."
    )
    kinds = {(m, k, n) for m, k, n in found}
    assert ("Grady Pemberton", "person", "Grady Pemberton") in kinds
    assert ("Pemberton", "person", "Grady Pemberton") in kinds
    # A region with a direction word is no person (``Central Sulawesi`` ... ``Sulawesi``).
    assert (
        typed("Rain hit Central Plateau on Monday, and Plateau farms flooded.").get(
            "Central Plateau"
        )
        != "person"
    )


def test_gazetteer_companies_parties_cities_and_newspapers() -> None:
    found = typed(
        "Mr Lee has worked for Google, Microsoft and Apple. Labour and Plaid Cymru objected "
        "in Birmingham, the Des Moines Register reported, and China Daily ran an ad."
    )
    for name in ("Google", "Microsoft", "Apple", "Labour", "Plaid Cymru"):
        assert found[name] == "organisation", name
    assert found["Birmingham"] == "place"
    assert found["Des Moines Register"] == "organisation"
    assert found["China Daily"] == "organisation"


def test_other_languages_keep_the_chunker_types() -> None:
    from newsbrief.annotators.entities.annotator import EntityAnnotator
    from newsbrief.model import AnnotationKind, Document, Metadata

    text = "Die Giants schlugen die Stars 3-1 in Berlin."
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="de", metadata=Metadata(language="de"))]
    )
    found = {a.text: a.attributes["type"] for a in document.annotations_of(AnnotationKind.ENTITY)}
    assert found.get("Berlin") == "place"
    assert "Giants" not in found or found["Giants"] != "organisation"


@pytest.mark.shared
def test_held_out_keys_score_above_the_targets() -> None:
    if not (SHARED / "ntrex128" / "en").is_dir():
        pytest.skip(f"NTREX-128 not found in {SHARED} (shared evaluation data)")
    # The targets are the English ones (CoNLL-2003); keys of other languages are scored beside
    # them in docs/entities-and-quotes.md, well below these figures.
    keys = sorted((ROOT / "benchmarks" / "keys").glob("entities_en-*.json"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "entity_benchmark.py"), "--no-spacy",
         "--no-meantime", "--keys", *map(str, keys)],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    rows = [line for line in done.stdout.splitlines() if "| newsbrief | exact |" in line]
    assert len(rows) == len(keys) >= 3, done.stdout
    for row in rows:
        cells = row.split("|")
        _, org_r, _ = (float(x.strip(" *")) for x in cells[4].split("/"))
        p, _, f1 = (float(x.strip(" *")) for x in cells[6].split("/"))
        # The targets (CoNLL-2003, measured by the maintainers): F1 >= 75, precision
        # >= 85, organisation recall >= 50.
        assert f1 >= 75 and p >= 85 and org_r >= 50, row
