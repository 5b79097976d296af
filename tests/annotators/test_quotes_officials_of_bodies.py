"""``A senior official of the Kano Roads Agency`` is an unnamed source described by their body,
as ``a spokesperson for ...`` is: the official speaks, not the agency, and ``the official said``
later is that source; ``The Member of Parliament for ...`` before a name stays an office."""

from __future__ import annotations

from helpers.quotes import speakers_as_written

OFFICIAL = "a senior official of the Kano Roads Agency"


def test_an_official_of_a_body_speaks_not_the_body() -> None:
    text = (
        "A senior official of the Kano Roads Agency, speaking on condition of anonymity, told "
        'reporters that "some staff" were selling permits.\n\n'
        '"We know who they are," the official said.'
    )
    assert speakers_as_written(text) == {"some staff": OFFICIAL, "We know who they are": OFFICIAL}


def test_the_member_for_a_seat_named_after_it_speaks() -> None:
    text = (
        "The Member of Parliament for Wenchi, Mr Kwame Asante-Mensah, described the shortage as "
        '"a scandal nobody wants to own".'
    )
    assert speakers_as_written(text) == {"a scandal nobody wants to own": "Kwame Asante-Mensah"}
