"""A German noun after a role and its article (``Ein Sprecher der Polizei``) is what the role is
of, not a person holding it: German capitalises every noun, and a role word once made the next
capitalised word a name. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import typed


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher der Polizei sagte, die Lage sei ruhig.",
        "Eine Sprecherin der Feuerwehr sagte am Montag, der Brand sei gelöscht.",
        "Der Sprecher der Staatsanwaltschaft bestätigte die Festnahme.",
        "Eine Sprecherin der Gemeinde bestätigte den Vorfall am Abend.",
        "Ein Sprecher der Stadt kündigte neue Messungen an.",
        "Der Leiter der Regierung äußerte sich nicht.",
        "Der Leiter der Staatsanwaltschaft Kassel wollte nichts sagen.",
    ],
)
def test_a_noun_after_a_role_and_its_article_is_no_person(text: str) -> None:
    assert "person" not in typed(text, "de").values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name after the body, at its first name
        (
            "Der Sprecher der Regierung Jonas Albrecht sagte am Montag, man prüfe das.",
            "Jonas Albrecht",
        ),
        (
            "Ein Sprecher der Polizei, Jonas Albrecht, sagte am Montag, man prüfe das.",
            "Jonas Albrecht",
        ),
        # a role without an article before a surname
        ("Bürgermeister Albrecht sagte am Montag, man prüfe das.", "Albrecht"),
        # a name's own particle and article
        ("Ursula von der Brelie sagte am Montag, man prüfe das.", "Ursula von der Brelie"),
    ],
)
def test_a_name_after_a_role_is_still_a_person(text: str, name: str) -> None:
    assert typed(text, "de").get(name) == "person"
