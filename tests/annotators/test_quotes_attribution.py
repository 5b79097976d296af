"""Attribution patterns of wire copy, one test per pattern (issue #16, session 4): unknown names,
an age after the name, organisation statements, appositions naming a body, anonymous sources,
participial cues, pronouns, quotations over paragraphs, roles, and spans that are not speech.

The sentences are written for these tests in the manner of AP, Reuters and BBC copy; none is
taken from the benchmark keys."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.gazetteer import first_name_gender
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """``(quoted words, speaker, role)`` of every quotation of one article."""
    document = Document.from_text(
        text, id="q", metadata=Metadata(language=language, published=dt.date(2024, 6, 3))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return [(q.text, q.attributes["speaker"], q.attributes.get("role")) for q in found]


def speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(words, speaker) for words, speaker, _ in quotes(text, language)]


def test_unknown_first_name_with_age_after_the_cue() -> None:
    text = (
        "Quake\n\n"
        "“The walls just folded,” said Oyelaran Adebayo-Smith, 58, a shopkeeper in the old town. "
        "“My children were asleep.”"
    )
    assert quotes(text) == [
        ("The walls just folded", "Oyelaran Adebayo-Smith", "shopkeeper in the old town"),
        ("My children were asleep.", "Oyelaran Adebayo-Smith", "shopkeeper in the old town"),
    ]


def test_unknown_name_before_the_cue() -> None:
    text = "Strike\n\n“We are not going back until they listen,” Teodora Vasquez-Oyelowo said."
    assert speakers(text) == [
        ("We are not going back until they listen", "Teodora Vasquez-Oyelowo"),
    ]


def test_company_subject_then_the_company_and_it_added() -> None:
    text = (
        "Recall\n\n"
        "Volkswagen said on Monday it would recall 50,000 ID.4 cars over a software fault.\n\n"
        "“Customer safety is our top priority,” the company said in a statement. "
        "“Owners will be contacted by letter,” it added."
    )
    assert speakers(text) == [
        ("Customer safety is our top priority", "Volkswagen"),
        ("Owners will be contacted by letter", "Volkswagen"),
    ]


def test_they_said_in_a_statement_is_the_body_named_in_the_paragraph() -> None:
    text = (
        "Talks\n\n"
        "The regulator said it had opened an inquiry.\n\n"
        "The National Farmers Union was furious. “This is a betrayal,” they said in a statement."
    )
    assert speakers(text) == [("This is a betrayal", "National Farmers Union")]


def test_name_before_an_apposition_naming_a_body_or_an_outlet() -> None:
    text = (
        "Rates\n\n"
        "“Inflation is still too high,” Austan Goolsbee, the president of the Federal Reserve "
        "Bank of Chicago, said on Tuesday.\n\n"
        "Striker Marcus Rashford, via the BBC, said the season had been “a nightmare.”"
    )
    assert quotes(text) == [
        ("Inflation is still too high", "Austan Goolsbee",
         "president of the Federal Reserve Bank of Chicago"),
        ("a nightmare.", "Marcus Rashford", "Striker"),
    ]  # fmt: skip


def test_the_source_is_the_unnamed_source_not_the_reporter() -> None:
    text = (
        "Deal\n\n"
        "A person briefed on the negotiations, speaking to CNN anchor Jake Tapper, said a deal "
        "was close. “They are down to the last two points,” the source said."
    )
    assert speakers(text) == [
        ("They are down to the last two points", "a person briefed on the negotiations")
    ]


def test_participle_cue_goes_to_the_main_clause_subject() -> None:
    text = (
        "Budget\n\n"
        "“We will balance the books,” Chancellor Rachel Reeves told the BBC, adding that "
        "taxes would be “fair and proportionate.”"
    )
    assert speakers(text) == [
        ("We will balance the books", "Rachel Reeves"),
        ("fair and proportionate.", "Rachel Reeves"),
    ]


def test_cue_verbs_testified_recounted_replied() -> None:
    text = (
        "Hearing\n\n"
        "“I saw the gun,” Grace Okafor testified.\n\n"
        "“He ran toward the river,” she recounted.\n\n"
        "Asked whether she was sure, she replied: “Absolutely.”"
    )
    assert [s for _, s in speakers(text)] == ["Grace Okafor"] * 3


def test_pronoun_skips_people_merely_listed_but_not_a_new_subject() -> None:
    text = (
        "Gala\n\n"
        "“Tonight is for the nurses,” Adele told the audience.\n\n"
        "Guests included Emma Thompson and Helen Mirren.\n\n"
        "“I owe them everything,” she said.\n\n"
        "Prime Minister Keir Starmer arrived later.\n\n"
        "“It was a wonderful evening,” he said."
    )
    got = speakers(text)
    assert got[1] == ("I owe them everything", "Adele")
    assert got[2] == ("It was a wonderful evening", "Keir Starmer")


def test_ambiguous_first_names_tell_no_gender() -> None:
    # ``Michele`` is a man's name in Italy and a woman's in the United States.
    assert first_name_gender("Michele") == "unknown"
    assert first_name_gender("John") == "male"
    assert first_name_gender("Laura") == "female"
    text = (
        "Budget\n\n"
        "“We cannot afford it,” said Peter Hall, the opposition leader.\n\n"
        "Economy minister Michele Rossi said the plan was fair. “The numbers add up,” he said."
    )
    assert speakers(text)[-1] == ("The numbers add up", "Michele Rossi")


def test_quotation_over_paragraphs_takes_the_speaker_of_its_last() -> None:
    text = (
        "Speech\n\n"
        "The mayor spoke for twenty minutes.\n\n"
        "“We will rebuild every school. Every single one.\n\n"
        "“And we will do it before winter,” Mayor Brandon Johnson said."
    )
    got = speakers(text)
    assert got == [
        ("We will rebuild every school. Every single one.", "Brandon Johnson"),
        ("And we will do it before winter", "Brandon Johnson"),
    ]


def test_ap_double_single_marks_and_a_title_with_a_dot() -> None:
    text = (
        "Vote\n\n"
        "‘‘This bill is dead on arrival,’’ said Rep. Marjorie Greene, a Georgia Republican. "
        "‘‘Nobody will vote for it.’’"
    )
    assert speakers(text) == [
        ("This bill is dead on arrival", "Marjorie Greene"),
        ("Nobody will vote for it.", "Marjorie Greene"),
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kremlin spokesman Dmitry Peskov told reporters", "Kremlin spokesman"),
        ("Chelsea manager Enzo Maresca told reporters", "Chelsea manager"),
        ("Former Labour leader Neil Kinnock told reporters", "Former Labour leader"),
        ("White House press secretary Karine Jean-Pierre told reporters",
         "White House press secretary"),
    ],
)  # fmt: skip
def test_role_as_the_article_writes_it(sentence: str, role: str) -> None:
    text = f"Story\n\n“We have nothing to add,” {sentence}."
    ((_, _, got),) = quotes(text)
    assert got == role


@pytest.mark.parametrize(
    "text",
    [
        "Critics piled on after the premiere of the film “Civil War” last week.",
        "The so-called “shadow fleet” carries Russian oil past sanctions.",
        "Defender Virgil “Big Virg” van Dijk missed the game.",
        "Some traders fear a “race to the bottom” in fees.",
        "The airline once described itself as “the world’s favourite airline.”",
        "Protesters held signs reading “No War” outside the embassy.",
    ],
)
def test_titles_nicknames_scare_quotes_and_slogans_are_not_speech(text: str) -> None:
    assert quotes("Story\n\n" + text) == []


def test_short_sentence_quotes_after_a_speaker_stay() -> None:
    text = "Flood\n\n“It was terrifying,” said Mary Okoro. “We lost everything.”"
    assert speakers(text) == [
        ("It was terrifying", "Mary Okoro"),
        ("We lost everything.", "Mary Okoro"),
    ]


def test_ukrainian_and_russian_titles_are_not_organisations() -> None:
    for text, language in (
        ("Генеральний секретар НАТО Марк Рютте заявив: «Ми маємо діяти швидше».", "uk"),
        ("Генеральный секретарь НАТО Марк Рютте заявил: «Мы должны действовать быстрее».", "ru"),
    ):
        document = Document.from_text(
            "Новини\n\n" + text, id="t", metadata=Metadata(language=language)
        )
        (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
        entities = {
            (a.text, a.attributes["type"]) for a in document.annotations_of(AnnotationKind.ENTITY)
        }
        assert not any(kind == "organisation" and "екретар" in t for t, kind in entities)
        ((speaker,),) = [
            (q.attributes["speaker"],) for q in document.annotations_of(AnnotationKind.QUOTE)
        ]
        assert speaker == "Марк Рютте"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("За словами речника Повітряних сил Юрія Ігната, «ворог змінив тактику».", "uk",
         "Юрій Ігнат"),
        ("За словами Ольги Стефанішиної, «переговори тривають».", "uk", "Ольга Стефанішина"),
        ("По словам пресс-секретаря Кремля Дмитрия Пескова, «решение не принято».", "ru",
         "Дмитрий Песков"),
        ("По словам Марии Захаровой, «это провокация».", "ru", "Мария Захарова"),
        ("Как заявил Сергей Шойгу, «всё идёт по плану».", "ru", "Сергей Шойгу"),
    ],
)  # fmt: skip
def test_a_name_in_the_genitive_after_according_to_is_given_in_the_nominative(
    text: str, language: str, speaker: str
) -> None:
    assert [s for _, s in speakers("Новини\n\n" + text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("«Ми не здамося», — заявив президент Володимир Зеленський.", "uk", "президент"),
        ("«Мы готовы к переговорам», — заявил министр иностранных дел Сергей Лавров.", "ru",
         "министр иностранных дел"),
        ("Selon le ministre des Armées Sébastien Lecornu, la situation est « préoccupante ».",
         "fr", "ministre des Armées"),
        ("Según la vicepresidenta Yolanda Díaz, la reforma es «imprescindible».", "es",
         "vicepresidenta"),
        ("„Wir stehen an der Seite der Ukraine“, sagte Bundeskanzler Olaf Scholz.", "de",
         "Bundeskanzler"),
    ],
)  # fmt: skip
def test_roles_in_other_languages(text: str, language: str, role: str) -> None:
    ((_, speaker, got),) = quotes("News\n\n" + text, language)
    assert speaker is not None
    assert got == role


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([
            "“", "”", "‘‘", "’’", "said", "it", "added", "the", "company", "source", "a",
            "person", "familiar", "with", "matter", ",", ".", "\n\n", "Boeing", "Ottavio",
            "Brambilla", "67", "via", "BBC", "adding", "that", "she", "he", "Ian", "Wright",
            "Analysts", "at", "Morgan", "Stanley", "called", "Former", "Treasury", "Secretary",
            "in", "statement", "We", "are", "here", "Gov.", "Kremlin", "spokesman",
        ]),
        min_size=1,
        max_size=40,
    )
)  # fmt: skip
def test_quote_and_speaker_offsets_are_verbatim_whatever_the_words(words: list[str]) -> None:
    text = " ".join(words)
    document = Document.from_text(text, id="h", metadata=Metadata(language="en"))
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    for quote in document.annotations_of(AnnotationKind.QUOTE):
        assert text[quote.start : quote.end] == quote.text
        start, end = quote.attributes["speaker_start"], quote.attributes["speaker_end"]
        if start is not None:
            assert text[start:end] == quote.attributes["speaker_mention"]
