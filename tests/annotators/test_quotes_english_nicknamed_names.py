"""An English page's nicknamed name (session 31, issue #16): ``Kees "The Hammer" de Vries``
then ``De Vries said`` (the particle capitalised opening a sentence) is Kees de Vries, the name
the page gives with the nickname taken out (annotators/quotes/attribution/nicknamed_names.py,
which read only the other languages before).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers


def test_a_surname_with_its_particle_after_a_nickname_is_the_full_name() -> None:
    text = (
        'Marco "Lucky" Ferrante won the opening match against Kees "The Hammer" de Vries '
        "on Friday night.\n\n"
        'De Vries was gracious in defeat. "He played better than me all night," the Dutchman '
        "said.\n"
    )
    assert _speakers(text)["He played better than me all night"] == "Kees de Vries"
