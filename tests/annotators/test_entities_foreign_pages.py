"""Entities on scraped news pages in German, French, Spanish, Russian and Ukrainian (issue 16):
teams on results lines and in league tables, companies in tables of share prices, bodies in
quotation marks that go on in lower case, outlets and picture libraries in credits and bylines.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from helpers.entities import mentions
from helpers.timing import least_cpu_seconds

# --- teams named by their town on results lines -------------------------------------------


def test_french_results_line_makes_towns_teams_elsewhere_too() -> None:
    text = (
        "Nantes chute encore, battu par Brest samedi soir.\n"
        "Prochain match mercredi, à Nantes, devant un public inquiet.\n"
        "Ligue 1, 12e journée : Nantes - Brest 0-2 ; Reims - Angers 1-1 ; Metz - Lorient 3-0.\n"
    )
    found = mentions(text, "fr")
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
    found = mentions(text, "de")
    assert ("1. FC Nürnberg", "organisation") in found
    assert ("Fortuna Düsseldorf", "organisation") in found
    assert ("Hamburg", "place") in found  # (the dateline is the town)


def test_spanish_score_between_names_and_standings() -> None:
    text = (
        "Lanús 1 - Banfield 2\n"
        "Con este resultado, Banfield suma 20 puntos.\n"
        "Posiciones: 1. Banfield 20; 2. Lanús 18; 3. Tigre 17; 4. Platense 15.\n"
    )
    found = mentions(text, "es")
    assert ("Lanús", "organisation") in found
    assert found.count(("Banfield", "organisation")) >= 3
    assert ("Platense", "organisation") in found


def test_ukrainian_results_with_dashes() -> None:
    text = "Результати туру:\nВорскла — Інгулець 2:0\nОболонь — Колос 1:1\n"
    found = mentions(text, "uk")
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
        # score-shaped, alone and headed by nothing: a timetable's or a vote's
        ("es", "Sevilla - Granada 2:45\nEl autobús sale de Sevilla."),
        ("de", "Stichwahl: Schulz 52 - Weber 48\nSchulz sprach in Bonn."),
    ],
)
def test_no_results_line_no_teams(language: str, text: str) -> None:
    assert not [name for name, kind in mentions(text, language) if kind == "organisation"]


# --- companies in tables of share prices --------------------------------------------------


def test_german_price_table_makes_companies() -> None:
    text = (
        "Die Papiere fielen. Brenner verlor, während Lohmann und Tessin zulegten.\n"
        "Schlusskurse:\n"
        "Brenner Antriebe 12,40 Euro -3,5 %\n"
        "Lohmann 88,10 Euro +1,2 %\n"
        "Tessin 5,02 Euro +0,4 %\n"
    )
    found = mentions(text, "de")
    assert ("Brenner Antriebe", "organisation") in found
    assert ("Brenner", "organisation") in found
    assert ("Tessin", "organisation") in found


def test_russian_inline_price_list() -> None:
    text = "Лидеры снижения: «Камнефть» −2,1%, Техносила −1,4%, «Уралтранс» −0,8%."
    found = mentions(text, "ru")
    assert ("Камнефть", "organisation") in found
    assert ("Техносила", "organisation") in found


# Timetables, votes, elections, polls, rates by country and medal tables are no results
# lines, standings nor price tables (review of 13eb693, items 1 and 2).
_NOT_TABLES = [
    ("fr", "Résultats du second tour :\nMacron - Le Pen 58-42\nLe vote a eu lieu à Paris."),
    ("fr", "Sondage Ifop :\nFrance 12,5 %\nAllemagne 8,1 %\nItalie 7,4 %\nEspagne 6,9 %\n"),
    (
        "de",
        "Inflation im Oktober:\nDeutschland 3,8 %\nFrankreich 4,0 %\nItalien 5,3 %\n"
        "Österreich 5,4 %\nIn Deutschland sank die Rate.",
    ),
    ("es", "Encuesta:\nSánchez 34 %\nFeijóo 31 %\nAbascal 12 %\nDíaz 10 %\nSánchez habló."),
    ("ru", "Инфляция в октябре:\nРоссия 6,7 %\nКазахстан 10,8 %\nБеларусь 5,4 %\nАрмения 2,1 %"),
    (
        "uk",
        "Рейтинг кандидатів:\nЗеленський 52 %\nПорошенко 18 %\nТимошенко 12 %\nВін виступив.",
    ),
    ("fr", "Vote : Oui 52 - Non 48\nLe texte est adopté à Paris."),
    ("de", "Berlin - Hamburg 3:15\nDie Bahn fährt ab Berlin um 9:30."),
    ("fr", "Paris - Lyon 2:05\nLe train part de Paris à huit heures."),
    ("es", "Madrid - Barcelona 6:30\nEl tren sale de Madrid."),
    ("ru", "Москва — Петербург 4:00\nПоезд отправится из Москвы."),
    ("uk", "Київ — Львів 5:30\nПоїзд вирушає з Києва."),
    ("de", "Ergebnis der Wahl: Müller 52 - Schmidt 48\nMüller gewann in Köln."),
    ("es", "Madrid 14 - Sevilla 3\nMadrid tiene más habitantes."),
    ("fr", "Classement : 1. France 34, 2. Allemagne 32, 3. Italie 30.\nLa France a gagné."),
    (
        "de",
        "Medaillenspiegel: 1. Norwegen 16; 2. Deutschland 12; 3. Österreich 9.\nNorwegen jubelt.",
    ),
    ("ru", "Итоги голосования: 1. Петров 45; 2. Иванов 30; 3. Сидоров 12.\nПетров победил."),
]


@pytest.mark.parametrize(("language", "text"), _NOT_TABLES)
def test_timetables_votes_polls_and_rates_name_no_bodies(language: str, text: str) -> None:
    assert not [name for name, kind in mentions(text, language) if kind == "organisation"]


def test_a_table_of_rates_with_per_cent_signs_is_no_price_table() -> None:
    # (three rows, each a name, a figure and a per cent sign: a price table's shape but one
    # figure only)
    text = "Arbeitslosigkeit:\nBrenner 3,8 %\nLohmann 4,0 %\nTessin 5,3 %\nBrenner sank."
    assert not [n for n, kind in mentions(text, "de") if kind == "organisation"]


def test_two_figures_are_no_price_table() -> None:
    text = "Berlin 3,6 Millionen Einwohner, Hamburg 1,9 Millionen.\nIn Köln stieg die Zahl."
    assert not [n for n, kind in mentions(text, "de") if kind == "organisation"]


# --- bodies in quotation marks that go on in lower case ------------------------------------


def test_russian_quoted_party_and_outlet() -> None:
    text = "Против выступила фракция «Зелёная альтернатива». Об этом сообщил «Северный вестник»."
    found = mentions(text, "ru")
    assert ("Зелёная альтернатива", "organisation") in found
    assert ("Северный вестник", "organisation") in found


def test_ukrainian_quoted_body_but_not_a_festival_nor_speech() -> None:
    text = (
        "Про це повідомило видання «Подільська думка». "
        "Фестиваль «Осіннє вино» у Вінниці зібрав гостей. "
        "«Марина пішла на роботу вчора», — сказав він."
    )
    found = mentions(text, "uk")
    assert ("Подільська думка", "organisation") in found
    assert ("Осіннє вино", "organisation") not in found
    assert not any(name.startswith("Марина пішла") for name, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # (the work's noun carries across a list of titles)
        ("uk", "Він прочитав роман «Кобзар» та «Лісова пісня» учора."),
        ("ru", "Лодка «Северная звезда» утонула."),
    ],
)
def test_titles_listed_after_a_work_s_noun_and_a_boat_s_name_are_no_bodies(
    language: str, text: str
) -> None:
    assert not [n for n, kind in mentions(text, language) if kind == "organisation"]


def test_a_country_s_name_in_a_party_s_name_begins_no_person() -> None:
    text = "El partido Italia Viva votó en contra. Francia Insumisa también."
    assert not [n for n, kind in mentions(text, "es") if kind == "person"]


def test_russian_quoted_speech_is_no_body() -> None:
    text = "«Спешить здесь не стоит», — сказал Иван Петров журналистам."
    assert not [n for n, kind in mentions(text, "ru") if kind == "organisation"]


# --- credits and bylines ------------------------------------------------------------------


def test_credit_parts_are_outlets() -> None:
    text = (
        "Депутаты на заседании. Фото: Пётр Смирнов / Северные известия\nТекст новости о бюджете.\n"
    )
    found = mentions(text, "ru")
    assert ("Пётр Смирнов", "person") in found
    assert ("Северные известия", "organisation") in found


@pytest.mark.parametrize(
    ("language", "text", "agency", "person"),
    [
        (
            "de",
            "Die Brücke bei Chur. Bild: Lichtblick/Anna Berger\nMehr dazu.",
            "Lichtblick",
            "Anna Berger",
        ),
        (
            "fr",
            "Le port de Gand. © Photopress/Julien Moreau\nLes plus lus",
            "Photopress",
            "Julien Moreau",
        ),
        (
            "es",
            "La mina en Sonora. FOTO: Prensasur / Lucía Herrera\nTe puede interesar",
            "Prensasur",
            "Lucía Herrera",
        ),
    ],
)
def test_a_credit_s_first_part_before_a_photographer_is_the_agency(
    language: str, text: str, agency: str, person: str
) -> None:
    found = mentions(text, language)
    assert (agency, "organisation") in found, found
    assert (person, "person") in found, found


def test_a_photographer_with_a_first_name_of_either_gender_is_no_agency() -> None:
    # (``Maxime``: a first name the name table gives to either gender)
    found = mentions("Le quai de Brest. © Ouest Matin/Maxime Kerbrat\nLes plus lus", "fr")
    assert ("Maxime Kerbrat", "person") in found, found
    assert ("Ouest Matin", "organisation") in found, found


def test_two_photographers_with_first_names_of_either_gender_stay_people() -> None:
    # (``Dominique``, ``Claude``: the first part of the credit is no agency either)
    found = mentions("Le quai de Brest. © Dominique Martin/Claude Bernard\nLes plus lus", "fr")
    assert ("Dominique Martin", "person") in found, found
    assert ("Claude Bernard", "person") in found, found


def test_a_photographer_first_in_a_credit_stays_a_person() -> None:
    found = mentions("Der Hafen in Kiel. Foto: Jonas Becker/dpa\nMehr dazu.", "de")
    assert ("Jonas Becker", "person") in found, found


def test_byline_outlet_and_copyright_owner() -> None:
    text = "Ірина Коваль, Діловий тиждень\nУряд ухвалив бюджет у Києві.\nОлена Петренко, Київ\n"
    found = mentions(text, "uk")
    assert ("Діловий тиждень", "organisation") in found
    assert ("Київ", "place") in found  # (a place in a byline stays a place)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("de", "Olaf Scholz, Hamburg aktuell\nText.", "Hamburg aktuell"),
        ("es", "Pedro Sánchez | Feijóo dijo\nDebate.", "Feijóo dijo"),
        ("ru", "Фото: Иван Петров / Кремль сегодня\nТекст.", "Кремль сегодня"),
        ("uk", "Олена Петренко, Житомир сьогодні\nТекст.", "Житомир сьогодні"),
    ],
)
def test_a_byline_or_credit_takes_no_lower_case_word_but_an_outlet_s(
    language: str, text: str, name: str
) -> None:
    assert name not in [found for found, _ in mentions(text, language)]


def test_a_town_spelt_as_a_first_name_in_a_byline_is_the_place_no_outlet() -> None:
    # (``Florencia`` is a first name and a town: after the reporter, it is where he writes)
    found = mentions("Tribunales\nMarta Ruiz Soler | Florencia\nEl juez dictó sentencia.", "es")
    assert ("Florencia", "place") in found, found
    assert ("Florencia", "organisation") not in found, found


def test_an_outlet_spelt_as_a_small_town_in_a_byline_stays_the_outlet() -> None:
    # (``Libération`` is also a town of a few thousand people: too small to outweigh the outlet)
    found = mentions("Société\nPar Jeanne Martin | Libération\nLe texte suit.", "fr")
    assert ("Libération", "organisation") in found, found
    assert ("Libération", "place") not in found, found


def test_spanish_byline_with_bar() -> None:
    found = mentions("Deportes | Por Martina Gómez Ruiz\nEl equipo ganó.", "es")
    assert ("Martina Gómez Ruiz", "person") in found


def test_a_credit_without_a_credit_word_types_nothing() -> None:
    text = "Politik / Inland\nDie Regierung in Berlin hat entschieden."
    assert ("Inland", "organisation") not in mentions(text, "de")


# --- bodies by their nouns ----------------------------------------------------------------


def test_a_body_s_compound_after_a_role_is_the_body() -> None:
    text = (
        "Der Sprecher der FDP-Landtagsfraktion, Jonas Albrecht, widersprach. "
        "Ein Mitglied der Linken-Fraktion, das anonym bleiben wollte, stimmte zu."
    )
    found = mentions(text, "de")
    assert ("FDP-Landtagsfraktion", "organisation") in found
    assert ("Linken-Fraktion", "organisation") in found
    assert ("Jonas Albrecht", "person") in found


def test_a_role_before_a_plain_surname_keeps_the_person() -> None:
    found = mentions("Der Sprecher der Partei, Herr Albrecht, widersprach.", "de")
    assert not [n for n, kind in found if kind == "organisation" and "Albrecht" in n]


def test_a_body_named_by_a_noun_and_a_place() -> None:
    found = mentions("Аналитики ждут, что Банк России снизит ставку, сказал он в России.", "ru")
    assert ("Банк России", "organisation") in found
    assert ("России", "place") in found


def test_an_acronym_after_a_woman_s_role_is_the_body_of_the_place() -> None:
    found = mentions("Так, речниця МОЗ Польщі Ганна Коваль назвала рішення помилкою.", "uk")
    assert ("МОЗ Польщі", "organisation") in found
    assert ("Ганна Коваль", "person") in found


def test_a_lower_case_noun_and_a_place_stay_apart() -> None:
    found = mentions("Он работал в банке России много лет, а потом уехал из России.", "ru")
    assert not [n for n, kind in found if kind == "organisation"]


def test_a_role_before_a_body_s_adjective_and_noun_makes_no_person() -> None:
    text = (
        "Руководитель Северной полярной экспедиции рассказал о планах. "
        "Губернатор Смирнов тоже выступил."
    )
    found = mentions(text, "ru")
    assert ("Северной полярной экспедиции", "organisation") in found
    assert ("Смирнов", "person") in found


def test_a_french_body_ends_with_its_adjectives_not_a_verb() -> None:
    text = (
        "Un gérant résume.\nLa Commission européenne devra se prononcer. "
        "Le ministère de la Transition écologique n'a pas répondu."
    )
    found = mentions(text, "fr")
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
    found = mentions(text, language)
    assert (person, "person") in found
    assert not [name for name, kind in found if kind == "place"]


def test_an_inflected_country_before_a_name_stays_a_place() -> None:
    found = mentions("Так, речниця МЗС Росії Олена Бойко назвала рішення помилкою.", "uk")
    assert ("Олена Бойко", "person") in found
    assert not any(name.startswith("Росії") and kind == "person" for name, kind in found)


def test_a_dateline_s_name_is_a_place_in_every_case() -> None:
    text = "ТОБОЛЬСК, 3 декабря. /Корр./. Переговоры в Тобольске продолжатся в пятницу."
    found = mentions(text, "ru")
    assert ("ТОБОЛЬСК", "place") in found
    assert ("Тобольске", "place") in found


def test_a_name_and_an_age_at_a_line_start_is_no_dateline() -> None:
    text = "Titre\nDupuis, 20 ans, a été blessé vendredi.\nLa famille de Dupuis a parlé."
    assert not [n for n, kind in mentions(text, "fr") if kind == "place"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre\nURGENT, 3 morts dans un accident à Lyon."),
        ("ru", "Заголовок\nВНИМАНИЕ, 2 человека пострадали в Москве."),
        ("de", "Titel\nEILMELDUNG, 3 Tote in Berlin."),
        ("uk", "Заголовок\nТЕРМІНОВО, 2 загиблих у Києві."),
    ],
)
def test_a_capitalised_word_and_a_count_is_no_dateline(language: str, text: str) -> None:
    # (a dateline's day is followed by a month's name)
    assert text.split("\n")[1].split(",")[0] not in [name for name, _ in mentions(text, language)]


def test_a_place_s_key_and_another_consonant_is_no_case_of_it() -> None:
    found = [
        name for name, _ in mentions("BERLIN, 3. Dezember. Er wohnt in Berli und in Berling.", "de")
    ]
    assert "Berli" not in found
    assert "Berling" not in found


def test_a_dateline_with_an_agency_after_the_day() -> None:
    text = "Titular\nZapala, 3 dic (EFE).- El gobierno habló ayer en Zapala."
    assert mentions(text, "es").count(("Zapala", "place")) == 2


def test_a_line_starting_with_a_name_and_a_comma_but_no_day_is_no_dateline() -> None:
    text = "Жукова, как и прежде, молчала. Встреча в Жуковой прошла тихо."
    assert ("Жуковой", "place") not in mentions(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("es", "El yacimiento está en la provincia de Chubut, según la empresa.", "Chubut"),
        ("fr", "Les habitants de la commune de Wimereux ont été évacués.", "Wimereux"),
        ("uk", "Ми зустрілися на виноробні в селі Тернове неподалік кордону.", "Тернове"),
    ],
)
def test_a_place_noun_names_the_place_after_it(language: str, text: str, place: str) -> None:
    assert (place, "place") in mentions(text, language)


def test_a_place_noun_before_a_person_s_name_types_no_place() -> None:
    found = mentions("La comuna de Andrea Pérez fue noticia.", "es")
    assert not [name for name, kind in found if kind == "place"]


def test_names_listed_after_a_preposition_of_place_with_a_place_are_places() -> None:
    text = "Meine Kinder sind nach Rostock und Berlin gegangen."
    assert ("Rostock", "place") in mentions(text, "de")


def test_a_list_after_a_preposition_with_no_place_types_nothing() -> None:
    text = "Das Treffen fand in Anwesenheit von Meyer und Schulz statt."
    assert not [n for n, kind in mentions(text, "de") if kind == "place"]


# --- cost ---------------------------------------------------------------------------------


def _cpu(text: str, language: str) -> float:
    """The least CPU time of three runs (less noisy than one)."""
    return least_cpu_seconds(lambda: mentions(text, language))


def test_long_lines_of_names_and_slashes_are_read_in_linear_time() -> None:
    row = "Foto: Анна Белова / Северные известия, Лиговка 12,4 % / "
    small, large = _cpu(row * 50, "ru"), _cpu(row * 400, "ru")
    assert large < 16 * small + 0.05  # (8x input; a quadratic would take 64x)


def test_long_tables_of_results_and_prices_are_read_in_linear_time() -> None:
    def page(rows: int) -> str:
        results = "".join(f"Lanús {i % 9} - Banfield {i % 7}\n" for i in range(rows))
        standings = "Posiciones: " + "; ".join(f"{i % 20 + 1}. Tigre {i}" for i in range(rows))
        prices = "".join(f"Pampa Austral | {i},50 | +1,{i % 10}\n" for i in range(rows))
        return results + standings + ".\n" + prices + "Con este resultado, Banfield suma.\n"

    small, large = _cpu(page(50), "es"), _cpu(page(400), "es")
    assert large < 16 * small + 0.05  # (8x input; a quadratic would take 64x)


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        (
            "uk",
            "«Напруження посилюється», — сказав він журналістам у Києві.",
            "Напруження посилюється",
        ),
        ("ru", "«Растет напряжение», — сказал он журналистам в Москве.", "Растет напряжение"),
        ("ru", "«Море наше»\nВ Крыму прошел фестиваль.", "Море наше"),
        ("uk", "Він зустрівся з делегацією «Республіка Молдова» у Львові.", "Республіка Молдова"),
        (
            "ru",
            "Делегация «Республика Северная Македония» прибыла в Москву.",
            "Республика Северная Македония",
        ),
    ],
)
def test_speech_headlines_and_states_in_marks_are_no_bodies(
    code: str, text: str, name: str
) -> None:
    """A quotation that is speech (``», — сказав``), a line of its own, or a state's official
    name is no body's name, though its language quotes bodies."""
    assert (name, "organisation") not in mentions(text, code)


def test_a_body_in_marks_inside_a_sentence_stays_one() -> None:
    assert ("Новые люди", "organisation") in mentions(
        "Депутат от партии «Новые люди» заявил о поддержке закона.", "ru"
    )
