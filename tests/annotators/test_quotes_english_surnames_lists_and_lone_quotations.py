"""English speakers read from the sentence (issue #16, written in session 15): a surname
misspelt by one letter after the full name (``Kavadarkov`` for ``Vladimir Kavardarkov``),
people joined as a subject, lists of sources, quotations standing alone after a paragraph, a
dash and a name signing a quotation, sources close to a named person; general attribution
mechanics, not phrases of any key.

The sentences are written for these tests in the manner of news pages; none is copied from one."""

from __future__ import annotations

from helpers.quotes import speakers_in

# -- a surname misspelt by one letter ------------------------------------------------------------


def test_a_surname_misspelt_by_one_letter_is_the_one_person_so_named() -> None:
    text = (
        "Farmers blocked the road into Tarnow on Monday.\n\n"
        "Outside the town hall, Grzegorz Wisniewski, 61, was unloading sacks of grain.\n\n"
        '"We only want a fair price for what we grow," Wisniewsky said.\n\n'
        "Later the mayor, Anna Kowalczyk, met the protesters.\n\n"
        '"Nobody here wants a blockade," Kowalcyzk said.'
    )
    speakers = speakers_in(text)
    assert speakers["We only want a fair price for what we grow"][0] == "Grzegorz Wisniewski"
    assert speakers["Nobody here wants a blockade"][0] == "Anna Kowalczyk"


def test_a_surname_with_a_letter_added_at_its_end_is_the_person_named_before() -> None:
    text = (
        "The minister announced new funding for the shipyards.\n\n"
        "Industry minister Tobias Hallworth visited the Gdansk yard on Friday.\n\n"
        '"These jobs will still be here in ten years," said Hallworths.'
    )
    assert speakers_in(text)["These jobs will still be here in ten years"][0] == "Tobias Hallworth"


def test_two_surnames_one_letter_away_leave_the_speaker_as_written() -> None:
    text = (
        "Two brothers-in-law run the bakery.\n\n"
        "Martin Hendersen and Paul Hendersan opened it in 1998.\n\n"
        '"Bread is what we know," Hendersin said.'
    )
    assert speakers_in(text)["Bread is what we know"][0] == "Hendersin"


def test_a_surname_two_letters_away_is_another_person() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        "Councillor Margaret Holloway proposed the budget.\n\n"
        '"We cannot afford another year of cuts," Galloway said.'
    )
    assert speakers_in(text)["We cannot afford another year of cuts"][0] != "Margaret Holloway"


# -- two people coordinated as the subject -------------------------------------------------------


def test_the_first_of_two_people_joined_as_the_subject_speaks() -> None:
    text = (
        "The steelworks will stay open.\n\n"
        "Regional Governor Helena Marsh and finance minister Oskar Lindqvist on Monday "
        'promised the town a "fresh start for every family here".'
    )
    speaker, role = speakers_in(text)["fresh start for every family here"]
    assert speaker == "Helena Marsh"
    assert role == "Regional Governor"


def test_the_first_of_two_titled_people_speaks_with_its_own_title() -> None:
    text = (
        "Talks with the airline broke down.\n\n"
        "Union President Carla Mendes and Vice President Joao Pires said the offer was "
        '"an insult to every pilot".'
    )
    assert speakers_in(text)["an insult to every pilot"][0] == "Carla Mendes"


def test_a_person_after_and_in_an_object_is_not_paired_with_the_subject() -> None:
    text = (
        "The summit ended early.\n\n"
        "Chancellor Petra Vogel met the unions and later Jonas Berg said the talks were "
        '"going nowhere fast".'
    )
    assert speakers_in(text)["going nowhere fast"][0] == "Jonas Berg"


# -- labels: a list of sources, a titled name before a colon --------------------------------------


def test_each_item_of_a_list_of_sources_is_its_own_sources() -> None:
    text = (
        "Estimates of the damage differ widely.\n\n"
        "Figures given so far:\n"
        '    * Reuters - "at least 2,400 homes were flooded."\n'
        '    * BBC - "more than 3,000 homes are under water."\n'
    )
    speakers = speakers_in(text)
    assert speakers["at least 2,400 homes were flooded"][0] == "Reuters"
    assert speakers["more than 3,000 homes are under water"][0] == "BBC"


def test_a_titled_name_and_a_colon_after_a_list_marker_speak_with_the_title_as_role() -> None:
    text = (
        "The messages were released by the committee on Monday.\n\n"
        ": Deputy Secretary of the Treasury Laura Fenwick: "
        '"Send me the figures before lunch, please."\n\n'
        ": Chief of Staff Daniel Okoye: "
        '"They are on your desk already."'
    )
    speakers = speakers_in(text)
    assert speakers["Send me the figures before lunch, please"] == (
        "Laura Fenwick",
        "Deputy Secretary of the Treasury",
    )
    assert speakers["They are on your desk already"][0] == "Daniel Okoye"


# -- a paragraph of quotations only after a paragraph about someone -------------------------------


def test_a_quotation_standing_alone_after_a_paragraph_about_a_person_is_theirs() -> None:
    text = (
        "The ferry service will be cut to twice a week.\n\n"
        "Colm Brennan, the harbour master, rejected the plan.\n\n"
        '"Islanders need this boat every single day."\n\n'
        "The council meets again in March."
    )
    assert speakers_in(text)["Islanders need this boat every single day"][0] == "Colm Brennan"


def test_a_quotation_standing_alone_after_a_paragraph_about_a_body_is_its() -> None:
    text = (
        "A man was seen near the depot at midnight.\n\n"
        "The Northumbria Police issued an appeal for witnesses on Sunday.\n\n"
        '"Did you see this man? Was he alone? Please call us."\n\n'
        "The depot reopened on Monday."
    )
    assert speakers_in(text)["Did you see this man? Was he alone? Please call us"][0] == (
        "Northumbria Police"
    )


def test_a_quotation_standing_alone_after_prose_about_no_one_has_no_speaker() -> None:
    text = (
        "The ferry service will be cut to twice a week.\n\n"
        "Bad weather closed the harbour for most of January.\n\n"
        '"Islanders need this boat every single day."'
    )
    assert speakers_in(text)["Islanders need this boat every single day"][0] is None


# -- a dash and a name signing a quotation ---------------------------------------------------------


def test_a_dash_and_a_name_closing_the_paragraph_sign_the_quotation() -> None:
    text = (
        "Readers wrote to us about the bus cuts.\n\n"
        '"My son has no other way to get to school. Who decided this?" - "Margaret"\n\n'
        '"The last bus leaves before my shift ends." — Tomasz Nowak'
    )
    speakers = speakers_in(text)
    assert speakers["My son has no other way to get to school. Who decided this?"][0] == "Margaret"
    assert "Margaret" not in speakers  # the signature's name is no quotation
    assert speakers["The last bus leaves before my shift ends"][0] == "Tomasz Nowak"


def test_a_dash_and_a_place_after_a_quotation_sign_nothing() -> None:
    text = (
        'Fans left the stadium singing.\n\n"We will be back next year, and we will win." - London'
    )
    assert speakers_in(text)["We will be back next year, and we will win"][0] != "London"


# -- a name inside an unnamed source's description -----------------------------------------------


def test_an_indefinite_description_after_the_cue_speaks_not_the_place_inside_it() -> None:
    text = (
        "Exports of car parts fell for a third month.\n\n"
        '"Our order books are half empty," said a Mumbai brake pad maker.'
    )
    speaker = speakers_in(text)["Our order books are half empty"][0]
    assert speaker == "a Mumbai brake pad maker"


def test_a_source_close_to_a_named_person_speaks_not_the_person() -> None:
    text = (
        "The singer cancelled the rest of her tour.\n\n"
        "Maria Lindholm has not appeared in public since May.\n\n"
        'A friend close to Lindholm said on Sunday "She needs rest, nothing more."'
    )
    assert speakers_in(text)["She needs rest, nothing more"][0] == "a friend close to Lindholm"


def test_a_person_with_an_open_apposition_still_speaks() -> None:
    text = (
        "Investigators reached the site on Monday.\n\n"
        "Tom Reilly, a former adviser to the Transport Safety Board said that "
        '"the wreckage points to a failure in the air."'
    )
    assert speakers_in(text)["the wreckage points to a failure in the air"][0] == "Tom Reilly"


# -- a participle after an opening phrase ---------------------------------------------------------


def test_a_participle_has_the_subject_after_an_opening_phrase_not_a_show_named_before_it() -> None:
    text = (
        "Bank shares slid all week.\n\n"
        "Analyst Rhona Petrakis has long been a critic of the central bank.\n\n"
        "Late on Monday, Petrakis went on a rant on BNN's Market Hour, saying the bank "
        'was "asleep at the wheel" all year.'
    )
    assert speakers_in(text)["asleep at the wheel"][0] == "Rhona Petrakis"


# -- a body naming the office of the person after it ---------------------------------------------


def test_the_person_after_a_body_and_a_role_is_the_subject_not_the_body() -> None:
    text = (
        "Police arrested a second suspect on Friday.\n\n"
        "UCLA athletic director Helen Voss thanked the officers for their "
        '"patience and hard work."'
    )
    speaker, role = speakers_in(text)["patience and hard work"]
    assert speaker == "Helen Voss"
    assert role is not None and "athletic director" in role
