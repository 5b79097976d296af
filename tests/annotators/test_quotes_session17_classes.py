"""Speaker classes of issue #16 worked on in session 17: long names cut short (initials and a
generation suffix, a name written family name first), a transcript's question and answer turns,
and the quotes annotator's English role nouns kept out of other languages.

The sentences are written for these tests in the manner of news pages; none is copied from one."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles


def annotated(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article."""
    return speakers_and_roles(text, dt.date(2023, 10, 2), doc_id="s17", language=language)


# -- long names cut short ------------------------------------------------------------------------


def test_a_surname_is_named_in_full_with_initials_and_a_generation_suffix() -> None:
    text = (
        "The Otters won their fourth game in a row on Saturday.\n\n"
        "Goalkeeper T.K. Brannigan Jr. stopped 31 shots in the 2-1 win.\n\n"
        '"We kept it simple all night," Brannigan said.'
    )
    assert annotated(text)["We kept it simple all night"][0] == "T.K. Brannigan Jr."


def test_a_person_found_with_a_generation_suffix_names_the_surname() -> None:
    text = (
        "A lawyer for the driver spoke outside the courthouse.\n\n"
        "Attorney Walter Ostrowski III said the crash was an accident.\n\n"
        '"My client has never had a ticket," Ostrowski said.'
    )
    assert annotated(text)["My client has never had a ticket"][0] == "Walter Ostrowski III"


def test_a_name_written_family_name_first_is_named_in_full() -> None:
    text = (
        "The Vietnamese painter Trần Thị Lan Anh has won the top prize at the biennale.\n\n"
        "Trần told reporters after the ceremony that she would go home.\n\n"
        "‘They have waited for years,’ she said. ‘Now I can show them.’\n\n"
        '"Nobody expected it," Trần said.'
    )
    speakers = annotated(text)
    assert speakers["They have waited for years"][0] == "Trần Thị Lan Anh"
    assert speakers["Nobody expected it"][0] == "Trần Thị Lan Anh"


def test_a_body_named_after_a_surname_is_no_name_written_family_name_first() -> None:
    text = (
        "Ortiz spoke first.\n\nOrtiz Family Foundation grants were cut.\n\n"
        '"We are done for today," Ortiz said.'
    )
    assert annotated(text)["We are done for today"][0] == "Ortiz"


# -- a transcript's turns ----------------------------------------------------------------------


def test_question_and_answer_turns_of_a_transcript() -> None:
    text = (
        "The former treasurer testified for a second day on Tuesday.\n\n"
        "“I signed what was put in front of me,” Margit Halloran said, facing the jury.\n\n"
        "The exchange below is taken from the court transcript:\n\n"
        "Q. (by Assistant District Attorney Colm Varga-Reid) “You signed the transfer on a "
        "holiday. Do you remember that?”\n\n"
        "A. “I do not remember that day.”\n\n"
        "Q. “Do you remember any transfer you signed on a holiday?”\n\n"
        "A. “I signed a great many things.”"
    )
    speakers = annotated(text)
    asked = speakers["You signed the transfer on a holiday. Do you remember that?"]
    assert asked == ("Colm Varga-Reid", "Assistant District Attorney")
    assert speakers["I do not remember that day"][0] == "Margit Halloran"
    assert speakers["Do you remember any transfer you signed on a holiday?"][0] == "Colm Varga-Reid"
    assert speakers["I signed a great many things"][0] == "Margit Halloran"


def test_an_answer_turn_with_its_own_cue_keeps_the_cue() -> None:
    text = "Q: “Will the plant close?”\n\nA: “Not this year,” plant manager Edda Lindqvist said."
    assert annotated(text)["Not this year"][0] == "Edda Lindqvist"


# -- questions from reporters, and a headline's quotation -------------------------------------


def test_a_question_after_a_questioner_and_a_colon_is_the_questioners() -> None:
    text = (
        "Coach Dana Whitcomb said the team would rest.\n\n"
        "“We need a week off,” Whitcomb said.\n\n"
        "A reporter followed up: “Will you change the lineup?”\n\n"
        "“Ask me Monday,” Whitcomb said."
    )
    speakers = annotated(text)
    assert speakers["Will you change the lineup?"] == ("a reporter", None)
    assert speakers["Ask me Monday"][0] == "Dana Whitcomb"


def test_a_question_after_a_sentence_opened_by_a_questioner_is_the_questioners() -> None:
    text = (
        "Mayor Ines Carvalho-Stroud defended the budget on Monday.\n\n"
        "One journalist pressed her on the cost of the new bridge. “Who will pay for it?”\n\n"
        "“The state will pay half,” Carvalho-Stroud said."
    )
    assert annotated(text)["Who will pay for it?"][0] == "one journalist"


def test_a_question_paragraph_after_an_answer_is_the_last_questioners() -> None:
    text = (
        "Chief Dana Whitcomb took questions outside the station.\n\n"
        "“Was it a robbery?” one reporter asked.\n\n"
        "“We do not know yet,” Whitcomb said.\n\n"
        "“Did the two men know each other?”\n\n"
        "“We do not believe so,” Whitcomb said."
    )
    speakers = annotated(text)
    assert speakers["Did the two men know each other?"][0] == "one reporter"
    assert speakers["We do not believe so"][0] == "Dana Whitcomb"


def test_a_question_in_a_speakers_own_words_is_still_theirs() -> None:
    text = (
        "Senator Paul Eberhardt spoke to farmers on Friday.\n\n"
        "“Who pays when the river floods?” Eberhardt said. “You do.”\n\n"
        "“Why should that change?”"
    )
    speakers = annotated(text)
    assert speakers["Who pays when the river floods?"][0] == "Paul Eberhardt"
    assert speakers["Why should that change?"][0] == "Paul Eberhardt"


def test_a_headline_quotation_is_the_words_of_the_person_named_after_it() -> None:
    text = (
        "‘I wanted to paint the sea, not the storm’: poet Efua Mensah-Larsen on her new book\n\n"
        "Her third collection opens with the harbour at dawn.\n\n"
        "Mensah-Larsen grew up by the sea."
    )
    assert annotated(text)["I wanted to paint the sea, not the storm"] == (
        "Efua Mensah-Larsen",
        "poet",
    )


def test_a_headline_quotation_before_no_person_has_no_speaker() -> None:
    text = (
        "‘We will not leave our homes this winter’: residents of Port Halden brace for "
        "the cold\n\n"
        "The town has stocked up on fuel."
    )
    assert annotated(text)["We will not leave our homes this winter"][0] is None


def test_a_short_sentence_with_a_pronoun_in_lower_case_is_no_title() -> None:
    text = (
        "Whitcomb left the podium.\n\n"
        "“Ask me Monday,” Whitcomb said.\n\n"
        "She still hums the song “Call Me Maybe” before games."
    )
    speakers = annotated(text)
    assert speakers["Ask me Monday"][0] == "Whitcomb"
    assert "Call Me Maybe" not in speakers


# -- English role nouns stay English -----------------------------------------------------------


def test_a_german_title_before_a_name_is_read_from_german_words() -> None:
    # The quotes annotator's own role nouns (``[quotes] role_nouns`` of en.toml) are read in
    # English text only; a German title comes from the German data.
    text = "„Es reicht“, sagte der Sprecher Jonas Brettschneider am Montag."
    assert annotated(text, "de")["Es reicht"] == ("Jonas Brettschneider", "Sprecher")
