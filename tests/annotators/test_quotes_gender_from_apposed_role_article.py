"""A person whose given name the entity annotator does not know (Galician ``Xosé``, Basque
``Ander``) takes the gender of the article of the role set off before the name (``El
conselleiro de Sanidade, X,``), so a subject-less cue after the next quotation finds them as the
sentence's subject (session 32, lane D).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_the_article_of_the_apposed_role_gives_an_unknown_given_name_its_gender() -> None:
    text = (
        "«Vamos a cerrar el acuerdo», resumió la portavoz del sindicato, Uxía Lema Vidal, "
        "tras la asamblea.\n"
        "El conselleiro do Mar, Xosé Ramón Vilar Souto, fue más prudente ante la prensa. "
        "«No hay nada firmado todavía», dijo."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert found["No hay nada firmado todavía"][0] == "Xosé Ramón Vilar Souto"


def test_a_time_opening_the_sentence_gives_no_gender() -> None:
    # ``Le lendemain, Camille Durand a ...``: no comma closes the name, no role is apposed;
    # Camille (a name both genders carry) stays free to be the ``elle`` of the cue.
    text = (
        "Le ministre Paul Leroy a parlé lundi. « Nous verrons », a-t-il ajouté.\n"
        "Le lendemain, Camille Durand a présenté sa démission au conseil. "
        "« Je pars sans regret », a-t-elle déclaré."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert found["Je pars sans regret"][0] == "Camille Durand"
