"""``Rassemblement`` heads a party's or a movement's name with its lower-case adjective
(``Rassemblement national``), as ``Parti`` does (``Parti socialiste``)."""

from __future__ import annotations

from helpers.entities import found


def test_a_rally_with_its_adjective_is_a_party() -> None:
    got = found(
        "Le Rassemblement national a déposé une motion, que le Parti socialiste ne votera pas.",
        "fr",
    )
    assert ("Rassemblement national", "organisation") in got
    assert ("Parti socialiste", "organisation") in got


def test_a_rally_opening_a_sentence_alone_is_no_body() -> None:
    assert found("Rassemblement devant la mairie samedi à midi.", "fr") == set()
