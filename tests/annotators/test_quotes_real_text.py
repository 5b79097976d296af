"""Attribution patterns of issue #16 added in session 8, from real English news pages (the
benchmark keys ``quotes_en-val8.json`` to ``-val10.json``): text split one sentence a line, stray
and nested straight marks, surnames after a particle, titles kept in a name, pronouns that follow
a speaker or the subject of the sentence before, participles and relative clauses, coordinated
verbs, a cue in another clause, a colon after a clause, statements, counted sources, epithets,
``reported X saying``, shouted quotations and words set inside a noun phrase.

The sentences are written for these tests in the manner of the pages; none is copied from them."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.marks import find_quotes


def quotes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one English article."""
    return speakers_and_roles(text, dt.date(2018, 9, 29), doc_id="r")


def speaker(text: str, words: str) -> str | None:
    return quotes(text)[words][0]


def spans(text: str) -> list[str]:
    """The quoted words :func:`find_quotes` finds in one English paragraph."""
    return [text[s.start : s.end] for s in find_quotes(text, [(0, len(text))], "en")]


# -- quotation marks -----------------------------------------------------------------------------


def test_a_straight_mark_after_a_word_opens_nothing() -> None:
    # ``Waters" office``: a typo for an apostrophe must not swallow the quotations after it.
    text = (
        'Sites said the address was linked to Hale" office.\n'
        '"This claim is false," Hale said.\n'
        '"It is a lie."'
    )
    assert spans(text) == ["This claim is false", "It is a lie."]


def test_a_quotation_left_open_closes_in_a_later_paragraph() -> None:
    # Paragraphs split where the page had line breaks: no opening mark after the first.
    text = (
        "Town councillor Mary Okafor defended the plan.\n\n"
        '"We listened to every resident.\n\n'
        "We changed the route twice.\n\n"
        'We will not change it again," Okafor said.\n\n'
        "The vote is on Monday."
    )
    found = quotes(text)
    for words in (
        "We listened to every resident",
        "We changed the route twice",
        "We will not change it again",
    ):
        assert found[words][0] == "Mary Okafor"


def test_a_line_opening_a_quotation_ends_the_one_left_open() -> None:
    # The cue on the next line belongs to that line's quotation, not to the one left open.
    text = (
        'Union official Peter Lang said members were worried: "Once these jobs go they are gone.\n'
        'A company spokesman said: "We have a plan for the plant."'
    )
    found = quotes(text)
    assert found["Once these jobs go they are gone"][0] == "Peter Lang"
    assert found["We have a plan for the plant"][0] == "a company spokesman"


def test_straight_marks_nest() -> None:
    text = (
        'Minister Alan Brooks spoke at the forum.\n"The bank insists on the "growth-first" '
        'plan and ignores the "social contract,"" Brooks said.'
    )
    (words,) = spans(text)
    assert words.startswith("The bank insists") and words.endswith('"social contract,"')
    assert speaker(text, words.rstrip(",.")) == "Alan Brooks"


# -- names ---------------------------------------------------------------------------------------


def test_a_surname_after_a_particle_is_part_of_the_name() -> None:
    text = (
        "Foreign Minister Walid al-Moualem addressed the assembly.\n"
        'Moualem said the troops "must leave at once."\n'
        '"They are here illegally," he said.'
    )
    found = quotes(text)
    assert found["must leave at once"][0] == "Walid al-Moualem"
    assert found["They are here illegally"][0] == "Walid al-Moualem"


def test_a_title_the_entity_annotator_kept_is_the_role() -> None:
    text = (
        "Deputies made two arrests.\n\n"
        "Harris County Sheriff Robert Luna said the roads were closed. "
        "“If you come here to steal, you will be caught,” he said."
    )
    assert quotes(text)["If you come here to steal, you will be caught"] == (
        "Robert Luna",
        "Harris County Sheriff",
    )


def test_a_first_word_of_a_clause_is_no_first_name() -> None:
    # ``While Ri reprised ...`` then ``Ri said``: Ri is Ri Yong Ho, not "While Ri".
    text = (
        "Ri Yong Ho addressed the assembly on Saturday.\n"
        "While Ri reprised old complaints, he did not reject talks.\n"
        '"We want trust first," Ri said.'
    )
    assert speaker(text, "We want trust first") == "Ri Yong Ho"


# -- who speaks ----------------------------------------------------------------------------------


def test_a_pronoun_follows_the_speaker_named_after_the_nearest_person() -> None:
    # ``Moualem`` is left untyped; President Bashar al-Assad is merely mentioned before him.
    text = (
        "Foreign Minister Walid al-Moualem spoke on Saturday.\n"
        "The army backs President Bashar al-Assad.\n"
        'On refugees, Moualem said conditions were "fine for them to return."\n'
        '"We have asked the world to help," he said.'
    )
    assert speaker(text, "We have asked the world to help") == "Walid al-Moualem"


def test_a_pronoun_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "President Donald Trump mocked Senator Dianne Feinstein over the letter accusing Judge "
        "Brett Kavanaugh.\n"
        "Speaking at a rally, the president said little about the hearing.\n"
        '"The anger we saw this week was a disgrace," he said.'
    )
    assert speaker(text, "The anger we saw this week was a disgrace") == "Donald Trump"


def test_a_participle_after_an_unnamed_source_is_skipped() -> None:
    text = "Shelters filled up.\n\nA Red Cross volunteer handing out blankets said it was “full.”"
    assert speaker(text, "full") == "a Red Cross volunteer"


def test_a_second_verb_of_the_subject_is_its_cue() -> None:
    text = (
        "Kim Cho spoke to the assembly on Saturday.\n"
        "The minister instead praised three meetings with South Korean leader Moon Jae-in and "
        'added: "The talks are moving."'
    )
    assert speaker(text, "The talks are moving") == "Kim Cho"


def test_a_cue_in_a_clause_of_its_own_is_not_the_quotations() -> None:
    text = (
        "Kim Jong Un and Donald Trump met in June, when Kim pledged to work toward "
        '"denuclearization of the peninsula" while Trump promised guarantees.'
    )
    assert speaker(text, "denuclearization of the peninsula") == "Kim Jong Un"


def test_a_clause_and_a_colon_introduce_a_quotation() -> None:
    text = (
        "Keir Starmer and Kemi Badenoch clashed over prisons.\n\n"
        "Sir Keir hit back: “She left the prisons full. We are cleaning up.”"
    )
    assert speaker(text, "She left the prisons full. We are cleaning up") == "Keir Starmer"


def test_the_statement_is_the_body_that_made_it() -> None:
    text = (
        "Water firm fined\n\n"
        "Thames Water has been fined by the regulator Ofwat.\n\n"
        "In a statement, Thames Water said it was “disappointed” by the decision. "
        "“We are committed to turning this company around,” the statement said."
    )
    assert speaker(text, "We are committed to turning this company around") == "Thames Water"


def test_counted_sources_keep_their_qualifier() -> None:
    text = (
        "Rates\n\n"
        "Two sources with direct knowledge of the discussion said a June move was likely. "
        "“The debate is about the size,” one of them said."
    )
    found = speaker(text, "The debate is about the size")
    assert str(found).lower() == "two sources with direct knowledge of the discussion"


def test_an_epithet_after_a_place_and_a_noun_cue() -> None:
    # ``the claims`` is a noun; the Ohio Democrat is the story's subject.
    text = (
        "U.S. Rep. Anna Kerr denied the report on Saturday.\n"
        'The Ohio Democrat asserted that the claims were pushed by "far-right" pundits.'
    )
    assert speaker(text, "far-right") == "Anna Kerr"


def test_the_epithet_is_the_person_of_its_paragraph() -> None:
    text = (
        "Jannik Sinner beat Carlos Alcaraz on Sunday.\n\n"
        "Alcaraz, who had won twice, was gracious. “He deserved it,” the Spaniard said."
    )
    assert speaker(text, "He deserved it") == "Carlos Alcaraz"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = (
        "President Donald Trump held a rally on Saturday.\n"
        "Her denial did not sit well with the president, who commented during the rally: "
        '"That was really bad body language."'
    )
    assert speaker(text, "That was really bad body language") == "Donald Trump"


def test_reported_saying_credits_who_is_reported() -> None:
    text = (
        "Mayor Lisa Grant spoke to supporters.\n"
        '"We will not give up," the Daily Post reported the mayor saying.'
    )
    assert speaker(text, "We will not give up") == "Lisa Grant"


def test_a_person_of_a_body_after_of_the() -> None:
    text = (
        "Talks went on late.\n\n"
        "Yvo de Boer of the UNFCCC had said the parties were “on the brink of agreement”, "
        "when he was asked about the talks."
    )
    assert speaker(text, "on the brink of agreement") == "Yvo de Boer"


# -- speech or not -------------------------------------------------------------------------------


def test_a_shouted_quotation_with_its_cue_is_speech() -> None:
    text = 'Lynsey Marsh texted her husband.\n"NO NOT ANOTHER ONE," wrote Mrs Marsh in the message.'
    assert speaker(text, "NO NOT ANOTHER ONE") == "Lynsey Marsh"


@pytest.mark.parametrize(
    "text",
    [
        'After the mix-up, an "uncomfortable" Marsh fired the nanny, the paper said.',
        'Critics took a "wait-and-see" approach, officials said.',
    ],
)
def test_a_word_set_inside_a_noun_phrase_is_no_quotation(text: str) -> None:
    assert quotes(text) == {}
