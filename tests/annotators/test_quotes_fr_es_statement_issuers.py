"""``según un comunicado del Ministerio``, ``selon le communiqué de l'association``: the words
of a published statement are its issuer's, the body named after the statement's noun or, with
none, the organisation named just before; the statement itself is no unnamed source (session
36, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


def test_the_body_named_after_the_statement_speaks() -> None:
    text = (
        "El Gobierno de Canarias cerró ayer tres playas de Tenerife por un vertido.\n\n"
        "Según un comunicado del Servicio Canario de Salud, el agua «no es apta para el baño» "
        "hasta nuevo aviso."
    )
    assert speaker_of(text, "es", "no es apta para el baño") == "Servicio Canario de Salud"


def test_a_statement_with_no_body_named_is_the_body_named_before() -> None:
    text = (
        "La Fundación Anar presentó este lunes su informe anual sobre acoso escolar.\n\n"
        "Según un comunicado de la organización, los casos de ciberacoso «se han duplicado en "
        "dos años»."
    )
    assert speaker_of(text, "es", "se han duplicado") == "Fundación Anar"


def test_a_statement_set_off_after_the_subject_is_the_subjects() -> None:
    text = (
        "La Federación de Comercio de Cádiz calculó, según un comunicado enviado el viernes, "
        "que «uno de cada cinco negocios» cerrará antes del verano."
    )
    assert speaker_of(text, "es", "uno de cada cinco negocios") == "Federación de Comercio de Cádiz"


def test_a_french_statement_is_its_issuers() -> None:
    text = (
        "La SNCF a suspendu le trafic entre Nîmes et Montpellier après un éboulement.\n\n"
        "Selon un communiqué de la préfecture du Gard, les travaux « dureront au moins trois "
        "jours »."
    )
    assert speaker_of(text, "fr", "dureront au moins trois") == "préfecture du Gard"


@pytest.mark.parametrize(
    ("text", "language", "quoted", "expected"),
    [
        (
            "Los maquinistas mantienen la huelga.\n\n"
            "Según una nota de Renfe difundida este martes, los trenes «circularán con "
            "normalidad» el fin de semana.",
            "es",
            "circularán con normalidad",
            "Renfe",
        ),
        (
            "Der Streik trifft den Nahverkehr.\n\n"
            'Laut einer Mitteilung von Verdi sollen die Busse "bis Mittwoch stehen bleiben".',
            "de",
            "bis Mittwoch stehen bleiben",
            "Verdi",
        ),
    ],
)
def test_a_body_named_as_written_ends_with_its_name(
    text: str, language: str, quoted: str, expected: str
) -> None:
    # The words after the issuer's name are the sentence's (a participle, a verb), not the name.
    assert speaker_of(text, language, quoted) == expected


@pytest.mark.parametrize(
    ("text", "language", "quoted", "expected"),
    [
        (
            "Le constructeur Renault va supprimer 900 postes en Bretagne.\n\n"
            "Selon un communiqué transmis à l'AFP, les salariés « seront tous reclassés » d'ici "
            "l'été.",
            "fr",
            "seront tous reclassés",
            "Renault",
        ),
        (
            "La operadora Telefónica cerrará su centro de Zaragoza.\n\n"
            "Según un comunicado remitido a la agencia EFE, los empleados «serán recolocados» "
            "antes de junio.",
            "es",
            "serán recolocados",
            "Telefónica",
        ),
    ],
)
def test_the_agency_a_statement_was_sent_to_is_not_its_issuer(
    text: str, language: str, quoted: str, expected: str
) -> None:
    # The name after ``à`` / ``a`` is who received the statement; the body named before sent it.
    assert speaker_of(text, language, quoted) == expected


def test_a_letter_from_a_person_described_is_not_the_body_named_before() -> None:
    # ``de la madre de la víctima``: a person described by lower-case nouns, no body; the
    # Guardia Civil named before did not write the letter.
    text = (
        "La Guardia Civil detuvo ayer al sospechoso en Alicante.\n\n"
        "Según una carta del hermano de la fallecida, el acusado «nunca pidió perdón» a la "
        "familia."
    )
    assert speaker_of(text, "es", "nunca pidió perdón") != "Guardia Civil"
