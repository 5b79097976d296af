"""English speakers, classes of misses found on the val23 key (session 22, issue #16):

* a surname of several words (``Pereira da Costa``, ``Te Whare-Ngata``) written alone after the
  person's full name is that person: the speaker is reported under the full name, as a
  one-word surname already was;
* a participle's clause set off by commas between an unnamed source and its cue (``A senior
  council official, requesting anonymity, said``) is left out as a relative clause is: the
  source speaks, not the body named in its description;
* a description ending with a city and its state (``a depot manager in Dover, Del., told``) is
  an unnamed source: the state is no speaker, and a later ``she said`` is not given to it;
* a retort of two words (``Roe shot back``, ``fired back``, ``hit back``; ``[quotes]
  phrase_cues``) is a cue; the verb alone is not, nor the phrase before a movement's word
  (``shot back into the lead``; ``[quotes] phrase_cue_movements``);
* a full name closing a longer one and opening with a given name (``Ali Hassan`` after
  ``Ahmed Ali Hassan``) is its own person's, not a surname of several words.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_PARTICLE_SURNAME = """Porto names new coach

Porto's president Inês Pereira da Costa said on Monday that the club had chosen its coach.

"We wanted someone who knows the league," Pereira da Costa told reporters. "He does."
"""

_CAPITALISED_PARTICLE = """Harbour bridge opens to cyclists

Mayor Aroha Te Whare-Ngata opened the new cycle lane on the harbour bridge on Saturday.

"It took ten years, and it was worth every one of them," Te Whare-Ngata said.
"""


def test_a_surname_of_several_words_gives_the_full_name() -> None:
    found = speakers_and_roles(_PARTICLE_SURNAME, DAY)
    assert found["We wanted someone who knows the league"][0] == "Inês Pereira da Costa"
    assert found["He does"][0] == "Inês Pereira da Costa"


def test_a_capitalised_particle_surname_gives_the_full_name() -> None:
    found = speakers_and_roles(_CAPITALISED_PARTICLE, DAY)
    assert found["It took ten years, and it was worth every one of them"][0] == (
        "Aroha Te Whare-Ngata"
    )


def test_two_people_ending_with_the_surname_keep_the_short_form() -> None:
    """Two full names ending with the same words: the short form stands for neither."""
    text = _PARTICLE_SURNAME.replace(
        "Porto's president Inês Pereira da Costa said",
        "Porto's president Inês Pereira da Costa and her brother Rui Pereira da Costa said",
    )
    found = speakers_and_roles(text, DAY)
    assert found["We wanted someone who knows the league"][0] == "Pereira da Costa"


def test_a_full_name_closing_a_longer_one_is_its_own_person() -> None:
    """``Ali Hassan`` opens with a given name: a full name of its own (another person), not
    the surname of ``Ahmed Ali Hassan`` written alone."""
    text = (
        "Lawyer disputes arrest\n\nPolice held Ahmed Ali Hassan overnight on Sunday.\n\n"
        'His lawyer Ali Hassan spoke outside the court. "The arrest was unlawful," Ali Hassan'
        " said.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["The arrest was unlawful"][0] == "Ali Hassan"


_PARTICIPLE_ASIDE = """Harwick council to appeal ruling

The high court on Friday halted the demolition of 40 homes near the river.

A senior HDA official, requesting anonymity, said the authority was "reading the ruling
closely" and would decide on an appeal next week.
"""


def test_a_participle_aside_leaves_the_unnamed_source_speaking() -> None:
    found = speakers_and_roles(_PARTICIPLE_ASIDE, DAY)
    assert found["reading the ruling\nclosely"][0] == "a senior HDA official"


def test_a_named_speaker_before_a_participle_aside_still_speaks() -> None:
    text = _PARTICIPLE_ASIDE.replace("A senior HDA official", "Council leader Ruth Okoro-Banks")
    found = speakers_and_roles(text, DAY)
    assert found["reading the ruling\nclosely"][0] == "Ruth Okoro-Banks"


_CITY_AND_STATE = (
    "Depot emails read out at hearing\n\n"
    "Sen. Ann Roe-Parker read from an email in which a depot manager in Dover, Del., told staff"
    ' that "every minute past two counts against you."\n\n'
    '"You knew, and you did nothing," she said.\n'
)


def test_a_city_and_its_state_close_an_unnamed_source() -> None:
    found = speakers_and_roles(_CITY_AND_STATE, DAY)
    assert found["every minute past two counts against you"][0] == (
        "a depot manager in Dover, Del."
    )
    assert found["You knew, and you did nothing"][0] == "Ann Roe-Parker"


_RETORT = (
    "Budget hearing turns tense\n\n"
    "Sen. Lena Marsh-Oduya asked the treasurer why the report was late.\n\n"
    '"You have had a year to finish it," Marsh-Oduya shot back. "The county has waited long'
    ' enough."\n'
)


def test_a_retort_of_two_words_is_a_cue() -> None:
    found = speakers_and_roles(_RETORT, DAY)
    assert found["You have had a year to finish it"][0] == "Lena Marsh-Oduya"
    assert found["The county has waited long enough"][0] == "Lena Marsh-Oduya"


def test_shot_alone_is_no_cue() -> None:
    text = _RETORT.replace("Marsh-Oduya shot back", "Marsh-Oduya shot the messenger")
    found = speakers_and_roles(text, DAY)
    assert found["You have had a year to finish it"][0] is None


def test_a_phrase_cue_that_moves_is_no_retort() -> None:
    """``shot back into the lead``, ``hit back above``: a movement after a quotation, no
    speech; the quotation stays unattributed."""
    for sentence in (
        "Rory Hale shot back into the lead with a 66 on Saturday.",
        "Oil prices hit back above $80 a barrel on Tuesday.",
    ):
        text = f'Weekend round-up\n\n"Nobody saw that coming." {sentence}\n'
        assert speakers_and_roles(text, DAY)["Nobody saw that coming"][0] is None, sentence


def test_a_retort_at_someone_still_attributes() -> None:
    text = _RETORT.replace("Marsh-Oduya shot back", "Marsh-Oduya fired back at him")
    found = speakers_and_roles(text, DAY)
    assert found["You have had a year to finish it"][0] == "Lena Marsh-Oduya"
