"""A speaker's role as the article writes it next to the name (issue #16): an occupation with no
title (``Retired pharmacist Owen Tullis``), whose role it is (``the museum's curator``,
``Norvik Shipping's chief financial officer``), a role set before the comma before a name with
its body (``A taxi driver at the Ojota park, Mr Femi Ade,``), without the person's age or how
long they have held it (``a 52-year-old midwife``, ``owner of the Dunmore ferry since 2011``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Retired pharmacist Owen Tullis said the queue started at dawn. "
            '"I have never seen it like this," he said.',
            "Owen Tullis",
            "Retired pharmacist",
        ),
        (
            'The locksmith, Petra Vann, said the doors had swollen shut. "Nothing would open," '
            "she said.",
            "Petra Vann",
            "locksmith",
        ),
    ],
)
def test_an_occupation_is_a_role(text: str, speaker: str, role: str) -> None:
    article = f"Flood defences\n\nThe river rose overnight.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'The museum\'s curator, Ines Falk, said: "We waited two years for this."',
            "Ines Falk",
            "museum's curator",
        ),
        (
            'Norvik Shipping\'s chief financial officer Hal Berg said: "The quarter was hard."',
            "Hal Berg",
            "Norvik Shipping's chief financial officer",
        ),
        (
            'Outside court, Mr Vale\'s solicitor, Rhian Pugh, said: "He will appeal."',
            "Rhian Pugh",
            "Mr Vale's solicitor",
        ),
    ],
)
def test_whose_role_it_is_stays_in_the_role(text: str, speaker: str, role: str) -> None:
    article = f"Results\n\nThe hearing ended on Tuesday.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Reacting, the Minister of Forests and Wildlife, Alhaji Sani Bello, said: "
            '"We need more crews."',
            "Sani Bello",
            "Minister of Forests and Wildlife",
        ),
        (
            'A taxi driver at the Ojota park, Mr Femi Ade, said: "We wait all day."',
            "Femi Ade",
            "taxi driver at the Ojota park",
        ),
        (
            'The union\'s general secretary, Mrs Ngozi Eze, said: "We will strike."',
            "Ngozi Eze",
            "union's general secretary",
        ),
        (
            # a title kept with the name says less than the role before its comma
            'The chairman of the harbour board, Councillor Tom Pike, said: "We rescued four."',
            "Tom Pike",
            "chairman of the harbour board",
        ),
    ],
)
def test_a_role_before_the_comma_before_a_name(text: str, speaker: str, role: str) -> None:
    article = f"Fuel\n\nQueues grew on Monday.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('The army chief of staff, Nadia Brook, said: "The drills go on."', "army chief of staff"),
        (
            'The mayor\'s head of staff, Owen Tullis, said: "The drills go on."',
            "mayor's head of staff",
        ),
    ],
)
def test_a_role_ending_in_of_and_a_noun_is_read_whole(text: str, role: str) -> None:
    """``chief of staff`` before a name's comma is the role, not ``staff`` after its ``of``."""
    article = f"Drills\n\nSirens sounded at noon.\n\n{text}"
    ((_, found),) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == role


@pytest.mark.parametrize(
    "text",
    [
        'The manager of the club, Lena Holt said, "has lost the dressing room."',
        'The pharmacist in the village, Owen Tullis says, "has run out of flu jabs."',
        'The gunman, Lena Holt said, "was calm and walked away."',
        'The town\'s locksmith, Owen Tullis says, "has not opened for weeks."',
        # a sentence opening with a place or a time, no comma before the name
        'At the leisure centre Lena Holt said: "The pool stays shut."',
        'Despite the club\'s poor run manager Owen Tullis said: "We will stay up."',
    ],
)
def test_no_role_from_the_words_a_speaker_talks_about(text: str) -> None:
    """Words before a name followed by its verb of speech are no role when a comma sets them
    apart (``The manager of the club, Lena Holt, said`` is apposition) or a preposition opens
    the sentence with them: they are what the speaker spoke of, or where."""
    article = f"Fuel\n\nQueues grew on Monday.\n\n{text}"
    ((_, role),) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert role is None


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Rita Okafor, a 52-year-old midwife, said: "We were not told."', "Rita Okafor", "midwife"),
        (
            "Colm Reddy, the owner of the Dunmore ferry since 2011, said: "
            '"It is the end of an era."',
            "Colm Reddy",
            "owner of the Dunmore ferry",
        ),
    ],
)
def test_no_age_or_time_in_a_role(text: str, speaker: str, role: str) -> None:
    article = f"Ferry\n\nThe service ended.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Harlow Robotics co-founder and CEO Mina Sato said: "We will hire forty people."',
            "Mina Sato",
            "Harlow Robotics co-founder and CEO",
        ),
        (
            'Bureau of Statistics chief economist Ravi Nair said: "The trend is clear."',
            "Ravi Nair",
            "Bureau of Statistics chief economist",
        ),
        (
            'Royal Society of Chemistry deputy chief executive Ken Obi said: "It is a loss."',
            "Ken Obi",
            "Royal Society of Chemistry deputy chief executive",
        ),
        ('"We will fight this," said state Sen. Orla Brandt.', "Orla Brandt", "state Sen."),
    ],
)
def test_a_title_with_its_body_and_its_other_office(text: str, speaker: str, role: str) -> None:
    article = f"Labs\n\nThe vote failed on Monday.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == (speaker, role)


def test_a_long_title_in_french_before_the_comma() -> None:
    # A role of eight words (the limit was six) before the comma before a name.
    article = (
        "Climat\n\nLe sommet s'est ouvert lundi.\n\n"
        "La ministre belge de l'Environnement et du Climat des régions côtières, Anne Morel, "
        "a déclaré : « Nous devons agir vite. »"
    )
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language="fr").values()
    assert found == (
        "Anne Morel",
        "ministre belge de l'Environnement et du Climat des régions côtières",
    )


@pytest.mark.parametrize(
    "text",
    [
        'Rising prices hurt small business owner Lena Holt, who said: "We cut our hours."',
        'Higher rents squeeze independent coffee shop owner Owen Tullis, who said: "We may close."',
    ],
)
def test_a_long_role_of_no_body_does_not_run_into_the_clause_before(text: str) -> None:
    """Past five words a role read back from a name names a body in capitals (``Maritime Union
    of Australia deputy national secretary``); lower-case words beyond that are the clause."""
    article = f"Rents\n\nShops closed on Monday.\n\n{text}"
    ((_, role),) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert role is None or len(role.split()) <= 5


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "После встречи представителей профсоюзов всех крупных заводов нашего большого "
            "региона Иван Петров заявил: «Мы готовы к переговорам».",
        ),
        (
            "uk",
            "Після наради керівників шкіл усіх сільських громад нашої великої області Ольга "
            "Коваль заявила: «Ми готові до зими».",
        ),
    ],
)
def test_a_long_role_in_another_language_names_a_body(language: str, text: str) -> None:
    """Past seven words a role read back from a name in a language with its own titles names a
    body in capitals (``ministre ... des Infrastructures et des Transports aériens``); words in
    lower case beyond that are a clause's (here the meeting's, not the speaker's)."""
    article = f"Новости\n\nВ городе было тихо.\n\n{text}"
    ((_, role),) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert role is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Nadia Brek, a columnist believed to be close to the mayor, wrote: "
            '"The scheme is dead."',
            "columnist",
        ),
        (
            "Nadia Brek, a former site manager accused of faking inspections, told the court: "
            '"I signed what I was given."',
            "former site manager",
        ),
    ],
)
def test_a_participles_clause_after_the_role_noun_is_left_off(text: str, role: str) -> None:
    article = f"Flood defences\n\nThe river rose overnight.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == ("Nadia Brek", role)


def test_a_participle_inside_an_office_stays() -> None:
    article = (
        "Flood defences\n\nThe river rose overnight.\n\n"
        'Nadia Brek, the deputy managing director of Norvik, said: "We will rebuild."'
    )
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == ("Nadia Brek", "deputy managing director of Norvik")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Nadia Brek, a solicitor representing the tenants, said: "They were never warned."',
            "solicitor representing the tenants",
        ),
        (
            'Nadia Brek, a nurse working nights at the hospice, said: "We are short again."',
            "nurse working nights at the hospice",
        ),
    ],
)
def test_a_present_participles_clause_stays_in_the_role(text: str, role: str) -> None:
    """What the person does in the office (``representing the tenants``) is part of the role,
    as the keys write it; only a past participle's clause (what is said of the person) is left
    off."""
    article = f"Flood defences\n\nThe river rose overnight.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30)).values()
    assert found == ("Nadia Brek", role)
