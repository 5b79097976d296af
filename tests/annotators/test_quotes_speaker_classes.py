"""Speaker error classes of issue #16 that a more complete entity annotator exposed (session 10):
a passive participle read as a cue (``after the claims were reported``), a pronoun given to a
person of unknown gender named after its referent in the same sentence, a kind noun (``the
group said``) given to the nearest body rather than the one the article describes as one, and an
age epithet (``the 22-year-old said``) given to the last speaker.

The sentences are written for these tests in the manner of news pages; none is copied from one."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str) -> dict[str, str | None]:
    """``{quoted words: speaker}`` of every quotation of one English article."""
    document = Document.from_text(
        text, id="s", metadata=Metadata(language="en", published=dt.date(2019, 5, 2))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return {q.text.rstrip(",."): q.attributes["speaker"] for q in found}


# -- passive participles -------------------------------------------------------------------------


def test_a_passive_participle_is_no_cue_of_the_noun_before_it() -> None:
    text = (
        "Marco Bellini denied the allegations on Sunday.\n"
        "Speaking in a Facebook video hours after the allegations were reported, Bellini, 29, "
        'dismissed them as "a pack of lies."\n'
        '"None of it happened.\nNot one word of it," the striker says into the camera.'
    )
    found = quotes(text)
    # Not ``Facebook``: a passive participle names no speaker before it. ``None``, not
    # Bellini, because a short quotation takes its sentence's subject only in a sentence with
    # no cue word (``reported`` is one), and no other rule applies: left unattributed rather
    # than guessed (Bellini would be better; the passive rule alone does not give him).
    assert found["a pack of lies"] is None
    assert found["None of it happened.\nNot one word of it"] == "Marco Bellini"


def test_a_passive_participle_after_an_adverb_is_no_cue_either() -> None:
    text = (
        "Days after the deal with Reuters was widely reported, Anna Keller, 52, dismissed it "
        'as "a terrible mistake for the region."'
    )
    # Not ``Reuters`` (the adverb does not hide the passive); ``None`` rather than Keller for
    # the reason given in the test above (the sentence holds the cue word ``reported``).
    assert quotes(text)["a terrible mistake for the region"] is None


# -- pronouns and people of unknown gender -------------------------------------------------------


def test_a_pronoun_prefers_the_speaker_of_its_gender_over_a_person_of_unknown_gender() -> None:
    text = (
        "The singer Dapo Okafor performed at the festival on Saturday.\n"
        "But radio host Maria Lopez wrote that Okafor was "
        '"simply being himself and that is fine."\n'
        '"I will not buy his records again.\nNeither will my friends," she added.'
    )
    found = quotes(text)
    assert found["simply being himself and that is fine"] == "Maria Lopez"
    assert found["I will not buy his records again.\nNeither will my friends"] == "Maria Lopez"


def test_a_pronoun_still_takes_a_person_of_unknown_gender_when_nobody_of_its_gender_spoke() -> None:
    text = (
        "The singer Dapo Okafor performed at the festival on Saturday.\n"
        "Senator Brett Holloway was not in the crowd.\n"
        "Also, Okafor complained that the crew had given him a hard time.\n"
        '"They told me to leave the hat backstage," he said.'
    )
    assert quotes(text)["They told me to leave the hat backstage"] == "Dapo Okafor"


# -- kind nouns: the group, the company ----------------------------------------------------------


def test_the_group_is_the_body_the_article_calls_a_group() -> None:
    text = (
        "A federal judge on Monday blocked the state's new social media law.\n"
        "The Digital Liberty Association, a trade group whose members include Apple and "
        "Amazon, welcomed the ruling. "
        '"The ruling protects millions of users," the group said.'
    )
    assert quotes(text)["The ruling protects millions of users"] == "Digital Liberty Association"


def test_the_company_is_a_body_described_as_one_even_if_left_untyped() -> None:
    text = (
        "The inventor's latest project, Quillbox, is a company that builds on his open "
        "platform.\n"
        "It works like Google Drive and Dropbox in one window.\n"
        'The company calls it "privacy that travels with you."'
    )
    assert quotes(text)["privacy that travels with you"] == "Quillbox"


def test_a_body_that_spoke_in_the_paragraph_keeps_the_kind_noun() -> None:
    text = (
        "Airbus, a company based in Toulouse, delivered 60 jets in May.\n"
        "Boeing said on Tuesday it would cut output of its 737 jet. "
        '"We regret the delay for our customers," the company said.'
    )
    assert quotes(text)["We regret the delay for our customers"] == "Boeing"


# -- age epithets --------------------------------------------------------------------------------


def test_an_age_epithet_is_the_person_whose_age_the_article_gives() -> None:
    text = (
        "Nina Park, 19, won the final in straight sets on Sunday.\n"
        'Her coach Daniel Moreau said: "She was calm from the first point."\n'
        '"I just tried to enjoy it," the 19-year-old said.'
    )
    assert quotes(text)["I just tried to enjoy it"] == "Nina Park"


def test_an_age_epithet_is_the_person_opening_the_sentence_before() -> None:
    text = (
        "Tiago Mendes scored twice as Porto beat Braga 3-1 on Saturday.\n"
        'The forward, nicknamed "Magic Mendes" by the fans, curled in the first goal.\n'
        "Braga coach Rui Alves was angry about the penalty. "
        '"It was never a foul," he said.\n'
        "Mendes, who has now scored 14 league goals, played down talk of a title. "
        '"We take it one match at a time," the 24-year-old said.'
    )
    found = quotes(text)
    assert found["It was never a foul"] == "Rui Alves"
    assert found["We take it one match at a time"] == "Tiago Mendes"
