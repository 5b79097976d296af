"""Entities on scraped news pages in German, French, Spanish, Russian and Ukrainian (issue 16):
teams on results lines and in league tables, companies in tables of share prices, bodies in
quotation marks that go on in lower case, outlets and picture libraries in credits and bylines.
Every sentence here is made up for the test."""

from __future__ import annotations

import time

import pytest

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    document = Document.from_text(text, id="page", metadata=Metadata(language=language))
    [annotated] = EntityAnnotator().annotate([document])
    return [
        (text[e.start : e.end], str(e.attributes["type"]))
        for e in annotated.annotations_of(AnnotationKind.ENTITY)
    ]


# --- teams named by their town on results lines -------------------------------------------


def test_french_results_line_makes_towns_teams_elsewhere_too() -> None:
    text = (
        "Nantes chute encore, battu par Brest samedi soir.\n"
        "Prochain match mercredi, à Nantes, devant un public inquiet.\n"
        "Ligue 1, 12e journée : Nantes - Brest 0-2 ; Reims - Angers 1-1 ; Metz - Lorient 3-0.\n"
    )
    found = _entities(text, "fr")
    assert ("Brest", "organisation") in found
    assert found.count(("Nantes", "organisation")) >= 2
    assert ("Lorient", "organisation") in found
    # (after a preposition of place the town stays a place)
    assert ("Nantes", "place") in found


def test_german_results_table_grows_team_names() -> None:
    text = (
        "Hamburg – Der Hamburger SV hat gegen Hannover 96 gewonnen.\n"
        "Die Ergebnisse des 9. Spieltags:\n"
        "Hamburger SV – Hannover 96 3:1\n"
        "SC Paderborn – 1. FC Nürnberg 0:0\n"
        "Karlsruher SC – Fortuna Düsseldorf 2:2\n"
    )
    found = _entities(text, "de")
    assert ("1. FC Nürnberg", "organisation") in found
    assert ("Fortuna Düsseldorf", "organisation") in found
    assert ("Hamburg", "place") in found  # (the dateline is the town)


def test_spanish_score_between_names_and_standings() -> None:
    text = (
        "Lanús 1 - Banfield 2\n"
        "Con este resultado, Banfield suma 20 puntos.\n"
        "Posiciones: 1. Banfield 20; 2. Lanús 18; 3. Tigre 17; 4. Platense 15.\n"
    )
    found = _entities(text, "es")
    assert ("Lanús", "organisation") in found
    assert found.count(("Banfield", "organisation")) >= 3
    assert ("Platense", "organisation") in found


def test_ukrainian_results_with_dashes() -> None:
    text = "Результати туру:\nВорскла — Інгулець 2:0\nОболонь — Колос 1:1\n"
    found = _entities(text, "uk")
    assert ("Інгулець", "organisation") in found
    assert ("Колос", "organisation") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a heading's dashes and a number are no result
        ("fr", "Football - Ligue 1 - 15e journée\nLe club de Lyon a gagné à Paris."),
        # a range of years, a score in running text without a line of its own
        ("de", "Der Vertrag läuft 2024 - 2026 in Berlin.\nIn Leipzig gewann man 2:1."),
        ("es", "Entre Madrid y Sevilla hay 530 kilómetros, dijo el alcalde de Madrid."),
    ],
)
def test_no_results_line_no_teams(language: str, text: str) -> None:
    assert not [name for name, kind in _entities(text, language) if kind == "organisation"]


# --- companies in tables of share prices --------------------------------------------------


def test_german_price_table_makes_companies() -> None:
    text = (
        "Die Papiere fielen. Brenner verlor, während Lohmann und Tessin zulegten.\n"
        "Schlusskurse:\n"
        "Brenner Antriebe 12,40 Euro -3,5 %\n"
        "Lohmann 88,10 Euro +1,2 %\n"
        "Tessin 5,02 Euro +0,4 %\n"
    )
    found = _entities(text, "de")
    assert ("Brenner Antriebe", "organisation") in found
    assert ("Brenner", "organisation") in found
    assert ("Tessin", "organisation") in found


def test_russian_inline_price_list() -> None:
    text = "Лидеры снижения: «Камнефть» −2,1%, Техносила −1,4%, «Уралтранс» −0,8%."
    found = _entities(text, "ru")
    assert ("Камнефть", "organisation") in found
    assert ("Техносила", "organisation") in found


def test_two_figures_are_no_price_table() -> None:
    text = "Berlin 3,6 Millionen Einwohner, Hamburg 1,9 Millionen.\nIn Köln stieg die Zahl."
    assert not [n for n, kind in _entities(text, "de") if kind == "organisation"]


# --- bodies in quotation marks that go on in lower case ------------------------------------


def test_russian_quoted_party_and_outlet() -> None:
    text = "Против выступила фракция «Зелёная альтернатива». Об этом сообщил «Северный вестник»."
    found = _entities(text, "ru")
    assert ("Зелёная альтернатива", "organisation") in found
    assert ("Северный вестник", "organisation") in found


def test_ukrainian_quoted_body_but_not_a_festival_nor_speech() -> None:
    text = (
        "Про це повідомило видання «Подільська думка». "
        "Фестиваль «Осіннє вино» у Вінниці зібрав гостей. "
        "«Марина пішла на роботу вчора», — сказав він."
    )
    found = _entities(text, "uk")
    assert ("Подільська думка", "organisation") in found
    assert ("Осіннє вино", "organisation") not in found
    assert not any(name.startswith("Марина пішла") for name, _ in found)


def test_russian_quoted_speech_is_no_body() -> None:
    text = "«Спешить здесь не стоит», — сказал Иван Петров журналистам."
    assert not [n for n, kind in _entities(text, "ru") if kind == "organisation"]


# --- credits and bylines ------------------------------------------------------------------


def test_credit_parts_are_outlets() -> None:
    text = (
        "Депутаты на заседании. Фото: Пётр Смирнов / Северные известия\nТекст новости о бюджете.\n"
    )
    found = _entities(text, "ru")
    assert ("Пётр Смирнов", "person") in found
    assert ("Северные известия", "organisation") in found


def test_byline_outlet_and_copyright_owner() -> None:
    text = "Ірина Коваль, Діловий тиждень\nУряд ухвалив бюджет у Києві.\nОлена Петренко, Київ\n"
    found = _entities(text, "uk")
    assert ("Діловий тиждень", "organisation") in found
    assert ("Київ", "place") in found  # (a place in a byline stays a place)


def test_spanish_byline_with_bar() -> None:
    found = _entities("Deportes | Por Martina Gómez Ruiz\nEl equipo ganó.", "es")
    assert ("Martina Gómez Ruiz", "person") in found


def test_a_credit_without_a_credit_word_types_nothing() -> None:
    text = "Politik / Inland\nDie Regierung in Berlin hat entschieden."
    assert ("Inland", "organisation") not in _entities(text, "de")


# --- bodies by their nouns ----------------------------------------------------------------


def test_a_body_s_compound_after_a_role_is_the_body() -> None:
    text = (
        "Der Sprecher der FDP-Landtagsfraktion, Jonas Albrecht, widersprach. "
        "Ein Mitglied der Linken-Fraktion, das anonym bleiben wollte, stimmte zu."
    )
    found = _entities(text, "de")
    assert ("FDP-Landtagsfraktion", "organisation") in found
    assert ("Linken-Fraktion", "organisation") in found
    assert ("Jonas Albrecht", "person") in found


def test_a_role_before_a_plain_surname_keeps_the_person() -> None:
    found = _entities("Der Sprecher der Partei, Herr Albrecht, widersprach.", "de")
    assert not [n for n, kind in found if kind == "organisation" and "Albrecht" in n]


def test_a_body_named_by_a_noun_and_a_place() -> None:
    found = _entities("Аналитики ждут, что Банк России снизит ставку, сказал он в России.", "ru")
    assert ("Банк России", "organisation") in found
    assert ("России", "place") in found


def test_an_acronym_after_a_woman_s_role_is_the_body_of_the_place() -> None:
    found = _entities("Так, речниця МОЗ Польщі Ганна Коваль назвала рішення помилкою.", "uk")
    assert ("МОЗ Польщі", "organisation") in found
    assert ("Ганна Коваль", "person") in found


def test_a_lower_case_noun_and_a_place_stay_apart() -> None:
    found = _entities("Он работал в банке России много лет, а потом уехал из России.", "ru")
    assert not [n for n, kind in found if kind == "organisation"]


def test_a_role_before_a_body_s_adjective_and_noun_makes_no_person() -> None:
    text = (
        "Руководитель Северной полярной экспедиции рассказал о планах. "
        "Губернатор Смирнов тоже выступил."
    )
    found = _entities(text, "ru")
    assert ("Северной полярной экспедиции", "organisation") in found
    assert ("Смирнов", "person") in found


def test_a_french_body_ends_with_its_adjectives_not_a_verb() -> None:
    text = (
        "Un gérant résume.\nLa Commission européenne devra se prononcer. "
        "Le ministère de la Transition écologique n'a pas répondu."
    )
    found = _entities(text, "fr")
    assert ("Commission européenne", "organisation") in found
    assert ("ministère de la Transition écologique", "organisation") in found


# --- people and places -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "fr",
            "Élue en 2019, Martine Vasseur-Leduc a vu sa commune changer.",
            "Martine Vasseur-Leduc",
        ),
        (
            "es",
            "La empresa crecerá, dijo Martín Iturralde Basualdo ayer.",
            "Martín Iturralde Basualdo",
        ),
    ],
)
def test_a_first_name_read_as_a_place_by_its_stem_begins_a_person(
    language: str, text: str, person: str
) -> None:
    found = _entities(text, language)
    assert (person, "person") in found
    assert not [name for name, kind in found if kind == "place"]


def test_an_inflected_country_before_a_name_stays_a_place() -> None:
    found = _entities("Так, речниця МЗС Росії Олена Бойко назвала рішення помилкою.", "uk")
    assert ("Олена Бойко", "person") in found
    assert not any(name.startswith("Росії") and kind == "person" for name, kind in found)


def test_a_dateline_s_name_is_a_place_in_every_case() -> None:
    text = "ТОБОЛЬСК, 3 декабря. /Корр./. Переговоры в Тобольске продолжатся в пятницу."
    found = _entities(text, "ru")
    assert ("ТОБОЛЬСК", "place") in found
    assert ("Тобольске", "place") in found


def test_a_name_and_an_age_at_a_line_start_is_no_dateline() -> None:
    text = "Titre\nDupuis, 20 ans, a été blessé vendredi.\nLa famille de Dupuis a parlé."
    assert not [n for n, kind in _entities(text, "fr") if kind == "place"]


def test_a_dateline_with_an_agency_after_the_day() -> None:
    text = "Titular\nZapala, 3 dic (EFE).- El gobierno habló ayer en Zapala."
    assert _entities(text, "es").count(("Zapala", "place")) == 2


def test_a_line_starting_with_a_name_and_a_comma_but_no_day_is_no_dateline() -> None:
    text = "Жукова, как и прежде, молчала. Встреча в Жуковой прошла тихо."
    assert ("Жуковой", "place") not in _entities(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("es", "El yacimiento está en la provincia de Chubut, según la empresa.", "Chubut"),
        ("fr", "Les habitants de la commune de Wimereux ont été évacués.", "Wimereux"),
        ("uk", "Ми зустрілися на виноробні в селі Тернове неподалік кордону.", "Тернове"),
    ],
)
def test_a_place_noun_names_the_place_after_it(language: str, text: str, place: str) -> None:
    assert (place, "place") in _entities(text, language)


def test_a_place_noun_before_a_person_s_name_types_no_place() -> None:
    found = _entities("La comuna de Andrea Pérez fue noticia.", "es")
    assert not [name for name, kind in found if kind == "place"]


def test_names_listed_after_a_preposition_of_place_with_a_place_are_places() -> None:
    text = "Meine Kinder sind nach Rostock und Berlin gegangen."
    assert ("Rostock", "place") in _entities(text, "de")


def test_a_list_after_a_preposition_with_no_place_types_nothing() -> None:
    text = "Das Treffen fand in Anwesenheit von Meyer und Schulz statt."
    assert not [n for n, kind in _entities(text, "de") if kind == "place"]


# --- cost ---------------------------------------------------------------------------------


def _cpu(text: str, language: str) -> float:
    start = time.process_time()
    _entities(text, language)
    return time.process_time() - start


def test_long_lines_of_names_and_slashes_are_read_in_linear_time() -> None:
    row = "Foto: Анна Белова / Северные известия, Лиговка 12,4 % / "
    small, large = _cpu(row * 200, "ru"), _cpu(row * 800, "ru")
    assert large < 8 * small + 0.5


def test_long_tables_of_results_and_prices_are_read_in_linear_time() -> None:
    def page(rows: int) -> str:
        results = "".join(f"Lanús {i % 9} - Banfield {i % 7}\n" for i in range(rows))
        standings = "Posiciones: " + "; ".join(f"{i % 20 + 1}. Tigre {i}" for i in range(rows))
        prices = "".join(f"Pampa Austral | {i},50 | +1,{i % 10}\n" for i in range(rows))
        return results + standings + ".\n" + prices + "Con este resultado, Banfield suma.\n"

    small, large = _cpu(page(100), "es"), _cpu(page(400), "es")
    assert large < 8 * small + 0.5
