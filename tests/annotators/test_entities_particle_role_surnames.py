"""A first name, a capitalised particle and a role word are a person's whole name (``Bruno Le
Maire``): the role word is the surname, as in ``John Major``."""

from __future__ import annotations

from helpers.entities import found


def test_a_particle_and_a_role_word_after_a_first_name_are_a_surname() -> None:
    got = found("Bruno Le Maire a présenté le budget devant les sénateurs.", "fr")
    assert got == {("Bruno Le Maire", "person")}


def test_the_surname_holds_after_a_role_and_inside_a_sentence() -> None:
    got = found("Interrogé mardi, le ministre Bruno Le Maire a défendu la réforme.", "fr")
    assert ("Bruno Le Maire", "person") in got
