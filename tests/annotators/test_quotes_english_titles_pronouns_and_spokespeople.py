"""English titles before a name, pronouns and their referents, and spokespeople and unnamed
sources described at length (issue #16, written in session 16): general attribution rules of
English news (titles before a name, a reported speaker as a pronoun's referent, a quotation
closing its own sentence, unnamed sources and spokespeople described at length, a title then a
name in apposition, a headline's quotation and its speaker after a colon).

The sentences are written for these tests in the manner of news pages; none is copied from one."""

from __future__ import annotations

from helpers.quotes import speakers_in

# -- titles of local office and of the police before a name ----------------------------------


def test_a_local_office_title_before_a_name_is_the_role_not_the_name() -> None:
    text = (
        "Voting went smoothly across the county, officials said.\n\n"
        '"Every voter in line at closing time got to vote," County Clerk Mary Hanlon said.\n\n'
        "State Comptroller Ravi Kumar warned in a letter that payments could be late. "
        '"Every week without a budget costs money," Kumar wrote.'
    )
    speakers = speakers_in(text)
    assert speakers["Every voter in line at closing time got to vote"][0] == "Mary Hanlon"
    assert speakers["Every week without a budget costs money"] == (
        "Ravi Kumar",
        "State Comptroller",
    )


def test_an_abbreviated_police_rank_is_no_part_of_the_name() -> None:
    text = (
        "A builder was jailed for six years on Friday.\n\n"
        "Det Insp Jane Moss, who led the inquiry, said outside court: "
        "'This was a cruel crime.'"
    )
    assert speakers_in(text)["This was a cruel crime"] == ("Jane Moss", "Det Insp")


# -- a pronoun goes back to the person whose words the paragraph reports --------------------


def test_she_said_is_the_woman_whose_words_the_paragraph_before_reports() -> None:
    text = (
        "Sentencing him, Judge Helen Marsh said he had 'betrayed the trust of people'.\n\n"
        "'You targeted people who were old,' the judge said.\n\n"
        "In a statement read to the court, 79-year-old widow Dorothy Finch said she had "
        "been forced to sell her home.\n\n"
        "'I trusted him completely,' she said in the statement."
    )
    speakers = speakers_in(text)
    assert speakers["I trusted him completely"][0] == "Dorothy Finch"
    assert speakers["You targeted people who were old"][0] == "Helen Marsh"


def test_a_woman_merely_named_does_not_take_the_pronoun_from_the_speaker() -> None:
    text = (
        "'We will appeal,' said lawyer Anna Reyes.\n\n"
        "The case was brought by Maria Lopez, a former tenant of the block.\n\n"
        "'The ruling ignores the evidence,' she said."
    )
    assert speakers_in(text)["The ruling ignores the evidence"][0] == "Anna Reyes"


# -- a quotation closing its sentence belongs to that sentence's cue ---------------------------


def test_a_quotation_ending_its_sentence_is_not_the_next_sentences_speakers() -> None:
    text = (
        "Maria Lopez and Tom Harmon met in a televised debate on Tuesday.\n\n"
        'The sharpest exchange came when Lopez accused Harmon of "playing politics with '
        'schools." He replied that she was "out of touch with parents."'
    )
    speakers = speakers_in(text)
    assert speakers["playing politics with schools"][0] == "Maria Lopez"
    assert speakers["out of touch with parents"][0] == "Tom Harmon"


def test_a_quotation_then_an_inverted_cue_in_its_sentence_is_still_the_cues() -> None:
    text = 'Police closed the road.\n\n"Stay away from the river," a police spokesman said.'
    assert speakers_in(text)["Stay away from the river"][0] == "a police spokesman"


# -- unnamed sources and spokespeople described at length --------------------------------------


def test_a_qualified_source_keeps_a_modified_object_of_its_qualifier() -> None:
    text = (
        "The ministry is weighing a plan to withdraw troops, according to three officials "
        "familiar with the internal deliberations.\n\n"
        '"There is a real debate about this," one of the officials said.\n\n'
        "Two people familiar with the matter said the talks had stalled. "
        '"Nobody is ready," one of them said.'
    )
    speakers = speakers_in(text)
    assert speakers["There is a real debate about this"][0] == (
        "three officials familiar with the internal deliberations"
    )
    assert speakers["Nobody is ready"][0] == "Two people familiar with the matter"


def test_a_spokesperson_of_a_body_named_in_several_words_keeps_the_whole_name() -> None:
    text = (
        "Patients are waiting longer for hip operations.\n\n"
        "A Department of Transport and Roads spokesperson said: 'We are taking action.'\n\n"
        "A Ministry of Defence spokesman said: 'We are aware of the report.'\n\n"
        "The spokesman added: 'We will say more soon.'"
    )
    speakers = speakers_in(text)
    # (the body speaks through its spokesperson: session 37's convention, issue 16)
    assert speakers["We are taking action"] == (
        "Department of Transport and Roads",
        "spokesperson",
    )
    assert speakers["We are aware of the report"] == ("Ministry of Defence", "spokesman")
    assert speakers["We will say more soon"] == ("Ministry of Defence", "spokesman")


def test_that_official_after_a_quotation_is_the_official_described_last() -> None:
    text = (
        "Officials met in private on Monday.\n\n"
        "A second official said planners were worried. "
        '"You cannot move these units overnight," that official said.'
    )
    assert speakers_in(text)["You cannot move these units overnight"][0] == "a second official"


def test_said_that_officials_is_no_demonstrative() -> None:
    text = 'The ministry said that officials had called the plan "unworkable."'
    assert speakers_in(text)["unworkable"][0] != "that officials"


# -- a title with a place, then a name in apposition -----------------------------------------


def test_a_title_with_a_place_then_a_name_in_apposition_gives_the_person() -> None:
    text = (
        "Waiting lists grew again in the north.\n\n"
        "Labour MP for Dunmore North, Rachel Imrie, said the response was 'not good "
        "enough'.\n\n"
        "Tory councillor for Ashby West, Peter Hale, said: 'We will fight this.'"
    )
    speakers = speakers_in(text)
    assert speakers["not good enough"] == ("Rachel Imrie", "Labour MP for Dunmore North")
    assert speakers["We will fight this"] == ("Peter Hale", "Tory councillor for Ashby West")


# -- a headline's quotation, a colon and its speaker -------------------------------------------


def test_a_headline_quotation_then_a_colon_and_a_person_is_that_persons() -> None:
    text = (
        "‘We lost everything in a night’: farmer Jonas Berg on the floods that took his "
        "land\n\n"
        "Jonas Berg has farmed the valley for 30 years. He spoke to our reporter."
    )
    assert speakers_in(text)["We lost everything in a night"][0] == "Jonas Berg"


def test_a_headline_quotation_then_a_colon_and_no_person_has_no_speaker_there() -> None:
    text = (
        '"It was a lesson in humility": what the storm taught the city about warnings\n\n'
        "The storm reached the coast on Sunday night."
    )
    assert speakers_in(text).get("It was a lesson in humility", (None, None))[0] is None


# -- the company is no public body -------------------------------------------------------------


def test_the_company_said_is_not_a_public_body_named_after_it() -> None:
    text = (
        "Tarvik Energy cut power to 40,000 homes on Tuesday as the storm moved inland.\n\n"
        "The National Weather Service said gusts reached 60 mph on the coast.\n\n"
        '"If you see a wire, assume it is live," the company said in a statement.'
    )
    assert speakers_in(text)["If you see a wire, assume it is live"][0] != (
        "National Weather Service"
    )


def test_the_agency_said_may_still_be_the_public_body() -> None:
    text = (
        "The Environment Agency issued flood warnings for 30 towns.\n\n"
        '"Do not drive through flood water," the agency said.'
    )
    assert speakers_in(text)["Do not drive through flood water"][0] == "Environment Agency"


# -- relatives and friends described by whom they belong to ---------------------------------


def test_the_daughter_of_a_named_person_speaks_not_the_person() -> None:
    text = (
        "Graham Pettit, 58, admitted fraud at the crown court.\n\n"
        "The daughter of Edith Moore said: 'Mum saved all her life.'\n\n"
        "In a statement, the parents of the boy said: 'We are heartbroken.'"
    )
    speakers = speakers_in(text)
    assert speakers["Mum saved all her life"][0] == "the daughter of Edith Moore"
    assert speakers["We are heartbroken"][0] == "the parents of the boy"


def test_the_family_of_a_victim_named_in_apposition_speaks() -> None:
    text = (
        "Graham Pettit, 58, admitted fraud at the crown court.\n\n"
        "The family of one victim, 91-year-old Edith Moore, said: 'He took it from her.'"
    )
    assert speakers_in(text)["He took it from her"][0] == "the family of one victim"


def test_a_friend_of_a_named_person_named_in_apposition_speaks_under_that_name() -> None:
    text = (
        "Graham Pettit, 58, admitted fraud at the crown court.\n\n"
        "A friend of Pettit, Sam Cole, said: 'He was a good man once.'\n\n"
        "Ann Lee, the wife of the late senator, said: 'He loved this town.'"
    )
    speakers = speakers_in(text)
    assert speakers["He was a good man once"][0] == "Sam Cole"
    assert speakers["He loved this town"] == ("Ann Lee", "wife of the late senator")


# -- a pronoun when no one of its gender is named --------------------------------------------


def test_she_with_no_woman_named_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "11:42 p.m.\n"
        "Harris Delgado has conceded the race for the 4th District. In a short speech to "
        'supporters, she said: "The voters have spoken and I respect their decision."'
    )
    speakers = speakers_in(text)
    assert speakers["The voters have spoken and I respect their decision"][0] == "Harris Delgado"


def test_she_goes_to_the_woman_named_when_there_is_one() -> None:
    text = (
        "Tom Reyes and Linda Park met the press on Monday. Tom Reyes spoke first. "
        '"We are not finished," she said.'
    )
    assert speakers_in(text)["We are not finished"][0] == "Linda Park"


# -- an indefinite article and a noun as the whole subject -----------------------------------


def test_one_and_any_noun_opening_the_sentence_is_an_unnamed_speaker() -> None:
    text = (
        "Polls closed at 8 p.m. across the county.\n\n"
        'One voter, who asked not to be named, told the Herald: "I just want the potholes '
        'fixed."\n\n'
        'A shopkeeper on Main Street said: "Trade has been slow."'
    )
    speakers = speakers_in(text)
    assert speakers["I just want the potholes fixed"][0] == "one voter"
    assert speakers["Trade has been slow"][0] == "a shopkeeper on Main Street"


def test_a_time_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Rescuers reached the village on Sunday.\n\n"
        'Maria Alves waited by the road. A day later she said: "We have nothing left."'
    )
    assert speakers_in(text)["We have nothing left"][0] == "Maria Alves"


# -- the regulator, the airline: a kind of body ------------------------------------------------


def test_the_regulator_is_the_body_not_the_bank_it_fined() -> None:
    text = (
        "The Financial Conduct Authority has fined Halden Bank £40 million.\n\n"
        "In its final notice, the regulator said the bank's controls were "
        '"seriously deficient" for years.'
    )
    assert speakers_in(text)["seriously deficient"][0] == "Financial Conduct Authority"


def test_the_airline_is_the_body_whose_name_ends_so() -> None:
    text = (
        "Nordwind Airlines cancelled 300 flights after the outage, the FAA said.\n\n"
        '"We apologise to every passenger," the airline said.'
    )
    assert speakers_in(text)["We apologise to every passenger"][0] == "Nordwind Airlines"


# -- an unnamed person described just before a definite description ---------------------------


def test_the_former_employee_is_the_unnamed_officer_just_described() -> None:
    text = (
        '"Banks are the first line of defence," said Mark Steward, the director of '
        "enforcement.\n\n"
        "A former compliance officer at the bank, who spoke on condition of anonymity, said "
        'staff had raised concerns. "We were told to stop asking questions," the former '
        "employee said."
    )
    assert speakers_in(text)["We were told to stop asking questions"][0] == (
        "a former compliance officer at the bank"
    )


# -- one of several unnamed sources -------------------------------------------------------------


def test_the_other_person_is_one_of_the_two_sources_named_before() -> None:
    text = (
        "Veltro is in advanced talks to buy Crane Logistics, two people familiar with the "
        "matter told Reuters.\n\n"
        "A deal could come next week, one of the people said.\n\n"
        '"Both boards are keen, but the price is still being argued over," the other person '
        "said."
    )
    speakers = speakers_in(text)
    assert speakers["Both boards are keen, but the price is still being argued over"][0] == (
        "two people familiar with the matter"
    )


def test_the_official_after_several_officials_is_one_of_them() -> None:
    text = (
        "The plan is under review, according to three officials familiar with the talks.\n\n"
        '"Nothing is settled," the official said.'
    )
    expected = "three officials familiar with the talks"
    assert speakers_in(text)["Nothing is settled"][0] == expected


# -- they: the several unnamed people who spoke in the sentence before --------------------------


def test_they_is_the_plural_subject_of_the_cue_in_the_sentence_before() -> None:
    text = (
        "The mayor denies wrongdoing.\n\n"
        "Prosecutors say he steered contracts to his brother-in-law. In a filing last month, "
        'they described the scheme as "brazen and sustained."\n\n'
        'Researchers said the results were "striking." In a paper, they called the effect '
        '"robust and repeatable."'
    )
    speakers = speakers_in(text)
    assert speakers["brazen and sustained"][0] == "Prosecutors"
    assert speakers["robust and repeatable"][0] == "Researchers"


def test_they_after_a_family_named_is_no_unnamed_group() -> None:
    text = (
        "The Smiths said they were moving out. "
        'They called the house "a money pit that ate our savings."'
    )
    speaker = speakers_in(text).get("a money pit that ate our savings", (None, None))[0]
    assert speaker != "The Smiths"


def test_one_relative_named_in_apposition_speaks_under_that_name() -> None:
    # The apposition after one relative names the relative; after a family, whom it speaks of.
    text = (
        "Graham Pettit, 58, admitted fraud at the crown court.\n\n"
        "The wife of the mayor, Jane Roe, said: 'We trusted him.'\n\n"
        "The mother of the victim, Ann Roe, said: 'She never got it back.'"
    )
    speakers = speakers_in(text)
    assert speakers["We trusted him"][0] == "Jane Roe"
    assert speakers["She never got it back"][0] == "Ann Roe"
