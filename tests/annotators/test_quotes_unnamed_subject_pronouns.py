"""A pronoun opening a paragraph after one whose last sentence has one unnamed source as its
subject (``One scientist, who asked not to be named, said ... .`` then ``"...," she said``)
stands for that source, not for the person named last; a thing described so (``One review
described her as "..."``) is no one a pronoun stands for.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_pronoun_opening_the_next_paragraph_is_the_source() -> None:
    text = (
        "Chief executive Helen Marsh said the company would cut 200 jobs.\n\n"
        "One scientist, who asked not to be named because she was not authorized to speak "
        "publicly, said many colleagues had spent a decade on the program.\n\n"
        '"People were crying in the hallway," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["People were crying in the hallway"][0] == "one scientist"


def test_a_review_is_no_unnamed_source() -> None:
    text = (
        "Helen Marsh led the orchestra for 15 years. One review in 1980 described her as "
        '"the lady with the baton".\n\n'
        '"I decided it was funnier on the wall," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I decided it was funnier on the wall"][0] == "Helen Marsh"


def test_a_source_of_the_other_gender_is_not_the_pronoun() -> None:
    # ``one father`` is a man: the ``she`` after him is the woman named before.
    text = (
        "Head teacher Rosa Delgado has run the school for nine years.\n\n"
        "One father, who asked not to be named, said the fees had doubled since 2020.\n\n"
        '"We keep every cost as low as we can," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We keep every cost as low as we can"][0] == "Rosa Delgado"


def test_an_occupation_with_a_relative_clause_is_the_source() -> None:
    # ``pharmacist`` is an occupation, no role noun: the relative clause after it shows a
    # person, whom the next ``she said`` points back to (not the mayor named before).
    text = (
        'Mayor Sandra Kovac said the bridge would reopen in May. "The engineers have done '
        'their work," she said.\n\n'
        "A pharmacist in the town, who declined to give her name, said supplies had run low. "
        '"We turn people away every day," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We turn people away every day"][0] == "a pharmacist in the town"


def test_an_occupation_without_a_relative_clause_is_no_new_source() -> None:
    # Without the clause, ``a personal trainer`` only describes the man named before it.
    text = (
        'Coach Tom Ridley said the club had no comment. "We wish her well," he said.\n\n'
        "Her former partner, Dylan, 29, a personal trainer, said he was not surprised. "
        '"She always knew what she wanted," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["She always knew what she wanted"][0] != "a personal trainer"


def test_an_occupation_after_a_preposition_is_no_source() -> None:
    # ``a bus operator`` is where the manager works: the manager is the source.
    text = (
        'Port director Alan Pike said the backlog would clear. "We are confident," he said.\n\n'
        "A senior manager at a bus operator, who asked not to be named, said the delays "
        'were worse than reported. "Nobody believes the official line," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody believes the official line"][0] == "a senior manager at a bus operator"


def test_a_source_named_by_a_participle_speaks_under_that_name() -> None:
    # ``surnamed Okafor``: the name the description is given is the one ``he said`` stands for.
    text = (
        'Police chief Owen Marsh said arrests were likely. "We know who they are," he said.\n\n'
        "A delivery driver surnamed Okafor said the night routes had been cut twice. "
        '"Nobody tells us anything," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody tells us anything"][0] == "Okafor"


def test_a_surname_given_in_a_relative_clause_is_the_speakers_name() -> None:
    text = (
        'Police chief Owen Marsh said arrests were likely. "We know who they are," he said.\n\n'
        "A delivery driver, who gave only his surname, Okafor, said the night routes had "
        'been cut twice. "Nobody tells us anything," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody tells us anything"][0] == "Okafor"


def test_a_named_source_after_an_opening_phrase_is_the_pronoun() -> None:
    # The subject follows an opening phrase about where the reporter met her.
    text = (
        'The minister, Ruth Alder, said the roads would reopen soon. "We are working day and '
        'night," she said.\n\n'
        "In the square outside the town hall, a baker named Selma, who has run a stall there "
        'for years, said trade had halved. "Nobody comes out any more," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody comes out any more"][0] == "Selma"


def test_a_name_given_only_as_in_a_clause_without_commas() -> None:
    text = (
        'Police chief Owen Marsh said arrests were likely. "We know who they are," he said.\n\n'
        "A neighbour who gave his name only as Kwame told reporters he heard two shots. "
        '"Everybody ran inside," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Everybody ran inside"][0] == "Kwame"


def test_a_source_after_an_opening_phrase_with_a_name_in_apposition() -> None:
    # ``a vendor at the bus station, Mrs Ada Obi,``: the apposed name speaks, not the description.
    text = (
        'The minister, Paul Dane, said prices would fall. "Help is coming," he said.\n\n'
        "Meanwhile, a vendor at the bus station, Mrs Ada Obi, said her rent had doubled. "
        '"The drivers charge what they like," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["The drivers charge what they like"][0] == "Ada Obi"


def test_a_name_after_an_opening_preposition_is_no_subject() -> None:
    # ``In Kota Belud``: where the sentence is set (a name the entity annotator may take for a
    # person's); the person after the comma is its subject, whom the next ``he said`` stands for.
    text = (
        'Union leader Ahmad Zulkifli said teachers deserved credit. "It was a hard year," he '
        "said.\n\n"
        "In Kota Belud, Ronald Sipaun anak Gindal, 18, from a rural school, scored 8A. "
        '"My village only got a road last year," he said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["My village only got a road last year"][0].startswith("Ronald Sipaun")


def test_an_occupation_in_the_object_with_a_relative_clause_is_no_source() -> None:
    # ``a pharmacist`` is whom the mayor hired, not the sentence's subject: the next ``she
    # said`` is still the mayor's.
    text = (
        'Mayor Sandra Kovac said the bridge would reopen in May. "The engineers have done '
        'their work," she said.\n\n'
        "She hired a pharmacist, who started in June, to run the clinic.\n\n"
        '"We turn people away every day," she said.'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We turn people away every day"][0] == "Sandra Kovac"


def test_a_title_or_honour_named_after_a_participle_is_no_name() -> None:
    # ``named Player of the Match``, ``named Chief Executive``: an honour and a post the
    # source was given, no name of theirs.
    for given in ("Player of the Match", "Chief Executive"):
        text = (
            'Coach Tom Ridley said the club had no comment. "We wish her well," he said.\n\n'
            f"A defender named {given} last season said the squad was tired. "
            '"We need a break," he said.'
        )
        found = speakers_and_roles(text, DAY)
        assert found["We need a break"][0] not in (given, given.split()[0]), given


def test_an_occupation_after_a_cue_or_an_opening_word_is_still_the_source() -> None:
    # After a quotation's cue (``said a pharmacist who``) or an opening word (``Then``) the
    # occupation is the sentence's subject, whom the next ``she said`` stands for.
    for sentence in (
        '"Stocks are gone," said a pharmacist who declined to give her name.',
        "Then a pharmacist who declined to give her name said stocks were gone.",
    ):
        text = (
            'Mayor Sandra Kovac said the bridge would reopen. "We have done our work," she '
            f'said.\n\n{sentence} "We turn people away every day," she said.'
        )
        found = speakers_and_roles(text, DAY)
        assert found["We turn people away every day"][0] == "a pharmacist", sentence
