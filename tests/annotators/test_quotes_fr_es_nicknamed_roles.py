"""A role written before a name with a nickname inside it (``el delantero Jorge «el Flaco»
Ibáñez Ruiz``, ``le défenseur Karim « le Chat » Diallo``) is the speaker's in French and Spanish
as in English: the entity annotator reads the surnames alone after the marks, whose mention has
no role of its own (session 36, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_in


@pytest.mark.parametrize(
    ("text", "language", "quoted", "expected"),
    [
        (
            "El Valencia remontó ante el Celta en Mestalla. El héroe fue el delantero Jorge «el "
            "Flaco» Ibáñez Ruiz, que marcó de cabeza en el descuento. «Esta remontada es para la "
            "afición», dijo Ibáñez.",
            "es",
            "Esta remontada es para la afición",
            ("Jorge Ibáñez Ruiz", "delantero"),
        ),
        (
            "Le Stade rennais a battu Lyon. Le défenseur Karim « le Chat » Diallo a marqué deux "
            "buts. « Tout nous a souri ce soir », a dit Diallo.",
            "fr",
            "Tout nous a souri ce soir",
            ("Karim Diallo", "défenseur"),
        ),
    ],
)
def test_the_role_before_a_nicknamed_name_is_the_speakers(
    text: str, language: str, quoted: str, expected: tuple[str, str]
) -> None:
    assert speakers_in(text, language)[quoted] == expected
