"""Where an entity mention starts and ends: bodies whose names hold generic words, ``of``/``and``
or an office's possessive; long personal names with particles, initials, suffixes and hyphens;
titles kept out of names; and English name rules kept out of German and Spanish text.

The cases came from quote attribution on real English news (issue 16, written in session 16)."""

from __future__ import annotations

from helpers.entities import entities, typed


def test_designators_make_whole_organisations() -> None:
    found = typed(
        "Delta Air Lines said on Monday that a spokesperson for the Port of Savannah and the "
        "Riverside County Board of Supervisors agreed, as did Kam Fook Loi Properties."
    )
    assert found["Delta Air Lines"] == "organisation"
    assert found["Port of Savannah"] == "organisation"
    assert found["Riverside County Board of Supervisors"] == "organisation"
    assert found["Kam Fook Loi Properties"] == "organisation"


def test_a_port_without_of_is_still_a_town() -> None:
    found = typed("The ship sailed from Port Moresby to Brisbane.")
    assert found["Port Moresby"] == "place"


def test_and_inside_a_body_name() -> None:
    found = typed(
        "The Port Authority of New York and New Jersey said traffic was heavy. Thorne Lay of "
        "the Institute of Geophysics and Planetary Physics spoke. The Food and Drug "
        "Administration and the Cocoa Grading and Marketing Authority agreed."
    )
    assert found["Port Authority of New York and New Jersey"] == "organisation"
    assert found["Institute of Geophysics and Planetary Physics"] == "organisation"
    assert found["Food and Drug Administration"] == "organisation"
    assert found["Cocoa Grading and Marketing Authority"] == "organisation"


def test_and_between_two_bodies_or_a_body_and_a_country_joins_nothing() -> None:
    found = typed(
        "The Ministry of Defence and Foreign Ministry met the Bank of England and France, and "
        "the governors of New York and New Jersey spoke to Trump and the Justice Department."
    )
    assert found["Ministry of Defence"] == "organisation"
    assert found["Foreign Ministry"] == "organisation"
    assert found["Bank of England"] == "organisation"
    assert found["France"] == "place"
    assert found["New York"] == "place"
    assert found["New Jersey"] == "place"
    assert found["Justice Department"] == "organisation"
    assert not any(" and " in mention for mention in found)


def test_an_offices_possessive_stays_in_its_name() -> None:
    found = typed(
        "A deputy of the Los Angeles County Attorney's Office said the Attorney General's "
        "Office and the District of Columbia Attorney General's Office were told."
    )
    assert found["Los Angeles County Attorney's Office"] == "organisation"
    assert found["Attorney General's Office"] == "organisation"
    assert found["District of Columbia Attorney General's Office"] == "organisation"


def test_long_names_with_particles_suffixes_and_initials() -> None:
    found = typed(
        '"It is over," said Ana María López de la Vega, a lawyer. Luiz Inácio Lula da Silva '
        "met Mexican President Andres Manuel Lopez Obrador. Martin Luther King Jr. spoke. "
        "\"It's fine,\" said J.D. Harmon Jr., the county's attorney."
    )
    assert found["Ana María López de la Vega"] == "person"
    assert found["Luiz Inácio Lula da Silva"] == "person"
    assert found["Andres Manuel Lopez Obrador"] == "person"
    assert found["Martin Luther King Jr."] == "person"
    assert found["J.D. Harmon Jr."] == "person"


def test_hyphenated_first_names_and_arabic_particles() -> None:
    found = typed(
        "Hans-Dietrich Genscher met Ahmed al-Sharaa and Qatari Energy Minister Omar al-Mansouri, "
        "while the al-Qaeda group and Mercedes-Benz Stadium were named."
    )
    assert found["Hans-Dietrich Genscher"] == "person"
    assert found["Ahmed al-Sharaa"] == "person"
    assert found["Omar al-Mansouri"] == "person"
    assert "al-Qaeda" not in found  # (a body's particle after ``the`` starts no name)


def test_titles_before_a_name_are_not_part_of_it() -> None:
    found = typed(
        '"No," said Riverside County Supervisor Kevin Jeffries. Capt Kevin Aandahl and Lt Col '
        "John Smith agreed with Director of National Intelligence Tulsi Gabbard and Secretary "
        "of Homeland Security Kristi Noem, and Department of Homeland Security Secretary Kristi "
        "Noem spoke."
    )
    assert found["Kevin Jeffries"] == "person"
    assert found["Kevin Aandahl"] == "person"
    assert found["John Smith"] == "person"
    assert found["Tulsi Gabbard"] == "person"
    assert found["Kristi Noem"] == "person"
    assert found["Department of Homeland Security"] == "organisation"
    assert "Homeland" not in found


def test_a_title_named_of_something_inside_a_body() -> None:
    found = typed(
        "The Office of the Director of National Intelligence said. Organisation of Andean "
        "Fisheries Secretary-General Hamid Yusuf Karimi welcomed it, and the International "
        "Committee of the Red Cross agreed."
    )
    assert found["Office of the Director of National Intelligence"] == "organisation"
    assert found["Organisation of Andean Fisheries"] == "organisation"
    assert found["Hamid Yusuf Karimi"] == "person"
    assert found["International Committee of the Red Cross"] == "organisation"


def test_a_date_and_a_compound_adjective_are_not_in_a_body_name() -> None:
    found = typed(
        "The Regional Water Council on Thursday voted. Left-wing Qalat Mesa Revolutionary Movement "
        "guerrillas held the embassy."
    )
    assert found["Regional Water Council"] == "organisation"
    assert found["Qalat Mesa Revolutionary Movement"] == "organisation"


def test_a_company_named_with_its_legal_form_names_its_short_form() -> None:
    (found,) = entities(
        "Danish appliance group Vandermolen Electronics NV said on Monday it would cut jobs. "
        "Vandermolen shares fell 0.40 euros. Turbine maker Hartley-Crane Plc won an order, and "
        "Hartley-Crane shares fell. China Eastern Airlines Corp said China would grow."
    )
    names = {mention: (kind, name) for mention, kind, name in found}
    assert names["Vandermolen"] == ("organisation", "Vandermolen Electronics NV")
    assert names["Hartley-Crane"][0] == "organisation"
    assert names["China"][0] == "place"  # (a place's name is no company's short form)


def test_short_form_needs_the_full_name_in_the_same_article() -> None:
    first, second = entities(
        "Danish appliance group Vandermolen Electronics NV said on Monday it would cut jobs.",
        "Vandermolen shares fell on Monday.",
    )
    assert ("Vandermolen", "organisation") not in {(m, k) for m, k, _ in second}
    assert first


def test_titles_written_without_their_full_stop_are_titles() -> None:
    found = typed(
        "Charles Czeisler designed the course. 'It is fine,' Prof Czeisler added. Scrum-half "
        "Joost van der Westhuizen scored."
    )
    assert found["Czeisler"] == "person"
    assert found["Joost van der Westhuizen"] == "person"


def test_a_name_typed_a_place_in_an_article_is_that_place_in_its_other_mentions() -> None:
    (found,) = entities(
        "Abuses were carried out at the Abu Ghraib prison in Iraq. Prisoners at Abu Ghraib "
        "had been killed, and Abu Jafar said so."
    )
    kinds = [(mention, kind) for mention, kind, _ in found]
    assert kinds.count(("Abu Ghraib", "place")) == 2
    assert ("Abu Jafar", "person") in kinds


def test_abbreviated_place_leads_and_portuguese_particles() -> None:
    # ``Ft.``/``Mt.`` are place leads written short (en.toml ``place_leads``); ``das``/``dos``
    # join a Portuguese name (``connectors``).
    found = typed(
        "Petrobras chief Maria das Graças Silva Foster said soldiers at Ft. Bragg were told to "
        "stay home. Hikers on Mt. Hood were rescued on Sunday."
    )
    assert found["Ft. Bragg"] == "place"
    assert found["Mt. Hood"] == "place"
    assert found["Maria das Graças Silva Foster"] == "person"


def test_english_name_rules_do_not_extend_german_or_spanish_names() -> None:
    # German ``das``/``von der`` and Spanish ``del`` are articles and prepositions there, not
    # particles of a long name (the English rules read English only).
    german = typed(
        "Am Ende feierte Thomas Becker das Heimteam. Der Analyst Peter Martin von der "
        "Beratungsfirma Kleinfeld sagte das.",
        "de",
    )
    spanish = typed(
        "Una estatua de Pedro Alvarado frente al Palacio de Linares fue retirada. Según Carlos "
        "Romero del Museo de Sevilla, es falso.",
        "es",
    )
    for found in (german, spanish):
        assert found
        assert not any(f" {word} " in name for name in found for word in ("das", "der", "del"))


def test_and_joins_no_title_name_or_second_body_into_a_body() -> None:
    found = typed(
        "He studied at the Institute of Physics and Chemistry Professor Ann Lee said so. Data "
        "from the University of Oxford and Cambridge Analytica was shared."
    )
    assert found["Institute of Physics"] == "organisation"
    assert found["University of Oxford"] == "organisation"
    assert not any(" and " in mention for mention in found)
