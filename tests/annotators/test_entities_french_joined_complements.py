"""French bodies whose name goes on in lower case past a conjunction (``Caisse des dépôts et
consignations``, ``Institut national de la statistique et des études économiques``) and the
heads that open such names (``centre``, ``service``, ``ligue``, ``bureau``, ``communauté``).
Every sentence here is made up for the test."""

from __future__ import annotations

from helpers.entities import found


def test_a_second_complement_joined_by_et_is_the_body_s() -> None:
    got = found(
        "Selon le Service des permis et autorisations du canton, 40 dossiers sont en attente.",
        "fr",
    )
    assert ("Service des permis et autorisations", "organisation") in got, got


def test_a_joined_complement_with_its_connector_and_adjective() -> None:
    got = found(
        "Le film a reçu l'aide du Centre national de la danse et de la création chorégraphique "
        "(CNDC) en mai.",
        "fr",
    )
    assert (
        "Centre national de la danse et de la création chorégraphique",
        "organisation",
    ) in got, got


def test_a_clause_after_et_is_no_part_of_the_name() -> None:
    got = found("Le Service des sports et publié dimanche un bilan chiffré.", "fr")
    assert not any(" et " in text for text, _ in got), got
    got = found("Il a critiqué la Cour des comptes et le gouvernement.", "fr")
    assert ("Cour des comptes", "organisation") in got, got


def test_a_league_and_a_bureau_are_bodies() -> None:
    got = found(
        "La Ligue régionale de basket et le Bureau interprofessionnel du cidre ont signé.", "fr"
    )
    assert ("Ligue régionale de basket", "organisation") in got, got
    assert ("Bureau interprofessionnel du cidre", "organisation") in got, got


def test_a_participle_after_et_and_before_an_article_is_no_part_of_the_name() -> None:
    # (``rejoint le gouvernement``: a name's complement never goes on with an article)
    got = found("Il a quitté le Conseil de sécurité et rejoint le gouvernement en mai.", "fr")
    assert ("Conseil de sécurité", "organisation") in got, got
    assert not any(" et " in text for text, _ in got), got
