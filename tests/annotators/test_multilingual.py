# ruff: noqa: E501 (the articles keep one paragraph a line, as written)
"""Entities, quotes and dates in Ukrainian, Russian, German, French, Spanish and English.

Each language has a short article written for these tests (no copied news): a person with a
title, an organisation, a place (in Ukrainian and Russian in several case forms that must merge),
a quotation attributed after it (``«...», — сказав Зеленський``) and one attributed before it
(``Сибіга заявив: «...»``), a weekday and a full date. Everything runs through the public API:
files read by ``newsbrief.load``, a briefing built by ``newsbrief.build_briefing``.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newsbrief
from newsbrief.model import Briefing

#: A Wednesday: ``on Saturday`` in the past is 16 November, ``on Monday`` ahead is 25 November.
PUBLISHED = dt.date(2024, 11, 20)

ARTICLES = {
    "uk": """Президент України Володимир Зеленський у суботу прибув до Києва. Зеленський провів зустріч з генеральним секретарем НАТО Марком Рютте.

«Ми не здамося і будемо боротися до перемоги», — сказав Зеленський журналістам.

Міністр закордонних справ Андрій Сибіга заявив: «Україна отримає нові системи протиповітряної оборони».

За словами Зеленського, у Києві тривають переговори. Повномасштабна війна почалася 24 лютого 2022 року.
""",
    "ru": """Президент России Владимир Путин в субботу выступил в Москве. Путин встретился с генеральным секретарём ООН Антониу Гутерришем.

«Мы продолжим эту работу», — заявил Путин журналистам.

Министр иностранных дел Сергей Лавров сказал: «Переговоры по-прежнему возможны».

По словам Лаврова, Москва готова к диалогу. Конфликт начался 24 февраля 2022 года.
""",
    "de": """Bundeskanzler Olaf Scholz hat am Samstag in Berlin den französischen Präsidenten Emmanuel Macron empfangen.

„Wir stehen fest an der Seite der Ukraine“, sagte Scholz nach dem Treffen.

Verteidigungsminister Boris Pistorius sagte: „Die Bundeswehr braucht mehr Geld.“ Er sprach vor Soldaten in Munster.

Die Europäische Union hatte vorige Woche neue Hilfen beschlossen. Der Krieg begann am 24. Februar 2022.
""",
    "fr": """Le président Emmanuel Macron a reçu samedi à Paris le chancelier allemand Olaf Scholz.

« Nous continuerons à soutenir l'Ukraine », a déclaré Macron à la presse.

Le ministre des Armées Sébastien Lecornu a affirmé : « L'armée française est prête. » Il s'exprimait devant des soldats.

L'Union européenne avait adopté la semaine dernière de nouvelles sanctions. La guerre a commencé le 24 février 2022.
""",
    "es": """El presidente del Gobierno, Pedro Sánchez, viajó el sábado a Madrid para reunirse con el rey Felipe VI.

«Vamos a seguir apoyando a Ucrania», dijo Sánchez a los periodistas.

La ministra de Defensa Margarita Robles afirmó: «España cumplirá sus compromisos con la OTAN».

La Unión Europea aprobó la semana pasada nuevas sanciones. La guerra comenzó el 24 de febrero de 2022.
""",
    "en": """President Volodymyr Zelensky arrived in Kyiv on Saturday. Zelensky met NATO Secretary General Mark Rutte.

"We will not give up," Zelensky told reporters.

Foreign Minister Andrii Sybiha said: "Ukraine will get new air defence systems."

The European Union adopted new sanctions last week. The full-scale war began on February 24, 2022.
""",
}

#: language -> (titled person, their role words, organisation, place, place spellings merged)
ENTITIES = {
    "uk": ("Володимир Зеленський", "Президент України", "NATO", "Kyiv", {"Києва", "Києві"}),
    "ru": ("Владимир Путин", "Президент России", "UN", "Moscow", {"Москве", "Москва"}),
    "de": ("Olaf Scholz", "Bundeskanzler", "EU", "Berlin", {"Berlin"}),
    "fr": ("Emmanuel Macron", None, "EU", "Paris", {"Paris"}),
    "es": ("Margarita Robles", "Defensa", "NATO", "Madrid", {"Madrid"}),
    "en": ("Volodymyr Zelensky", "President", "NATO", "Kyiv", {"Kyiv"}),
}

#: language -> [(speaker, first words of the quotation)]: after-cue order, then before-cue.
QUOTES = {
    "uk": [("Володимир Зеленський", "Ми не здамося"), ("Андрій Сибіга", "Україна отримає")],
    "ru": [("Владимир Путин", "Мы продолжим"), ("Сергей Лавров", "Переговоры")],
    "de": [("Olaf Scholz", "Wir stehen"), ("Boris Pistorius", "Die Bundeswehr")],
    "fr": [("Emmanuel Macron", "Nous continuerons"), ("Sébastien Lecornu", "L'armée")],
    "es": [("Pedro Sánchez", "Vamos a seguir"), ("Margarita Robles", "España cumplirá")],
    "en": [("Volodymyr Zelensky", "We will not"), ("Andrii Sybiha", "Ukraine will get")],
}

#: language -> {expression: value}: a weekday, a full date and (where written) a last week.
DATES = {
    "uk": {"суботу": "2024-11-16", "24 лютого 2022 року": "2022-02-24"},
    "ru": {"субботу": "2024-11-16", "24 февраля 2022 года": "2022-02-24"},
    "de": {
        "Samstag": "2024-11-16",
        "24. Februar 2022": "2022-02-24",
        "vorige Woche": "2024-W46",
    },
    "fr": {
        "samedi": "2024-11-16",
        "24 février 2022": "2022-02-24",
        "la semaine dernière": "2024-W46",
    },
    "es": {
        "sábado": "2024-11-16",
        "24 de febrero de 2022": "2022-02-24",
        "la semana pasada": "2024-W46",
    },
    "en": {
        "Saturday": "2024-11-16",
        "February 24, 2022": "2022-02-24",
        "last week": "2024-W46",
    },
}


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Briefing]:
    """One briefing per language, each of its one article read from a file."""
    folder = tmp_path_factory.mktemp("multilingual")
    out = {}
    for code, text in ARTICLES.items():
        path = folder / f"{code}.txt"
        path.write_text(text, encoding="utf-8")
        (document,) = newsbrief.load(str(path)).documents
        # The language and date are declared: this file tests annotation, not identification.
        metadata = attrs.evolve(document.metadata, language=code, published=PUBLISHED)
        document = attrs.evolve(document, metadata=metadata)
        out[code] = newsbrief.build_briefing([document], words=80)
    return out


def _entity(briefing: Briefing, name: str):  # type: ignore[no-untyped-def]
    # (a briefing in another language shows a place or body by its own spelling, the
    # gazetteers' English name kept among the variants: ``Київ`` for ``Kyiv``)
    found = [e for e in briefing.entities if e.name == name] or [
        e for e in briefing.entities if name in e.variants
    ]
    assert found, f"{name!r} not in {[e.name for e in briefing.entities]}"
    return found[0]


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_people_organisations_and_places(briefings: dict[str, Briefing], code: str) -> None:
    person, role, organisation, place, spellings = ENTITIES[code]
    briefing = briefings[code]
    assert _entity(briefing, person).type == "person"
    assert _entity(briefing, organisation).type == "organisation"
    found_place = _entity(briefing, place)
    assert found_place.type == "place"
    assert spellings <= {m.text for m in found_place.mentions}
    if role is not None:
        roles = {
            a.attributes.get("role")
            for d in briefing.documents
            for a in d.annotations_of("entity")
            if a.attributes["name"] == person
        }
        assert role in roles


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_inflected_names_are_one_person(briefings: dict[str, Briefing], code: str) -> None:
    """``Зеленський``/``Зеленського``, ``Лавров``/``Лаврова``: one entity each."""
    briefing = briefings[code]
    surname = {"uk": "Зеленського", "ru": "Лаврова"}[code]
    owner = [e for e in briefing.entities if surname in {m.text for m in e.mentions}]
    assert [e.name for e in owner] == [{"uk": "Володимир Зеленський", "ru": "Сергей Лавров"}[code]]
    # Two different people stay two: the case endings are cut, not whole names.
    people = [e.name for e in briefing.entities if e.type == "person"]
    assert len(people) == len(set(people)) >= 3


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_quotes_and_their_speakers(briefings: dict[str, Briefing], code: str) -> None:
    quotes = [(q.speaker, q.text) for q in briefings[code].quotes]
    for speaker, opening in QUOTES[code]:
        matching = [s for s, text in quotes if text.startswith(opening)]
        assert matching == [speaker], (opening, quotes)


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_weekdays_and_full_dates(briefings: dict[str, Briefing], code: str) -> None:
    found = {d.expression: d.value for d in briefings[code].dates}
    for expression, value in DATES[code].items():
        assert found.get(expression) == value, found


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_offsets_are_verbatim(briefings: dict[str, Briefing], code: str) -> None:
    briefing = briefings[code]
    (document,) = briefing.documents
    for annotation in document.annotations:
        assert document.text[annotation.start : annotation.end] == annotation.text
    for quote in briefing.quotes:
        assert document.text[quote.start : quote.end] == quote.text


def test_a_future_weekday_is_ahead_in_german() -> None:
    """``wird am Montag beraten`` in an article of Wednesday 20 November: Monday the 25th."""
    text = "Die NATO wird am Montag in Brüssel über neue Hilfen beraten.\n"
    document = newsbrief.Document.from_text(
        text, id="de-future", metadata=newsbrief.Metadata(language="de", published=PUBLISHED)
    )
    briefing = newsbrief.build_briefing([document], words=40)
    assert {d.expression: d.value for d in briefing.dates} == {"Montag": "2024-11-25"}
    # (a German briefing: the city by its German spelling, the English one a variant)
    assert {e.name for e in briefing.entities} == {"NATO", "Brüssel"}
    assert "Brussels" in _entity(briefing, "Brüssel").variants


def test_german_nouns_are_not_names() -> None:
    """Every German noun is capitalised: none of these is a person."""
    text = (
        "Die Regierung hat am Dienstag neue Regeln für Unternehmen beschlossen. "
        "Nach Angaben der Behörden sollen Steuern und Abgaben sinken.\n"
    )
    document = newsbrief.Document.from_text(
        text, id="de-nouns", metadata=newsbrief.Metadata(language="de", published=PUBLISHED)
    )
    briefing = newsbrief.build_briefing([document], words=40)
    assert [e.name for e in briefing.entities if e.type == "person"] == []


def test_the_same_place_in_three_scripts_is_one_entity() -> None:
    """``Київ``, ``Киев`` and ``Kyiv`` in three articles: one place, canonical ``Kyiv`` (shown
    as ``Київ`` in the Ukrainian briefing they make)."""
    texts = {
        "uk": "Делегація прибула до Києва у вівторок.\n",
        "ru": "Делегация прибыла в Киев во вторник.\n",
        "en": "The delegation arrived in Kyiv on Tuesday.\n",
    }
    documents = [
        newsbrief.Document.from_text(
            text, id=code, metadata=newsbrief.Metadata(language=code, published=PUBLISHED)
        )
        for code, text in texts.items()
    ]
    briefing = newsbrief.build_briefing(documents, words=40)
    kyiv = _entity(briefing, "Kyiv")
    assert {m.text for m in kyiv.mentions} == {"Києва", "Киев", "Kyiv"}
