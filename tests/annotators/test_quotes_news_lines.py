"""Attribution patterns of issue #16 added in session 10, from the error classes shared by the
real English news pages of ``quotes_en-val10.json`` to ``quotes_en-val12.json``: a pronoun
after a list of names or a possessive, unnamed commenters (``one wrote``, ``Another
commented:``), a line closing a quotation whose opening mark was lost, words set off before the
noun they qualify, lyrics and signs after a colon; and the English patterns read from
``en.toml`` only (other languages are not read with them).

The sentences are written for these tests in the manner of the pages; none is copied from them."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str, language: str = "en") -> dict[str, str | None]:
    """``{quoted words: speaker}`` of every quotation of one article."""
    document = Document.from_text(
        text, id="n", metadata=Metadata(language=language, published=dt.date(2018, 10, 1))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return {q.text.rstrip(",."): q.attributes["speaker"] for q in found}


# -- pronouns ------------------------------------------------------------------------------------


def test_a_pronoun_after_a_list_of_names_is_the_last_speaker() -> None:
    text = (
        '"I wanted to manage my country one day," Jack Ross told the radio station.\n'
        "Ross's predecessors at the club include Dick Advocaat, David Moyes, Sam Allardyce "
        "and Paulo Di Canio.\n"
        "The former Alloa boss says he felt no fear in following them.\n"
        '"It is not an easy task to get the club back there," he said.'
    )
    assert quotes(text)["It is not an easy task to get the club back there"] == "Jack Ross"


def test_a_pronoun_after_a_possessive_is_the_last_speaker() -> None:
    text = (
        "Brett Kavanaugh testified before the committee on Thursday.\n"
        'President Donald Trump said the "American people saw the courage" of the judge.\n'
        '"A vote to confirm him is a vote for the law," he told the crowd.\n'
        "The President referred to Kavanaugh's nomination while talking about turnout.\n"
        '"Five weeks away from one of the most important elections.\n'
        "I'm not running, but I'm really running,\" he said."
    )
    found = quotes(text)
    assert {found[words] for words in found if words.startswith("Five weeks")} == {"Donald Trump"}


# -- unnamed commenters --------------------------------------------------------------------------


def test_unnamed_commenters_are_the_words_that_name_them() -> None:
    text = (
        "The advert has divided opinion online, with many viewers criticising it.\n"
        '"Very poor decision using cows to advertise this product," one wrote.\n'
        'Another commented: "Understandably traumatic for both mother and baby.\n'
        'But why not use them to advertise a pump?"\n'
        'Someone else added: "Such an out of touch advert."\n'
        '"It is a fun advert aimed at busy mums," one user wrote on Facebook.'
    )
    found = quotes(text)
    assert found["Very poor decision using cows to advertise this product"] == "one"
    (traumatic,) = (words for words in found if words.startswith("Understandably traumatic"))
    assert found[traumatic] == "another"  # not the next line's ``Someone else added:``
    assert found["Such an out of touch advert"] == "someone else"
    assert found["It is a fun advert aimed at busy mums"] == "one user"


def test_an_unnamed_commenter_is_no_referent_for_a_pronoun() -> None:
    text = (
        "Patricia Shaw ran for president in 1988 and raised only $1 million.\n"
        'Somebody said the field was "crowded" that year.\n'
        '"Do they think I get a discount?" she wondered.'
    )
    assert quotes(text)["Do they think I get a discount?"] == "Patricia Shaw"


def test_a_noun_after_another_stays_a_noun() -> None:
    text = 'Another claims dispute followed, and Mark Ellis said it was "a farce."'
    assert quotes(text)["a farce"] == "Mark Ellis"


# -- a lost opening mark -------------------------------------------------------------------------


def test_a_line_closing_a_quotation_whose_opening_mark_was_lost() -> None:
    text = (
        "Hundreds were killed when the tsunami struck the coast.\n"
        "Communications were cut from the north, Sutopo Nugroho said.\n"
        'There are more than 300,000 people living there," the Red Cross said in a statement.'
    )
    assert quotes(text)["There are more than 300,000 people living there"] == "Red Cross"


def test_lines_without_marks_between_a_closed_quotation_and_a_lost_opening() -> None:
    text = (
        '"We had a big lead at Brookline and we lost," said Thomas Bjorn after the second day.\n'
        "So history will show everybody on that team that this is not over.\n"
        "You go full bore tomorrow.\n"
        'We have a goal, and that is to try to win this trophy."\n'
        "The Americans need eight points on Sunday."
    )
    found = quotes(text)
    for line in (
        "So history will show everybody on that team that this is not over",
        "You go full bore tomorrow",
        "We have a goal, and that is to try to win this trophy",
    ):
        assert found[line] == "Thomas Bjorn"
    assert not any(words.startswith("The Americans") for words in found)


def test_an_apostrophe_printed_as_a_mark_opens_nothing() -> None:
    text = (
        'The research, by the Headmasters" and Headmistresses" Conference, found that 40 per '
        "cent of pupils had two profiles."
    )
    assert not quotes(text)


# -- not speech ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'A survey of 2,000 pupils revealed a rapid growth in "fake Insta" accounts.',
        'Fifty-eight percent of "likely" Massachusetts voters said the senator should not run.',
        'Trump said in his mock "news anchor" voice that he had given up nothing.',
    ],
)
def test_words_set_off_before_the_noun_they_qualify_are_no_quotation(sentence: str) -> None:
    found = quotes(sentence)
    assert not {"fake Insta", "likely", "news anchor"} & set(found)


@pytest.mark.parametrize(
    ("sentence", "words", "who"),
    [
        ('The Weather Service warned of "life-threatening" flooding along rivers.',
         "life-threatening", "Weather Service"),
        ('Congresswoman Maxine Walters asserted that the claims were pushed by "ultra-right '
         'wing" pundits.', "ultra-right wing", "Maxine Walters"),
        ('Rhodes vowed to "totally destroy" rival bids, Anna Rhodes said.', "totally destroy",
         "Anna Rhodes"),
    ],
)  # fmt: skip
def test_a_cue_before_or_a_reported_clause_keeps_such_words_speech(
    sentence: str, words: str, who: str
) -> None:
    assert quotes(sentence)[words] == who


def test_lyrics_and_a_chorus_after_a_colon_are_no_quotation() -> None:
    text = (
        "Four mothers dance in a barn to a track that includes lyrics like: "
        '"Yes, I milk myself, but you don\'t see no tail" and "These are not udders."\n'
        'The chorus continues: "Pump it out, pump it out, I\'m feeding them babies."\n'
        'Protesters carried a banner reading: "Hands off our hospital."\n'
        'Ana Balarin, a partner at the agency, commented: "It is a bold launch."'
    )
    found = quotes(text)
    assert set(found) == {"It is a bold launch"}
    assert found["It is a bold launch"] == "Ana Balarin"


# -- the language data ---------------------------------------------------------------------------


def test_noun_phrase_patterns_come_from_the_language_data() -> None:
    from newsbrief.annotators.quotes.speech import _noun_phrases, _text_noun_colon

    english = _noun_phrases("en")
    assert english.subject_phrase is not None and english.subject_phrase.match(" The new ")
    assert english.article_before is not None and english.embedded_after is not None
    # German lists none of them: no English article or preposition decides a German quotation.
    german = _noun_phrases("de")
    assert german.subject_phrase is german.article_before is german.embedded_after is None
    # German lists its own nouns of a name given (session 28), never the English text nouns.
    german_colon = _text_noun_colon("de")
    assert german_colon is not None and german_colon.search("die lyrics: ") is None
    assert german_colon.search("einen Spitznamen: ") is not None
    assert _text_noun_colon("en") is not None


def test_pronoun_genders_and_name_particles_come_from_en_toml() -> None:
    from newsbrief.annotators.quotes.attribution import english_words, untyped_people
    from newsbrief.languages import language

    quotes_table = language("en").table("quotes", "gender_pronouns")
    assert dict(quotes_table) == english_words.PRONOUN_GENDERS
    assert language("en").words("quotes", "name_particles") == english_words.PARTICLE_WORDS
    assert untyped_people._PARTICLE_SURNAME.match(" al-Moualem")


def test_lines_closing_lost_openings_stay_linear() -> None:
    # Each line closes a quotation whose opening mark was lost, after lines without marks: the
    # look back reads at most a few lines per closing line, never the text before them.
    from newsbrief.annotators.quotes.marks import find_quotes

    def seconds(count: int) -> float:
        text = "\n".join(
            f'"It was hard, {i}," he said.\nWe kept going anyway.\nWe won the match in the end."'
            for i in range(count)
        )
        paragraphs = [(0, len(text))]
        assert len(find_quotes(text, paragraphs, "en")) == 3 * count
        return least_cpu_seconds(lambda: find_quotes(text, paragraphs, "en"))

    small, large = seconds(1_000), seconds(8_000)
    assert large < 8 * small * 3  # linear: about 8 times; quadratic would be about 64
