"""Spanish and French names opened by an article capitalised inside a sentence
(``[entities] name_articles``): the article is the name's (``Le Havre``, ``El Alto``,
``le quotidien Le Monde``), and the name is no person's unless a first name stands before it
elsewhere (``Le Pen`` after ``Marine Le Pen``)."""

from __future__ import annotations

from helpers.entities import found


def test_towns_opened_by_an_article_keep_it() -> None:
    got = found("Le ferry a quitté Le Havre mardi pour rejoindre La Rochelle.", "fr")
    assert ("Le Havre", "place") in got
    assert ("La Rochelle", "place") in got


def test_spanish_towns_opened_by_an_article_keep_it() -> None:
    got = found("Las protestas en El Alto y La Paz siguieron durante la noche.", "es")
    assert ("El Alto", "place") in got
    assert ("La Paz", "place") in got


def test_a_newspaper_after_its_noun_is_a_body() -> None:
    assert ("Le Parisien", "organisation") in found(
        "Dans un entretien au journal Le Parisien, il a tout nié.", "fr"
    )
    assert ("El País", "organisation") in found("Lo publicó el periódico El País el domingo.", "es")


def test_a_name_opened_by_an_article_is_no_person() -> None:
    got = found("Le quotidien régional La Voix du Nord a révélé l'affaire.", "fr")
    assert not any(kind == "person" for _, kind in got)


def test_a_surname_opened_by_an_article_stays_a_person() -> None:
    got = found("Marine Le Pen a parlé lundi. Selon Le Pen, le budget sera rejeté.", "fr")
    assert ("Le Pen", "person") in got


def test_a_one_word_outlet_after_its_noun_is_a_body() -> None:
    got = found("Según el diario Clarín, el senador habló con la revista Semana.", "es")
    assert ("Clarín", "organisation") in got
    assert ("Semana", "organisation") in got
    assert ("Libération", "organisation") in found(
        "Selon le journal Libération, le maire a démissionné.", "fr"
    )


def test_a_person_after_an_outlets_noun_is_the_person_it_spoke_to() -> None:
    got = found("«Lo perdimos todo», dijo a este periódico María García, vecina del barrio.", "es")
    assert ("María García", "person") in got
    assert ("Marie Dubois", "person") in found(
        "Elle a confié au quotidien Marie Dubois, sa voisine, que tout allait bien.", "fr"
    )
