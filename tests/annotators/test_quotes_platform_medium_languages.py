"""A platform named as the medium a statement went out on is no speaker in any language
(session 40, issue #16; the platforms of ``newsbrief.languages.platforms`` and a language's own
``[quotes] medium_platforms``, its ``medium_prepositions`` and ``medium_between``,
annotators/quotes/attribution/platform_media.py), while a platform that speaks itself still does.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import pytest

from helpers.quotes import speaker_of


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "uk",
            "Співачка Олена Коваленко скасувала концерти в Києві.\n\n"
            "Вона в Instagram написала: «Ми повернемося до Харкова навесні».\n",
            "Ми повернемося",
        ),
        (
            "uk",
            "Співачка Олена Коваленко скасувала концерти в Києві.\n\n"
            "«Ми повернемося до Харкова навесні», — написала в Instagram співачка.\n",
            "Ми повернемося",
        ),
        (
            "ru",
            "Певица Елена Коваленко отменила концерты в Москве.\n\n"
            "Она в Instagram написала: «Мы вернемся в Казань весной».\n",
            "Мы вернемся",
        ),
        (
            "ru",
            "Певица Елена Коваленко отменила концерты в Москве.\n\n"
            "В своем Instagram певица написала: «Мы вернемся в Казань весной».\n",
            "Мы вернемся",
        ),
        (
            "es",
            "La cantante Ana Morales canceló sus conciertos en Lima.\n\n"
            "En su cuenta de Instagram, escribió: «Volveremos en primavera».\n",
            "Volveremos",
        ),
        (
            "de",
            "Die Stadtwerke Hallbach haben am Montag den Strom abgestellt.\n\n"
            "Auf Facebook schrieb das Unternehmen: „Wir kommen im Frühjahr zurück.“\n",
            "Wir kommen",
        ),
    ],
)
def test_a_platform_the_words_went_out_on_is_no_speaker(
    language: str, text: str, quoted: str
) -> None:
    # The platform is never credited; the one who posted is not found yet either (the pronoun
    # or the noun naming the poster is not read back to the person or body named before).
    assert speaker_of(text, language, quoted) is None


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "de",
            "Die Sängerin Anna Berger hat ihre Konzerte in Graz abgesagt.\n\n"
            "Auf X (ehemals Twitter) schrieb sie: „Wir kommen im Frühjahr zurück.“\n",
            "Wir kommen",
            "Anna Berger",
        ),
        (
            "fr",
            "La société Transalpe a annulé ses trains vers Grenoble.\n\n"
            "Sur Facebook, l'entreprise a écrit : « Nous reviendrons au printemps. »\n",
            "Nous reviendrons",
            "Transalpe",
        ),
        (
            "es",
            "La empresa Transandina canceló sus trenes a Cusco.\n\n"
            "En Facebook, la compañía escribió: «Volveremos en primavera».\n",
            "Volveremos",
            "Transandina",
        ),
    ],
)
def test_the_one_who_posted_on_a_platform_speaks(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        ("uk", "Компанія Telegram заявила: «Ми не передаємо дані третім особам».\n", "Ми не"),
        ("uk", "У Telegram заявили: «Ми не передаємо дані третім особам».\n", "Ми не"),
        ("ru", "В Telegram заявили: «Мы не передаем данные третьим лицам».\n", "Мы не"),
    ],
)
def test_a_platform_that_speaks_itself_still_speaks(language: str, text: str, quoted: str) -> None:
    assert speaker_of(text, language, quoted) == "Telegram"


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "ru",
            "Певица Анна Берг отменила концерты в Москве.\n\n"
            "Позже в Telegram заявили: «Мы не передаем данные третьим лицам».\n",
            "Мы не",
        ),
        (
            "uk",
            "Співачка Анна Берг скасувала концерти в Києві.\n\n"
            "Пізніше у Telegram заявили: «Ми не передаємо дані третім особам».\n",
            "Ми не",
        ),
    ],
)
def test_an_adverb_of_time_before_the_platform_keeps_its_people_speaking(
    language: str, text: str, quoted: str
) -> None:
    # An adverb opening the sentence is no subject: the cue's subject is still the platform's
    # people, not the singer named before nor no one (review rm40).
    assert speaker_of(text, language, quoted) == "Telegram"


def test_a_pronoun_before_the_platform_leaves_the_platform_uncredited() -> None:
    # ``Она в Telegram написала``: the pronoun is the subject, so the platform is no speaker;
    # the singer it points back to is not found yet.
    text = (
        "Певица Анна Берг отменила концерты в Москве.\n\n"
        "Она в Telegram написала: «Мы вернемся в Казань весной».\n"
    )
    assert speaker_of(text, "ru", "Мы вернемся") is None
