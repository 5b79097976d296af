"""A name a group gives a thing (session 27, issue #16; annotators/quotes/generic_naming.py):
after a relative clause whose subject is a group (``what they call "..."``, ``what staff
called "..."``, ``which locals call "..."``) the quoted words are a name or a term, no one's
words; after one person's (``what he called "..."``, ``what one critic called "..."``) they
are hers.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_a_group_s_name_for_a_thing_is_no_one_s_words() -> None:
    text = (
        "Harbour dredging to resume\n\n"
        "Dredging will restart in March at the east quay, which fishermen call "
        '"the graveyard" because of the wrecks beneath it, the port authority said.\n\n'
        "The Greens, who have long fought what they call “dredge-and-dump” contracts, said "
        "they would appeal.\n\n"
        "Nina Holt said the old ledgers were kept in what clerks called 'the red drawer' "
        "until 2019.\n\n"
        '"We expect the work to take six weeks," said Karl Dahl, the harbour master.'
    )
    found = speakers_and_roles(text, DAY)
    assert "the graveyard" not in found
    assert "dredge-and-dump" not in found
    assert "the red drawer" not in found
    assert found["We expect the work to take six weeks"][0] == "Karl Dahl"


def test_what_one_person_calls_a_thing_stays_her_words() -> None:
    text = (
        "Council budget passes\n\n"
        'Councillor Ada Moss voted against what she called "a raid on reserves" and said '
        "she would fight on.\n\n"
        'Leader Tom Reed dismissed what one critic called "accounting theatre" as noise.'
    )
    found = speakers_and_roles(text, DAY)
    assert "a raid on reserves" in found
    assert "accounting theatre" in found


def test_the_name_a_group_gives_an_object_is_no_one_s_words() -> None:
    text = (
        "Q&A: the potter who went home\n\n"
        "Q: Buyers keep calling your work a “coastal revival.” Is that fair?\n\n"
        "A: I think so. Potters have long called the estuary clay their 'grey gold' for a "
        "reason.\n\n"
        'Gallery owners called the show a "homecoming of sorts", and it sold out in a week.'
    )
    found = speakers_and_roles(text, DAY)
    assert "coastal revival" not in found
    assert "grey gold" not in found
    assert "homecoming of sorts" not in found


def test_a_named_subject_s_verdict_on_an_object_stays_speech() -> None:
    text = (
        "Rocket lands safely\n\n"
        'Orbitex called the landing a "near-perfect return." Its rival, Skyward, called it '
        '"a lucky break."\n\n'
        "Campaigners called the launch “a waste of public money.”"
    )
    found = speakers_and_roles(text, DAY)
    assert found["near-perfect return"][0] == "Orbitex"
    assert "a lucky break" in found
    assert "a waste of public money" in found


def test_a_group_s_verdict_in_its_own_article_stays_its_words() -> None:
    # Review of session 27: after ``what they called``, a quotation opening with an indefinite
    # article is a verdict, as after a calling verb's object; a definite one is a name.
    text = (
        "Levy protest in Canberra\n\n"
        "Wheat growers marched on parliament on Thursday, condemning what they called "
        '"a tax on drought" in the new levy.\n\n'
        'Residents of the estate, which locals call "the Maze", were not consulted.\n\n'
        'Riot vans were sent to what police called "the worst disorder in ten years".'
    )
    found = speakers_and_roles(text, DAY)
    assert "a tax on drought" in found
    assert "the Maze" not in found
    assert "the worst disorder in ten years" in found
