"""French and Spanish runs of capitalised words typed by their capitals alone are confirmed in
time linear in a page's length: each run's surname and its longer forms are looked up, not
compared with every person of the page."""

from __future__ import annotations

import random

from helpers.entities import annotation_seconds
from helpers.entities import found as _found
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.foreign_runs import unconfirmed_runs
from newsbrief.annotators.entities.merging import Spans

_SYLLABLES = ("ber", "lan", "dor", "vic", "mar", "tol", "sen", "quo", "rav", "pel", "gru", "fek")


def _page(runs: int) -> str:
    """A page naming ``runs`` different two-word runs that no first name opens."""
    pick = random.Random(runs).choice

    def word() -> str:
        return "".join(pick(_SYLLABLES) for _ in range(3)).capitalize()

    return "".join(f"Le courtier {word()} {word()} vend. " for _ in range(runs))


def _cost(runs: int) -> float:
    return annotation_seconds(_page(runs), "fr", "Fin", repeat=2)


def test_a_page_of_thousands_of_unconfirmed_runs_stays_linear() -> None:
    _cost(50)
    assert _cost(3200) < 16 * _cost(400)


def _runs_cost(count: int) -> float:
    """CPU time of the pass alone on ``count`` runs, each beside a person a first name
    confirms."""
    pieces, items, spans = [], [], Spans()
    at = 0
    for n in range(count):
        for name in (f"Tovar{n} Quispe{n}", f"Marie Lenoir{n}"):
            piece = f"Le dossier de {name} avance."
            start = at + len("Le dossier de ")
            number = spans.add(start, start + len(name))
            fields = (name, "person", name, False, None, None, False, False, "fr", False)
            items.append((0, number, fields))
            pieces.append(piece + " ")
            at += len(piece) + 1
    text = "".join(pieces)
    # (a copy each run: the pass retypes the mentions in place)
    return least_cpu_seconds(lambda: unconfirmed_runs(list(items), set(), spans, text, "fr"))


def test_each_run_is_looked_up_not_compared_with_every_person() -> None:
    # (the pass alone: in the whole annotator, a scan of every person per run is too small a
    # share of the work to show)
    _runs_cost(50)
    assert _runs_cost(4000) < 16 * _runs_cost(500) + 0.02


def test_a_run_is_confirmed_by_a_longer_name_or_its_surname_and_not_by_itself() -> None:
    text = (
        "Le courtier Dorvic Quosen vend ses parts. Marie Dorvic Quosen a signé hier soir. "
        "Le fonds Peltol Ravmar achète. Le courtier Senlan Gruber attend la fin du mois."
    )
    found = _found(text, "fr")
    assert ("Dorvic Quosen", "person") in found
    assert not any(name == "Senlan Gruber" and kind == "person" for name, kind in found)
