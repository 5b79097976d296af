"""Quotations reopened on the next line of a page: the lines of one quotation take its last
line's cue, but a line that names its own speaker keeps it (two reactions on consecutive lines,
a closing mark lost between them), in every language; French reopens a line with a spaced mark.

The sentences are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles

DAY = dt.date(2025, 3, 4)

#: Two reactions on consecutive lines of a page, the first introduced by its speaker and its
#: closing mark lost, the second with a cue naming another speaker.
_TWO_SPEAKERS = {
    "en": (
        'Harbour strike.\nUnion leader Rose Hallam told the crowd: "We are not going back '
        'without a deal.\n"The offer stays on the table," said port director Walter Finch.\n'
        "Talks resume on Monday.",
        "We are not going back",
        "Rose Hallam",
        "The offer stays",
        "Walter Finch",
    ),
    "es": (
        "Huelga en el puerto.\nLa sindicalista Rosa Llamas advirtió: «No volveremos sin un "
        "acuerdo.\n«La oferta sigue en pie», replicó el director del puerto, Andrés Pinto.\n"
        "Las negociaciones siguen el lunes.",
        "No volveremos",
        "Rosa Llamas",
        "La oferta sigue",
        "Andrés Pinto",
    ),
    "de": (
        "Streik im Hafen.\nGewerkschafterin Rosa Berger sagte: „Wir kommen nicht ohne "
        "Einigung zurück.\n„Das Angebot steht“, sagte Hafendirektor Walter Keller.\n"
        "Die Gespräche gehen am Montag weiter.",
        "Wir kommen nicht",
        "Rosa Berger",
        "Das Angebot steht",
        "Walter Keller",
    ),
    "fr": (
        "Grève au port.\nLa syndicaliste Rose Dubois a prévenu : « Nous ne reviendrons pas sans "
        "accord.\n« L’offre reste sur la table », a répondu le directeur du port, André Martin.\n"
        "Les discussions reprennent lundi.",
        "Nous ne reviendrons",
        "Rose Dubois",
        "L’offre reste",
        "André Martin",
    ),
    "ru": (
        "Забастовка в порту.\nПрофсоюзный лидер Анна Петрова заявила: «Мы не вернёмся без "
        "соглашения.\n«Предложение остаётся в силе», — сказал директор порта Андрей Смирнов.\n"
        "Переговоры продолжатся в понедельник.",
        "Мы не вернёмся",
        "Анна Петрова",
        "Предложение остаётся",
        "Андрей Смирнов",
    ),
}


@pytest.mark.parametrize("code", sorted(_TWO_SPEAKERS))
def test_a_line_naming_its_own_speaker_keeps_it(code: str) -> None:
    text, first, first_speaker, second, second_speaker = _TWO_SPEAKERS[code]
    found = speakers_and_roles(text, DAY, language=code)
    (first_who,) = [who for words, (who, _) in found.items() if words.startswith(first)]
    (second_who,) = [who for words, (who, _) in found.items() if words.startswith(second)]
    assert (first_who, second_who) == (first_speaker, second_speaker)


def test_lines_of_one_quotation_still_take_the_last_lines_cue() -> None:
    text = (
        "Huelga en el puerto.\nLa sindicalista Rosa Llamas fue la única que habló. «No "
        "volveremos sin un acuerdo.\n«Llevamos tres semanas de paro», advirtió.\nFin."
    )
    found = speakers_and_roles(text, DAY, language="es")
    assert {who for who, _ in found.values()} == {"Rosa Llamas"}


def test_a_french_quotation_reopened_with_a_spaced_mark_runs_on() -> None:
    text = (
        "Grève au port.\nLa syndicaliste Rose Dubois a été la seule à parler. « Nous ne "
        "reviendrons pas sans accord.\n« Cela fait trois semaines que nous sommes en grève », "
        "a-t-elle ajouté.\nFin."
    )
    found = speakers_and_roles(text, DAY, language="fr")
    assert set(found) == {
        "Nous ne reviendrons pas sans accord",
        "Cela fait trois semaines que nous sommes en grève",
    }
    assert {who for who, _ in found.values()} == {"Rose Dubois"}
