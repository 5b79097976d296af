"""German places found by what German news writes around them (issue 16, session 25): the
states and cantons by name, towns after a preposition of place or a place's noun, and a body
named by its place (``Landgericht Ulm``). German capitalises every noun, so a capital alone
proves nothing."""

from __future__ import annotations

import pytest

from helpers.entities import typed


def _types(text: str) -> dict[str, str]:
    """Each entity mention's text -> its type, in a German document."""
    return typed(text, "de")


def test_german_states_and_austrian_lands_are_places() -> None:
    found = _types("Im Herbst wird in Sachsen und Thüringen gewählt, im Frühjahr in Vorarlberg.")
    assert found.get("Sachsen") == "place"
    assert found.get("Thüringen") == "place"
    assert found.get("Vorarlberg") == "place"


def test_an_adjective_sharing_a_countrys_stem_is_no_place() -> None:
    found = _types("Die Europäische Zentralbank hält den Zins, die Münchener Firmen sparen.")
    assert "Europäische" not in found
    assert "Münchener" not in found


def test_a_small_town_after_a_preposition_of_place_is_a_place() -> None:
    found = _types("Ein Autofahrer aus Neckarsulm ist am Morgen bei Weinsberg verunglückt.")
    assert found.get("Neckarsulm") == "place"
    assert found.get("Weinsberg") == "place"


def test_a_common_noun_named_like_a_town_stays_a_noun() -> None:
    found = _types("Nach Ende der Saison wechselt er, bei Regen fällt das Training aus.")
    assert "Ende" not in found
    assert "Regen" not in found


def test_a_body_named_by_its_place_is_one_organisation() -> None:
    found = _types("Das Landgericht Ulm verurteilte den Mann, die Universität Tübingen forscht.")
    assert found.get("Landgericht Ulm") == "organisation"
    assert found.get("Universität Tübingen") == "organisation"


def test_a_places_noun_leaves_the_places_name() -> None:
    found = _types("In der Gemeinde Rechberghausen brannte ein Haus, die Stadt Göppingen hilft.")
    assert found.get("Rechberghausen") == "place"
    assert found.get("Göppingen") == "place"


def test_a_town_read_in_one_run_with_a_noun_is_cut_out() -> None:
    found = _types("Unbekannte haben in Weinsberg Autos beschädigt. Der Stadtrat von Uhingen tagt.")
    assert found.get("Weinsberg") == "place"
    assert found.get("Uhingen") == "place"


def test_a_town_read_in_one_run_over_an_article_is_cut_out() -> None:
    found = _types("Tatsächlich hat das Finanzamt in Wetzlar den Bescheid zurückgenommen.")
    assert found.get("Wetzlar") == "place"


def test_the_town_a_role_is_of_is_no_person() -> None:
    found = _types("Sie ist seit dem Frühjahr Bürgermeisterin von Herrenberg und lebt dort.")
    assert found.get("Herrenberg") == "place"


def test_a_city_named_like_a_first_name_after_a_preposition_is_a_place() -> None:
    found = _types("Die Messe findet dieses Jahr wieder in Basel statt.")
    assert found.get("Basel") == "place"


def test_towns_listed_after_a_preposition_with_a_known_town_are_places() -> None:
    found = _types("Die Tour führt nach Straßburg, Mailand und Venedig.")
    assert found.get("Straßburg") == "place"
    assert found.get("Mailand") == "place"
    assert found.get("Venedig") == "place"


def test_a_countrys_plural_dative_is_the_country() -> None:
    found = _types("Auch in den Niederlanden steigen die Mieten.")
    assert found.get("Niederlanden") == "place"


def test_a_body_named_by_its_place_after_an_article_in_one_run() -> None:
    found = _types("Nach Angaben der Polizei Reutlingen wurde niemand verletzt.")
    assert found.get("Polizei Reutlingen") == "organisation"


def test_a_town_written_without_its_rivers_name_is_the_town() -> None:
    found = _types("Der Fahrer stammt aus Ludwigshafen und arbeitet bei Kirchheim.")
    assert found.get("Ludwigshafen") == "place"
    assert found.get("Kirchheim") == "place"


def test_a_point_of_the_compass_written_onto_a_place_is_a_place() -> None:
    found = _types("Nach dem Sturm sind in Norddeutschland Tausende ohne Strom, auch Osteuropa.")
    assert found.get("Norddeutschland") == "place"
    assert found.get("Osteuropa") == "place"


def test_an_islands_noun_leaves_the_islands_name() -> None:
    found = _types("Auf der Insel Föhr wurden mehrere Strandkörbe ins Meer gespült.")
    assert found.get("Föhr") == "place"


def test_a_village_too_small_for_the_list_is_a_place_by_its_ending() -> None:
    found = _types("Der Fahrer aus Oberriexingenhausen war zu schnell. Streik in Hauptstadt.")
    assert found.get("Oberriexingenhausen") == "place"
    assert "Hauptstadt" not in found


def test_rivers_are_places() -> None:
    found = _types("Die Proben stammen aus der Elbe, der Saale und dem Neckar.")
    assert found.get("Elbe") == "place"
    assert found.get("Neckar") == "place"


def test_a_preposition_opening_a_sentence_is_no_first_name() -> None:
    found = _types("Seit Jahren wächst die Zahl der Anträge in Fellbach.")
    assert "Seit Jahren" not in found
    assert found.get("Fellbach") == "place"


def test_a_place_before_a_hyphen_and_a_common_noun_is_the_place() -> None:
    got = _types(
        "Nach dem Hamburg-Besuch fuhr die Ministerin weiter. Die Rom-Reise fiel aus. "
        "In Köln-Nord brannte ein Lager, Baden-Württemberg schickte Helfer."
    )
    assert got["Hamburg"] == got["Rom"] == "place"
    # (a district's part after the hyphen: one place; a state of its own stays whole)
    assert got["Köln-Nord"] == got["Baden-Württemberg"] == "place"


def test_a_valley_or_a_lake_named_by_its_compound_is_a_place() -> None:
    found = _types(
        "Die Gäste kamen am Abend aus dem Zillertal zurück. Am Sonntag fuhren sie ins "
        "Lechtal, am Montag segelten sie auf dem Tegernsee."
    )
    assert found.get("Zillertal") == "place"
    assert found.get("Lechtal") == "place"
    assert found.get("Tegernsee") == "place"


def test_a_common_noun_ending_like_a_valley_or_a_lake_is_none() -> None:
    found = _types(
        "Der Verletzte liegt im Spital. Im Quartal sank der Umsatz, im Baggersee badet keiner."
    )
    assert not {"Spital", "Quartal", "Baggersee"} & set(found)


def test_a_kind_of_lake_or_valley_and_a_noun_ending_in_see_are_no_place() -> None:
    found = _types(
        "Die Forscher fuhren zum Kratersee und tauchten im Salzsee. Ins Nebental kam keiner. "
        "Das Exposee liegt dem Rat vor."
    )
    assert not {"Kratersee", "Salzsee", "Nebental", "Exposee"} & set(found)


def test_a_town_named_like_a_noun_after_a_topic_preposition_is_the_noun() -> None:
    # (``über`` and ``bis`` open a route and a topic: listed with a common noun, or written
    # elsewhere after an article, the town's name is the noun; a route keeps its towns)
    found = _types("Der Trainer hielt einen Vortrag über Siegen und Verlieren.")
    assert "Siegen" not in found
    found = _types("Das Erlangen der Mehrheit dauerte. Der Streit über Erlangen hielt an.")
    assert "Erlangen" not in found
    found = _types("Die Umleitung führt über Siegen und Hagen, die Linie endet bis Erlangen.")
    assert found.get("Siegen") == found.get("Erlangen") == "place"


def test_a_street_or_a_square_is_a_place_by_the_form_of_its_name() -> None:
    # (an undeclined adjective before the noun, names hyphened to it, or one word with a
    # house number; not a common noun so ending, nor a count after one)
    found = _types(
        "Der Unfall geschah in der Ulmer Straße nahe der Hans-Sachs-Allee. Die Lindenstraße 14 "
        "bleibt gesperrt. Die Fahrradstraße kommt, auf dem Marktplatz waren 2000 Menschen."
    )
    assert found.get("Ulmer Straße") == "place"
    assert found.get("Hans-Sachs-Allee") == "place"
    assert found.get("Lindenstraße") == "place"
    assert not {"Fahrradstraße", "Marktplatz"} & set(found)


def test_an_adjective_opening_a_sentence_before_a_streets_noun_is_no_street() -> None:
    # (every word opening a sentence is capitalised: ``Erster Platz``, a headline's rank, is
    # no square; a place's adjective there still names one)
    found = _types("Erster Platz für Norwegen. Letzter Platz: Bochum. Berliner Straße gesperrt.")
    assert not {"Erster Platz", "Letzter Platz"} & set(found)
    assert found.get("Berliner Straße") == "place"


def test_a_count_of_a_noun_after_a_compound_of_a_streets_noun_is_no_house_number() -> None:
    # (``200 Menschen``, ``2 Kilometer``: a number before a noun counts it; ``Parkstraße 12
    # in Bonn`` keeps its house number)
    found = _types(
        "Auf dem Marktplatz 200 Menschen. Für den Heimweg 2 Kilometer. Er wohnt in der "
        "Parkstraße 12 in Bonn."
    )
    assert not {"Marktplatz", "Heimweg"} & set(found)
    assert found.get("Parkstraße") == "place"


@pytest.mark.parametrize(
    ("text", "places", "not_found"),
    [
        pytest.param(
            # (``Wissen``, a small town's name, is the noun ``knowledge`` after ``aus``)
            "Sie schöpft aus Wissen und Erfahrung. Sie zog nach Wetzlar.",
            ["Wetzlar"],
            ["Wissen"],
            id="knowledge_named_like_a_town_stays_a_noun",
        ),
        pytest.param(
            # (``an der``, ``in der``, ``am`` before one word ending in a way's or a square's noun;
            # not a kind of road or place so written, nor a bank, ``am Flussufer``)
            (
                "Die Pläne liegen im Rathaus an der Lindenholzstraße aus. Die Kundgebung beginnt "
                "am Weidenplatz, das Büro liegt in der Brunnengasse. Der Stau an der Bundesstraße "
                "reichte bis zum Feld, am Arbeitsplatz fehlte er, am Flussufer wartete sie."
            ),
            ["Lindenholzstraße", "Weidenplatz", "Brunnengasse"],
            ["Bundesstraße", "Arbeitsplatz", "Flussufer"],
            id="a_streets_one_word_name_after_a_preposition_of_where_on_it_is_a_place",
        ),
        pytest.param(
            # (a route ``zwischen`` one square and another: both names; not a kind of place)
            (
                "Die Bahn fährt zwischen Lindenplatz und Brunnenplatz. Er pendelt zwischen "
                "Arbeitsplatz und Wohnung."
            ),
            ["Lindenplatz", "Brunnenplatz"],
            ["Arbeitsplatz"],
            id="squares_listed_after_zwischen_are_places",
        ),
        pytest.param(
            # (``in``/``aus`` and a town's compound with one capitalised word ending like no common
            # noun: the district; the town alone before a common noun, ``Berlin-Besuch``)
            (
                "Die Feuerwehr pumpte Keller in Bremen-Vegesack leer. Helfer kamen aus "
                "Salzgitter-Lebenstedt. Der Bremen-Besuch der Ministerin fiel aus."
            ),
            ["Bremen-Vegesack", "Salzgitter-Lebenstedt"],
            ["Bremen-Besuch"],
            id="a_towns_compound_after_in_or_aus_is_a_part_of_the_town",
        ),
        pytest.param(
            # (an upper, lower or central part of a known place; not a compound whose rest is no
            # place, ``Oberarzt``, ``Niederlage``, ``Zentralbank``)
            (
                "Der Pegel am Oberrhein stieg weiter, in Zentralasien regnete es. Der Oberarzt "
                "sprach nach der Niederlage mit der Zentralbank."
            ),
            ["Oberrhein", "Zentralasien"],
            ["Oberarzt", "Niederlage", "Zentralbank"],
            id="a_known_place_with_ober_nieder_or_zentral_written_onto_it_is_a_place",
        ),
        pytest.param(
            # (``im``/``ins`` and a lower-case adjective of a country or a land before a town of the
            # list, a small one too; not a common noun, ``im deutschen Fernsehen``)
            (
                "Das Lager steht im niederländischen Venlo, die Fahrer prüfen im bayerischen "
                "Dingolfing Ersatzteile. Das lief im deutschen Fernsehen."
            ),
            ["Venlo", "Dingolfing"],
            ["Fernsehen"],
            id="a_town_after_a_countrys_adjective_is_a_place",
        ),
        pytest.param(
            # (after ``in``, a loanword's plural is no district, ``in Bayern-Trikots``; a town of
            # the list that the gazetteer has as no place counts only as a district's head, ``in
            # Corona-Zeiten``)
            "Die Fans in Bayern-Trikots jubelten. Wie war das Leben in Corona-Zeiten?",
            [],
            ["Bayern-Trikots", "Corona"],
            id="a_towns_compound_with_a_plural_or_a_common_noun_is_no_district",
        ),
        pytest.param(
            # (``am Scheideweg``: at a crossroads; ``am Sonderweg``, ``am Kunstrasenplatz``: common
            # nouns)
            (
                "Die Partei steht am Scheideweg, sagte Anna Schmidt. Die Regierung hält am "
                "Sonderweg fest, das Team trainiert am Kunstrasenplatz. Sie wohnt am Lindenplatz."
            ),
            ["Lindenplatz"],
            ["Scheideweg", "Sonderweg", "Kunstrasenplatz"],
            id="a_ways_figure_of_speech_after_am_is_no_street",
        ),
        pytest.param(
            # (a compound ends in its head: ``Firmenparkplatz`` is a ``Parkplatz``; not a square's
            # name)
            (
                "Der Unfall passierte am Autobahnparkplatz. Sie trafen sich am Firmenparkplatz "
                "und am Schulsportplatz. Er wohnt am Lindenplatz, sie an der Gartenstraße."
            ),
            ["Lindenplatz", "Gartenstraße"],
            ["Autobahnparkplatz", "Firmenparkplatz", "Schulsportplatz"],
            id="a_compound_of_a_kind_of_square_after_am_is_no_street",
        ),
    ],
)
def test_german_places_and_the_nouns_written_like_them(
    text: str, places: list[str], not_found: list[str]
) -> None:
    found = _types(text)
    for place in places:
        assert found.get(place) == "place", found
    assert not set(not_found) & set(found), found


def test_a_town_listed_with_a_town_after_a_topic_preposition_stays_the_town() -> None:
    # (the noun after an article elsewhere does not outweigh a route's list of towns)
    found = _types("Das Essen war kalt. Der Zug fuhr über Essen und Dortmund nach Hamm.")
    assert found.get("Essen") == "place"


def test_a_club_after_beim_or_vom_and_a_countrys_adjective_is_no_place() -> None:
    # (sports news names a club by its town so: ``beim spanischen Getafe``)
    found = _types(
        "Beim spanischen Getafe lief es schlecht, er wechselt vom spanischen Valencia zu uns."
    )
    assert found.get("Getafe") != "place"
    assert found.get("Valencia") != "place"
    assert found == {}


def test_a_town_after_im_or_ins_and_a_countrys_adjective_is_a_place() -> None:
    # (the partner of the case above: ``im``, ``ins`` keep the town a place, so the exclusion
    # is of ``beim``, ``vom`` alone)
    found = _types("Im spanischen Getafe lief es schlecht, er zieht ins spanische Valencia.")
    assert found == {"Getafe": "place", "Valencia": "place"}
