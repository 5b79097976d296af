"""One test of a noun that heads a description of a person (``_described_head`` in
:mod:`newsbrief.annotators.quotes.attribution.roles`), read by every language on the same
path: its role nouns, ``[quotes] description_nouns`` and ``description_endings``, its
nationalities, then, past the lists, its dictionary (pymorphy3 for Ukrainian and Russian). So
a noun of a person is a role before a name after a verb of speech in French as in Ukrainian,
and a Ukrainian or Russian noun the dictionary knows as a person's is a role right before a
name, as a listed French one is.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles


@pytest.mark.parametrize(
    ("language", "text", "speaker", "role"),
    [
        # After a verb of speech, a description opening with a noun of a person: French too.
        (
            "fr",
            "« Aucun élève ne sera oublié », a assuré l'adjointe à la culture, Claire Morvan.",
            "Claire Morvan",
            "adjointe à la culture",
        ),
        # A noun the dictionary reads as a person's, right before the name (no title list has
        # it), with the adjectives before it.
        (
            "ru",
            "«Животным нужны прививки», — пояснил опытный ветеринар Иван Петров.",
            "Иван Петров",
            "опытный ветеринар",
        ),
        (
            "uk",
            "Водночас ветеринар Олег Бондар звертає увагу на щеплення: «Тварини потребують їх"
            " щороку».",
            "Олег Бондар",
            "ветеринар",
        ),
        # A nationality right before the name is the adjective after the noun, not the role
        # alone.
        (
            "fr",
            "« La coopération avance », a déclaré son homologue portugais, Pierre Lambert.",
            "Pierre Lambert",
            "homologue portugais",
        ),
    ],
)
def test_a_noun_of_a_person_before_a_name_is_its_role(
    language: str, text: str, speaker: str, role: str
) -> None:
    article = f"Titre\n\nIntroduction.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, role)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "«Сроки не изменятся», — сообщил учителям Олег Смирнов.", "Олег Смирнов"),
        ("uk", "«Терміни не зміняться», — сказала журналістам Ірина Коваль.", "Ірина Коваль"),
    ],
)
def test_a_plural_noun_after_the_verb_of_speech_is_who_is_spoken_to(
    language: str, text: str, speaker: str
) -> None:
    # (those spoken to, in the dative: no role of the one speaker)
    article = f"Заголовок\n\nВступ.\n\n{text}"
    (found,) = speakers_and_roles(article, dt.date(2026, 11, 30), language=language).values()
    assert found == (speaker, None)
