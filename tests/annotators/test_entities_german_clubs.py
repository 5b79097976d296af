"""German sports clubs by the words of their names (issue 16, session 25): a club's word
before its town (``VfB``, ``1. FC``, ``Borussia``), a town's adjective before a club's word
(``Karlsruher SC``), a town and the club's year; the club's word alone then names it too."""

from __future__ import annotations

from helpers.entities import found, typed


def _types(text: str) -> dict[str, str]:
    """Each entity mention's text -> its type, in a German document."""
    return typed(text, "de")


def test_a_clubs_word_and_its_town_are_the_club() -> None:
    found = _types("Der VfL Bochum unterlag der Borussia Mönchengladbach, der VfL bleibt unten.")
    assert found.get("VfL Bochum") == "organisation"
    assert found.get("Borussia Mönchengladbach") == "organisation"
    assert found.get("VfL") == "organisation"
    assert "Bochum" not in found


def test_a_numbered_club_and_a_town_of_two_names() -> None:
    found = _types("Der 1. FC Nürnberg empfängt am Freitag den FC Bayern München.")
    assert found.get("1. FC Nürnberg") == "organisation"
    assert found.get("FC Bayern München") == "organisation"


def test_a_towns_adjective_before_a_clubs_word_and_a_clubs_year() -> None:
    found = _types("Der Karlsruher SC spielte in Hamburg, Schalke 04 verlor gegen Mainz 05.")
    assert found.get("Karlsruher SC") == "organisation"
    assert found.get("Mainz 05") == "organisation"
    assert found.get("Hamburg") == "place"


def test_a_clubs_word_and_year_name_a_club_of_no_listed_town() -> None:
    found = _types("Der FC Schalke 04 hat seinen Trainer entlassen, auch Hertha BSC wankt.")
    assert found.get("FC Schalke 04") == "organisation"
    assert found.get("Hertha BSC") == "organisation"


def test_a_clubs_town_alone_in_a_sports_report_is_the_club() -> None:
    # (the document names the club with its town; not after a preposition of place, a
    # place's noun or as a dateline; a document naming no club keeps its town)
    got = found(
        "Bochum.\nDer VfL Bochum hat gegen den HC Davos verloren. Bochum rutscht ab, Davos "
        "bleibt oben. Die Fans in Bochum pfiffen. Die Stadt Bochum plant ein neues Stadion.",
        "de",
    )
    assert ("Bochum", "organisation") in got, got
    assert ("Davos", "organisation") in got, got
    assert ("Bochum", "place") in got, got
    got = found(
        "Die Universität Bochum forscht. In Bochum leben viele Studenten. Zuletzt wuchs Bochum "
        "stark.",
        "de",
    )
    assert ("Bochum", "place") in got, got
    assert ("Bochum", "organisation") not in got, got


def test_a_clubs_town_in_brackets_after_a_persons_name_is_the_town() -> None:
    got = found(
        "Der VfB Stuttgart siegte 2:0, danach lag Stuttgart vorn. Schiedsrichter: Weber "
        "(Stuttgart)",
        "de",
    )
    assert ("Stuttgart", "organisation") in got, got
    assert ("Stuttgart", "place") in got, got


def test_a_clubs_town_after_a_bodys_noun_stays_the_town() -> None:
    # (a capitalised noun right before the town names a body or a place by it: ``Börse
    # Frankfurt``, ``Gemeinderat Wien``; a stop word opening a sentence does not)
    got = found(
        "Eintracht Frankfurt gewann. Die Börse Frankfurt stieg, der Gemeinderat Frankfurt "
        "tagte. Gegen Frankfurt verlor Mainz.",
        "de",
    )
    assert ("Frankfurt", "place") in got, got
    assert ("Frankfurt", "organisation") in got, got
