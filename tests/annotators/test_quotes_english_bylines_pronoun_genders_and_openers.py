"""English speakers: byline writers, a pronoun's gender, appositions, and the person a
paragraph-opening pronoun stands for (issue #16, written in session 22):

* the writers a byline names (``By JANE DOE and JOHN ROE Associated Press``) never speak: a
  ``she said`` with no one else of her gender named is not the reporter's;
* a person's own pronoun right after a cue (``Okonkwo said she would``) states the person's
  gender over the first name's guess (``Patrice``, ``Jean``, read as a man's name);
* an indefinite description in apposition to a name the entity annotator left untyped
  (``Associate Professor Tan Boon Hock, a materials engineer at ...``) is that person's, not a
  second, unnamed source a later ``he said`` points to;
* a quotation opening its paragraph with ``he said`` goes to a person written with a title or
  a role noun (``Tenant Oluwaseun ...``, ``Associate Professor ...``) who opens a sentence of
  the paragraph before, when no one else the pronoun may stand for is named there; so does a
  name in apposition to a role phrase opening such a sentence (``The union's president,
  Comrade Ngozi ...,``), and a paragraph opening with the pronoun's cue (``She said, "..."``);
* ``Alhaji``, ``Alhaja``, ``Comrade``, ``Mdm`` and ``Mzee`` are titles of courtesy
  (``[people] courtesy``), no part of the name a speaker is reported under;
* capitalised words opening with a determiner (``Its Secretary-General``) are a role, not an
  untyped name: the name in apposition after them speaks;
* a possessive opening a sentence is not its subject: ``Lowe's sister, Janet Pryce, declined
  ... She said only, "..."`` is the sister's;
* an unnamed source described at an unnamed place (``A teacher at a school in the east of
  Harwick, who ...``) is no ``a teacher at a``: an article is no body's name; the
  description runs to the place the comma after it closes;
* the plural of a role noun counted by the groups it leads (``the heads of 40 secondary
  schools said``) is several unnamed speakers, described as written, not a body named in the
  sentence's opening phrase (``seen by the Herald``);
* ``Asked ..., Ruiz laughed.`` ending a paragraph sets Ruiz up to answer: the ``he said`` of
  the quotation opening the next paragraph is his, not the first man the paragraph names;
* a body's noun after an opening phrase (``In a statement on Saturday, the utility said``)
  opening its paragraph is the body the paragraph before ends with as a cue's subject, and
  ``In a statement, the City of Harwick said`` makes the untyped name a body.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)

_BYLINE = """Harbour board raises cargo fees

By GRETA HOLLOWAY-SMITH and DEV PATEL-ROSS Associated Press

BOSTON (AP) — The port board voted Monday to raise fees for cargo ships by a fifth.

Board chair Patrice Delacourt-Mensah said she had warned shippers a year ago.

"Nobody can say they were surprised," she said.
"""


def test_byline_writers_never_speak() -> None:
    found = speakers_and_roles(_BYLINE, DAY)
    speaker = found["Nobody can say they were surprised"][0]
    assert speaker is not None
    assert "HOLLOWAY" not in speaker and "PATEL" not in speaker


def test_a_byline_alone_names_no_speaker() -> None:
    text = _BYLINE.replace("Board chair Patrice Delacourt-Mensah said she had", "Shippers had been")
    found = speakers_and_roles(text, DAY)
    assert found["Nobody can say they were surprised"][0] is None


def test_own_pronoun_after_a_cue_states_the_gender() -> None:
    found = speakers_and_roles(_BYLINE, DAY)
    assert found["Nobody can say they were surprised"][0] == "Patrice Delacourt-Mensah"


def test_a_pronoun_after_a_cue_is_no_gender_when_the_article_says_both() -> None:
    """A name the article follows with ``he`` once and ``she`` once keeps its first name's
    guess: ``Marcus Lind said he`` is a man even after ``Marcus Lind said she`` (another
    woman reported)."""
    text = (
        "Council backs new stadium\n\n"
        "Councillor Marcus Lind said she had misread the plans, referring to the mayor.\n\n"
        "Marcus Lind said he would vote yes.\n\n"
        '"It is a good deal for the town," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["It is a good deal for the town"][0] == "Marcus Lind"


_APPOSED = """Bridge inspections to double

The transport ministry said on Monday that inspections of road bridges would take place twice a
year from March.

Associate Professor Tan Boon Hock, a materials engineer at the Eastern Technical Institute who
was not involved in the review, said corrosion in older bridges was common.

"Steel rusts. Concrete cracks," he said. "What matters is how soon you find it."
"""


def test_an_apposition_to_an_untyped_name_is_no_second_source() -> None:
    found = speakers_and_roles(_APPOSED, DAY)
    assert found["Steel rusts. Concrete cracks"][0] == "Tan Boon Hock"
    assert found["What matters is how soon you find it"][0] == "Tan Boon Hock"


def test_a_titled_untyped_subject_of_the_paragraph_before_speaks() -> None:
    text = (
        "Landlord ignored repair requests, tenants say\n\n"
        "Tenant Oluwaseun Adebayo-Clarke, who has lived in the block since 2009, said the "
        "landlord never answered his letters.\n\n"
        '"I called them twelve times," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I called them twelve times"][0] == "Oluwaseun Adebayo-Clarke"


def test_a_body_noun_after_an_opening_phrase_is_the_body_the_paragraph_before_names() -> None:
    """``In a statement on Saturday, the utility said`` opening its paragraph: the body the
    paragraph before ends with as the subject of a cue."""
    text = (
        "Taps run dry in the east\n\n"
        "Harbour Water said the outages were caused by a burst pipe near the main reservoir.\n\n"
        'In a statement on Saturday, the utility said it was "working through the night" and '
        "that tankers had been sent.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["working through the night"][0] == "Harbour Water"


def test_a_statement_opening_the_sentence_makes_its_untyped_subject_a_body() -> None:
    """``In a statement, the City of Harwick said``: as ``The City of Harwick said in a
    statement``, the untyped name is the body that issued it."""
    text = (
        "Bus drivers back strike\n\n"
        "Drivers have voted to strike, their union said.\n\n"
        'In a statement, the City of Harwick said it had made a "fair and generous" offer to '
        "the drivers.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["fair and generous"][0] == "City of Harwick"


def test_a_name_apposed_to_an_opening_role_takes_a_paragraph_opening_pronoun() -> None:
    text = (
        "Unions reject fuel grants\n\n"
        "The union's president, Comrade Ngozi Adeyemi-Clarke, issued the warning on Monday "
        "after a meeting in Lagos.\n\n"
        'She said, "Workers cannot carry this burden any longer."\n'
    )
    found = speakers_and_roles(text, DAY)
    # ``Comrade`` is a title of courtesy, as ``Alhaji`` is: no part of the speaker's name.
    assert found["Workers cannot carry this burden any longer"][0] == "Ngozi Adeyemi-Clarke"


def test_alhaji_is_a_title_of_courtesy() -> None:
    text = (
        "Minister urges calm over fuel prices\n\n"
        "The minister of petroleum, Alhaji Sani Bello-Yusuf, said the government was "
        '"listening to everyone" and asked unions to stay calm.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["listening to everyone"][0] == "Sani Bello-Yusuf"


def test_mdm_and_mzee_are_titles_of_courtesy() -> None:
    # (session 40) Singapore's and Malaysia's ``Mdm`` (Madam) and East Africa's ``Mzee`` (a
    # title of respect for an elder) are manners, not a name's first word nor a role.
    text = (
        "Hawkers count the cost of rent rises\n\n"
        "Mdm Lakshmi, 58, has sold drinks at the centre since 1994. "
        '"Every month the rent goes up," said Mdm Lakshmi.\n\n'
        "In Eldoret, an elder who gave his name only as Mzee Chepkoech said the market had "
        '"seen better years".\n\n'
        '"We will manage," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Every month the rent goes up"] == ("Lakshmi", None)
    assert found["seen better years"] == ("Chepkoech", None)
    assert found["We will manage"] == ("Chepkoech", None)


def test_a_capitalised_role_after_a_possessive_is_no_name() -> None:
    text = (
        "Unions reject fuel grants\n\n"
        "But the Dockworkers Union, which represents port staff, rejected the grants. Its "
        "Secretary-General, Mr Tunde Bakare-Williams, told our correspondent on the telephone, "
        '"Grants are a plaster. We need a cure."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Grants are a plaster. We need a cure"][0] == "Tunde Bakare-Williams"


def test_the_person_apposed_to_a_possessive_is_the_subject() -> None:
    text = (
        "Treasurer convicted\n\n"
        "Margaret Lowe was found guilty on Friday of taking money from the parish fund.\n\n"
        "Lowe's sister, Janet Pryce, who sat through every day of the trial, declined to speak "
        'to reporters. She said only, "We still love her."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We still love her"][0] == "Janet Pryce"


def test_a_possessor_with_no_one_apposed_stays_the_subject() -> None:
    text = (
        "Senators split on nominee\n\n"
        "Senator Paul Whitcombe said he still had questions about the nominee.\n\n"
        "Senator Martin Ashford said the hearing had gone well. Ashford's vote, however, "
        "appears settled.\n\n"
        '"I have heard enough to decide," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I have heard enough to decide"][0] == "Martin Ashford"


def test_an_unnamed_source_is_described_up_to_the_place() -> None:
    text = (
        "School hours cut\n\n"
        "A teacher at a school in the east of Harwick, who asked not to be named because she "
        "was not allowed to talk to reporters, said pupils had been sent home early.\n\n"
        '"We send children home at noon," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We send children home at noon"][0] == (
        "a teacher at a school in the east of Harwick"
    )


def test_people_counted_by_the_groups_they_lead_speak_as_described() -> None:
    text = (
        "Schools warn of teacher shortage\n\n"
        "In a letter to the education minister seen by the Herald, the heads of 40 secondary "
        'schools said the shortage had become "impossible to manage".\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["impossible to manage"][0] == "heads of 40 secondary schools"


def test_a_participle_clause_ending_the_paragraph_sets_up_the_answer() -> None:
    text = (
        "Hornets edge Celtics\n\n"
        'Rookie guard Marcus Cole scored 31 points. "I just kept shooting," Cole said.\n\n'
        "Cole and Diego Ruiz, who were teammates in college, hugged at midcourt after the "
        "buzzer. Asked what they had said to each other, Ruiz laughed.\n\n"
        '"He said I was slow," he said. "I told him I was fast enough."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["He said I was slow"][0] == "Diego Ruiz"
    assert found["I told him I was fast enough"][0] == "Diego Ruiz"


# Near misses of the rules above (review RQ): ordinary articles these rules must leave alone.


def test_two_names_apposed_in_the_paragraph_before_leave_the_pronoun_open() -> None:
    """Two people the paragraph before names in apposition to roles, neither's first name
    telling a gender: a paragraph-opening ``she said`` is neither's."""
    text = (
        "Dockers vote to strike\n\n"
        "The union's president, Comrade Chidi Okafor, issued a warning on Monday. Its "
        "secretary, Comrade Bola Ade, agreed.\n\n"
        '"We will strike," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We will strike"][0] is None


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    text = (
        "Council approves budget\n\n"
        "By the time the vote came on Tuesday, most members had left the chamber.\n\n"
        "Mayor Linda Okafor said the budget was balanced.\n\n"
        '"We kept our promise," she said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We kept our promise"][0] == "Linda Okafor"


def test_a_paragraph_opening_with_she_said_after_a_man_only_is_no_ones() -> None:
    text = (
        "Hospital opens new wing\n\n"
        "Health Minister Daniel Osei cut the ribbon on Friday.\n\n"
        'She said, "This is a great day for the nurses of this town."\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["This is a great day for the nurses of this town"][0] is None


def test_a_body_possessing_a_role_leaves_the_apposed_person_the_subject() -> None:
    text = (
        "Carmaker apologises\n\n"
        "Harbour Motors' chief executive, Akio Tanabe, apologised on Monday.\n\n"
        '"We failed our customers," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["We failed our customers"][0] == "Akio Tanabe"


def test_a_participle_clause_sets_up_no_one_a_named_cue_overrides() -> None:
    text = (
        "Coach keeps faith\n\n"
        "Asked about his future, Marcus Webb smiled.\n\n"
        '"I have two years on my contract," striker Daniel Price said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I have two years on my contract"][0] == "Daniel Price"


def test_a_pronoun_after_a_cue_may_be_a_person_named_before() -> None:
    """``Lucy Hart won ... Coach Mark Evans said she deserved it``: ``she`` is Lucy's, so the
    coach stays a man and answers the ``he said`` of the paragraphs after."""
    text = (
        "Awards night\n\n"
        "Lucy Hart won the player of the year award on Friday. Coach Mark Evans said she "
        "deserved it more than anyone.\n\n"
        '"I have never seen a better season," he said.\n\n'
        "Chairman Tom Reid handed over the trophy. Evans praised the fans.\n\n"
        '"They carried us," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I have never seen a better season"] == ("Mark Evans", "Coach")
    assert found["They carried us"][0] == "Mark Evans"


def test_a_wrapped_line_opening_with_by_is_no_byline() -> None:
    """A hard-wrapped paragraph near the top whose line happens to open with ``by`` and a
    list of names goes on with the sentence: those people may speak."""
    for lines in (
        "The stadium plan was approved on Monday in a vote led\nby Linda Okafor and Tom Reid\n"
        "of the planning committee.",
        "The council met on Monday.\nBy Tuesday Linda Okafor and Tom Reid\n"
        "had approved the stadium plan.",
    ):
        text = f'Stadium plan approved\n\n{lines}\n\n"We listened to everyone," she said.\n'
        found = speakers_and_roles(text, DAY)
        assert found["We listened to everyone"][0] == "Linda Okafor"
