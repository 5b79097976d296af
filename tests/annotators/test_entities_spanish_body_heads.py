"""Spanish heads of bodies (``[entities] org_leads`` in ``es.toml``): a capitalised police,
court, electoral board, ministry office or hospital opens a body's name, never a person's
(``Policía Nacional``, ``Audiencia Nacional``, ``Secretaría de Economía``)."""

from __future__ import annotations

from helpers.entities import found


def test_police_and_a_national_court_are_bodies() -> None:
    got = found(
        "La Policía Nacional detuvo a dos hombres y la Audiencia Nacional los citó el lunes.", "es"
    )
    assert ("Policía Nacional", "organisation") in got
    assert ("Audiencia Nacional", "organisation") in got


def test_an_electoral_board_and_a_prosecutor_office_are_bodies() -> None:
    got = found("La Junta Electoral Central y la Fiscalía General revisarán las actas.", "es")
    assert ("Junta Electoral Central", "organisation") in got
    assert ("Fiscalía General", "organisation") in got


def test_a_foreign_office_of_a_country_is_one_body() -> None:
    got = found("La Cancillería de Uruguay y la Secretaría de Economía firmaron el convenio.", "es")
    assert ("Cancillería de Uruguay", "organisation") in got
    assert ("Secretaría de Economía", "organisation") in got
    assert ("Uruguay", "place") not in got


def test_a_hospital_and_an_attorney_office_are_bodies() -> None:
    got = found("El Hospital Clínico atendió a los heridos, según la Procuraduría Federal.", "es")
    assert ("Hospital Clínico", "organisation") in got
    assert ("Procuraduría Federal", "organisation") in got


def test_island_and_regional_councils_and_museums_are_bodies() -> None:
    # (``Cabildo`` and ``Consell``: island councils; ``Xunta``: Galicia's government)
    got = found(
        "El Cabildo de Lanzarote y la Xunta de Galicia firmaron el convenio con el Museo de Lugo.",
        "es",
    )
    assert ("Cabildo de Lanzarote", "organisation") in got, got
    assert ("Xunta de Galicia", "organisation") in got, got
    assert ("Museo de Lugo", "organisation") in got, got


def test_a_fire_brigade_and_a_research_centre_are_bodies() -> None:
    got = found(
        "El Cuerpo de Bomberos de Cuenca rescató a 12 personas y el Centro Andino de Estudios "
        "Hídricos midió el caudal.",
        "es",
    )
    assert ("Cuerpo de Bomberos de Cuenca", "organisation") in got, got
    assert ("Centro Andino de Estudios Hídricos", "organisation") in got, got


def test_a_plural_preterite_after_a_body_s_head_is_no_part_of_its_name() -> None:
    # (``name_verb_endings``: ``protestaron``, ``cerraron``, like ``aprobó`` in the singular)
    got = found(
        "Los funcionarios del Ministerio protestaron frente a la sede y los comerciantes del "
        "Centro cerraron sus tiendas.",
        "es",
    )
    assert not any("aron" in text for text, _ in got), got


def test_a_past_participle_after_a_body_s_head_is_no_part_of_its_name() -> None:
    # (``name_verb_endings``: ``cerrado``, ``cerrada``, as a verb's ``cerró``)
    got = found(
        "Ayer visitamos el Museo cerrado por obras y la Biblioteca cerrada al público.", "es"
    )
    assert not any(text.endswith(("cerrado", "cerrada")) for text, _ in got), got
