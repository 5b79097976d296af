"""English speakers: a capitalised word describing a speaker, glued before the speaker's
full name, is the role and no part of the name (session 26).

* an occupation (``Astrophysicist Tarak Venkataraman``: a noun ending like an occupation's),
  a title's modifier before a role noun (``Senior Advocate Huvan Menon``), a title's plural
  (``Justices A.K. Rao and ...``), or a word the article writes in lower case elsewhere
  (``Forager Ketta Marsh``, with ``forager`` written elsewhere) before a first name the lists
  do not know;
* a noun describing a body opening its sentence (``Rival Zentro said``) is no part of the
  body's name;
* a first name that is also a word (``Grant Shapps``, ``Hope Hicks``) stays whole;
* a body named by the first or the last word of the one longer body's name written before
  (``Dunmore`` after ``Dunmore Energy``, ``The Flames`` after ``The Calgary Flames``) speaks
  under that name.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_MISSION = (
    "Sample capsule lands in the desert\n\n"
    "Researchers outside the agency welcomed the landing. Astrophysicist Tarak Venkataraman "
    'said such missions were "the best tool we have" for studying comets.\n\n'
    "The capsule was found by a forager who was out early. Forager Ketta Marsh, who walked "
    'over from her camp, said she "heard a thump like a door".\n'
)

_COURT = (
    "Court halts demolition of market stalls\n\n"
    "A bench of Justices A.K. Rao and M.N. Pillai stayed the orders on Tuesday.\n\n"
    '"No notice was served," Justice Rao asked the counsel for the state.\n\n'
    "Senior Advocate Huvan Menon, appearing for the traders, told the court they were "
    '"never warned".\n'
)

_SCOOTERS = (
    "City caps e-scooter numbers\n\n"
    "Scoota, which runs 900 scooters in the city, said the cap was too low.\n\n"
    'Rival Zentro said in an emailed statement that it "welcomes sensible rules" but '
    "would not cut its fleet.\n\n"
    'Hope Hicks, a resident, said the pavements were "finally clear".\n\n'
    'Grant Shapps, a councillor, said the vote was "long overdue".\n'
)


def test_an_occupation_before_an_unknown_first_name_is_the_role() -> None:
    speaker, role = speakers_and_roles(_MISSION, DAY)["the best tool we have"]
    assert (speaker, role) == ("Tarak Venkataraman", "Astrophysicist")


def test_a_word_written_in_lower_case_elsewhere_is_the_role() -> None:
    speaker, role = speakers_and_roles(_MISSION, DAY)["heard a thump like a door"]
    assert (speaker, role) == ("Ketta Marsh", "Forager")


def test_a_titles_modifier_and_its_role_noun_are_no_part_of_the_name() -> None:
    assert speakers_and_roles(_COURT, DAY)["never warned"][0] == "Huvan Menon"


def test_a_titles_plural_is_no_part_of_the_name() -> None:
    speaker, role = speakers_and_roles(_COURT, DAY)["No notice was served"]
    assert (speaker, role) == ("A.K. Rao", "Justice")


def test_a_word_describing_a_body_is_no_part_of_its_name() -> None:
    assert speakers_and_roles(_SCOOTERS, DAY)["welcomes sensible rules"][0] == "Zentro"


def test_a_first_name_that_is_also_a_word_stays() -> None:
    found = speakers_and_roles(_SCOOTERS, DAY)
    assert found["finally clear"][0] == "Hope Hicks"
    assert found["long overdue"][0] == "Grant Shapps"


_PORTS = (
    "Port operator weighs takeover offer\n\n"
    "Dockside Partners has made an offer for Dunmore Energy, two people familiar with the "
    "matter said.\n\n"
    "Dunmore shares rose 9% in early trading. Shares in Dunmore had fallen in May.\n\n"
    'Dunmore said in a statement it was "focused on its shareholders".\n\n'
    "The Calgary Flames beat the Winnipeg Jets 3-1 on Saturday.\n\n"
    'The Flames said their captain was "recovering well" after a fall in practice.\n'
)


def test_a_body_named_by_the_first_word_of_its_name_speaks_under_the_whole() -> None:
    assert speakers_and_roles(_PORTS, DAY)["focused on its shareholders"][0] == "Dunmore Energy"


def test_a_body_named_by_the_last_word_of_its_name_speaks_under_the_whole() -> None:
    assert speakers_and_roles(_PORTS, DAY)["recovering well"][0] == "Calgary Flames"
