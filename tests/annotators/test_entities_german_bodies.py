"""German bodies' names (issue 16, session 25): a body's branch or seat written right after
its name, a hyphenated compound of a name and a body's noun, an adjective and a body's noun in
any case, a body after a noun for its kind, and the parties and federal bodies named alone."""

from __future__ import annotations

from helpers.entities import typed
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import Document, Metadata


def _types(text: str) -> dict[str, str]:
    """Each entity mention's text -> its type, in a German document."""
    return typed(text, "de")


def test_a_body_and_the_place_after_it_are_one_name() -> None:
    found = _types("Die Technische Universität Dresden baut ein neues Labor für Chips.")
    assert found.get("Technische Universität Dresden") == "organisation"
    assert "Dresden" not in found


def test_a_regional_branch_after_a_union_is_part_of_its_name() -> None:
    found = _types("Der Streik wurde von der Gewerkschaft Verdi Hessen am Montag ausgerufen.")
    assert found.get("Verdi Hessen") == "organisation"


def test_a_hyphenated_name_and_a_bodys_noun_name_the_body() -> None:
    found = _types(
        "Die EU-Kommission lobt eine Studie der Humboldt-Universität, die das "
        "Forschungsinstitut nicht prüfte."
    )
    assert found.get("EU-Kommission") == "organisation"
    assert found.get("Humboldt-Universität") == "organisation"
    assert "Forschungsinstitut" not in found


def test_an_adjective_and_a_bodys_noun_in_the_genitive_name_the_body() -> None:
    found = _types("Laut einer Schätzung des Statistischen Bundesamtes sinken die Preise.")
    assert found.get("Statistischen Bundesamtes") == "organisation"


def test_parties_and_federal_bodies_named_alone_are_bodies() -> None:
    found = _types("Die Grünen und die Bundesbank warnen, der Nationalrat in Wien schweigt.")
    assert found.get("Grünen") == "organisation"
    assert found.get("Bundesbank") == "organisation"
    assert found.get("Nationalrat") == "organisation"


def test_a_bodys_name_goes_on_with_its_complement() -> None:
    found = _types(
        "Das Bundesministerium für Bildung und Forschung und das Bundesamt für Migration "
        "und Flüchtlinge legten am Montag Zahlen vor."
    )
    assert found.get("Bundesministerium für Bildung und Forschung") == "organisation"
    assert found.get("Bundesamt für Migration und Flüchtlinge") == "organisation"


def test_a_generic_noun_and_its_complement_after_an_indefinite_article_are_no_body() -> None:
    found = _types("Die Stadt plant ein Zentrum für Flüchtlinge am Bahnhof.")
    assert not any("Zentrum" in name for name in found)


def test_an_adjective_in_ige_and_a_parliament_name_bodies() -> None:
    found = _types("Die Ständige Impfkommission stellt den Bericht im Europäischen Parlament vor.")
    assert found.get("Ständige Impfkommission") == "organisation"
    assert found.get("Europäischen Parlament") == "organisation"


def test_audit_courts_chambers_and_a_bank_named_by_its_state() -> None:
    found = _types(
        "Der Rechnungshof und die Arbeiterkammer prüfen die Kredite der Landesbank "
        "Baden-Württemberg, sagt der Deutsche Wetterdienst nicht."
    )
    assert found.get("Rechnungshof") == "organisation"
    assert found.get("Arbeiterkammer") == "organisation"
    assert found.get("Landesbank Baden-Württemberg") == "organisation"
    assert found.get("Deutsche Wetterdienst") == "organisation"


def test_a_body_named_after_a_person_is_a_body() -> None:
    found = _types("Das Robert Koch-Institut meldet für diese Woche mehr Grippefälle.")
    assert found.get("Robert Koch-Institut") == "organisation"


def test_a_federal_office_compound_and_a_university_named_after_a_person() -> None:
    found = _types(
        "Das Umweltbundesamt und die Martin-Luther-Universität Halle-Wittenberg forschen."
    )
    assert found.get("Umweltbundesamt") == "organisation"
    assert found.get("Martin-Luther-Universität Halle-Wittenberg") == "organisation"


def test_an_institute_or_association_goes_on_with_its_genitive() -> None:
    found = _types(
        "Laut einer Studie des Instituts der deutschen Wirtschaft sinken die Löhne. "
        "Der Bundesverband der Deutschen Industrie warnt vor neuen Zöllen."
    )
    assert found.get("Instituts der deutschen Wirtschaft") == "organisation"
    assert found.get("Bundesverband der Deutschen Industrie") == "organisation"


def test_a_body_and_a_country_after_it_in_a_clause_stay_two_names() -> None:
    # (review: a subordinate clause puts its subject and object side by side)
    found = _types(
        "Er sagte, dass die Bundeswehr Afghanistan verlassen habe. Weil die EU China "
        "kritisiert, reagiert Peking verärgert."
    )
    assert found.get("Bundeswehr") == "organisation"
    assert found.get("Afghanistan") == "place"
    assert found.get("China") == "place"
    assert "Bundeswehr Afghanistan" not in found
    assert "EU China" not in found


def test_an_acronym_hyphened_to_a_role_is_the_body_the_role_is_held_in() -> None:
    found = _types(
        "DGB-Chefin Yasmin Fahimi warnte. Später sprach FPÖ-Parteiobmann Herbert Kickl, "
        "und UN-Generalsekretär António Guterres antwortete."
    )
    assert found.get("DGB") == found.get("FPÖ") == found.get("UN") == "organisation"
    assert found.get("Yasmin Fahimi") == found.get("Herbert Kickl") == "person"


def test_a_common_noun_abbreviation_before_a_role_names_no_body() -> None:
    found = _types("Der IT-Chef Hans Meier und die KI-Expertin Anna Roth kündigten.")
    assert "IT" not in found
    assert "KI" not in found


def test_a_word_hyphened_to_a_body_role_and_written_bare_is_a_body() -> None:
    found = _types(
        "Vorwerk-Chef Thomas Stoffmehl kündigte neue Geräte an. Im Frühjahr liefert Vorwerk "
        "die ersten aus."
    )
    assert found.get("Vorwerk") == "organisation"
    assert found.get("Thomas Stoffmehl") == "person"


def test_a_common_noun_hyphened_to_a_role_names_no_body() -> None:
    # (a common noun takes an article wherever else it stands)
    found = _types("Partei-Chef Jan Roth sprach lange. Die Partei tagte bis zum Abend.")
    assert "Partei" not in found


def test_the_noun_for_a_company_s_kind_is_no_part_of_its_name() -> None:
    found = _types(
        "Der Softwareanbieter Nemetschek Group meldete mehr Umsatz, der Zulieferer Schaeffler "
        "Technologies weniger."
    )
    assert found.get("Nemetschek Group") == "organisation"
    assert found.get("Schaeffler Technologies") == "organisation"
    assert not any(name.startswith(("Softwareanbieter", "Zulieferer")) for name in found)


def test_a_town_s_adjective_and_a_body_s_kind_name_no_body() -> None:
    found = _types("Der Stuttgarter Konzern will sparen, die Hamburger Firma nicht.")
    assert not found


def test_a_legal_form_names_a_company_with_a_common_noun_before_it() -> None:
    # (``Allianz`` is also a noun, an alliance, and a body's head word)
    found = _types("Die Allianz SE erhöht die Dividende, schreibt die Zeitung.")
    assert found.get("Allianz SE") == "organisation"


def test_a_common_noun_bare_in_a_pair_hyphened_to_a_role_names_no_body() -> None:
    # (German drops the article of nouns joined in pairs: ``Bund und Länder``)
    found = _types(
        "Der Klinik-Chef sagte, dass Klinik und Stadt verhandeln. Die Kita-Chefin meinte, "
        "zahlen müssten Eltern oder Kita."
    )
    assert "Klinik" not in found
    assert "Stadt" not in found
    assert "Kita" not in found


def _made_up_name(i: int) -> str:
    """A distinct capitalised made-up word for each ``i`` (``Baba``, ``Cebe``, ...)."""
    letters = ""
    for _ in range(4):
        letters += "bcdfghklmnprstvwz"[i % 17] + "aeiou"[i % 5]
        i //= 17
    return letters.capitalize()


def _cost(page: str) -> float:
    document = Document.from_text(page, id="x", metadata=Metadata(language="de"))
    return least_cpu_seconds(lambda: EntityAnnotator().annotate([document]))


def test_names_hyphened_to_roles_on_a_long_page_stay_linear() -> None:
    # (one name repeated, each also written bare; and many names, each once)
    def repeated(n: int) -> str:
        return "Vorwerk-Chef Hans Roth sprach. Vorwerk. " * n

    def distinct(n: int) -> str:
        return "".join(f"{_made_up_name(i)}-Chef Hans Roth sprach. " for i in range(n))

    _cost(repeated(20))
    assert _cost(repeated(1600)) < 16 * _cost(repeated(200))
    assert _cost(distinct(1600)) < 16 * _cost(distinct(200))


def test_austrian_and_swiss_bodies_named_by_a_generic_noun_are_bodies() -> None:
    found = _types(
        "Das Bundesstrafgericht in Bellinzona und der Verwaltungsgerichtshof in Wien "
        "entschieden, die Volksoper und das Bundesheer schweigen."
    )
    assert found.get("Bundesstrafgericht") == "organisation"
    assert found.get("Verwaltungsgerichtshof") == "organisation"
    assert found.get("Volksoper") == "organisation"
    assert found.get("Bundesheer") == "organisation"
