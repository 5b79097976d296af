"""A run of capitalised words that only its capitals made a person's name (no first name,
role or speech verb) stays a person only where the document confirms one (issue 16, French
and Spanish pages)."""

from __future__ import annotations

from helpers.entities import found as _found


def test_an_unconfirmed_run_without_a_first_name_is_no_person() -> None:
    found = _found(
        "Las reservas del yacimiento Cerrejón Bravo atrajeron a los inversores de Houston, "
        "que compraron deuda de Finanzas Andinas el martes.",
        "es",
    )
    assert not any(kind == "person" for _, kind in found)


def test_a_run_the_document_names_again_by_its_surname_stays_a_person() -> None:
    found = _found(
        "Le but a été marqué par Kelvyn Ouattara à la dernière minute. Ouattara a ensuite "
        "salué le public.",
        "fr",
    )
    assert ("Kelvyn Ouattara", "person") in found


def test_a_run_set_apart_between_commas_or_before_a_description_stays_a_person() -> None:
    between = _found(
        "La ministre de la Culture, Oumou Tindano, ne voit pas les choses ainsi.", "fr"
    )
    assert ("Oumou Tindano", "person") in between
    described = _found(
        "El agua llegó hasta el techo de Yeferson Caicedo, un joven pescador del barrio.",
        "es",
    )
    assert ("Yeferson Caicedo", "person") in described


def test_a_run_after_a_role_and_an_adjective_stays_a_person() -> None:
    found = _found(
        "Le président guinéen Mamadi Kourouma a reçu mardi une délégation venue du Sénégal.",
        "fr",
    )
    assert ("Mamadi Kourouma", "person") in found


def test_a_run_listed_with_a_person_stays_a_person() -> None:
    found = _found(
        "El acuerdo lo firmaron en Lima Pedro Castañeda y Yupanqui Mamani tras diez horas.",
        "es",
    )
    assert ("Yupanqui Mamani", "person") in found


def test_two_unconfirmed_runs_sharing_a_last_word_confirm_neither() -> None:
    # (a run the capitals alone made a person's is no evidence for another)
    found = _found(
        "Les porteurs de Tovarra Quispel ont vendu leurs titres, et ceux de Mardol Quispel "
        "aussi, selon la presse locale.",
        "fr",
    )
    assert not any(kind == "person" for _, kind in found)
