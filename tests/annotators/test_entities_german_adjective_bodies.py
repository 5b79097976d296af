"""German bodies named by an adjective before their noun (issue 16, session 36): a town's
adjective before a body's noun (``Wiener Börse``, ``Kärntner Landtag``; ``[entities]
town_adjective_bodies``), and an adjective before a fund's, a society's or a museum's noun
(``Schweizerischer Nationalfonds``; ``[entities] org_heads``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_towns_adjective_before_a_bodys_noun_names_the_body() -> None:
    got = found(
        "Die Frankfurter Börse schloss im Plus, der Bayerische Rundfunk berichtete, und "
        "im Tiroler Landtag stritten die Parteien mit den Berliner Philharmonikern.",
        "de",
    )
    assert ("Frankfurter Börse", "organisation") in got, got
    assert ("Tiroler Landtag", "organisation") in got, got
    assert ("Berliner Philharmonikern", "organisation") in got, got


def test_a_towns_adjective_before_a_common_noun_names_no_body() -> None:
    got = found("Der Stuttgarter Konzern will sparen, die Hamburger Firma nicht.", "de")
    assert not got, got


def test_an_adjective_before_a_fund_or_a_society_names_the_body() -> None:
    got = found(
        "Gefördert wird das Projekt vom Österreichischen Wissenschaftsfonds und von der "
        "Deutschen Krebsgesellschaft.",
        "de",
    )
    assert ("Österreichischen Wissenschaftsfonds", "organisation") in got, got
    assert ("Deutschen Krebsgesellschaft", "organisation") in got, got


def test_a_body_its_noun_alone_names_grows_by_its_towns_adjective() -> None:
    got = found("Blick in den Saal am Gürtel.\n© Wiener Volksoper/Anna Berg", "de")
    assert ("Wiener Volksoper", "organisation") in got, got
    assert ("Volksoper", "organisation") not in got, got
    # (in a sentence too, where the noun alone names the body a second time)
    got = found("Sie sang an der Wiener Staatsoper und später wieder an der Staatsoper.", "de")
    assert ("Wiener Staatsoper", "organisation") in got, got


def test_a_company_named_before_its_subsidiary_is_cut_off_the_subsidiary() -> None:
    got = found("Die Siemens-Tochter Healthineers und die Konzerntochter Vivendo wachsen.", "de")
    assert ("Healthineers", "organisation") in got, got
    assert not any(name.startswith("Siemens-Tochter") for name, _ in got), got


def test_a_daughter_before_a_name_names_no_company() -> None:
    got = found("Er kam mit seiner Tochter Lena Brandt zur Premiere.", "de")
    assert ("Lena Brandt", "person") in got, got


def test_a_determiner_or_common_adjective_before_a_bodys_noun_names_no_body() -> None:
    # (only a place's adjective names the body: ``-er`` alone also ends ``Dieser``, ``neuer``)
    got = found(
        "Jeder Landtag muss zustimmen. Ein neuer Gemeinderat wird gewählt, und unser "
        "Kurier bringt es. Welcher Stadtrat hat recht? Die Münchner Philharmoniker, "
        "die Basler Zeitung und die Allgäuer Zeitung berichteten. Traut Euer Anzeiger dem?",
        "de",
    )
    assert ("Münchner Philharmoniker", "organisation") in got, got
    assert ("Basler Zeitung", "organisation") in got, got
    # (inside a sentence a capital says a region's adjective too, ``Allgäuer``)
    assert ("Allgäuer Zeitung", "organisation") in got, got
    assert not {name for name, _ in got} & {
        "Jeder Landtag",
        "neuer Gemeinderat",
        "unser Kurier",
        "Welcher Stadtrat",
        "Euer Anzeiger",
    }, got


def test_a_capitalised_adjective_before_a_towns_adjective_opens_the_bodys_name() -> None:
    # (German capitalises an adjective after an article only in a name)
    got = found(
        "Das stand im Archiv des Neuen Wiener Tagblatts, sagte ein Redakteur der Neuen "
        "Zürcher Zeitung.",
        "de",
    )
    assert ("Neuen Wiener Tagblatts", "organisation") in got, got
    assert ("Neuen Zürcher Zeitung", "organisation") in got, got
    assert ("Zürcher Zeitung", "organisation") not in got, got
