"""German towns that only where they stand or how the list spells them show (issue 16,
session 36): a town of the list opening a dateline in its own spelling (``Passau – Nach
...``), a town's name with the qualifier the list names it with (``Frankfurt am Main``), and
a town with a smaller town or quarter of the list hyphened to it (``Hamburg-Bergedorf``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_town_opening_a_dateline_before_a_dash_is_a_place() -> None:
    got = found(
        "Regensburg – Nach dem Unwetter räumen die Helfer auf.\n"
        "Innsbruck (APA) – Die Polizei sucht Zeugen.",
        "de",
    )
    assert ("Regensburg", "place") in got, got
    assert ("Innsbruck", "place") in got, got


def test_a_town_opening_a_dateline_before_a_full_stop_is_a_place() -> None:
    # (German writes the dateline's town with a full stop too; a list of towns is none)
    got = found(
        "Veröffentlicht am 3. Mai 2026\nGöttingen. Im Streit um die Mieten hat der Rat "
        "entschieden.\nHeilbronn. Ulm. Aalen.",
        "de",
    )
    assert ("Göttingen", "place") in got, got
    assert ("Heilbronn", "place") not in got, got


def test_a_towns_common_noun_opening_a_sentence_before_a_full_stop_is_no_dateline() -> None:
    # (a town named like a common noun that the document writes after an article, ``dem
    # Essen``, is the noun; a town written only as a name keeps its dateline)
    got = found("Essen. Nach dem Essen gingen alle nach Hause.", "de")
    assert not {text for text, _ in got} & {"Essen", "dem Essen"}, got
    got = found("Löhne. Die Tarifrunde beginnt am Montag, die Löhne sollen steigen.", "de")
    assert "Löhne" not in {text for text, _ in got}, got
    got = found("Essen. Nach dem Spiel fuhren die Fans nach Hause.", "de")
    assert ("Essen", "place") in got, got


def test_a_results_line_is_no_dateline() -> None:
    got = found("Freiburg – Augsburg 3:1\nDer Sieg war verdient.", "de")
    assert ("Freiburg", "place") not in got, got


def test_a_pairing_with_words_after_it_is_no_dateline() -> None:
    # (the other side after the dash is a place too, whatever lower-case words follow)
    got = found(
        "Augsburg – Stuttgart: alle Tore im Video\nWolfsburg – Bochum 3:1 nach "
        "Elfmeterschießen\nDas Spiel war hart.",
        "de",
    )
    assert ("Augsburg", "place") not in got, got
    assert ("Wolfsburg", "place") not in got, got


def test_a_town_keeps_the_qualifier_the_list_names_it_with() -> None:
    got = found(
        "Der Zug fährt von Neumarkt in der Oberpfalz nach Brandenburg an der Havel, sagte "
        "die Bahn.",
        "de",
    )
    assert ("Neumarkt in der Oberpfalz", "place") in got, got
    assert ("Brandenburg an der Havel", "place") in got, got
    assert ("Havel", "place") not in got, got


def test_a_qualifier_no_town_of_the_list_has_stays_out() -> None:
    got = found("Er war in Frankfurt am Montag und in Köln am Abend.", "de")
    assert ("Frankfurt", "place") in got, got


def test_a_town_after_a_preposition_of_a_route_is_a_place() -> None:
    got = found("Der Intercity fährt ab Hannover über Fulda bis Würzburg, sagte die Bahn.", "de")
    assert ("Hannover", "place") in got, got
    assert ("Fulda", "place") in got, got
    assert ("Würzburg", "place") in got, got


def test_a_person_or_a_time_after_a_preposition_of_a_route_is_no_place() -> None:
    got = found("Sie sprach über Merkel, ab Montag und bis Ende Mai gilt die Regel.", "de")
    assert not any(kind == "place" for _, kind in got), got


def test_a_town_and_a_smaller_town_or_quarter_hyphened_are_one_place() -> None:
    got = found("Der Bus fährt von Frankfurt-Höchst nach Berlin-Spandau, sagte ein Sprecher.", "de")
    assert ("Frankfurt-Höchst", "place") in got, got
    assert ("Berlin-Spandau", "place") in got, got
    assert ("Frankfurt", "place") not in got, got


def test_a_qualified_town_whose_first_word_reads_as_a_word_is_whole() -> None:
    # (``Weil``: a conjunction; ``Halle``: a first name; the river alone was the place)
    got = found(
        "Die Polizei in Halle an der Saale ermittelt, der Zoll in Weil am Rhein auch.", "de"
    )
    assert ("Halle an der Saale", "place") in got, got
    assert ("Weil am Rhein", "place") in got, got
    got = found("Die Halle am Rhein brennt, weil am Rhein Hochwasser ist.", "de")
    assert ("Rhein", "place") in got, got
    assert not any(text.startswith(("Halle", "weil")) for text, _ in got), got
    # (a town's name with no article after the qualifier: not the list's, a surname's)
    got = found("Das Buch schrieb Karl Freiherr von Stein in Bonn.", "de")
    assert not any(text.startswith("Stein in") for text, _ in got), got


def test_a_word_before_a_qualifier_and_a_country_is_no_town() -> None:
    # (a town is qualified by its river or region, never by its country: ``Lehre``, ``Regen``,
    # ``Ende`` are the nouns there, and the country alone is the place)
    got = found(
        "Forschung und Lehre in der Schweiz leiden. Ende in der Türkei: Die Regierung geht.", "de"
    )
    assert ("Schweiz", "place") in got, got
    assert ("Türkei", "place") in got, got
    assert not any(" in der " in text for text, _ in got), got
