"""A French occupation in apposition after a speaker's name is their role (``, libraire à
Morlaix``, ``, climatologue au CNRS``): the common trades are listed, the nouns of a trade
or a science are read by their endings (``-teur``, ``-trice``, ``-logue``, ``-graphe``), and a
former one by ``ex-`` (session 33, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in

_BEFORE = "Le salon du livre de Morlaix a ouvert samedi.\n\n"


def _role(text: str, quoted: str) -> str | None:
    return speakers_in(_BEFORE + text, "fr")[quoted][1]


def test_a_listed_trade_is_a_role() -> None:
    text = (
        "« Les ventes ont doublé depuis vendredi », se réjouit Yann Kervella, libraire à Morlaix."
    )
    assert _role(text, "Les ventes ont doublé depuis vendredi") == "libraire à Morlaix"


def test_a_science_noun_by_its_ending_is_a_role() -> None:
    text = "« Les étés seront plus secs », prévient Anne Le Goff, climatologue au CNRS."
    assert _role(text, "Les étés seront plus secs") == "climatologue au CNRS"


def test_a_former_holder_of_a_trade_keeps_the_prefix() -> None:
    text = "« Je n'ai jamais trompé mes clients », assure Paul Riou, ex-banquier à Brest."
    assert _role(text, "Je n'ai jamais trompé mes clients") == "ex-banquier à Brest"


def test_a_noun_of_a_thing_with_a_trade_ending_is_no_role() -> None:
    # (review of session 33) ``-teur``, ``-logue`` end nouns of things too: ``secteur``,
    # ``catalogue`` head no description of a person.
    text = "« Nous rouvrirons lundi », a déclaré Marc Fabre, secteur des transports."
    assert _role(text, "Nous rouvrirons lundi") is None
    opening = (
        "L'usine de Douai ferme.\n\n"
        "Le secteur automobile Stellantis Europe a perdu 10 % de ses ventes. "
        "« C'est un choc », explique-t-il."
    )
    assert speakers_in(opening, "fr")["C'est un choc"][0] is None
