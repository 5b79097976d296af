"""The timeline dates a sentence by its main clause in every language: a date after a framing
word of the document's language (``seit 2014``, ``з 2014 року``, ``depuis 2014``) frames the
event the sentence reports on Monday, so the year is no event of the timeline, as ``since
2014`` is none in English (``[calendar] framing_words``)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from newsbrief.model import Document, Metadata

STORIES = {
    "de": [
        "Die Regierung legte am Dienstag einen neuen Haushalt für das kommende Jahr vor.",
        "Seit 2014 kämpft die Armee im Osten, am Montag griff sie erneut Charkiw an.",
        "Seit 2014 wird im Donbas gekämpft, am Montag traf eine Rakete die Stadt Isjum.",
        "Seit 2014 herrscht Krieg, am Montag fielen Bomben auf Saporischschja.",
    ],
    "fr": [
        "Le gouvernement a présenté mardi un nouveau budget pour l'année prochaine.",
        "Depuis 2014 l'armée combat dans l'est, lundi elle a de nouveau attaqué Kharkiv.",
        "Depuis 2014 on se bat dans le Donbass, lundi un missile a frappé la ville d'Izioum.",
        "Depuis 2014 la guerre dure, lundi des bombes sont tombées sur Zaporijia.",
    ],
    "es": [
        "El gobierno presentó un nuevo presupuesto para el próximo año.",
        "Desde 2014 el ejército combate en el este, el lunes atacó de nuevo Járkov.",
        "Desde 2014 se combate en el Donbás, el lunes un misil alcanzó la ciudad de Izium.",
        "Desde 2014 dura la guerra, el lunes cayeron bombas sobre Zaporiyia.",
    ],
    "uk": [
        "Уряд представив новий бюджет на наступний рік.",
        "З 2014 року армія воює на сході, у понеділок вона знову атакувала Харків.",
        "З 2014 року на Донбасі тривають бої, у понеділок ракета влучила в Ізюм.",
        "З 2014 року триває війна, у понеділок бомби впали на Запоріжжя.",
    ],
    "ru": [
        "Правительство представило новый бюджет на следующий год.",
        "С 2014 года армия воюет на востоке, в понедельник она снова атаковала Харьков.",
        "С 2014 года в Донбассе идут бои, в понедельник ракета попала в Изюм.",
        "С 2014 года идёт война, в понедельник бомбы упали на Запорожье.",
    ],
}


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_framing_date_is_no_event(code: str) -> None:
    metadata = Metadata(published=dt.date(2024, 11, 27), language=code)
    documents = [
        Document.from_text(text, id=f"{code}{i}", metadata=metadata)
        for i, text in enumerate(STORIES[code])
    ]
    timeline = newsbrief.build_briefing(documents, sentences=1).timeline
    dates = [entry.date for entry in timeline]
    assert "2024-11-25" in dates  # Monday, the event
    assert "2014" not in dates


# ``з``/``с`` is ``since`` before a date but as often ``with`` before a name: the Monday a
# president met someone is the event, not framed by the ``with`` two words before it
# (``[calendar] framing_prepositions``), and the year after ``З``/``С`` still frames.
MET_WITH = {
    "uk": [
        "Уряд представив новий бюджет на наступний рік.",
        "З 2014 року країна воює на сході і президент зустрівся з Байденом у понеділок.",
        "З 2014 року триває війна і прем'єр поговорив з канцлером у понеділок.",
        "З 2014 року тривають бої і міністр зустрівся з колегами у понеділок.",
    ],
    "ru": [
        "Правительство представило новый бюджет на следующий год.",
        "С 2014 года страна воюет на востоке и президент встретился с Байденом в понедельник.",
        "С 2014 года идёт война и премьер поговорил с канцлером в понедельник.",
        "С 2014 года идут бои и министр встретился с коллегами в понедельник.",
    ],
}


@pytest.mark.parametrize("code", sorted(MET_WITH))
def test_with_before_a_name_frames_no_date(code: str) -> None:
    metadata = Metadata(published=dt.date(2024, 11, 27), language=code)
    documents = [
        Document.from_text(text, id=f"{code}{i}", metadata=metadata)
        for i, text in enumerate(MET_WITH[code])
    ]
    timeline = newsbrief.build_briefing(documents, sentences=1).timeline
    assert [entry.date for entry in timeline] == ["2024-11-25"]
